// Importing creators from a CSV file: a dry run against the roster, then all of it in one
// transaction or none of it. The reading, matching and planning are pure (utils/csv/).
import type { ColumnMapping } from '@/utils/csv/fields';
import { groupRecords } from '@/utils/csv/group';
import type { ParsedCsv } from '@/utils/csv/parse';
import { planImport, restampWrites, sameState, type ImportState, type ImportWrites } from '@/utils/csv/plan';
import { accountIdsOf, previewFromRecords, readRows, type ImportPreview, type ReadRows } from '@/utils/csv/preview';
import type { ProgressListener } from './backup';
import { throwIfCancelled, WorkCancelledError, writeInSlices } from './bulk-write';
import { database, type CreatorScoutDB } from './db';
import { isDiskFull, storageFailureReason } from '@/utils/model/errors';
import { newId } from '@/utils/model/ids';
import { authored, newOwner } from './team';
import { ensureSpaceFor, payloadBytes } from './space';
import { AccountSchema, CreatorSchema, InteractionSchema, type Account, type Creator } from '@/utils/model/schemas';

/** Rows read between two repaints of the progress bar. */
const SLICE = 2000;

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The saved accounts among `accountIds` and their creators: two bulk reads, whatever the file's size. */
async function loadState(db: CreatorScoutDB, accountIds: string[]): Promise<ImportState> {
  // Look each account up, unless the roster holds fewer accounts than the file names (a first
  // import into an empty or small roster): then reading them all is fewer reads than the lookups.
  const wanted = new Set(accountIds);
  const accounts =
    (await db.accounts.count()) < wanted.size
      ? (await db.accounts.toArray()).filter((a) => wanted.has(a.id))
      : (await db.accounts.bulkGet([...wanted])).filter((a): a is Account => a !== undefined);
  const creatorIds = [...new Set(accounts.map((a) => a.creatorId))];
  const creators = (await db.creators.bulkGet(creatorIds)).filter((c): c is Creator => c !== undefined);
  return { accounts: new Map(accounts.map((a) => [a.id, a])), creators: new Map(creators.map((c) => [c.id, c])) };
}

/**
 * The dry run: what importing the file with this mapping would do, compared with the roster now.
 * Reads the rows in slices so a page can repaint its progress bar; writes nothing.
 */
export async function previewCsvImport(csv: ParsedCsv, mapping: ColumnMapping, onProgress?: ProgressListener): Promise<ImportPreview> {
  const read: ReadRows = { records: [], rejected: [] };
  const total = csv.rows.length;
  for (let from = 0; from < total || from === 0; from += SLICE) {
    readRows(csv.rows, mapping, read, from, from + SLICE);
    onProgress?.({ phase: 'Checking the rows', done: Math.min(from + SLICE, total), total });
    if (from + SLICE < total) await nextTask();
  }
  const db = database();
  const state = await db.transaction('r', [db.accounts, db.creators], () => loadState(db, accountIdsOf(read.records)));
  // Planned with real ids and times, so the import can write this very plan (see writeImport).
  return previewFromRecords(read, state, total, csv.problems, { now: Date.now(), newId, ...newOwner() });
}

export class ImportRefusedError extends Error {
  override name = 'ImportRefusedError';
}

export interface ImportResult {
  creatorsAdded: number;
  creatorsUpdated: number;
  accountsAdded: number;
}

/**
 * Import a previewed file: new creators and accounts, changes to saved creators (the file's values
 * win; tags and strengths are added to) — in one transaction. Refuses the
 * whole file while any row is rejected, so a file is never half-imported. Aborting `signal` cancels
 * it: the transaction is rolled back and ImportCancelledError says so.
 */
