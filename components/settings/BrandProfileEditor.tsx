import { useEffect, useId, useReducer, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { brandProfile } from '@/utils/browser/brand-profile-store';
import { PLATFORMS } from '@/utils/model/reading-fields';
import { platformName } from '@/utils/format';
import { BrandProfileSchema, DEFAULT_BRAND_PROFILE } from '@/utils/scoring/brand-profile';
import { TIERS } from '@/utils/model/tiers';
import './brand-profile-editor.css';
import { KEYWORD_FIELDS, tierChoiceLabel, readMinEngagement, profileOf, draftDiffers, addKeywords, reducer } from './brand-profile-draft';
import { KeywordListField } from './KeywordListField';

// The options page's editor for the fit score's criteria. The form edits a draft; nothing reaches
// storage until "Save brand profile" (or a confirmed reset), and the draft is validated with the
// same schema that storage uses.

/** The brand profile form: the fit score's criteria, kept in extension storage. */
export function BrandProfileEditor() {
  const [state, dispatch] = useReducer(reducer, { saved: null, draft: null, messages: {}, notice: null });
  const [confirmingReset, setConfirmingReset] = useState(false);
  const [isSet, setIsSet] = useState(false);
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const cancelResetRef = useRef<HTMLButtonElement>(null);
  const focusAfterReset = useRef<'cancel' | 'reset' | null>(null);

  useEffect(() => {
    let active = true;
    // Until the user saves a profile of their own, the form starts from example criteria that are
    // never scored against (the fit says no profile is set).
    void brandProfile.get().then((profile) => {
      if (!active) return;
      setIsSet(profile !== null);
      dispatch({ type: 'loaded', profile: profile ?? DEFAULT_BRAND_PROFILE });
    });
    const unwatch = brandProfile.watch((profile) => {
      setIsSet(profile !== null);
      dispatch({ type: 'stored', profile: profile ?? DEFAULT_BRAND_PROFILE });
    });
    return () => {
      active = false;
      unwatch();
    };
  }, []);

  // The reset buttons swap places: keep keyboard focus on whichever is now showing.
  useEffect(() => {
    const target = focusAfterReset.current;
    focusAfterReset.current = null;
    if (target === 'cancel') cancelResetRef.current?.focus();
    if (target === 'reset') resetRef.current?.focus();
  }, [confirmingReset]);

  const { draft, saved, messages, notice } = state;
  const headingId = `${id}-heading`;

  if (!draft || !saved) {
    return (
      <section className="brand-profile" aria-labelledby={headingId} aria-busy="true">
        <h2 id={headingId}>Brand profile</h2>
        <p role="status" className="muted">
          Loading the brand profile…
        </p>
      </section>
    );
  }

  const dirty = draftDiffers(draft, saved);
  const engagement = readMinEngagement(draft.minEngagement, draft.minEngagementUnreadable);
  const engagementHintId = `${id}-engagement-hint`;
  const engagementErrorId = `${id}-engagement-error`;

  const save = async () => {
    // Text typed but not yet added counts: the user expects what they see to be saved.
    let next = draft;
    const nextMessages = { ...messages };
    for (const { field } of KEYWORD_FIELDS) {
      if (next.pending[field].trim() === '') continue;
      const result = addKeywords(next.lists[field], [next.pending[field]]);
      next = {
        ...next,
        lists: { ...next.lists, [field]: result.list },
        pending: { ...next.pending, [field]: result.rejected.join(', ') },
      };
      nextMessages[field] = result.message ?? undefined;
    }
    const profile = profileOf(next);
    const parsed = profile ? BrandProfileSchema.safeParse(profile) : null;
    const leftOver = Object.values(next.pending).some((text) => text !== '');
    if (leftOver || !parsed || !parsed.success) {
      const text = parsed && !parsed.success ? 'Not saved: the profile is not valid.' : 'Not saved: fix the highlighted field.';
      flushSync(() => dispatch({ type: 'checked', draft: next, messages: nextMessages, notice: { tone: 'error', text } }));
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    dispatch({ type: 'checked', draft: next, messages: nextMessages, notice: null });
    try {
      await brandProfile.set(parsed.data);
      dispatch({ type: 'saved', profile: parsed.data, notice: { tone: 'ok', text: 'Saved' } });
    } catch (error) {
      dispatch({ type: 'checked', draft: next, messages: nextMessages, notice: { tone: 'error', text: `Not saved: ${String(error)}` } });
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save();
  };

  const askReset = (asking: boolean) => {
    focusAfterReset.current = asking ? 'cancel' : 'reset';
    setConfirmingReset(asking);
  };

  // Escape backs out of the confirmation, like closing a dialog.
  const escapeCancelsReset = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'Escape') askReset(false);
  };

  const reset = async () => {
    try {
      await brandProfile.set(DEFAULT_BRAND_PROFILE);
      dispatch({ type: 'saved', profile: DEFAULT_BRAND_PROFILE, notice: { tone: 'ok', text: 'Defaults restored and saved' } });
    } catch (error) {
      dispatch({ type: 'checked', draft, messages, notice: { tone: 'error', text: `Not reset: ${String(error)}` } });
    }
    askReset(false);
  };

  return (
    // noValidate: the fields show their own messages, the browser's bubbles would duplicate them.
    <form ref={formRef} className="brand-profile" aria-labelledby={headingId} noValidate onSubmit={onSubmit}>
      <h2 id={headingId}>Brand profile</h2>
      <p className="brand-profile__intro">What the fit score (0–100) looks for. A criterion left empty is not counted.</p>
      {!isSet && (
        <p className="brand-profile__unset" data-testid="brand-profile-unset">
          <strong>Not set yet.</strong> These are example criteria: no creator is scored against them. Change what you like and press{' '}
          <strong>Save brand profile</strong> to start scoring fit.
        </p>
      )}

      {KEYWORD_FIELDS.map((info) => (
        <KeywordListField
          key={info.field}
          info={info}
          keywords={draft.lists[info.field]}
          pending={draft.pending[info.field]}
          message={messages[info.field]}
          dispatch={dispatch}
        />
      ))}

      <fieldset className="brand-profile__group">
        <legend>Preferred tiers (followers)</legend>
        <p className="brand-profile__hint">Full points in these tiers, some in a tier next to one.</p>
        <div className="brand-profile__checks">
          {TIERS.map((tier) => (
            <label key={tier} className="settings-check">
              <input
                type="checkbox"
                checked={draft.tiers.includes(tier)}
                onChange={(event) => dispatch({ type: 'tier', tier, on: event.target.checked })}
              />
              {tierChoiceLabel(tier)}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="brand-profile__group">
        <legend>Preferred platforms</legend>
        <p className="brand-profile__hint">Points for creators on these platforms.</p>
        <div className="brand-profile__checks">
          {PLATFORMS.map((platform) => (
            <label key={platform} className="settings-check">
              <input
                type="checkbox"
                checked={draft.platforms.includes(platform)}
                onChange={(event) => dispatch({ type: 'platform', platform, on: event.target.checked })}
              />
              {platformName(platform)}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="brand-profile__group">
        <legend>Engagement</legend>
        <label htmlFor={`${id}-engagement`}>Minimum engagement rate (%)</label>
        <span className="brand-profile__number">
          <input
            id={`${id}-engagement`}
            className="brand-profile__input"
            type="number"
            inputMode="decimal"
            min={0}
            max={100}
            step={0.1}
            value={draft.minEngagement}
            aria-invalid={!engagement.ok || undefined}
            aria-describedby={engagement.ok ? engagementHintId : `${engagementHintId} ${engagementErrorId}`}
            onChange={(event) =>
              dispatch({ type: 'minEngagement', value: event.target.value, unreadable: event.target.validity.badInput })
            }
          />
          <span aria-hidden="true">%</span>
        </span>
        <p id={engagementHintId} className="brand-profile__hint">
          In percent (1 means 1%). Creators below it get fewer points; leave empty for no minimum.
        </p>
        {!engagement.ok && (
          <p id={engagementErrorId} className="brand-profile__message brand-profile__message--error">
            {engagement.error}
          </p>
        )}
      </fieldset>

      <div className="brand-profile__actions">
        <button type="submit" className="button button--primary">
          Save brand profile
        </button>
        {confirmingReset ? (
          <span className="brand-profile__confirm">
            <span>Replace every criterion with the defaults?</span>
            <button type="button" className="button" onClick={() => void reset()} onKeyDown={escapeCancelsReset}>
              Confirm reset
            </button>
            <button ref={cancelResetRef} type="button" className="button" onClick={() => askReset(false)} onKeyDown={escapeCancelsReset}>
              Cancel
            </button>
          </span>
        ) : (
          <button ref={resetRef} type="button" className="button" onClick={() => askReset(true)}>
            Reset to defaults
          </button>
        )}
        <p role="status" className={`brand-profile__status brand-profile__status--${dirty ? 'dirty' : (notice?.tone ?? 'none')}`}>
          {dirty && <span>Unsaved changes</span>}
          {dirty && notice && ' · '}
          {notice && <span>{notice.text}</span>}
        </p>
      </div>
    </form>
  );
}
