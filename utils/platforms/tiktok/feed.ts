// TikTok feed cards, read through their data-e2e test attributes (stable 2022–2026):
// - a search result's description ([data-e2e="search-card-desc"]): the author's link
//   (search-card-user-link, "/@handle"), and beside it the video's plays next to a play icon; the
//   video's own link is in the result's other half ([data-e2e="search_top-item"]). Real page:
//   tests/fixtures/tiktok/tt-search-tartaria-2022 (tracking-exposed/trex).
// - a card of the For You feed, or of a video page's column ([data-e2e="recommend-list-item-container"]):
//   the author's link is the card's first link to "/@handle" that shows text and is not in the
//   caption (a caption's "@burgerking_es" is a mention, not the author). 2022: the link holds
//   h3 video-author-uniqueid and h4 video-author-nickname (tests/fixtures/tiktok/tt-foryou-card-2022);
//   2025: it holds the handle only, and the card's player is "xgwrapper-0-<video id>".
// A card whose author link is missing, names no valid handle, or disagrees with the handle the card
// shows gets no chip rather than a wrong one.
import type { CountField, PostReading } from '@/utils/model/reading';
import { allPostCountsMissing, missing } from '@/utils/model/reading-fields';
import { clip, isSponsored, shownCount, textOf } from '../page-data';
import { VIDEO } from './dom';
import { HANDLE_CHARS, postUrl, timeFromId } from './json';
import type { FeedCard, FeedReader } from '@/utils/feed/types';

const SEARCH_CARD = '[data-e2e="search-card-desc"]';
const SEARCH = {
  author: 'a[data-e2e="search-card-user-link"]',
  handle: '[data-e2e="search-card-user-unique-id"]',
  // The number beside the play icon: how many times the video was played (the profile grid draws
  // its "video-views" with the same icon).
  plays: '[data-e2e="search-card-like-container"] strong, [data-e2e="video-views"]',
  caption: '[data-e2e="search-card-video-caption"]',
  video: '[data-e2e="search_top-item"] a[href*="/video/"]',
} as const;
const COLUMN_CARD = VIDEO.card;
const CAPTIONS = '[data-e2e="video-desc"], [data-e2e="browse-video-desc"], [data-e2e="search-card-video-caption"]';
const NICKNAME = '[data-e2e="video-author-nickname"]';
const PLAYER = /^xgwrapper-\d+-(\d{1,25})$/;
const VIDEO_LINK = /^(?:https:\/\/www\.tiktok\.com)?\/@([\w.]{1,30})\/video\/(\d{1,25})(?:[/?#]|$)/;

const REASONS = {
  searchNoLikes: 'A TikTok search result shows plays only: open the video for its likes, comments and shares.',
  noPlays: 'This card shows no play count.',
  columnNoPlays: 'TikTok’s feed cards show no play count.',
} as const;

/** "/@handle" (or the full address) → handle; null for anything else. */
function handleOfHref(href: string | null): string | null {
  const match = /^(?:https:\/\/www\.tiktok\.com)?\/@([^/?#]+)\/?(?:[?#].*)?$/.exec(href ?? '');
  const handle = match?.[1] ? decodeURIComponent(match[1]) : null;
  return handle && HANDLE_CHARS.test(handle) ? handle : null;
}

function authorLink(card: Element): Element | null {
  if (card.matches(SEARCH_CARD)) return card.querySelector(SEARCH.author);
  for (const link of card.querySelectorAll('a[href*="/@"]')) {
    if (link.closest(CAPTIONS) || !textOf(link)) continue;
    return link;
  }
  return null;
}

/** The handle the card shows as text, when it shows one apart from the name. */
function shownHandle(card: Element, link: Element): string | null {
  if (card.matches(SEARCH_CARD)) return textOf(link.querySelector(SEARCH.handle));
  const title = link.querySelector('[data-e2e="video-author-uniqueid"]');
  if (title) return textOf(title);
  return link.querySelector(NICKNAME) ? null : textOf(link);
}

function read(card: Element): { link: Element; handle: string; name: string | null } | null {
  const link = authorLink(card);
  const handle = link ? handleOfHref(link.getAttribute('href')) : null;
  if (!link || !handle) return null;
  const shown = shownHandle(card, link)?.replace(/^@/, '');
  if (shown && shown.toLowerCase() !== handle.toLowerCase()) return null;
  const nickname = textOf(link.querySelector(NICKNAME));
  return { link, handle, name: nickname && nickname.toLowerCase() !== handle.toLowerCase() ? nickname : null };
}

/** The video the card shows, by id, when the card names it (a 2022 For You card does not). */
function videoId(card: Element, handle: string): string | null {
  const scope = card.matches(SEARCH_CARD) ? card.parentElement : card;
  for (const link of scope?.querySelectorAll('a[href*="/video/"]') ?? []) {
    if (link.closest(CAPTIONS)) continue;
    const match = VIDEO_LINK.exec(link.getAttribute('href') ?? '');
    // A link to another author's video is not this card's post.
    if (match) return match[1]!.toLowerCase() === handle.toLowerCase() ? match[2]! : null;
  }
  for (const player of card.querySelectorAll('[id^="xgwrapper-"]')) {
    const match = PLAYER.exec(player.id);
    if (match) return match[1]!;
  }
  return null;
}

function count(scope: Element, selector: string, lang: string | null, reason: string): CountField {
  return shownCount(textOf(scope.querySelector(selector)), 'dom', lang) ?? missing(reason);
}

export const tiktokFeed: FeedReader = {
  platform: 'tiktok',
  cardSelector: `${SEARCH_CARD}, ${COLUMN_CARD}`,
  read(card: Element, base: URL): FeedCard | null {
    const found = read(card);
    if (!found) return null;
    const { link, handle, name } = found;
    return { card, nameBox: link, author: { handle, name, profileUrl: new URL(`/@${handle}`, base.origin).href, verified: null } };
  },
  readPost({ card, author }: FeedCard, _base: URL, lang: string | null): PostReading | null {
    // Read as the card is now: a card the site has since refilled with another author's video counts for no one.
    if (read(card)?.handle.toLowerCase() !== author.handle.toLowerCase()) return null;
    const id = videoId(card, author.handle);
    if (!id) return null;
    const search = card.matches(SEARCH_CARD);
    const captionBox = card.querySelector(search ? SEARCH.caption : VIDEO.caption);
    const caption = textOf(captionBox);
    const label = search ? null : card.querySelector(VIDEO.adLabel);
    const counts = search
      ? { ...allPostCountsMissing(REASONS.searchNoLikes), views: count(card, SEARCH.plays, lang, REASONS.noPlays) }
      : {
          likes: count(card, VIDEO.likes, lang, 'This card shows no like count.'),
          comments: count(card, VIDEO.comments, lang, 'This card shows no comment count.'),
          shares: count(card, VIDEO.shares, lang, 'This card shows no share count.'),
          views: missing(REASONS.columnNoPlays),
        };
    return {
      id,
      url: postUrl(author.handle, 'video', id),
      author: author.handle,
      // A video's id carries the second it was posted; the card's own date ("5-1") has no year.
      postedAt: timeFromId(id),
      caption: caption ? clip(caption) : null,
      pinned: false,
      // TikTok's own label ("Paid partnership") discloses it whatever the page's language.
      sponsored: isSponsored(caption) || label !== null,
      counts,
    };
  },
};