export async function applyImport(preview: ImportPreview, now: number, onProgress?: ProgressListener, signal?: AbortSignal): Promise<ImportResult> {
  if (preview.rejected.length > 0) {
    const rows = new Set(preview.rejected.map((r) => r.line)).size;
    throw new ImportRefusedError(`${rows} ${rows === 1 ? 'row needs' : 'rows need'} fixing, so nothing was imported. Fix the file and choose it again.`);
  }
  const db = database();
  // Room for the whole file first: a large write that fills the disk can leave Chromium unable to
  // open the database (storage/space.ts). The planned writes are about the size of the read rows.
  await ensureSpaceFor('import this file', payloadBytes(preview.records));
  const tables = [db.creators, db.accounts, db.interactions];
  const countAll = () => db.transaction('r', tables, () => Promise.all(tables.map((t) => t.count())));
  const before = await countAll();
  try {
    throwIfCancelled(signal, 'The import');
    return await writeImport(db, preview, now, onProgress, signal);
  } catch (error) {
    if (error instanceof ImportRefusedError) throw error;
    // Counted again, so the message says what is true after the failure, not what should be.
    const after = await countAll().catch(() => null);
    const intact = after !== null && after.every((n, i) => n === before[i]);
    if (error instanceof WorkCancelledError && intact) throw new ImportCancelledError('The import was cancelled, so nothing was imported: your roster was checked and is as it was before.');
    const reason = storageFailureReason(error);
    const advice = isDiskFull(error) ? 'Free some disk space and try again.' : 'Try again; if it keeps happening, restart the browser.';
    throw new ImportFailedError(
      intact
        ? `Nothing was imported: ${reason}. Your roster was checked and is as it was before. ${advice}`
        : `The import did not finish (${reason}), and Creator Scout could not confirm that your roster is as it was. Free some disk space, restart the browser, then check the roster before importing again.`,
      intact,
    );
  }
}

/** An import the user cancelled: nothing was written, and the roster was counted to say so. */
export class ImportCancelledError extends WorkCancelledError {
  override name = 'ImportCancelledError';
}

export class ImportFailedError extends Error {
  override name = 'ImportFailedError';
  constructor(
    message: string,
    readonly intact: boolean,
  ) {
    super(message);
  }
}

async function writeImport(db: CreatorScoutDB, preview: ImportPreview, now: number, onProgress?: ProgressListener, signal?: AbortSignal): Promise<ImportResult> {
  const phase = 'Saving the import';
  return db.transaction('rw', [db.creators, db.accounts, db.interactions], async () => {
    // The roster as it is now, inside the transaction: while the saved accounts and creators the
    // file names are those the preview planned against, the preview's plan is written as it is;
    // otherwise it is planned again, so a profile saved since the preview is updated, never duplicated.
    const state = await loadState(db, accountIdsOf(preview.records));
    const planned = preview.planned && sameState(preview.planned.state, state) ? preview.planned : null;
    let writes: ImportWrites;
    let counts: { added: number; updated: number };
    if (planned) {
      // Checked once, by the preview: every cell against its field's schema (utils/csv/read-row.ts)
      // and what the plan puts together (merged tags, strengths and notes) against the record's
      // limits. Parsing 20,000 records again took longer than writing them.
      writes = restampWrites(planned.writes, planned.at, now);
      counts = { added: preview.newCreators.length, updated: preview.updated.length };
    } else {
      const plan = planImport(groupRecords(preview.records).groups, state, { now, newId, ...newOwner(db) });
      if (plan.problems.length > 0) {
        throw new ImportRefusedError(`${plan.problems[0]!.reason} (line ${plan.problems[0]!.line}). Nothing was imported.`);
      }
      writes = {
        creators: plan.writes.creators.map((c) => CreatorSchema.parse(c)),
        accounts: plan.writes.accounts.map((a) => AccountSchema.parse(a)),
        interactions: plan.writes.interactions.map((i) => InteractionSchema.parse(i)),
      };
      counts = { added: plan.newCreators.length, updated: plan.updated.length };
    }
    const { creators, accounts } = writes;
    // The stage changes a file makes were made by whoever imports it (in a team).
    const interactions = writes.interactions.map((i) => authored(i, db));
    const total = creators.length + accounts.length + interactions.length;
    let done = 0;
    onProgress?.({ phase, done, total });
    const written = (count: number) => onProgress?.({ phase, done: (done += count), total });
    // A slice at a time, so the bar moves and a cancel rolls the whole transaction back.
    await writeInSlices(creators, (slice) => db.creators.bulkPut(slice), written, signal, 'The import');
    await writeInSlices(accounts, (slice) => db.accounts.bulkPut(slice), written, signal, 'The import');
    await writeInSlices(interactions, (slice) => db.interactions.bulkAdd(slice), written, signal, 'The import');
    throwIfCancelled(signal, 'The import');
    return {
      creatorsAdded: counts.added,
      creatorsUpdated: counts.updated,
      accountsAdded: accounts.filter((a) => !state.accounts.has(a.id)).length,
    };
  });
}
