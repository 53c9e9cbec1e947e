// The one write path for shared records. Every change to a creator, an account, a timeline entry, a
// template, an agreement, a campaign, a deliverable or a reminder goes through `applyChange`, which
// the database installs below Dexie's tables (a DBCore middleware): no command, import or restore
// can write a shared record any other way. It stamps each change with who made it and when, and
// tells the change feed's listeners once the transaction has committed (an aborted transaction
// changed nothing, so it tells nothing). The team roster hangs replication on this feed.
// Snapshots and post readings are not shared records: they are immutable readings.
//
// In a team (`queue` on), the same middleware puts an outbox entry for every changed shared record
// and every new reading in the same IndexedDB transaction as the change (it adds the outbox to every
// read-write transaction that touches them), so a change is never committed without its entry.
// Writes the team sync itself makes (`markFromTeam`) are not queued: they came from the team.
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { Stamp } from '@/utils/sync/docs';
import type { Unsettled } from '@/utils/sync/merge';

export const SHARED_TABLES = ['creators', 'accounts', 'interactions', 'templates', 'agreements', 'campaigns', 'deliverables', 'reminders'] as const;
export type SharedTable = (typeof SHARED_TABLES)[number];

/** Immutable readings: queued for the team when added, never edited. */
export const READING_TABLES = ['snapshots', 'posts'] as const;
export type ReadingTable = (typeof READING_TABLES)[number];
export const OUTBOX_TABLE = 'outbox';

/** A record changed here and not yet handed to the team replica; `id: null` means "the whole table" (it was cleared). */
export interface OutboxEntry {
  /** `<table>:<id>`, or `<table>:*` for a cleared table. */
  key: string;
  table: SharedTable | ReadingTable;
  id: string | null;
  by: string;
  at: number;
}

/** What this browser last exchanged with the team for one document. */
export interface SyncState {
  /** The document id (`creator:abc`). */
  id: string;
  /** `<table>:<record id>`. */
  recordKey: string;
  rev: string;
  stamps: Record<string, Stamp>;
  editedBy: string;
  editedAt: number;
  /** What the last merge of this document could not settle by itself (empty when it settled all). */
  unsettled: Unsettled[];
  /** When that merge ran. */
  mergedAt: number | null;
}

export function outboxKey(table: string, id: string | null): string {
  return `${table}:${id ?? '*'}`;
}

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
  /** Applied from the team (a teammate's change), not made here. */
  remote?: boolean;
}

export type ChangeListener = (changes: readonly Change[]) => void;

/** The changes of one database: who is writing, and who listens. */
export class ChangeFeed {
  actor = LOCAL_ACTOR;
  /** In a team: every local change also gets an outbox entry. Off without a team (nothing is queued). */
  queue = false;
  private readonly listeners = new Set<ChangeListener>();
  private readonly team = new WeakSet<object>();

  /** The team sync marks its own transaction (`tx.idbtrans`): what it writes is not queued again. */
  markFromTeam(trans: object): void {
    this.team.add(trans);
  }

  isFromTeam(trans: object): boolean {
    return this.team.has(trans);
  }

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
/** Transactions that hold the outbox store (added by the middleware, or asked for). */
const withOutbox = new WeakSet<DBCoreTransaction>();

function isShared(name: string): name is SharedTable {
  return (SHARED_TABLES as readonly string[]).includes(name);
}

function isReading(name: string): name is ReadingTable {
  return (READING_TABLES as readonly string[]).includes(name);
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
export async function applyChange(
  feed: ChangeFeed,
  table: DBCoreTable,
  name: SharedTable,
  req: DBCoreMutateRequest,
  outbox: DBCoreTable | null = null,
): Promise<DBCoreMutateResponse> {
  const res = await table.mutate(req);
  const idb = req.trans as unknown as Partial<IDBTransaction>;
  // A schema upgrade rewrites records in place: a migration, not a change anyone made.
  if (idb.mode === 'versionchange') return res;
  const by = feed.actor;
  const at = Date.now();
  const remote = feed.isFromTeam(req.trans);
  const changes: Change[] =
    req.type === 'deleteRange'
      ? [{ table: name, kind: 'clear' as const, id: null, by, at }]
      : idsOf(table, req, res)
          .filter((id, i) => typeof id === 'string' && !res.failures?.[i])
          .map((id) => ({ table: name, kind: req.type === 'delete' ? ('delete' as const) : ('put' as const), id: id as string, by, at }));
  if (remote) for (const c of changes) c.remote = true;
  else if (outbox && feed.queue && withOutbox.has(req.trans) && changes.length > 0) {
    const values: OutboxEntry[] = changes.map((c) => ({ key: outboxKey(name, c.id), table: name, id: c.id, by, at }));
    await outbox.mutate({ type: 'put', trans: req.trans, values });
  }
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

/** A new reading (snapshot, post) is queued for the team; readings are never edited or deleted there. */
async function queueReading(feed: ChangeFeed, table: DBCoreTable, name: ReadingTable, req: DBCoreMutateRequest, outbox: DBCoreTable | null): Promise<DBCoreMutateResponse> {
  const res = await table.mutate(req);
  if (!outbox || !feed.queue || !withOutbox.has(req.trans) || feed.isFromTeam(req.trans)) return res;
  if (req.type !== 'put' && req.type !== 'add') return res;
  const by = feed.actor;
  const at = Date.now();
  const ids = idsOf(table, req, res).filter((id, i): id is string => typeof id === 'string' && !res.failures?.[i]);
  if (ids.length > 0) await outbox.mutate({ type: 'put', trans: req.trans, values: ids.map((id) => ({ key: outboxKey(name, id), table: name, id, by, at }) satisfies OutboxEntry) });
  return res;
}

/** The DBCore middleware that routes every write of a shared table through `applyChange`. */
export function sharedChanges(feed: ChangeFeed): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'shared-changes',
    create: (down) => {
      const hasOutbox = down.schema.tables.some((t) => t.name === OUTBOX_TABLE);
      const outbox = hasOutbox ? down.table(OUTBOX_TABLE) : null;
      return {
        ...down,
        transaction(stores, mode, options) {
          const touches = stores.some((s) => isShared(s) || isReading(s));
          const add = hasOutbox && feed.queue && mode === 'readwrite' && touches && !stores.includes(OUTBOX_TABLE);
          const trans = down.transaction(add ? [...stores, OUTBOX_TABLE] : stores, mode, options);
          if (add || (hasOutbox && stores.includes(OUTBOX_TABLE))) withOutbox.add(trans);
          return trans;
        },
        table(name) {
          const table = down.table(name);
          if (isShared(name)) return { ...table, mutate: (req) => applyChange(feed, table, name, req, outbox) };
          if (isReading(name)) return { ...table, mutate: (req) => queueReading(feed, table, name, req, outbox) };
          return table;
        },
      };
    },
  };
}
