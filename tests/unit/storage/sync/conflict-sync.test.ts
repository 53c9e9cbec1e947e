// Two teammates' replicas (real PouchDB) share a team database on a real CouchDB-compatible server.
// Both edit the same creator while the server is down; after it restarts they replicate, each
// settles the conflict with the field-by-field merge, and both end with the same document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PouchDatabase, PouchDocument } from '@/storage/sync/pouch-api';
import { pullChanges, resolveConflict } from '@/storage/sync/resolve';
import { installTeamRules } from '@/storage/sync/team-setup';
import { CreatorSchema, type Creator } from '@/utils/model/schemas';
import { recordOfDoc, type SharedDoc } from '@/utils/sync/docs';
import { teamRole } from '@/utils/sync/security';
import { stampEdit } from '@/utils/sync/stamps';
import { startCouchServer, type CouchServer } from '../../../harness/couch-server';
import { memoryDb, remoteDb } from '../../../helpers/pouch-node';
import { makeCreator } from '../../../helpers/records';

const DB = 'team-acme';
const ann = { name: 'ann', password: 'ann-pw', roles: [teamRole(DB, 'editor')] };
const ben = { name: 'ben', password: 'ben-pw', roles: [teamRole(DB, 'editor')] };
const vic = { name: 'vic', password: 'vic-pw', roles: [teamRole(DB, 'viewer')] };
const H = 3_600_000;
const t0 = Date.UTC(2026, 10, 2, 9);

let server: CouchServer;
beforeAll(async () => {
  server = await startCouchServer({ databases: [DB], users: [ann, ben, vic] });
  await installTeamRules(DB, (path, init) => server.request(`/${DB}/${path}`, { ...init, as: server.admin }));
}, 120_000);
afterAll(async () => {
  await server?.dispose();
}, 60_000);

interface Replica {
  user: typeof ann;
  local: PouchDatabase;
  remote: () => PouchDatabase;
  seq: number | string;
}
function replica(user: typeof ann): Replica {
  return { user, local: memoryDb(user.name), remote: () => remoteDb(server.url, DB, user), seq: 0 };
}

/** One edit through the write path's stamping, written to the replica. */
async function edit(r: Replica, id: string, change: (c: Creator) => Creator, at: number) {
  let previous: SharedDoc | null = null;
  try {
    previous = (await r.local.get(`creator:${id}`)) as unknown as SharedDoc;
  } catch {
    // a new creator
  }
  const current = previous ? (recordOfDoc(previous)!.record as Creator) : makeCreator({ id });
  const { doc } = stampEdit('creator', change(current), previous, { by: r.user.name, at })!;
  await r.local.put(doc as unknown as PouchDocument);
}

/** What the background will do on each alarm: pull, settle conflicts, push. */
async function syncOnce(r: Replica, at: number) {
  await r.local.replicate.from(r.remote());
  const pulled = await pullChanges(r.local, r.seq, { by: r.user.name, at });
  r.seq = pulled.lastSeq;
  const pushed = await r.local.replicate.to(r.remote());
  return { pulled, pushed };
}

async function creatorOn(r: Replica, id: string) {
  const doc = await r.local.get(`creator:${id}`, { conflicts: true });
  return { rev: doc._rev, conflicts: doc._conflicts ?? [], record: CreatorSchema.parse(recordOfDoc(doc as unknown as SharedDoc)!.record) };
}

