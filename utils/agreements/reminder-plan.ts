// How to bring an agreement's stored reminders in line with the ones it implies now. Pure.
// Reminders carry no key of their own besides the agreement (`source`), so each implied reminder is
// paired with a stored one by what it says: the same kind, title and date first, then the same title
// (its date moved), then the same date (its title changed), then any leftover pending one of the
// same kind, earliest with earliest. Reminders already done are paired too, so a deliverable the
// user ticked off is not asked for again, and they are never changed.
import type { NewReminder } from '@/utils/model/views';
import type { Reminder } from '@/utils/model/schemas';

export interface ReminderSyncPlan {
  create: NewReminder[];
  update: Array<{ id: string; patch: Pick<Reminder, 'title' | 'dueAt' | 'notes' | 'kind'> }>;
  cancel: string[];
}

type Pairing = (want: NewReminder, have: Reminder) => boolean;

const PASSES: Pairing[] = [
  (w, h) => w.kind === h.kind && w.title === h.title && w.dueAt === h.dueAt,
  (w, h) => w.kind === h.kind && w.title === h.title,
  (w, h) => w.kind === h.kind && w.dueAt === h.dueAt,
  (w, h) => w.kind === h.kind && h.status === 'pending',
];

/** `existing`: every stored reminder whose source is this agreement, whatever its status. */
export function planReminderSync(wanted: NewReminder[], existing: Reminder[]): ReminderSyncPlan {
  const byDue = <T extends { dueAt: number }>(a: T, b: T) => a.dueAt - b.dueAt;
  let unpairedWanted = [...wanted].sort(byDue);
  // Cancelled ones are gone as far as the agreement is concerned: if still implied, a new one is made.
  const unpairedHave = existing.filter((r) => r.status !== 'cancelled').sort(byDue);
  const pairs: Array<[NewReminder, Reminder]> = [];
  for (const matches of PASSES) {
    unpairedWanted = unpairedWanted.filter((want) => {
      const index = unpairedHave.findIndex((have) => matches(want, have));
      if (index < 0) return true;
      pairs.push([want, unpairedHave[index]!]);
      unpairedHave.splice(index, 1);
      return false;
    });
  }
  const plan: ReminderSyncPlan = { create: unpairedWanted, update: [], cancel: [] };
  for (const [want, have] of pairs) {
    if (have.status !== 'pending') continue;
    const notes = want.notes ?? '';
    if (want.title !== have.title || want.dueAt !== have.dueAt || notes !== have.notes || want.kind !== have.kind) {
      plan.update.push({ id: have.id, patch: { title: want.title, dueAt: want.dueAt, notes, kind: want.kind } });
    }
  }
  for (const have of unpairedHave) if (have.status === 'pending') plan.cancel.push(have.id);
  return plan;
}
