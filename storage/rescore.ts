// Scores recomputed from what the roster holds, so that a creator's fit follows their data and the
// brand profile: when the user edits the creator (language, location) or changes the brand
// profile, the roster, the creator page, the badge and the popup all show the same fit again.
import Dexie from 'dexie';
import type { Extraction } from '@/utils/model/reading';
import { allMissing } from '@/utils/model/reading-fields';
import type { BrandProfile } from '@/utils/scoring/brand-profile';
import { scoreProfile, type ProfileScore } from '@/utils/scoring/profile';
import { database } from './db';
import { metricsOfPost, postsOfAccount } from './posts';
import type { Account, Snapshot } from '@/utils/model/schemas';

/** Detects a language from texts (the browser's detector; tests pass their own). */
export type LanguageDetector = (texts: Array<string | null>) => Promise<string | null>;

/**
 * The profile as last seen, rebuilt from the account and its newest snapshot: what the page showed
 * at the last visit (the counts with their precision, the bio), for scoring without the page.
 */
export function readingFromStore(account: Account, latest: Snapshot | undefined): Extraction {
  const counts = allMissing('Not shown at the last visit.');
  for (const key of ['followers', 'following', 'posts', 'likes', 'views'] as const) {
    const seen = latest?.counts[key];
    if (seen) counts[key] = { value: seen.value, precision: seen.precision, source: seen.source };
  }
  // The account holds the newest count even when the visit added no snapshot (at most one an hour).
  if (account.followers !== null) counts.followers = { value: account.followers, precision: account.followersPrecision, source: latest?.counts.followers?.source ?? 'dom' };
  return {
    platform: account.platform,
    pageType: 'profile',
    url: account.url,
    handle: account.handle,
    displayName: account.displayName ? { value: account.displayName, source: 'dom' } : { missing: 'Not shown at the last visit.' },
    bio: account.bio ? { value: account.bio, source: 'dom' } : { missing: 'Not shown at the last visit.' },
    verified: account.verified,
    language: null,
    counts,
    posts: [],
    tookMs: 0,
  };
}

/**
 * Score one account from the roster as of its last visit (`lastSeenAt`): the same inputs the popup
 * had then — the posts, the earlier snapshots, the creator's details, the brand profile — and so
 * the same scores, unless the creator or the profile changed.
 */
export async function scoreStoredAccount(accountId: string, profile: BrandProfile | null, detect: LanguageDetector): Promise<ProfileScore | null> {
  const db = database();
  const read = await db.transaction('r', [db.accounts, db.creators, db.snapshots, db.posts], async () => {
    const account = await db.accounts.get(accountId);
    if (!account) return null;
    const [creator, snapshots, posts] = await Promise.all([
      db.creators.get(account.creatorId),
      db.snapshots.where('[accountId+takenAt]').between([accountId, Dexie.minKey], [accountId, Dexie.maxKey]).toArray(),
      postsOfAccount(db, accountId),
    ]);
    return { account, creator, snapshots, posts };
  });
  if (!read) return null;
  const { account, creator, snapshots, posts } = read;
  const earlierPosts = posts.map(metricsOfPost);
  const detectedLanguage = creator?.language ? null : await detect([account.bio, ...earlierPosts.map((p) => p.caption)]);
  return scoreProfile(readingFromStore(account, snapshots.at(-1)), {
    now: account.lastSeenAt,
    earlierPosts,
    history: snapshots.flatMap((s) => (s.counts.followers ? [{ takenAt: s.takenAt, followers: s.counts.followers.value, precision: s.counts.followers.precision }] : [])),
    profile,
    creator: creator ? { language: creator.language, location: creator.location } : null,
    detectedLanguage,
  });
}

/** Recompute and store the scores of these accounts (a creator's, or every one): returns how many changed. */
export async function rescoreAccounts(accountIds: string[], profile: BrandProfile | null, detect: LanguageDetector): Promise<number> {
  const db = database();
  let changed = 0;
  for (const id of accountIds) {
    const score = await scoreStoredAccount(id, profile, detect);
    if (!score) continue;
    const next = {
      engagementRate: score.engagement.available ? score.engagement.rate : null,
      engagementMethod: score.engagement.available ? score.engagement.method : null,
      fitScore: score.fit.score,
    };
    // Only a real change is written (each write wakes every open roster).
    const current = await db.accounts.get(id);
    if (!current || (current.fitScore === next.fitScore && current.engagementRate === next.engagementRate && current.engagementMethod === next.engagementMethod)) continue;
    changed += await db.accounts.update(id, next);
  }
  return changed;
}

/** Every account of a creator, rescored (after the creator was edited). */
export async function rescoreCreator(creatorId: string, profile: BrandProfile | null, detect: LanguageDetector): Promise<number> {
  const ids = await database().accounts.where('creatorId').equals(creatorId).primaryKeys();
  return rescoreAccounts(ids, profile, detect);
}

/** Every account on the roster, rescored (after the brand profile changed). */
export async function rescoreAll(profile: BrandProfile | null, detect: LanguageDetector): Promise<number> {
  return rescoreAccounts(await database().accounts.toCollection().primaryKeys(), profile, detect);
}
