// When reminders are due and what the browser should do about them. Pure: `now` and the user's
// time zone come in from outside. Due times are instants (epoch ms, UTC); anything the user means as
// a time of day ("in 5 days at 10:00", "every 45 days") is computed on the calendar of their time
// zone, so it stays at 10:00 across a daylight-saving change.
import type { Reminder } from '@/utils/model/schemas';

export const ALARM_PREFIX = 'reminder:';
export const TICK_ALARM = 'reminders:tick';
export const DEFAULT_FOLLOW_UP_DAYS = 5;
export const DEFAULT_REMINDER_HOUR = 10;

export function alarmName(reminderId: string): string {
  return `${ALARM_PREFIX}${reminderId}`;
}

export function reminderIdOfAlarm(name: string): string | null {
  return name.startsWith(ALARM_PREFIX) ? name.slice(ALARM_PREFIX.length) : null;
}

/**
 * `days` calendar days after `from`, at `hour`:`minute` local time (the time zone of the Date
 * object, i.e. the user's). A day is not always 24 hours: across a daylight-saving change this
 * still lands at the given wall-clock time.
 */
export function daysLaterAt(from: number, days: number, hour = DEFAULT_REMINDER_HOUR, minute = 0): number {
  const date = new Date(from);
  date.setDate(date.getDate() + days);
  date.setHours(hour, minute, 0, 0);
  return date.getTime();
}

/** The end of the local day containing `now`. */
export function endOfDay(now: number): number {
  const date = new Date(now);
  date.setHours(23, 59, 59, 999);
  return date.getTime();
}

export type ReminderGroup = 'overdue' | 'today' | 'upcoming';

/** Overdue (due before now), today (due later today), upcoming (after today). */
export function groupOf(reminder: Pick<Reminder, 'dueAt'>, now: number): ReminderGroup {
  if (reminder.dueAt <= now) return 'overdue';
  return reminder.dueAt <= endOfDay(now) ? 'today' : 'upcoming';
}

export interface AlarmPlan {
  /** Alarms to have, by name, with the instant they should fire. */
  alarms: Map<string, number>;
  /** Reminders already due that nobody was told about yet (missed while the browser was closed). */
  dueUnannounced: Reminder[];
  /** How many pending reminders are due: the number on the toolbar icon. */
  dueCount: number;
}

/** What the browser's alarms, notifications and badge should be for these reminders at `now`. */
export function planAlarms(reminders: Reminder[], now: number): AlarmPlan {
  const alarms = new Map<string, number>();
  const dueUnannounced: Reminder[] = [];
  let dueCount = 0;
  for (const r of reminders) {
    if (r.status !== 'pending') continue;
    if (r.dueAt <= now) {
      dueCount++;
      if (r.notifiedAt === null || r.notifiedAt < r.dueAt) dueUnannounced.push(r);
    } else {
      alarms.set(alarmName(r.id), r.dueAt);
    }
  }
  dueUnannounced.sort((a, b) => a.dueAt - b.dueAt);
  return { alarms, dueUnannounced, dueCount };
}

/** The badge text for a count of due reminders: empty for none, "99+" beyond two digits. */
export function badgeText(dueCount: number): string {
  if (dueCount <= 0) return '';
  return dueCount > 99 ? '99+' : String(dueCount);
}

/**
 * When the "keep in touch" reminder of a creator is due: `cadenceDays` after the last contact (or,
 * never contacted, after they were added), at the usual time of day.
 */
export function keepInTouchDue(lastContactedAt: number | null, createdAt: number, cadenceDays: number): number {
  return daysLaterAt(lastContactedAt ?? createdAt, cadenceDays);
}
