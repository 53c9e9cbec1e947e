// Two browsers' Dexie databases (fake-indexeddb), each with its outbox and local PouchDB replica,
// syncing through a real CouchDB-compatible server: what one writes through the write path reaches
// the other's Dexie, offline edits converge field by field, a viewer's edit is refused and kept,
// deletions travel, readings are shared once, personal reminders stay home, and nothing pulled is
// queued again.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CreatorScoutDB } from '@/storage/db';
import { TeamEngine } from '@/storage/sync/engine';
import { installTeamRules } from '@/storage/sync/team-setup';
import { teamRole, VIEWER_REFUSAL } from '@/utils/sync/security';
import { statusLine } from '@/utils/sync/status';
import { startCouchServer, type CouchServer } from '../../../harness/couch-server';
import { memoryDb, remoteDb } from '../../../helpers/pouch-node';
import { makeCreator, makeReminder } from '../../../helpers/records';
import { makeSnapshot } from '../../../helpers/sync-records';

const DB = 'team-engine';
const ann = { name: 'ann', password: 'ann-pw', roles: [teamRole(DB, 'editor')] };
const ben = { name: 'ben', password: 'ben-pw', roles: [teamRole(DB, 'editor')] };
const vic = { name: 'vic', password: 'vic-pw', roles: [teamRole(DB, 'viewer')] };

let server: CouchServer;
beforeAll(async () => {
  server = await startCouchServer({ databases: [DB], users: [ann, ben, vic] });
  await installTeamRules(DB, (path, init) => server.request(`/${DB}/${path}`, { ...init, as: server.admin }));
}, 120_000);
afterAll(async () => {
  await server?.dispose();
}, 60_000);

