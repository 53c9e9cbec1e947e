import { tierFor } from '@/utils/scoring/tier';
import { database } from './db';
import type { Account, Creator } from '@/utils/model/schemas';
import type { RosterRow } from '@/utils/model/views';


function maxBy<T>(items: T[], value: (item: T) => number | null): T | null {
  let best: T | null = null;
  let bestValue = -Infinity;
  for (const item of items) {
    const v = value(item);
    if (v !== null && v > bestValue) {
      best = item;
      bestValue = v;
    }
  }
  return best;
}

export function rosterRow(creator: Creator, accounts: Account[], nextReminderAt: number | null): RosterRow {
  const largest = maxBy(accounts, (a) => a.followers);
  const fit = maxBy(accounts, (a) => a.fitScore);
  const engaged = largest?.engagementRate != null ? largest : maxBy(accounts, (a) => a.engagementRate);
  return {
    creator,
    accounts,
    platforms: [...new Set(accounts.map((a) => a.platform))],
    followers: largest?.followers ?? null,
    followersPrecision: largest?.followersPrecision ?? 1,
    engagementRate: engaged?.engagementRate ?? null,
    engagementMethod: engaged?.engagementMethod ?? null,
    fitScore: fit?.fitScore ?? null,
    tier: largest?.followers != null ? tierFor(largest.followers, largest.followersPrecision).tier : null,
    nextReminderAt,
  };
}

/** Most recently updated first; for the same time, the order the updatedAt index gives (ids descending). */
const recentFirst = (a: Creator, b: Creator) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** Every saved creator with their accounts and the figures the roster shows, most recently updated first. */
export async function listRoster(): Promise<RosterRow[]> {
  const db = database();
  return db.transaction('r', [db.creators, db.accounts, db.reminders], async () => {
    const [creators, accounts, reminders] = await Promise.all([
      // Read in key order and sorted here: faster than walking the updatedAt index for every creator.
      db.creators.toArray().then((all) => all.sort(recentFirst)),
      db.accounts.toArray(),
      db.reminders.where('[status+dueAt]').between(['pending', 0], ['pending', Infinity]).toArray(),
    ]);
    const byCreator = new Map<string, Account[]>();
    for (const account of accounts) {
      const list = byCreator.get(account.creatorId);
      if (list) list.push(account);
      else byCreator.set(account.creatorId, [account]);
    }
    const nextReminder = new Map<string, number>();
    for (const r of reminders) {
      if (r.creatorId && !nextReminder.has(r.creatorId)) nextReminder.set(r.creatorId, r.dueAt); // sorted by dueAt
    }
    return creators.map((c) => rosterRow(c, byCreator.get(c.id) ?? [], nextReminder.get(c.id) ?? null));
  });
}
