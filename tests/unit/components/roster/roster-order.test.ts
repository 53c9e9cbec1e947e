import type { ColumnDef } from '@tanstack/react-table';
import { describe, expect, it } from 'vitest';
import { shownRows, sortedOrder } from '@/components/roster/roster-order';
import type { RosterRow } from '@/utils/model/views';

const row = (name: unknown, followers: number | null) => ({ creator: { displayName: name }, followers }) as unknown as RosterRow;
const rows = [row('bea', 50), row('Ana', null), row('carl', 50), row('ana', 900), row({ damaged: true }, 10)];
const columns: Array<ColumnDef<RosterRow>> = [
  { id: 'select', enableSorting: false },
  { id: 'name', accessorFn: (r) => r.creator.displayName, sortingFn: 'text', sortUndefined: 'last' },
  { id: 'followers', accessorFn: (r) => r.followers ?? undefined, sortingFn: 'basic', sortUndefined: 'last' },
];
const names = (list: readonly RosterRow[]) => list.map((r) => (typeof r.creator.displayName === 'string' ? r.creator.displayName : '(damaged)'));
const order = (sorting: Array<{ id: string; desc: boolean }>) => {
  const found = sortedOrder(rows, sorting, columns);
  return found && names(found.map((i) => rows[i]!));
};

describe('sortedOrder', () => {
  it('keeps the roster’s order when nothing is sorted, or only a column that cannot be', () => {
    expect(order([])).toBeNull();
    expect(order([{ id: 'select', desc: false }])).toBeNull();
  });

  it('sorts text ignoring case (a name that is not text as empty), ties in roster order', () => {
    expect(order([{ id: 'name', desc: false }])).toEqual(['(damaged)', 'Ana', 'ana', 'bea', 'carl']);
    expect(order([{ id: 'name', desc: true }])).toEqual(['carl', 'bea', 'Ana', 'ana', '(damaged)']);
  });

  it('keeps a missing number last whichever way, and sorts on a second column within ties', () => {
    expect(order([{ id: 'followers', desc: true }])).toEqual(['ana', 'bea', 'carl', '(damaged)', 'Ana']);
    expect(order([{ id: 'followers', desc: false }])).toEqual(['(damaged)', 'bea', 'carl', 'ana', 'Ana']);
    expect(order([{ id: 'followers', desc: false }, { id: 'name', desc: true }])).toEqual(['(damaged)', 'carl', 'bea', 'ana', 'Ana']);
  });
});

describe('shownRows', () => {
  it('shows the matching rows in the sorted order', () => {
    const byFollowers = sortedOrder(rows, [{ id: 'followers', desc: true }], columns);
    expect(names(shownRows(rows, [rows[0]!, rows[1]!, rows[3]!], byFollowers))).toEqual(['ana', 'bea', 'Ana']);
    expect(names(shownRows(rows, rows, byFollowers))).toEqual(['ana', 'bea', 'carl', '(damaged)', 'Ana']);
    expect(shownRows(rows, [rows[2]!], null)).toEqual([rows[2]]);
    // Matches listed out of the roster's order are still all found.
    expect(names(shownRows(rows, [rows[3]!, rows[0]!], byFollowers))).toEqual(['ana', 'bea']);
  });
});
