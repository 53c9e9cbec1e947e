import { database, type CreatorScoutDB } from './db';
import { REMINDER_DEFAULTS } from '@/utils/model/defaults';
import { newId } from '@/utils/model/ids';
import { keepInTouchDue } from '@/utils/reminder-schedule';
import { CreatorSchema, ReminderSchema, type Creator, type Reminder } from '@/utils/model/schemas';
import type { NewReminder } from '@/utils/model/views';


// Reminders: the only way code creates or changes them. Every change to what is pending should be
// followed by `requestReminderSync()` (utils/reminder-sync.ts) from extension pages, so that the
// background re-creates the browser alarms that make them fire.

export async function createReminder(input: NewReminder, now: number): Promise<Reminder> {
  const reminder = ReminderSchema.parse({
    id: newId(),
    status: 'pending',
    createdAt: now,
    updatedAt: now,
    ...REMINDER_DEFAULTS,
    ...input,
    notes: input.notes ?? '',
    source: input.source ?? REMINDER_DEFAULTS.source,
  } satisfies Reminder);
  await database().reminders.add(reminder);
  return reminder;
}

async function change(id: string, patch: (r: Reminder) => Partial<Reminder>, now: number): Promise<Reminder> {
  const db = database();
  return db.transaction('rw', db.reminders, async () => {
    const reminder = await db.reminders.get(id);
    if (!reminder) throw new Error('This reminder no longer exists.');
    const next = ReminderSchema.parse({ ...reminder, ...patch(reminder), updatedAt: now });
    await db.reminders.put(next);
    return next;
  });
}

/** Edit a reminder's title, notes or due time; a new due time makes it pending and not yet notified. */
export function updateReminder(id: string, patch: Partial<Pick<Reminder, 'title' | 'notes' | 'dueAt' | 'kind'>>, now: number): Promise<Reminder> {
  return change(id, (r) => ({ ...patch, ...(patch.dueAt !== undefined && patch.dueAt !== r.dueAt ? { notifiedAt: null, status: 'pending' as const } : {}) }), now);
}

/** Put a reminder off until `until`: it fires again then. */
export function snoozeReminder(id: string, until: number, now: number): Promise<Reminder> {
  return change(id, () => ({ dueAt: until, status: 'pending', notifiedAt: null }), now);
}

export function completeReminder(id: string, now: number): Promise<Reminder> {
  return change(id, () => ({ status: 'done', completedAt: now }), now);
}

export function cancelReminder(id: string, now: number): Promise<Reminder> {
  return change(id, () => ({ status: 'cancelled' }), now);
}

/** Record that the user was told a reminder is due (so it is not announced twice). */
export function markNotified(id: string, now: number): Promise<Reminder> {
  return change(id, () => ({ notifiedAt: now }), now);
}

export async function pendingReminders(): Promise<Reminder[]> {
  return database().reminders.where('[status+dueAt]').between(['pending', 0], ['pending', Infinity]).toArray();
}

/**
 * A reply was logged: follow-ups waiting on an outreach to this creator are no longer needed.
 * Returns how many were cancelled.
 */
export async function cancelFollowUpsOnReply(creatorId: string, now: number): Promise<number> {
  const db = database();
  return db.transaction('rw', db.reminders, async () => {
    const waiting = (await db.reminders.where('creatorId').equals(creatorId).toArray()).filter(
      (r) => r.status === 'pending' && r.kind === 'follow_up' && r.source.type === 'interaction',
    );
    await db.reminders.bulkPut(waiting.map((r) => ({ ...r, status: 'cancelled' as const, updatedAt: now })));
    return waiting.length;
  });
}

/**
 * Creators with a keep-in-touch cadence, read through the `keepInTouchDays` index (version 6): a
 * creator without one (null) has no key in it, so the others are never read. Cadences are at least
 * one day (CreatorSchema), so "above 0" is every creator whose cadence is not null.
 */
