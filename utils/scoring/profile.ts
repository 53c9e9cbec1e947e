// The scores shown for a profile (badge and popup), from what the page shows plus the posts seen
// earlier. Pure.
import type { Extraction, PostReading } from '../extract/extraction';
import { isMeasured } from '../extract/fields';
import { engagementRate, type EngagementResult, type EngagementSettings, type PostMetrics } from './engagement';
import { tierFor, type TierResult, type TierThresholds } from './tier';

export interface ProfileScore {
  tier: TierResult | null;
  engagement: EngagementResult;
}

export function metricsOfReading(post: PostReading): PostMetrics {
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
  };
}

/** Posts seen now win over the same posts seen before (their numbers are fresher). */
export function mergePosts(current: PostMetrics[], earlier: PostMetrics[]): PostMetrics[] {
  const seen = new Set(current.map((p) => p.id));
  return [...current, ...earlier.filter((p) => !seen.has(p.id))];
}

export interface ScoreOptions {
  now: number;
  earlierPosts?: PostMetrics[];
  engagement?: EngagementSettings;
  tiers?: TierThresholds;
}

export function scoreProfile(reading: Extraction, options: ScoreOptions): ProfileScore {
  const followers = reading.counts.followers;
  const likes = reading.counts.likes;
  const posts = reading.counts.posts;
  return {
    tier: isMeasured(followers) ? tierFor(followers.value, followers.precision, options.tiers) : null,
    engagement: engagementRate({
      platform: reading.platform,
      followers: isMeasured(followers) ? followers.value : null,
      totalLikes: isMeasured(likes) ? likes.value : null,
      totalPosts: isMeasured(posts) ? posts.value : null,
      posts: mergePosts(reading.posts.map(metricsOfReading), options.earlierPosts ?? []),
      now: options.now,
      settings: options.engagement,
    }),
  };
}
