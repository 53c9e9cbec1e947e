import Dexie from 'dexie';
import { problemsOf } from './creators';
import { database, type CreatorScoutDB } from './db';
import { authored } from './team';
import { InvalidFieldError, type FieldProblem } from '@/utils/model/errors';
import { cancelFollowUpsOnReply } from './reminders';
import { postsByAuthors } from './posts';
import { newId } from '@/utils/model/ids';
import {
  CreatorSchema,
  InteractionSchema,
  type Campaign,
  type Interaction,
  type Post,
} from '@/utils/model/schemas';
import type { CreatorDetail } from '@/utils/model/views';


// The creator detail page's reads and writes: everything known about one person in one place, so
// a new manager finds every past collaboration, agreement and result without asking around.

/** Whether a campaign lists the creator among its members (`campaign.creators[].creatorId`). */
export function isCampaignMember(campaign: Campaign, creatorId: string): boolean {
  return campaign.creators.some((member) => member.creatorId === creatorId);
}

function postTime(post: Post): number {
  return post.postedAt ?? post.seenAt;
}

async function readDetail(db: CreatorScoutDB, creatorId: string): Promise<CreatorDetail | null> {
  const creator = await db.creators.get(creatorId);
  if (!creator) return null;
  const accounts = await db.accounts.where('creatorId').equals(creatorId).sortBy('firstSeenAt');
  const accountIds = accounts.map((a) => a.id);
  const [snapshots, posts, interactions, agreements, reminders, campaigns] = await Promise.all([
    db.snapshots.where('accountId').anyOf(accountIds).toArray(),
    postsByAuthors(db, accountIds),
    db.interactions.where('[creatorId+at]').between([creatorId, Dexie.minKey], [creatorId, Dexie.maxKey]).reverse().toArray(),
    db.agreements.where('creatorId').equals(creatorId).toArray(),
    db.reminders.where('creatorId').equals(creatorId).toArray(),
    // Membership lives inside each campaign's record (no index): campaigns are few, so a scan is fine.
    db.campaigns.filter((c) => isCampaignMember(c, creatorId)).toArray(),
  ]);
  return {
    creator,
    accounts: accounts.map((account) => ({
      account,
      snapshots: snapshots.filter((s) => s.accountId === account.id).sort((a, b) => a.takenAt - b.takenAt),
    })),
    posts: posts.sort((a, b) => postTime(b) - postTime(a)),
    interactions,
    agreements: agreements.sort((a, b) => b.updatedAt - a.updatedAt),
    reminders: reminders.sort((a, b) => a.dueAt - b.dueAt),
    campaigns: campaigns.sort((a, b) => (b.startAt ?? b.createdAt) - (a.startAt ?? a.createdAt)),
  };
}

/** Everything about one creator, or null when there is no such creator. */
export async function loadCreatorDetail(creatorId: string): Promise<CreatorDetail | null> {
  const db = database();
  return db.transaction('r', [db.creators, db.accounts, db.snapshots, db.posts, db.interactions, db.agreements, db.reminders, db.campaigns], () =>
    readDetail(db, creatorId),
  );
}

// (Editing the creator is in creators.ts, which the background can import without React.)

// --- The timeline ---

export type InteractionType = Interaction['type'];

export interface NewInteraction {
  type: InteractionType;
  /** When it happened (epoch ms): may be earlier than now, for something logged after the fact. */
  at: number;
  text: string;
  /** For a payment: `amount` (a number) and `currency` (three letters). */
  details?: Interaction['details'];
}

/** Types that count as being in touch with the creator. */
const CONTACT_TYPES: ReadonlySet<InteractionType> = new Set(['outreach', 'reply']);

/** The checks the schema cannot word for a person: a date, the note's text, a payment's amount and currency. */
function entryProblems(input: NewInteraction): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!Number.isSafeInteger(input.at) || input.at < 0) problems.push({ field: 'at', message: 'Date: enter when it happened.' });
  if (input.type === 'note' && !input.text.trim()) problems.push({ field: 'text', message: 'Text: write the note.' });
  if (input.type === 'payment') {
    const amount = input.details?.amount;
    if (typeof amount !== 'number' || !Number.isFinite(amount) || amount <= 0) {
      problems.push({ field: 'amount', message: 'Amount: enter the amount paid, such as 250.' });
    }
    const currency = input.details?.currency;
    if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) {
      problems.push({ field: 'currency', message: 'Currency: use a three-letter code such as EUR or USD.' });
    }
  }
  return problems;
}

/** A timeline entry as it would be saved (with `id`), checked once: the record, or what is wrong with it. */
function readInteraction(id: string, creatorId: string, input: NewInteraction): { interaction: Interaction; problems: [] } | { interaction: null; problems: FieldProblem[] } {
  const problems = entryProblems(input);
  if (problems.length > 0) return { interaction: null, problems };
  const result = InteractionSchema.safeParse({
    id,
    creatorId,
    type: input.type,
    at: input.at,
    text: input.text.trim(),
    details: input.details ?? {},
  } satisfies Interaction);
  return result.success ? { interaction: result.data, problems: [] } : { interaction: null, problems: problemsOf(result.error) };
}

/** What is wrong with a timeline entry, one sentence per field; empty when it can be added. */
export function interactionProblems(creatorId: string, input: NewInteraction): FieldProblem[] {
  return readInteraction('check', creatorId, input).problems;
}

/**
 * Put a note, outreach, reply, gift, payment or stage change on the creator's timeline. Outreach and
 * replies move "last contacted" forward (never back: an old email logged today changes nothing).
 */
export async function addInteraction(creatorId: string, input: NewInteraction, now: number): Promise<Interaction> {
  const { interaction, problems } = readInteraction(newId(), creatorId, input);
  if (interaction === null) throw new InvalidFieldError(problems);
  const db = database();
  return db.transaction('rw', [db.creators, db.interactions, db.reminders], async () => {
    const creator = await db.creators.get(creatorId);
    if (!creator) throw new Error('This creator is no longer on your roster.');
    const lastContactedAt = CONTACT_TYPES.has(interaction.type)
      ? Math.max(creator.lastContactedAt ?? interaction.at, interaction.at)
      : creator.lastContactedAt;
    await db.creators.put(CreatorSchema.parse({ ...creator, lastContactedAt, updatedAt: now }));
    await db.interactions.add(authored(interaction, db));
    // They answered: the follow-ups waiting on our outreach are no longer needed.
    if (interaction.type === 'reply') await cancelFollowUpsOnReply(creatorId, now);
    return interaction;
  });
}
