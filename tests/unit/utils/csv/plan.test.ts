import { describe, expect, it } from 'vitest';
import type { Account, Creator } from '@/utils/model/schemas';
import { guessMapping } from '@/utils/csv/fields';
import { groupRecords, mergeRecords } from '@/utils/csv/group';
import { parseCsv } from '@/utils/csv/parse';
import { planImport, type ImportState } from '@/utils/csv/plan';
import { readRows } from '@/utils/csv/preview';

const T = Date.UTC(2026, 10, 20, 12);
const EMPTY: ImportState = { accounts: new Map(), creators: new Map() };

function planOf(text: string, state: ImportState = EMPTY) {
  const csv = parseCsv(text);
  const read = readRows(csv.rows, guessMapping(csv.columns, csv.rows));
  expect(read.rejected).toEqual([]);
  let counter = 0;
  return planImport(groupRecords(read.records).groups, state, { now: T, newId: () => `new-${++counter}` });
}

const ana: Creator = {
  id: 'c1', displayName: 'Ana', status: 'prospect', toVet: false, tags: ['travel', 'Apps'], strengths: [], contact: { email: '', other: '' },
  location: 'Lisbon', language: 'en', ambassador: false, notes: '', lastContactedAt: null, keepInTouchDays: null, createdAt: 1, updatedAt: 1,
};
const anaInstagram: Account = {
  id: 'instagram:ana.travels', creatorId: 'c1', platform: 'instagram', handle: 'ana.travels', url: 'https://www.instagram.com/ana.travels/',
  displayName: 'Ana', bio: '', verified: null, followers: 1200, followersPrecision: 1, following: null, posts: null, engagementRate: null, engagementMethod: null,
  fitScore: null, scoredAt: null, firstSeenAt: 1, lastSeenAt: 1,
};
const withAna: ImportState = { accounts: new Map([[anaInstagram.id, anaInstagram]]), creators: new Map([[ana.id, ana]]) };

