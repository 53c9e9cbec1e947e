import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, daysLaterAt, endOfDay, groupOf, keepInTouchDue, planAlarms } from '@/utils/reminder-schedule';
import { makeReminder } from '../../helpers/records';

// Due times are instants; "in 5 days at 10:00" is computed on the user's calendar. This file runs
// in Berlin time, where daylight saving ends on 25 October 2026 and starts on 29 March 2026.
const original = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  process.env.TZ = original;
});

describe('daysLaterAt', () => {
  it('lands at the same wall-clock time across the end of daylight saving (a 25-hour day)', () => {
    const friday = Date.UTC(2026, 9, 23, 8, 0); // Fri 23 Oct 2026, 10:00 in Berlin (UTC+2)
    const due = daysLaterAt(friday, 5, 10);
    // Wed 28 Oct 2026, 10:00 in Berlin, now UTC+1: 09:00 UTC
    expect(new Date(due).toISOString()).toBe('2026-10-28T09:00:00.000Z');
    expect(due - friday).toBe(5 * 24 * 3_600_000 + 3_600_000);
  });

  it('and across its start (a 23-hour day)', () => {
    const due = daysLaterAt(Date.UTC(2026, 2, 27, 9, 0), 5, 10); // Fri 27 Mar, 10:00 (UTC+1)
    expect(new Date(due).toISOString()).toBe('2026-04-01T08:00:00.000Z'); // Wed 1 Apr, 10:00 (UTC+2)
  });

  it('the end of the day is the user’s midnight', () => {
    expect(new Date(endOfDay(Date.UTC(2026, 10, 20, 22, 30))).toISOString()).toBe('2026-11-20T22:59:59.999Z');
  });
});

describe('planAlarms', () => {
  const NOW = Date.UTC(2026, 10, 20, 12);
  it('schedules future reminders, announces due ones once, and counts what is due', () => {
    const plan = planAlarms(
      [
        makeReminder({ id: 'future', dueAt: NOW + 60_000 }),
        makeReminder({ id: 'missed', dueAt: NOW - 3_600_000 }),
        makeReminder({ id: 'told', dueAt: NOW - 7_200_000, notifiedAt: NOW - 7_000_000 }),
        makeReminder({ id: 'snoozed-again', dueAt: NOW - 60_000, notifiedAt: NOW - 86_400_000 }),
        makeReminder({ id: 'done', dueAt: NOW - 60_000, status: 'done' }),
      ],
      NOW,
    );
    expect([...plan.alarms]).toEqual([['reminder:future', NOW + 60_000]]);
    expect(plan.dueUnannounced.map((r) => r.id)).toEqual(['missed', 'snoozed-again']);
    expect(plan.dueCount).toBe(3);
  });

  it('groups and badges for people', () => {
    expect(groupOf({ dueAt: NOW - 1 }, NOW)).toBe('overdue');
    expect(groupOf({ dueAt: NOW + 3_600_000 }, NOW)).toBe('today');
    expect(groupOf({ dueAt: NOW + 86_400_000 }, NOW)).toBe('upcoming');
    expect([badgeText(0), badgeText(3), badgeText(120)]).toEqual(['', '3', '99+']);
  });

  it('keeps in touch a cadence after the last contact, at 10:00', () => {
    const contacted = Date.UTC(2026, 9, 1, 15, 0);
    expect(new Date(keepInTouchDue(contacted, 0, 45)).toISOString()).toBe('2026-11-15T09:00:00.000Z'); // 10:00 in Berlin (UTC+1)
  });
});
