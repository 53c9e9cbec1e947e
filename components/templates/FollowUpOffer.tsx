import { useId, useState, type FormEvent } from 'react';
import { storageErrorMessage } from '@/utils/model/errors';
import { scheduleFollowUp } from '@/storage/outreach';
import { formatDateTime } from '@/utils/format';
import { requestReminderSync } from '@/utils/browser/reminder-sync';
import { dateInputValue } from '@/utils/date-input';
import { defaultFollowUpAt, fromDateInput } from '@/utils/templates/send';

interface Props {
  creatorId: string;
  creatorName: string;
  /** The outreach just logged: the reminder waits on it, and a reply to it cancels it. */
  interactionId: string;
  sentAt: number;
  /** What was done, as a sentence: "Copied to the clipboard." */
  done: string;
}

/** After a message is sent: it is on the timeline; offer a reminder to follow up (five days later by default). */
export function FollowUpOffer({ creatorId, creatorName, interactionId, sentAt, done }: Props) {
  const id = useId();
  const [date, setDate] = useState(() => dateInputValue(defaultFollowUpAt(sentAt)));
  const [state, setState] = useState<{ step: 'offer' } | { step: 'declined' } | { step: 'scheduled'; dueAt: number }>({ step: 'offer' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const schedule = async (event: FormEvent) => {
    event.preventDefault();
    const dueAt = fromDateInput(date);
    const now = Date.now();
    if (dueAt === null) return setError('Choose the date to follow up on.');
    if (dueAt <= now) return setError('Choose a date in the future: that one has passed.');
    setBusy(true);
    setError(null);
    try {
      await scheduleFollowUp(creatorId, interactionId, dueAt, now);
      await requestReminderSync();
      setState({ step: 'scheduled', dueAt });
    } catch (e) {
      setError(`No reminder was set: ${storageErrorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="templates-followup" role="group" aria-labelledby={`${id}-done`}>
      <p id={`${id}-done`} role="status">
        {done} Logged on {creatorName}’s timeline.
      </p>
      {state.step === 'offer' && (
        <form className="templates-followup__form" aria-label="Follow-up reminder" onSubmit={(e) => void schedule(e)} noValidate>
          <label htmlFor={`${id}-date`}>Remind me to follow up on</label>
          <input
            id={`${id}-date`}
            className="input"
            type="date"
            value={date}
            min={dateInputValue(sentAt)}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            aria-invalid={error ? true : undefined}
            onChange={(e) => setDate(e.target.value)}
          />
          <span id={`${id}-hint`} className="templates-hint">
            at 10:00. A reply logged before then cancels it.
          </span>
          <div className="templates-actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              Schedule
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => setState({ step: 'declined' })}>
              No thanks
            </button>
          </div>
          {error && (
            <p id={`${id}-error`} role="alert" className="templates-error">
              {error}
            </p>
          )}
        </form>
      )}
      {state.step === 'scheduled' && (
        <p role="status">
          You’ll be reminded to follow up with {creatorName} on {formatDateTime(state.dueAt)}, unless you log their reply first.{' '}
          <a href="#/reminders">See your reminders</a>
        </p>
      )}
      {state.step === 'declined' && <p className="templates-muted">No follow-up reminder.</p>}
    </div>
  );
}
