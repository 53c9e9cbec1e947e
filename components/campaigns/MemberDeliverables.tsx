import { useId, type FormEvent } from 'react';
import { useFormSave } from '@/components/app/useFormSave';
import { updateCampaignMember } from '@/storage/campaigns';
import { DELIVERABLE_STATUSES, type Campaign, type CampaignCreator } from '@/storage/schemas';
import { readAmount } from '@/utils/campaigns/draft';
import { statusLabel } from '@/utils/format';
import { currentTime, Field, useFollowingDraft } from './FormField';

// A creator's fee (the cost every metric divides by) and their deliverables, each moving
// briefed → draft → approved → published, with the link to the post once it is out.

type Deliverable = CampaignCreator['deliverables'][number];
interface Draft {
  fee: string;
  deliverables: Deliverable[];
}

const draftOf = (member: CampaignCreator): Draft => ({ fee: member.fee === null ? '' : String(member.fee), deliverables: member.deliverables });

export function MemberDeliverables({ campaign, member, name }: { campaign: Campaign; member: CampaignCreator; name: string }) {
  const id = useId();
  const { draft, setDraft, dirty, commit } = useFollowingDraft(draftOf(member));
  const { formRef, messages, notice, setNotice, saving, refuse, save: write } = useFormSave({ refused: 'Not saved: fix the fields marked above.' });

  const editDeliverable = (index: number, patch: Partial<Deliverable>) => {
    setDraft((d) => ({ ...d, deliverables: d.deliverables.map((x, i) => (i === index ? { ...x, ...patch } : x)) }));
    setNotice(null);
  };

  const save = async () => {
    const fee = readAmount(draft.fee, 'Fee', '500');
    if (fee.problem) return refuse([{ field: 'fee', message: fee.problem }]);
    await write(async () => {
      const saved = await updateCampaignMember(campaign.id, member.creatorId, { fee: fee.value, deliverables: draft.deliverables }, currentTime());
      commit(draftOf(saved));
      return 'Saved';
    });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save();
  };

  return (
    <form ref={formRef} className="campaign-subform" aria-label={`Fee and deliverables of ${name}`} noValidate onSubmit={onSubmit}>
      <h5>Fee and deliverables</h5>
      <Field id={`${id}-fee`} label={`Fee (${campaign.currency})`} hint="What they are paid: the cost every metric is computed from." error={messages.fee}>
        {(props) => (
          <input
            {...props}
            inputMode="decimal"
            autoComplete="off"
            value={draft.fee}
            onChange={(e) => {
              setDraft((d) => ({ ...d, fee: e.target.value }));
              setNotice(null);
            }}
          />
        )}
      </Field>
      {draft.deliverables.length === 0 ? (
        <p className="campaign-empty">No deliverables yet.</p>
      ) : (
        <ol className="campaign-deliverables">
          {draft.deliverables.map((d, i) => (
            <li key={d.id} className="campaign-deliverable">
              <Field id={`${id}-${d.id}-description`} label={`Deliverable ${i + 1}`} error={messages[`deliverables.${i}.description`]}>
                {(props) => <input {...props} autoComplete="off" placeholder="e.g. one reel showing the product" value={d.description} onChange={(e) => editDeliverable(i, { description: e.target.value })} />}
              </Field>
              <Field id={`${id}-${d.id}-status`} label={`Deliverable ${i + 1} status`} error={messages[`deliverables.${i}.status`]}>
                {(props) => (
                  <select {...props} value={d.status} onChange={(e) => editDeliverable(i, { status: e.target.value as Deliverable['status'] })}>
                    {DELIVERABLE_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {statusLabel(s)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field id={`${id}-${d.id}-url`} label={`Deliverable ${i + 1} post link`} error={messages[`deliverables.${i}.postUrl`]}>
                {(props) => <input {...props} type="url" autoComplete="off" value={d.postUrl} onChange={(e) => editDeliverable(i, { postUrl: e.target.value })} />}
              </Field>
              <button
                type="button"
                className="button button--link"
                onClick={() => setDraft((x) => ({ ...x, deliverables: x.deliverables.filter((_, j) => j !== i) }))}
              >
                Remove deliverable {i + 1}
              </button>
            </li>
          ))}
        </ol>
      )}
      <div className="campaign-actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            setDraft((d) => ({ ...d, deliverables: [...d.deliverables, { id: crypto.randomUUID(), description: '', status: 'briefed', postUrl: '' }] }))
          }
        >
          Add deliverable
        </button>
        <button type="submit" className="button button--primary" disabled={saving || !dirty}>
          Save fee and deliverables
        </button>
        <p role="status" className="campaign-saved">
          {notice?.tone === 'ok' ? notice.text : ''}
        </p>
      </div>
      {notice?.tone === 'error' && (
        <p role="alert" className="campaign-error">
          {notice.text}
        </p>
      )}
    </form>
  );
}
