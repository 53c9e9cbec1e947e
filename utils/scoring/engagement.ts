// Engagement rate, computed the way DESIGN.md defines it, with everything needed to show how.
// Pure: `now` is passed in; no browser APIs.
import type { Platform } from '@/utils/model/reading';

/** The per-post numbers engagement needs; a missing number is null, never 0. */
export interface PostMetrics {
  id: string;
  postedAt: number | null;
  pinned: boolean;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  views: number | null;
  /** The caption where the page showed one, to name the post to the user. */
  caption?: string | null;
}

/** Which post, as a person would recognise it: its id, date and caption (see utils/post-name.ts). */
export interface PostRef {
  id: string;
  postedAt: number | null;
  caption: string | null;
}

function refOf(post: PostMetrics): PostRef {
  return { id: post.id, postedAt: post.postedAt, caption: post.caption ?? null };
}

export interface EngagementSettings {
  /** How many of the most recent posts to use (default 12). */
  postCount: number;
  /** Median (default) resists one viral post; mean is what some platforms publish. */
  average: 'median' | 'mean';
  /** Posts younger than this are still collecting engagement and are skipped (default 3 days). */
  minPostAgeDays: number;
}

export const DEFAULT_ENGAGEMENT_SETTINGS: EngagementSettings = { postCount: 12, average: 'median', minPostAgeDays: 3 };

/** Platforms whose posts show views, so engagement is measured against views. */
export const VIEW_PLATFORMS: ReadonlySet<Platform> = new Set(['tiktok', 'youtube', 'x']);

export type EngagementMethod = 'followers' | 'views' | 'totals';

export type EngagementResult =
  | {
      available: true;
      /** A fraction: 0.0123 is 1.23 %. */
      rate: number;
      method: EngagementMethod;
      /** The formula in words, as shown to the user. */
      formula: string;
      average: EngagementSettings['average'];
      /** Posts used (empty for the totals estimate). */
      postsUsed: Array<PostRef & { rate: number }>;
      /** Posts seen but left out, with why. */
      postsSkipped: Array<PostRef & { reason: string }>;
      confidence: 'high' | 'medium' | 'low';
      /** Why the confidence is what it is. */
      note: string;
    }
  | { available: false; reason: string };

export interface EngagementInput {
  platform: Platform;
  followers: number | null;
  /** Profile totals, for the estimate when there are no per-post numbers (TikTok shows total likes). */
  totalLikes: number | null;
  totalPosts: number | null;
  posts: PostMetrics[];
  now: number;
  settings?: EngagementSettings;
}

const DAY = 86_400_000;

function average(values: number[], how: EngagementSettings['average']): number {
  if (how === 'mean') return values.reduce((a, b) => a + b, 0) / values.length;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function confidenceFor(n: number): { confidence: 'high' | 'medium' | 'low'; note: string } {
  if (n >= 8) return { confidence: 'high', note: `${n} posts` };
  if (n >= 3) return { confidence: 'medium', note: `only ${n} posts` };
  return { confidence: 'low', note: `only ${n} post${n === 1 ? '' : 's'}` };
}

/** Select the most recent eligible posts; pinned and too-young posts are skipped with a reason. */
function eligiblePosts(posts: PostMetrics[], settings: EngagementSettings, now: number) {
  const skipped: Array<PostRef & { reason: string }> = [];
  const usable: PostMetrics[] = [];
  // Newest first; posts without a date keep the page's order (grids are newest first) after dated ones.
  const ordered = [...posts].sort((a, b) => (b.postedAt ?? -Infinity) - (a.postedAt ?? -Infinity));
  for (const post of ordered) {
    if (post.pinned) skipped.push({ ...refOf(post), reason: 'pinned' });
    else if (post.postedAt !== null && now - post.postedAt < settings.minPostAgeDays * DAY)
      skipped.push({ ...refOf(post), reason: `posted less than ${settings.minPostAgeDays} days ago` });
    else usable.push(post);
  }
  return { usable, skipped };
}

export function engagementRate(input: EngagementInput): EngagementResult {
  const settings = input.settings ?? DEFAULT_ENGAGEMENT_SETTINGS;
  const { usable, skipped } = eligiblePosts(input.posts, settings, input.now);
  const word = settings.average === 'median' ? 'Median' : 'Mean';

  if (VIEW_PLATFORMS.has(input.platform)) {
    const measured = usable.filter((p) => p.views !== null && p.views > 0 && p.likes !== null && p.comments !== null);
    const recent = measured.slice(0, settings.postCount);
    for (const post of usable.slice(0, settings.postCount)) {
      if (!recent.includes(post)) skipped.push({ ...refOf(post), reason: 'views, likes or comments not shown' });
    }
    if (recent.length > 0) {
      const used = recent.map((p) => ({ ...refOf(p), rate: ((p.likes ?? 0) + (p.comments ?? 0) + (p.shares ?? 0)) / p.views! }));
      return {
        available: true,
        rate: average(used.map((u) => u.rate), settings.average),
        method: 'views',
        formula: `${word} over the ${used.length} most recent posts of (likes + comments + shares) ÷ views`,
        average: settings.average,
        postsUsed: used,
        postsSkipped: skipped,
        ...confidenceFor(used.length),
      };
    }
  } else if (input.followers !== null && input.followers > 0) {
    const followers = input.followers;
    const measured = usable.filter((p) => p.likes !== null && p.comments !== null);
    const recent = measured.slice(0, settings.postCount);
    for (const post of usable.slice(0, settings.postCount)) {
      if (!recent.includes(post)) skipped.push({ ...refOf(post), reason: 'likes or comments not shown' });
    }
    if (recent.length > 0) {
      const used = recent.map((p) => ({ ...refOf(p), rate: (p.likes! + p.comments!) / followers }));
      return {
        available: true,
        rate: average(used.map((u) => u.rate), settings.average),
        method: 'followers',
        formula: `${word} over the ${used.length} most recent posts of (likes + comments) ÷ followers`,
        average: settings.average,
        postsUsed: used,
        postsSkipped: skipped,
        ...confidenceFor(used.length),
      };
    }
  }

  // No per-post numbers yet: estimate from profile totals where the site shows them.
  if (input.totalLikes !== null && input.totalPosts && input.followers) {
    return {
      available: true,
      rate: input.totalLikes / input.totalPosts / input.followers,
      method: 'totals',
      formula: 'Total likes ÷ posts ÷ followers (an estimate from profile totals)',
      average: settings.average,
      postsUsed: [],
      postsSkipped: skipped,
      confidence: 'low',
      note: 'an estimate from lifetime totals, not recent posts',
    };
  }
  if (!input.followers && !VIEW_PLATFORMS.has(input.platform)) {
    return { available: false, reason: 'The page did not show the follower count.' };
  }
  return {
    available: false,
    reason:
      input.posts.length === 0
        ? 'No post metrics yet: open a few of this creator’s recent posts and engagement will build up.'
        : 'The posts seen so far do not show enough numbers: open a few recent posts.',
  };
}
