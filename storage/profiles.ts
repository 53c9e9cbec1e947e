import Dexie from 'dexie';
import type { Extraction, PostReading } from '@/utils/model/reading';
import { accountIdOf, isMeasured, textValue } from '@/utils/model/reading-fields';
import { SAME_VISIT_MS } from '@/utils/scoring/profile';
import { clipText } from '@/utils/text';
import { database, type CreatorScoutDB } from './db';
import { newCreator } from '@/utils/model/defaults';
import { newId } from '@/utils/model/ids';
import { postRecord, upsertPosts } from './posts';
import { authored, newOwner, teamSeen } from './team';
import {
  DISPLAY_NAME_MAX,
  AccountSchema,
  CreatorSchema,
  InteractionSchema,
  SnapshotSchema,
  type Account,
  type Creator,
  type ObservedCount,
  type Snapshot,
} from '@/utils/model/schemas';
import type { SaveResult, AccountState, TeamSeen } from '@/utils/model/views';


/** The counts a snapshot keeps: the profile-level ones the page actually showed. */
const SNAPSHOT_KEYS = ['followers', 'following', 'posts', 'likes', 'views'] as const;

function observed(reading: Extraction): Snapshot['counts'] {
  const counts: Snapshot['counts'] = {};
  for (const key of SNAPSHOT_KEYS) {
    const field = reading.counts[key];
    if (isMeasured(field)) counts[key] = { value: field.value, precision: field.precision, source: field.source };
  }
  return counts;
}

function valueOf(count: ObservedCount | undefined): number | null {
  return count ? count.value : null;
}

export class NotAProfileError extends Error {
  override name = 'NotAProfileError';
  constructor() {
    super('This page is not a creator’s profile, so there is nothing to save.');
  }
}

export interface SaveOptions {
  now: number;
  /** Pipeline status for a creator saved for the first time. */
  status?: string;
  /** Saved without being looked at (context menu on a link). */
  toVet?: boolean;
  /** Posts of this account seen before it was saved (the background's short cache). */
  earlierPosts?: PostReading[];
  /** The creator's language detected from their bio and captions (ISO 639-1), for a new creator. */
  language?: string | null;
}

/**
 * Save the profile the user is looking at: create the creator and the account if they are new,
 * refresh the account's latest metrics and add a snapshot — all in one transaction, so a failure
 * (a full disk, say) leaves nothing half-written.
 */
export async function saveViewedProfile(reading: Extraction, options: SaveOptions): Promise<SaveResult> {
  const { handle } = reading;
  if (reading.pageType !== 'profile' || !handle) throw new NotAProfileError();
  const db = database();
  const { now } = options;
  const accountId = accountIdOf(reading.platform, handle);
  const counts = observed(reading);
  // A page may show a longer name than a record keeps: cut it with an ellipsis, never refuse the page.
  const shown = textValue(reading.displayName);
  const shownName = shown === null ? null : clipText(shown, DISPLAY_NAME_MAX);

  return db.transaction('rw', [db.creators, db.accounts, db.snapshots, db.interactions, db.posts], async () => {
    const existing = await db.accounts.get(accountId);
    const owner = existing ? await db.creators.get(existing.creatorId) : undefined;
    const created = !existing;

    let creatorId: string;
    if (!owner) {
      creatorId = newId();
      const creator: Creator = CreatorSchema.parse({
        ...newCreator(creatorId, shownName ?? handle, now, {
          status: options.status ?? 'shortlisted',
          toVet: options.toVet ?? false,
          // The creator's own language, never the page's `lang` (the viewer's interface language).
          language: options.language ?? '',
        }),
        // In a team, whoever saves a creator first looks after them.
        ...newOwner(db),
      });
      await db.creators.add(creator);
      await db.interactions.add(
        InteractionSchema.parse(
          authored({
            id: newId(),
            creatorId,
            type: 'saved',
            at: now,
            text: `Saved from ${reading.url}`,
            details: { accountId },
          }),
        ),
      );
    } else {
      // Written as read, so the save reads the creator once; only its "updated" time changes.
      creatorId = owner.id;
      await db.creators.put({ ...owner, updatedAt: now });
    }

    const account: Account = AccountSchema.parse({
      id: accountId,
      creatorId,
      platform: reading.platform,
      handle,
      url: reading.url,
      displayName: shownName ?? existing?.displayName ?? handle,
      bio: textValue(reading.bio) ?? existing?.bio ?? '',
      verified: reading.verified ?? existing?.verified ?? null,
      // A count the page did not show this time keeps the last one seen.
      followers: valueOf(counts.followers) ?? existing?.followers ?? null,
      followersPrecision: counts.followers?.precision ?? existing?.followersPrecision ?? 1,
      following: valueOf(counts.following) ?? existing?.following ?? null,
      posts: valueOf(counts.posts) ?? existing?.posts ?? null,
      engagementRate: existing?.engagementRate ?? null,
      engagementMethod: existing?.engagementMethod ?? null,
      fitScore: existing?.fitScore ?? null,
      scoredAt: existing?.scoredAt ?? null,
      firstSeenAt: existing?.firstSeenAt ?? now,
      lastSeenAt: now,
    } satisfies Account);
    await db.accounts.put(account);

    // A save from a link has no numbers yet: no snapshot until the profile is seen.
    let snapshotId: string | null = null;
    if (Object.keys(counts).length > 0) {
      const snapshot = SnapshotSchema.parse({ id: newId(), accountId, takenAt: now, kind: 'save', counts } satisfies Snapshot);
      await db.snapshots.add(snapshot);
      snapshotId = snapshot.id;
    }
    const posts = [...(options.earlierPosts ?? []), ...reading.posts];
    await upsertPosts(db, posts.map((post) => postRecord(reading.platform, accountId, post, now)));

    return { creatorId, accountId, snapshotId, created };
  });
}

