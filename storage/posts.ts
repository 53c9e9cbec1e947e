import type { PostReading, Platform } from '@/utils/model/reading';
import { isMeasured } from '@/utils/model/reading-fields';
import { postAuthorHandles } from '@/utils/post-authors';
import type { ScoredPost } from '@/utils/scoring/profile';
import type { CreatorScoutDB } from './db';
import { MAX_POST_AUTHORS, MAX_POST_SEEN_ON, PostSchema, type ObservedCount, type Post } from '@/utils/model/schemas';

export function postIdOf(platform: Platform, postId: string): string {
  return `${platform}:${postId}`;
}

function observed(field: PostReading['counts'][keyof PostReading['counts']]): ObservedCount | undefined {
  return isMeasured(field) ? { value: field.value, precision: field.precision, source: field.source } : undefined;
}

/**
 * A post read from a page, as the posts table keeps it: seen on the account `seenOnAccountId`
 * (`platform:handle`), written by the authors the page names (that account when it names none).
 */
export function postRecord(platform: Platform, seenOnAccountId: string, post: PostReading, seenAt: number): Post {
  const counts: Post['counts'] = {};
  for (const key of ['likes', 'comments', 'shares', 'views'] as const) {
    const value = observed(post.counts[key]);
    if (value) counts[key] = value;
  }
  return PostSchema.parse({
    id: postIdOf(platform, post.id),
    authorAccountIds: postAuthorHandles(post, seenOnAccountId.slice(platform.length + 1))
      .slice(0, MAX_POST_AUTHORS)
      .map((handle) => `${platform}:${handle}`),
    seenOnAccountIds: [seenOnAccountId],
    url: post.url,
    postedAt: post.postedAt,
    seenAt,
    pinned: post.pinned,
    sponsored: post.sponsored,
    caption: post.caption ?? '',
    counts,
  } satisfies Post);
}

/** `a` then what `b` adds, each once; the newest `max` when there are more (b is newer). */
function union(a: readonly string[], b: readonly string[], max: number): string[] {
  return [...new Set([...a, ...b])].slice(-max);
}

/**
 * Add or refresh posts. A count the page did not show this time keeps the value seen before, so a
 * profile grid showing only views does not erase the likes read on the post's own page. The authors
 * and the pages it was seen on add up: a collab seen on a second profile still belongs to the first.
 * Call inside a transaction that includes `db.posts`.
 */
export async function upsertPosts(db: CreatorScoutDB, posts: Post[]): Promise<void> {
  if (posts.length === 0) return;
  const existing = await db.posts.bulkGet(posts.map((p) => p.id));
  const merged = posts.map((post, i) => {
    const before = existing[i];
    if (!before) return post;
    return {
      ...post,
      authorAccountIds: union(before.authorAccountIds, post.authorAccountIds, MAX_POST_AUTHORS),
      seenOnAccountIds: union(before.seenOnAccountIds, post.seenOnAccountIds, MAX_POST_SEEN_ON),
      postedAt: post.postedAt ?? before.postedAt,
      caption: post.caption || before.caption,
      sponsored: post.sponsored || before.sponsored,
      counts: { ...before.counts, ...post.counts },
    };
  });
  await db.posts.bulkPut(merged);
}

export function metricsOfPost(post: Post): ScoredPost {
  return {
    id: post.id.slice(post.id.indexOf(':') + 1),
    postedAt: post.postedAt,
    pinned: post.pinned,
    likes: post.counts.likes?.value ?? null,
    comments: post.counts.comments?.value ?? null,
    shares: post.counts.shares?.value ?? null,
    views: post.counts.views?.value ?? null,
    sponsored: post.sponsored,
    caption: post.caption || null,
  };
}

/** The posts these accounts wrote (alone or with others), each once, in no order. */
export async function postsByAuthors(db: CreatorScoutDB, accountIds: string[]): Promise<Post[]> {
  return db.posts.where('authorAccountIds').anyOf(accountIds).distinct().toArray();
}

/** The posts an account wrote (a collab on another's profile too, not others' posts seen on its page), newest first. */
export async function postsOfAccount(db: CreatorScoutDB, accountId: string): Promise<Post[]> {
  const posts = await postsByAuthors(db, [accountId]);
  return posts.sort((a, b) => (b.postedAt ?? b.seenAt) - (a.postedAt ?? a.seenAt));
}
