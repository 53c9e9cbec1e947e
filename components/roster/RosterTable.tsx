import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type OnChangeFn,
  type Row,
  type RowSelectionState,
  type SortingState,
} from '@tanstack/react-table';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useId, useMemo, useRef } from 'react';
import type { RosterRow } from '@/utils/model/views';
import { formatDate, platformName, statusLabel } from '@/utils/format';
import { ObservedNumber } from '@/components/creator/ObservedNumber';
import { EngagementFigure } from '@/components/EngagementFigure';
import { tierLabel } from '@/utils/scoring/tier';
import { TIERS } from '@/utils/model/tiers';
import { creatorHref } from '@/utils/routes';
import { ErrorBoundary, recordName } from '@/components/app/ErrorBoundary';
import { useGridNavigation } from './useGridNavigation';
import { shownRows, sortedOrder } from './roster-order';

const ROW_HEIGHT = 44;

/**
 * One creator's row: its own component, so that a cell that fails to render is caught by the row's
 * boundary. Drawn again only when its creator, place or selection changes (not on every keystroke).
 */
const RosterRowView = memo(
  function RosterRowView({ row, rowIndex }: { row: Row<RosterRow>; rowIndex: number; selected: boolean }) {
  return (
    <tr aria-rowindex={rowIndex} aria-selected={row.getIsSelected()} style={{ height: ROW_HEIGHT }}>
      {row.getVisibleCells().map((cell) => {
        const meta = cell.column.columnDef.meta as ColumnMeta | undefined;
        const numeric = meta?.numeric;
        // A long cell ends in "…"; its whole text is offered on hover.
        const title = meta?.title?.(row.original) || undefined;
        return cell.column.id === 'name' ? (
          <th key={cell.id} scope="row">
            {flexRender(cell.column.columnDef.cell, cell.getContext())}
          </th>
        ) : (
          <td key={cell.id} className={numeric ? 'num' : undefined} title={title}>
            {flexRender(cell.column.columnDef.cell, cell.getContext())}
          </td>
        );
      })}
    </tr>
  );
  },
  (before, after) => before.row.original === after.row.original && before.rowIndex === after.rowIndex && before.selected === after.selected,
);

/** Missing values are undefined, so that they sort last whichever way a column is sorted. */
const orUndefined = <T,>(value: T | null): T | undefined => value ?? undefined;
const NUMBER = { sortingFn: 'basic', sortUndefined: 'last', sortDescFirst: true } as const;
const TEXT = { sortingFn: 'text', sortUndefined: 'last', sortDescFirst: false } as const;

const platformsText = (r: RosterRow) => r.accounts.map((a) => `${platformName(a.platform)} @${a.handle}`).join(', ');

/** What a column's cells may carry besides their content: right-aligned numbers, the full text of a cell cut short. */
interface ColumnMeta {
  numeric?: boolean;
  title?: (row: RosterRow) => string;
}

