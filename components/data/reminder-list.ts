// React reads of storage/reminder-list.ts, kept live with useLiveQuery (`undefined` while loading).
import { useLiveQuery } from 'dexie-react-hooks';
import { type ReminderLists, loadReminderLists } from '@/storage/reminder-list';

/**
 * The reminders page's lists, live. `undefined` while loading. The page's clock ticks every few
 * seconds, but "done in the last 30 days" needs only the day: the query is built once a day, not
 * on every tick.
 */
export function useReminderLists(now: number): ReminderLists | undefined {
  const day = new Date(now).setHours(0, 0, 0, 0);
  return useLiveQuery(() => loadReminderLists(day), [day]);
}
