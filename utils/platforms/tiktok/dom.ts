// What TikTok renders, read through its data-e2e test attributes (stable 2022–2026). This is what
// the user sees after in-site navigation, when the embedded JSON describes an earlier page.
import { isSponsored, shownCount, textOf } from '../page-data';
import type { MeasuredCount } from '@/utils/model/reading';
import { sameHandle } from '@/utils/model/reading-fields';
import { postUrl } from './json';

// Profile header, seen on the 2022 huxleythepandapuppy and 2025 illojuan profiles.
export const PROFILE = {
  handle: '[data-e2e="user-title"]', // h2 in 2022, h1 in 2025
  name: '[data-e2e="user-subtitle"]',
  bio: '[data-e2e="user-bio"]',
  followers: '[data-e2e="followers-count"]', // "783.4K"
  following: '[data-e2e="following-count"]', // "0"
  likes: '[data-e2e="likes-count"]', // "3.9M": the profile's total hearts
  // The verified badge is an unlabelled SVG beside the title, filled with TikTok's cyan (both years).
  verifiedBadge: '[fill="#20D5EC" i]',
} as const;
// An empty bio is rendered as this placeholder on English pages.
const NO_BIO = /^no bio yet\.?$/i;

// Profile grid, same two pages. The pinned badge is the one a public TikTok engagement calculator
// skips pinned posts by ("TikTok ERV Calculator", query_selector('[data-e2e="video-card-badge"]')).
export const GRID = {
  item: '[data-e2e="user-post-item"]',
  link: 'a[href*="/video/"], a[href*="/photo/"]',
  views: '[data-e2e="video-views"]', // "192.1K"
  pinned: '[data-e2e="video-card-badge"]',
  cover: 'img[alt]', // 2022: the caption; 2025: the caption + " created by … with …"
} as const;
const GRID_LINK = /\/@([\w.]{1,30})\/(video|photo)\/(\d{1,25})(?:[/?#]|$)/;

// Video page. 2022–2024: one video per page (meedan/pender @ 58d56895bc62 :
// test/data/tiktok-item-page.html). 2025: a column of cards, the page's own video first and
// recommended ones after it, each with its own counts (microlinkhq/metascraper @ e270ed4e2d1f :
// packages/metascraper-tiktok/test/fixtures/video.html).
export const VIDEO = {
  card: '[data-e2e="recommend-list-item-container"]', // 2025
  likes: '[data-e2e="like-count"]',
  comments: '[data-e2e="comment-count"]',
  shares: '[data-e2e="share-count"]',
  caption: '[data-e2e="video-desc"], [data-e2e="browse-video-desc"]', // 2025, 2022–2024
  adLabel: '[data-e2e="sponsored-tag"], [data-e2e="ad-tag"]', // "Paid partnership" (2025)
} as const;

export interface ProfileHeader {
  name: string | null;
  bio: string | null;
  verified: boolean;
  followers: MeasuredCount | null;
  following: MeasuredCount | null;
  likes: MeasuredCount | null;
}

/** The rendered profile header; null when it shows nothing yet, or another profile's header. */
export function profileHeader(doc: Document, handle: string, lang: string | null): ProfileHeader | null {
  const title = doc.querySelector(PROFILE.handle);
  const shownHandle = textOf(title);
  if (shownHandle && !sameHandle(shownHandle, handle)) return null;
  const count = (selector: string) => shownCount(textOf(doc.querySelector(selector)), 'dom', lang);
  const followers = count(PROFILE.followers);
  const following = count(PROFILE.following);
  const likes = count(PROFILE.likes);
  if (!title && !followers && !following && !likes) return null;
  const bio = textOf(doc.querySelector(PROFILE.bio));
  return {
    name: textOf(doc.querySelector(PROFILE.name)),
    bio: bio && !NO_BIO.test(bio) ? bio : null,
    verified: Boolean(title?.parentElement?.querySelector(PROFILE.verifiedBadge)),
    followers,
    following,
    likes,
  };
}

export interface GridCell {
  id: string;
  author: string;
  url: string | null;
  views: MeasuredCount | null;
  pinned: boolean;
  sponsored: boolean;
}

/** The grid's videos by this profile (not those of a "Liked" or reposts tab), in page order. */
export function gridCells(doc: Document, handle: string, lang: string | null): GridCell[] {
  const cells = new Map<string, GridCell>();
  for (const item of doc.querySelectorAll(GRID.item)) {
    const match = GRID_LINK.exec(item.querySelector(GRID.link)?.getAttribute('href') ?? '');
    const [, author, kind, id] = match ?? [];
    if (!author || !id || !sameHandle(author, handle) || cells.has(id)) continue;
    // The pinned badge may sit beside the item in its grid cell rather than inside it.
    const parent = item.parentElement;
    const cell = parent && parent.querySelectorAll(GRID.item).length === 1 ? parent : item;
    cells.set(id, {
      id,
      author,
      url: postUrl(author, kind === 'photo' ? 'photo' : 'video', id),
      views: shownCount(textOf(item.querySelector(GRID.views)), 'dom', lang),
      pinned: Boolean(cell.querySelector(GRID.pinned)),
      // The cover's alt text holds the caption, so a #ad there is a disclosure.
      sponsored: isSponsored(cell.querySelector(GRID.cover)?.getAttribute('alt') ?? null),
    });
  }
  return [...cells.values()];
}

export interface VideoView {
  likes: MeasuredCount | null;
  comments: MeasuredCount | null;
  shares: MeasuredCount | null;
  caption: string | null;
  /** TikTok's own label, e.g. "Paid partnership"; present means disclosed, whatever the language. */
  adLabel: string | null;
}

/** The rendered video whose id is in the URL; null when the page is not showing it (yet). */
export function videoView(doc: Document, videoId: string, lang: string | null): VideoView | null {
  const cards = doc.querySelectorAll(VIDEO.card);
  // The 2025 column: the card holding this video's player (id "xgwrapper-0-<id>") or a link to it.
  const scope =
    cards.length === 0
      ? doc
      : [...cards].find((card) => card.querySelector(`[id$="-${videoId}"], a[href*="/${videoId}"]`));
  if (!scope) return null;
  const count = (selector: string) => shownCount(textOf(scope.querySelector(selector)), 'dom', lang);
  const label = scope.querySelector(VIDEO.adLabel);
  const view = {
    likes: count(VIDEO.likes),
    comments: count(VIDEO.comments),
    shares: count(VIDEO.shares),
    caption: textOf(scope.querySelector(VIDEO.caption)),
    adLabel: label ? (textOf(label) ?? 'ad label') : null,
  };
  return view.likes || view.comments || view.shares || view.caption ? view : null;
}
