// A channel page as rendered. Read when the embedded JSON describes another page (after in-site
// navigation), or is missing.
import type { PostReading } from '@/utils/model/reading';
import { MAX_POSTS, missing, sameHandle } from '@/utils/model/reading-fields';
import { shownCount, textOf } from '../page-data';
import {
  classifyHeaderParts,
  gridPost,
  handleFromText,
  handleFromUrl,
  pushUnique,
  REASONS,
  videoTarget,
  viewsPart,
} from './common';

// The visible channel page; YouTube keeps earlier pages' <ytd-browse> in the document, hidden.
const BROWSE_ROOT = 'ytd-browse[page-subtype="channels"]:not([hidden])';

// Header since 2024, still in 2026: #page-header > yt-page-header-renderer > yt-page-header-view-model
// (path as in thangdev0724/automation-youtube src/constants/selector.ts). Class names of its metadata
// rows changed from "-wiz__" (2024) to BEM "__" (2025) to camelCase (2026); all three are listed.
const PAGE_HEADER = 'yt-page-header-view-model';
const PAGE_HEADER_TITLE = 'h1';
const PAGE_HEADER_METADATA = 'yt-content-metadata-view-model';
export const METADATA_ROW =
  '.yt-content-metadata-view-model__metadata-row, .yt-content-metadata-view-model-wiz__metadata-row, .ytContentMetadataViewModelMetadataRow';
export const METADATA_TEXT =
  '.yt-content-metadata-view-model__metadata-text, .yt-content-metadata-view-model-wiz__metadata-text, .ytContentMetadataViewModelMetadataText';
const PAGE_HEADER_DESCRIPTION = 'yt-description-preview-view-model';
const DESCRIPTION_TEXT = '.yt-core-attributed-string';
// Older header, until 2024: #channel-header ytd-c4-tabbed-header-renderer.
const C4_HEADER = 'ytd-c4-tabbed-header-renderer';
const C4_NAME = 'ytd-channel-name #text, #channel-name #text';
const C4_HANDLE = '#channel-handle';
const C4_SUBSCRIBERS = '#subscriber-count';
const C4_VIDEOS = '#videos-count';
const C4_DESCRIPTION = '#channel-tagline #content, #channel-tagline';
// Verified badge of ytd-badge-supported-renderer (Vulpelo/hide-youtube-shorts
// tests/fixtures/video_element_NORMAL-1.js, 2025).
const VERIFIED_BADGE = '.badge-style-type-verified, .badge-style-type-verified-artist';

// Grid items (Vulpelo/hide-youtube-shorts tests/fixtures/video_element_NORMAL-1.js: ytd-rich-item-renderer >
// ytd-rich-grid-media, 2025; video_element_NORMAL-3.js: ytd-rich-item-renderer > yt-lockup-view-model,
// 2025–2026). ytd-grid-video-renderer: home shelves until 2024. Shorts: ytm-shorts-lockup-view-model(-v2).
const GRID_ITEM =
  'ytd-rich-item-renderer, ytd-grid-video-renderer, ytm-shorts-lockup-view-model, ytm-shorts-lockup-view-model-v2';
const ITEM_LINK =
  'a#video-title-link, a#video-title, a.yt-lockup-metadata-view-model__title, a.yt-lockup-metadata-view-model-wiz__title, a.yt-lockup-view-model__content-image, a.yt-lockup-view-model-wiz__content-image, a[href^="/shorts/"], a[href^="/watch"]';
const ITEM_TITLE =
  '#video-title, .yt-lockup-metadata-view-model__title, .yt-lockup-metadata-view-model-wiz__title, .shortsLockupViewModelHostOutsideMetadataTitle, .shortsLockupViewModelHostMetadataTitle, h3';
const ITEM_METADATA_LINE = '#metadata-line .inline-metadata-item';
const ITEM_SHORTS_VIEWS = '.shortsLockupViewModelHostOutsideMetadataSubhead, .shortsLockupViewModelHostMetadataSubhead';
const ITEM_OWNER = 'a[href^="/@"]';

export interface ChannelDom {
  handle: string | null;
  displayName: string | null;
  bio: string | null;
  verified: boolean | null;
  subscribers: string | null;
  videos: string | null;
}

