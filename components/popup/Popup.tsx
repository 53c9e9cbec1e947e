import type { Extraction } from '@/utils/extract/extraction';
import { textValue } from '@/utils/extract/fields';
import { platformName, statusLabel } from '@/utils/format';
import { CountStat } from '../CountStat';
import type { PopupApi } from './popup-api';
import { usePopup, type SaveState } from './usePopup';

const PROFILE_COUNTS = [
  ['followers', 'Followers'],
  ['following', 'Following'],
  ['posts', 'Posts'],
] as const;

function SaveArea({
  save,
  alreadySaved,
  onSave,
  onOpenRoster,
}: {
  save: SaveState;
  alreadySaved: { creatorId: string; status: string } | null;
  onSave: () => void;
  onOpenRoster: (creatorId?: string) => void;
}) {
  if (save.kind === 'saved') {
    return (
      <div className="save-area" role="status">
        <p className="save-area__done">
          {save.result.created ? 'Saved to your shortlist.' : 'Saved: a new snapshot was added.'}
        </p>
        <button type="button" className="button button--link" onClick={() => onOpenRoster(save.result.creatorId)}>
          Open in roster
        </button>
      </div>
    );
  }
  return (
    <div className="save-area">
      {alreadySaved && (
        <p className="save-area__note">
          On your roster · <strong>{statusLabel(alreadySaved.status)}</strong>
        </p>
      )}
      <button
        type="button"
        className="button button--primary"
        onClick={onSave}
        disabled={save.kind === 'saving'}
        // A popup opens for one task; focusing it lets Enter save, and a screen reader lands on it.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
      >
        {save.kind === 'saving' ? 'Saving…' : alreadySaved ? 'Save again (new snapshot)' : 'Save to shortlist'}
      </button>
      {alreadySaved && (
        <button type="button" className="button button--link" onClick={() => onOpenRoster(alreadySaved.creatorId)}>
          Open in roster
        </button>
      )}
      {save.kind === 'failed' && (
        <p className="save-area__error" role="alert">
          {save.message}
        </p>
      )}
    </div>
  );
}

function ProfileView({ reading }: { reading: Extraction }) {
  const name = textValue(reading.displayName);
  const bio = textValue(reading.bio);
  return (
    <article className="profile" aria-labelledby="profile-name">
      <h1 id="profile-name" className="profile__name">
        {name ?? `@${reading.handle}`}
      </h1>
      <p className="profile__handle">
        @{reading.handle} · {platformName(reading.platform)}
      </p>
      {bio && <p className="profile__bio">{bio}</p>}
      <dl className="stats">
        {PROFILE_COUNTS.map(([key, label]) => (
          <CountStat key={key} label={label} field={reading.counts[key]} />
        ))}
      </dl>
    </article>
  );
}

export function Popup({ api }: { api: PopupApi }) {
  const { state, save, saveProfile } = usePopup(api);

  return (
    <main className="popup">
      <header className="popup__bar">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <span className="popup__brand">Creator Scout</span>
        <button type="button" className="button button--link popup__roster" onClick={() => api.openRoster()}>
          Roster
        </button>
      </header>

      {state.kind === 'loading' && (
        <p className="popup__message" role="status">
          Reading the page…
        </p>
      )}
      {state.kind === 'unsupported' && (
        <section className="popup__message">
          <h1 className="popup__title">Nothing to vet here</h1>
          <p>Open a creator’s profile on Instagram to see their numbers and save them to your shortlist.</p>
        </section>
      )}
      {state.kind === 'not-profile' && (
        <section className="popup__message">
          <h1 className="popup__title">Not a profile</h1>
          <p>This {platformName(state.platform)} page is not a creator’s profile. Open one to vet it.</p>
        </section>
      )}
      {state.kind === 'error' && (
        <p className="popup__message popup__message--error" role="alert">
          {state.message}
        </p>
      )}
      {state.kind === 'profile' && (
        <>
          <ProfileView reading={state.reading} />
          <SaveArea
            save={save}
            alreadySaved={
              state.account?.saved
                ? { creatorId: state.account.creator.id, status: state.account.creator.status }
                : null
            }
            onSave={() => void saveProfile()}
            onOpenRoster={api.openRoster}
          />
        </>
      )}
    </main>
  );
}
