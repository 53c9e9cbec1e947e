import { useLiveQuery } from 'dexie-react-hooks';
import { Options } from '@/components/form/Options';
import { FormFooter } from '@/components/form/FormNotice';
import { useId, type FormEvent } from 'react';
import { useFormSave } from '@/components/app/useFormSave';
import { updateCampaignMember } from '@/storage/campaigns';
import { memberDeliverables, saveMemberDeliverables, type MemberDeliverableInput } from '@/storage/deliverables';
import { DELIVERABLE_STAGES, type Campaign, type CampaignCreator, type Deliverable as DeliverableRecord } from '@/utils/model/schemas';
import { readAmount } from '@/utils/campaigns/draft';
import { dateInputValue, parseDateInput } from '@/utils/date-input';
import { deliverableTitle, STAGE_LABELS } from '@/utils/deliverables/rules';
import { currentTime, useFollowingDraft } from './FormField';
import { Field } from '@/components/form/Field';

// A creator's fee (the cost every metric divides by) and their deliverables (the shared deliverable
// records, version 8: their own and their agreements' for this campaign), each moving brief sent →
// draft received → changes requested → approved → published → verified, with a due date and the
// link to the post once it is out. Drafts and approvals are recorded on the calendar's panel.

type Deliverable = Omit<MemberDeliverableInput, 'publishDueAt'> & { dueDate: string; agreementLabel: string | null };
interface Draft {
  fee: string;
  /** null while the records load: saving then leaves them as they are. */
  deliverables: Deliverable[] | null;
}

const draftOf = (member: CampaignCreator, records: DeliverableRecord[] | undefined): Draft => ({
  fee: member.fee === null ? '' : String(member.fee),
  deliverables: records === undefined ? null : records.map((d) => ({
    id: d.id,
    description: d.description,
    status: d.status,
    postUrl: d.postUrl,
    dueDate: dateInputValue(d.publishDueAt),
    agreementLabel: d.agreementId ? deliverableTitle({ ...d, description: '' }) : null,
  })),
});

export function MemberDeliverables({ campaign, member, name }: { campaign: Campaign; member: CampaignCreator; name: string }) {
  const records = useLiveQuery(() => memberDeliverables(campaign.id, member.creatorId), [campaign.id, member.creatorId]);
  const id = useId();
  const { draft, setDraft, dirty, commit } = useFollowingDraft(draftOf(member, records));
  const { formRef, messages, notice, setNotice, saving, refuse, save: write } = useFormSave({ refused: 'Not saved: fix the fields marked above.' });

  const editDeliverable = (index: number, patch: Partial<Deliverable>) => {
    setDraft((d) => ({ ...d, deliverables: d.deliverables && d.deliverables.map((x, i) => (i === index ? { ...x, ...patch } : x)) }));
    setNotice(null);
  };

  const save = async () => {
    const fee = readAmount(draft.fee, 'Fee', '500');
    if (fee.problem) return refuse([{ field: 'fee', message: fee.problem }]);
    const rows: MemberDeliverableInput[] = [];
    const problems: { field: string; message: string }[] = [];
    draft.deliverables?.forEach((d, i) => {
      const due = parseDateInput(d.dueDate);
      if (Number.isNaN(due)) problems.push({ field: `deliverables.${i}.dueDate`, message: 'Due date: pick a day from the calendar, or leave it empty.' });
      rows.push({ id: d.id, description: d.description, status: d.status, postUrl: d.postUrl, publishDueAt: due === null || Number.isNaN(due) ? null : due });
    });
    if (problems.length > 0) return refuse(problems);
    await write(async () => {
      const now = currentTime();
      const saved = await updateCampaignMember(campaign.id, member.creatorId, { fee: fee.value }, now);
      if (draft.deliverables) await saveMemberDeliverables(campaign.id, member.creatorId, rows, now);
      commit(draftOf(saved, await memberDeliverables(campaign.id, member.creatorId)));
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
      {draft.deliverables === null ? (
        <p className="campaign-empty">Loading deliverables…</p>
      ) : draft.deliverables.length === 0 ? (
        <p className="campaign-empty">No deliverables yet.</p>
      ) : (
        <ol className="campaign-deliverables">
          {draft.deliverables.map((d, i) => (
            <li key={d.id} className="campaign-deliverable">
              {d.agreementLabel && <p className="campaign-empty">{d.agreementLabel}, from an agreement</p>}
              <Field id={`${id}-${d.id}-description`} label={`Deliverable ${i + 1}`} error={messages[`deliverables.${i}.description`]}>
                {(props) => <input {...props} autoComplete="off" placeholder="e.g. one reel showing the product" value={d.description} onChange={(e) => editDeliverable(i, { description: e.target.value })} />}
              </Field>
              <Field id={`${id}-${d.id}-status`} label={`Deliverable ${i + 1} status`} error={messages[`deliverables.${i}.status`]}>
                {(props) => (
                  <select {...props} value={d.status} onChange={(e) => editDeliverable(i, { status: e.target.value as Deliverable['status'] })}>
                    <Options values={DELIVERABLE_STAGES} label={(s) => STAGE_LABELS[s]} />
                  </select>
                )}
              </Field>
              <Field id={`${id}-${d.id}-url`} label={`Deliverable ${i + 1} post link`} error={messages[`deliverables.${i}.postUrl`]}>
                {(props) => <input {...props} type="url" autoComplete="off" value={d.postUrl} onChange={(e) => editDeliverable(i, { postUrl: e.target.value })} />}
              </Field>
              <Field id={`${id}-${d.id}-due`} label={`Deliverable ${i + 1} due date`} error={messages[`deliverables.${i}.dueDate`]}>
                {(props) => <input {...props} type="date" value={d.dueDate} onChange={(e) => editDeliverable(i, { dueDate: e.target.value })} />}
              </Field>
              {!d.agreementLabel && (
                <button
                  type="button"
                  className="button button--link"
                  onClick={() => setDraft((x) => ({ ...x, deliverables: x.deliverables && x.deliverables.filter((_, j) => j !== i) }))}
                >
                  Remove deliverable {i + 1}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      <FormFooter notice={notice} className="campaign-actions">
        <button
          type="button"
          className="button"
          disabled={draft.deliverables === null}
          onClick={() =>
            setDraft((d) => ({ ...d, deliverables: [...(d.deliverables ?? []), { id: crypto.randomUUID(), description: '', status: 'brief_sent', postUrl: '', dueDate: '', agreementLabel: null }] }))
          }
        >
          Add deliverable
        </button>
        <button type="submit" className="button button--primary" disabled={saving || !dirty}>
          Save fee and deliverables
        </button>
      </FormFooter>
    </form>
  );
}