let n = 0;
const opened: CreatorScoutDB[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** One browser profile that joined the team as `user`. */
async function browserOf(user: typeof ann) {
  const db = new CreatorScoutDB(`engine-${process.pid}-${++n}`);
  await db.open();
  opened.push(db);
  db.changes.actor = user.name;
  db.changes.queue = true;
  const engine = new TeamEngine({ db, local: memoryDb(user.name), remote: remoteDb(server.url, DB, user), user: user.name, place: { url: server.url, db: DB } });
  return { db, engine };
}

describe('team sync engine: Dexie ⇄ outbox ⇄ PouchDB ⇄ server', { timeout: 120_000 }, () => {
  it('queues a local change in the same transaction, and B sees A’s creator after one cycle each', async () => {
    const a = await browserOf(ann);
    const b = await browserOf(ben);
    await a.db.creators.put(makeCreator({ id: 'c1', displayName: 'Ana Cooks', tags: ['food'] }));
    expect(await a.db.outbox.toArray()).toEqual([expect.objectContaining({ key: 'creators:c1', table: 'creators', id: 'c1', by: 'ann' })]);

    const first = await a.engine.cycle();
    expect(first.status).toMatchObject({ state: 'synced', pending: 0, reason: null });
    expect(await a.db.outbox.count()).toBe(0);
    await b.engine.cycle();
    expect(await b.db.creators.get('c1')).toMatchObject({ displayName: 'Ana Cooks', tags: ['food'] });
    // What came from the team is not queued to go back.
    expect(await b.db.outbox.count()).toBe(0);
    // Who changed what is kept for the creator page.
    expect(await b.db.syncState.get('creator:c1')).toMatchObject({ editedBy: 'ann', stamps: { displayName: expect.objectContaining({ by: 'ann' }) } });
  });

  it('converges field by field after both edit the same creator offline', async () => {
    const a = await browserOf(ann);
    const b = await browserOf(ben);
    await a.db.creators.put(makeCreator({ id: 'c2', displayName: 'Bo Bakes', tags: ['food', 'paris'] }));
    await a.engine.cycle();
    await b.engine.cycle();

    await server.stop();
    await a.db.creators.update('c2', { notes: 'Ann: asked for rates', tags: ['food', 'paris', 'vegan'] });
    const offline = await a.engine.cycle();
    expect(offline.status.state).toBe('offline');
    expect(offline.status.pending).toBeGreaterThan(0);
    expect(statusLine(offline.status)).toMatch(/^Team: offline\. Cannot reach the team server at http:\/\/127\.0\.0\.1:\d+\. 1 change waits to sync\.$/);
    await new Promise((r) => setTimeout(r, 5));
    await b.db.creators.update('c2', { status: 'contacted', tags: ['food'] });
    await server.restart();

    for (let round = 0; round < 3; round++) {
      await a.engine.cycle();
      await b.engine.cycle();
    }
    const onA = await a.db.creators.get('c2');
    const onB = await b.db.creators.get('c2');
    expect(onA).toEqual(onB);
    expect(onA).toMatchObject({ notes: 'Ann: asked for rates', status: 'contacted', tags: ['food', 'vegan'] });
    expect(await a.db.outbox.count()).toBe(0);
    expect(await b.db.outbox.count()).toBe(0);
  });

  it("refuses a viewer's edit with the sentence, and keeps it on the viewer's computer", async () => {
    const a = await browserOf(ann);
    const v = await browserOf(vic);
    await a.db.creators.put(makeCreator({ id: 'c3', displayName: 'Cleo Climbs' }));
    await a.engine.cycle();
    await v.engine.cycle();
    await v.db.creators.update('c3', { notes: 'Vic likes her' });
    const { status } = await v.engine.cycle();
    expect(status.refused).toEqual({ count: 1, reason: VIEWER_REFUSAL });
    expect(statusLine(status)).toContain(`1 change was refused by the team server: ${VIEWER_REFUSAL} It is kept on this computer.`);
    expect((await v.db.creators.get('c3'))?.notes).toBe('Vic likes her');
    await a.engine.cycle();
    expect((await a.db.creators.get('c3'))?.notes).toBe('');
  });

  it('reports a refusal the live push met, in every later status', async () => {
    const a = await browserOf(ann);
    const v = await browserOf(vic);
    await a.db.creators.put(makeCreator({ id: 'c6', displayName: 'Fay Films' }));
    await a.engine.cycle();
    await v.engine.cycle();
    let denied = 0;
    v.engine.startLive(() => undefined, () => undefined, () => denied++);
    try {
      await v.db.creators.update('c6', { notes: 'Vic was here' });
      // The flush puts it in the replica; the live push (not the cycle's) meets the refusal.
      const first = await v.engine.cycle();
      for (let i = 0; i < 600 && denied === 0 && !first.status.refused; i++) await new Promise((r) => setTimeout(r, 100));
      const { status } = await v.engine.cycle();
      expect(status.refused).toEqual({ count: 1, reason: VIEWER_REFUSAL });
      expect((await v.engine.cycle()).status.refused).toEqual({ count: 1, reason: VIEWER_REFUSAL });
    } finally {
      v.engine.stopLive();
    }
  });

  it('propagates a deletion, shares readings once, and keeps personal reminders at home', async () => {
    const a = await browserOf(ann);
    const b = await browserOf(ben);
    await a.db.creators.put(makeCreator({ id: 'c4', displayName: 'Dee Dances' }));
    await a.db.snapshots.put(makeSnapshot({ id: 'local-a-1', accountId: 'instagram:dee' }));
    await a.db.reminders.bulkPut([
      makeReminder({ id: 'r-personal', creatorId: 'c4', title: 'My own note' }),
      { ...makeReminder({ id: 'r-team', creatorId: 'c4', title: 'Send the brief' }), visibility: 'team' } as never,
    ]);
    await a.engine.cycle();
    await b.engine.cycle();
    expect(await b.db.creators.get('c4')).toBeDefined();
    expect((await b.db.reminders.toArray()).map((r) => r.title)).toEqual(['Send the brief']);
    const snaps = await b.db.snapshots.toArray();
    expect(snaps).toHaveLength(1);
    expect(snaps[0]).toMatchObject({ accountId: 'instagram:dee', counts: makeSnapshot().counts });
    // The same reading seen by B too is not stored twice on either side.
    await b.db.snapshots.put(makeSnapshot({ id: 'local-b-1', accountId: 'instagram:dee' }));
    await b.engine.cycle();
    await a.engine.cycle();
    expect(await a.db.snapshots.count()).toBe(1);

    await b.db.creators.delete('c4');
    await b.engine.cycle();
    await a.engine.cycle();
    expect(await a.db.creators.get('c4')).toBeUndefined();
    expect(await a.db.reminders.get('r-personal')).toBeDefined();
  });

  it('keeps an edit made while a teammate deleted the creator', async () => {
    const a = await browserOf(ann);
    const b = await browserOf(ben);
    await a.db.creators.put(makeCreator({ id: 'c5', displayName: 'Eli Eats' }));
    await a.engine.cycle();
    await b.engine.cycle();
    await a.db.creators.delete('c5');
    await b.db.creators.update('c5', { notes: 'Signed for spring' });
    await a.engine.cycle();
    for (let round = 0; round < 2; round++) {
      await b.engine.cycle();
      await a.engine.cycle();
    }
    expect((await a.db.creators.get('c5'))?.notes).toBe('Signed for spring');
    expect((await b.db.creators.get('c5'))?.notes).toBe('Signed for spring');
  });
});
