import type { ColumnDef, SortingState } from '@tanstack/react-table';
import type { RosterRow } from '@/utils/model/views';

// The roster's order and the rows shown in it, computed on plain arrays so that they cost little at
// 100,000 creators (issue 16): the table library is given only the rows on screen. Sorting follows
// the columns' own definitions, as TanStack Table's sorting did: `basic` compares values, `text`
// compares them lower-cased; with `sortUndefined: 'last'` a missing value stays last either way;
// ties keep the roster's order.

type SortValue = string | number | undefined;

function textOf(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return typeof value === 'string' ? value : '';
}

/**
 * The indexes of `rows` in the order `sorting` asks for; null when nothing is sorted (the roster's
 * own order). Each sorted column's values are read once.
 */
export function sortedOrder(rows: readonly RosterRow[], sorting: SortingState, columns: ReadonlyArray<ColumnDef<RosterRow>>): number[] | null {
  const keys = sorting.flatMap((entry) => {
    const column = columns.find((c) => c.id === entry.id);
    if (!column || column.enableSorting === false || !('accessorFn' in column) || !column.accessorFn) return [];
    const read = column.accessorFn;
    const text = column.sortingFn === 'text';
    const values: SortValue[] = rows.map((row, index) => {
      const value = read(row, index);
      if (value === undefined) return undefined;
      return text ? textOf(value).toLowerCase() : (value as SortValue);
    });
    return [{ values, desc: entry.desc, undefinedLast: column.sortUndefined === 'last' }];
  });
  if (keys.length === 0) return null;
  const order = rows.map((_, index) => index);
  order.sort((a, b) => {
    for (const { values, desc, undefinedLast } of keys) {
      const x = values[a];
      const y = values[b];
      if (undefinedLast && (x === undefined || y === undefined)) {
        if (x === y) continue;
        return x === undefined ? 1 : -1;
      }
      const compared = x === y ? 0 : (x as string | number) > (y as string | number) ? 1 : -1;
      if (compared !== 0) return desc ? -compared : compared;
    }
    return a - b;
  });
  return order;
}

/**
 * The rows to show, in `order` (null: as `all` lists them): those of `all` that are in `matching`,
 * which lists some of `all` in their roster order (the search and filters keep it).
 */
export function shownRows(all: readonly RosterRow[], matching: readonly RosterRow[], order: readonly number[] | null): readonly RosterRow[] {
  if (order === null) return matching;
  if (matching.length === all.length) return order.map((index) => all[index]!);
  // Mark the matching rows by walking both lists together; a list not in roster order falls back to a set.
  const shown = new Uint8Array(all.length);
  let next = 0;
  for (let index = 0; index < all.length && next < matching.length; index++) {
    if (all[index] === matching[next]) {
      shown[index] = 1;
      next++;
    }
  }
  if (next < matching.length) {
    const set = new Set(matching);
    all.forEach((row, index) => (shown[index] = set.has(row) ? 1 : 0));
  }
  const rows: RosterRow[] = [];
  for (const index of order) if (shown[index]) rows.push(all[index]!);
  return rows;
}
