import type { CreatorScoutDB } from '@/storage/db';
import { emptyAgreementTerms, newCampaignCreator, newCreator, REMINDER_DEFAULTS } from '@/utils/model/defaults';
import {
  AccountSchema,
  AgreementSchema,
  CampaignSchema,
  CreatorSchema,
  InteractionSchema,
  PostSchema,
  ReminderSchema,
  SnapshotSchema,
  type Account,
  type Agreement,
  type Campaign,
  type CampaignCreator,
  type Creator,
  type Interaction,
  type Post,
  type Reminder,
  type Snapshot,
} from '@/utils/model/schemas';

// Records for the creator detail tests (storage and components), parsed with the real schemas so a
// seed can never hold something the app itself could not have written.

export const T = Date.UTC(2026, 10, 20, 9);
export const DAY = 86_400_000;

export function creatorRecord(id: string, overrides: Partial<Creator> = {}): Creator {
  return CreatorSchema.parse({ ...newCreator(id, id, T - 30 * DAY), ...overrides } satisfies Creator);
}

export function accountRecord(creatorId: string, platform: Account['platform'], handle: string, overrides: Partial<Account> = {}): Account {
  const hosts = { instagram: 'www.instagram.com/', tiktok: 'www.tiktok.com/@', youtube: 'www.youtube.com/@', x: 'x.com/', bluesky: 'bsky.app/profile/' };
  return AccountSchema.parse({
    id: `${platform}:${handle.toLowerCase()}`,
    creatorId,
    platform,
    handle,
    url: `https://${hosts[platform]}${handle}`,
    displayName: handle,
    bio: '',
    verified: null,
    followers: null,
    followersPrecision: 1,
    following: null,
    posts: null,
    engagementRate: null,
    engagementMethod: null,
    fitScore: null,
    scoredAt: null,
    firstSeenAt: T - 30 * DAY,
    lastSeenAt: T - DAY,
    ...overrides,
  } satisfies Account);
}

export function snapshotRecord(accountId: string, takenAt: number, followers: number, precision = 1): Snapshot {
  return SnapshotSchema.parse({
    id: `${accountId}@${takenAt}`,
    accountId,
    takenAt,
    kind: 'view',
    counts: { followers: { value: followers, precision, source: 'meta' } },
  } satisfies Snapshot);
}

export interface PostNumbers {
  likes?: number;
  comments?: number;
  shares?: number;
  views?: number;
  /** Precision of every count given (1 = exact). */
  precision?: number;
}

/** Stored post links must be on the post's own platform. */
const POST_HOSTS: Record<string, string> = { instagram: 'www.instagram.com', tiktok: 'www.tiktok.com', youtube: 'www.youtube.com', x: 'x.com', bluesky: 'bsky.app' };

export function postRecordOf(accountId: string, postId: string, postedAt: number, numbers: PostNumbers, overrides: Partial<Post> = {}): Post {
  const { precision = 1, ...values } = numbers;
  const counts: Post['counts'] = {};
  for (const [key, value] of Object.entries(values)) counts[key as keyof Post['counts']] = { value, precision, source: 'dom' };
  return PostSchema.parse({
    id: `${accountId.split(':')[0]}:${postId}`,
    authorAccountIds: [accountId],
    seenOnAccountIds: [accountId],
    url: `https://${POST_HOSTS[accountId.split(':')[0]!]}/p/${postId}`,
    postedAt,
    seenAt: postedAt + DAY,
    pinned: false,
    sponsored: false,
    caption: '',
    counts,
    ...overrides,
  } satisfies Post);
}

export function interactionRecord(creatorId: string, id: string, type: Interaction['type'], at: number, text = '', details: Interaction['details'] = {}): Interaction {
  return InteractionSchema.parse({ id, creatorId, type, at, text, details } satisfies Interaction);
}

export function agreementRecord(creatorId: string, id: string, title: string, overrides: Partial<Agreement> = {}): Agreement {
  return AgreementSchema.parse({ id, creatorId, campaignId: null, status: 'signed', title, terms: emptyAgreementTerms(), createdAt: T - 10 * DAY, updatedAt: T - 10 * DAY, ...overrides } satisfies Agreement);
}

export function reminderRecord(creatorId: string, id: string, title: string, dueAt: number): Reminder {
  return ReminderSchema.parse({ id, creatorId, title, dueAt, status: 'pending', kind: 'follow_up', createdAt: T - DAY, updatedAt: T - DAY, ...REMINDER_DEFAULTS } satisfies Reminder);
}

