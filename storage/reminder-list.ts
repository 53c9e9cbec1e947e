import { database } from './db';
import { creatorsWithCadence } from './reminders';
import type { Creator, Reminder } from '@/utils/model/schemas';

export interface ReminderRow {
  reminder: Reminder;
  creatorName: string | null;
}

export interface ReminderLists {
  pending: ReminderRow[];
  /** Done in the last 30 days, most recent first. */
  recentlyDone: ReminderRow[];
  /** Creators with a keep-in-touch cadence. */
  cadences: Array<Pick<Creator, 'id' | 'displayName' | 'keepInTouchDays' | 'lastContactedAt'>>;
}

const DAY = 86_400_000;

export async function loadReminderLists(now: number): Promise<ReminderLists> {
  const db = database();
  return db.transaction('r', [db.reminders, db.creators], async () => {
    const [pending, done, cadenceCreators] = await Promise.all([
      db.reminders.where('[status+dueAt]').between(['pending', 0], ['pending', Infinity]).toArray(),
      db.reminders.where('[status+dueAt]').between(['done', now - 30 * DAY], ['done', Infinity]).toArray(),
      creatorsWithCadence(db),
    ]);
    const ids = [...new Set([...pending, ...done].map((r) => r.creatorId).filter((id): id is string => id !== null))];
    const names = new Map((await db.creators.bulkGet(ids)).flatMap((c) => (c ? [[c.id, c.displayName] as const] : [])));
    const row = (reminder: Reminder): ReminderRow => ({ reminder, creatorName: reminder.creatorId ? (names.get(reminder.creatorId) ?? null) : null });
    return {
      pending: pending.map(row),
      recentlyDone: done.sort((a, b) => (b.completedAt ?? b.updatedAt) - (a.completedAt ?? a.updatedAt)).map(row),
      cadences: cadenceCreators
        .map((c) => ({ id: c.id, displayName: c.displayName, keepInTouchDays: c.keepInTouchDays, lastContactedAt: c.lastContactedAt }))
        // The index gives them by cadence: ties of name in id order, as a read of the whole table did.
        .sort((a, b) => a.displayName.localeCompare(b.displayName) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    };
  });
}
