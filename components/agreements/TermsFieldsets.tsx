import { USAGE_CHANNELS } from '@/utils/model/schemas';
import { SUGGESTED_CREATIVE_FREEDOM, type AgreementDraft, type DurationUnit } from '@/utils/agreements/draft';
import { USAGE_CHANNEL_LABELS } from '@/utils/agreements/labels';
import { TextArea, TextField, type Edit, type FieldKit } from './field-kit';

// Usage rights, exclusivity, disclosure, approvals and creative freedom: the terms that decide what
// the brand may do with the content and how much say each side has.

export function UsageRightsFieldset({ draft, edit, kit }: { draft: AgreementDraft; edit: Edit; kit: FieldKit }) {
  const paidAds = draft.channels.includes('paid_ads');
  return (
    <fieldset className="agreement-form__group">
      <legend>Usage rights</legend>
      <fieldset className="agreement-form__subgroup">
        <legend>Where the brand may use the content</legend>
        <div className="agreement-form__checks">
          {USAGE_CHANNELS.map((channel) => (
            <label key={channel} className="agreement-form__check">
              <input
                type="checkbox"
                checked={draft.channels.includes(channel)}
                onChange={(e) => edit((d) => ({ channels: e.target.checked ? USAGE_CHANNELS.filter((c) => c === channel || d.channels.includes(c)) : d.channels.filter((c) => c !== channel) }))}
              />
              {USAGE_CHANNEL_LABELS[channel]}
            </label>
          ))}
        </div>
        {kit.error('channels')}
      </fieldset>
      <div className="agreement-form__grid">
        <div className="form-field">
          <label htmlFor={kit.id('usageDuration')}>Usage duration</label>
          <div className="agreement-form__inline">
            <input
              id={kit.id('usageDuration')}
              className="input agreement-form__short"
              type="number"
              min={1}
              value={draft.usageAmount}
              {...kit.aria('usageDuration', { hint: true })}
              onChange={(e) => edit({ usageAmount: e.target.value })}
            />
            <label htmlFor={kit.id('usageUnit')} className="sr-only">
              Usage duration unit
            </label>
            <select id={kit.id('usageUnit')} className="input agreement-form__unit" value={draft.usageUnit} onChange={(e) => edit({ usageUnit: e.target.value as DurationUnit })}>
              <option value="days">days</option>
              <option value="months">months</option>
            </select>
          </div>
          <p id={kit.hintId('usageDuration')} className="form-field__hint">
            From the start date. {paidAds ? 'Required for paid ads.' : 'Leave empty for no limit stated.'}
          </p>
          {kit.error('usageDuration')}
        </div>
        <TextField
          kit={kit}
          field="whitelistingDays"
          label="Paid-ad whitelisting window (days)"
          type="number"
          value={draft.whitelistingDays}
          onChange={(value) => edit({ whitelistingDays: value })}
          hint="How long the brand may run ads from the creator’s account, from the start date. Leave empty for none."
        />
      </div>
    </fieldset>
  );
}

export function ExclusivityFieldset({ draft, edit, kit }: { draft: AgreementDraft; edit: Edit; kit: FieldKit }) {
  return (
    <fieldset className="agreement-form__group">
      <legend>Exclusivity</legend>
      <div className="agreement-form__grid">
        <TextField
          kit={kit}
          field="exclusivityCategory"
          label="Category"
          value={draft.exclusivityCategory}
          placeholder="e.g. skincare"
          onChange={(value) => edit({ exclusivityCategory: value })}
          hint="The creator will not promote competitors in this category. Leave empty for none."
        />
        <TextField kit={kit} field="exclusivityDays" label="Exclusivity (days)" type="number" value={draft.exclusivityDays} onChange={(value) => edit({ exclusivityDays: value })} />
      </div>
    </fieldset>
  );
}

export function ContentTermsFieldset({ draft, edit, kit }: { draft: AgreementDraft; edit: Edit; kit: FieldKit }) {
  return (
    <fieldset className="agreement-form__group">
      <legend>Disclosure, approvals and creative freedom</legend>
      <TextArea kit={kit} field="disclosure" label="Disclosure requirements" value={draft.disclosure} onChange={(value) => edit({ disclosure: value })} rows={2} />
      <TextField
        kit={kit}
        field="approvalRounds"
        label="Approval rounds"
        type="number"
        value={draft.approvalRounds}
        onChange={(value) => edit({ approvalRounds: value })}
        hint="How many rounds of changes the brand may ask for before publishing; 0 for none."
      />
      <TextArea
        kit={kit}
        field="creativeFreedom"
        label="Creative freedom"
        value={draft.creativeFreedom}
        rows={4}
        onChange={(value) => edit({ creativeFreedom: value })}
        hint="Creators know their audience: give clear rules, then let them say it in their own words."
      />
      {draft.creativeFreedom.trim() !== SUGGESTED_CREATIVE_FREEDOM && (
        <p>
          <button type="button" className="button button--link" onClick={() => edit({ creativeFreedom: SUGGESTED_CREATIVE_FREEDOM })}>
            Use the suggested clause
          </button>
        </p>
      )}
    </fieldset>
  );
}
