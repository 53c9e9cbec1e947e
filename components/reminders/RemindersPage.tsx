import { useEffect, useId, useState } from 'react';
import { Options } from '@/components/form/Options';
import type { RosterMatch } from '@/utils/model/views';
import { storageErrorMessage } from '@/utils/model/errors';
import { type ReminderRow } from '@/storage/reminder-list';
import { useReminderLists } from '@/components/data/reminder-list';
import { cancelReminder, completeReminder, createReminder, setKeepInTouch, snoozeReminder, updateReminder } from '@/storage/reminders';
import { REMINDER_KINDS, type Reminder, type ReminderVisibility } from '@/utils/model/schemas';
import { CreatorSearchSelect } from '../app/CreatorSearchSelect';
import { formatDateTime } from '@/utils/format';
import { daysLaterAt, groupOf, type ReminderGroup } from '@/utils/reminder-schedule';
import { requestReminderSync } from '@/utils/browser/reminder-sync';
import { dateTimeInputValue, parseDateTimeInput } from '@/utils/date-input';
import './reminders.css';
import { creatorHref } from '@/utils/routes';
import { useTeamActor, useTeammates } from '@/components/data/team';
import { memberWord, sameMember } from '@/utils/team';

const KIND_LABELS: Record<Reminder['kind'], string> = {
  follow_up: 'Follow-up',
  keep_in_touch: 'Keep in touch',
  deliverable: 'Deliverable due',
  payment: 'Payment',
  usage_rights: 'Usage rights',
  custom: 'Reminder',
};

const GROUPS: Array<{ group: ReminderGroup; title: string; empty: string }> = [
  { group: 'overdue', title: 'Overdue', empty: 'Nothing overdue.' },
  { group: 'today', title: 'Later today', empty: 'Nothing else today.' },
  { group: 'upcoming', title: 'Upcoming', empty: 'Nothing scheduled.' },
];

/** Every change to reminders ends here: then the background re-creates the alarms. */
async function applying(work: () => Promise<unknown>, onError: (message: string) => void): Promise<boolean> {
  try {
    await work();
    await requestReminderSync();
    return true;
  } catch (error) {
    onError(storageErrorMessage(error));
    return false;
  }
}

function useNow(): number {
  // The lists regroup (overdue / today) as time passes.
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 5_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** In a team: "· Team · for sam" (or "for you"); nothing for a personal reminder for nobody in particular. */
function TeamNote({ reminder, actor }: { reminder: Reminder; actor: string | null }) {
  if (!actor) return null;
  const parts = [reminder.visibility === 'team' ? 'Team' : null, reminder.assignee ? `for ${memberWord(reminder.assignee, actor)}` : null].filter(Boolean);
  return parts.length ? <> · {parts.join(' · ')}</> : null;
}

function ReminderItem({ row, now, onError, actor }: { row: ReminderRow; now: number; onError: (m: string) => void; actor: string | null }) {
  const { reminder } = row;
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(reminder.title);
  const [due, setDue] = useState(dateTimeInputValue(reminder.dueAt, { seconds: true }));
  const id = useId();
  const run = (work: () => Promise<unknown>) => void applying(work, onError);

  if (editing) {
    return (
      <li className="reminder reminder--editing">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const dueAt = parseDateTimeInput(due);
            if (!title.trim() || dueAt === null) return onError('A reminder needs a title and a valid date and time.');
            void applying(() => updateReminder(reminder.id, { title: title.trim(), dueAt }, Date.now()), onError).then((ok) => ok && setEditing(false));
          }}
        >
          <label htmlFor={`${id}-title`}>Title</label>
          <input id={`${id}-title`} className="input" value={title} onChange={(e) => setTitle(e.target.value)} />
          <label htmlFor={`${id}-due`}>Due</label>
          <input id={`${id}-due`} className="input" type="datetime-local" step={1} value={due} onChange={(e) => setDue(e.target.value)} />
          <button type="submit" className="button button--primary">
            Save
          </button>
          <button type="button" className="button button--link" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      </li>
    );
  }
  const overdue = reminder.dueAt <= now;
  return (
    <li className={`reminder${overdue ? ' reminder--overdue' : ''}`}>
      <div className="reminder__main">
        <strong>{reminder.title}</strong>
        <span className="muted">
          {' '}
          · {KIND_LABELS[reminder.kind]}
          {row.creatorName && (
            <>
              {' '}
              · <a href={creatorHref(reminder.creatorId!)}>{row.creatorName}</a>
            </>
          )}{' '}
          · {overdue ? 'was due' : 'due'} {formatDateTime(reminder.dueAt)}
          <TeamNote reminder={reminder} actor={actor} />
        </span>
        {reminder.notes && <p className="reminder__notes">{reminder.notes}</p>}
      </div>
      <div className="reminder__actions" role="group" aria-label={`Actions for ${reminder.title}`}>
        <button type="button" className="button" onClick={() => run(() => completeReminder(reminder.id, Date.now()))}>
          Done
        </button>
        <button type="button" className="button" onClick={() => run(() => snoozeReminder(reminder.id, Date.now() + 60 * 60_000, Date.now()))}>
          Snooze 1 hour
        </button>
        <button type="button" className="button" onClick={() => run(() => snoozeReminder(reminder.id, daysLaterAt(Date.now(), 1, 9), Date.now()))}>
          Tomorrow 9:00
        </button>
        <button type="button" className="button button--link" onClick={() => setEditing(true)}>
          Edit
        </button>
        <button type="button" className="button button--link" onClick={() => run(() => cancelReminder(reminder.id, Date.now()))}>
          Delete
        </button>
      </div>
    </li>
  );
}

