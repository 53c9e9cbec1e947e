// What the YouTube readers share: URL shapes, YouTube's text objects, the localized words that
// tell a subscriber count from a video count, and how a grid item becomes a post reading.
import { parseCount } from '@/utils/counts';
import type { CountField, PostReading } from '@/utils/model/reading';
import { allPostCountsMissing, missing } from '@/utils/model/reading-fields';
import { asString, at, clip, isSponsored } from '../page-data';

export const ORIGIN = 'https://www.youtube.com';

export const REASONS = {
  notShownOnChannel: 'YouTube does not show this on a channel page.',
  following: 'YouTube does not show which channels a channel subscribes to.',
  channelViews: "YouTube shows a channel's total views only in its About panel.",
  subscribers: 'The channel header shows no subscriber count (the channel may hide it).',
  videos: 'The channel header shows no video count.',
  noHeader: 'The channel header has not loaded yet: wait for the page, then try again.',
  staleHeader: 'The page still shows the previous channel: wait for it to load, then try again.',
  noBio: 'The channel has no description.',
  gridLikes: 'YouTube does not show likes in the video grid: open the video to read them.',
  gridComments: 'YouTube does not show comment counts in the video grid: open the video to read them.',
  shares: 'YouTube does not show how often a video was shared.',
  gridViews: "YouTube did not show this video's views.",
  videoLikes: "YouTube did not show this video's likes (the creator may hide them).",
  videoComments: 'YouTube did not show a comment count (comments may be off, or not loaded yet: scroll to them).',
  videoViews: "YouTube did not show this video's views.",
  liveViews: 'A live stream shows how many are watching now, not its views: see live viewers.',
  upcomingViews: 'A scheduled premiere or stream shows how many are waiting, not views.',
  videoNotLoaded: 'The video page has not loaded yet: wait for it, then try again.',
  authorPosts: 'Open the channel to see its video count.',
  authorBio: 'Open the channel to read its description.',
  authorFollowing: 'YouTube does not show which channels a creator subscribes to.',
  unreadable: 'Creator Scout could not read this YouTube page.',
} as const;

// ---- URLs --------------------------------------------------------------------------------------

export type ChannelRef = {
  kind: 'handle' | 'id' | 'custom' | 'user';
  /** The handle without "@", the UC… id, or the /c/ or /user/ name, as in the URL (decoded). */
  value: string;
  /** The tab in the URL ("videos", "shorts"…), lowercased; null for the channel's home. */
  tab: string | null;
};

// Channel tabs as of 2026 (/@handle/<tab>); "featured" is the home tab.
const CHANNEL_TABS = new Set([
  'featured', 'videos', 'shorts', 'streams', 'playlists', 'community', 'posts', 'podcasts',
  'releases', 'store', 'about', 'courses', 'membership', 'search',
]);
const CHANNEL_ID = /^UC[\w-]{22}$/;
const VIDEO_ID = /^[\w-]{11}$/;
// Handles are 3–30 letters, digits, "_", "-", "." and "·" (non-Latin scripts included): "OneMedia.".
const HANDLE = /^[\p{L}\p{M}\p{N}._·-]{1,100}$/u;

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The channel a channel URL names, or null when the URL is not a channel page. */
export function channelRef(url: URL): ChannelRef | null {
  const segments = url.pathname.split('/').filter(Boolean).map(decode);
  const [first, second] = segments;
  if (!first) return null;
  let ref: Omit<ChannelRef, 'tab'>;
  let tabAt: number;
  if (first.startsWith('@') && HANDLE.test(first.slice(1))) {
    ref = { kind: 'handle', value: first.slice(1) };
    tabAt = 1;
  } else if (first === 'channel' && second && CHANNEL_ID.test(second)) {
    ref = { kind: 'id', value: second };
    tabAt = 2;
  } else if ((first === 'c' || first === 'user') && second && HANDLE.test(second)) {
    ref = { kind: first === 'c' ? 'custom' : 'user', value: second };
    tabAt = 2;
  } else {
    return null;
  }
  if (segments.length > tabAt + 1) return null;
  const tab = segments[tabAt]?.toLowerCase() ?? null;
  if (tab !== null && !CHANNEL_TABS.has(tab)) return null;
  return { ...ref, tab };
}

