// The full backup: every record of every table in one JSON file, and restoring it. A backup is
// the user's own copy of everything they would miss; restoring is all-or-nothing.
import * as z from 'zod';
import { localDate } from '@/utils/date-input';
import { parsePreferences, readPreferences, writePreferences, type BackupPreferences } from './backup-preferences';
import { database, LATEST_VERSION } from './db';
import { isDiskFull, storageFailureReason } from '@/utils/model/errors';
import { RECORD_SCHEMAS, TABLE_NAMES, type TableName } from '@/utils/model/schemas';
import { throwIfCancelled, WorkCancelledError, writeInSlices } from './bulk-write';
import { ensureSpaceFor, payloadBytes } from './space';
import { DELIVERABLES_VERSION, POST_AUTHORS_VERSION, PRECISION_VERSION, upgradeBackupDeliverables, upgradeBackupPosts, upgradeBackupPrecision } from './upgrades';

export const BACKUP_FORMAT = 'creator-scout-backup';
/** The version of the file's envelope; the records' shape is `schemaVersion` (the database's). */
export const BACKUP_VERSION = 1;

export type BackupTables = { [T in TableName]: z.infer<(typeof RECORD_SCHEMAS)[T]>[] };

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  schemaVersion: number;
  /** Epoch ms, like every time in the database. */
  exportedAt: number;
  tables: BackupTables;
  /** Extension-storage preferences; absent in backups made before they were included. */
  preferences?: BackupPreferences;
}

/** How far a long piece of work is, for a progress bar with a label. */
export interface WorkProgress {
  /** What is happening, as a user reads it: "Reading your data". */
  phase: string;
  done: number;
  total: number;
}
export type ProgressListener = (progress: WorkProgress) => void;

// What a user calls each table's records: [one, many].
const TABLE_LABELS: Readonly<Record<TableName, readonly [string, string]>> = {
  creators: ['creator', 'creators'],
  accounts: ['account', 'accounts'],
  snapshots: ['snapshot', 'snapshots'],
  posts: ['post', 'posts'],
  interactions: ['timeline entry', 'timeline entries'],
  templates: ['template', 'templates'],
  agreements: ['agreement', 'agreements'],
  reminders: ['reminder', 'reminders'],
  campaigns: ['campaign', 'campaigns'],
  deliverables: ['deliverable', 'deliverables'],
};

/** "Creators", "Timeline entries": a table's name as a heading. */
export function tableLabel(table: TableName): string {
  const many = TABLE_LABELS[table][1];
  return many.charAt(0).toUpperCase() + many.slice(1);
}

/** "1 creator", "12 timeline entries". */
export function tableCount(table: TableName, count: number): string {
  return `${count.toLocaleString('en-US')} ${TABLE_LABELS[table][count === 1 ? 0 : 1]}`;
}

/** Every record of every table, as stored, read in one transaction so the copy is consistent. */
export async function exportBackup(now: number, onProgress?: ProgressListener): Promise<Backup> {
  const db = database();
  const tables = {} as Record<TableName, unknown[]>;
  await db.transaction('r', db.tables, async () => {
    let done = 0;
    onProgress?.({ phase: 'Reading your data', done, total: TABLE_NAMES.length });
    // Every table asked at once: IndexedDB answers them in one go rather than one round trip each.
    await Promise.all(
      TABLE_NAMES.map(async (name) => {
        tables[name] = await db.table(name).toArray();
        onProgress?.({ phase: 'Reading your data', done: ++done, total: TABLE_NAMES.length });
      }),
    );
  });
  const preferences = await readPreferences();
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, schemaVersion: LATEST_VERSION, exportedAt: now, tables: tables as BackupTables, preferences };
}

export function serializeBackup(backup: Backup): string {
  return JSON.stringify(backup);
}

export function backupBlob(backup: Backup): Blob {
  return new Blob([serializeBackup(backup)], { type: 'application/json' });
}

