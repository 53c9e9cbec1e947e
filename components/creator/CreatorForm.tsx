import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Options } from '@/components/form/Options';
import { Field, FieldError } from '@/components/form/Field';
import { FormFooter } from '@/components/form/FormNotice';
import { useFormSave } from '@/components/app/useFormSave';
import { applyCreatorPatch, creatorProblems, updateCreator, type CreatorPatch } from '@/storage/creators';
import type { Creator } from '@/utils/model/schemas';
import { statusLabel } from '@/utils/format';
import { DEFAULT_STAGES } from '@/utils/pipeline';
import { rescoreCreator } from '@/storage/rescore';
import { brandProfile } from '@/utils/browser/brand-profile-store';
import { detectLanguage } from '@/utils/browser/detect-language';
import { useTeamActor, useTeammates } from '@/components/data/team';

// The creator's own details. The form edits a draft; only the fields the user changed are saved,
// so an edit made meanwhile elsewhere (the popup, another tab) to another field is not overwritten.

/** Strengths offered as checkboxes: how the guides suggest organizing a roster. Others can be typed. */
export const SUGGESTED_STRENGTHS = ['storytelling', 'sales-driven', 'educational', 'humor', 'aesthetic', 'community', 'reviews', 'UGC'] as const;
const SUGGESTED_BY_KEY = new Map<string, string>(SUGGESTED_STRENGTHS.map((s) => [s.toLowerCase(), s]));

interface Draft {
  displayName: string;
  status: string;
  tags: string;
  strengths: string[];
  otherStrengths: string;
  email: string;
  otherContact: string;
  location: string;
  language: string;
  ambassador: boolean;
  toVet: boolean;
  notes: string;
  /** The teammate who looks after them ('' for nobody); edited in a team only. */
  owner: string;
}
type TextKey = 'displayName' | 'tags' | 'otherStrengths' | 'email' | 'otherContact' | 'location' | 'language' | 'notes' | 'owner';

function draftOf(creator: Creator): Draft {
  return {
    displayName: creator.displayName,
    status: creator.status,
    tags: creator.tags.join(', '),
    strengths: creator.strengths.flatMap((s) => SUGGESTED_BY_KEY.get(s.toLowerCase()) ?? []),
    otherStrengths: creator.strengths.filter((s) => !SUGGESTED_BY_KEY.has(s.toLowerCase())).join(', '),
    email: creator.contact.email,
    otherContact: creator.contact.other,
    location: creator.location,
    language: creator.language,
    ambassador: creator.ambassador,
    toVet: creator.toVet,
    notes: creator.notes,
    owner: creator.owner ?? '',
  };
}

const splitList = (text: string) => text.split(',');
const sameDraft = (a: Draft, b: Draft) => JSON.stringify(a) === JSON.stringify(b);

/** Only what differs from the details the form started from. */
function patchOf(draft: Draft, base: Draft): CreatorPatch {
  const patch: CreatorPatch = {};
  if (draft.displayName !== base.displayName) patch.displayName = draft.displayName;
  if (draft.status !== base.status) patch.status = draft.status;
  if (draft.tags !== base.tags) patch.tags = splitList(draft.tags);
  if (draft.otherStrengths !== base.otherStrengths || draft.strengths.join() !== base.strengths.join()) {
    patch.strengths = [...SUGGESTED_STRENGTHS.filter((s) => draft.strengths.includes(s)), ...splitList(draft.otherStrengths)];
  }
  if (draft.email !== base.email) patch.contact = { ...patch.contact, email: draft.email };
  if (draft.otherContact !== base.otherContact) patch.contact = { ...patch.contact, other: draft.otherContact };
  if (draft.location !== base.location) patch.location = draft.location;
  if (draft.language !== base.language) patch.language = draft.language;
  if (draft.ambassador !== base.ambassador) patch.ambassador = draft.ambassador;
  if (draft.toVet !== base.toVet) patch.toVet = draft.toVet;
  if (draft.notes !== base.notes) patch.notes = draft.notes;
  if (draft.owner !== base.owner) patch.owner = draft.owner.trim() || null;
  return patch;
}

/** Which input shows a stored field's message. */
const INPUT_OF_FIELD: Record<string, TextKey | 'status'> = {
  displayName: 'displayName',
  status: 'status',
  tags: 'tags',
  strengths: 'otherStrengths',
  'contact.email': 'email',
  'contact.other': 'otherContact',
  location: 'location',
  language: 'language',
  notes: 'notes',
  owner: 'owner',
};

/** The input a record field's problem is shown at (anything else: the whole form). */
const inputOf = (field: string) => INPUT_OF_FIELD[field] ?? 'form';

/**
 * In a team: who looks after the creator, typed or picked from the teammates the records name
 * (empty for nobody). Not shown to a user in no team.
 */
