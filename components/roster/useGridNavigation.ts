import { useCallback, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

// The roster table as an ARIA grid (https://www.w3.org/WAI/ARIA/apg/patterns/grid/): one Tab stop
// for the whole table, and the arrow keys move between cells — up and down through rows (the header
// row included), left and right along a row; Home and End go to a row's first and last cell,
// Ctrl+Home and Ctrl+End to the first and last row, Page Up and Page Down ten rows at a time. Focus
// lands on the cell's control (checkbox, link, sort button) where it has one, else on the cell.
// Rows are virtualized: moving to a row not rendered scrolls it into view first, then focuses it.

const FOCUSABLE = 'a[href], button, input, select, textarea';
const PAGE = 10;

export interface GridPosition {
  /** The row's aria-rowindex: 1 is the header row, 2 the first creator. */
  row: number;
  /** The cell's place in its row, from 0. */
  col: number;
}

function targetIn(table: HTMLTableElement, { row, col }: GridPosition): HTMLElement | null {
  const tr = table.querySelector<HTMLTableRowElement>(`tr[aria-rowindex="${row}"]`);
  const cell = tr?.cells[Math.min(col, tr.cells.length - 1)];
  if (!cell) return null;
  return cell.querySelector<HTMLElement>(FOCUSABLE) ?? cell;
}

/** Where a key moves to from `from`, in a grid of `lastRow` rows (aria-rowindex) and `columns` cells a row; null for other keys. */
export function moveFor(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey'>, from: GridPosition, lastRow: number, columns: number): GridPosition | null {
  const clampRow = (row: number) => Math.max(1, Math.min(lastRow, row));
  const ctrl = event.ctrlKey || event.metaKey;
  switch (event.key) {
    case 'ArrowDown':
      return { ...from, row: clampRow(from.row + 1) };
    case 'ArrowUp':
      return { ...from, row: clampRow(from.row - 1) };
    case 'ArrowRight':
      return { ...from, col: Math.min(columns - 1, from.col + 1) };
    case 'ArrowLeft':
      return { ...from, col: Math.max(0, from.col - 1) };
    case 'Home':
      return ctrl ? { row: Math.min(2, lastRow), col: 0 } : { ...from, col: 0 };
    case 'End':
      return ctrl ? { row: lastRow, col: columns - 1 } : { ...from, col: columns - 1 };
    case 'PageDown':
      return { ...from, row: clampRow(from.row + PAGE) };
    case 'PageUp':
      return { ...from, row: clampRow(Math.max(2, from.row - PAGE)) };
    default:
      return null;
  }
}

/**
 * Roving focus for a table of `rowCount` body rows and `columns` cells a row. `scrollToRow` brings a
 * body row (0-based) into the rendered window.
 */
export function useGridNavigation(table: RefObject<HTMLTableElement | null>, rowCount: number, columns: number, scrollToRow: (index: number) => void) {
  const [active, setActive] = useState<GridPosition>({ row: 2, col: 0 });
  const focusPending = useRef(false);
  const lastRow = rowCount + 1;
  const current = { row: Math.min(active.row, lastRow), col: Math.min(active.col, columns - 1) };

  // After every render (rows come and go as the table scrolls): exactly one Tab stop, on the active
  // cell, or on the first rendered row's cell in that column while the active row is scrolled away.
  useLayoutEffect(() => {
    const element = table.current;
    if (!element) return;
    let target = targetIn(element, current);
    if (!target) {
      const first = element.querySelector<HTMLTableRowElement>('tbody tr[aria-rowindex]');
      const row = Number(first?.getAttribute('aria-rowindex') ?? 1);
      target = targetIn(element, { row, col: current.col });
    }
    for (const cell of element.querySelectorAll<HTMLElement>(`th, td, ${FOCUSABLE}`)) {
      if (cell.closest('tr[aria-hidden="true"]')) continue;
      const tabIndex = cell === target ? '0' : '-1';
      if (cell.getAttribute('tabindex') !== tabIndex) cell.setAttribute('tabindex', tabIndex);
    }
    if (focusPending.current && target && targetIn(element, current) === target) {
      focusPending.current = false;
      target.focus();
    }
  });

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTableElement>) => {
      const element = event.currentTarget;
      const cell = (event.target as HTMLElement).closest('th, td');
      const tr = cell?.parentElement as HTMLTableRowElement | null;
      if (!cell || !tr?.hasAttribute('aria-rowindex')) return;
      const from = { row: Number(tr.getAttribute('aria-rowindex')), col: (cell as HTMLTableCellElement).cellIndex };
      const to = moveFor(event, from, lastRow, columns);
      if (!to) return;
      event.preventDefault();
      setActive(to);
      const target = targetIn(element, to);
      if (target) target.focus();
      else {
        focusPending.current = true;
        scrollToRow(to.row - 2);
      }
    },
    [lastRow, columns, scrollToRow],
  );

  /** A click or Tab into a cell makes it the active one. */
  const onFocus = useCallback((event: FocusEvent<HTMLTableElement>) => {
    const cell = (event.target as HTMLElement).closest('th, td') as HTMLTableCellElement | null;
    const tr = cell?.parentElement;
    if (!cell || !tr?.hasAttribute('aria-rowindex')) return;
    const position = { row: Number(tr.getAttribute('aria-rowindex')), col: cell.cellIndex };
    setActive((was) => (was.row === position.row && was.col === position.col ? was : position));
  }, []);

  return { onKeyDown, onFocus };
}
