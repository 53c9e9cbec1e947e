// The dry run of a CSV import: every row read through the mapping and compared with the roster,
// without writing anything. Pure: the caller loads the saved accounts the file names.
import type { ColumnMapping } from './fields';
import { groupRecords, type Duplicate } from './group';
import type { CsvProblem, CsvRow } from './parse';
import { planImport, type ImportState, type ImportWrites, type NewCreatorItem, type PlanOptions, type UnchangedItem, type UpdatedItem } from './plan';
import { readRow, type Rejection, type RowRecord } from './read-row';

export interface ImportPreview {
  /** Rows in the file, not counting the header. */
  rowCount: number;
  /** The rows that could be read, for applyImport. */
  records: RowRecord[];
  newCreators: NewCreatorItem[];
  updated: UpdatedItem[];
  unchanged: UnchangedItem[];
  rejected: Rejection[];
  duplicates: Duplicate[];
  /** Accounts the import adds (to new and to saved creators). */
  newAccounts: number;
  /**
   * The records the import would write, with their real ids, planned against `state` at time `at`:
   * the import writes these as they are while the saved accounts and creators are still `state`
   * (and plans again when they are not). Only a preview planned with real ids has them.
   */
  planned?: PlannedWrites;
}

export interface PlannedWrites {
  writes: ImportWrites;
  state: ImportState;
  at: number;
}

export interface ReadRows {
  records: RowRecord[];
  rejected: Rejection[];
}

/** Read every row through the mapping; `from`/`to` let a caller do it in slices between repaints. */
export function readRows(rows: readonly CsvRow[], mapping: ColumnMapping, into: ReadRows = { records: [], rejected: [] }, from = 0, to = rows.length): ReadRows {
  for (let i = from; i < Math.min(to, rows.length); i++) {
    const result = readRow(rows[i]!, mapping);
    if (result.ok) into.records.push(result.record);
    else into.rejected.push(...result.rejections);
  }
  return into;
}

/** Every account id the readable rows name: the saved ones among them are the state to load. */
export function accountIdsOf(records: readonly RowRecord[]): string[] {
  return [...new Set(records.flatMap((r) => r.accounts.map((a) => a.id)))];
}

/**
 * The preview of rows already read, against the saved accounts they name. With `options` (the
 * time and the id maker an import uses) it keeps the planned records for the import to write.
 */
export function previewFromRecords(read: ReadRows, state: ImportState, rowCount: number, fileProblems: readonly CsvProblem[] = [], options?: PlanOptions): ImportPreview {
  const { groups, duplicates } = groupRecords(read.records);
  let counter = 0;
  const plan = planImport(groups, state, options ?? { now: 0, newId: () => `preview-${++counter}` });
  const rejected = [
    ...fileProblems.map((p): Rejection => ({ line: p.line, field: 'row', reason: p.reason })),
    ...read.rejected,
    ...plan.problems,
  ].sort((a, b) => a.line - b.line);
  const savedIds = new Set(plan.writes.accounts.filter((a) => state.accounts.has(a.id)).map((a) => a.id));
  return {
    rowCount,
    records: read.records,
    newCreators: plan.newCreators,
    updated: plan.updated,
    unchanged: plan.unchanged,
    rejected,
    duplicates,
    newAccounts: plan.writes.accounts.filter((a) => !savedIds.has(a.id)).length,
    ...(options && { planned: { writes: plan.writes, state, at: options.now } }),
  };
}

/** The whole dry run: rows, mapping and the saved state → what an import would do. */
export function previewImport(rows: readonly CsvRow[], mapping: ColumnMapping, state: ImportState, fileProblems: readonly CsvProblem[] = []): ImportPreview {
  return previewFromRecords(readRows(rows, mapping), state, rows.length, fileProblems);
}
