import { beforeAll, describe, expect, it } from 'vitest';
import { adapterForUrl } from '@/utils/platforms/adapters';
import type { Extraction, PostReading } from '@/utils/model/reading';
import { allPostCountsMissing, isMeasured } from '@/utils/model/reading-fields';
import { postEngagement } from '@/utils/scoring/post-engagement';
import { scoreProfile } from '@/utils/scoring/profile';
import { viewRate } from '@/utils/scoring/view-rate';
import { listFixtures, parsePage } from '../../../helpers/fixtures';

const NOW = Date.parse('2026-12-01T12:00:00Z');

// Parsing a whole saved page with jsdom takes seconds on a busy machine: once per page per file.
const parsed = new Map<string, Extraction>();
function readFixture(name: string): Extraction {
  const cached = parsed.get(name);
  if (cached) return cached;
  const fixture = listFixtures().find((f) => f.name === name);
  if (!fixture) throw new Error(`no fixture ${name}`);
  const url = new URL(fixture.meta.url);
  const reading = { ...adapterForUrl(url)!.extract(parsePage(fixture.html, fixture.meta.url), url), tookMs: 0 };
  parsed.set(name, reading);
  return reading;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

beforeAll(() => {
  for (const name of ['tiktok/tt-profile-illojuan-2025-dom', 'youtube/yt-channel-OneMedia-es-2024', 'youtube/yt-browse-creativecommons-videos-lockup-2026', 'youtube/yt-browse-kurzgesagt-videos-2026', 'youtube/yt-watch-aespa-comments-entry-point-2023', 'youtube/yt-watch-collaboration-jazziiRed-2026', 'youtube/yt-watch-live-spacevideos-2022']) readFixture(name);
}, 60_000);

describe('view rate on the first visit, from real saved pages', () => {
  it('YouTube Videos tab: median views of the 12 most recent videos ÷ subscribers', () => {
    const reading = readFixture('youtube/yt-browse-kurzgesagt-videos-2026');
    const result = viewRate(reading, NOW);
    if (!result.available) throw new Error(result.reason);
    // The grid's first 12 videos, in the page's order (newest first), by hand.
    const views = reading.posts.slice(0, 12).map((p) => (isMeasured(p.counts.views) ? p.counts.views.value : NaN));
    expect(views.every(Number.isFinite)).toBe(true);
    expect(result.typicalViews).toBe(median(views));
    expect(result.rate).toBeCloseTo(median(views) / 25_000_000, 12);
    expect(result.formula).toBe('Median views of the 12 most recent videos on the page ÷ subscribers');
    expect(result.videosUsed).toHaveLength(12);
    expect(result.confidence).toBe('high');
    // "25m subscribers" is known to the nearest million: the rate is approximate, and says why.
    expect(result.approximate).toBe(true);
    expect(result.precisionNote).toBe('Approximate: subscribers shown to the nearest 1,000,000.');
    // No published benchmark uses this formula: none is invented.
    expect(result.benchmarkNote).toMatch(/No published benchmark/);
  });

  it('uses N from the settings and keeps the precision of rounded grid views ("3.1k views")', () => {
    const reading = readFixture('youtube/yt-browse-creativecommons-videos-lockup-2026');
    // The 12 newest videos show exact views ("28 views"); older ones are rounded ("3.1k views").
    const twelve = viewRate(reading, NOW);
    if (!twelve.available) throw new Error(twelve.reason);
    expect(twelve.videosUsed.every((v) => v.precision === 1)).toBe(true);
    expect(twelve.precisionNote).toBe('Approximate: subscribers shown to the nearest 10.');
    const result = viewRate(reading, NOW, { postCount: 30, average: 'median', minPostAgeDays: 3 });
    if (!result.available) throw new Error(result.reason);
    expect(result.videosUsed).toHaveLength(30);
    expect(result.formula).toBe('Median views of the 30 most recent videos on the page ÷ subscribers');
    expect(result.videosUsed.some((v) => v.precision > 1)).toBe(true);
    expect(result.precisionNote).toMatch(/view counts shown rounded/);
  });

  it('TikTok profile grid: views ÷ exact followers', () => {
    const reading = readFixture('tiktok/tt-profile-illojuan-2025-dom');
    const result = viewRate(reading, NOW);
    if (!result.available) throw new Error(result.reason);
    expect(result.followers).toEqual({ value: 783427, precision: 1 });
    expect(result.formula).toMatch(/÷ followers$/);
    expect(result.videosUsed.length).toBeGreaterThanOrEqual(3);
    expect(result.approximate).toBe(true); // the grid shows "192.1K", "1.9M"…
  });

  it('is part of every profile score, beside engagement', () => {
    const score = scoreProfile(readFixture('youtube/yt-browse-kurzgesagt-videos-2026'), { now: NOW });
    expect(score.engagement.available).toBe(false); // the grid shows no likes or comments
    expect(score.viewRate.available).toBe(true);
  });
});

describe('view rate never invents a number', () => {
  const base = readFixture('youtube/yt-browse-kurzgesagt-videos-2026');
  const video = (id: string, views: PostReading['counts']['views'], extra: Partial<PostReading> = {}): PostReading => ({
    id, url: null, author: null, postedAt: null, caption: null, pinned: false, sponsored: false,
    counts: { ...allPostCountsMissing('not shown'), views }, ...extra,
  });

  it('is not measured when the page shows no subscriber count', () => {
    expect(viewRate({ ...base, counts: { ...base.counts, followers: { missing: 'hidden' } } }, NOW)).toEqual({
      available: false,
      reason: 'The page did not show the subscribers count.',
    });
  });

  it('skips a video whose views the page does not show, rather than count it as 0', () => {
    const posts = [video('a', { missing: 'not shown' }), video('b', { value: 100, precision: 1, source: 'json' }), video('c', { value: 300, precision: 1, source: 'json' })];
    const result = viewRate({ ...base, counts: { ...base.counts, followers: { value: 1000, precision: 1, source: 'json' } }, posts }, NOW);
    if (!result.available) throw new Error(result.reason);
    expect(result.typicalViews).toBe(200);
    expect(result.rate).toBe(0.2);
    expect(result.approximate).toBe(false);
    expect(result.videosSkipped).toEqual([{ id: 'a', reason: 'views not shown' }]);
  });

  it('skips pinned and too-young videos', () => {
    const posts = [
      video('pinned', { value: 9e6, precision: 1, source: 'json' }, { pinned: true }),
      video('new', { value: 9e6, precision: 1, source: 'json' }, { postedAt: NOW - 3600_000 }),
      video('old', { value: 500, precision: 1, source: 'json' }, { postedAt: NOW - 30 * 86_400_000 }),
    ];
    const result = viewRate({ ...base, counts: { ...base.counts, followers: { value: 1000, precision: 1, source: 'json' } }, posts }, NOW);
    if (!result.available) throw new Error(result.reason);
    expect(result.videosUsed.map((v) => v.id)).toEqual(['old']);
    expect(result.confidence).toBe('low');
    expect(result.videosSkipped.map((v) => v.id)).toEqual(['pinned', 'new']);
  });

  it('is measured on video profiles only: an X profile’s posts are not "videos"', () => {
    expect(viewRate({ ...base, platform: 'x' }, NOW)).toEqual({ available: false, reason: expect.stringMatching(/video profiles/) });
  });

  it('on YouTube, only on the Videos tab: the home tab’s shelves are in no order of recency', () => {
    const home = readFixture('youtube/yt-channel-OneMedia-es-2024');
    expect(home.posts.length).toBeGreaterThan(0);
    expect(viewRate(home, NOW)).toEqual({ available: false, reason: expect.stringMatching(/Videos tab/) });
    expect(viewRate({ ...base, url: 'https://www.youtube.com/@kurzgesagt' }, NOW).available).toBe(false);
  });

  it('is not measured when no video shows its views', () => {
    const result = viewRate({ ...base, posts: [video('a', { missing: 'not shown' })] }, NOW);
    expect(result).toEqual({ available: false, reason: 'None of the videos on this page shows its views.' });
  });
});

describe('one video’s engagement on its watch page', () => {
  it('is (likes + comments) ÷ views, approximate when a count is rounded (late-2023 page, "703K" comments)', () => {
    const [post] = readFixture('youtube/yt-watch-aespa-comments-entry-point-2023').posts;
    const result = postEngagement(post!);
    if (!result.available) throw new Error(result.reason);
    expect(result.rate).toBeCloseTo((4_209_059 + 703_000) / 255_522_287, 12);
    expect(result.approximate).toBe(true);
    expect(result.formula).toBe('(likes + comments) ÷ views of this video');
  });

  it('is not measured, rather than 0, on a live stream (no views) or where comments are not shown', () => {
    const [live] = readFixture('youtube/yt-watch-live-spacevideos-2022').posts;
    expect(postEngagement(live!)).toEqual({ available: false, reason: expect.stringMatching(/views/) });
    const [collab] = readFixture('youtube/yt-watch-collaboration-jazziiRed-2026').posts;
    expect(postEngagement(collab!)).toEqual({ available: false, reason: 'The page does not show this post’s comments.' });
  });
});
