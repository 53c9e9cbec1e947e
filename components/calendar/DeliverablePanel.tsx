import { useId, useState, type FormEvent } from 'react';
import { approveDraft, moveDeliverable, recordDraft, requestChanges, type DeliverableRow } from '@/storage/deliverables';
import { storageErrorMessage } from '@/utils/model/errors';
import { dateInputValue, parseDateInput } from '@/utils/date-input';
import { changeRoundsUsed, deliverableTitle, pendingRound, recordDraftProblem, requestChangesProblem, roundLimitText, STAGE_LABELS } from '@/utils/deliverables/rules';
import { shiftDay } from '@/utils/calendar/events';
import { formatDateTime } from '@/utils/format';
import { requestReminderSync } from '@/utils/browser/reminder-sync';

// One deliverable, opened from the calendar: its dates, its approval rounds against the agreement's
// limit, and the three things that happen to a draft — it comes in, changes are asked for (a note on
// the timeline and a reminder for the changed draft), or it is approved.

const DEFAULT_RESUBMIT_DAYS = 3;
const dayText = (t: number) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(t);

export function DeliverablePanel({ row, now, onClose }: { row: DeliverableRow; now: number; onClose: () => void }) {
  const id = useId();
  const d = row.deliverable;
  const title = deliverableTitle(d);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const [draftUrl, setDraftUrl] = useState('');
  const [draftNotes, setDraftNotes] = useState('');
  const [feedback, setFeedback] = useState('');
  const [resubmit, setResubmit] = useState(() => dateInputValue(shiftDay(now, DEFAULT_RESUBMIT_DAYS)));
  const [publishDate, setPublishDate] = useState(dateInputValue(d.publishDueAt));
  const [draftDate, setDraftDate] = useState(dateInputValue(d.draftDueAt));

  const run = async (work: () => Promise<unknown>, message: string) => {
    setError(null);
    setDone('');
    try {
      await work();
      await requestReminderSync();
      setDone(message);
      return true;
    } catch (e) {
      setError(storageErrorMessage(e));
      return false;
    }
  };

  const pending = pendingRound(d);
  const limitProblem = pending ? requestChangesProblem(d, row.roundLimit) : null;
  const draftProblem = recordDraftProblem(d);

  const saveDates = (event: FormEvent) => {
    event.preventDefault();
    const publish = parseDateInput(publishDate);
    const draft = parseDateInput(draftDate);
    if (Number.isNaN(publish) || Number.isNaN(draft)) return setError('Dates: pick a day from the calendar, or leave it empty.');
    void run(() => moveDeliverable(d.id, publish, Date.now(), draft), 'Dates saved; the reminders moved with them.');
  };

  const onRecord = (event: FormEvent) => {
    event.preventDefault();
    void run(() => recordDraft(d.id, { draftUrl, draftNotes }, Date.now()), `Draft ${d.rounds.length + 1} recorded.`).then((ok) => {
      if (ok) {
        setDraftUrl('');
        setDraftNotes('');
      }
    });
  };

  const onRequest = (event: FormEvent) => {
    event.preventDefault();
    const due = parseDateInput(resubmit, 0);
    if (due === null || Number.isNaN(due)) return setError('Changed draft due: pick the day the creator should send the changed draft.');
    void run(() => requestChanges(d.id, { feedback, resubmitDueAt: due }, Date.now()), 'Changes requested: a reminder is set for the changed draft.').then((ok) => ok && setFeedback(''));
  };

  return (
    <section className="deliverable-panel" aria-labelledby={`${id}-title`}>
      <header className="deliverable-panel__header">
        <h3 id={`${id}-title`}>{title}</h3>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </header>
      <dl className="deliverable-panel__facts">
        <dt>Creator</dt>
        <dd>{row.creatorName ?? 'Deleted creator'}</dd>
        {row.campaignName && (
          <>
            <dt>Campaign</dt>
            <dd>{row.campaignName}</dd>
          </>
        )}
        {row.agreementTitle && (
          <>
            <dt>Agreement</dt>
            <dd>{row.agreementTitle}</dd>
          </>
        )}
        <dt>Status</dt>
        <dd>{STAGE_LABELS[d.status]}</dd>
        <dt>Approval rounds</dt>
        <dd>{roundLimitText(changeRoundsUsed(d), row.roundLimit)}</dd>
        {d.postUrl && (
          <>
            <dt>Published post</dt>
            <dd>
              <a href={d.postUrl} target="_blank" rel="noreferrer noopener">
                {d.postUrl}
              </a>
            </dd>
          </>
        )}
      </dl>

      <form className="deliverable-panel__form" aria-label="Due dates" onSubmit={saveDates}>
        <label htmlFor={`${id}-draft-due`}>Draft due</label>
        <input id={`${id}-draft-due`} className="input" type="date" value={draftDate} onChange={(e) => setDraftDate(e.target.value)} />
        <label htmlFor={`${id}-publish-due`}>Publish due</label>
        <input id={`${id}-publish-due`} className="input" type="date" value={publishDate} onChange={(e) => setPublishDate(e.target.value)} />
        <button type="submit" className="button">
          Save dates
        </button>
      </form>

      <h4>Drafts</h4>
      {d.rounds.length === 0 ? (
        <p className="deliverable-panel__muted">No draft yet.</p>
      ) : (
        <ol className="deliverable-panel__rounds">
          {d.rounds.map((r) => (
            <li key={r.number}>
              <strong>Draft {r.number}</strong>, received {formatDateTime(r.receivedAt)}
              {r.draftUrl && (
                <>
                  {' — '}
                  <a href={r.draftUrl} target="_blank" rel="noreferrer noopener">
                    {r.draftUrl}
                  </a>
                </>
              )}
              {r.draftNotes && <p>{r.draftNotes}</p>}
              <p>
                {r.outcome === 'pending' && 'Waiting for your decision.'}
                {r.outcome === 'approved' && `Approved${r.feedback ? `: ${r.feedback}` : '.'}`}
                {r.outcome === 'changes_requested' && `Changes requested: ${r.feedback}${r.resubmitDueAt !== null ? ` (changed draft due ${dayText(r.resubmitDueAt)})` : ''}`}
              </p>
            </li>
          ))}
        </ol>
      )}

      {!draftProblem && (
        <form className="deliverable-panel__form" aria-label="Record a draft" onSubmit={onRecord}>
          <label htmlFor={`${id}-draft-url`}>Draft link</label>
          <input id={`${id}-draft-url`} className="input" type="url" placeholder="https://" value={draftUrl} onChange={(e) => setDraftUrl(e.target.value)} />
          <label htmlFor={`${id}-draft-notes`}>Draft notes</label>
          <textarea id={`${id}-draft-notes`} className="input" rows={2} value={draftNotes} onChange={(e) => setDraftNotes(e.target.value)} />
          <button type="submit" className="button button--primary">
            Record draft {d.rounds.length + 1}
          </button>
        </form>
      )}

      {pending && (
        <>
          <form className="deliverable-panel__form" aria-label="Request changes" onSubmit={onRequest}>
            {limitProblem && (
              <p className="deliverable-panel__limit" id={`${id}-limit`}>
                {limitProblem}
              </p>
            )}
            <label htmlFor={`${id}-feedback`}>Changes to ask for</label>
            <textarea id={`${id}-feedback`} className="input" rows={3} value={feedback} onChange={(e) => setFeedback(e.target.value)} />
            <label htmlFor={`${id}-resubmit`}>Changed draft due</label>
            <input id={`${id}-resubmit`} className="input" type="date" value={resubmit} onChange={(e) => setResubmit(e.target.value)} />
            <button type="submit" className="button" aria-describedby={limitProblem ? `${id}-limit` : undefined}>
              Request changes
            </button>
          </form>
          <p>
            <button type="button" className="button button--primary" onClick={() => void run(() => approveDraft(d.id, '', Date.now()), `Draft ${pending.number} approved.`)}>
              Approve draft {pending.number}
            </button>
          </p>
        </>
      )}

      <p role="status" className="deliverable-panel__done">
        {done}
      </p>
      {error && (
        <p role="alert" className="deliverable-panel__error">
          {error}
        </p>
      )}
    </section>
  );
}
