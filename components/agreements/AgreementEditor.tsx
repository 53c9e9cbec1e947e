import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { FormFooter } from '@/components/form/FormNotice';
import { userCurrency } from '@/utils/currency';
import { useFormSave } from '@/components/app/useFormSave';
import { saveAgreement } from '@/storage/agreements';
import { useAgreement, useCampaignChoices, useCreatorName } from '@/components/data/agreements';
import type { Agreement } from '@/utils/model/schemas';
import { draftOf, inputOf, newDraft, readDraft, type AgreementDraft } from '@/utils/agreements/draft';
import { agreementProblems } from '@/utils/agreements/validation';
import { requestReminderSync } from '@/utils/browser/reminder-sync';
import { AgreementStatusActions } from './AgreementStatusActions';
import { CreatorField, type ChosenCreator } from './CreatorField';
import { DeliverablesFieldset } from './DeliverablesFieldset';
import { fieldKit, TextArea, TextField, type Edit } from './field-kit';
import { PaymentFieldset } from './PaymentFieldset';
import { ReminderPreview } from './ReminderPreview';
import { ContentTermsFieldset, ExclusivityFieldset, UsageRightsFieldset } from './TermsFieldsets';
import './agreements.css';
import { agreementDocumentHref, agreementHref } from '@/utils/routes';

// The agreement builder (`#/agreements/new?creator=<id>` and `#/agreements/<id>`): deliverables,
// timeline, fee and payments, usage rights, exclusivity, disclosure, approvals and creative freedom,
// checked field by field; saving sets the reminders its dates imply.

/**
 * Props: `agreementId` edits a saved agreement; without it, a new one, with `creatorId` (from the
 * address's `?creator=`) fixing who it is with, else a picker.
 */
export function AgreementEditor({ agreementId, creatorId }: { agreementId?: string; creatorId?: string }) {
  // One live copy of the saved agreement for the whole editor. A new one is saved in place (the
  // form keeps its state, the address follows without a page change), so its id can arrive later.
  const [savedId, setSavedId] = useState(agreementId);
  const live = useAgreement(savedId ?? '');
  return agreementId ? <ExistingAgreement agreementId={agreementId} live={live} /> : <NewAgreement creatorId={creatorId} live={live} onSaved={setSavedId} />;
}

/** The saved agreement as the editor sees it: `undefined` while loading, `null` when there is none (yet). */
type Live = ReturnType<typeof useAgreement>;

