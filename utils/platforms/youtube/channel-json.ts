// A channel page's embedded `var ytInitialData = {...};` (the browse response it was served with).
import type { PostReading } from '@/utils/model/reading';
import { MAX_POSTS, missing, sameHandle } from '@/utils/model/reading-fields';
import { asString, at, shownCount } from '../page-data';
import {
  asArray,
  channelRef,
  classifyHeaderParts,
  gridPost,
  handleFromText,
  handleFromUrl,
  isVideoId,
  ORIGIN,
  pushUnique,
  REASONS,
  viewsPart,
  ytText,
  type ChannelRef,
  type VideoTarget,
} from './common';

// Where ytInitialData keeps what we read.
// Older header, until 2024 (tests/fixtures/youtube/yt-channel-OneMedia-es-2024): channelId, title,
// channelHandleText, subscriberCountText, videosCountText, badges.
const C4_HEADER = ['header', 'c4TabbedHeaderRenderer'] as const;
// Header since 2024, still in 2026 (yt-browse-kurzgesagt-videos-2026): title.dynamicTextViewModel,
// metadata.contentMetadataViewModel.metadataRows[].metadataParts[].text.content.
const PAGE_HEADER = ['header', 'pageHeaderRenderer', 'content', 'pageHeaderViewModel'] as const;
const PAGE_HEADER_TITLE = ['title', 'dynamicTextViewModel', 'text'] as const;
const PAGE_HEADER_ROWS = ['metadata', 'contentMetadataViewModel', 'metadataRows'] as const;
// Channel metadata, every year: title, description, vanityChannelUrl, ownerUrls, externalId.
const CHANNEL_METADATA = ['metadata', 'channelMetadataRenderer'] as const;
const CANONICAL_URL = ['microformat', 'microformatDataRenderer', 'urlCanonical'] as const;
const TABS = ['contents', 'twoColumnBrowseResultsRenderer', 'tabs'] as const;
const TAB_URL = ['endpoint', 'commandMetadata', 'webCommandMetadata', 'url'] as const;

// Badges that mean "verified": the check mark, and the music note of official artist channels.
const VERIFIED_BADGE_STYLES = new Set(['BADGE_STYLE_TYPE_VERIFIED', 'BADGE_STYLE_TYPE_VERIFIED_ARTIST']);
const VERIFIED_IMAGES = new Set(['CHECK_CIRCLE_FILLED', 'CHECK_CIRCLE_THICK', 'AUDIO_BADGE', 'MUSIC_FILLED']);

// Grid items, by year: gridVideoRenderer (home shelves, until 2024), videoRenderer (Videos tab
// 2023–2025), lockupViewModel (Videos tab 2026), reelItemRenderer / shortsLockupViewModel (Shorts
// tab before / since Sept 2024), channelVideoPlayerRenderer (the home tab's featured video).
const ITEM_KEYS = new Set([
  'videoRenderer', 'gridVideoRenderer', 'lockupViewModel', 'shortsLockupViewModel', 'reelItemRenderer',
  'channelVideoPlayerRenderer',
]);
// Branches that never hold grid items; skipping them keeps the walk short on big pages.
const SKIP_KEYS = new Set([
  'thumbnail', 'thumbnails', 'menu', 'thumbnailOverlays', 'navigationEndpoint', 'trackingParams', 'richThumbnail',
  'contentImage', 'onTap', 'ownerBadges', 'badges', 'continuationItemRenderer', 'accessibility', 'commandRuns',
]);

export interface ChannelJson {
  channelId: string | null;
  handle: string | null;
  /** Every handle, id and vanity path this data names for its channel, lowercased, to match the URL. */
  names: Set<string>;
  displayName: string | null;
  bio: string | null;
  verified: boolean | null;
  subscribers: string | null;
  videos: string | null;
  /** Last path segment of the selected tab ("videos"), "featured" for the home tab. */
  selectedTab: string | null;
  tabContent: unknown;
}

function pathOf(href: string | null): string | null {
  if (!href) return null;
  try {
    return decodeURIComponent(new URL(href, ORIGIN).pathname).replace(/\/+$/, '').toLowerCase();
  } catch {
    return null;
  }
}

