// What TikTok embeds in its pages as JSON, and how precise its numbers are.
import { asString, at, clip, exactCount, firstCount, isSponsored, jsonFromScriptId } from '../page-data';
import type { MeasuredCount, PostCounts, PostReading } from '@/utils/model/reading';
import { sameHandle } from '@/utils/model/reading-fields';

// Since Dec 2023 (seen on the 2025 illojuan profile and on microlinkhq/metascraper's 2025 video
// fixture, packages/metascraper-tiktok/test/fixtures/video.html @ e270ed4e2d1f):
// <script id="__UNIVERSAL_DATA_FOR_REHYDRATION__">{"__DEFAULT_SCOPE__": {…}}.
const UNIVERSAL_SCRIPT_ID = '__UNIVERSAL_DATA_FOR_REHYDRATION__';
const UNIVERSAL_SCOPE = '__DEFAULT_SCOPE__';
const USER_DETAIL = 'webapp.user-detail'; // .userInfo { user, stats, statsV2, itemList }
const VIDEO_DETAIL = 'webapp.video-detail'; // .itemInfo.itemStruct { id, desc, author, stats, statsV2, authorStats… }
// 2020 – Dec 2023 (seen on the 2022 huxleythepandapuppy profile): <script id="SIGI_STATE"> with
// UserModule.users / UserModule.stats keyed by handle, ItemModule keyed by video id and
// ItemList["user-post"].list giving the grid's order.
const SIGI_SCRIPT_ID = 'SIGI_STATE';

export const HANDLE_CHARS = /^[\w.]{1,30}$/;

const universalScope = (doc: Document) => at(jsonFromScriptId(doc, UNIVERSAL_SCRIPT_ID), UNIVERSAL_SCOPE);
const sigiState = (doc: Document) => jsonFromScriptId(doc, SIGI_SCRIPT_ID);

export interface ProfileData {
  user: unknown;
  stats: unknown;
  statsV2: unknown;
  items: unknown[];
}

/**
 * The profile in the page's data, only if it is the one in the URL: after in-site navigation the
 * embedded JSON still describes the first page the tab loaded.
 */
export function profileData(doc: Document, handle: string): ProfileData | null {
  const info = at(universalScope(doc), USER_DETAIL, 'userInfo');
  if (sameHandle(at(info, 'user', 'uniqueId'), handle)) {
    const items = at(info, 'itemList');
    return {
      user: at(info, 'user'),
      stats: at(info, 'stats'),
      statsV2: at(info, 'statsV2'),
      items: Array.isArray(items) ? items : [],
    };
  }
  // Only when the universal data is not about this profile: SIGI_STATE can be 600 KB.
  const sigi = sigiState(doc);
  const users = at(sigi, 'UserModule', 'users');
  const key = users && typeof users === 'object' ? Object.keys(users).find((k) => sameHandle(k, handle)) : undefined;
  if (!key || !sameHandle(at(users, key, 'uniqueId'), handle)) return null;
  return { user: at(users, key), stats: at(sigi, 'UserModule', 'stats', key), statsV2: undefined, items: sigiItems(sigi) };
}

/** SIGI_STATE's videos, in the grid's order where the page gives it. */
function sigiItems(sigi: unknown): unknown[] {
  const itemModule = at(sigi, 'ItemModule');
  if (!itemModule || typeof itemModule !== 'object') return [];
  const order = at(sigi, 'ItemList', 'user-post', 'list');
  const ids = Array.isArray(order) ? order.filter((id): id is string => typeof id === 'string') : [];
  const all = new Set([...ids, ...Object.keys(itemModule)]);
  return [...all].map((id) => at(itemModule, id)).filter((item) => item && typeof item === 'object');
}

export interface VideoData {
  item: unknown;
  author: unknown;
  authorStats: unknown;
  authorStatsV2: unknown;
}

/** The video in the page's data, only if it is the one in the URL. */
export function videoData(doc: Document, videoId: string): VideoData | null {
  const struct = at(universalScope(doc), VIDEO_DETAIL, 'itemInfo', 'itemStruct');
  if (asString(at(struct, 'id')) === videoId) {
    return {
      item: struct,
      author: at(struct, 'author'),
      authorStats: at(struct, 'authorStats'),
      authorStatsV2: at(struct, 'authorStatsV2'),
    };
  }
  const sigi = sigiState(doc);
  const item = at(sigi, 'ItemModule', videoId);
  if (!item || typeof item !== 'object') return null;
  const author = asString(at(item, 'author'));
  return {
    item,
    author: author ? at(sigi, 'UserModule', 'users', author) : undefined,
    authorStats: at(item, 'authorStats') ?? (author ? at(sigi, 'UserModule', 'stats', author) : undefined),
    authorStatsV2: undefined,
  };
}

