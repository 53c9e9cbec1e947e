// The reminders an agreement implies: each deliverable's due date, each unpaid payment, the day the
// usage rights end and the day the paid-ad whitelisting window closes. Pure: storage/agreements.ts
// brings the stored reminders in line with this list. Dates in the agreement are calendar days
// (local midnight); a reminder fires on that day at the usual reminder hour, in the user's time zone.
import type { NewReminder } from '@/utils/model/views';
import type { Agreement } from '@/utils/model/schemas';
import { daysLaterAt } from '@/utils/reminder-schedule';
import { deliverableLabel, formatMoney } from './labels';

/** The day the brand's right to use the content ends: `durationDays` calendar days after the start. */
export function usageRightsEnd(terms: Pick<Agreement['terms'], 'startAt' | 'usageRights'>): number | null {
  const { startAt, usageRights } = terms;
  if (startAt === null || usageRights.durationDays === null) return null;
  return daysLaterAt(startAt, usageRights.durationDays, 0);
}

/** The day the paid-ad whitelisting window closes, counted from the start like the usage rights. */
export function whitelistingEnd(terms: Pick<Agreement['terms'], 'startAt' | 'usageRights'>): number | null {
  const { startAt, usageRights } = terms;
  if (startAt === null || usageRights.whitelistingDays === null || !usageRights.channels.includes('paid_ads')) return null;
  return daysLaterAt(startAt, usageRights.whitelistingDays, 0);
}

/** When a reminder for the calendar day `day` fires: that day, at the usual reminder hour. */
export function reminderTimeOn(day: number): number {
  return daysLaterAt(day, 0);
}

/**
 * One reminder per deliverable with a due date, per payment with a due date not yet paid, for the
 * end of the usage rights and for the end of the whitelisting window. Every one points back at the
 * agreement (`source`), which is how they are found again when the agreement changes.
 */
export function remindersFor(agreement: Agreement, creatorName: string): NewReminder[] {
  const { terms } = agreement;
  const source = { type: 'agreement' as const, id: agreement.id };
  const suffix = ` — ${agreement.title}`;
  const reminders: NewReminder[] = [];
  for (const d of terms.deliverables) {
    if (d.dueAt === null) continue;
    reminders.push({
      creatorId: agreement.creatorId,
      kind: 'deliverable',
      title: clip(`${deliverableLabel(d)} due for ${creatorName}${suffix}`),
      dueAt: reminderTimeOn(d.dueAt),
      notes: clip(d.notes, 2000),
      source,
    });
  }
  for (const p of terms.paymentSchedule) {
    if (p.dueAt === null || p.paidAt !== null) continue;
    const what = p.description.trim() ? ` (${p.description.trim()})` : '';
    reminders.push({
      creatorId: agreement.creatorId,
      kind: 'payment',
      title: clip(`Pay ${creatorName} ${formatMoney(p.amount, terms.currency)}${what}${suffix}`),
      dueAt: reminderTimeOn(p.dueAt),
      notes: terms.paymentTerms ? clip(`Payment terms: ${terms.paymentTerms}`, 2000) : '',
      source,
    });
  }
  const usageEnd = usageRightsEnd(terms);
  if (usageEnd !== null) {
    reminders.push({
      creatorId: agreement.creatorId,
      kind: 'usage_rights',
      title: clip(`Usage rights end for ${creatorName}${suffix}`),
      dueAt: reminderTimeOn(usageEnd),
      notes: 'Stop using the content, or agree an extension with the creator.',
      source,
    });
  }
  const whitelistEnd = whitelistingEnd(terms);
  if (whitelistEnd !== null) {
    reminders.push({
      creatorId: agreement.creatorId,
      kind: 'usage_rights',
      title: clip(`Whitelisting window ends for ${creatorName}${suffix}`),
      dueAt: reminderTimeOn(whitelistEnd),
      notes: 'Stop the paid ads that run from the creator’s account, or agree an extension.',
      source,
    });
  }
  return reminders;
}

/** Reminder titles are limited to 300 characters: a long agreement title is cut with an ellipsis. */
function clip(text: string, max = 300): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
