import { useEffect, useState } from 'react';
import type { RosterMatch } from '@/utils/model/views';

// Finding a creator on the roster as the user types, for every picker (agreements, campaigns,
// link and merge, reminders, templates' preview, the popup). The search itself is passed in — the
// database in the options page, a message to the background in the popup — so this file pulls in
// no storage code.

export type RosterSearch = (query: string) => Promise<RosterMatch[]>;

/**
 * The matches for `query`: `null` while it is empty or its answer is on its way (an answer to an
 * earlier query is never shown for a newer one). A search that fails finds nothing.
 * `search` must keep its identity between renders (a module-level function, or `useCallback`).
 */
export function useRosterSearch(query: string, search: RosterSearch): RosterMatch[] | null {
  const [found, setFound] = useState<{ query: string; matches: RosterMatch[] } | null>(null);
  useEffect(() => {
    if (!query.trim()) return;
    let current = true;
    const show = (matches: RosterMatch[]) => {
      if (current) setFound({ query, matches });
    };
    search(query).then(show, () => show([]));
    return () => {
      current = false;
    };
  }, [query, search]);
  return query.trim() && found?.query === query ? found.matches : null;
}
