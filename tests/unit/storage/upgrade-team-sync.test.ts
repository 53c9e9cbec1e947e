import { afterEach, describe, expect, it } from 'vitest';
import { CreatorScoutDB, LATEST_VERSION } from '@/storage/db';
import { RECORD_SCHEMAS, TABLE_NAMES, type TableName } from '@/utils/model/schemas';
import { makeAgreement, makeCampaign, makeCreator, makeReminder } from '../../helpers/records';
import { makeAccount, makeDeliverable, makeInteraction, makePost, makeSnapshot, makeTemplate } from '../../helpers/sync-records';

// Version 10 adds team sync's outbox and sync state: a database of version 9, seeded with a record
// of every table, keeps every record as it was, and starts with an empty outbox (nothing is queued
// until the user joins a team).

let name = '';
afterEach(async () => {
  if (name) await new CreatorScoutDB(name).delete();
  name = '';
});

const SEED: Record<TableName, Record<string, unknown>[]> = {
  creators: [makeCreator({ id: 'c1', displayName: 'Ana Cooks', tags: ['food'] }), makeCreator({ id: 'c2', displayName: 'Bo Bakes', keepInTouchDays: 30 })],
  accounts: [makeAccount()],
  snapshots: [makeSnapshot()],
  posts: [makePost()],
  interactions: [makeInteraction()],
  templates: [makeTemplate()],
  agreements: [makeAgreement({ id: 'a1', creatorId: 'c1' })],
  reminders: [makeReminder({ id: 'r1', creatorId: 'c1' })],
  campaigns: [makeCampaign({ id: 'k1' }, [{ creatorId: 'c1' }])],
  deliverables: [makeDeliverable()],
};

describe('database version 10 (team sync)', () => {
  it('keeps every version-9 record and adds an empty outbox', async () => {
    name = `upgrade-from-9-${Date.now()}`;
    const v9 = new CreatorScoutDB(name, 9);
    await v9.open();
    expect(v9.verno).toBe(9);
    expect(v9.tables.map((t) => t.name)).not.toContain('outbox');
    await v9.transaction('rw', v9.tables, async () => {
      for (const table of TABLE_NAMES) await v9.table(table).bulkAdd(SEED[table]);
    });
    v9.close();

    const current = new CreatorScoutDB(name);
    await current.open();
    expect(current.verno).toBe(LATEST_VERSION);
    for (const table of TABLE_NAMES) {
      const records = await current.table(table).toArray();
      expect(records, table).toEqual(SEED[table]);
      for (const record of records) expect(() => RECORD_SCHEMAS[table].parse(record), table).not.toThrow();
    }
    expect(await current.outbox.count()).toBe(0);
    expect(await current.syncState.count()).toBe(0);

    // Without a team nothing is queued; in a team each change is, in its own transaction.
    await current.creators.update('c1', { notes: 'Alone' });
    expect(await current.outbox.count()).toBe(0);
    current.changes.queue = true;
    current.changes.actor = 'ann';
    await current.creators.update('c2', { notes: 'In a team' });
    await current.posts.put({ ...SEED.posts[0]!, seenAt: Date.UTC(2026, 10, 2) } as never);
    expect((await current.outbox.toArray()).map((e) => [e.key, e.by])).toEqual([
      ['creators:c2', 'ann'],
      ['posts:instagram:C1a2B3', 'ann'],
    ]);
    current.close();
  });

  it('an aborted change leaves no outbox entry', async () => {
    name = `outbox-abort-${Date.now()}`;
    const db = new CreatorScoutDB(name);
    await db.open();
    db.changes.queue = true;
    await expect(
      db.transaction('rw', db.creators, async () => {
        await db.creators.put(makeCreator({ id: 'c9' }));
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await db.creators.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    db.close();
  });
});