/** In a team: who sees the reminder and whom it is for. A personal reminder stays in this browser. */
function TeamFields({ id, actor, visibility, assignee, onVisibility, onAssignee }: {
  id: string;
  actor: string;
  visibility: ReminderVisibility;
  assignee: string;
  onVisibility: (v: ReminderVisibility) => void;
  onAssignee: (name: string) => void;
}) {
  const teammates = useTeammates();
  const others = teammates.filter((name) => !sameMember(name, actor));
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-visibility`}>Visible to</label>
        <select id={`${id}-visibility`} className="input" value={visibility} onChange={(e) => onVisibility(e.target.value as ReminderVisibility)}>
          <option value="personal">Only me</option>
          <option value="team">Team</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-assignee`}>Assign to</label>
        <select id={`${id}-assignee`} className="input" value={assignee} onChange={(e) => onAssignee(e.target.value)}>
          <option value="">Nobody in particular</option>
          <option value={actor}>Me ({actor})</option>
          {others.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

function NewReminderForm({ onError }: { onError: (m: string) => void }) {
  const id = useId();
  const actor = useTeamActor();
  const [visibility, setVisibility] = useState<ReminderVisibility>('personal');
  const [assignee, setAssignee] = useState('');
  const [title, setTitle] = useState('');
  const [creator, setCreator] = useState<RosterMatch | null>(null);
  const [due, setDue] = useState(() => dateTimeInputValue(daysLaterAt(Date.now(), 1, 10), { seconds: true }));
  const [kind, setKind] = useState<Reminder['kind']>('custom');
  const [notes, setNotes] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const dueAt = parseDateTimeInput(due);
    if (!title.trim()) return onError('Give the reminder a title.');
    if (dueAt === null) return onError('Choose when the reminder is due.');
    // A reminder for a teammate must reach them: only a team reminder leaves this browser.
    if (actor && assignee && !sameMember(assignee, actor) && visibility !== 'team') {
      return onError(`Make the reminder visible to the team: ${assignee} cannot see a reminder that is only yours.`);
    }
    const team = actor ? { visibility, assignee: assignee || null } : {};
    void applying(
      () => createReminder({ creatorId: creator?.creatorId ?? null, title: title.trim(), dueAt, kind, notes: notes.trim(), ...team }, Date.now()),
      onError,
    ).then((ok) => {
      if (!ok) return;
      const forWhom = actor && assignee ? ` for ${memberWord(assignee, actor)}` : '';
      setMessage(`Reminder “${title.trim()}” set${forWhom} for ${formatDateTime(dueAt)}.`);
      setTitle('');
      setNotes('');
    });
  };

  return (
    <form className="reminder-form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>New reminder</h3>
      <div className="field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input id={`${id}-title`} className="input" value={title} onChange={(e) => setTitle(e.target.value)} placeholder="e.g. Follow up about the spring launch" />
      </div>
      <CreatorSearchSelect label="Creator" selected={creator} onSelect={setCreator} />
      <div className="field">
        <label htmlFor={`${id}-due`}>Due</label>
        <input id={`${id}-due`} className="input" type="datetime-local" step={1} value={due} onChange={(e) => setDue(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select id={`${id}-kind`} className="input" value={kind} onChange={(e) => setKind(e.target.value as Reminder['kind'])}>
          <Options values={REMINDER_KINDS} label={(k) => KIND_LABELS[k]} />
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-notes`}>Notes</label>
        <textarea id={`${id}-notes`} className="input" rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </div>
      {actor && (
        <TeamFields
          id={id}
          actor={actor}
          visibility={visibility}
          assignee={assignee}
          onVisibility={setVisibility}
          onAssignee={(name) => {
            setAssignee(name);
            // Assigning it to a teammate shares it: they could not see it otherwise.
            if (name && !sameMember(name, actor)) setVisibility('team');
          }}
        />
      )}
      <button type="submit" className="button button--primary">
        Add reminder
      </button>
      <p role="status" className="muted">
        {message}
      </p>
    </form>
  );
}

function KeepInTouch({ cadences, onError }: { cadences: NonNullable<ReturnType<typeof useReminderLists>>['cadences']; onError: (m: string) => void }) {
  const id = useId();
  const [creator, setCreator] = useState<RosterMatch | null>(null);
  const [days, setDays] = useState('45');
  return (
    <section aria-labelledby={`${id}-heading`} className="keep-in-touch">
      <h3 id={`${id}-heading`}>Keep in touch</h3>
      <p className="muted">A reminder comes due this many days after your last contact with the creator, and again after each one.</p>
      {cadences.length > 0 && (
        <ul className="plain">
          {cadences.map((c) => (
            <li key={c.id}>
              <a href={creatorHref(c.id)}>{c.displayName}</a> every {c.keepInTouchDays} days{' '}
              <button type="button" className="button button--link" onClick={() => void applying(() => setKeepInTouch(c.id, null, Date.now()), onError)}>
                Stop for {c.displayName}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="keep-in-touch__form"
        onSubmit={(e) => {
          e.preventDefault();
          const n = Number(days);
          if (!creator) return onError('Choose a creator to keep in touch with.');
          if (!Number.isInteger(n) || n < 1 || n > 730) return onError('The cadence is a whole number of days from 1 to 730.');
          void applying(() => setKeepInTouch(creator.creatorId, n, Date.now()), onError).then((ok) => ok && setCreator(null));
        }}
      >
        <CreatorSearchSelect label="Keep in touch with" selected={creator} onSelect={setCreator} />
        <div className="field keep-in-touch__days">
          <label htmlFor={`${id}-days`}>Every (days)</label>
          <input id={`${id}-days`} className="input input--small" type="number" min={1} max={730} value={days} onChange={(e) => setDays(e.target.value)} />
        </div>
        <button type="submit" className="button">
          Set cadence
        </button>
      </form>
    </section>
  );
}

/** Reminders: what is overdue, due today and coming up; create, edit, snooze, complete; cadences. */
export function RemindersPage() {
  const now = useNow();
  const lists = useReminderLists(now);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const actor = useTeamActor();
  const [mineOnly, setMineOnly] = useState(false);

  if (!lists) return <p role="status">Loading reminders…</p>;
  const grouped = new Map<ReminderGroup, ReminderRow[]>(GROUPS.map((g) => [g.group, []]));
  for (const row of lists.pending) {
    if (actor && mineOnly && !sameMember(row.reminder.assignee, actor)) continue;
    grouped.get(groupOf(row.reminder, now))!.push(row);
  }
  const dueCount = grouped.get('overdue')!.length;

  return (
    <section className="reminders-page" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Reminders</h2>
      <p className="muted" data-testid="due-count">
        {dueCount ? `${dueCount} due now.` : 'Nothing due now.'} Reminders notify you even when no Creator Scout page is open.
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="reminders-layout">
        <div>
          {actor && (
            <label className="settings-check">
              <input type="checkbox" checked={mineOnly} onChange={(e) => setMineOnly(e.target.checked)} />
              Assigned to me
            </label>
          )}
          {GROUPS.map(({ group, title, empty }) => (
            <section key={group} aria-labelledby={`${id}-${group}`} className="reminder-group">
              <h3 id={`${id}-${group}`}>
                {title} ({grouped.get(group)!.length})
              </h3>
              {grouped.get(group)!.length === 0 ? (
                <p className="muted">{empty}</p>
              ) : (
                <ul className="plain">
                  {grouped.get(group)!.map((row) => (
                    <ReminderItem key={row.reminder.id} row={row} now={now} onError={setError} actor={actor} />
                  ))}
                </ul>
              )}
            </section>
          ))}
          {lists.recentlyDone.length > 0 && (
            <details className="reminder-group">
              <summary>Done recently ({lists.recentlyDone.length})</summary>
              <ul className="plain">
                {lists.recentlyDone.map(({ reminder, creatorName }) => (
                  <li key={reminder.id} className="muted">
                    {reminder.title}
                    {creatorName && ` · ${creatorName}`} · done {formatDateTime(reminder.completedAt ?? reminder.updatedAt)}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
        <aside>
          <NewReminderForm onError={setError} />
          <KeepInTouch cadences={lists.cadences} onError={setError} />
        </aside>
      </div>
    </section>
  );
}
