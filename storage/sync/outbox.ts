// Outbox → local PouchDB replica. Each entry names a record changed here (written in the same
// transaction as the change, storage/changes.ts); flushing it writes the record's team document
// with the fields changed since the version this browser last exchanged stamped by who changed
// them and when. If the replica moved on meanwhile (a teammate's version was pulled but this browser
// had not applied it yet), both versions are merged field by field (utils/sync/merge.ts), and the
// merged record is written back to Dexie as the team's (not queued again).
import { docId, isShared, recordOfDoc, readingDoc, snapshotDoc, type SharedDoc, type SharedType } from '@/utils/sync/docs';
import { mergeLeaves, type Unsettled } from '@/utils/sync/merge';
import { revGeneration, stampEdit, type Author } from '@/utils/sync/stamps';
import type { Post, Snapshot } from '@/utils/model/schemas';
import type { CreatorScoutDB } from '../db';
import { outboxKey, type OutboxEntry } from '../changes';
import type { PouchDatabase, PouchDocument } from './pouch-api';
import { asTeam, checkedRecord, sameRecord, stateOf, tableOf, TYPE_OF_TABLE, type Loose } from './records';

const BATCH = 200;

function isMissing(error: unknown): boolean {
  return (error as { status?: number } | null)?.status === 404;
}

function isConflict(error: unknown): boolean {
  return (error as { status?: number } | null)?.status === 409;
}

