import { useId, type FormEvent } from 'react';
import { FormFooter } from '@/components/form/FormNotice';
import { useFormSave } from '@/components/app/useFormSave';
import { updateCampaignMember } from '@/storage/campaigns';
import type { Campaign, CampaignCreator } from '@/utils/model/schemas';
import { campaignMetrics, type PageCountField, type ResultsPrecision } from '@/utils/campaign-metrics';
import { draftOfResults, readResultsDraft } from '@/utils/campaigns/draft';
import { formatFigure } from '@/utils/campaigns/report';
import { RESULT_FIELD_LABELS, RESULT_FIELDS } from '@/utils/campaigns/results-file';
import { approximately, formatDateTime } from '@/utils/format';
import { Figure } from './Figure';
import { currentTime, useFollowingDraft } from './FormField';
import { Field } from '@/components/form/Field';

// A creator's results, entered by hand (or filled by an import), and what they mean: every metric
// with its formula and the creator's fee as the cost.

/** Each metric of one creator (or a total) with its formula: "ROI = (revenue − cost) ÷ cost: 250%". */
export function MetricList({
  results,
  precision,
  cost,
  currency,
  label,
}: {
  results: CampaignCreator['results'];
  precision?: ResultsPrecision | undefined;
  cost: number | null;
  currency: string;
  label: string;
}) {
  return (
    <dl className="campaign-metrics" aria-label={label}>
      {campaignMetrics(results, cost, precision).map((m) => (
        <div key={m.id} className="campaign-metric">
          <dt>
            {m.label} <span className="campaign-formula">= {m.formula}</span>
          </dt>
          <dd>
            <Figure value={m.value} unit={m.unit} currency={currency} precision={m.precision} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** For a count filled from a page that showed it rounded, as long as the field still holds it. */
function roundedHint(member: CampaignCreator, field: string, typed: string): string | undefined {
  const value = member.results[field as PageCountField];
  const precision = member.resultsPrecision?.[field as PageCountField];
  if (value == null || precision === undefined || precision <= 1 || typed !== String(value)) return undefined;
  return `${approximately({ value, precision })}: the page showed it rounded, so it is known to the nearest ${precision.toLocaleString('en-US')}. Type the exact number if you know it.`;
}

export function MemberResults({ campaign, member, name }: { campaign: Campaign; member: CampaignCreator; name: string }) {
  const id = useId();
  const { draft, setDraft, dirty, commit } = useFollowingDraft(draftOfResults(member.results));
  const { formRef, messages, notice, setNotice, saving, refuse, save: write } = useFormSave({ refused: 'Not saved: fix the fields marked above.' });

  const save = async () => {
    const { results, problems } = readResultsDraft(draft);
    if (problems.length > 0) return refuse(problems);
    await write(async () => {
      const saved = await updateCampaignMember(campaign.id, member.creatorId, { results }, currentTime());
      commit(draftOfResults(saved.results));
      return 'Saved';
    });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save();
  };

  return (
    <form ref={formRef} className="campaign-subform" aria-label={`Results of ${name}`} noValidate onSubmit={onSubmit}>
      <h5>Results</h5>
      <p className="campaign-hint">
        Numbers of 0 or more. Leave a field empty when you do not know it: an empty field is “not known”, not 0.
        {member.resultsUpdatedAt !== null && ` Last updated ${formatDateTime(member.resultsUpdatedAt)}.`}
      </p>
      <div className="campaign-results">
        {RESULT_FIELDS.map((field) => (
          <Field
            key={field}
            id={`${id}-${field}`}
            label={field === 'revenue' ? `Revenue (${campaign.currency})` : RESULT_FIELD_LABELS[field]}
            error={messages[`results.${field}`]}
            hint={roundedHint(member, field, draft[field])}
          >
            {(props) => (
              <input
                {...props}
                inputMode="decimal"
                autoComplete="off"
                value={draft[field]}
                onChange={(e) => {
                  const value = e.target.value;
                  setDraft((d) => ({ ...d, [field]: value }));
                  setNotice(null);
                }}
              />
            )}
          </Field>
        ))}
      </div>
      <FormFooter notice={notice} className="campaign-actions">
        <button type="submit" className="button button--primary" disabled={saving || !dirty}>
          Save results
        </button>
      </FormFooter>
      <p className="campaign-hint">Cost = {name}’s fee{member.fee === null ? ', which is not entered yet' : ` of ${formatFigure(member.fee, 'money', campaign.currency)}`}.</p>
      <MetricList results={member.results} precision={member.resultsPrecision} cost={member.fee} currency={campaign.currency} label={`Metrics of ${name}`} />
    </form>
  );
}
