// What the content calendar shows: deliverables (by publish due date, and their draft due dates),
// payments due, usage-rights and whitelisting ends, and reminders — one list of dated items, built
// from plain records. Pure. Days are local midnights (date-fns works in the user's time zone).
import { addDays, startOfDay, startOfMonth, startOfWeek, endOfMonth, endOfWeek, eachDayOfInterval } from 'date-fns';
import type { Agreement, Deliverable, DeliverableStage, Reminder } from '@/utils/model/schemas';
import { formatMoney } from '@/utils/agreements/labels';
import { usageRightsEnd, whitelistingEnd } from '@/utils/agreements/reminders';
import { deliverableTitle, isOverdue } from '@/utils/deliverables/rules';

export type CalendarItemKind = 'deliverable' | 'draft' | 'payment' | 'usage_rights' | 'reminder';

export interface CalendarItem {
  /** Unique and stable: `deliverable:<id>`, `payment:<agreement>:<payment>`… */
  key: string;
  kind: CalendarItemKind;
  /** Local midnight of the day it is on. */
  day: number;
  title: string;
  creatorId: string | null;
  creatorName: string | null;
  campaignId: string | null;
  campaignName: string | null;
  /** A deliverable's stage; null for everything else. */
  stage: DeliverableStage | null;
  overdue: boolean;
  /** Set for deliverables and their drafts: what a click opens, what a drag moves. */
  deliverableId: string | null;
}

export interface CalendarSources {
  deliverables: Array<{ deliverable: Deliverable; creatorName: string | null; campaignName: string | null }>;
  agreements: Agreement[];
  reminders: Reminder[];
  creatorNames: ReadonlyMap<string, string>;
  campaignNames: ReadonlyMap<string, string>;
}

export const KIND_LABELS: Record<CalendarItemKind, string> = {
  deliverable: 'Deliverable due',
  draft: 'Draft due',
  payment: 'Payment due',
  usage_rights: 'Rights end',
  reminder: 'Reminder',
};

/** Every dated item, earliest first. `now` decides what is overdue (before today, not done). */
export function calendarItems(sources: CalendarSources, now: number): CalendarItem[] {
  const today = startOfDay(now).getTime();
  const items: CalendarItem[] = [];
  const dayOf = (t: number) => startOfDay(t).getTime();
  const publishDays = new Map<string, number>();
  for (const { deliverable: d, creatorName, campaignName } of sources.deliverables) {
    const base = { creatorId: d.creatorId, creatorName, campaignId: d.campaignId, campaignName, stage: d.status, deliverableId: d.id };
    if (d.publishDueAt !== null) {
      publishDays.set(d.id, dayOf(d.publishDueAt));
      items.push({ ...base, key: `deliverable:${d.id}`, kind: 'deliverable', day: dayOf(d.publishDueAt), title: deliverableTitle(d), overdue: isOverdue(d, today) });
    }
    if (d.draftDueAt !== null && d.status === 'brief_sent') {
      items.push({ ...base, key: `draft:${d.id}`, kind: 'draft', day: dayOf(d.draftDueAt), title: `Draft of ${deliverableTitle(d)}`, overdue: d.draftDueAt < today });
    }
  }
  for (const a of sources.agreements) {
    if (a.status === 'cancelled') continue;
    const creatorName = sources.creatorNames.get(a.creatorId) ?? null;
    const campaignName = a.campaignId ? (sources.campaignNames.get(a.campaignId) ?? null) : null;
    const base = { creatorId: a.creatorId, creatorName, campaignId: a.campaignId, campaignName, stage: null, deliverableId: null };
    for (const p of a.terms.paymentSchedule) {
      if (p.dueAt === null || p.paidAt !== null) continue;
      const what = p.description.trim() ? ` (${p.description.trim()})` : '';
      items.push({ ...base, key: `payment:${a.id}:${p.id}`, kind: 'payment', day: dayOf(p.dueAt), title: `Pay ${formatMoney(p.amount, a.terms.currency)}${what} — ${a.title}`, overdue: p.dueAt < today });
    }
    const rights = usageRightsEnd(a.terms);
    if (rights !== null) items.push({ ...base, key: `rights:${a.id}`, kind: 'usage_rights', day: dayOf(rights), title: `Usage rights end — ${a.title}`, overdue: false });
    const whitelist = whitelistingEnd(a.terms);
    if (whitelist !== null) items.push({ ...base, key: `whitelist:${a.id}`, kind: 'usage_rights', day: dayOf(whitelist), title: `Whitelisting ends — ${a.title}`, overdue: false });
  }
  for (const r of sources.reminders) {
    if (r.status !== 'pending') continue;
    // An agreement's reminders are its payments, rights and deliverables, shown above as themselves;
    // a deliverable's publish reminder is the deliverable itself.
    if (r.source.type === 'agreement') continue;
    if (r.source.type === 'deliverable' && r.source.id && publishDays.get(r.source.id) === dayOf(r.dueAt)) continue;
    items.push({
      key: `reminder:${r.id}`,
      kind: 'reminder',
      day: dayOf(r.dueAt),
      title: r.title,
      creatorId: r.creatorId,
      creatorName: r.creatorId ? (sources.creatorNames.get(r.creatorId) ?? null) : null,
      campaignId: null,
      campaignName: null,
      stage: null,
      overdue: r.dueAt < today,
      deliverableId: r.source.type === 'deliverable' ? r.source.id : null,
    });
  }
  return items.sort((a, b) => a.day - b.day || a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title));
}

export interface CalendarFilter {
  campaignId: string;
  creatorId: string;
  /** A deliverable stage; items that are not deliverables are hidden when one is chosen. */
  stage: string;
}

export function filterItems(items: readonly CalendarItem[], filter: CalendarFilter): CalendarItem[] {
  return items.filter(
    (i) => (!filter.campaignId || i.campaignId === filter.campaignId) && (!filter.creatorId || i.creatorId === filter.creatorId) && (!filter.stage || i.stage === filter.stage),
  );
}

/**
 * The first day of the week in the user's locale (0 = Sunday … 6 = Saturday), from the locale's
 * week data (Intl.Locale weekInfo, in Chromium); Monday (ISO 8601) where the browser has none.
 */
export function weekStartOf(locale: string): 0 | 1 | 2 | 3 | 4 | 5 | 6 {
  try {
    const loc = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
    const first = loc.getWeekInfo?.().firstDay ?? loc.weekInfo?.firstDay;
    if (typeof first === 'number' && first >= 1 && first <= 7) return (first % 7) as 0 | 1 | 2 | 3 | 4 | 5 | 6;
  } catch {
    // An unknown locale tag: the ISO week.
  }
  return 1;
}

export type CalendarView = 'month' | 'week' | 'agenda';

/** The days a month or week view shows around `anchor` (whole weeks, so a month is 4–6 rows). */
export function visibleDays(view: 'month' | 'week', anchor: number, weekStartsOn: 0 | 1 | 2 | 3 | 4 | 5 | 6): number[] {
  const start = view === 'month' ? startOfWeek(startOfMonth(anchor), { weekStartsOn }) : startOfWeek(anchor, { weekStartsOn });
  const end = view === 'month' ? endOfWeek(endOfMonth(anchor), { weekStartsOn }) : endOfWeek(anchor, { weekStartsOn });
  return eachDayOfInterval({ start, end }).map((d) => d.getTime());
}

/** The same wall-clock day `days` later (daylight-saving safe). */
export function shiftDay(day: number, days: number): number {
  return startOfDay(addDays(day, days)).getTime();
}