/**
 * A count from TikTok's `stats` or `statsV2`. TikTok rounds many of these at source to what its app
 * displays: from 10,000 up, to one decimal of K, M or B ("52.1K" is sent as 52100, "6.2M" as
 * 6200000); below 10,000, in full. This holds for `stats` on every page seen (2022 SIGI_STATE,
 * 2025 universal data) and for `statsV2` on the 2025 video page (playCount "192100",
 * authorStatsV2.followerCount "783400" while the profile's own statsV2 says "783427").
 *
 * The data never says which numbers were rounded, and an integer does not claim to be exact here,
 * so we do not report precision 1 for a number that may be rounded: a multiple of the display unit
 * gets that unit as its precision (6200000 is ±50,000); any other number (783427, 6724) cannot be
 * a rounded one and is exact. The cost is that an exact count which happens to be round is
 * under-claimed, which is the safe side: we never claim digits the page may not have.
 */
function statCount(value: unknown): MeasuredCount | null {
  const count = exactCount(value, 'json');
  if (!count) return null;
  const unit = displayUnit(count.value);
  return count.value % unit === 0 ? { ...count, precision: unit } : count;
}

function displayUnit(n: number): number {
  if (n < 1e4) return 1;
  if (n < 1e6) return 100; // 783.4K
  if (n < 1e9) return 1e5; // 6.2M
  return 1e8; // 1.2B
}

/** The first of `keys` found, `statsV2` (strings, exact where TikTok sends them so) before `stats`. */
export function stat(statsV2: unknown, stats: unknown, ...keys: string[]): MeasuredCount | null {
  for (const key of keys) {
    const count = statCount(at(statsV2, key)) ?? statCount(at(stats, key));
    if (count) return count;
  }
  return null;
}

/** Epoch milliseconds from TikTok's createTime (seconds, number or string); null when absent or 0. */
function epochMs(value: unknown): number | null {
  const seconds = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : 0;
  return seconds > 0 ? seconds * 1000 : null;
}

/**
 * When a video was created, from its id: TikTok ids carry the Unix time in their upper 32 bits
 * (the same reading microlinkhq/metascraper's metascraper-tiktok makes). It is the upload's start,
 * a few seconds before createTime (7133763724367662378 → 1660958799, createTime 1660958801), so it
 * is used only where the page gives no createTime, such as the rendered grid.
 */
export function timeFromId(id: string): number | null {
  if (!/^\d{15,20}$/.test(id)) return null;
  const seconds = Number(BigInt(id) >> 32n);
  return seconds > 1_451_606_400 ? seconds * 1000 : null; // after 2016, when these ids began
}

function itemAuthor(item: unknown): string | null {
  // SIGI_STATE names the author by handle; the universal data nests the author object.
  const author = asString(at(item, 'author', 'uniqueId')) ?? asString(at(item, 'author'));
  return author && HANDLE_CHARS.test(author) ? author : null;
}

export function postUrl(author: string | null, kind: 'video' | 'photo', id: string): string | null {
  return author ? `https://www.tiktok.com/@${author}/${kind}/${id}` : null;
}

const NO_ITEM_COUNT = 'TikTok’s page data has no such count for this video.';

/** A video (or photo post) of the page's data as a post reading; null when it has no usable id. */
export function postFromItem(item: unknown): PostReading | null {
  const id = asString(at(item, 'id'));
  if (!id || !/^\d{1,25}$/.test(id)) return null;
  const author = itemAuthor(item);
  const caption = asString(at(item, 'desc'));
  const stats = at(item, 'stats');
  const statsV2 = at(item, 'statsV2');
  const counts: PostCounts = {
    likes: firstCount(NO_ITEM_COUNT, stat(statsV2, stats, 'diggCount')),
    comments: firstCount(NO_ITEM_COUNT, stat(statsV2, stats, 'commentCount')),
    shares: firstCount(NO_ITEM_COUNT, stat(statsV2, stats, 'shareCount')),
    views: firstCount(NO_ITEM_COUNT, stat(statsV2, stats, 'playCount')),
  };
  return {
    id,
    url: postUrl(author, at(item, 'imagePost') ? 'photo' : 'video', id),
    author,
    postedAt: epochMs(at(item, 'createTime')) ?? timeFromId(id),
    caption: caption ? clip(caption) : null,
    pinned: at(item, 'isPinnedItem') === true,
    // isAd marks TikTok's own paid placements. adLabelVersion is 2 on both sponsored videos seen
    // (one tagged #ad, one with a "Paid partnership" label) and 0 on the rest, but TikTok does not
    // document it, so it is not taken as a disclosure.
    sponsored: isSponsored(caption) || at(item, 'isAd') === true,
    counts,
  };
}