describe('planImport: the records it writes', () => {
  it('writes a new creator and new accounts with every field the file gives, and the defaults for the rest', () => {
    const plan = planOf(
      [
        'Name,Platform,Handle,Followers,Status,Tags,Skills,Email,Phone,City,Lang,Comments,Brand ambassador,TikTok',
        'Bo Berg,Instagram,bo.berg,12.3K,Contacted,"#Travel; food, travel",humour,bo@example.com,+351 912,Porto,pt,Met at a fair,yes,@bo_tt',
      ].join('\n'),
    );
    expect(plan.writes.creators).toEqual([
      {
        id: 'new-1',
        displayName: 'Bo Berg',
        status: 'contacted',
        toVet: false,
        tags: ['Travel', 'food'],
        strengths: ['humour'],
        contact: { email: 'bo@example.com', other: '+351 912' },
        location: 'Porto',
        language: 'pt',
        ambassador: true,
        notes: 'Met at a fair',
        lastContactedAt: null,
        keepInTouchDays: null,
        createdAt: T,
        updatedAt: T,
      },
    ]);
    const blank = { bio: '', verified: null, following: null, posts: null, engagementRate: null, engagementMethod: null, fitScore: null, scoredAt: null, firstSeenAt: T, lastSeenAt: T };
    expect(plan.writes.accounts).toEqual([
      { id: 'instagram:bo.berg', creatorId: 'new-1', platform: 'instagram', handle: 'bo.berg', url: 'https://www.instagram.com/bo.berg/', displayName: 'Bo Berg', followers: 12_300, followersPrecision: 100, ...blank },
      { id: 'tiktok:bo_tt', creatorId: 'new-1', platform: 'tiktok', handle: 'bo_tt', url: 'https://www.tiktok.com/@bo_tt', displayName: 'Bo Berg', followers: null, followersPrecision: 1, ...blank },
    ]);
    expect(plan.writes.interactions).toEqual([]);
  });

  it('names a creator with no name after the handle, gives it the "prospect" stage and marks it to vet', () => {
    const plan = planOf('Platform,Handle\nInstagram,cy.travels\n');
    expect(plan.writes.creators).toEqual([
      {
        id: 'new-1', displayName: 'cy.travels', status: 'prospect', toVet: true, tags: [], strengths: [], contact: { email: '', other: '' },
        location: '', language: '', ambassador: false, notes: '', lastContactedAt: null, keepInTouchDays: null, createdAt: T, updatedAt: T,
      },
    ]);
    expect(plan.writes.accounts).toEqual([
      {
        id: 'instagram:cy.travels', creatorId: 'new-1', platform: 'instagram', handle: 'cy.travels', url: 'https://www.instagram.com/cy.travels/',
        displayName: 'cy.travels', bio: '', verified: null, followers: null, followersPrecision: 1, following: null, posts: null, engagementRate: null,
        engagementMethod: null, fitScore: null, scoredAt: null, firstSeenAt: T, lastSeenAt: T,
      },
    ]);
  });

  it('adds a new account to a saved creator under the name the file gives, and keeps the creator’s tags as they were', () => {
    const plan = planOf('Name,Platform,Handle,Tags\nAna Lima,Instagram,ana.travels,apps; # Lisbon; TRAVEL\nAna Lima,TikTok,ana_tt,lisbon\n', withAna);
    expect(plan.writes.accounts).toEqual([
      {
        id: 'tiktok:ana_tt', creatorId: 'c1', platform: 'tiktok', handle: 'ana_tt', url: 'https://www.tiktok.com/@ana_tt', displayName: 'Ana Lima',
        bio: '', verified: null, followers: null, followersPrecision: 1, following: null, posts: null, engagementRate: null, engagementMethod: null, fitScore: null,
        scoredAt: null, firstSeenAt: T, lastSeenAt: T,
      },
    ]);
    expect(plan.writes.creators).toEqual([{ ...ana, displayName: 'Ana Lima', tags: ['travel', 'Apps', 'Lisbon'], updatedAt: T }]);
    expect(plan.updated[0]!.changes).toContainEqual({ field: 'Tags', change: 'adds Lisbon' });
  });

  it('puts a stage the file changes on the timeline, saying the import changed it', () => {
    const plan = planOf('Platform,Handle,Status\nInstagram,ana.travels,Contacted\n', withAna);
    expect(plan.writes.interactions).toEqual([
      { id: 'new-1', creatorId: 'c1', type: 'status_change', at: T, text: 'Changed by a CSV import.', details: { from: 'prospect', to: 'contacted' } },
    ]);
  });

  it('never rewrites the tags a saved creator already has, even ones an older version saved with a "#"', () => {
    const plan = planOf('Platform,Handle,Tags\nInstagram,ana.travels,#old; new\n', { ...withAna, creators: new Map([[ana.id, { ...ana, tags: ['#old', 'travel'] }]]) });
    expect(plan.writes.creators[0]!.tags).toEqual(['#old', 'travel', 'old', 'new']);
    expect(plan.updated[0]!.changes).toContainEqual({ field: 'Tags', change: 'adds old, new' });
  });

  it('counts tags case-insensitively against the limit, with the saved creator’s', () => {
    const full = { ...ana, tags: Array.from({ length: 100 }, (_, i) => `Tag${i}`) };
    const state = { ...withAna, creators: new Map([[ana.id, full]]) };
    expect(planOf('Platform,Handle,Tags\nInstagram,ana.travels,tag1; TAG2\n', state).problems).toEqual([]);
    expect(planOf('Platform,Handle,Tags\nInstagram,ana.travels,tag1; another\n', state).problems).toEqual([
      { line: 2, field: 'tags', reason: 'Ana would have 101 tags with the file’s, at most 100.' },
    ]);
  });
});

describe('mergeRecords', () => {
  it('joins the tags of a creator’s rows in line order, without duplicates in any case', () => {
    const csv = parseCsv('Name,Platform,Handle,Tags\nAna,Instagram,ana,a; B\nAna,TikTok,ana_tt,b; #c; A\n');
    const { records } = readRows(csv.rows, guessMapping(csv.columns, csv.rows));
    expect(mergeRecords(records).tags).toEqual(['a', 'B', 'c']);
  });
});
