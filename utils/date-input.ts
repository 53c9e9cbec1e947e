// Dates as the browser's date and time inputs read and write them: wall-clock values on the user's
// own calendar and time zone ("2026-11-25", "2026-11-25T10:00"), to and from instants (epoch ms).
// One place, so every form, file name and export agrees on what a day is.

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar date of an instant, ISO 8601 style: "2026-11-20". */
export function localDate(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** An instant as a date input's value (`YYYY-MM-DD`, local calendar); '' for none. */
export function dateInputValue(epochMs: number | null): string {
  return epochMs === null ? '' : localDate(epochMs);
}

/**
 * A date input's value as that day at `hour`:00 local time (midnight unless given); null when
 * empty, NaN when it is not a date the calendar has (2026-02-30).
 */
export function parseDateInput(value: string, hour = 0): number | null {
  const text = value.trim();
  if (!text) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return Number.NaN;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(y, m - 1, d, hour, 0, 0, 0);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d ? date.getTime() : Number.NaN;
}

/** An instant as a `datetime-local` input's value: "2026-11-21T10:00", or with `seconds` "2026-11-21T10:00:00". */
export function dateTimeInputValue(epochMs: number, { seconds = false }: { seconds?: boolean } = {}): string {
  const d = new Date(epochMs);
  const minutes = `${localDate(epochMs)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return seconds ? `${minutes}:${pad(d.getSeconds())}` : minutes;
}

/** A `datetime-local` value ("2026-11-21T10:00", seconds optional) in local time → epoch ms; null when it is not a valid time. */
export function parseDateTimeInput(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return null;
  // Without seconds the last group is undefined, and Number(undefined) is NaN: count it as 0.
  const [y, mo, d, h, mi, s] = m.slice(1).map((part) => (part === undefined ? 0 : Number(part))) as [number, number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi, s, 0);
  // new Date rolls 31 February over to March: refuse what the calendar does not have.
  return date.getMonth() === mo - 1 && date.getDate() === d ? date.getTime() : null;
}
