import { useId, useState, type FormEvent } from 'react';
import { Options } from '@/components/form/Options';
import { FormFooter } from '@/components/form/FormNotice';
import { userCurrency } from '@/utils/currency';
import { useFormSave } from '@/components/app/useFormSave';
import { campaignProblems, createCampaign, updateCampaignDetails } from '@/storage/campaigns';
import { CAMPAIGN_GOALS, type Campaign } from '@/utils/model/schemas';
import { draftOfCampaign, emptyCampaignDraft, readCampaignDraft, type CampaignDraft } from '@/utils/campaigns/draft';
import { GOAL_HEADLINES, GOAL_LABELS } from '@/utils/campaigns/report';
import { statusLabel } from '@/utils/format';
import { currentTime } from './FormField';
import { Field } from '@/components/form/Field';

// A campaign's details and brief, for a new campaign or an existing one. The brief follows the
// guides: one main goal, the deliverables, hashtags and required disclosures, the deadlines, and
// what to do and not do — guidance, not a script.

const STATUSES: Campaign['status'][] = ['planned', 'active', 'completed', 'cancelled'];
type TextKey = Exclude<keyof CampaignDraft, 'goal' | 'status'>;

const sameDraft = (a: CampaignDraft, b: CampaignDraft) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The form. Without `campaign` it creates one (and calls `onSaved` with it); with one, it edits its
 * details, following changes made elsewhere unless the user is mid-edit.
 */
export function CampaignForm({ campaign, onSaved, onCancel }: { campaign?: Campaign; onSaved?: (campaign: Campaign) => void; onCancel?: () => void }) {
  const id = useId();
  const [baseline, setBaseline] = useState(() => (campaign ? draftOfCampaign(campaign) : emptyCampaignDraft(userCurrency())));
  const [draft, setDraft] = useState(baseline);
  const { formRef, messages, notice, setNotice, saving, refuse, save: write, clear } = useFormSave({ refused: 'Not saved: fix the fields marked below.' });

  const dirty = !sameDraft(draft, baseline);
  if (campaign && !dirty) {
    const current = draftOfCampaign(campaign);
    if (!sameDraft(current, baseline)) {
      setBaseline(current);
      setDraft(current);
    }
  }

  const edit = <K extends keyof CampaignDraft>(key: K, value: CampaignDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setNotice(null);
  };

  const save = async () => {
    const { details, problems } = readCampaignDraft(draft);
    const now = currentTime();
    const candidate: Campaign = campaign ? { ...campaign, ...details, updatedAt: now } : { id: 'new', ...details, landingUrl: '', creators: [], createdAt: now, updatedAt: now };
    const all = [...problems, ...campaignProblems(candidate).filter((p) => !problems.some((q) => q.field === p.field))];
    if (all.length > 0) return refuse(all);
    await write(async () => {
      const saved = campaign ? await updateCampaignDetails(campaign.id, details, now) : await createCampaign(details, now);
      const next = draftOfCampaign(saved);
      setBaseline(next);
      setDraft(next);
      onSaved?.(saved);
      return campaign ? 'Saved' : `Created “${saved.name}”`;
    });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save();
  };

  const text = (key: TextKey, field: string, label: string, options: { hint?: string; type?: 'text' | 'date'; multiline?: boolean; required?: boolean } = {}) => (
    <Field id={`${id}-${key}`} label={label} hint={options.hint} error={messages[field]}>
      {(props) =>
        options.multiline ? (
          <textarea {...props} rows={3} value={draft[key]} onChange={(e) => edit(key, e.target.value)} />
        ) : (
          <input {...props} type={options.type ?? 'text'} autoComplete="off" required={options.required} value={draft[key]} onChange={(e) => edit(key, e.target.value)} />
        )
      }
    </Field>
  );

  const heading = campaign ? 'Details and brief' : 'New campaign';
  return (
    <form ref={formRef} className="campaign-form" aria-labelledby={`${id}-heading`} noValidate onSubmit={onSubmit}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      {text('name', 'name', 'Name', { required: true })}

      <fieldset className="campaign-goals" aria-describedby={`${id}-goal-hint${messages.goal ? ` ${id}-goal-error` : ''}`}>
        <legend>Main goal</legend>
        <p id={`${id}-goal-hint`} className="campaign-hint">
          Decide one main goal before the campaign starts. The goal decides the headline metric: the figure creators are compared on in the report.
        </p>
        {CAMPAIGN_GOALS.map((goal) => (
          <label key={goal} className="campaign-goal">
            <input type="radio" name={`${id}-goal`} value={goal} checked={draft.goal === goal} data-invalid={messages.goal ? true : undefined} onChange={() => edit('goal', goal)} />
            <strong>{GOAL_LABELS[goal]}</strong> <span className="campaign-muted">{GOAL_HEADLINES[goal].why}</span>
          </label>
        ))}
        {messages.goal && (
          <p id={`${id}-goal-error`} className="campaign-error">
            {messages.goal}
          </p>
        )}
      </fieldset>

      <Field id={`${id}-status`} label="Status" error={messages.status}>
        {(props) => (
          <select {...props} value={draft.status} onChange={(e) => edit('status', e.target.value as Campaign['status'])}>
            <Options values={STATUSES} label={(s) => statusLabel(s)} />
          </select>
        )}
      </Field>
      <div className="campaign-form__row">
        {text('startDate', 'startAt', 'Start date', { type: 'date' })}
        {text('endDate', 'endAt', 'End date', { type: 'date' })}
      </div>
      <div className="campaign-form__row">
        {text('budget', 'budget', 'Budget', { hint: 'Leave empty if there is none yet.' })}
        {text('currency', 'currency', 'Currency', { hint: 'Three letters, such as EUR or USD.' })}
      </div>

      <fieldset className="campaign-brief">
        <legend>Brief</legend>
        {text('deliverables', 'brief.deliverables', 'Deliverables', { multiline: true, hint: 'What each creator makes: one reel and three stories, say.' })}
        {text('hashtags', 'brief.hashtags', 'Hashtags', { hint: 'Separated by spaces or commas.' })}
        {text('disclosures', 'brief.disclosures', 'Required disclosures', { multiline: true })}
        {text('deadlines', 'brief.deadlines', 'Deadlines', { hint: 'Drafts by… published by…' })}
        {text('dos', 'brief.dos', 'Do', { multiline: true })}
        {text('donts', 'brief.donts', 'Don’t', { multiline: true, hint: 'Keep it short: creators know their audience; give guidelines, not a script.' })}
      </fieldset>

      <FormFooter notice={notice} className="campaign-actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {campaign ? 'Save' : 'Create campaign'}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel} disabled={saving}>
            Cancel
          </button>
        )}
        {campaign && (
          <button
            type="button"
            className="button"
            disabled={!dirty || saving}
            onClick={() => {
              setDraft(baseline);
              clear();
            }}
          >
            Discard changes
          </button>
        )}
      </FormFooter>
    </form>
  );
}