function OwnerField({ id, value, teammates, actor, error, onChange }: { id: string; value: string; teammates: string[]; actor: string; error: string | undefined; onChange: (owner: string) => void }) {
  return (
    <Field id={`${id}-owner`} label="Owner" hint={<>The teammate who looks after this creator (you are {actor}). Leave empty for nobody.</>} error={error}>
      {(props) => (
        <>
          <input {...props} type="text" value={value} list={`${id}-teammates`} autoComplete="off" onChange={(event) => onChange(event.target.value)} />
          <datalist id={`${id}-teammates`}>
            {teammates.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </>
      )}
    </Field>
  );
}

export function CreatorForm({ creator }: { creator: Creator }) {
  const id = useId();
  const actor = useTeamActor();
  const teammates = useTeammates();
  const [baseline, setBaseline] = useState(creator);
  const [draft, setDraft] = useState(() => draftOf(creator));
  const { formRef, messages, notice, setNotice, saving, refuse, save: write, clear } = useFormSave({ refused: 'Not saved: fix the highlighted field.', fieldOf: inputOf });

  const base = draftOf(baseline);
  const dirty = !sameDraft(draft, base);
  // The creator changed elsewhere (or was just saved): follow it unless the user is mid-edit.
  if (creator !== baseline && !dirty) {
    setBaseline(creator);
    setDraft(draftOf(creator));
  }

  const edit = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setNotice(null);
  };

  const save = async () => {
    const patch = patchOf(draft, base);
    const problems = creatorProblems(applyCreatorPatch(creator, patch, Date.now()));
    if (problems.length > 0) return refuse(problems);
    await write(async () => {
      const saved = await updateCreator(creator.id, patch, Date.now());
      // The fit follows the creator's details (language, location): the roster and the popup agree.
      if ('language' in patch || 'location' in patch) await rescoreCreator(creator.id, await brandProfile.get(), detectLanguage);
      setBaseline(saved);
      setDraft(draftOf(saved));
      return 'Saved';
    });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save();
  };

  const cancel = () => {
    setBaseline(creator);
    setDraft(draftOf(creator));
    clear();
  };

  const text = (key: TextKey, label: string, options: { type?: 'text' | 'email'; hint?: ReactNode; autoComplete?: string; required?: boolean } = {}) => (
    <Field id={`${id}-${key}`} label={label} hint={options.hint} error={messages[key]}>
      {(props) => (
        <input
          {...props}
          type={options.type ?? 'text'}
          value={draft[key]}
          autoComplete={options.autoComplete ?? 'off'}
          required={options.required}
          onChange={(event) => edit(key, event.target.value)}
        />
      )}
    </Field>
  );

  const stages: string[] = DEFAULT_STAGES.includes(draft.status as (typeof DEFAULT_STAGES)[number]) ? [...DEFAULT_STAGES] : [draft.status, ...DEFAULT_STAGES];

  return (
    // noValidate: each field shows its own message; the browser's bubbles would duplicate them.
    <form ref={formRef} className="creator-form" aria-labelledby={`${id}-heading`} noValidate onSubmit={onSubmit}>
      <h3 id={`${id}-heading`}>Details</h3>
      {text('displayName', 'Display name', { required: true })}
      {actor && <OwnerField id={id} value={draft.owner} teammates={teammates} actor={actor} error={messages.owner} onChange={(owner) => edit('owner', owner)} />}
      <Field id={`${id}-status`} label="Pipeline stage" error={messages.status}>
        {(props) => (
          <select {...props} value={draft.status} onChange={(event) => edit('status', event.target.value)}>
            <Options values={stages} label={(stage) => statusLabel(stage)} />
          </select>
        )}
      </Field>
      {text('tags', 'Tags', { hint: 'Separate tags with commas.' })}
      <fieldset className="form-field creator-form__strengths" aria-describedby={`${id}-strengths-hint`}>
        <legend>Strengths</legend>
        <p id={`${id}-strengths-hint`} className="form-field__hint">
          What this creator does best, so you can pick the right person for each campaign.
        </p>
        <div className="creator-form__checks">
          {SUGGESTED_STRENGTHS.map((strength) => (
            <label key={strength} className="creator-form__check">
              <input
                type="checkbox"
                checked={draft.strengths.includes(strength)}
                onChange={(event) =>
                  edit('strengths', event.target.checked ? [...draft.strengths, strength] : draft.strengths.filter((s) => s !== strength))
                }
              />
              {strength}
            </label>
          ))}
        </div>
        {text('otherStrengths', 'Other strengths', { hint: 'Anything else, separated with commas.' })}
      </fieldset>
      {text('email', 'Email', { type: 'email', autoComplete: 'off', hint: 'Leave empty if you do not know it.' })}
      {text('otherContact', 'Other contact', { hint: 'Phone, manager, agency…' })}
      {text('location', 'Location')}
      {text('language', 'Language')}
      <div className="creator-form__checks">
        <label className="creator-form__check">
          <input type="checkbox" checked={draft.ambassador} onChange={(event) => edit('ambassador', event.target.checked)} />
          Ambassador
        </label>
        <label className="creator-form__check">
          <input type="checkbox" checked={draft.toVet} onChange={(event) => edit('toVet', event.target.checked)} />
          To vet
        </label>
      </div>
      <Field id={`${id}-notes`} label="Notes" error={messages.notes} className="creator-form__field--wide">
        {(props) => <textarea {...props} rows={4} value={draft.notes} onChange={(event) => edit('notes', event.target.value)} />}
      </Field>
      <FieldError id={`${id}-form`} message={messages.form} />
      <FormFooter notice={notice} className="creator-form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          Save
        </button>
        <button type="button" className="button" onClick={cancel} disabled={!dirty || saving}>
          Cancel
        </button>
      </FormFooter>
    </form>
  );
}
