// The value of an <input type="datetime-local"> is a wall-clock time in the user's time zone.

const pad = (n: number) => String(n).padStart(2, '0');

/** Epoch ms → "2026-11-21T10:00:00" in local time. */
export function toLocalInput(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** "2026-11-21T10:00" (seconds optional) in local time → epoch ms; null when it is not a valid time. */
export function fromLocalInput(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  const date = new Date(y!, mo! - 1, d!, h!, mi!, s ?? 0, 0);
  // new Date rolls 31 February over to March: refuse what the calendar does not have.
  return date.getMonth() === mo! - 1 && date.getDate() === d ? date.getTime() : null;
}
