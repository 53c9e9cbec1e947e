import { useEffect } from 'react';
import { AfterSave } from './AfterSave';
import { FeedPausedNotice } from './FeedPausedNotice';
import { HomeView } from './HomeView';
import { InTouchNotice } from './InTouchNotice';
import type { PopupApi } from './popup-api';
import { PostCard } from './PostCard';
import { ProfileCard } from './ProfileCard';
import { usePopup, type PopupState, type SaveState } from './usePopup';

function SaveArea({ state, save, onSave, api }: { state: Extract<PopupState, { kind: 'profile' }>; save: SaveState; onSave: () => void; api: PopupApi }) {
  const account = state.status?.state;
  const saved = account?.saved ? account : null;
  if (save.kind === 'saved') {
    return (
      <AfterSave api={api} creatorId={save.result.creatorId} created={save.result.created} initialStatus={saved?.creator.status ?? 'shortlisted'} />
    );
  }
  return (
    <div className="save-area">
      <button
        type="button"
        className="button button--primary"
        onClick={onSave}
        aria-disabled={save.kind === 'saving'}
        // A popup opens for one task; focusing it lets Enter save, and a screen reader lands on it.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
      >
        {save.kind === 'saving' ? 'Saving…' : saved ? 'Save again (new snapshot)' : 'Save to shortlist'}
      </button>
      {saved && (
        <button type="button" className="button button--link" onClick={() => api.openRoster(saved.creator.id)}>
          Open in roster
        </button>
      )}
      {save.kind === 'failed' && (
        <p className="error" role="alert">
          {save.message}
        </p>
      )}
    </div>
  );
}

export function Popup({ api }: { api: PopupApi }) {
  const { state, save, saveProfile } = usePopup(api);

  // For `npm run bench`: when the scored card is on screen.
  useEffect(() => {
    if (state.kind === 'profile' && state.status) performance.mark('creator-scout:scored-card');
  }, [state]);

  return (
    <main className="popup">
      <header className="popup__bar">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <span className="popup__brand">Creator Scout</span>
        <button type="button" className="button button--link popup__roster" onClick={() => api.openRoster()}>
          Roster
        </button>
      </header>

      <FeedPausedNotice api={api} />
      {state.kind === 'loading' && (
        <p className="popup__message" role="status">
          Reading the page…
        </p>
      )}
      {state.kind === 'home' && <HomeView api={api} reason={state.reason} platform={state.platform} />}
      {state.kind === 'error' && (
        <p className="popup__message error" role="alert">
          {state.message}
        </p>
      )}
      {state.kind === 'post' && state.author?.saved && <InTouchNotice api={api} accountId={state.author.accountId} team={state.author.team} />}
      {state.kind === 'post' && <PostCard reading={state.reading} author={state.author} onOpenRoster={api.openRoster} api={api} />}
      {state.kind === 'profile' && (
        <>
          {state.status?.state.saved && <InTouchNotice api={api} accountId={state.status.state.accountId} team={state.status.state.team} />}
          <SaveArea state={state} save={save} onSave={() => void saveProfile()} api={api} />
          <ProfileCard reading={state.reading} status={state.status} statusError={state.statusError} onSetBrandProfile={api.openBrandProfile} />
        </>
      )}
    </main>
  );
}
