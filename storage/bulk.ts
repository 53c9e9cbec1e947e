import { addTags, cleanTags, removeTag } from '@/utils/tags';
import { problemsOf } from './creators';
import { database } from './db';
import { authored } from './team';
import { statusChangeEvent } from '@/utils/model/defaults';
import { InvalidFieldError, type FieldProblem } from '@/utils/model/errors';
import { newId } from '@/utils/model/ids';
import {
  CreatorSchema,
  InteractionSchema,
  StatusSchema,
  type Account,
  type Agreement,
  type Campaign,
  type Deliverable,
  type Creator,
  type Interaction,
  type Post,
  type Reminder,
  type Snapshot,
} from '@/utils/model/schemas';

// Changes to many creators at once, from the roster's bulk actions. Each is one transaction, and
// every record is checked before any is written: a bulk change happens to all of them or to none.

const TAG_SCHEMA = CreatorSchema.shape.tags.element;
const grouped = new Intl.NumberFormat('en-US');

/** "Ana", "Ana and Bo", "Ana, Bo and Cy", "Ana, Bo and 5 others". */
function namesOf(creators: readonly Creator[]): string {
  const names = creators.map((c) => c.displayName);
  if (names.length === 1) return names[0]!;
  if (names.length <= 3) return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `${names.slice(0, 2).join(', ')} and ${names.length - 2} others`;
}

/**
 * The changed creators parsed with CreatorSchema, ready to write — or, when any of them cannot be
 * saved, InvalidFieldError naming who and why (`nothingDone` starts the message), so nothing is written.
 */
function checkedCreators(changed: readonly Creator[], nothingDone: string): Creator[] {
  const valid: Creator[] = [];
  const overTagLimit: Creator[] = [];
  let tagLimit = 0;
  const invalid: Array<{ creator: Creator; problems: FieldProblem[] }> = [];
  for (const creator of changed) {
    const result = CreatorSchema.safeParse(creator);
    if (result.success) {
      valid.push(result.data);
      continue;
    }
    const [only, ...more] = result.error.issues;
    if (only?.code === 'too_big' && only.origin === 'array' && only.path.join('.') === 'tags' && more.length === 0) {
      overTagLimit.push(creator);
      tagLimit = Number(only.maximum);
    } else {
      invalid.push({ creator, problems: problemsOf(result.error) });
    }
  }
  if (overTagLimit.length === 0 && invalid.length === 0) return valid;

  const problems: FieldProblem[] = [];
  if (overTagLimit.length > 0) {
    const one = overTagLimit.length === 1;
    const who = `${namesOf(overTagLimit)} already ${one ? 'has' : 'have'} ${grouped.format(tagLimit)} tags, the most a creator can have`;
    problems.push({ field: 'tags', message: `${who}: remove some of ${one ? 'their' : 'those'} tags, or leave ${one ? 'them' : 'those creators'} out of the selection.` });
  }
  for (const { creator, problems: theirs } of invalid.slice(0, 3)) {
    const why = theirs.map((p) => p.message).join(' ');
    problems.push({ field: theirs[0]?.field ?? 'record', message: `${creator.displayName}’s saved details need fixing first, on their page: ${why}` });
  }
  if (invalid.length > 3) problems.push({ field: 'record', message: `So do those of ${invalid.length - 3} other selected creators.` });
  throw new InvalidFieldError(problems.map((p, i) => (i === 0 ? { ...p, message: `${nothingDone} ${p.message}` } : p)));
}

export async function bulkSetStatus(creatorIds: string[], status: string, now: number): Promise<number> {
  if (!StatusSchema.safeParse(status).success) throw new InvalidFieldError([{ field: 'status', message: 'No stage was changed: choose a pipeline stage first.' }]);
  const db = database();
  return db.transaction('rw', [db.creators, db.interactions], async () => {
    const creators = (await db.creators.bulkGet(creatorIds)).filter((c): c is Creator => Boolean(c) && c!.status !== status);
    const next = checkedCreators(
      creators.map((c) => ({ ...c, status, updatedAt: now })),
      'No stage was changed:',
    );
    const events = creators.map((c) => InteractionSchema.parse(authored(statusChangeEvent(newId(), c.id, { from: c.status, to: status }, now), db)));
    await db.creators.bulkPut(next);
    await db.interactions.bulkAdd(events);
    return next.length;
  });
}

