import { afterEach, describe, expect, it } from 'vitest';
import { CreatorScoutDB, LATEST_VERSION, SCHEMA_VERSIONS } from '@/storage/db';
import { emptyAgreementTerms, newCampaignCreator } from '@/utils/model/defaults';
import { RECORD_SCHEMAS, TABLE_NAMES, type TableName } from '@/utils/model/schemas';

// The upgrade-test pattern: open the database at an older version, seed it with records in that
// version's shape, reopen it with the current schema and check that every record survived and
// parses with today's schema. Each new version adds its seed and its expectations here.

const T = Date.UTC(2026, 0, 15, 12);

/** One record per table, in the shape version 1 stored. */
const VERSION_1_SEED: Record<TableName, Record<string, unknown>[]> = {
  creators: [
    {
      id: 'c1',
      displayName: 'Pluto',
      status: 'shortlisted',
      toVet: false,
      tags: ['travel', 'apps'],
      strengths: ['storytelling'],
      contact: { email: 'hello@pluto.example', other: '' },
      location: 'Madrid',
      language: 'en',
      ambassador: false,
      notes: 'Met at a fair',
      lastContactedAt: null,
      createdAt: T,
      updatedAt: T,
    },
  ],
  accounts: [
    {
      id: 'instagram:pluto__travel',
      creatorId: 'c1',
      platform: 'instagram',
      handle: 'pluto__travel',
      url: 'https://www.instagram.com/pluto__travel/',
      displayName: 'Pluto',
      bio: 'Home of travel',
      verified: null,
      followers: 2362,
      following: 136,
      posts: 224,
      firstSeenAt: T,
      lastSeenAt: T,
    },
  ],
  snapshots: [
    {
      id: 's1',
      accountId: 'instagram:pluto__travel',
      takenAt: T,
      kind: 'save',
      counts: { followers: { value: 2362, precision: 1, source: 'meta' } },
    },
  ],
  posts: [
    {
      id: 'instagram:CPeC-Eenc8l',
      accountId: 'instagram:pluto__travel',
      url: 'https://www.instagram.com/p/CPeC-Eenc8l/',
      postedAt: T - 86_400_000,
      seenAt: T,
      pinned: false,
      sponsored: true,
      caption: 'Trip planning #ad',
      counts: { likes: { value: 298_000, precision: 1000, source: 'meta' } },
    },
  ],
  interactions: [{ id: 'i1', creatorId: 'c1', type: 'note', at: T, text: 'Loves trains', details: {} }],
  templates: [
    { id: 't1', name: 'First outreach', kind: 'outreach', subject: 'Hi', body: 'Hello {{name}}', createdAt: T, updatedAt: T },
  ],
  agreements: [
    { id: 'a1', creatorId: 'c1', campaignId: null, status: 'draft', title: 'Spring', terms: { fee: 500 }, createdAt: T, updatedAt: T },
  ],
  reminders: [
    { id: 'r1', creatorId: 'c1', title: 'Follow up', dueAt: T + 5 * 86_400_000, status: 'pending', kind: 'follow_up', createdAt: T, updatedAt: T },
  ],
  campaigns: [
    {
      id: 'k1',
      name: 'Spring trips',
      goal: 'sales',
      status: 'planned',
      startAt: null,
      endAt: null,
      budget: 5000,
      currency: 'EUR',
      creators: [{ creatorId: 'c1', fee: 500 }],
      createdAt: T,
      updatedAt: T,
    },
  ],
  // Version 8's table (tests/unit/storage/upgrade-deliverables.test.ts): none before it.
  deliverables: [],
};

/** What the version-1 seed becomes in today's shape; tables not listed are unchanged. */
const UPGRADED_FROM_1: Partial<Record<TableName, Record<string, unknown>[]>> = {
  // Version 9: a post's one account is both its author and where it was seen.
  posts: VERSION_1_SEED.posts.map(({ accountId, ...p }) => ({ ...p, authorAccountIds: [accountId], seenOnAccountIds: [accountId] })),
  // Version 2: accounts keep their latest scores, empty until the profile is seen again.
  // Version 7: how precisely the follower count is known, from the snapshot that showed it (exact here).
  accounts: VERSION_1_SEED.accounts.map((a) => ({ ...a, engagementRate: null, engagementMethod: null, fitScore: null, scoredAt: null, followersPrecision: 1 })),
  // Version 4: a keep-in-touch cadence (none), reminders with their new fields, structured agreement
  // terms (the fee kept), campaigns with a brief and full records for their creators (fee kept).
  creators: VERSION_1_SEED.creators.map((c) => ({ ...c, keepInTouchDays: null })),
  reminders: [{ ...VERSION_1_SEED.reminders[0], notes: '', source: { type: 'manual', id: null }, notifiedAt: null, completedAt: null }],
  agreements: [{ ...VERSION_1_SEED.agreements[0], terms: { ...emptyAgreementTerms(), fee: 500 } }],
  campaigns: [
    {
      ...VERSION_1_SEED.campaigns[0],
      brief: { deliverables: '', hashtags: [], disclosures: '', deadlines: '', dos: '', donts: '' },
      creators: [newCampaignCreator('c1', T, { fee: 500 })],
      // Version 5: the landing page of tracked links, none yet.
      landingUrl: '',
    },
  ],
};