export function backupFileName(now: number): string {
  return `creator-scout-backup-${localDate(now)}.json`;
}

/** How many records each table holds: what a backup contains, or what a restore would replace. */
export type TableCounts = Record<TableName, number>;

export function countsOf(backup: Backup): TableCounts {
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, backup.tables[t].length])) as TableCounts;
}

export async function currentCounts(): Promise<TableCounts> {
  const db = database();
  return db.transaction('r', db.tables, async () => {
    const counts = await Promise.all(TABLE_NAMES.map((t) => db.table(t).count()));
    return Object.fromEntries(TABLE_NAMES.map((t, i) => [t, counts[i]!])) as TableCounts;
  });
}

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; errors: string[] };

const MAX_REPORTED = 5;

const EnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().positive(),
  schemaVersion: z.number().int().positive(),
  exportedAt: z.number().int().nonnegative(),
  tables: z.object(Object.fromEntries(TABLE_NAMES.map((t) => [t, z.array(z.unknown())])) as Record<TableName, z.ZodArray<z.ZodUnknown>>)
    // Backups made before version 8 have no deliverables table: theirs are in agreements and campaigns.
    .extend({ deliverables: z.array(z.unknown()).default([]) }),
  preferences: z.unknown().optional(),
});

function pathText(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'the record' : `“${path.map(String).join('.')}”`;
}

function idOf(record: unknown): string {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? ` (id “${id.slice(0, 60).toWellFormed()}”)` : '';
}

/**
 * Records that point at one the backup does not hold (an account of a missing creator, a reminder
 * of a deleted campaign's creator…): restored as they are, they would show on no page or break one.
 * One sentence per record, naming it and what it points at.
 */
export function danglingReferences(tables: BackupTables): string[] {
  const ids = (table: TableName) => new Set(tables[table].map((r) => r.id));
  const creators = ids('creators');
  const accounts = ids('accounts');
  const campaigns = ids('campaigns');
  const problems: string[] = [];
  const check = (table: TableName, index: number, id: string, what: string, target: TableName, targetId: string | null, known: Set<string>) => {
    if (targetId !== null && !known.has(targetId)) {
      problems.push(`${table}, record ${index + 1} (id “${id.slice(0, 60)}”): its ${what} “${targetId.slice(0, 60)}” is not among the backup’s ${TABLE_LABELS[target][1]}.`);
    }
  };
  tables.accounts.forEach((a, i) => check('accounts', i, a.id, 'creator', 'creators', a.creatorId, creators));
  tables.snapshots.forEach((s, i) => check('snapshots', i, s.id, 'account', 'accounts', s.accountId, accounts));
  // A post belongs to the accounts that wrote it and those it was seen on: one of them must be saved
  // (a collab's other authors need not be).
  tables.posts.forEach((p, i) => {
    const refs = [...p.authorAccountIds, ...p.seenOnAccountIds];
    if (!refs.some((ref) => accounts.has(ref))) check('posts', i, p.id, 'account', 'accounts', refs[0] ?? '', accounts);
  });
  tables.interactions.forEach((t, i) => check('interactions', i, t.id, 'creator', 'creators', t.creatorId, creators));
  tables.agreements.forEach((a, i) => {
    check('agreements', i, a.id, 'creator', 'creators', a.creatorId, creators);
    check('agreements', i, a.id, 'campaign', 'campaigns', a.campaignId, campaigns);
  });
  tables.reminders.forEach((r, i) => check('reminders', i, r.id, 'creator', 'creators', r.creatorId, creators));
  tables.campaigns.forEach((k, i) => k.creators.forEach((m) => check('campaigns', i, k.id, 'creator', 'creators', m.creatorId, creators)));
  return problems;
}

/**
 * Read a backup file's text: the envelope, then every record against today's schemas. Refuses a
 * newer backup, and an older one whose records no longer fit, saying which and why.
 */
