import type { KeyboardEvent } from 'react';
import { KIND_LABELS, shiftDay, type CalendarItem } from '@/utils/calendar/events';
import { STAGE_LABELS } from '@/utils/deliverables/rules';

// The month and week grids and the agenda list. A deliverable is a button: Enter opens it, dragging
// or Alt + arrow keys move it (onMove); everything else is text.

const MOVE_KEYS: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'long' });
const fullDay = new Intl.DateTimeFormat(undefined, { dateStyle: 'full' });

function ItemLine({ item, hintId, focus, onFocused, onOpen, onMove }: {
  item: CalendarItem;
  hintId?: string;
  focus?: boolean;
  onFocused?: () => void;
  onOpen: (id: string) => void;
  onMove?: (item: CalendarItem, day: number) => void;
}) {
  const className = `calendar-item calendar-item--${item.kind}${item.overdue ? ' calendar-item--overdue' : ''}`;
  const text = (
    <>
      {item.overdue && <span className="calendar-item__overdue">Overdue: </span>}
      <span className="calendar-item__kind">{KIND_LABELS[item.kind]}: </span>
      {item.title}
      {item.creatorName && <span className="calendar-item__who"> — {item.creatorName}</span>}
      {item.stage && <span className="calendar-item__stage"> ({STAGE_LABELS[item.stage]})</span>}
    </>
  );
  if (!item.deliverableId) return <span className={className}>{text}</span>;
  const movable = item.kind === 'deliverable' && onMove;
  const deliverableId = item.deliverableId;
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const days = MOVE_KEYS[event.key];
    if (!movable || !event.altKey || days === undefined) return;
    event.preventDefault();
    onMove(item, shiftDay(item.day, days));
  };
  return (
    <button
      type="button"
      className={className}
      // A moved deliverable is a new button on another day: focus follows it, once.
      ref={
        focus
          ? (el) => {
              if (!el) return;
              el.focus();
              onFocused?.();
            }
          : undefined
      }
      draggable={Boolean(movable)}
      aria-describedby={movable ? hintId : undefined}
      aria-keyshortcuts={movable ? 'Alt+ArrowLeft Alt+ArrowRight Alt+ArrowUp Alt+ArrowDown' : undefined}
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', item.key);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onClick={() => onOpen(deliverableId)}
      onKeyDown={onKeyDown}
    >
      {text}
    </button>
  );
}

export function CalendarGrid(props: {
  days: number[];
  anchor: number;
  view: 'month' | 'week';
  items: CalendarItem[];
  now: number;
  hintId: string;
  focusKey: string | null;
  onFocused: () => void;
  onOpen: (id: string) => void;
  onMove: (item: CalendarItem, day: number) => void;
}) {
  const { days, items, now } = props;
  const byDay = new Map<number, CalendarItem[]>();
  for (const item of items) byDay.set(item.day, [...(byDay.get(item.day) ?? []), item]);
  const weeks: number[][] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  const today = shiftDay(now, 0);
  const month = new Date(props.anchor).getMonth();
  const byKey = new Map(items.map((i) => [i.key, i]));

  return (
    <table className={`calendar-grid calendar-grid--${props.view}`}>
      <thead>
        <tr>
          {weeks[0]?.map((d) => (
            <th key={d} scope="col">
              {weekday.format(d)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]}>
            {week.map((d) => {
              const list = byDay.get(d) ?? [];
              const outside = props.view === 'month' && new Date(d).getMonth() !== month;
              return (
                <td
                  key={d}
                  className={`calendar-day${d === today ? ' calendar-day--today' : ''}${outside ? ' calendar-day--outside' : ''}`}
                  aria-label={fullDay.format(d)}
                  data-day={d}
                  onDragOver={(e) => e.preventDefault()}
                  onDrop={(e) => {
                    e.preventDefault();
                    const item = byKey.get(e.dataTransfer.getData('text/plain'));
                    if (item) props.onMove(item, d);
                  }}
                >
                  <span className="calendar-day__number" aria-hidden="true">
                    {new Date(d).getDate()}
                  </span>
                  {list.length > 0 && (
                    <ul className="calendar-day__items" aria-label={`${fullDay.format(d)}${d === today ? ' (today)' : ''}`}>
                      {list.map((item) => (
                        <li key={item.key}>
                          <ItemLine item={item} hintId={props.hintId} focus={props.focusKey === item.key} onFocused={props.onFocused} onOpen={props.onOpen} onMove={props.onMove} />
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function AgendaList({ items, onOpen }: { items: CalendarItem[]; onOpen: (id: string) => void }) {
  if (items.length === 0) return <p>Nothing on the calendar yet: deliverables, payments, rights ends and reminders show here once they have a date.</p>;
  const groups: Array<[number, CalendarItem[]]> = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && last[0] === item.day) last[1].push(item);
    else groups.push([item.day, [item]]);
  }
  return (
    <div className="calendar-agenda">
      {groups.map(([day, list]) => (
        <section key={day} aria-label={fullDay.format(day)}>
          <h4>{fullDay.format(day)}</h4>
          <ul>
            {list.map((item) => (
              <li key={item.key}>
                <ItemLine item={item} onOpen={onOpen} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