/** The texts of the parts of yt-content-metadata-view-model rows, in order. */
export function metadataParts(container: Element | null): string[][] {
  if (!container) return [];
  const rows = [...container.querySelectorAll(METADATA_ROW)];
  return (rows.length ? rows : [container]).map((row) => {
    // Outer part spans only: a part can wrap another span ("<span …metadata-text><span>@x</span></span>").
    const spans = [...row.querySelectorAll(METADATA_TEXT)].filter((s) => !s.parentElement?.closest(METADATA_TEXT));
    const texts = spans.length ? spans.map((s) => textOf(s) ?? '') : (textOf(row) ?? '').split('•');
    return texts.map((t) => t.trim()).filter(Boolean);
  });
}

function channelRoot(doc: Document): ParentNode {
  return doc.querySelector(BROWSE_ROOT) ?? doc;
}

/** The rendered channel header, or null when none is on the page yet. */
export function readChannelDom(doc: Document, lang: string | null): ChannelDom | null {
  const root = channelRoot(doc);
  const header = root.querySelector(PAGE_HEADER);
  if (header) {
    const parts = classifyHeaderParts(metadataParts(header.querySelector(PAGE_HEADER_METADATA)).flat(), lang);
    const description = header.querySelector(PAGE_HEADER_DESCRIPTION);
    return {
      handle: parts.handle,
      displayName: textOf(header.querySelector(PAGE_HEADER_TITLE)),
      bio: textOf(description?.querySelector(DESCRIPTION_TEXT)) ?? textOf(description),
      // The 2024+ header draws its check mark as an image with no stable name: unknown unless a badge is there.
      verified: header.querySelector(VERIFIED_BADGE) ? true : null,
      subscribers: parts.subscribers,
      videos: parts.videos,
    };
  }
  const c4 = root.querySelector(C4_HEADER);
  if (!c4) return null;
  return {
    handle: handleFromText(textOf(c4.querySelector(C4_HANDLE))),
    displayName: textOf(c4.querySelector(C4_NAME)),
    bio: textOf(c4.querySelector(C4_DESCRIPTION)),
    verified: Boolean(c4.querySelector(VERIFIED_BADGE)),
    subscribers: textOf(c4.querySelector(C4_SUBSCRIBERS)),
    videos: textOf(c4.querySelector(C4_VIDEOS)),
  };
}

function itemViews(item: Element, lang: string | null): string | null {
  const line = [...item.querySelectorAll(ITEM_METADATA_LINE)].map((s) => textOf(s) ?? '').filter(Boolean);
  if (line.length) return viewsPart([line], lang);
  const rows = metadataParts(item.querySelector(PAGE_HEADER_METADATA));
  if (rows.length) return viewsPart(rows, lang);
  return textOf(item.querySelector(ITEM_SHORTS_VIEWS));
}

function itemTitle(item: Element, link: Element | null): string | null {
  return (
    link?.getAttribute('title')?.trim() ||
    item.querySelector('h3[title]')?.getAttribute('title')?.trim() ||
    textOf(item.querySelector(ITEM_TITLE)) ||
    null
  );
}

/** The grid items on screen that belong to the channel (an item naming another channel is skipped). */
export function channelDomPosts(doc: Document, author: string | null, lang: string | null): PostReading[] {
  const posts: PostReading[] = [];
  const seen = new Set<string>();
  for (const item of channelRoot(doc).querySelectorAll(GRID_ITEM)) {
    if (posts.length >= MAX_POSTS) break;
    const link = item.querySelector(ITEM_LINK);
    const target = videoTarget(link?.getAttribute('href'));
    if (!target || seen.has(target.id)) continue;
    const owner = handleFromUrl(item.querySelector(ITEM_OWNER)?.getAttribute('href'));
    if (owner && author && !sameHandle(owner, author)) continue;
    const views = shownCount(itemViews(item, lang), 'dom', lang) ?? missing(REASONS.gridViews);
    pushUnique(posts, seen, gridPost(target, itemTitle(item, link), views, author), MAX_POSTS);
  }
  return posts;
}
