import { describe, expect, it } from 'vitest';
import { parseRoute } from '@/components/app/useHashRoute';

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