function Frame({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="agreement-page" aria-labelledby={headingId}>
      <p className="agreement-page__back">
        <a href="#/agreements">← Agreements</a>
      </p>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

function ExistingAgreement({ agreementId, live: context }: { agreementId: string; live: Live }) {
  if (context === undefined) return <Frame title="Agreement"><p role="status">Loading the agreement…</p></Frame>;
  if (context === null) {
    return (
      <Frame title="Agreement not found">
        <p>This agreement does not exist: it may have been deleted, or the address is incomplete.</p>
      </Frame>
    );
  }
  const creator = context.creator ? { id: context.creator.id, displayName: context.creator.displayName } : { id: context.agreement.creatorId, displayName: 'A deleted creator' };
  return <AgreementForm savedId={agreementId} live={context} initial={draftOf(inputOf(context.agreement))} creator={creator} fixedCreator />;
}

function NewAgreement({ creatorId, live, onSaved }: { creatorId?: string; live: Live; onSaved: (id: string) => void }) {
  const creator = useCreatorName(creatorId);
  if (creator === undefined) return <Frame title="New agreement"><p role="status">Loading…</p></Frame>;
  return (
    <AgreementForm
      key={creatorId ?? ''}
      live={live}
      onSaved={onSaved}
      initial={newDraft(creator?.id ?? '', userCurrency())}
      creator={creator}
      fixedCreator={creator !== null}
      warning={creatorId && !creator ? 'The creator in the address is not on your roster: choose one below.' : undefined}
    />
  );
}

interface FormProps {
  /** The saved agreement's id, when the editor opened one. */
  savedId?: string;
  live: Live;
  /** A new agreement was saved for the first time. */
  onSaved?: (id: string) => void;
  initial: AgreementDraft;
  creator: ChosenCreator | null;
  fixedCreator: boolean;
  warning?: string;
}

const newRowId = () => crypto.randomUUID();

function AgreementForm(props: FormProps) {
  const base = useId();
  const [savedId, setSavedId] = useState(props.savedId);
  const { live } = props;
  const [draft, setDraft] = useState(props.initial);
  const [baseline, setBaseline] = useState(() => JSON.stringify(props.initial));
  const [creator, setCreator] = useState(props.creator);
  const { formRef, messages, notice, setNotice, saving, refuse, save: write } = useFormSave({
    refused: (problems) => `Not saved: fix the ${problems.length === 1 ? 'highlighted field' : `${problems.length} highlighted fields`}.`,
  });
  const campaigns = useCampaignChoices();
  const kit = fieldKit(base, messages);
  const withCreator: AgreementDraft = { ...draft, creatorId: creator?.id ?? '' };
  const dirty = JSON.stringify(withCreator) !== baseline;

  const edit: Edit = (patch) => {
    setDraft((d) => ({ ...d, ...(typeof patch === 'function' ? patch(d) : patch) }));
    setNotice(null);
  };

  const save = async () => {
    const { input, problems: unreadable } = readDraft(withCreator);
    const problems = [...unreadable, ...agreementProblems(input).filter((p) => !unreadable.some((u) => u.field === p.field))];
    if (problems.length > 0) return refuse(problems);
    await write(async () => {
      const agreement: Agreement = await saveAgreement(input, Date.now(), savedId);
      void requestReminderSync();
      if (!savedId) {
        setSavedId(agreement.id);
        props.onSaved?.(agreement.id);
        // The address follows without a new history entry or a page change (this form keeps its state).
        history.replaceState(null, '', agreementHref(agreement.id));
      }
      const saved = draftOf(inputOf(agreement));
      setDraft(saved);
      setBaseline(JSON.stringify(saved));
      return 'Saved. Its dates are on your reminders.';
    });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save();
  };

  const agreement = live ?? null;
  const title = savedId ? agreement?.agreement.title || 'Agreement' : 'New agreement';
  return (
    <Frame title={title}>
      {props.warning && <p className="form-error">{props.warning}</p>}
      {agreement && (
        <>
          <AgreementStatusActions agreement={agreement.agreement} unsaved={dirty} />
          <p>
            <a href={agreementDocumentHref(agreement.agreement.id)}>Open the printable agreement</a>
          </p>
        </>
      )}
      {/* noValidate: each field shows its own message; the browser's bubbles would duplicate them. */}
      <form ref={formRef} className="agreement-form" aria-label="Agreement" noValidate onSubmit={onSubmit}>
        <fieldset className="agreement-form__group">
          <legend>The agreement</legend>
          <div className="agreement-form__grid">
            <TextField kit={kit} field="title" label="Title" value={draft.title} placeholder="e.g. Spring launch — 2 reels" onChange={(value) => edit({ title: value })} />
            <CreatorField kit={kit} chosen={creator} fixed={props.fixedCreator} onChoose={(c) => {
                setCreator(c);
                setNotice(null);
              }} />
            <div className="form-field">
              <label htmlFor={kit.id('campaign')}>Campaign</label>
              <select id={kit.id('campaign')} className="input" value={draft.campaignId} {...kit.aria('campaign')} onChange={(e) => edit({ campaignId: e.target.value })}>
                <option value="">None</option>
                {campaigns?.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
              {kit.error('campaign')}
            </div>
            <TextField kit={kit} field="startDate" label="Start date" type="date" value={draft.startDate} onChange={(value) => edit({ startDate: value })} hint="Usage rights, whitelisting and exclusivity count from this day." />
          </div>
        </fieldset>
        <DeliverablesFieldset rows={draft.deliverables} edit={edit} kit={kit} newId={newRowId} />
        <PaymentFieldset draft={draft} edit={edit} kit={kit} newId={newRowId} />
        <UsageRightsFieldset draft={draft} edit={edit} kit={kit} />
        <ExclusivityFieldset draft={draft} edit={edit} kit={kit} />
        <ContentTermsFieldset draft={draft} edit={edit} kit={kit} />
        <fieldset className="agreement-form__group">
          <legend>Notes</legend>
          <TextArea kit={kit} field="notes" label="Other terms and notes" value={draft.notes} onChange={(value) => edit({ notes: value })} />
        </fieldset>
        <ReminderPreview draft={withCreator} creatorName={creator?.displayName ?? 'the creator'} status={agreement?.agreement.status ?? 'draft'} />
        {kit.error('form')}
        <FormFooter notice={notice} pending={dirty && savedId ? 'Unsaved changes' : ''} className="agreement-form__actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            {!savedId || agreement?.agreement.status === 'draft' ? 'Save draft' : 'Save changes'}
          </button>
        </FormFooter>
      </form>
    </Frame>
  );
}
