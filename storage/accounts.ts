import { platformName } from '@/utils/format';
import { cleanTags } from '@/utils/tags';
import { problemsOf } from './creators';
import { isCampaignMember } from './creator-detail';
import { InvalidFieldError } from '@/utils/model/errors';
import { database, type CreatorScoutDB } from './db';
import { authored, newOwner } from './team';
import { newCreator } from '@/utils/model/defaults';
import { newId } from '@/utils/model/ids';
import {
  AccountSchema,
  AgreementSchema,
  CampaignSchema,
  CreatorSchema,
  InteractionSchema,
  ReminderSchema,
  type Account,
  type Campaign,
  type CampaignCreator,
  type Creator,
  type Interaction,
} from '@/utils/model/schemas';

// Which accounts belong to which person. The same person often turns up twice (saved from
// Instagram, then from TikTok), or two people share a creator by mistake: these moves fix that
// without losing any history, each in one transaction.

/** The accounts of a creator, oldest saved first. */
export async function accountsOfCreator(creatorId: string): Promise<Account[]> {
  return database().accounts.where('creatorId').equals(creatorId).sortBy('firstSeenAt');
}

function describeAccount(account: Account): string {
  return `@${account.handle} (${platformName(account.platform)})`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function note(creatorId: string, text: string, at: number, details: Interaction['details']): Interaction {
  return InteractionSchema.parse(authored({ id: newId(), creatorId, type: 'note', at, text, details } satisfies Interaction));
}

async function requireCreator(db: CreatorScoutDB, creatorId: string): Promise<Creator> {
  const creator = await db.creators.get(creatorId);
  if (!creator) throw new Error('This creator is no longer on your roster. Reload the page and try again.');
  return creator;
}

async function requireAccount(db: CreatorScoutDB, accountId: string): Promise<Account> {
  const account = await db.accounts.get(accountId);
  if (!account) throw new Error('This account is no longer on your roster. Reload the page and try again.');
  return account;
}

/**
 * The "saved from…" events of an account belong to the account's story, so they move with it: a
 * creator made only by saving that account is then left empty and can go.
 */
async function moveSavedEvents(db: CreatorScoutDB, accountId: string, from: string, to: string): Promise<void> {
  const events = await db.interactions
    .where('creatorId')
    .equals(from)
    .filter((i) => i.type === 'saved' && i.details.accountId === accountId)
    .toArray();
  await db.interactions.bulkPut(events.map((i) => InteractionSchema.parse({ ...i, creatorId: to })));
}

/**
 * Whether a creator still holds anything a user would miss: an account, a timeline entry, an
 * agreement, a reminder, a campaign, or details typed by hand (removing it would lose those).
 */
async function holdsAnything(db: CreatorScoutDB, creator: Creator): Promise<boolean> {
  const id = creator.id;
  const typed = creator.notes || creator.contact.email || creator.contact.other || creator.tags.length || creator.strengths.length;
  if (typed) return true;
  const counts = await Promise.all([
    db.accounts.where('creatorId').equals(id).count(),
    db.interactions.where('creatorId').equals(id).count(),
    db.agreements.where('creatorId').equals(id).count(),
    db.reminders.where('creatorId').equals(id).count(),
    db.campaigns.filter((c) => isCampaignMember(c, id)).count(),
  ]);
  return counts.some((n) => n > 0);
}

const MOVE_TABLES = (db: CreatorScoutDB) => [db.creators, db.accounts, db.interactions, db.agreements, db.reminders, db.campaigns, db.deliverables];

/**
 * Split an account off into a creator of its own (named after the account, other details left
 * empty as when a profile is first saved). Refused for a creator's only account: there would be
 * nothing to split from. Returns the new creator's id.
 */
export async function unlinkAccount(accountId: string, now: number): Promise<string> {
  const db = database();
  return db.transaction('rw', MOVE_TABLES(db), async () => {
    const account = await requireAccount(db, accountId);
    const from = await requireCreator(db, account.creatorId);
    const siblings = await db.accounts.where('creatorId').equals(from.id).count();
    if (siblings <= 1) {
      throw new Error(`${describeAccount(account)} is ${from.displayName}’s only account, so there is nothing to split it from.`);
    }
    const creator: Creator = CreatorSchema.parse({ ...newCreator(newId(), account.displayName.trim() || account.handle, now), ...newOwner(db) });
    await db.creators.add(creator);
    await db.accounts.put(AccountSchema.parse({ ...account, creatorId: creator.id }));
    await moveSavedEvents(db, accountId, from.id, creator.id);
    await db.interactions.bulkAdd([
      note(creator.id, `Split off from ${from.displayName} as a creator of their own.`, now, { accountId, fromCreatorId: from.id }),
      note(from.id, `${describeAccount(account)} was split off into a creator of its own.`, now, { accountId, toCreatorId: creator.id }),
    ]);
    await db.creators.put({ ...from, updatedAt: now });
    return creator.id;
  });
}

export interface LinkResult {
  /** The creator the account came from, when it was left with nothing and so removed. */
  removedCreatorId: string | null;
}

/**
 * Move an account to another existing creator (the same person saved twice). The creator it came
 * from is removed if it is left holding nothing; otherwise it stays, with a note on its timeline.
 */
export async function linkAccount(accountId: string, toCreatorId: string, now: number): Promise<LinkResult> {
  const db = database();
  return db.transaction('rw', MOVE_TABLES(db), async () => {
    const account = await requireAccount(db, accountId);
    const to = await requireCreator(db, toCreatorId);
    if (account.creatorId === to.id) throw new Error(`${describeAccount(account)} already belongs to ${to.displayName}.`);
    const from = await db.creators.get(account.creatorId);
    await db.accounts.put(AccountSchema.parse({ ...account, creatorId: to.id }));
    let removedCreatorId: string | null = null;
    if (from) {
      await moveSavedEvents(db, accountId, from.id, to.id);
      if (await holdsAnything(db, from)) {
        await db.interactions.add(note(from.id, `${describeAccount(account)} was moved to ${to.displayName}.`, now, { accountId, toCreatorId: to.id }));
        await db.creators.put({ ...from, updatedAt: now });
      } else {
        await db.creators.delete(from.id);
        removedCreatorId = from.id;
      }
    }
    const fromName = from ? ` from ${from.displayName}` : '';
    await db.interactions.add(note(to.id, `Linked ${describeAccount(account)}${fromName}.`, now, { accountId, fromCreatorId: from?.id ?? null }));
    await db.creators.put({ ...to, updatedAt: now });
    return { removedCreatorId };
  });
}

function later(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}

/** The kept creator's membership wins where both are in a campaign; what only the merged one had is kept too. */
function mergeMembership(campaign: Campaign, keepId: string, mergeId: string): Campaign {
  const kept = campaign.creators.find((m) => m.creatorId === keepId);
  const merged = campaign.creators.filter((m) => m.creatorId === mergeId);
  if (!kept) return { ...campaign, creators: campaign.creators.map((m) => (m.creatorId === mergeId ? { ...m, creatorId: keepId } : m)) };
  // Results and fees of the kept membership win; deliverables of both are kept.
  const combined: CampaignCreator = merged.reduce<CampaignCreator>(
    (acc, m) => ({
      ...acc,
      fee: acc.fee ?? m.fee,
      promoCode: acc.promoCode || m.promoCode,
      deliverables: [...acc.deliverables, ...m.deliverables],
      results: Object.fromEntries(Object.entries(acc.results).map(([k, v]) => [k, v ?? m.results[k as keyof CampaignCreator['results']]])) as CampaignCreator['results'],
    }),
    kept,
  );
  return {
    ...campaign,
    creators: campaign.creators.filter((m) => m.creatorId !== mergeId).map((m) => (m === kept ? combined : m)),
  };
}

const TOO_MUCH_TOGETHER: Record<string, string> = {
  tags: 'Not merged: together the two creators have more than 100 tags. Remove some from either one first.',
  strengths: 'Not merged: together the two creators have more than 50 strengths. Remove some from either one first.',
  notes: 'Not merged: together the two creators’ notes are longer than 20,000 characters. Shorten either one first.',
};

function mergedDetails(keep: Creator, merge: Creator, now: number): Creator {
  const notes = [keep.notes, merge.notes].filter(Boolean).join('\n\n');
  const candidate: Creator = {
    ...keep,
    toVet: keep.toVet && merge.toVet,
    tags: cleanTags([...keep.tags, ...merge.tags]),
    strengths: cleanTags([...keep.strengths, ...merge.strengths]),
    contact: { email: keep.contact.email || merge.contact.email, other: keep.contact.other || merge.contact.other },
    location: keep.location || merge.location,
    language: keep.language || merge.language,
    ambassador: keep.ambassador || merge.ambassador,
    notes,
    lastContactedAt: later(keep.lastContactedAt, merge.lastContactedAt),
    keepInTouchDays: keep.keepInTouchDays ?? merge.keepInTouchDays,
    createdAt: Math.min(keep.createdAt, merge.createdAt),
    updatedAt: now,
  };
  const parsed = CreatorSchema.safeParse(candidate);
  // Together the two may go over a limit each was within: say which, and what to do.
  if (!parsed.success) throw new InvalidFieldError(problemsOf(parsed.error).map((p) => ({ ...p, message: TOO_MUCH_TOGETHER[p.field] ?? `Not merged: ${p.message}` })));
  return parsed.data;
}


/**
 * Merge two creators who are the same person: everything of `mergeId` (accounts, timeline,
 * agreements, reminders, campaign memberships) moves to `keepId`, tags and strengths are joined,
 * empty details of the kept creator are filled in from the other, and the other is removed. One
 * transaction: it all happens or nothing does. Returns the kept creator as saved.
 */
export async function mergeCreators(keepId: string, mergeId: string, now: number): Promise<Creator> {
  if (keepId === mergeId) throw new Error('A creator cannot be merged into themselves.');
  const db = database();
  return db.transaction('rw', MOVE_TABLES(db), async () => {
    const keep = await requireCreator(db, keepId);
    const merge = await requireCreator(db, mergeId);
    const next = mergedDetails(keep, merge, now);

    const [accounts, interactions, agreements, reminders, campaigns] = await Promise.all([
      db.accounts.where('creatorId').equals(mergeId).toArray(),
      db.interactions.where('creatorId').equals(mergeId).toArray(),
      db.agreements.where('creatorId').equals(mergeId).toArray(),
      db.reminders.where('creatorId').equals(mergeId).toArray(),
      db.campaigns.filter((c) => isCampaignMember(c, mergeId)).toArray(),
    ]);
    await db.accounts.bulkPut(accounts.map((a) => AccountSchema.parse({ ...a, creatorId: keepId })));
    await db.interactions.bulkPut(interactions.map((i) => InteractionSchema.parse({ ...i, creatorId: keepId })));
    await db.agreements.bulkPut(agreements.map((a) => AgreementSchema.parse({ ...a, creatorId: keepId, updatedAt: now })));
    await db.reminders.bulkPut(reminders.map((r) => ReminderSchema.parse({ ...r, creatorId: keepId, updatedAt: now })));
    await db.campaigns.bulkPut(campaigns.map((c) => CampaignSchema.parse({ ...mergeMembership(c, keepId, mergeId), updatedAt: now })));
    await db.deliverables.where('creatorId').equals(mergeId).modify({ creatorId: keepId, updatedAt: now });

    const summary = [
      plural(accounts.length, 'account'),
      plural(interactions.length, 'timeline entry', 'timeline entries'),
      plural(agreements.length, 'agreement'),
      plural(reminders.length, 'reminder'),
      plural(campaigns.length, 'campaign'),
    ];
    const last = summary.pop();
    await db.interactions.add(
      note(keepId, `Merged ${merge.displayName} into this creator, with ${summary.join(', ')} and ${last}.`, now, {
        mergedCreatorId: mergeId,
        mergedName: merge.displayName,
      }),
    );
    await db.creators.put(next);
    await db.creators.delete(mergeId);
    return next;
  });
}