export function parseBackup(text: string): ParsedBackup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['This file is not a Creator Scout backup: it is not JSON. Choose the .json file that “Download backup” saved.'] };
  }
  const head = (json ?? {}) as Record<string, unknown>;
  if (typeof json !== 'object' || head.format !== BACKUP_FORMAT) {
    return { ok: false, errors: ['This file is not a Creator Scout backup. Choose the .json file that “Download backup” saved.'] };
  }
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
    return { ok: false, errors: [`This backup was made by a newer version of Creator Scout (backup format ${head.version}; this version reads format ${BACKUP_VERSION}). Update Creator Scout, then restore it.`] };
  }
  if (typeof head.schemaVersion === 'number' && head.schemaVersion > LATEST_VERSION) {
    return { ok: false, errors: [`This backup was made by a newer version of Creator Scout (database version ${head.schemaVersion}; this version has version ${LATEST_VERSION}). Update Creator Scout, then restore it.`] };
  }
  const envelope = EnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    return {
      ok: false,
      errors: envelope.error.issues.slice(0, MAX_REPORTED).map((i) => `The backup is damaged: ${pathText(i.path)} ${i.message.toLowerCase()}.`),
    };
  }

  if (envelope.data.schemaVersion < PRECISION_VERSION) upgradeBackupPrecision(envelope.data.tables);
  if (envelope.data.schemaVersion < DELIVERABLES_VERSION) upgradeBackupDeliverables(envelope.data.tables);
  if (envelope.data.schemaVersion < POST_AUTHORS_VERSION) upgradeBackupPosts(envelope.data.tables);
  const errors: string[] = [];
  let problems = 0;
  const tables = {} as Record<TableName, unknown[]>;
  for (const table of TABLE_NAMES) {
    const schema = RECORD_SCHEMAS[table];
    const seen = new Map<string, number>();
    tables[table] = envelope.data.tables[table].map((record, index) => {
      const result = schema.safeParse(record);
      if (!result.success) {
        if (++problems <= MAX_REPORTED) {
          const issue = result.error.issues[0]!;
          errors.push(`${table}, record ${index + 1}${idOf(record)}: ${pathText(issue.path)} — ${issue.message}.`);
        }
        return record;
      }
      const first = seen.get(result.data.id);
      if (first !== undefined && ++problems <= MAX_REPORTED) {
        errors.push(`${table}, record ${index + 1}: has the same id “${result.data.id.slice(0, 60)}” as record ${first + 1}.`);
      }
      seen.set(result.data.id, index);
      return result.data;
    });
  }
  if (problems === 0) {
    for (const problem of danglingReferences(tables as BackupTables)) if (++problems <= MAX_REPORTED) errors.push(problem);
  }
  let preferences: BackupPreferences | undefined;
  if (envelope.data.preferences !== undefined) {
    const parsed = parsePreferences(envelope.data.preferences);
    if (parsed.ok) preferences = parsed.preferences;
    else {
      for (const error of parsed.errors) if (++problems <= MAX_REPORTED) errors.push(error);
    }
  }
  if (problems > MAX_REPORTED) errors.push(`…and ${problems - MAX_REPORTED} more problems.`);
  if (errors.length > 0) {
    const older = envelope.data.schemaVersion < LATEST_VERSION;
    const lead = older
      ? `This backup was made by an older version of Creator Scout (database version ${envelope.data.schemaVersion}) and its records do not fit this version’s format, so it cannot be restored. Nothing was changed.`
      : 'This backup has records Creator Scout cannot read, so it cannot be restored. Nothing was changed.';
    return { ok: false, errors: [lead, ...errors] };
  }
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      schemaVersion: envelope.data.schemaVersion,
      exportedAt: envelope.data.exportedAt,
      tables: tables as BackupTables,
      ...(preferences ? { preferences } : {}),
    },
  };
}