let name = '';
afterEach(async () => {
  await new CreatorScoutDB(name).delete();
});

describe('database upgrades', () => {
  it('lists its versions in ascending order, starting at 1', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions[0]).toBe(1);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(LATEST_VERSION).toBe(versions.at(-1));
  });

  it('keeps every version-1 record when opened with the current schema', async () => {
    name = `upgrade-from-1-${Date.now()}`;
    const v1 = new CreatorScoutDB(name, 1);
    await v1.open();
    expect(v1.verno).toBe(1);
    await v1.transaction('rw', v1.tables, async () => {
      for (const table of TABLE_NAMES) if (VERSION_1_SEED[table].length > 0) await v1.table(table).bulkAdd(VERSION_1_SEED[table]);
    });
    v1.close();

    const current = new CreatorScoutDB(name);
    await current.open();
    expect(current.verno).toBe(LATEST_VERSION);
    for (const table of TABLE_NAMES) {
      const records = await current.table(table).toArray();
      const expected = UPGRADED_FROM_1[table] ?? VERSION_1_SEED[table];
      expect(records, table).toEqual(expected);
      for (const record of records) expect(() => RECORD_SCHEMAS[table].parse(record), table).not.toThrow();
    }
    current.close();
  });

  it('version 4 keeps what an older record said that the new shape has no field for', async () => {
    name = `upgrade-4-keeps-${Date.now()}`;
    const v3 = new CreatorScoutDB(name, 3);
    await v3.open();
    await v3.table('agreements').add({ ...VERSION_1_SEED.agreements[0], terms: { fee: 'five hundred', deliverables: ['1 reel'], currency: 'USD' } });
    await v3.table('reminders').add({ ...VERSION_1_SEED.reminders[0], kind: 'call back', status: 'done' });
    await v3.table('campaigns').add({ ...VERSION_1_SEED.campaigns[0], goal: 'Launch the app in Spain', creators: [{ creatorId: 'c1', promoCode: 'ANA10' }, { note: 'no id' }] });
    v3.close();
    const current = new CreatorScoutDB(name);
    await current.open();
    expect((await current.agreements.get('a1'))?.terms).toMatchObject({ fee: null, currency: 'USD', notes: 'From an earlier version of this agreement: {"deliverables":["1 reel"]}' });
    expect(await current.reminders.get('r1')).toMatchObject({ kind: 'custom', completedAt: T });
    expect(await current.campaigns.get('k1')).toMatchObject({ goal: 'awareness', brief: { dos: 'Goal (from an earlier version): Launch the app in Spain' }, creators: [{ creatorId: 'c1', promoCode: 'ANA10', fee: null }] });
    for (const table of TABLE_NAMES) for (const record of await current.table(table).toArray()) expect(() => RECORD_SCHEMAS[table].parse(record), table).not.toThrow();
    current.close();
  });

  it('version 6 indexes creators by keep-in-touch cadence, keeping every record of every table', async () => {
    name = `upgrade-from-5-${Date.now()}`;
    // Version 5's shape is today's: the version-1 seed as upgraded, plus creators with and without a cadence.
    const seed = { ...VERSION_1_SEED };
    for (const table of TABLE_NAMES) seed[table] = UPGRADED_FROM_1[table] ?? VERSION_1_SEED[table];
    seed.creators = [
      ...seed.creators,
      { ...seed.creators[0], id: 'c2', displayName: 'Ana', keepInTouchDays: 30 },
      { ...seed.creators[0], id: 'c3', displayName: 'Bo', keepInTouchDays: 1 },
      { ...seed.creators[0], id: 'c4', displayName: 'Cy', keepInTouchDays: null },
      { ...seed.creators[0], id: 'c5', displayName: 'Di', keepInTouchDays: 730 },
    ];
    const v5 = new CreatorScoutDB(name, 5);
    await v5.open();
    expect(v5.verno).toBe(5);
    expect(v5.creators.schema.idxByName.keepInTouchDays).toBeUndefined();
    await v5.transaction('rw', v5.tables, async () => {
      for (const table of TABLE_NAMES) if (seed[table].length > 0) await v5.table(table).bulkAdd(seed[table]);
    });
    v5.close();

    const current = new CreatorScoutDB(name);
    await current.open();
    expect(current.verno).toBe(LATEST_VERSION);
    for (const table of TABLE_NAMES) {
      const records = await current.table(table).toArray();
      expect(records, table).toEqual(seed[table]);
      for (const record of records) expect(() => RECORD_SCHEMAS[table].parse(record), table).not.toThrow();
    }
    // Creators without a cadence (null) have no key, so they are not in the index at all.
    expect(await current.creators.where('keepInTouchDays').above(0).primaryKeys()).toEqual(['c3', 'c2', 'c5']);
    expect(await current.creators.orderBy('keepInTouchDays').count()).toBe(3);
    // A cadence set or cleared after the upgrade is indexed as it is written.
    await current.creators.update('c4', { keepInTouchDays: 14 });
    await current.creators.update('c2', { keepInTouchDays: null });
    expect(await current.creators.where('keepInTouchDays').above(0).primaryKeys()).toEqual(['c3', 'c4', 'c5']);
    current.close();
  });

  it('version 7 gives each account the precision of the snapshot that showed its follower count, keeping every record', async () => {
    name = `upgrade-from-6-${Date.now()}`;
    const { followersPrecision: _none, ...v6Account } = UPGRADED_FROM_1.accounts![0]!;
    const accounts = [
      // "6.2M" on the page: known to the nearest 100,000. An older, exact visit must not win.
      { ...v6Account, id: 'youtube:big', platform: 'youtube', handle: 'big', url: 'https://www.youtube.com/@big', followers: 6_200_000 },
      // Typed in or imported as digits: no snapshot shows it, so it is taken as exact.
      { ...v6Account, id: 'tiktok:typed', platform: 'tiktok', handle: 'typed', url: 'https://www.tiktok.com/@typed', followers: 12_345 },
      // Never seen: no count, exact by convention.
      { ...v6Account, id: 'x:unseen', platform: 'x', handle: 'unseen', url: 'https://x.com/unseen', followers: null },
    ];
    const snapshots = [
      { id: 's-old', accountId: 'youtube:big', takenAt: T - 86_400_000, kind: 'view', counts: { followers: { value: 6_150_321, precision: 1, source: 'json' } } },
      { id: 's-new', accountId: 'youtube:big', takenAt: T, kind: 'view', counts: { followers: { value: 6_200_000, precision: 100_000, source: 'dom' } } },
      { id: 's-typed', accountId: 'tiktok:typed', takenAt: T, kind: 'view', counts: { followers: { value: 12_000, precision: 1000, source: 'dom' } } },
    ];
    const v6 = new CreatorScoutDB(name, 6);
    await v6.open();
    await v6.table('accounts').bulkAdd(accounts);
    await v6.table('snapshots').bulkAdd(snapshots);
    v6.close();

    const current = new CreatorScoutDB(name);
    await current.open();
    expect(current.verno).toBe(LATEST_VERSION);
    expect(await current.accounts.get('youtube:big')).toEqual({ ...accounts[0], followersPrecision: 100_000 });
    expect(await current.accounts.get('tiktok:typed')).toEqual({ ...accounts[1], followersPrecision: 1 });
    expect(await current.accounts.get('x:unseen')).toEqual({ ...accounts[2], followersPrecision: 1 });
    expect(await current.snapshots.toArray()).toEqual(expect.arrayContaining(snapshots));
    expect(await current.snapshots.count()).toBe(snapshots.length);
    for (const record of await current.accounts.toArray()) expect(() => RECORD_SCHEMAS.accounts.parse(record)).not.toThrow();
    current.close();
  });

  it('version 2 keeps scores that are already there', async () => {
    name = `upgrade-keeps-${Date.now()}`;
    const v1 = new CreatorScoutDB(name, 1);
    await v1.open();
    await v1.table('accounts').add({ ...VERSION_1_SEED.accounts[0], fitScore: 64 });
    v1.close();
    const current = new CreatorScoutDB(name);
    await current.open();
    expect(await current.accounts.get('instagram:pluto__travel')).toMatchObject({ fitScore: 64, engagementRate: null });
    current.close();
  });
});
