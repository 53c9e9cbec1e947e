// YouTube feed cards, as the page renders them: videos of the home and subscriptions grids, search
// results and the watch page's column of recommended videos. Two markups (both in the captured home
// grid cards of Vulpelo/hide-youtube-shorts, 2025: tests/fixtures/youtube/yt-home-grid-cards-2025):
// - yt-lockup-view-model (home grid since 2025; the watch column and search results use it too):
//   the channel is the link to "/@handle" in its metadata rows;
// - ytd-rich-grid-media (home grid until 2025), ytd-video-renderer (search, subscriptions list) and
//   ytd-compact-video-renderer (the watch column until 2025): the channel is ytd-channel-name's link.
// A card whose channel is not linked by handle (a collaboration's "A and 3 more", a /channel/UC… link)
// gets no chip rather than a wrong one. The chip goes right after the channel's name.
import type { PostReading } from '@/utils/model/reading';
import { missing } from '@/utils/model/reading-fields';
import { shownCount, textOf } from '../page-data';
import { metadataParts } from './channel-dom';
import { gridPost, handleFromUrl, ORIGIN, REASONS, videoTarget, viewsPart } from './common';
import type { FeedCard, FeedReader } from '@/utils/feed/types';

const CARDS = 'yt-lockup-view-model, ytd-rich-grid-media, ytd-video-renderer, ytd-compact-video-renderer';
/** The channel's name links: ytd-channel-name's (older cards), the lockup's metadata rows (newer ones). */
const NAME_LINKS = 'ytd-channel-name a[href], yt-content-metadata-view-model a[href]';
const TITLE_LINK = 'a#video-title-link, a#video-title, a.yt-lockup-metadata-view-model__title';
const VIDEO_LINK = 'a.yt-lockup-view-model__content-image, a#thumbnail, a[href^="/watch"], a[href^="/shorts/"]';
const VERIFIED_BADGE = '.badge-style-type-verified, .badge-style-type-verified-artist';
// The check-circle a lockup draws after a verified channel's name: the same path as the verified
// badge ("Zweryfikowano") of the older cards.
const CHECK_CIRCLE = 'path[d^="M12 2C6.5 2 2 6.5 2 12s4.5 10 10 10 10-4.5 10-10S17.5 2 12 2zM9.8 17.3"]';
const METADATA = 'yt-content-metadata-view-model';
const METADATA_LINE = '#metadata-line .inline-metadata-item';

/** True when `el` or one of its ancestors inside `card` is hidden (YouTube keeps spare copies hidden). */
function hiddenIn(el: Element, card: Element): boolean {
  for (let node: Element | null = el; node && node !== card; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return true;
  }
  return false;
}

/** The card's visible link to its channel, by handle, and that handle. */
function channelLink(card: Element): { link: Element; handle: string } | null {
  for (const link of card.querySelectorAll(NAME_LINKS)) {
    const handle = handleFromUrl(link.getAttribute('href'));
    if (handle && textOf(link) && !hiddenIn(link, card)) return { link, handle };
  }
  return null;
}

/** The views the card shows; missing (never 0) when it shows none. */
function views(card: Element, lang: string | null) {
  const line = [...card.querySelectorAll(METADATA_LINE)].map((s) => textOf(s) ?? '').filter(Boolean);
  const rows = line.length ? [line] : metadataParts(card.querySelector(METADATA));
  const overlay = card.querySelector('[overlay-style]')?.getAttribute('overlay-style');
  const reason = overlay === 'UPCOMING' ? REASONS.upcomingViews : overlay === 'LIVE' ? REASONS.liveViews : REASONS.gridViews;
  return shownCount(viewsPart(rows, lang), 'dom', lang) ?? missing(reason);
}

export const youtubeFeed: FeedReader = {
  platform: 'youtube',
  cardSelector: CARDS,
  read(card: Element): FeedCard | null {
    const found = channelLink(card);
    if (!found) return null;
    const { link, handle } = found;
    // Older cards: the chip after the whole ytd-channel-name (its badge stays beside the name).
    const nameBox = link.closest('ytd-channel-name') ?? link;
    const verified = nameBox.querySelector(VERIFIED_BADGE) || link.querySelector(CHECK_CIRCLE) ? true : null;
    return { card, nameBox, author: { handle, name: textOf(link), profileUrl: `${ORIGIN}/@${handle}`, verified } };
  },
  readPost({ card, author }: FeedCard, _base: URL, lang: string | null): PostReading | null {
    // Read as the card is now: a card the site has since refilled with another channel's video counts for no one.
    if (channelLink(card)?.handle.toLowerCase() !== author.handle.toLowerCase()) return null;
    const titleLink = card.querySelector(TITLE_LINK);
    const target = videoTarget((titleLink ?? card.querySelector(VIDEO_LINK))?.getAttribute('href'));
    if (!target) return null;
    const title = titleLink?.getAttribute('title')?.trim() || card.querySelector('h3[title]')?.getAttribute('title')?.trim() || textOf(titleLink) || null;
    return gridPost(target, title, views(card, lang), author.handle);
  },
};
