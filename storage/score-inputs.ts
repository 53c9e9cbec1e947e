import Dexie from 'dexie';
import type { SnapshotPoint } from '@/utils/scoring/authenticity';
import type { ScoredPost } from '@/utils/scoring/profile';
import { database } from './db';
import { metricsOfPost, postsOfAccount } from './posts';

export interface StoredScoreInputs {
  posts: ScoredPost[];
  /** Follower counts at each snapshot, oldest first. */
  history: SnapshotPoint[];
  creator: { language: string; location: string } | null;
}

/** What the roster holds that a profile's scores use: its posts, its follower history, the creator's details. */
export async function scoreInputs(accountId: string): Promise<StoredScoreInputs> {
  const db = database();
  return db.transaction('r', [db.accounts, db.creators, db.snapshots, db.posts], async () => {
    const account = await db.accounts.get(accountId);
    if (!account) return { posts: [], history: [], creator: null };
    const [creator, snapshots, posts] = await Promise.all([
      db.creators.get(account.creatorId),
      db.snapshots.where('[accountId+takenAt]').between([accountId, Dexie.minKey], [accountId, Dexie.maxKey]).toArray(),
      postsOfAccount(db, accountId),
    ]);
    return {
      posts: posts.map(metricsOfPost),
      history: snapshots.flatMap((s) =>
        s.counts.followers ? [{ takenAt: s.takenAt, followers: s.counts.followers.value, precision: s.counts.followers.precision }] : [],
      ),
      creator: creator ? { language: creator.language, location: creator.location } : null,
    };
  });
}
