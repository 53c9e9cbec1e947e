// What team sync needs of Dexie, shared by the outbox flush (./outbox.ts) and the apply of pulled
// documents (./apply.ts): tables by document type, parsing a team document's record with the
// table's schema, and writing as the team (marked so nothing is queued again).
import Dexie, { type Table } from 'dexie';
import { RECORD_SCHEMAS } from '@/utils/model/schemas';
import { SHARED_TABLES, type SharedDoc, type SharedType } from '@/utils/sync/docs';
import { same } from '@/utils/sync/stamps';
import type { CreatorScoutDB } from '../db';
import type { SyncState } from '../changes';
import type { Unsettled } from '@/utils/sync/merge';

export type Loose = Record<string, unknown> & { id: string };

export function tableOf(db: CreatorScoutDB, type: SharedType): Table<Loose, string> {
  return db.table(SHARED_TABLES[type]) as Table<Loose, string>;
}

export const TYPE_OF_TABLE = Object.fromEntries(Object.entries(SHARED_TABLES).map(([type, table]) => [table, type])) as Record<string, SharedType>;

/**
 * The record to keep from a team document, checked with its table's schema (a document is input:
 * a teammate's newer version may have written anything). Fields the schema does not know (added by a
 * newer version, or optional team fields) are kept as they are. Null when it does not fit.
 */
export function checkedRecord(type: SharedType, record: Record<string, unknown>): Loose | null {
  const schema = RECORD_SCHEMAS[SHARED_TABLES[type]];
  const parsed = schema.safeParse(record);
  if (!parsed.success) return null;
  return { ...record, ...(parsed.data as Record<string, unknown>) } as Loose;
}

export function sameRecord(a: Record<string, unknown> | undefined, b: Record<string, unknown>): boolean {
  if (!a) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (!same(a[k], b[k])) return false;
  return true;
}

export function stateOf(doc: SharedDoc, rev: string, recordKey: string, unsettled: Unsettled[] = [], mergedAt: number | null = null): SyncState {
  return { id: doc._id, recordKey, rev, stamps: doc.stamps ?? {}, editedBy: doc.editedBy, editedAt: doc.editedAt, unsettled, mergedAt };
}

/** Runs `work` in a read-write transaction whose writes are the team's: not queued in the outbox again. */
export function asTeam<T>(db: CreatorScoutDB, tables: string[], work: () => Promise<T>): Promise<T> {
  return db.transaction('rw', tables, async (tx) => {
    db.changes.markFromTeam(tx.idbtrans);
    return work();
  });
}

export { Dexie };
