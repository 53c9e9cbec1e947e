// Sentences about team changes for the creator page: who changed it last and when, and what a merge
// could not settle by itself. Pure.
import type { Unsettled } from './merge';

/** "just now", "2 min ago", "3 h ago", "5 days ago". */
export function agoText(at: number, now: number): string {
  const s = Math.max(0, Math.round((now - at) / 1000));
  if (s < 45) return 'just now';
  const min = Math.round(s / 60);
  if (min < 60) return `${min} min ago`;
  const h = Math.round(min / 60);
  if (h < 24) return `${h} h ago`;
  const d = Math.round(h / 24);
  return `${d} day${d === 1 ? '' : 's'} ago`;
}

/** "changed by ben, 2 min ago" ("by you" for this browser's member). */
export function changedByText(by: string, at: number, now: number, me: string): string {
  return `Changed by ${by === me ? 'you' : by}, ${agoText(at, now)}`;
}

const FIELD_NAMES: Record<string, string> = {
  displayName: 'the display name',
  status: 'the pipeline stage',
  notes: 'the notes',
  'contact.email': 'the email address',
  'contact.other': 'the other contact details',
  location: 'the location',
  language: 'the language',
  keepInTouchDays: 'the keep-in-touch cadence',
};

function valueText(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? 'nothing';
  return `“${text.length > 80 ? `${text.slice(0, 79)}…` : text}”`;
}

/** One sentence per thing the merge settled by a rule a person may want to check. */
export function unsettledText(report: readonly Unsettled[], me: string): string[] {
  const who = (by: string) => (by === me ? 'you' : by);
  return report.map((u) => {
    if (u.kind === 'both-edited') {
      const field = FIELD_NAMES[u.path] ?? `“${u.path}”`;
      const others = u.replaced.map((r) => `${who(r.by)} wrote ${valueText(r.value)}`).join(' and ');
      return `Both ${who(u.kept.by)} and ${u.replaced.map((r) => who(r.by)).join(' and ')} changed ${field} at the same time: ${who(u.kept.by)}’s later ${valueText(u.kept.value)} was kept; ${others}.`;
    }
    if (u.kind === 'unstamped') return `${FIELD_NAMES[u.path] ?? `“${u.path}”`} differed between copies with no record of who changed it: ${valueText(u.kept)} was kept.`;
    return `${who(u.by)} deleted this creator while a teammate changed it: the changes were kept, so the creator is still here.`;
  });
}
