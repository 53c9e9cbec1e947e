// The one write path for shared records. Every change to a creator, an account, a timeline entry, a
// template, an agreement, a campaign, a deliverable or a reminder goes through `applyChange`, which
// the database installs below Dexie's tables (a DBCore middleware): no command, import or restore
// can write a shared record any other way. It stamps each change with who made it and when, and
// tells the change feed's listeners once the transaction has committed (an aborted transaction
// changed nothing, so it tells nothing). The team roster hangs replication on this feed.
// Snapshots and post readings are not shared records: they are immutable readings.
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';

export const SHARED_TABLES = ['creators', 'accounts', 'interactions', 'templates', 'agreements', 'campaigns', 'deliverables', 'reminders'] as const;
export type SharedTable = (typeof SHARED_TABLES)[number];

/** Who changes records in this browser until a team roster names its member. */
export const LOCAL_ACTOR = 'local';

export interface Change {
  table: SharedTable;
  /** `put` writes the record with this id (added or replaced); `delete` removes it; `clear` empties the table. */
  kind: 'put' | 'delete' | 'clear';
  /** The record's id; null for `clear`. */
  id: string | null;
  /** Who made the change. */
  by: string;
  /** When (epoch ms) it was written. */
  at: number;
}

export type ChangeListener = (changes: readonly Change[]) => void;

/** The changes of one database: who is writing, and who listens. */
export class ChangeFeed {
  actor = LOCAL_ACTOR;
  private readonly listeners = new Set<ChangeListener>();

  /** Hear every committed change to a shared record; returns the unsubscribe. */
  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(changes: readonly Change[]): void {
    if (changes.length === 0) return;
    for (const listener of this.listeners) listener(changes);
  }
}

const pending = new WeakMap<DBCoreTransaction, Change[]>();

function isShared(name: string): name is SharedTable {
  return (SHARED_TABLES as readonly string[]).includes(name);
}

/** The ids a mutation wrote or removed, as far as the request and its answer tell. */
function idsOf(table: DBCoreTable, req: DBCoreMutateRequest, res: DBCoreMutateResponse): unknown[] {
  if (req.type === 'delete') return req.keys;
  if (req.type === 'deleteRange') return [];
  if (req.keys) return req.keys;
  if (res.results) return res.results;
  return req.values.map((value) => table.schema.primaryKey.extractKey?.(value));
}

/**
 * Apply one mutation of a shared table and stamp it: the write itself goes down to IndexedDB; the
 * stamped changes wait for the transaction to commit, then go to the feed's listeners.
 */
export async function applyChange(feed: ChangeFeed, table: DBCoreTable, name: SharedTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  const res = await table.mutate(req);
  const idb = req.trans as unknown as Partial<IDBTransaction>;
  // A schema upgrade rewrites records in place: a migration, not a change anyone made.
  if (idb.mode === 'versionchange') return res;
  const by = feed.actor;
  const at = Date.now();
  const changes =
    req.type === 'deleteRange'
      ? [{ table: name, kind: 'clear' as const, id: null, by, at }]
      : idsOf(table, req, res)
          .filter((id, i) => typeof id === 'string' && !res.failures?.[i])
          .map((id) => ({ table: name, kind: req.type === 'delete' ? ('delete' as const) : ('put' as const), id: id as string, by, at }));
  let batch = pending.get(req.trans);
  if (!batch) {
    batch = [];
    pending.set(req.trans, batch);
    const queued = batch;
    if (typeof idb.addEventListener === 'function') idb.addEventListener('complete', () => feed.emit(queued));
  }
  batch.push(...changes);
  return res;
}

/** The DBCore middleware that routes every write of a shared table through `applyChange`. */
export function sharedChanges(feed: ChangeFeed): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'shared-changes',
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        if (!isShared(name)) return table;
        return { ...table, mutate: (req) => applyChange(feed, table, name, req) };
      },
    }),
  };
}