export function creatorsWithCadence(db: CreatorScoutDB): Promise<Creator[]> {
  return db.creators.where('keepInTouchDays').above(0).toArray();
}

const isCadenceReminder = (r: Reminder) => r.kind === 'keep_in_touch' && r.source.type === 'cadence';

/**
 * The writes that bring cadence reminders in line: `creators` are those with a cadence among the
 * creators considered, `cadenceReminders` every cadence reminder of the creators considered. A
 * pending reminder of a creator not in `creators` is cancelled.
 */
function planKeepInTouch(creators: readonly Creator[], cadenceReminders: readonly Reminder[], now: number): Reminder[] {
  const byCreator = new Map<string, Reminder[]>();
  for (const r of cadenceReminders) if (r.creatorId) byCreator.set(r.creatorId, [...(byCreator.get(r.creatorId) ?? []), r]);
  const writes: Reminder[] = [];
  const withCadence = new Set<string>();
  for (const creator of creators) {
    withCadence.add(creator.id);
    const own = byCreator.get(creator.id) ?? [];
    const lastDone = Math.max(0, ...own.filter((r) => r.status === 'done').map((r) => r.completedAt ?? 0));
    const base = Math.max(creator.lastContactedAt ?? 0, lastDone) || creator.createdAt;
    const dueAt = keepInTouchDue(base, base, creator.keepInTouchDays!);
    const title = `Keep in touch with ${creator.displayName}`;
    const pending = own.find((r) => r.status === 'pending');
    if (!pending) {
      writes.push(
        ReminderSchema.parse({
          id: newId(), creatorId: creator.id, title, dueAt, status: 'pending', kind: 'keep_in_touch', createdAt: now, updatedAt: now,
          ...REMINDER_DEFAULTS, source: { type: 'cadence', id: creator.id },
        } satisfies Reminder),
      );
    } else if (pending.dueAt !== dueAt || pending.title !== title) {
      writes.push({ ...pending, dueAt, title, notifiedAt: pending.dueAt === dueAt ? pending.notifiedAt : null, updatedAt: now });
    }
  }
  for (const r of cadenceReminders) {
    if (r.status === 'pending' && r.creatorId && !withCadence.has(r.creatorId)) writes.push({ ...r, status: 'cancelled', updatedAt: now });
  }
  return writes;
}

/**
 * Keep each creator's "keep in touch" reminder in line with their cadence: due `keepInTouchDays`
 * after the last contact (or the last time such a reminder was done, or when they were added).
 * Creators without a cadence lose their pending one. One transaction; returns how many changed.
 */
export async function reconcileKeepInTouch(now: number): Promise<number> {
  const db = database();
  return db.transaction('rw', [db.creators, db.reminders], async () => {
    const [creators, cadenceReminders] = await Promise.all([creatorsWithCadence(db), db.reminders.filter(isCadenceReminder).toArray()]);
    const writes = planKeepInTouch(creators, cadenceReminders, now);
    await db.reminders.bulkPut(writes);
    return writes.length;
  });
}

/**
 * Set (or, with null, stop) a creator's keep-in-touch cadence, and bring their reminder in line:
 * only this creator's, exactly as reconcileKeepInTouch would. Other creators' reminders are left to
 * reconcileKeepInTouch, which the background runs on the sync the page requests right after.
 */
export async function setKeepInTouch(creatorId: string, days: number | null, now: number): Promise<void> {
  const db = database();
  await db.transaction('rw', [db.creators, db.reminders], async () => {
    const creator = await db.creators.get(creatorId);
    if (!creator) throw new Error('This creator is no longer on your roster.');
    const next = CreatorSchema.parse({ ...creator, keepInTouchDays: days, updatedAt: now });
    await db.creators.put(next);
    const own = (await db.reminders.where('creatorId').equals(creatorId).toArray()).filter(isCadenceReminder);
    await db.reminders.bulkPut(planKeepInTouch(next.keepInTouchDays !== null ? [next] : [], own, now));
  });
}