export interface VideoTarget {
  id: string;
  shorts: boolean;
}

/** The video a watch/shorts URL or a link's href points at ("/watch?v=…", "/shorts/…", "/live/…"). */
export function videoTarget(href: string | URL | null | undefined): VideoTarget | null {
  if (!href) return null;
  let url: URL;
  try {
    url = typeof href === 'string' ? new URL(href, ORIGIN) : href;
  } catch {
    return null;
  }
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments.length === 1 && segments[0] === 'watch') {
    const id = url.searchParams.get('v');
    return id && VIDEO_ID.test(id) ? { id, shorts: false } : null;
  }
  if (segments.length === 2 && (segments[0] === 'shorts' || segments[0] === 'live') && VIDEO_ID.test(segments[1]!)) {
    return { id: segments[1]!, shorts: segments[0] === 'shorts' };
  }
  return null;
}

export function isVideoId(value: unknown): value is string {
  return typeof value === 'string' && VIDEO_ID.test(value);
}

/** "@kurzgesagt" → "kurzgesagt"; null for anything that is not a handle. */
export function handleFromText(text: string | null | undefined): string | null {
  const match = text ? /^@([^\s@/]+)$/u.exec(text.trim()) : null;
  return match && HANDLE.test(match[1]!) ? match[1]! : null;
}

/** The handle in a channel URL or path: "http://www.youtube.com/@OneMedia." or "/@OneMedia." → "OneMedia.". */
export function handleFromUrl(href: string | null | undefined): string | null {
  if (!href) return null;
  try {
    const ref = channelRef(new URL(href, ORIGIN));
    return ref?.kind === 'handle' ? ref.value : null;
  } catch {
    return null;
  }
}

// ---- YouTube's text objects ---------------------------------------------------------------------

/**
 * The text of one of YouTube's text objects: `{ simpleText }`, `{ runs: [{ text }] }` (renderers) or
 * `{ content }` (view models), or a plain string.
 */