function columns(): Array<ColumnDef<RosterRow>> {
  return [
    {
      id: 'select',
      enableSorting: false,
      // Drawn by RosterTable itself: "all" is every row shown, not every row the table holds.
      header: () => null,
      cell: ({ row }) => (
        <input type="checkbox" aria-label={`Select ${row.original.creator.displayName}`} checked={row.getIsSelected()} onChange={row.getToggleSelectedHandler()} />
      ),
    },
    {
      id: 'name',
      header: 'Name',
      accessorFn: (r) => r.creator.displayName,
      ...TEXT,
      cell: ({ row }) => (
        <>
          <a href={creatorHref(row.original.creator.id)} className="roster__name">
            {row.original.creator.displayName}
          </a>
          {row.original.creator.ambassador && (
            <span className="badge-mark" title="Ambassador">
              {' '}★<span className="sr-only"> ambassador</span>
            </span>
          )}
          {row.original.creator.toVet && <span className="chip">to vet</span>}
        </>
      ),
    },
    {
      id: 'platforms',
      header: 'Platforms',
      accessorFn: (r) => r.platforms.join(' '),
      ...TEXT,
      cell: ({ row }) => platformsText(row.original),
      meta: { title: platformsText },
    },
    {
      id: 'followers',
      accessorFn: (r) => orUndefined(r.followers),
      header: 'Followers',
      ...NUMBER,
      // As precise as the page showed it: "≈6.2M" for a rounded count, never "6,200,000".
      cell: ({ row }) =>
        row.original.followers === null ? '—' : <ObservedNumber count={{ value: row.original.followers, precision: row.original.followersPrecision }} />,
      meta: { numeric: true },
    },
    {
      id: 'engagement',
      accessorFn: (r) => orUndefined(r.engagementRate),
      header: 'Engagement',
      ...NUMBER,
      cell: ({ row }) => <EngagementFigure rate={row.original.engagementRate} method={row.original.engagementMethod} />,
      meta: { numeric: true },
    },
    {
      id: 'fit',
      accessorFn: (r) => orUndefined(r.fitScore),
      header: 'Fit',
      ...NUMBER,
      cell: ({ row }) => row.original.fitScore ?? '—',
      meta: { numeric: true },
    },
    {
      id: 'tier',
      accessorFn: (r) => (r.tier ? TIERS.indexOf(r.tier) : undefined),
      header: 'Tier',
      ...NUMBER,
      cell: ({ row }) => (row.original.tier ? tierLabel(row.original.tier) : '—'),
    },
    {
      id: 'status',
      accessorFn: (r) => r.creator.status,
      header: 'Stage',
      ...TEXT,
      cell: ({ row }) => statusLabel(row.original.creator.status),
    },
    {
      id: 'tags',
      accessorFn: (r) => orUndefined(r.creator.tags.join(', ') || null),
      header: 'Tags',
      ...TEXT,
      cell: ({ row }) => row.original.creator.tags.join(', '),
      meta: { title: (r: RosterRow) => r.creator.tags.join(', ') },
    },
    {
      id: 'strengths',
      accessorFn: (r) => orUndefined(r.creator.strengths.join(', ') || null),
      header: 'Strengths',
      ...TEXT,
      cell: ({ row }) => row.original.creator.strengths.join(', '),
      meta: { title: (r: RosterRow) => r.creator.strengths.join(', ') },
    },
    {
      // Shown in a team only (see `showOwner`).
      id: 'owner',
      accessorFn: (r) => orUndefined(r.creator.owner ?? null),
      header: 'Owner',
      ...TEXT,
      cell: ({ row }) => row.original.creator.owner ?? '—',
    },
    {
      id: 'lastContacted',
      accessorFn: (r) => orUndefined(r.creator.lastContactedAt),
      header: 'Last contacted',
      ...NUMBER,
      cell: ({ row }) => (row.original.creator.lastContactedAt ? formatDate(row.original.creator.lastContactedAt) : '—'),
    },
    {
      id: 'nextReminder',
      accessorFn: (r) => orUndefined(r.nextReminderAt),
      header: 'Next reminder',
      ...NUMBER,
      cell: ({ row }) => (row.original.nextReminderAt ? formatDate(row.original.nextReminderAt) : '—'),
    },
  ];
}

interface Props {
  /** Every creator, in the roster's order; `rows`, the ones that match the search and filters (in that order), are shown. */
  allRows: RosterRow[];
  rows: RosterRow[];
  sorting: SortingState;
  onSortingChange: OnChangeFn<SortingState>;
  selection: RowSelectionState;
  onSelectionChange: OnChangeFn<RowSelectionState>;
  /** The Owner column: in a team only. */
  showOwner?: boolean;
}

/**
 * The roster as a table that stays smooth at 100,000 rows: the order is computed once per sort on
 * plain arrays (roster-order.ts), TanStack Virtual renders only the rows in view (with
 * aria-rowcount/aria-rowindex so screen readers still know where they are), and TanStack Table is
 * given only those rows (its headers, cells and selection): a table model of every row cost
 * kilobytes per creator and a pass over all of them per keystroke.
 */
