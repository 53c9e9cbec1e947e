// Local PouchDB replica → Dexie: after each pull, the replica's changes feed (from the sequence
// last applied) is read, conflicts are settled (./resolve.ts), and the records are written to Dexie
// as the team's (not queued in the outbox again). A record with a local change still queued is left
// alone: the next flush merges the two (./outbox.ts). The sequence applied is kept in the replica
// (a `_local` document, never replicated), so a service worker stopped midway applies the rest next time.
import { newerReading, parseDocId, postOfDoc, recordOfDoc, snapshotOfDoc, SHARED_TABLES, type ReadingDoc, type SharedDoc, type SharedType } from '@/utils/sync/docs';
import type { Unsettled } from '@/utils/sync/merge';
import type { Author } from '@/utils/sync/stamps';
import { isShared } from '@/utils/sync/docs';
import { PostSchema, SnapshotSchema, type Post, type Snapshot } from '@/utils/model/schemas';
import { canonicalJson } from '@/utils/sync/docs';
import type { CreatorScoutDB } from '../db';
import { outboxKey, type SyncState } from '../changes';
import type { PouchDatabase, PouchDocument } from './pouch-api';
import { pullChanges } from './resolve';
import { asTeam, checkedRecord, sameRecord, stateOf, tableOf, type Loose } from './records';

const APPLIED_ID = '_local/creator-scout-applied';

export async function appliedSeq(local: PouchDatabase): Promise<{ seq: number | string; rev?: string }> {
  try {
    const doc = await local.get(APPLIED_ID);
    return { seq: (doc.seq as number | string) ?? 0, rev: doc._rev };
  } catch {
    return { seq: 0 };
  }
}

async function saveApplied(local: PouchDatabase, seq: number | string): Promise<void> {
  const { rev } = await appliedSeq(local);
  await local.put({ _id: APPLIED_ID, ...(rev ? { _rev: rev } : {}), seq });
}

export interface ApplyResult {
  /** Records written to or removed from Dexie. */
  applied: number;
  /** Conflicts settled, with what the merge could not settle by itself. */
  merged: { id: string; report: Unsettled[] }[];
  /** Documents skipped because they do not fit this version's records (a newer version wrote them). */
  unreadable: string[];
}

async function applyShared(db: CreatorScoutDB, type: SharedType, docs: SharedDoc[], deleted: string[], reports: Map<string, Unsettled[]>, at: number, result: ApplyResult) {
  const table = tableOf(db, type);
  const ids = [...docs.map((d) => parseDocId(d._id)!.id), ...deleted];
  await asTeam(db, [table.name, 'outbox', 'syncState'], async () => {
    const [locals, queued] = await Promise.all([table.bulkGet(ids), db.outbox.bulkGet(ids.map((id) => outboxKey(table.name, id)))]);
    const puts: Loose[] = [];
    const states: SyncState[] = [];
    docs.forEach((doc, i) => {
      const id = ids[i]!;
      const key = outboxKey(table.name, id);
      if (queued[i]) return; // a local change waits: the next flush merges
      const next = recordOfDoc(doc, locals[i]);
      const record = next ? checkedRecord(type, next.record) : null;
      if (!record) {
        result.unreadable.push(doc._id);
        return;
      }
      if (!sameRecord(locals[i], record)) puts.push(record);
      const report = reports.get(doc._id) ?? [];
      states.push(stateOf(doc, doc._rev!, key, report, report.length ? at : null));
    });
    const gone: string[] = [];
    deleted.forEach((id, j) => {
      const i = docs.length + j;
      const local = locals[i];
      // A personal reminder is not the team's to delete (the team's copy left when it became personal).
      if (!queued[i] && local && isShared(type, local as never)) gone.push(id);
    });
    if (puts.length) await table.bulkPut(puts);
    if (gone.length) await table.bulkDelete(gone);
    if (states.length) await db.syncState.bulkPut(states);
    if (deleted.length) await db.syncState.bulkDelete(deleted.map((id) => `${type}:${id}`));
    result.applied += puts.length + gone.length;
  });
}

/** Snapshots: stored once, whatever their local id (the same reading seen here has another id). */
async function applySnapshots(db: CreatorScoutDB, docs: ReadingDoc[], result: ApplyResult) {
  await asTeam(db, ['snapshots'], async () => {
    for (const doc of docs) {
      const raw = snapshotOfDoc(doc);
      const parsed = raw ? SnapshotSchema.safeParse(raw) : null;
      if (!parsed?.success) {
        result.unreadable.push(doc._id);
        continue;
      }
      const s = parsed.data as Snapshot;
      const content = canonicalJson({ accountId: s.accountId, takenAt: s.takenAt, kind: s.kind, counts: s.counts });
      const twins = await db.snapshots.where('[accountId+takenAt]').equals([s.accountId, s.takenAt]).toArray();
      if (twins.some((t) => canonicalJson({ accountId: t.accountId, takenAt: t.takenAt, kind: t.kind, counts: t.counts }) === content)) continue;
      await db.snapshots.put(s);
      result.applied++;
    }
  });
}

/** Post readings: the posts table keeps one record per post, the newer reading. */
async function applyReadings(db: CreatorScoutDB, docs: ReadingDoc[], result: ApplyResult) {
  await asTeam(db, ['posts'], async () => {
    for (const doc of docs) {
      const raw = postOfDoc(doc);
      const parsed = raw ? PostSchema.safeParse(raw) : null;
      if (!parsed?.success) {
        result.unreadable.push(doc._id);
        continue;
      }
      const incoming = parsed.data as Post;
      const local = await db.posts.get(incoming.id);
      if (local && newerReading(local, incoming) === local) continue;
      await db.posts.put(incoming);
      result.applied++;
    }
  });
}

/** Applies everything the replica received since the last apply; `merger` signs the merges. */
export async function applyPulled(db: CreatorScoutDB, local: PouchDatabase, merger: Author): Promise<ApplyResult> {
  const { seq } = await appliedSeq(local);
  const pulled = await pullChanges(local, seq, merger);
  const result: ApplyResult = { applied: 0, merged: [], unreadable: [] };
  const reports = new Map<string, Unsettled[]>();
  for (const r of pulled.resolutions) {
    reports.set(r.id, r.report);
    result.merged.push({ id: r.id, report: r.report });
  }
  const byType = new Map<SharedType, { docs: SharedDoc[]; deleted: string[] }>();
  const snapshots: ReadingDoc[] = [];
  const readings: ReadingDoc[] = [];
  const group = (type: SharedType) => byType.get(type) ?? byType.set(type, { docs: [], deleted: [] }).get(type)!;
  for (const doc of pulled.docs as PouchDocument[]) {
    const parsed = parseDocId(doc._id);
    if (!parsed) continue;
    if (parsed.type === 'snapshot') snapshots.push(doc as unknown as ReadingDoc);
    else if (parsed.type === 'reading') readings.push(doc as unknown as ReadingDoc);
    else if (parsed.type in SHARED_TABLES && doc.type === parsed.type) group(parsed.type as SharedType).docs.push(doc as unknown as SharedDoc);
  }
  for (const id of pulled.deleted) {
    const parsed = parseDocId(id);
    if (parsed && parsed.type in SHARED_TABLES) group(parsed.type as SharedType).deleted.push(parsed.id);
  }
  for (const [type, { docs, deleted }] of byType) await applyShared(db, type, docs, deleted, reports, merger.at, result);
  if (snapshots.length) await applySnapshots(db, snapshots, result);
  if (readings.length) await applyReadings(db, readings, result);
  await saveApplied(local, pulled.lastSeq);
  return result;
}
