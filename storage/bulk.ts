import { cleanTags } from './creators';
import { database } from './db';
import { newId } from './profiles';
import { InteractionSchema, type Account, type Agreement, type Campaign, type Creator, type Interaction, type Post, type Reminder, type Snapshot } from './schemas';

// Changes to many creators at once, from the roster's bulk actions. Each is one transaction.

export async function bulkSetStatus(creatorIds: string[], status: string, now: number): Promise<number> {
  const db = database();
  return db.transaction('rw', [db.creators, db.interactions], async () => {
    const creators = (await db.creators.bulkGet(creatorIds)).filter((c): c is Creator => Boolean(c) && c!.status !== status);
    await db.creators.bulkPut(creators.map((c) => ({ ...c, status, updatedAt: now })));
    await db.interactions.bulkAdd(
      creators.map((c) => InteractionSchema.parse({ id: newId(), creatorId: c.id, type: 'status_change', at: now, text: '', details: { from: c.status, to: status } })),
    );
    return creators.length;
  });
}

export async function bulkTag(creatorIds: string[], tag: string, action: 'add' | 'remove', now: number): Promise<number> {
  const [clean] = cleanTags([tag]);
  if (!clean) throw new Error('Type a tag first.');
  const db = database();
  return db.transaction('rw', [db.creators], async () => {
    const creators = (await db.creators.bulkGet(creatorIds)).filter((c): c is Creator => Boolean(c));
    const changed = creators.flatMap((c) => {
      const has = c.tags.some((t) => t.toLowerCase() === clean.toLowerCase());
      if (action === 'add' && !has) return [{ ...c, tags: [...c.tags, clean], updatedAt: now }];
      if (action === 'remove' && has) return [{ ...c, tags: c.tags.filter((t) => t.toLowerCase() !== clean.toLowerCase()), updatedAt: now }];
      return [];
    });
    await db.creators.bulkPut(changed);
    return changed.length;
  });
}

/** Everything deleted with some creators, kept so that "Undo" can put it all back exactly. */
export interface DeletedCreators {
  creators: Creator[];
  accounts: Account[];
  snapshots: Snapshot[];
  posts: Post[];
  interactions: Interaction[];
  agreements: Agreement[];
  reminders: Reminder[];
  /** Campaigns as they were before the creators were taken out of them. */
  campaigns: Campaign[];
}

/** Delete creators and everything that belongs to them, in one transaction; returns what was deleted. */
export async function deleteCreators(creatorIds: string[]): Promise<DeletedCreators> {
  const db = database();
  const deleting = new Set(creatorIds);
  return db.transaction('rw', db.tables, async () => {
    const creators = (await db.creators.bulkGet(creatorIds)).filter((c): c is Creator => Boolean(c));
    const accounts = await db.accounts.where('creatorId').anyOf(creatorIds).toArray();
    const accountIds = accounts.map((a) => a.id);
    const [snapshots, posts, interactions, agreements, reminders, allCampaigns] = await Promise.all([
      db.snapshots.where('accountId').anyOf(accountIds).toArray(),
      db.posts.where('accountId').anyOf(accountIds).toArray(),
      db.interactions.where('creatorId').anyOf(creatorIds).toArray(),
      db.agreements.where('creatorId').anyOf(creatorIds).toArray(),
      db.reminders.where('creatorId').anyOf(creatorIds).toArray(),
      db.campaigns.toArray(),
    ]);
    const campaigns = allCampaigns.filter((k) => k.creators.some((m) => deleting.has(String(m.creatorId))));
    const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id);
    await Promise.all([
      db.creators.bulkDelete(ids(creators)),
      db.accounts.bulkDelete(ids(accounts)),
      db.snapshots.bulkDelete(ids(snapshots)),
      db.posts.bulkDelete(ids(posts)),
      db.interactions.bulkDelete(ids(interactions)),
      db.agreements.bulkDelete(ids(agreements)),
      db.reminders.bulkDelete(ids(reminders)),
    ]);
    await db.campaigns.bulkPut(campaigns.map((k) => ({ ...k, creators: k.creators.filter((m) => !deleting.has(String(m.creatorId))) })));
    return { creators, accounts, snapshots, posts, interactions, agreements, reminders, campaigns };
  });
}

/** Undo a delete: put back exactly what was deleted. */
export async function restoreDeleted(deleted: DeletedCreators): Promise<void> {
  const db = database();
  await db.transaction('rw', db.tables, async () => {
    await Promise.all([
      db.creators.bulkPut(deleted.creators),
      db.accounts.bulkPut(deleted.accounts),
      db.snapshots.bulkPut(deleted.snapshots),
      db.posts.bulkPut(deleted.posts),
      db.interactions.bulkPut(deleted.interactions),
      db.agreements.bulkPut(deleted.agreements),
      db.reminders.bulkPut(deleted.reminders),
      db.campaigns.bulkPut(deleted.campaigns),
    ]);
  });
}
