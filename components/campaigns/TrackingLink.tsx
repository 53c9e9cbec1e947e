import { useId, useState, type FormEvent } from 'react';
import { FormFooter } from '@/components/form/FormNotice';
import { useFormSave } from '@/components/app/useFormSave';
import { updateCampaignMember, type CampaignPerson } from '@/storage/campaigns';
import type { Campaign, CampaignCreator } from '@/utils/model/schemas';
import { buildTrackingLink, suggestPromoCode, type Utm } from '@/utils/campaigns/tracking';
import { currentTime, useFollowingDraft } from './FormField';
import { Field } from '@/components/form/Field';

// Attribution for one creator: their tracked link (the landing page with their UTM parameters)
// and their promo code. Clicks are credited by the link's utm_content, sales by the code.

interface Draft {
  utm: Utm;
  promoCode: string;
}

const UTM_FIELDS: Array<{ key: keyof Utm; label: string; hint: string }> = [
  { key: 'source', label: 'utm_source', hint: 'Where the visit comes from: the platform.' },
  { key: 'medium', label: 'utm_medium', hint: 'The kind of link: influencer.' },
  { key: 'campaign', label: 'utm_campaign', hint: 'The campaign, the same for every creator in it.' },
  { key: 'content', label: 'utm_content', hint: 'Who: unique to this creator, so their clicks can be told apart.' },
];

const draftOf = (member: CampaignCreator): Draft => ({ utm: member.utm, promoCode: member.promoCode });

export function TrackingLink({ campaign, member, person, landing }: { campaign: Campaign; member: CampaignCreator; person: CampaignPerson | undefined; landing: string }) {
  const id = useId();
  const { draft, setDraft, dirty, commit } = useFollowingDraft(draftOf(member));
  const { formRef, messages, notice, setNotice, saving, save: write } = useFormSave({ refused: 'Not saved: fix the fields marked above.' });
  const [discount, setDiscount] = useState('');
  const [copied, setCopied] = useState<string | null>(null);
  const name = person?.name ?? 'this creator';
  const handle = person?.accounts[0]?.handle ?? person?.name ?? '';

  const link = buildTrackingLink(landing, draft.utm);

  const editUtm = (key: keyof Utm, value: string) => {
    setDraft((d) => ({ ...d, utm: { ...d.utm, [key]: value } }));
    setNotice(null);
    setCopied(null);
  };

  const save = () =>
    write(async () => {
      const saved = await updateCampaignMember(campaign.id, member.creatorId, { utm: draft.utm, promoCode: draft.promoCode }, currentTime());
      commit(draftOf(saved));
      return 'Saved';
    });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save();
  };

  const copy = async () => {
    if (!link.ok) return;
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied(`Copied ${name}’s link.`);
    } catch {
      setCopied('Could not copy: select the link and copy it with Ctrl+C (⌘C on a Mac).');
    }
  };

  const discountValue = Number(discount.replace(',', '.'));
  const suggestion = suggestPromoCode(handle, discount.trim() && Number.isFinite(discountValue) ? discountValue : null);

  return (
    <form ref={formRef} className="campaign-subform" aria-label={`Tracked link and promo code of ${name}`} noValidate onSubmit={onSubmit}>
      <h5>Tracked link and promo code</h5>
      {/* The parameters start filled in and rarely change: folded, so three creators do not make a
          page of boxes; open when one of them is refused. */}
      <details className="campaign-utm-details" open={UTM_FIELDS.some(({ key }) => messages[`utm.${key}`]) || undefined}>
        <summary>
          UTM parameters <span className="campaign-muted">({UTM_FIELDS.map(({ key }) => draft.utm[key] || '—').join(' · ')})</span>
        </summary>
        <div className="campaign-utm">
          {UTM_FIELDS.map(({ key, label, hint }) => (
            <Field key={key} id={`${id}-${key}`} label={label} hint={hint} error={messages[`utm.${key}`]}>
              {(props) => <input {...props} autoComplete="off" spellCheck={false} value={draft.utm[key]} onChange={(e) => editUtm(key, e.target.value)} />}
            </Field>
          ))}
        </div>
      </details>
      <div className="campaign-link">
        {link.ok ? (
          <>
            <label htmlFor={`${id}-link`}>Tracked link</label>
            <input id={`${id}-link`} className="campaign-link__url" readOnly value={link.url} onFocus={(e) => e.target.select()} />
          </>
        ) : (
          <p className="campaign-hint">
            Tracked link: {landing.trim() ? link.message : 'enter the landing page above to build the link.'}
          </p>
        )}
        <div className="campaign-actions">
          <button
            type="button"
            className="button"
            disabled={!link.ok || dirty}
            aria-describedby={dirty && link.ok ? `${id}-unsaved` : undefined}
            onClick={() => void copy()}
          >
            Copy link
          </button>
          {dirty && link.ok && (
            <span id={`${id}-unsaved`} className="campaign-hint">
              Save first: results are matched on the saved parameters.
            </span>
          )}
          <span role="status" className="campaign-saved">
            {copied ?? ''}
          </span>
        </div>
      </div>
      <div className="campaign-promo">
        <Field id={`${id}-discount`} label="Discount (%)" hint="Used only to suggest a code.">
          {(props) => <input {...props} inputMode="decimal" autoComplete="off" value={discount} onChange={(e) => setDiscount(e.target.value)} />}
        </Field>
        <button
          type="button"
          className="button"
          onClick={() => {
            setDraft((d) => ({ ...d, promoCode: suggestion }));
            setNotice(null);
          }}
        >
          Suggest a code: {suggestion}
        </button>
        <Field id={`${id}-promo`} label="Promo code" hint="Unique in this campaign, so each sale is credited to the right creator." error={messages.promoCode}>
          {(props) => (
            <input
              {...props}
              autoComplete="off"
              spellCheck={false}
              value={draft.promoCode}
              onChange={(e) => {
                setDraft((d) => ({ ...d, promoCode: e.target.value }));
                setNotice(null);
              }}
            />
          )}
        </Field>
      </div>
      <FormFooter notice={notice} className="campaign-actions">
        <button type="submit" className="button button--primary" disabled={saving || !dirty}>
          Save link and code
        </button>
      </FormFooter>
    </form>
  );
}
