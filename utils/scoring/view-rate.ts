// View rate: how many of a creator's followers a typical recent video reaches. A channel's Videos
// tab and a TikTok profile's grid show each video's views (and nothing else), so this is the rate a
// scout can have on the first visit, before any video is opened. Pure: no browser APIs.
import type { Extraction, MeasuredCount, Platform, PostReading } from '@/utils/model/reading';
import { isMeasured } from '@/utils/model/reading-fields';
import { channelRef } from '@/utils/platforms/youtube/common';
import { DEFAULT_ENGAGEMENT_SETTINGS, type EngagementSettings } from './engagement';

export type ViewRateResult =
  | {
      available: true;
      /** A fraction: 0.0123 is 1.23 %. */
      rate: number;
      /** The median (or mean, per the settings) of the videos' views. */
      typicalViews: number;
      followers: { value: number; precision: number };
      /** The formula in words, with N, as shown to the user. */
      formula: string;
      /** Some input was shown rounded ("25m subscribers", "3.1k views"): the rate is approximate. */
      approximate: boolean;
      /** Which inputs were rounded, and to what, in words; null when every input is exact. */
      precisionNote: string | null;
      /** Each video's views with the precision the page showed them at ("12k" is 12,000 ± 500). */
      videosUsed: Array<{ id: string; views: number; precision: number }>;
      videosSkipped: Array<{ id: string; reason: string }>;
      confidence: 'high' | 'medium' | 'low';
      note: string;
      /** No source publishes a benchmark with this formula: said, rather than compared across formulas. */
      benchmarkNote: string;
    }
  | { available: false; reason: string };

const grouped = new Intl.NumberFormat('en-US');

function typical(values: number[], how: EngagementSettings['average']): number {
  if (how === 'mean') return values.reduce((a, b) => a + b, 0) / values.length;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function confidenceFor(n: number): { confidence: 'high' | 'medium' | 'low'; note: string } {
  if (n >= 8) return { confidence: 'high', note: `${n} videos` };
  if (n >= 3) return { confidence: 'medium', note: `only ${n} videos` };
  return { confidence: 'low', note: `only ${n} video${n === 1 ? '' : 's'}` };
}

const DAY = 86_400_000;

function isVideosTab(href: string): boolean {
  try {
    return channelRef(new URL(href))?.tab === 'videos';
  } catch {
    return false;
  }
}

/** Profiles whose grid is videos with their views. X shows views on posts too, and its engagement by views covers them. */
const VIDEO_PLATFORMS: ReadonlySet<Platform> = new Set(['youtube', 'tiktok']);

/**
 * Median views of the most recent videos on the page ÷ followers (subscribers on YouTube). Uses the
 * videos the page shows now, newest first as the grid lists them; pinned videos and videos younger
 * than the engagement settings' minimum age are skipped, as for engagement. A video whose views the
 * page does not show is skipped, never counted as 0.
 */
export function viewRate(reading: Pick<Extraction, 'platform' | 'url' | 'counts' | 'posts'>, now: number, settings: EngagementSettings = DEFAULT_ENGAGEMENT_SETTINGS): ViewRateResult {
  if (!VIDEO_PLATFORMS.has(reading.platform)) {
    return { available: false, reason: 'The view rate is measured on video profiles (YouTube, TikTok).' };
  }
  // A channel's home tab mixes shelves (popular uploads, playlists) in no order of recency; its Videos
  // tab lists the latest uploads first.
  if (reading.platform === 'youtube' && !isVideosTab(reading.url)) {
    return { available: false, reason: 'Open the channel’s Videos tab: it lists the latest videos with their views.' };
  }
  const followers = reading.counts.followers;
  const audience = reading.platform === 'youtube' ? 'subscribers' : 'followers';
  if (!isMeasured(followers) || followers.value <= 0) {
    return { available: false, reason: `The page did not show the ${audience} count.` };
  }
  const used: Array<{ post: PostReading; views: MeasuredCount }> = [];
  const skipped: Array<{ id: string; reason: string }> = [];
  for (const post of reading.posts) {
    if (used.length >= settings.postCount) break;
    const views = post.counts.views;
    if (post.pinned) skipped.push({ id: post.id, reason: 'pinned' });
    else if (post.postedAt !== null && now - post.postedAt < settings.minPostAgeDays * DAY)
      skipped.push({ id: post.id, reason: `posted less than ${settings.minPostAgeDays} days ago` });
    else if (!isMeasured(views)) skipped.push({ id: post.id, reason: 'views not shown' });
    else used.push({ post, views });
  }
  if (used.length === 0) {
    return {
      available: false,
      reason: reading.posts.length ? 'None of the videos on this page shows its views.' : 'This page shows no videos with their views.',
    };
  }
  const typicalViews = typical(used.map((u) => u.views.value), settings.average);
  const roundedViews = used.filter((u) => u.views.precision > 1).length;
  const notes = [
    followers.precision > 1 ? `${audience} shown to the nearest ${grouped.format(followers.precision)}` : null,
    roundedViews ? `${roundedViews} of ${used.length} view counts shown rounded` : null,
  ].filter((n): n is string => n !== null);
  const word = settings.average === 'median' ? 'Median' : 'Mean';
  return {
    available: true,
    rate: typicalViews / followers.value,
    typicalViews,
    followers: { value: followers.value, precision: followers.precision },
    formula: `${word} views of the ${used.length} most recent videos on the page ÷ ${audience}`,
    approximate: notes.length > 0,
    precisionNote: notes.length ? `Approximate: ${notes.join('; ')}.` : null,
    videosUsed: used.map((u) => ({ id: u.post.id, views: u.views.value, precision: u.views.precision })),
    videosSkipped: skipped,
    ...confidenceFor(used.length),
    benchmarkNote: 'No published benchmark uses this formula, so none is shown.',
  };
}
