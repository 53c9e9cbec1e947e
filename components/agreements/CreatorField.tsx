import { useState } from 'react';
import { useRosterSearch } from '@/components/app/useRosterSearch';
import { searchRoster } from '@/storage/creators';
import type { FieldKit } from './field-kit';
import { creatorHref } from '@/utils/routes';

// Who the agreement is with: fixed when the builder was opened from a creator, else picked from the
// roster by name or handle.

export interface ChosenCreator {
  id: string;
  displayName: string;
}

export function CreatorField({ kit, chosen, fixed, onChoose }: { kit: FieldKit; chosen: ChosenCreator | null; fixed: boolean; onChoose: (creator: ChosenCreator | null) => void }) {
  const [query, setQuery] = useState('');
  const matches = useRosterSearch(query, searchRoster);

  if (chosen) {
    return (
      <div className="form-field">
        <span className="agreement-form__label">Creator</span>
        <p className="agreement-form__value">
          <a href={creatorHref(chosen.id)}>{chosen.displayName}</a>
          {!fixed && (
            <>
              {' '}
              <button type="button" className="button button--link" onClick={() => onChoose(null)}>
                Choose another creator
              </button>
            </>
          )}
        </p>
        {kit.error('creator')}
      </div>
    );
  }

  return (
    <div className="form-field">
      <label htmlFor={kit.id('creator')}>Creator</label>
      <input
        id={kit.id('creator')}
        className="input"
        type="search"
        placeholder="Name or @handle"
        autoComplete="off"
        value={query}
        {...kit.aria('creator', { hint: true })}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p id={kit.hintId('creator')} className="form-field__hint">
        Type to search your roster, then choose the creator.
      </p>
      {matches?.length === 0 && <p className="form-field__hint">No creator on your roster matches “{query}”.</p>}
      {matches && matches.length > 0 && (
        <ul className="plain" aria-label={`Creators matching ${query}`}>
          {matches.map((m) => (
            <li key={m.creatorId}>
              <button type="button" className="button button--link" onClick={() => onChoose({ id: m.creatorId, displayName: m.displayName })}>
                {m.displayName}
              </button>{' '}
              <span className="form-field__hint">{m.handles.map((h) => `@${h}`).join(', ')}</span>
            </li>
          ))}
        </ul>
      )}
      {kit.error('creator')}
    </div>
  );
}
