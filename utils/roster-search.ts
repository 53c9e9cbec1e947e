// Search as you type over 100,000 creators (issue 16): a keystroke that adds to the search can only
// narrow it, so only the rows the previous search kept are searched again. Each row's text is
// built once per roster read; `warmRosterSearch` builds it ahead, while the page is idle.
import type { RosterRow } from '@/utils/model/views';
import { activeFilterCount, filterRoster, buildSearchText, type RosterFilters } from './roster-filters';

export const searchWords = (query: string): string[] => query.toLowerCase().split(/\s+/).filter(Boolean);

/** Whether every row matching `words` also matches `earlier`: each earlier word is part of a word now. */
export function narrows(words: readonly string[], earlier: readonly string[]): boolean {
  return earlier.every((old) => words.some((word) => word.includes(old)));
}

/** `actor`: this user's team name (the Owner filter's "Mine"); null in no team. */
export type RosterMatcher = (rows: RosterRow[], query: string, filters: RosterFilters, actor?: string | null) => RosterRow[];

/** Each row's search text, by place, per list of rows (a new roster from the database is a new list). */
const textsByList = new WeakMap<readonly RosterRow[], string[]>();

function textsOf(rows: readonly RosterRow[]): string[] {
  let texts = textsByList.get(rows);
  if (!texts) textsByList.set(rows, (texts = new Array<string>(rows.length)));
  return texts;
}

/** The places of the rows (among `from`, or all) whose text holds every word. */
function find(rows: readonly RosterRow[], words: readonly string[], from: Int32Array | null): Int32Array {
  const texts = textsOf(rows);
  const count = from ? from.length : rows.length;
  const found = new Int32Array(count);
  let kept = 0;
  for (let k = 0; k < count; k++) {
    const index = from ? from[k]! : k;
    const text = (texts[index] ??= buildSearchText(rows[index]!));
    let all = true;
    for (const word of words) {
      if (!text.includes(word)) {
        all = false;
        break;
      }
    }
    if (all) found[kept++] = index;
  }
  return found.subarray(0, kept);
}

/** Marks the rows of `all` that `some` keeps (in the same order). */
function marks(all: readonly RosterRow[], some: readonly RosterRow[]): Uint8Array {
  const marked = new Uint8Array(all.length);
  for (let index = 0, next = 0; index < all.length && next < some.length; index++) {
    if (all[index] === some[next]) {
      marked[index] = 1;
      next++;
    }
  }
  return marked;
}

const sameWords = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((word, k) => word === b[k]);

/**
 * `filterRoster`, in parts that are kept between calls: the filters' verdict per row (until the
 * rows or the filters change), and the search's matches, by place (until the rows or the words
 * change; a search that narrows the last one looks only among its matches). Same rows, same order.
 */
export function rosterMatcher(): RosterMatcher {
  let filtered: { rows: RosterRow[]; filters: RosterFilters; actor: string | null; pass: Uint8Array | null } | null = null;
  let searched: { rows: RosterRow[]; words: string[]; found: Int32Array | null } | null = null;
  return (rows, query, filters, actor = null) => {
    if (filtered?.rows !== rows || filtered.filters !== filters || filtered.actor !== actor) {
      filtered = { rows, filters, actor, pass: activeFilterCount(filters) ? marks(rows, filterRoster(rows, '', filters, actor)) : null };
    }
    const words = searchWords(query);
    if (searched?.rows !== rows || !sameWords(searched.words, words)) {
      const from = searched?.rows === rows && searched.found && narrows(words, searched.words) ? searched.found : null;
      searched = { rows, words, found: words.length ? find(rows, words, from) : null };
    }
    const { pass } = filtered;
    const { found } = searched;
    const matches: RosterRow[] = [];
    if (found) {
      for (const index of found) if (!pass || pass[index]) matches.push(rows[index]!);
    } else if (pass) {
      for (let index = 0; index < rows.length; index++) if (pass[index]) matches.push(rows[index]!);
    } else return rows;
    return matches;
  };
}

/**
 * Build each row's search text ahead, a few milliseconds at a time while the page is idle (at least
 * every 50 ms on a busy page), so that the first keystroke does not build 100,000 of them. Returns
 * a function that stops it.
 */
export function warmRosterSearch(rows: readonly RosterRow[], budgetMs = 8): () => void {
  let next = 0;
  let handle: ReturnType<typeof setTimeout> | number | null = null;
  const idle = typeof requestIdleCallback === 'function';
  const texts = textsOf(rows);
  const step = () => {
    const until = performance.now() + budgetMs;
    do {
      const end = Math.min(rows.length, next + 256);
      for (; next < end; next++) texts[next] ??= buildSearchText(rows[next]!);
    } while (next < rows.length && performance.now() < until);
    if (next < rows.length) schedule();
    else handle = null;
  };
  const schedule = () => {
    handle = idle ? requestIdleCallback(step, { timeout: 50 }) : setTimeout(step, 0);
  };
  schedule();
  return () => {
    if (handle === null) return;
    if (idle) cancelIdleCallback(handle as number);
    else clearTimeout(handle);
  };
}
