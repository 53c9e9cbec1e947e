import type { RowSelectionState, SortingState } from '@tanstack/react-table';
import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { useStoredValue } from '@/components/app/useStoredValue';
import { useRoster } from '@/components/data/roster';
import { useTeamActor, useTeammates } from '@/components/data/team';
import { brandProfile } from '@/utils/browser/brand-profile-store';
import { activeFilterCount, NO_FILTERS, type RosterFilters } from '@/utils/roster-filters';
import { rosterMatcher, warmRosterSearch } from '@/utils/roster-search';
import { BulkBar } from './BulkBar';
import { RosterFiltersPanel } from './RosterFiltersPanel';
import { RosterTable } from './RosterTable';
import { SavedViews } from './SavedViews';
import './roster.css';

/** The roster: every saved creator, searchable, filterable, sortable, with bulk actions. */
export function RosterPage() {
  const rows = useRoster();
  const profile = useStoredValue(brandProfile);
  const id = useId();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<RosterFilters>(NO_FILTERS);
  const [sorting, setSorting] = useState<SortingState>([]);
  const [selection, setSelection] = useState<RowSelectionState>({});
  const [showFilters, setShowFilters] = useState(false);
  // In a team: an Owner column and filter. A user in no team sees neither.
  const actor = useTeamActor();
  const teammates = useTeammates();
  const team = useMemo(() => (actor ? { actor, teammates } : undefined), [actor, teammates]);

  // The box shows each keystroke at once; the table follows as soon as it is computed (a keystroke
  // typed meanwhile replaces it). A search that narrows the last one looks only at its matches.
  const shownQuery = useDeferredValue(query);
  const [matcher] = useState(rosterMatcher);
  const visible = useMemo(() => (rows ? matcher(rows, shownQuery, filters, actor) : []), [matcher, rows, shownQuery, filters, actor]);
  useEffect(() => (rows ? warmRosterSearch(rows) : undefined), [rows]);
  const tags = useMemo(() => [...new Set((rows ?? []).flatMap((r) => r.creator.tags))].sort((a, b) => a.localeCompare(b)), [rows]);
  // Bulk actions act on what is selected and still shown.
  const selectedIds = useMemo(() => {
    const chosen = new Set(Object.keys(selection).filter((key) => selection[key]));
    return chosen.size === 0 ? [] : visible.filter((r) => chosen.has(r.creator.id)).map((r) => r.creator.id);
  }, [visible, selection]);
  const filterCount = activeFilterCount(filters);

  // For `npm run bench`: when the first rows are on screen.
  useEffect(() => {
    if (rows) performance.mark('creator-scout:roster-ready');
  }, [rows]);

  if (rows === undefined) return <p role="status">Loading your roster…</p>;

  return (
    <section className="roster-page" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Roster</h2>
      {profile === null && rows.length > 0 && (
        <p className="muted" data-testid="fit-unset">
          No fit is scored until you <a href="#/brand">set your brand profile</a> (what the fit score looks for).
        </p>
      )}
      {rows.length === 0 ? (
        <div className="empty">
          <h3>Your shortlist is empty</h3>
          <p>
            Open a creator’s profile on Instagram, TikTok, YouTube, X or Bluesky, click the Creator Scout button in the toolbar and press{' '}
            <strong>Save to shortlist</strong> — or import a list from <a href="#/import-export">Import and export</a>.
          </p>
          <p>
            New here? <a href="#/welcome">Set up Creator Scout</a>: your brand profile (what the fit score looks for) and the details your
            messages are signed with.
          </p>
        </div>
      ) : (
        <>
          <div className="roster__toolbar">
            <label htmlFor={`${id}-search`} className="sr-only">
              Search creators by name, handle, tag, strength or contact
            </label>
            <input
              id={`${id}-search`}
              className="input roster__search"
              type="search"
              placeholder="Search name, @handle, tag, strength…"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
            <button type="button" className="button" aria-expanded={showFilters} aria-controls={`${id}-filters`} onClick={() => setShowFilters(!showFilters)}>
              Filters{filterCount ? ` (${filterCount})` : ''}
            </button>
            {filterCount > 0 && (
              <button type="button" className="button button--link" onClick={() => setFilters(NO_FILTERS)}>
                Clear filters
              </button>
            )}
            <SavedViews
              current={{ query, filters, sorting }}
              onApply={(view) => {
                setQuery(view.query);
                setFilters(view.filters);
                setSorting(view.sorting);
              }}
            />
          </div>
          <div id={`${id}-filters`} hidden={!showFilters}>
            <RosterFiltersPanel filters={filters} tags={tags} onChange={setFilters} team={team} />
          </div>
          <p className="roster__count" role="status" data-testid="roster-count" data-query={shownQuery}>
            Showing {visible.length.toLocaleString('en-US')} of {rows.length.toLocaleString('en-US')} creators
          </p>
          <BulkBar selectedIds={selectedIds} onDeleted={() => setSelection({})} />
          {visible.length === 0 ? (
            <p className="muted">No creator matches this search and these filters.</p>
          ) : (
            <RosterTable
              allRows={rows}
              rows={visible}
              sorting={sorting}
              onSortingChange={setSorting}
              selection={selection}
              onSelectionChange={setSelection}
              showOwner={actor !== null}
            />
          )}
        </>
      )}
    </section>
  );
}
