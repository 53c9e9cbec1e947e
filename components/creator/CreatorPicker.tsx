import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useRosterSearch } from '@/components/app/useRosterSearch';
import { accountsOfCreator, linkAccount, mergeCreators } from '@/storage/accounts';
import { searchRoster } from '@/storage/creators';
import { type RosterMatch } from '@/utils/model/views';
import { storageErrorMessage } from '@/utils/model/errors';
import type { Account, Creator } from '@/utils/model/schemas';
import { statusLabel } from '@/utils/format';
import { accountLabel } from './history';

// Finding the other creator for "link an account" and "merge": search the roster, pick, then an
// explicit confirmation that names both creators, because a merge cannot be undone.

export type PickerMode = 'link' | 'merge';

type Step = { step: 'search' } | { step: 'account'; other: RosterMatch; accounts: Account[] } | { step: 'confirm'; other: RosterMatch; account: Account | null };

export function CreatorPicker({ mode, creator, onClose }: { mode: PickerMode; creator: Creator; onClose: (doneMessage?: string) => void }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [state, setState] = useState<Step>({ step: 'search' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const stepHeadingRef = useRef<HTMLHeadingElement>(null);

  // Each step replaces what was focused: move focus to the new step so it is read out.
  useEffect(() => {
    if (state.step === 'search') searchRef.current?.focus();
    else stepHeadingRef.current?.focus();
  }, [state]);

  const searchOthers = useCallback((q: string) => searchRoster(q, 10).then((found) => found.filter((m) => m.creatorId !== creator.id)), [creator.id]);
  const shownMatches = useRosterSearch(query, searchOthers);

  const choose = async (other: RosterMatch) => {
    setError(null);
    if (mode === 'merge') return setState({ step: 'confirm', other, account: null });
    try {
      const accounts = await accountsOfCreator(other.creatorId);
      if (accounts.length === 1) setState({ step: 'confirm', other, account: accounts[0]! });
      else setState({ step: 'account', other, accounts });
    } catch (e) {
      setError(storageErrorMessage(e));
    }
  };

  const confirm = async (other: RosterMatch, account: Account | null) => {
    setBusy(true);
    setError(null);
    try {
      if (mode === 'merge') {
        await mergeCreators(creator.id, other.creatorId, Date.now());
        onClose(`Merged ${other.displayName} into ${creator.displayName}.`);
      } else if (account) {
        const { removedCreatorId } = await linkAccount(account.id, creator.id, Date.now());
        const removed = removedCreatorId ? ` ${other.displayName} had nothing else, so they were removed.` : '';
        onClose(`Moved ${accountLabel(account)} to ${creator.displayName}.${removed}`);
      }
    } catch (e) {
      setError(`${mode === 'merge' ? 'Not merged' : 'Not linked'}: ${storageErrorMessage(e)}`);
      setBusy(false);
    }
  };

  const title = mode === 'merge' ? `Merge another creator into ${creator.displayName}` : `Link an account to ${creator.displayName}`;

  return (
    <div className="creator-picker" role="group" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{title}</h4>
      {state.step === 'search' && (
        <>
          <label htmlFor={`${id}-search`}>{mode === 'merge' ? 'Find the creator to merge' : 'Find the creator who has the account'}</label>
          <input
            ref={searchRef}
            id={`${id}-search`}
            type="search"
            autoComplete="off"
            value={query}
            aria-describedby={`${id}-search-hint`}
            onChange={(event) => setQuery(event.target.value)}
          />
          <p id={`${id}-search-hint`} className="form-field__hint">
            By name or handle.
          </p>
          {shownMatches !== null &&
            (shownMatches.length === 0 ? (
              <p role="status">No other creator matches “{query.trim()}”.</p>
            ) : (
              <ul className="creator-picker__results" aria-label="Matching creators">
                {shownMatches.map((match) => (
                  <li key={match.creatorId}>
                    <button type="button" className="button button--link" onClick={() => void choose(match)}>
                      {match.displayName}
                    </button>{' '}
                    <span className="creator-muted">
                      {match.handles.map((h) => `@${h}`).join(', ')} · {statusLabel(match.status)}
                    </span>
                  </li>
                ))}
              </ul>
            ))}
        </>
      )}

      {state.step === 'account' && (
        <>
          <h5 ref={stepHeadingRef} tabIndex={-1}>
            Which of {state.other.displayName}’s accounts?
          </h5>
          {state.accounts.length === 0 && <p>{state.other.displayName} has no accounts to link.</p>}
          <ul className="creator-picker__results">
            {state.accounts.map((account) => (
              <li key={account.id}>
                <button type="button" className="button button--link" onClick={() => setState({ step: 'confirm', other: state.other, account })}>
                  {accountLabel(account)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}

      {state.step === 'confirm' && (
        <div className="creator-picker__confirm">
          <h5 ref={stepHeadingRef} tabIndex={-1}>
            {mode === 'merge'
              ? `Merge ${state.other.displayName} into ${creator.displayName}?`
              : `Move ${state.account ? accountLabel(state.account) : 'the account'} from ${state.other.displayName} to ${creator.displayName}?`}
          </h5>
          <p>
            {mode === 'merge'
              ? `Everything of ${state.other.displayName} — accounts, timeline, agreements, reminders and campaigns — moves to ${creator.displayName}. Tags and strengths are joined, and details ${creator.displayName} is missing are filled in. ${state.other.displayName} is then removed. This cannot be undone.`
              : `Its follower history and posts move with it. If ${state.other.displayName} is left with nothing else, they are removed; otherwise they stay on your roster.`}
          </p>
          <div className="creator-section__actions">
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void confirm(state.other, state.account)}>
              {mode === 'merge' ? `Merge ${state.other.displayName} into ${creator.displayName}` : `Move to ${creator.displayName}`}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => setState({ step: 'search' })}>
              Back
            </button>
          </div>
        </div>
      )}

      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <button type="button" className="button button--link" onClick={() => onClose()}>
        Cancel
      </button>
    </div>
  );
}