function pageHeaderVerified(header: unknown): boolean {
  for (const run of asArray(at(header, ...PAGE_HEADER_TITLE, 'attachmentRuns'))) {
    for (const source of asArray(at(run, 'element', 'type', 'imageType', 'image', 'sources'))) {
      if (VERIFIED_IMAGES.has(asString(at(source, 'clientResource', 'imageName')) ?? '')) return true;
    }
  }
  return false;
}

function selectedTab(data: unknown): { name: string | null; content: unknown } {
  for (const tab of asArray(at(data, ...TABS))) {
    const renderer = at(tab, 'tabRenderer') ?? at(tab, 'expandableTabRenderer');
    if (at(renderer, 'selected') !== true) continue;
    let name: string | null = null;
    try {
      const ref = channelRef(new URL(asString(at(renderer, ...TAB_URL)) ?? '', ORIGIN));
      name = ref ? (ref.tab ?? 'featured') : null;
    } catch {
      name = null;
    }
    return { name, content: at(renderer, 'content') };
  }
  return { name: null, content: undefined };
}

/** What ytInitialData says about the channel, or null when it is not a channel page's data. */
export function readChannelJson(data: unknown, lang: string | null): ChannelJson | null {
  const c4 = at(data, ...C4_HEADER);
  const pageHeader = at(data, ...PAGE_HEADER);
  const metadata = at(data, ...CHANNEL_METADATA);
  if (!c4 && !pageHeader && !metadata) return null;

  const names = new Set<string>();
  const channelId = asString(at(metadata, 'externalId')) ?? asString(at(c4, 'channelId'));
  if (channelId) names.add(channelId.toLowerCase());
  const canonical = pathOf(asString(at(data, ...CANONICAL_URL)))?.split('/').pop();
  if (canonical) names.add(canonical);
  const vanityUrls = [
    asString(at(metadata, 'vanityChannelUrl')),
    ...asArray(at(metadata, 'ownerUrls')).map(asString),
    asString(at(c4, 'navigationEndpoint', 'browseEndpoint', 'canonicalBaseUrl')),
  ];
  for (const href of vanityUrls) {
    const path = pathOf(href);
    if (path) names.add(path);
  }

  let parts = { handle: null as string | null, subscribers: null as string | null, videos: null as string | null };
  let verified: boolean | null = null;
  if (c4) {
    parts = {
      handle: handleFromText(ytText(at(c4, 'channelHandleText'))),
      subscribers: ytText(at(c4, 'subscriberCountText')),
      videos: ytText(at(c4, 'videosCountText')),
    };
    verified = asArray(at(c4, 'badges')).some((b) =>
      VERIFIED_BADGE_STYLES.has(asString(at(b, 'metadataBadgeRenderer', 'style')) ?? ''),
    );
  } else if (pageHeader) {
    const texts = asArray(at(pageHeader, ...PAGE_HEADER_ROWS)).flatMap((row) =>
      asArray(at(row, 'metadataParts')).map((part) => ytText(at(part, 'text')) ?? ''),
    );
    parts = classifyHeaderParts(texts, lang);
    verified = pageHeaderVerified(pageHeader);
  }
  const handle =
    parts.handle ?? vanityUrls.map(handleFromUrl).find((h): h is string => Boolean(h)) ?? null;
  if (handle) names.add(`/@${handle.toLowerCase()}`);

  const tab = selectedTab(data);
  return {
    channelId,
    handle,
    names,
    displayName:
      asString(at(metadata, 'title')) ??
      asString(at(c4, 'title')) ??
      ytText(at(pageHeader, ...PAGE_HEADER_TITLE)) ??
      asString(at(data, 'header', 'pageHeaderRenderer', 'pageTitle')),
    bio: asString(at(metadata, 'description')),
    verified,
    subscribers: parts.subscribers,
    videos: parts.videos,
    selectedTab: tab.name,
    tabContent: tab.content,
  };
}

/**
 * Whether the embedded data is about the channel in the URL. After in-site navigation it still
 * describes the first page loaded. /c/ and /user/ names are rarely in the data: there, the handle
 * the page renders in its header decides.
 */
