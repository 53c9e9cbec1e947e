import { database } from './db';
import type { Account, Creator } from './schemas';

export interface RosterRow {
  creator: Creator;
  accounts: Account[];
}

/** Every saved creator with their accounts, most recently updated first. */
export async function listRoster(): Promise<RosterRow[]> {
  const db = database();
  return db.transaction('r', [db.creators, db.accounts], async () => {
    const [creators, accounts] = await Promise.all([
      db.creators.orderBy('updatedAt').reverse().toArray(),
      db.accounts.toArray(),
    ]);
    const byCreator = new Map<string, Account[]>();
    for (const account of accounts) {
      const list = byCreator.get(account.creatorId) ?? [];
      list.push(account);
      byCreator.set(account.creatorId, list);
    }
    return creators.map((creator) => ({ creator, accounts: byCreator.get(creator.id) ?? [] }));
  });
}