// A real server and replication: generous time on a busy machine (nothing here measures speed).
describe('team sync through a CouchDB-compatible server', { timeout: 120_000 }, () => {
  it('settles an offline conflict field by field, and both replicas converge', async () => {
    const a = replica(ann);
    const b = replica(ben);
    await edit(a, 'c1', (c) => ({ ...c, displayName: 'Ana Cooks', tags: ['food', 'italy'], notes: 'Found on a reel' }), t0);
    await syncOnce(a, t0);
    await syncOnce(b, t0);
    expect((await creatorOn(b, 'c1')).record.displayName).toBe('Ana Cooks');

    // The server goes away; both keep working on their own copy.
    await server.stop();
    await edit(a, 'c1', (c) => ({ ...c, notes: 'Ann: asked for rates', tags: [...c.tags, 'vegan'], contact: { email: 'ana@studio.example', other: '' } }), t0 + 2 * H);
    await edit(b, 'c1', (c) => ({ ...c, notes: 'Ben: sent the brief', status: 'contacted', tags: c.tags.filter((t) => t !== 'italy') }), t0 + 3 * H);
    await expect(a.local.replicate.to(a.remote())).rejects.toBeTruthy();

    await server.restart();
    const first = await syncOnce(a, t0 + 4 * H);
    expect(first.pushed.docs_written).toBe(1);
    const second = await syncOnce(b, t0 + 4 * H);
    // Ben pulled Ann's edit over his own: the conflict was found and merged on his replica.
    expect(second.pulled.resolutions).toHaveLength(1);
    expect(second.pulled.resolutions[0]!.report).toEqual([
      { kind: 'both-edited', path: 'notes', kept: { value: 'Ben: sent the brief', by: 'ben', at: t0 + 3 * H }, replaced: [{ value: 'Ann: asked for rates', by: 'ann', at: t0 + 2 * H }] },
    ]);
    // Until nothing changes any more (each round: pull, merge, push).
    for (let round = 0; round < 3; round++) {
      await syncOnce(a, t0 + 5 * H);
      await syncOnce(b, t0 + 5 * H);
    }

    const onA = await creatorOn(a, 'c1');
    const onB = await creatorOn(b, 'c1');
    expect(onA.conflicts).toEqual([]);
    expect(onB.conflicts).toEqual([]);
    expect(onA.rev).toBe(onB.rev);
    expect(onA.record).toEqual(onB.record);
    expect(onA.record).toMatchObject({
      status: 'contacted', // Ben's
      contact: { email: 'ana@studio.example', other: '' }, // Ann's
      notes: 'Ben: sent the brief', // both; Ben's is later
      tags: ['food', 'vegan'], // Ann added vegan, Ben removed italy
    });
    const onServer = await server.request(`/${DB}/creator%3Ac1?conflicts=true`, { as: ann });
    const body = (await onServer.json()) as { _rev: string; _conflicts?: string[] };
    expect(body._rev).toBe(onA.rev);
    expect(body._conflicts).toBeUndefined();
  });

  it("refuses a viewer's edit on the server and keeps it in the viewer's replica", async () => {
    const a = replica(ann);
    const v = replica(vic);
    await edit(a, 'c2', (c) => ({ ...c, displayName: 'Ben Bakes' }), t0);
    await syncOnce(a, t0);
    await syncOnce(v, t0);
    await edit(v, 'c2', (c) => ({ ...c, notes: 'Vic thinks he is great' }), t0 + H);
    const denied: unknown[] = [];
    const push = v.local.replicate.to(v.remote());
    push.on('denied', (e) => denied.push(e));
    const result = await push;
    expect(result.doc_write_failures).toBe(1);
    expect(JSON.stringify(denied)).toContain('Viewers cannot change the team roster');
    expect((await creatorOn(v, 'c2')).record.notes).toBe('Vic thinks he is great');
    const onServer = (await (await server.request(`/${DB}/creator%3Ac2`, { as: ann })).json()) as SharedDoc;
    expect(onServer.data.notes).toBe('');
  });

  it('keeps the edit when one teammate deletes a creator while another edits it', async () => {
    const a = replica(ann);
    const b = replica(ben);
    await edit(a, 'c3', (c) => ({ ...c, displayName: 'Cleo Climbs' }), t0);
    await syncOnce(a, t0);
    await syncOnce(b, t0);
    const current = await a.local.get('creator:c3');
    await a.local.put({ _id: 'creator:c3', _rev: current._rev, _deleted: true, editedBy: 'ann', editedAt: t0 + H });
    await edit(b, 'c3', (c) => ({ ...c, notes: 'Signed for spring' }), t0 + 2 * H);
    await syncOnce(a, t0 + 3 * H);
    const benSync = await syncOnce(b, t0 + 3 * H);
    expect(benSync.pulled.deleted).not.toContain('creator:c3');
    const annSync = await syncOnce(a, t0 + 4 * H);
    expect(annSync.pulled.docs.map((d) => d._id)).toContain('creator:c3');
    expect((await creatorOn(a, 'c3')).record.notes).toBe('Signed for spring');
    expect(await resolveConflict(a.local, 'creator:c3', { by: 'ann', at: t0 + 5 * H })).toBeNull();
  });
});
