// After each pull: find the documents CouchDB holds in conflict, merge their leaves field by field
// (utils/sync/merge.ts), write the merged document once on the winning revision and delete the
// losing ones, in one bulk write. Works on any PouchDB database (the local replica in the
// extension; a memory database or a pouchdb-server database in tests).
import type { SharedDoc } from '@/utils/sync/docs';
import { commonAncestorGeneration, mergeLeaves, type Unsettled } from '@/utils/sync/merge';
import type { Author } from '@/utils/sync/stamps';
import type { PouchDatabase, PouchDocument, Revisions } from './pouch-api';

export interface Resolution {
  id: string;
  /** The merged document as written (null when every side deleted it). */
  doc: SharedDoc | null;
  /** The revision written. */
  rev: string | null;
  report: Unsettled[];
}

/**
 * Settles one document's conflict; null when it has none. `deleted_conflicts` (a deletion that
 * lost to an edit) are only reported here, with the live conflicts: CouchDB already chose the edit.
 */
export async function resolveConflict(db: PouchDatabase, id: string, merger: Author): Promise<Resolution | null> {
  const current = await db.get(id, { conflicts: true, deleted_conflicts: true });
  const conflicts = current._conflicts ?? [];
  if (conflicts.length === 0) return null;
  const revs = [current._rev!, ...conflicts, ...(current._deleted_conflicts ?? [])];
  const leaves = (await db.get(id, { open_revs: revs, revs: true }))
    .flatMap((r) => ('ok' in r ? [r.ok] : []))
    .sort((a, b) => (a._rev === current._rev ? -1 : b._rev === current._rev ? 1 : 0));
  const histories = leaves.flatMap((l) => (l._revisions ? [l._revisions as Revisions] : []));
  const result = mergeLeaves(leaves as unknown as SharedDoc[], commonAncestorGeneration(histories), merger);

  const writes: PouchDocument[] = result.losers.map((rev) => ({ _id: id, _rev: rev, _deleted: true, editedBy: merger.by, editedAt: merger.at }));
  if (result.doc) {
    const { _revisions: _r, _conflicts: _c, _deleted_conflicts: _d, ...merged } = result.doc as SharedDoc & PouchDocument;
    writes.unshift({ ...merged, _rev: result.winnerRev });
  }
  const outcome = await db.bulkDocs(writes);
  const failed = outcome.find((o) => 'error' in o);
  if (failed && 'error' in failed) throw new Error(`Could not write the merged ${id}: ${failed.reason ?? failed.message ?? failed.name ?? String(failed.error)}`);
  const written = result.doc ? outcome[0] : undefined;
  return { id, doc: result.doc, rev: written && 'rev' in written ? written.rev : null, report: result.report };
}

/**
 * Reads the changes feed from `since`, settles every conflict it shows and returns what changed
 * (the documents to apply to Dexie, merged) with the sequence to read from next time.
 */
export async function pullChanges(
  db: PouchDatabase,
  since: number | string,
  merger: Author,
): Promise<{ docs: PouchDocument[]; deleted: string[]; resolutions: Resolution[]; lastSeq: number | string }> {
  const feed = await db.changes({ since, include_docs: true, conflicts: true });
  const resolutions: Resolution[] = [];
  const docs: PouchDocument[] = [];
  const deleted: string[] = [];
  for (const change of feed.results) {
    if (change.id.startsWith('_design/')) continue;
    let doc = change.doc;
    if (doc?._conflicts?.length) {
      const resolution = await resolveConflict(db, change.id, merger);
      if (resolution) {
        resolutions.push(resolution);
        doc = resolution.doc ? ({ ...resolution.doc, _rev: resolution.rev ?? undefined } as unknown as PouchDocument) : undefined;
      }
    }
    if (!doc || doc._deleted) deleted.push(change.id);
    else docs.push(doc);
  }
  return { docs, deleted, resolutions, lastSeq: feed.last_seq };
}