export const RosterTable = memo(function RosterTable({ allRows, rows, sorting, onSortingChange, selection, onSelectionChange, showOwner = false }: Props) {
  const columnDefs = useMemo(columns, []);
  const order = useMemo(() => sortedOrder(allRows, sorting, columnDefs), [allRows, sorting, columnDefs]);
  const tableRows = useMemo(() => shownRows(allRows, rows, order), [allRows, rows, order]);
  const scroller = useRef<HTMLDivElement>(null);
  const selectedCount = Object.keys(selection).length;
  const shownSelected = selectedCount === 0 ? 0 : tableRows.reduce((n, row) => (selection[row.creator.id] ? n + 1 : n), 0);
  const allShownSelected = tableRows.length > 0 && shownSelected === tableRows.length;
  const selectShown = (select: boolean) => {
    const next = { ...selection };
    for (const row of tableRows) {
      if (select) next[row.creator.id] = true;
      else delete next[row.creator.id];
    }
    onSelectionChange(next);
  };
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // Where the scroller has no height yet (hidden, or no layout at all as in jsdom), render a
    // window's worth of rows rather than none.
    observeElementRect: (instance, onRect) =>
      observeElementRect(instance, (rect) => onRect(rect.height > 0 ? rect : { width: rect.width || 1200, height: 800 })),
  });
  const items = virtualizer.getVirtualItems();
  const inView = useMemo(() => (items.length ? tableRows.slice(items[0]!.index, items[items.length - 1]!.index + 1) : []), [items, tableRows]);
  const table = useReactTable({
    data: inView,
    columns: columnDefs,
    state: { sorting, rowSelection: selection, columnVisibility: { owner: showOwner } },
    getRowId: (row) => row.creator.id,
    onSortingChange,
    onRowSelectionChange: onSelectionChange,
    enableRowSelection: true,
    enableSortingRemoval: false,
    manualSorting: true,
    getCoreRowModel: getCoreRowModel(),
  });
  const viewRows = table.getRowModel().rows;
  const before = items[0]?.start ?? 0;
  const after = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  const columnCount = columnDefs.length - (showOwner ? 0 : 1);
  const tableRef = useRef<HTMLTableElement>(null);
  const hintId = useId();
  const scrollToRow = useCallback((index: number) => virtualizer.scrollToIndex(index), [virtualizer]);
  const grid = useGridNavigation(tableRef, tableRows.length, columnCount, scrollToRow);

  return (
    <div className="roster__scroller" ref={scroller} tabIndex={-1}>
      <p id={hintId} className="sr-only">
        Arrow keys move between cells; Home and End go to the start and end of a row.
      </p>
      <table
        ref={tableRef}
        className="roster"
        role="grid"
        aria-rowcount={tableRows.length + 1}
        aria-label="Creators"
        aria-describedby={hintId}
        onKeyDown={grid.onKeyDown}
        onFocus={grid.onFocus}
      >
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const numeric = (header.column.columnDef.meta as ColumnMeta | undefined)?.numeric;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={numeric ? 'num' : undefined}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : header.column.getCanSort() ? 'none' : undefined}
                  >
                    {header.column.id === 'select' ? (
                      <input
                        type="checkbox"
                        aria-label="Select all creators shown"
                        checked={allShownSelected}
                        ref={(el) => {
                          if (el) el.indeterminate = shownSelected > 0 && !allShownSelected;
                        }}
                        onChange={(e) => selectShown(e.target.checked)}
                      />
                    ) : header.column.getCanSort() ? (
                      <button type="button" className="sort" onClick={header.column.getToggleSortingHandler()}>
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                      </button>
                    ) : (
                      flexRender(header.column.columnDef.header, header.getContext())
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {before > 0 && (
            <tr aria-hidden="true" style={{ height: before }}>
              <td colSpan={columnCount} />
            </tr>
          )}
          {items.map((item, k) => {
            const row = viewRows[k];
            if (!row) return null;
            // One odd record names itself in its row; the rest of the roster stays usable.
            return (
              <ErrorBoundary
                key={row.id}
                what={`The row of “${recordName(row.original.creator.displayName)}”`}
                resetKey={row.original}
                fallback={(message) => (
                  <tr aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                    <td colSpan={columnCount} className="error-boundary">
                      <span role="alert">{message}</span>
                    </td>
                  </tr>
                )}
              >
                <RosterRowView row={row} rowIndex={item.index + 2} selected={row.getIsSelected()} />
              </ErrorBoundary>
            );
          })}
          {after > 0 && (
            <tr aria-hidden="true" style={{ height: after }}>
              <td colSpan={columnCount} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
});
