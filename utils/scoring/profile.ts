// Everything shown about a profile (popup and badge), from what the page shows, the posts and
// snapshots seen before, and the brand profile. Pure: the background gathers the inputs.
import type { Extraction, PostReading } from '@/utils/model/reading';
import { followersWord } from '../profile-counts';
import { isMeasured, textValue } from '@/utils/model/reading-fields';
import { isAuthoredBy } from '../post-authors';
import { authenticitySignals, type Signal, type SnapshotPoint } from './authenticity';
import { compareWithBenchmarks, type BenchmarkComparison } from './benchmarks';
import type { BrandProfile } from './brand-profile';
import { engagementRate, type EngagementResult, type EngagementSettings, type PostMetrics } from './engagement';
import { fitScore, NO_BRAND_PROFILE, type FitResult } from './fit';
import { followerGrowth, type Growth } from './growth';
import { tierFor, type TierResult, type TierThresholds } from './tier';
import { viewRate, type ViewRateResult } from './view-rate';

/** A post's numbers plus what the fit and authenticity checks read from it. */
export type ScoredPost = PostMetrics & { sponsored: boolean; caption: string | null };

export interface ProfileScore {
  tier: TierResult | null;
  engagement: EngagementResult;
  /** Median views per recent video ÷ followers, from the videos on the page (YouTube, TikTok grids). */
  viewRate: ViewRateResult;
  benchmarks: { comparisons: BenchmarkComparison[]; note: string | null };
  signals: Signal[];
  fit: FitResult;
  growth: Growth;
}

export function metricsOfReading(post: PostReading): ScoredPost {
  const value = (key: keyof PostReading['counts']) => {
    const field = post.counts[key];
    return isMeasured(field) ? field.value : null;
  };
  return {
    id: post.id,
    postedAt: post.postedAt,
    pinned: post.pinned,
    likes: value('likes'),
    comments: value('comments'),
    shares: value('shares'),
    views: value('views'),
    sponsored: post.sponsored,
    caption: post.caption,
  };
}

/** Posts seen now win over the same posts seen before (their numbers are fresher). */
export function mergePosts<T extends { id: string }>(current: T[], earlier: T[]): T[] {
  const seen = new Set(current.map((p) => p.id));
  return [...current, ...earlier.filter((p) => !seen.has(p.id))];
}

/** Snapshots closer together than this are one visit (the database adds a "view" snapshot at most this often). */
export const SAME_VISIT_MS = 60 * 60 * 1000;

export interface ScoreOptions {
  now: number;
  /** Posts of this account seen before (stored, or cached), any order. */
  earlierPosts?: ScoredPost[];
  /** Follower counts at earlier visits, oldest first. */
  history?: SnapshotPoint[];
  /** The user's brand profile; null (or left out) when they have not set one: the fit then says so. */
  profile?: BrandProfile | null;
  /** What the roster knows about the creator, if saved. */
  creator?: { language: string; location: string } | null;
  /** The language detected from the creator's bio and captions (ISO 639-1), when the roster has none. */
  detectedLanguage?: string | null;
  engagement?: EngagementSettings;
  tiers?: TierThresholds;
}

export function scoreProfile(reading: Extraction, options: ScoreOptions): ProfileScore {
  const followers = reading.counts.followers;
  const following = reading.counts.following;
  const likes = reading.counts.likes;
  const postsCount = reading.counts.posts;
  const followerCount = isMeasured(followers) ? followers.value : null;
  // Only the account's own posts (a collab included): not a partner's post shown on its grid.
  const own = reading.handle ? reading.posts.filter((p) => isAuthoredBy(p, reading.handle!)) : reading.posts;
  const posts = mergePosts(own.map(metricsOfReading), options.earlierPosts ?? []).sort(
    (a, b) => (b.postedAt ?? -Infinity) - (a.postedAt ?? -Infinity),
  );

  const tier = isMeasured(followers) ? tierFor(followers.value, followers.precision, options.tiers, followersWord(reading.platform)) : null;
  const engagement = engagementRate({
    platform: reading.platform,
    followers: followerCount,
    totalLikes: isMeasured(likes) ? likes.value : null,
    totalPosts: isMeasured(postsCount) ? postsCount.value : null,
    posts,
    now: options.now,
    settings: options.engagement,
  });
  const benchmarks = compareWithBenchmarks(reading.platform, followerCount, engagement);
  const history = options.history ?? [];
  // A snapshot taken within the hour is this same visit (a save a moment ago), not an earlier one:
  // counting it would change the checks, and the fit with them, between the badge and the popup.
  const earlierVisits = history.filter((point) => point.takenAt <= options.now - SAME_VISIT_MS);
  const signals = authenticitySignals({
    followers: followerCount,
    following: isMeasured(following) ? following.value : null,
    comparisons: benchmarks.comparisons,
    posts,
    history: isMeasured(followers) ? [...earlierVisits, { takenAt: options.now, followers: followers.value, precision: followers.precision }] : earlierVisits,
  });
  const profile = options.profile ?? null;
  const fit = profile === null ? NO_BRAND_PROFILE : fitScore({
    platform: reading.platform,
    tier,
    engagement,
    bio: textValue(reading.bio),
    captions: posts.map((p) => p.caption).filter((c): c is string => Boolean(c)),
    language: options.creator?.language || options.detectedLanguage || null,
    location: options.creator?.location || null,
    signals,
    profile,
  });
  const growth = followerGrowth(
    history,
    isMeasured(followers) ? { takenAt: options.now, followers: followers.value, precision: followers.precision } : null,
  );
  return { tier, engagement, viewRate: viewRate(reading, options.now, options.engagement), benchmarks, signals, fit, growth };
}