/** A restore that did not happen, saying truthfully what became of the data that was there. */
export class RestoreFailedError extends Error {
  override name = 'RestoreFailedError';
  /** True when the data was read back after the failure and is exactly as before. */
  readonly intact: boolean;
  constructor(cause: unknown, intact: boolean, before: TableCounts) {
    const reason = storageFailureReason(cause);
    const advice = isDiskFull(cause) ? 'Free some disk space and try again.' : 'Try again; if it keeps happening, restart the browser.';
    super(
      intact
        ? `The backup was not restored: ${reason}. Your data was checked and is as it was before (${countsText(before)}). ${advice}`
        : `The backup was not restored (${reason}), and Creator Scout could not confirm that your data is as it was. Free some disk space, restart the browser, then download a backup to check what is there before restoring again.`,
    );
    this.intact = intact;
  }
}

/** "2 creators, 2 accounts", or "nothing". */
export function countsText(counts: TableCounts): string {
  const parts = TABLE_NAMES.filter((t) => counts[t] > 0).map((t) => tableCount(t, counts[t]));
  return parts.length > 0 ? parts.join(', ') : 'nothing';
}

function sameCounts(a: TableCounts, b: TableCounts): boolean {
  return TABLE_NAMES.every((t) => a[t] === b[t]);
}

/**
 * Replace everything with the backup's records, in one transaction over every table: if any write
 * fails (a broken record, a disk filled by something else meanwhile), IndexedDB rolls it back.
 * Before anything is written, the disk must have room for the whole backup (storage/space.ts: a
 * large write that fills the disk can leave Chromium unable to open the database). After a failure
 * the data is counted again, so the message says what is true, not what should be.
 * The backup's preferences are written first and put back as they were if the records fail.
 * `fileBytes`: the backup file's size, when known (else the records are measured).
 * The records are written a slice at a time, reporting each to `onProgress`; aborting `signal`
 * cancels the restore: the transaction is rolled back and RestoreCancelledError says so.
 */
export async function restoreBackup(backup: Backup, onProgress?: ProgressListener, fileBytes?: number, signal?: AbortSignal): Promise<TableCounts> {
  const db = database();
  const phase = 'Restoring the backup';
  const total = TABLE_NAMES.reduce((sum, name) => sum + backup.tables[name].length, 0);
  throwIfCancelled(signal, 'The restore');
  await ensureSpaceFor('restore this backup', fileBytes ?? payloadBytes(backup.tables));
  const before = await currentCounts();
  const previous = backup.preferences ? await readPreferences() : null;
  try {
    throwIfCancelled(signal, 'The restore');
    if (backup.preferences) await writePreferences(backup.preferences);
    await db.transaction('rw', db.tables, async () => {
      let done = 0;
      onProgress?.({ phase, done, total });
      for (const name of TABLE_NAMES) {
        const table = db.table(name);
        await table.clear();
        await writeInSlices<unknown>(backup.tables[name], (slice) => table.bulkAdd(slice), (count) => onProgress?.({ phase, done: (done += count), total }), signal, 'The restore');
      }
      // A cancel up to the last moment still rolls everything back.
      throwIfCancelled(signal, 'The restore');
    });
  } catch (error) {
    // Best effort: the error that stopped the restore is the one to report.
    if (previous) await writePreferences(previous).catch(() => undefined);
    const after = await currentCounts().catch(() => null);
    const intact = after !== null && sameCounts(after, before);
    if (error instanceof WorkCancelledError && intact) throw new RestoreCancelledError(before);
    throw new RestoreFailedError(error, intact, before);
  }
  return countsOf(backup);
}

/** A restore the user cancelled: nothing was written, and the data was counted to say so. */
export class RestoreCancelledError extends WorkCancelledError {
  override name = 'RestoreCancelledError';
  constructor(before: TableCounts) {
    super(`The restore was cancelled, so nothing was changed: your data was checked and is as it was before (${countsText(before)}).`);
  }
}
