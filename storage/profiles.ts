import Dexie from 'dexie';
import {
  accountIdOf,
  isMeasured,
  textValue,
  type Extraction,
} from '@/utils/extract/extraction';
import { database } from './db';
import {
  AccountSchema,
  CreatorSchema,
  InteractionSchema,
  SnapshotSchema,
  type Account,
  type Creator,
  type ObservedCount,
  type Snapshot,
} from './schemas';

export function newId(): string {
  return crypto.randomUUID();
}

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
}

export interface SaveResult {
  creatorId: string;
  accountId: string;
  snapshotId: string;
  /** False when the account was already saved: the save added a snapshot to it. */
  created: boolean;
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
  const displayName = textValue(reading.displayName) ?? handle;

  return db.transaction('rw', [db.creators, db.accounts, db.snapshots, db.interactions], async () => {
    const existing = await db.accounts.get(accountId);
    let creatorId = existing?.creatorId;
    const created = !existing;

    if (!creatorId || !(await db.creators.get(creatorId))) {
      creatorId = newId();
      const creator: Creator = CreatorSchema.parse({
        id: creatorId,
        displayName,
        status: options.status ?? 'shortlisted',
        toVet: options.toVet ?? false,
        tags: [],
        strengths: [],
        contact: { email: '', other: '' },
        location: '',
        language: reading.language ?? '',
        ambassador: false,
        notes: '',
        lastContactedAt: null,
        createdAt: now,
        updatedAt: now,
      } satisfies Creator);
      await db.creators.add(creator);
      await db.interactions.add(
        InteractionSchema.parse({
          id: newId(),
          creatorId,
          type: 'saved',
          at: now,
          text: `Saved from ${reading.url}`,
          details: { accountId },
        }),
      );
    } else {
      await db.creators.update(creatorId, { updatedAt: now });
    }

    const account: Account = AccountSchema.parse({
      id: accountId,
      creatorId,
      platform: reading.platform,
      handle,
      url: reading.url,
      displayName,
      bio: textValue(reading.bio) ?? existing?.bio ?? '',
      verified: reading.verified ?? existing?.verified ?? null,
      // A count the page did not show this time keeps the last one seen.
      followers: valueOf(counts.followers) ?? existing?.followers ?? null,
      following: valueOf(counts.following) ?? existing?.following ?? null,
      posts: valueOf(counts.posts) ?? existing?.posts ?? null,
      firstSeenAt: existing?.firstSeenAt ?? now,
      lastSeenAt: now,
    } satisfies Account);
    await db.accounts.put(account);

    const snapshot = SnapshotSchema.parse({
      id: newId(),
      accountId,
      takenAt: now,
      kind: 'save',
      counts,
    } satisfies Snapshot);
    await db.snapshots.add(snapshot);

    return { creatorId, accountId, snapshotId: snapshot.id, created };
  });
}

export type AccountState =
  | { saved: false; accountId: string }
  | {
      saved: true;
      accountId: string;
      creator: Pick<Creator, 'id' | 'displayName' | 'status'>;
      /** The snapshot before now, to show what changed since the last visit. */
      lastSnapshot: Snapshot | null;
    };

/** Whether an account is on the roster, and how it looked last time. */
export async function getAccountState(accountId: string): Promise<AccountState> {
  const db = database();
  return db.transaction('r', [db.accounts, db.creators, db.snapshots], async () => {
    const account = await db.accounts.get(accountId);
    const creator = account ? await db.creators.get(account.creatorId) : undefined;
    if (!account || !creator) return { saved: false, accountId };
    const lastSnapshot =
      (await db.snapshots
        .where('[accountId+takenAt]')
        .between([accountId, Dexie.minKey], [accountId, Dexie.maxKey])
        .last()) ?? null;
    return {
      saved: true,
      accountId,
      creator: { id: creator.id, displayName: creator.displayName, status: creator.status },
      lastSnapshot,
    };
  });
}

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