/** An account's state, with the account as read when it is on the roster, so a caller need not read it again. */
type StateRead =
  | { state: Extract<AccountState, { saved: false }>; account: null }
  | { state: Extract<AccountState, { saved: true }>; account: Account };

/** `{ team }` in a team, nothing outside one (a solo user's state is as it always was). */
async function teamOf(db: CreatorScoutDB, creator: Creator): Promise<{ team?: TeamSeen }> {
  const team = await teamSeen(db, creator);
  return team ? { team } : {};
}

async function stateOf(db: CreatorScoutDB, accountId: string): Promise<StateRead> {
  const account = await db.accounts.get(accountId);
  const creator = account ? await db.creators.get(account.creatorId) : undefined;
  if (!account || !creator) return { state: { saved: false, accountId }, account: null };
  const lastSnapshot =
    (await db.snapshots
      .where('[accountId+takenAt]')
      .between([accountId, Dexie.minKey], [accountId, Dexie.maxKey])
      .last()) ?? null;
  return {
    state: {
      saved: true,
      accountId,
      creator: { id: creator.id, displayName: creator.displayName, status: creator.status },
      lastSnapshot,
      ...(await teamOf(db, creator)),
    },
    account,
  };
}

/** Whether an account is on the roster, and how it looked last time. */
export async function getAccountState(accountId: string): Promise<AccountState> {
  const db = database();
  return db.transaction('r', [db.accounts, db.creators, db.snapshots, db.interactions, db.templates], async () => (await stateOf(db, accountId)).state);
}

/** A saved profile seen again adds a snapshot at most this often, so reloads do not flood history. */
export const VIEW_SNAPSHOT_INTERVAL_MS = SAME_VISIT_MS;

/**
 * A profile was seen (badge or popup). If it is on the roster, refresh its latest metrics, keep its
 * posts and add a "view" snapshot (at most one an hour). Returns the state as it was before this
 * visit, so the caller can show what changed. Unsaved profiles are not recorded. `scores`, when
 * given, are the account's new engagement and fit, written with the rest.
 */
export async function recordProfileView(reading: Extraction, now: number, scores?: AccountScores): Promise<AccountState> {
  const { handle } = reading;
  if (reading.pageType !== 'profile' || !handle) throw new NotAProfileError();
  const db = database();
  const accountId = accountIdOf(reading.platform, handle);
  return db.transaction('rw', [db.accounts, db.creators, db.snapshots, db.posts, db.interactions, db.templates], async () => {
    const { state, account } = await stateOf(db, accountId);
    if (account === null) return state;
    const counts = observed(reading);
    if (Object.keys(counts).length > 0 && (!state.lastSnapshot || now - state.lastSnapshot.takenAt >= VIEW_SNAPSHOT_INTERVAL_MS)) {
      await db.snapshots.add(SnapshotSchema.parse({ id: newId(), accountId, takenAt: now, kind: 'view', counts } satisfies Snapshot));
    }
    await db.accounts.put(
      AccountSchema.parse({
        ...account,
        bio: textValue(reading.bio) ?? account.bio,
        verified: reading.verified ?? account.verified,
        followers: valueOf(counts.followers) ?? account.followers,
        followersPrecision: counts.followers?.precision ?? account.followersPrecision,
        following: valueOf(counts.following) ?? account.following,
        posts: valueOf(counts.posts) ?? account.posts,
        lastSeenAt: now,
        ...(scores && { ...scores, scoredAt: now }),
      } satisfies Account),
    );
    await upsertPosts(db, reading.posts.map((post) => postRecord(reading.platform, accountId, post, now)));
    return state;
  });
}

/**
 * A post page was seen: keep its metrics if its author is on the roster. Returns false when the
 * author is not saved (the background then keeps the post in its short cache for a later save).
 */
export async function recordPostView(reading: Extraction, now: number): Promise<boolean> {
  const { handle } = reading;
  if (reading.pageType !== 'post' || !handle || reading.posts.length === 0) return false;
  const db = database();
  const accountId = accountIdOf(reading.platform, handle);
  return db.transaction('rw', [db.accounts, db.posts], async () => {
    if (!(await db.accounts.get(accountId))) return false;
    await upsertPosts(db, reading.posts.map((post) => postRecord(reading.platform, accountId, post, now)));
    return true;
  });
}

export interface AccountScores {
  engagementRate: number | null;
  engagementMethod: 'followers' | 'views' | 'totals' | null;
  fitScore: number | null;
}

/** Keep an account's latest scores with it, for the roster. Does nothing for an account not saved. */
export async function recordScores(accountId: string, scores: AccountScores, now: number): Promise<void> {
  await database().accounts.update(accountId, { ...scores, scoredAt: now });
}
