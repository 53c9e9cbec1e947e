import { useId, useState } from 'react';
import { searchRoster } from '@/storage/creators';
import { type RosterMatch } from '@/utils/model/views';
import { useRosterSearch } from './useRosterSearch';

/** Pick a creator from the roster by name or handle: type, then choose one of the matches. */
export function CreatorSearchSelect({ label, selected, onSelect }: { label: string; selected: RosterMatch | null; onSelect: (match: RosterMatch | null) => void }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const matches = useRosterSearch(query, searchRoster);

  if (selected) {
    return (
      <p className="creator-select">
        <span className="creator-select__label">{label}:</span> <strong>{selected.displayName}</strong>{' '}
        <button type="button" className="button button--link" onClick={() => onSelect(null)}>
          Change {label.toLowerCase()}
        </button>
      </p>
    );
  }
  return (
    <div className="field creator-select">
      <label htmlFor={id}>{label}</label>
      <input id={id} className="input" type="search" placeholder="Name or @handle" value={query} onChange={(e) => setQuery(e.target.value)} />
      {matches?.length === 0 && <p className="muted">No creator matches “{query}”.</p>}
      {matches && matches.length > 0 && (
        <ul className="plain" aria-label={`Creators matching ${query}`}>
          {matches.map((m) => (
            <li key={m.creatorId}>
              <button
                type="button"
                className="button button--link"
                onClick={() => {
                  // The pick replaces the search: its text would otherwise come back on "Change".
                  setQuery('');
                  onSelect(m);
                }}
              >
                {m.displayName}
              </button>{' '}
              <span className="muted">{m.handles.map((h) => `@${h}`).join(', ')}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
