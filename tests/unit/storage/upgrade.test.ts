import { afterEach, describe, expect, it } from 'vitest';
import { CreatorScoutDB, LATEST_VERSION, SCHEMA_VERSIONS } from '@/storage/db';
import { RECORD_SCHEMAS, TABLE_NAMES, type TableName } from '@/storage/schemas';

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
      for (const table of TABLE_NAMES) await v1.table(table).bulkAdd(VERSION_1_SEED[table]);
    });
    v1.close();

    const current = new CreatorScoutDB(name);
    await current.open();
    expect(current.verno).toBe(LATEST_VERSION);
    for (const table of TABLE_NAMES) {
      const records = await current.table(table).toArray();
      // Version 2 gave accounts their latest scores, empty until the profile is seen again.
      const expected =
        table === 'accounts'
          ? VERSION_1_SEED.accounts.map((a) => ({ ...a, engagementRate: null, engagementMethod: null, fitScore: null, scoredAt: null }))
          : VERSION_1_SEED[table];
      expect(records, table).toEqual(expected);
      for (const record of records) expect(() => RECORD_SCHEMAS[table].parse(record), table).not.toThrow();
    }
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