/** Why a cleaned tag cannot be one of a creator's tags (the limit named), or null when it can. */
function tagProblem(tag: string): string | null {
  const result = TAG_SCHEMA.safeParse(tag);
  if (result.success) return null;
  const issue = result.error.issues[0];
  if (issue?.code === 'too_big') {
    return `a tag can be at most ${grouped.format(Number(issue.maximum))} characters long, and this one has ${grouped.format(tag.length)}. Shorten it and try again.`;
  }
  return `this cannot be a tag (${issue?.message ?? 'not valid'}).`;
}

/**
 * Add a tag to creators, or remove it (in any case). Refused, writing nothing, when the tag is longer
 * than a tag can be, or when any creator it would be added to already has as many tags as a creator
 * can have (the message names them). Removing is never refused for the tag's length: it is how a tag
 * that an older version let in gets taken out again.
 */
export async function bulkTag(creatorIds: string[], tag: string, action: 'add' | 'remove', now: number): Promise<number> {
  const [clean] = cleanTags([tag]);
  if (!clean) throw new Error('Type a tag first.');
  const problem = action === 'add' ? tagProblem(clean) : null;
  if (problem) throw new InvalidFieldError([{ field: 'tags', message: `Nothing was tagged: ${problem}` }]);
  const db = database();
  return db.transaction('rw', [db.creators], async () => {
    const creators = (await db.creators.bulkGet(creatorIds)).filter((c): c is Creator => Boolean(c));
    const changed = creators.flatMap((c) => {
      // Adding only appends and removing only drops, so a list of the same length is unchanged.
      const tags = action === 'add' ? addTags(c.tags, [clean]) : removeTag(c.tags, clean);
      return tags.length === c.tags.length ? [] : [{ ...c, tags, updatedAt: now }];
    });
    const next = checkedCreators(changed, action === 'add' ? 'Nothing was tagged:' : 'No tag was removed:');
    await db.creators.bulkPut(next);
    return next.length;
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
  /** Their deliverables (version 8). */
  deliverables: Deliverable[];
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
      db.posts.where('authorAccountIds').anyOf(accountIds).or('seenOnAccountIds').anyOf(accountIds).distinct().toArray(),
      db.interactions.where('creatorId').anyOf(creatorIds).toArray(),
      db.agreements.where('creatorId').anyOf(creatorIds).toArray(),
      db.reminders.where('creatorId').anyOf(creatorIds).toArray(),
      db.campaigns.toArray(),
    ]);
    const campaigns = allCampaigns.filter((k) => k.creators.some((m) => deleting.has(String(m.creatorId))));
    const deliverables = await db.deliverables.where('creatorId').anyOf(creatorIds).toArray();
    const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id);
    // A post also written by, or seen on, an account that stays (a collab) stays with it; only the
    // pages it was seen on that go are forgotten. `posts` keeps every post as it was, for the undo.
    const goingAccounts = new Set(accountIds);
    const others = [...new Set(posts.flatMap((p) => [...p.authorAccountIds, ...p.seenOnAccountIds]).filter((id) => !goingAccounts.has(id)))];
    const staying = new Set((await db.accounts.bulkGet(others)).flatMap((a) => (a ? [a.id] : [])));
    const keptPosts = posts.filter((p) => [...p.authorAccountIds, ...p.seenOnAccountIds].some((id) => staying.has(id)));
    const deletedPosts = posts.filter((p) => !keptPosts.includes(p));
    await Promise.all([
      db.creators.bulkDelete(ids(creators)),
      db.accounts.bulkDelete(ids(accounts)),
      db.snapshots.bulkDelete(ids(snapshots)),
      db.posts.bulkDelete(ids(deletedPosts)),
      db.posts.bulkPut(keptPosts.map((p) => ({ ...p, seenOnAccountIds: p.seenOnAccountIds.filter((id) => !goingAccounts.has(id)) }))),
      db.interactions.bulkDelete(ids(interactions)),
      db.agreements.bulkDelete(ids(agreements)),
      db.reminders.bulkDelete(ids(reminders)),
      db.deliverables.bulkDelete(ids(deliverables)),
    ]);
    await db.campaigns.bulkPut(campaigns.map((k) => ({ ...k, creators: k.creators.filter((m) => !deleting.has(String(m.creatorId))) })));
    return { creators, accounts, snapshots, posts, interactions, agreements, reminders, campaigns, deliverables };
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
      db.deliverables.bulkPut(deleted.deliverables),
    ]);
  });
}
