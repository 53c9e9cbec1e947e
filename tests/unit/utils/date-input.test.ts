import { describe, expect, it } from 'vitest';
import { dateInputValue, dateTimeInputValue, localDate, parseDateInput, parseDateTimeInput } from '@/utils/date-input';

// Dates and times as the browser's inputs hold them, on the user's own calendar.
const at = (y: number, m: number, d: number, h = 0, min = 0, s = 0) => new Date(y, m - 1, d, h, min, s).getTime();

describe('date inputs', () => {
  it('writes a day as YYYY-MM-DD and reads it back as that day at midnight, or at the hour asked', () => {
    expect(localDate(at(2026, 3, 9, 23, 59))).toBe('2026-03-09');
    expect(dateInputValue(at(2026, 11, 25, 10))).toBe('2026-11-25');
    expect(dateInputValue(null)).toBe('');
    expect(parseDateInput('2026-11-25')).toBe(at(2026, 11, 25));
    expect(parseDateInput(' 2026-11-25 ', 10)).toBe(at(2026, 11, 25, 10));
  });

  it('tells an empty input (null) from one that is not a date (NaN)', () => {
    expect(parseDateInput('')).toBeNull();
    expect(parseDateInput('2026-02-30')).toBeNaN();
    expect(parseDateInput('25/11/2026')).toBeNaN();
  });

  it('writes and reads datetime-local values, with or without seconds, refusing days the calendar lacks', () => {
    const t = at(2026, 11, 21, 9, 5, 7);
    expect(dateTimeInputValue(t)).toBe('2026-11-21T09:05');
    expect(dateTimeInputValue(t, { seconds: true })).toBe('2026-11-21T09:05:07');
    expect(parseDateTimeInput('2026-11-21T09:05:07')).toBe(t);
    expect(parseDateTimeInput('2026-11-21T09:05')).toBe(at(2026, 11, 21, 9, 5));
    expect(parseDateTimeInput('2026-02-31T10:00')).toBeNull();
    expect(parseDateTimeInput('tomorrow')).toBeNull();
  });
});