export function ytText(value: unknown): string | null {
  if (typeof value === 'string') return asString(value);
  const simple = asString(at(value, 'simpleText')) ?? asString(at(value, 'content'));
  if (simple) return simple;
  const runs = at(value, 'runs');
  if (!Array.isArray(runs)) return null;
  return asString(runs.map((run) => (typeof at(run, 'text') === 'string' ? (at(run, 'text') as string) : '')).join(''));
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

// ---- Localized words ----------------------------------------------------------------------------
// The header says "25m subscribers", "4,69 M de suscriptores", "1,2 Mio. Abonnenten", "10万位订阅者"…
// These stems cover the languages YouTube ships; when none matches, the position decides (see
// classifyHeaderParts).
const SUBSCRIBER_WORDS =
  /subscri|suscri|abonn|abone|inscrit|iscritt|подписч|підписн|padpis|subskryb|prenumerant|tilaaj|odběratel|odoberateľ|feliratkoz|abonaț|abonat|pretplatnik|naročnik|συνδρομ|מנויים|登録者|订阅|訂閱|구독자|người đăng ký|مشترك|مشترک|सदस्य|সাবস্ক্রাইবার|ผู้ติดตาม|pelanggan|abunə|жазылушы|obunachi/iu;
const VIDEO_WORDS =
  /v[ií]d[eé][oóaí]|видео|відео|відэа|film|klip|動画|视频|視頻|影片|동영상|βίντεο|סרטונ|فيديو|ویدیو|वीडियो|ভিডিও|วิดีโอ/iu;
const VIEW_WORDS =
  /view|visuali|vista|aufruf|vues|просмотр|перегляд|wyświetl|weergave|görüntül|visning|katselu|zhlédnut|megtekint|vizionăr|προβολ|צפיות|視聴|观看|觀看|次數|조회|lượt xem|ditonton|tayangan|مشاهد|بازدید|देखा|ครั้ง/iu;

export interface HeaderParts {
  handle: string | null;
  subscribers: string | null;
  videos: string | null;
}

/**
 * Sort the parts of the channel header's metadata rows ("@kurzgesagt", "25m subscribers", "337
 * videos"). Their positions are not fixed (a pronouns part such as "he/him" can come first), so we
 * match on the text. A count whose words we do not know is the subscriber count only when the
 * video count is known to be another part: YouTube prints subscribers before videos.
 */
export function classifyHeaderParts(parts: readonly string[], lang: string | null): HeaderParts {
  const result: HeaderParts = { handle: null, subscribers: null, videos: null };
  const unlabeled: string[] = [];
  for (const raw of parts) {
    const text = raw.replace(/\s+/gu, ' ').trim();
    if (!text) continue;
    const handle = result.handle ? null : handleFromText(text);
    if (handle) {
      result.handle = handle;
      continue;
    }
    if (!parseCount(text, lang)) continue; // pronouns, "More about this channel", links
    if (!result.subscribers && SUBSCRIBER_WORDS.test(text)) result.subscribers = text;
    else if (!result.videos && VIDEO_WORDS.test(text)) result.videos = text;
    else unlabeled.push(text);
  }
  if (!result.subscribers) {
    if (result.videos) result.subscribers = unlabeled[0] ?? null;
    else if (unlabeled.length >= 2) [result.subscribers, result.videos] = [unlabeled[0]!, unlabeled[1]!];
  } else if (!result.videos) {
    result.videos = unlabeled[0] ?? null;
  }
  return result;
}

/**
 * The views part of a grid item's metadata rows ([["28 views", "13 days ago"]]): the part that says
 * "views" in the page's language, else the first part of a "<views> • <when>" row.
 */
export function viewsPart(rows: ReadonlyArray<readonly string[]>, lang: string | null): string | null {
  for (const row of rows) {
    for (const part of row) if (VIEW_WORDS.test(part) && parseCount(part, lang)) return part;
  }
  const last = rows[rows.length - 1];
  if (last && last.length >= 2 && last[0] && parseCount(last[0], lang) && !SUBSCRIBER_WORDS.test(last[0])) return last[0];
  return null;
}

/** The page language from the sign-in link YouTube puts in its top bar ("…&hl=en-GB&…"). */
export function hlOf(data: unknown): string | null {
  for (const button of asArray(at(data, 'topbar', 'desktopTopbarRenderer', 'topbarButtons'))) {
    const href = asString(at(button, 'buttonRenderer', 'navigationEndpoint', 'commandMetadata', 'webCommandMetadata', 'url'));
    if (!href) continue;
    try {
      const hl = new URL(href, ORIGIN).searchParams.get('hl');
      if (hl && /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/.test(hl)) return hl.slice(0, 35);
    } catch {
      // not a URL: try the next button
    }
  }
  for (const service of asArray(at(data, 'responseContext', 'serviceTrackingParams'))) {
    for (const param of asArray(at(service, 'params'))) {
      if (at(param, 'key') === 'hl') return asString(at(param, 'value'))?.slice(0, 35) ?? null;
    }
  }
  return null;
}

// ---- Posts --------------------------------------------------------------------------------------

export function videoUrl(target: VideoTarget): string {
  return target.shorts ? `${ORIGIN}/shorts/${target.id}` : `${ORIGIN}/watch?v=${target.id}`;
}

/** A video as the channel grid shows it: title and views, no likes or comments. */
export function gridPost(target: VideoTarget, title: string | null, views: CountField, author: string | null): PostReading {
  const caption = title ? clip(title) : null;
  return {
    id: target.id,
    url: videoUrl(target),
    author,
    postedAt: null, // the grid shows only "2 weeks ago"
    caption,
    pinned: false,
    sponsored: isSponsored(caption),
    counts: {
      ...allPostCountsMissing(REASONS.shares),
      likes: missing(REASONS.gridLikes),
      comments: missing(REASONS.gridComments),
      views,
    },
  };
}

/** Add posts, skipping ids already seen, up to `limit`. */
export function pushUnique(posts: PostReading[], seen: Set<string>, post: PostReading | null, limit: number): void {
  if (!post || seen.has(post.id) || posts.length >= limit) return;
  seen.add(post.id);
  posts.push(post);
}