export function campaignRecord(id: string, name: string, members: Array<Partial<CampaignCreator> & Pick<CampaignCreator, 'creatorId'>>, overrides: Partial<Campaign> = {}): Campaign {
  return CampaignSchema.parse({
    id,
    name,
    goal: 'sales',
    brief: { deliverables: '', hashtags: [], disclosures: '', deadlines: '', dos: '', donts: '' },
    status: 'active',
    startAt: T - 20 * DAY,
    endAt: T + 20 * DAY,
    budget: null,
    currency: 'EUR',
    landingUrl: '',
    creators: members.map((m) => newCampaignCreator(m.creatorId, T - 25 * DAY, m)),
    createdAt: T - 25 * DAY,
    updatedAt: T - 25 * DAY,
    ...overrides,
  } satisfies Campaign);
}

/**
 * Ana Lima: an Instagram and a TikTok account with follower history and posts, a timeline, an
 * agreement, a reminder and a campaign. Plus Bo, another creator, whose records must never show up
 * on Ana's page.
 */
export async function seedAna(db: CreatorScoutDB): Promise<void> {
  await db.creators.bulkAdd([
    creatorRecord('ana', { displayName: 'Ana Lima', status: 'contacted', tags: ['travel'], strengths: ['storytelling'], contact: { email: 'ana@example.com', other: '' }, lastContactedAt: T - 5 * DAY }),
    creatorRecord('bo', { displayName: 'Bo Berg' }),
  ]);
  await db.accounts.bulkAdd([
    accountRecord('ana', 'instagram', 'ana.lima', { displayName: 'Ana Lima', followers: 12_400, engagementRate: 0.0321, fitScore: 78 }),
    accountRecord('ana', 'tiktok', 'analima', { displayName: 'Ana on TikTok', followers: 250_000, firstSeenAt: T - 20 * DAY }),
    accountRecord('bo', 'instagram', 'bo.berg', { followers: 900 }),
  ]);
  await db.snapshots.bulkAdd([
    snapshotRecord('instagram:ana.lima', T - 2 * DAY, 12_400),
    snapshotRecord('instagram:ana.lima', T - 20 * DAY, 11_000),
    snapshotRecord('tiktok:analima', T - 10 * DAY, 250_000, 1000),
    snapshotRecord('instagram:bo.berg', T - 3 * DAY, 900),
  ]);
  await db.posts.bulkAdd([
    postRecordOf('instagram:ana.lima', 'older', T - 15 * DAY, { likes: 300, comments: 10 }, { caption: 'Lisbon by tram #travel' }),
    postRecordOf('instagram:ana.lima', 'newer', T - 4 * DAY, { likes: 500, comments: 20 }, { sponsored: true, caption: 'Packing with @brand #ad' }),
    postRecordOf('tiktok:analima', 'clip', T - 8 * DAY, { likes: 12_300, comments: 400, shares: 300, views: 1_300_000, precision: 100 }),
    postRecordOf('instagram:bo.berg', 'bo1', T - 3 * DAY, { likes: 10, comments: 1 }),
  ]);
  await db.interactions.bulkAdd([
    interactionRecord('ana', 'i-saved', 'saved', T - 30 * DAY, 'Saved from https://www.instagram.com/ana.lima/', { accountId: 'instagram:ana.lima' }),
    interactionRecord('ana', 'i-out', 'outreach', T - 5 * DAY, 'Sent the spring brief'),
    interactionRecord('ana', 'i-stage', 'status_change', T - 5 * DAY + 1000, '', { from: 'shortlisted', to: 'contacted' }),
    interactionRecord('bo', 'i-bo', 'note', T - DAY, 'Bo only'),
  ]);
  await db.agreements.bulkAdd([agreementRecord('ana', 'ag1', 'Spring reel'), agreementRecord('bo', 'ag-bo', 'Bo deal')]);
  await db.reminders.bulkAdd([reminderRecord('ana', 'r1', 'Follow up on the brief', T + 2 * DAY), reminderRecord('bo', 'r-bo', 'Bo reminder', T + DAY)]);
  await db.campaigns.bulkAdd([
    campaignRecord('spring', 'Spring launch', [{ creatorId: 'ana', fee: 500 }, { creatorId: 'bo' }]),
    campaignRecord('winter', 'Winter sale', [{ creatorId: 'bo' }], { startAt: T - 90 * DAY }),
  ]);
}
