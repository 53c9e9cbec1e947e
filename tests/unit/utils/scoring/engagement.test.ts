import { describe, expect, it } from 'vitest';
import { engagementRate, type PostMetrics } from '@/utils/scoring/engagement';

// Worked examples, computed by hand in the comments.

const NOW = Date.UTC(2026, 10, 20, 12);
const DAY = 86_400_000;
const post = (id: string, daysAgo: number | null, m: Partial<PostMetrics>): PostMetrics => ({
  id,
  postedAt: daysAgo === null ? null : NOW - daysAgo * DAY,
  pinned: false,
  likes: null,
  comments: null,
  shares: null,
  views: null,
  ...m,
});

// 10,000 followers. p1 is 2 days old and p2 is pinned: both skipped.
// p3: (300 + 20) / 10,000 = 0.032   p4: (200 + 10) / 10,000 = 0.021
// p5: (500 + 50) / 10,000 = 0.055   p6: (100 + 0) / 10,000 = 0.010
const INSTAGRAM_POSTS = [
  post('p1', 2, { likes: 900, comments: 100 }),
  { ...post('p2', 60, { likes: 5000, comments: 200 }), pinned: true },
  post('p3', 10, { likes: 300, comments: 20 }),
  post('p4', 20, { likes: 200, comments: 10 }),
  post('p5', 30, { likes: 500, comments: 50 }),
  post('p6', 40, { likes: 100, comments: 0 }),
];

describe('engagement by followers (Instagram, Bluesky)', () => {
  it('is the median of (likes + comments) / followers over recent posts, skipping pinned and young posts', () => {
    const result = engagementRate({ platform: 'instagram', followers: 10_000, totalLikes: null, totalPosts: null, posts: INSTAGRAM_POSTS, now: NOW });
    // sorted: 0.010, 0.021, 0.032, 0.055 → median (0.021 + 0.032) / 2 = 0.0265
    expect(result).toMatchObject({ available: true, method: 'followers', confidence: 'medium' });
    if (!result.available) throw new Error('unavailable');
    expect(result.rate).toBeCloseTo(0.0265, 10);
    expect(result.formula).toBe('Median over the 4 most recent posts of (likes + comments) ÷ followers');
    expect(result.postsUsed.map((p) => p.id)).toEqual(['p3', 'p4', 'p5', 'p6']);
    expect(result.postsSkipped).toMatchObject([
      { id: 'p1', reason: 'posted less than 3 days ago' },
      { id: 'p2', reason: 'pinned' },
    ]);
  });

  it('uses the mean and N from the settings', () => {
    const mean = engagementRate({
      platform: 'instagram', followers: 10_000, totalLikes: null, totalPosts: null, posts: INSTAGRAM_POSTS, now: NOW,
      settings: { postCount: 12, average: 'mean', minPostAgeDays: 3 },
    });
    // (0.032 + 0.021 + 0.055 + 0.010) / 4 = 0.0295
    expect(mean.available && mean.rate).toBeCloseTo(0.0295, 10);
    const three = engagementRate({
      platform: 'instagram', followers: 10_000, totalLikes: null, totalPosts: null, posts: INSTAGRAM_POSTS, now: NOW,
      settings: { postCount: 3, average: 'median', minPostAgeDays: 3 },
    });
    // p3, p4, p5 → 0.021, 0.032, 0.055 → median 0.032
    expect(three.available && three.rate).toBeCloseTo(0.032, 10);
  });
});

describe('engagement by views (TikTok, YouTube, X)', () => {
  it('is the median of (likes + comments + shares) / views', () => {
    const posts = [
      post('v1', 5, { views: 10_000, likes: 500, comments: 50, shares: 50 }), // 600 / 10,000 = 0.06
      post('v2', 6, { views: 20_000, likes: 400, comments: 40, shares: 60 }), // 500 / 20,000 = 0.025
      post('v3', 7, { views: 5_000, likes: 100, comments: 0, shares: 0 }), // 100 / 5,000 = 0.02
    ];
    const result = engagementRate({ platform: 'tiktok', followers: 783_427, totalLikes: null, totalPosts: null, posts, now: NOW });
    expect(result).toMatchObject({ available: true, method: 'views', confidence: 'medium' });
    expect(result.available && result.rate).toBeCloseTo(0.025, 10);
    expect(result.available && result.formula).toBe('Median over the 3 most recent posts of (likes + comments + shares) ÷ views');
  });

  it('falls back to an estimate from profile totals, marked low confidence', () => {
    // The grid shows views only: no per-post rate. TikTok totals: 3,922,256 likes / 19 videos / 783,427 followers
    // = 206,434.53 / 783,427 = 0.26350
    const grid = [post('g1', null, { views: 192_100 })];
    const result = engagementRate({ platform: 'tiktok', followers: 783_427, totalLikes: 3_922_256, totalPosts: 19, posts: grid, now: NOW });
    expect(result).toMatchObject({ available: true, method: 'totals', confidence: 'low', postsUsed: [] });
    expect(result.available && result.rate).toBeCloseTo(0.2635, 4);
    expect(result.available && result.postsSkipped).toEqual([{ id: 'g1', postedAt: null, caption: null, reason: 'views, likes or comments not shown' }]);
  });
});

describe('when engagement cannot be measured', () => {
  it('says what to do when there are no posts yet', () => {
    const result = engagementRate({ platform: 'instagram', followers: 2362, totalLikes: null, totalPosts: 224, posts: [], now: NOW });
    expect(result).toEqual({ available: false, reason: expect.stringMatching(/open a few of this creator’s recent posts/) });
  });

  it('needs the follower count for the by-followers formula', () => {
    const result = engagementRate({ platform: 'instagram', followers: null, totalLikes: null, totalPosts: null, posts: INSTAGRAM_POSTS, now: NOW });
    expect(result).toEqual({ available: false, reason: 'The page did not show the follower count.' });
  });

  it('treats a count the page did not show as unknown, not zero', () => {
    const posts = [post('a', 10, { likes: 100, comments: null }), post('b', 11, { likes: 50, comments: 5 })];
    const result = engagementRate({ platform: 'instagram', followers: 1000, totalLikes: null, totalPosts: null, posts, now: NOW });
    // only b: 55 / 1000
    expect(result.available && result.rate).toBeCloseTo(0.055, 10);
    expect(result.available && result.postsUsed.map((p) => p.id)).toEqual(['b']);
  });
});
