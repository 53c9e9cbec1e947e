import { describe, expect, it } from 'vitest';
import { parseRoute } from '@/components/app/useHashRoute';
import {
  agreementDocumentHref,
  agreementHref,
  ambassadorInvitationHref,
  campaignHref,
  campaignReportHref,
  composeHref,
  creatorHref,
  newAgreementHref,
  thankYouHref,
} from '@/utils/routes';

describe('parseRoute', () => {
  it.each([
    ['', { page: 'roster' }],
    ['#/', { page: 'roster' }],
    ['#/roster', { page: 'roster' }],
    ['#/creator/c%201', { page: 'creator', id: 'c 1' }],
    ['#/compose/c1?template=thank_you&campaign=k1', { page: 'compose', creatorId: 'c1', template: 'thank_you', campaignId: 'k1' }],
    ['#/compose/c1', { page: 'compose', creatorId: 'c1', template: null, campaignId: null }],
    ['#/agreements', { page: 'agreements' }],
    ['#/agreements/new?creator=c1', { page: 'agreement', id: null, creatorId: 'c1' }],
    ['#/agreements/a1', { page: 'agreement', id: 'a1', creatorId: null }],
    ['#/agreements/a1/document', { page: 'agreement-document', id: 'a1' }],
    ['#/campaigns/k1/report', { page: 'campaign-report', id: 'k1' }],
    ['#/top-performers', { page: 'top-performers' }],
    ['#/reminders', { page: 'reminders' }],
    ['#/creator', { page: 'not-found', hash: '#/creator' }],
    ['#/nowhere/at/all', { page: 'not-found', hash: '#/nowhere/at/all' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });
});

describe('the addresses links are built with', () => {
  // An id with every character that could break an address: it must come back as it went in.
  const id = 'a/b?c&d#e f%';
  it.each([
    [creatorHref(id), { page: 'creator', id }],
    [composeHref(id), { page: 'compose', creatorId: id, template: null, campaignId: null }],
    [composeHref(id, { template: 'follow_up' }), { page: 'compose', creatorId: id, template: 'follow_up', campaignId: null }],
    [thankYouHref(id, id), { page: 'compose', creatorId: id, template: 'thank_you', campaignId: id }],
    [ambassadorInvitationHref(id), { page: 'compose', creatorId: id, template: 'ambassador_invitation', campaignId: null }],
    [agreementHref(id), { page: 'agreement', id, creatorId: null }],
    [agreementDocumentHref(id), { page: 'agreement-document', id }],
    [newAgreementHref(), { page: 'agreement', id: null, creatorId: null }],
    [newAgreementHref(id), { page: 'agreement', id: null, creatorId: id }],
    [campaignHref(id), { page: 'campaign', id }],
    [campaignReportHref(id), { page: 'campaign-report', id }],
  ])('%s reads back as the page it names', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });
});