export function describesChannel(json: ChannelJson, ref: ChannelRef, renderedHandle: string | null): boolean {
  const value = ref.value.toLowerCase();
  switch (ref.kind) {
    case 'handle':
      return json.names.has(`/@${value}`) || sameHandle(json.handle, ref.value);
    case 'id':
      return json.names.has(value);
    case 'custom':
    case 'user':
      return json.names.has(`/${ref.kind === 'custom' ? 'c' : 'user'}/${value}`) || sameHandle(json.handle, renderedHandle);
  }
}

/** Whether the data's selected tab is the tab in the URL (its grid is the one on screen). */
export function describesTab(json: ChannelJson, ref: ChannelRef): boolean {
  return json.selectedTab === (ref.tab ?? 'featured');
}

function ownerId(item: unknown): string | null {
  for (const key of ['shortBylineText', 'ownerText', 'longBylineText']) {
    const id = asString(at(item, key, 'runs', 0, 'navigationEndpoint', 'browseEndpoint', 'browseId'));
    if (id) return id;
  }
  return null;
}

interface ItemContext {
  channelId: string | null;
  author: string | null;
  lang: string | null;
}

function postFromItem(key: string, item: unknown, ctx: ItemContext): PostReading | null {
  let target: VideoTarget | null = null;
  let title: string | null = null;
  let views: string | null = null;
  switch (key) {
    case 'videoRenderer':
    case 'gridVideoRenderer':
    case 'channelVideoPlayerRenderer': {
      const owner = ownerId(item);
      if (owner && ctx.channelId && owner !== ctx.channelId) return null; // a shelf of someone else's videos
      const id = at(item, 'videoId');
      target = isVideoId(id) ? { id, shorts: false } : null;
      title = ytText(at(item, 'title'));
      views = ytText(at(item, 'viewCountText')) ?? ytText(at(item, 'shortViewCountText'));
      break;
    }
    case 'reelItemRenderer': {
      const id = at(item, 'videoId');
      target = isVideoId(id) ? { id, shorts: true } : null;
      title = ytText(at(item, 'headline'));
      views = ytText(at(item, 'viewCountText'));
      break;
    }
    case 'shortsLockupViewModel': {
      const id =
        at(item, 'onTap', 'innertubeCommand', 'reelWatchEndpoint', 'videoId') ??
        asString(at(item, 'entityId'))?.replace(/^shorts-shelf-item-/, '');
      target = isVideoId(id) ? { id, shorts: true } : null;
      title = ytText(at(item, 'overlayMetadata', 'primaryText'));
      views = ytText(at(item, 'overlayMetadata', 'secondaryText'));
      break;
    }
    case 'lockupViewModel': {
      const type = asString(at(item, 'contentType'));
      if (type && type !== 'LOCKUP_CONTENT_TYPE_VIDEO') return null; // playlists, podcasts
      const id = at(item, 'contentId');
      target = isVideoId(id) ? { id, shorts: false } : null;
      const meta = at(item, 'metadata', 'lockupMetadataViewModel');
      title = ytText(at(meta, 'title'));
      const rows = asArray(at(meta, 'metadata', 'contentMetadataViewModel', 'metadataRows')).map((row) =>
        asArray(at(row, 'metadataParts')).map((part) => ytText(at(part, 'text')) ?? ''),
      );
      views = viewsPart(rows, ctx.lang);
      break;
    }
  }
  if (!target) return null;
  return gridPost(target, title, shownCount(views, 'json', ctx.lang) ?? missing(REASONS.gridViews), ctx.author);
}

function collectItems(node: unknown, out: Array<[string, unknown]>, depth: number): void {
  if (depth > 40 || out.length >= MAX_POSTS * 2 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) collectItems(child, out, depth + 1);
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    if (ITEM_KEYS.has(key)) out.push([key, value]);
    else if (!SKIP_KEYS.has(key)) collectItems(value, out, depth + 1);
  }
}

/** The videos of the selected tab that belong to this channel, each once, in page order. */
export function channelJsonPosts(json: ChannelJson, author: string | null, lang: string | null): PostReading[] {
  const items: Array<[string, unknown]> = [];
  collectItems(json.tabContent, items, 0);
  const posts: PostReading[] = [];
  const seen = new Set<string>();
  const ctx = { channelId: json.channelId, author, lang };
  for (const [key, item] of items) pushUnique(posts, seen, postFromItem(key, item, ctx), MAX_POSTS);
  return posts;
}