async function getOrNull(local: PouchDatabase, id: string, rev?: string): Promise<SharedDoc | null> {
  try {
    return (await local.get(id, rev ? { rev } : {})) as unknown as SharedDoc;
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

/** Without pouch's bookkeeping fields, ready to `put`. */
function writable(doc: SharedDoc, rev: string | undefined): PouchDocument {
  const { _conflicts: _c, _revisions: _r, _deleted_conflicts: _d, ...rest } = doc as SharedDoc & PouchDocument;
  const out = { ...rest } as PouchDocument;
  if (rev) out._rev = rev;
  else delete out._rev;
  return out;
}

export interface FlushResult {
  written: number;
  /** Entries still queued (a newer change came in while flushing). */
  left: number;
  reports: { id: string; report: Unsettled[] }[];
}

/** One shared record: Dexie's version → the replica, merged with what the replica has. */
async function flushRecord(db: CreatorScoutDB, local: PouchDatabase, type: SharedType, id: string, author: Author, merger: Author): Promise<{ written: boolean; report: Unsettled[] }> {
  const table = tableOf(db, type);
  const key = outboxKey(table.name, id);
  const did = docId(type, id);
  for (let attempt = 0; ; attempt++) {
    const record = await table.get(id);
    const state = await db.syncState.get(did);
    const current = await getOrNull(local, did);
    const live = current && !current._deleted ? current : null;
    try {
      if (!record || !isShared(type, record as never)) {
        // Deleted here, or a reminder made personal: the team's document goes, unless a teammate
        // changed it since this browser last saw it (an edit beats a concurrent delete).
        if (!live) return { written: false, report: [] };
        if (record || !state || state.rev === live._rev) {
          await local.put({ _id: did, _rev: live._rev, _deleted: true, type, editedBy: author.by, editedAt: author.at });
          await db.syncState.delete(did);
          return { written: true, report: [] };
        }
        // The teammate's edit wins: the record comes back here.
        await applyMerged(db, type, id, key, live, live._rev!, [], null);
        return { written: false, report: [{ kind: 'delete-undone', by: author.by, at: author.at }] };
      }
      const base = state?.rev && live ? ((await getOrNull(local, did, state.rev)) ?? (state.rev === live._rev ? live : null)) : null;
      const stamped = stampEdit(type, record as never, base ?? (state ? null : live), author);
      if (!stamped) return { written: false, report: [] };
      let doc = stamped.doc;
      let report: Unsettled[] = [];
      if (live && base && base._rev !== live._rev) {
        // The replica holds a teammate's version this browser has not applied: merge the two.
        const mine = { ...doc, _rev: `${revGeneration(base._rev) + 1}-local` };
        const merged = mergeLeaves([live, mine], revGeneration(base._rev), merger);
        doc = merged.doc!;
        report = merged.report;
      } else if (live && !base && state) {
        // The version this browser last saw is gone from the replica (compacted): merge as concurrent.
        const merged = mergeLeaves([live, { ...doc, _rev: `${revGeneration(live._rev) + 1}-local` }], 0, merger);
        doc = merged.doc!;
        report = merged.report;
      } else if (live && stamped.changed.length === 0 && (!state || state.rev === live._rev)) {
        await applyMerged(db, type, id, key, live, live._rev!, [], null);
        return { written: false, report: [] };
      }
      const put = await local.put(writable(doc, current?._rev));
      await applyMerged(db, type, id, key, doc, put.rev, report, report.length ? merger.at : null);
      return { written: true, report };
    } catch (error) {
      if (isConflict(error) && attempt < 3) continue; // replication wrote meanwhile: read again
      throw error;
    }
  }
}

/** Writes the replica's version back to Dexie (when it differs) and remembers it, unless a newer local change is queued. */
async function applyMerged(db: CreatorScoutDB, type: SharedType, id: string, key: string, doc: SharedDoc, rev: string, report: Unsettled[], mergedAt: number | null) {
  const table = tableOf(db, type);
  await asTeam(db, [table.name, 'outbox', 'syncState'], async () => {
    const local = await table.get(id);
    const queued = await db.outbox.get(key);
    const next = recordOfDoc(doc, local);
    const checked = next ? checkedRecord(type, next.record) : null;
    if (checked && !queued && !sameRecord(local, checked)) await table.put(checked);
    await db.syncState.put(stateOf(doc, rev, key, report, mergedAt));
  });
}

/** A new reading: its content-named document, written once (an existing one is the same reading). */
async function flushReadings(db: CreatorScoutDB, local: PouchDatabase, entries: OutboxEntry[], by: string): Promise<number> {
  const docs: PouchDocument[] = [];
  for (const e of entries) {
    if (!e.id) continue;
    if (e.table === 'snapshots') {
      const s = (await db.snapshots.get(e.id)) as Snapshot | undefined;
      if (s) docs.push((await snapshotDoc(s, by, e.at)) as unknown as PouchDocument);
    } else {
      const p = (await db.posts.get(e.id)) as Post | undefined;
      if (p) docs.push((await readingDoc(p, by, e.at)) as unknown as PouchDocument);
    }
  }
  if (docs.length === 0) return 0;
  const results = await local.bulkDocs(docs);
  // A conflict is the same reading already shared (its id is its content): nothing to do.
  return results.filter((r) => 'ok' in r).length;
}

/** Removes the entries flushed, unless a newer change replaced one meanwhile. */
async function dequeue(db: CreatorScoutDB, entries: OutboxEntry[]): Promise<number> {
  return db.transaction('rw', db.outbox, async () => {
    let left = 0;
    const now = await db.outbox.bulkGet(entries.map((e) => e.key));
    const gone: string[] = [];
    entries.forEach((e, i) => {
      const cur = now[i];
      if (cur && cur.at === e.at && cur.by === e.by) gone.push(e.key);
      else if (cur) left++;
    });
    await db.outbox.bulkDelete(gone);
    return left;
  });
}

/** A cleared table: every record it holds now is queued one by one (clearing is not deleting for the team). */
async function expandClear(db: CreatorScoutDB, entry: OutboxEntry): Promise<void> {
  const ids = (await db.table(entry.table).toCollection().primaryKeys()) as string[];
  await db.transaction('rw', db.outbox, async () => {
    for (let i = 0; i < ids.length; i += 1000) {
      await db.outbox.bulkPut(ids.slice(i, i + 1000).map((id) => ({ key: outboxKey(entry.table, id), table: entry.table, id, by: entry.by, at: entry.at })));
    }
    await db.outbox.delete(entry.key);
  });
}

/** Moves every outbox entry into the local replica; `merger` signs merges made on the way. */
export async function flushOutbox(db: CreatorScoutDB, local: PouchDatabase, merger: Author): Promise<FlushResult> {
  const result: FlushResult = { written: 0, left: 0, reports: [] };
  for (const clear of await db.outbox.filter((e) => e.id === null).toArray()) await expandClear(db, clear);
  let after = '';
  for (;;) {
    const batch = await db.outbox.where('key').above(after).limit(BATCH).toArray();
    if (batch.length === 0) break;
    after = batch[batch.length - 1]!.key;
    const readings = batch.filter((e) => e.table === 'snapshots' || e.table === 'posts');
    result.written += await flushReadings(db, local, readings, merger.by);
    for (const e of batch) {
      if (e.id === null || readings.includes(e)) continue;
      const type = TYPE_OF_TABLE[e.table];
      if (!type) continue;
      // This browser's changes are its member's: signed with the name the server knows.
      const { written, report } = await flushRecord(db, local, type, e.id, { by: merger.by, at: e.at }, merger);
      if (written) result.written++;
      if (report.length) result.reports.push({ id: docId(type, e.id), report });
    }
    result.left += await dequeue(db, batch);
  }
  return result;
}

export type { Loose };

const ALL_TABLES = ['creators', 'accounts', 'interactions', 'templates', 'agreements', 'campaigns', 'deliverables', 'reminders', 'snapshots', 'posts'] as const;

/** Joining a team: every record here is queued (a whole-table entry per table, expanded when flushed). */
export async function queueEverything(db: CreatorScoutDB, by: string, at: number): Promise<void> {
  await db.outbox.bulkPut(ALL_TABLES.map((table) => ({ key: outboxKey(table, null), table, id: null, by, at })));
}

/** Leaving a team (or joining another): nothing queued, nothing remembered of the team's documents. The records stay. */
export async function forgetTeam(db: CreatorScoutDB): Promise<void> {
  await db.transaction('rw', db.outbox, db.syncState, async () => {
    await db.outbox.clear();
    await db.syncState.clear();
  });
}
