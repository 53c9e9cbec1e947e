import { useLiveQuery } from 'dexie-react-hooks';
import { Options } from '@/components/form/Options';
import { useId, useMemo, useState } from 'react';
import { downloadFile } from '@/components/import-export/download';
import { loadCalendarData, moveDeliverable } from '@/storage/deliverables';
import { storageErrorMessage } from '@/utils/model/errors';
import { DELIVERABLE_STAGES } from '@/utils/model/schemas';
import { calendarItems, filterItems, shiftDay, visibleDays, weekStartOf, type CalendarFilter, type CalendarItem, type CalendarView } from '@/utils/calendar/events';
import { STAGE_LABELS } from '@/utils/deliverables/rules';
import { calendarCsv, calendarIcs } from '@/utils/calendar/export';
import { localDate } from '@/utils/date-input';
import { requestReminderSync } from '@/utils/browser/reminder-sync';
import { CalendarGrid, AgendaList } from './CalendarViews';
import { DeliverablePanel } from './DeliverablePanel';
import './calendar.css';

// The content calendar (`#/calendar`): deliverables, draft due dates, payments, rights ends and
// reminders by month, week or as an agenda; filters; a deliverable moves to another day by drag
// and drop or from the keyboard (Alt + arrow keys), which moves its due date and its reminder.

const VIEWS: Array<{ view: CalendarView; label: string }> = [
  { view: 'month', label: 'Month' },
  { view: 'week', label: 'Week' },
  { view: 'agenda', label: 'Agenda' },
];

export function CalendarPage() {
  const id = useId();
  const data = useLiveQuery(loadCalendarData, []);
  const [now] = useState(() => Date.now());
  const [view, setView] = useState<CalendarView>('month');
  const [anchor, setAnchor] = useState(() => shiftDay(now, 0));
  const [filter, setFilter] = useState<CalendarFilter>({ campaignId: '', creatorId: '', stage: '' });
  const [openId, setOpenId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const weekStartsOn = useMemo(() => weekStartOf(navigator.language), []);

  const items = useMemo(() => (data ? filterItems(calendarItems(data, now), filter) : []), [data, filter, now]);
  if (!data) return <p>Loading the calendar…</p>;

  const open = openId ? data.deliverables.find((r) => r.deliverable.id === openId) : undefined;
  const days = view === 'agenda' ? [] : visibleDays(view, anchor, weekStartsOn);
  const step = (direction: 1 | -1) => {
    const next = new Date(anchor);
    if (view === 'month') next.setMonth(next.getMonth() + direction, 1);
    else next.setDate(next.getDate() + 7 * direction);
    setAnchor(next.getTime());
  };
  const heading =
    view === 'month'
      ? new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' }).format(anchor)
      : view === 'week'
        ? `Week of ${new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(days[0])}`
        : 'Agenda';

  const move = async (item: CalendarItem, day: number) => {
    if (!item.deliverableId || item.kind !== 'deliverable' || item.day === day) return;
    setError(null);
    try {
      await moveDeliverable(item.deliverableId, day, Date.now());
      await requestReminderSync();
      const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'full' }).format(day);
      setAnnouncement(`Moved ${item.title}${item.creatorName ? ` for ${item.creatorName}` : ''} to ${when}. Its reminder moved too.`);
      setFocusKey(item.key);
      if (view !== 'agenda' && !visibleDays(view, anchor, weekStartsOn).includes(day)) setAnchor(day);
    } catch (e) {
      setError(storageErrorMessage(e));
    }
  };

  const creators = [...data.creatorNames].sort((a, b) => a[1].localeCompare(b[1]));
  const campaigns = [...data.campaignNames].sort((a, b) => a[1].localeCompare(b[1]));
  const stamp = localDate(now);

  return (
    <section className="calendar" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Content calendar</h2>
      <div className="calendar__toolbar">
        <div role="group" aria-label="View">
          {VIEWS.map((v) => (
            <button key={v.view} type="button" className="button" aria-pressed={view === v.view} onClick={() => setView(v.view)}>
              {v.label}
            </button>
          ))}
        </div>
        {view !== 'agenda' && (
          <div role="group" aria-label="Dates">
            <button type="button" className="button" onClick={() => step(-1)}>
              Previous {view}
            </button>
            <button type="button" className="button" onClick={() => setAnchor(shiftDay(Date.now(), 0))}>
              Today
            </button>
            <button type="button" className="button" onClick={() => step(1)}>
              Next {view}
            </button>
          </div>
        )}
        <div role="group" aria-label="Export">
          <button type="button" className="button" onClick={() => downloadFile(new Blob([calendarIcs(items, Date.now())], { type: 'text/calendar' }), `creator-scout-calendar-${stamp}.ics`)}>
            Export .ics
          </button>
          <button type="button" className="button" onClick={() => downloadFile(new Blob([calendarCsv(items)], { type: 'text/csv' }), `creator-scout-calendar-${stamp}.csv`)}>
            Export CSV
          </button>
        </div>
      </div>
      <div className="calendar__filters" role="group" aria-label="Filters">
        <label htmlFor={`${id}-campaign`}>Campaign</label>
        <select id={`${id}-campaign`} className="input" value={filter.campaignId} onChange={(e) => setFilter({ ...filter, campaignId: e.target.value })}>
          <option value="">All campaigns</option>
          {campaigns.map(([cid, name]) => (
            <option key={cid} value={cid}>
              {name}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-creator`}>Creator</label>
        <select id={`${id}-creator`} className="input" value={filter.creatorId} onChange={(e) => setFilter({ ...filter, creatorId: e.target.value })}>
          <option value="">All creators</option>
          {creators.map(([cid, name]) => (
            <option key={cid} value={cid}>
              {name}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-stage`}>Status</label>
        <select id={`${id}-stage`} className="input" value={filter.stage} onChange={(e) => setFilter({ ...filter, stage: e.target.value })}>
          <option value="">Everything</option>
          <Options values={DELIVERABLE_STAGES} label={(s) => STAGE_LABELS[s]} />
        </select>
      </div>
      <p className="calendar__hint" id={`${id}-hint`}>
        Open a deliverable to record drafts and approvals. To move one, drag it to another day, or focus it and press Alt with the left or right arrow (a day) or the up or down arrow (a
        week).
      </p>
      <p role="status" className="calendar__announce">
        {announcement}
      </p>
      {error && (
        <p role="alert" className="calendar__error">
          {error}
        </p>
      )}
      <h3 className="calendar__heading">{heading}</h3>
      <div className="calendar__body">
        {view === 'agenda' ? (
          <AgendaList items={items} onOpen={setOpenId} />
        ) : (
          <CalendarGrid days={days} anchor={anchor} view={view} items={items} now={now} hintId={`${id}-hint`} focusKey={focusKey} onFocused={() => setFocusKey(null)} onOpen={setOpenId} onMove={(item, day) => void move(item, day)} />
        )}
        {open && <DeliverablePanel key={open.deliverable.id} row={open} now={now} onClose={() => setOpenId(null)} />}
      </div>
    </section>
  );
}
