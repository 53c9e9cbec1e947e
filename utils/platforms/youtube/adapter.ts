// YouTube: channel pages (/@handle, /channel/UC…, /c/…, /user/…, with their tabs) and video pages
// (/watch?v=…, /shorts/…). The readers live in ./youtube/; this file decides which one runs.
import { emptyReading, hostMatches, type PageReading, type PlatformAdapter } from '../adapter';
import type { PageType, PostReading } from '@/utils/model/reading';
import { allMissing, missing, sameHandle } from '@/utils/model/reading-fields';
import { firstCount, firstText, jsonAssignedTo, shownCount } from '../page-data';
import { channelDomPosts, readChannelDom, type ChannelDom } from './channel-dom';
import { channelJsonPosts, describesChannel, describesTab, readChannelJson, type ChannelJson } from './channel-json';
import { channelRef, hlOf, REASONS, videoTarget, type ChannelRef } from './common';
import { readWatch } from './watch';
import { youtubeSite } from './site';

const HOSTS = youtubeSite.domains;

// Present once the channel header has rendered its counts: the 2024–2026 header
// (yt-page-header-view-model with its metadata rows) or the older c4 header.
const CHANNEL_READY = 'yt-page-header-view-model yt-content-metadata-view-model, ytd-c4-tabbed-header-renderer #subscriber-count';
// Present once the watch page has rendered its title and buttons; the active reel on Shorts.
const WATCH_READY = 'ytd-watch-metadata #title h1, ytd-watch-metadata h1';
const SHORTS_READY = 'ytd-reel-video-renderer[is-active] #like-button, ytd-reel-video-renderer[is-active] like-button-view-model';

function pageType(url: URL): PageType {
  if (!hostMatches(url, HOSTS)) return 'other';
  if (channelRef(url)) return 'profile';
  if (videoTarget(url)) return 'post';
  return 'other';
}

/**
 * The handle in a /@handle URL. /channel/UC…, /c/… and /user/… URLs name no handle: the channel's
 * handle is known only once its page is read (saving "UC…" would make a second account for it).
 */
function profileHandle(url: URL): string | null {
  const ref = hostMatches(url, HOSTS) ? channelRef(url) : null;
  return ref?.kind === 'handle' ? ref.value : null;
}

function readySelector(url: URL): string | null {
  const type = pageType(url);
  if (type === 'profile') return CHANNEL_READY;
  if (type === 'post') return videoTarget(url)?.shorts ? SHORTS_READY : WATCH_READY;
  return null;
}

/**
 * Which source describes the channel in the URL: the embedded JSON when it names this channel
 * (it is stale after in-site navigation), else the rendered header. A rendered header that names
 * another handle than the URL is the previous channel's, still on screen.
 */
function pickHeader(json: ChannelJson | null, dom: ChannelDom | null, ref: ChannelRef) {
  if (json && describesChannel(json, ref, dom?.handle ?? null)) return { json, dom: null, stale: false };
  if (dom) return { json: null, dom, stale: ref.kind === 'handle' && Boolean(dom.handle) && !sameHandle(dom.handle, ref.value) };
  return { json: null, dom: null, stale: false };
}

function readChannel(doc: Document, ref: ChannelRef, base: PageReading): PageReading {
  const data = jsonAssignedTo(doc, 'ytInitialData');
  const lang = base.language ?? hlOf(data);
  const domHeader = readChannelDom(doc, lang);
  const { json, dom, stale } = pickHeader(readChannelJson(data, lang), domHeader, ref);
  const source = json ? 'json' : 'dom';
  const header = stale ? null : (json ?? dom);

  const handle =
    header?.handle ?? (ref.kind === 'handle' ? ref.value : null) ?? json?.channelId ?? (ref.kind === 'id' ? ref.value : null);
  const noHeader = stale ? REASONS.staleHeader : REASONS.noHeader;
  const counts = allMissing(REASONS.notShownOnChannel);
  counts.following = missing(REASONS.following);
  counts.views = missing(REASONS.channelViews);
  counts.followers = firstCount(header ? REASONS.subscribers : noHeader, shownCount(header?.subscribers, source, lang));
  counts.posts = firstCount(header ? REASONS.videos : noHeader, shownCount(header?.videos, source, lang));

  // The grid: the JSON's when it is this channel's and this tab's, else what is on screen.
  let posts: PostReading[] = [];
  if (!stale) {
    const rendered = json && describesTab(json, ref) ? [] : channelDomPosts(doc, handle, lang);
    posts = rendered.length || !json ? rendered : channelJsonPosts(json, handle, lang);
  }

  return {
    ...base,
    language: lang,
    handle,
    displayName: firstText(header ? 'The channel header shows no name.' : noHeader, [header?.displayName, source]),
    bio: firstText(header ? REASONS.noBio : noHeader, [header?.bio, source]),
    verified: header?.verified ?? null,
    counts,
    posts,
  };
}

function extract(doc: Document, url: URL): PageReading {
  const type = pageType(url);
  const base = emptyReading('youtube', type, url, doc, 'Not a YouTube channel or video page.');
  try {
    const ref = type === 'profile' ? channelRef(url) : null;
    if (ref) return readChannel(doc, ref, base);
    const target = type === 'post' ? videoTarget(url) : null;
    if (target) return readWatch(doc, target, base);
    return base;
  } catch {
    // A page shape we do not know: say so rather than report anything half-read.
    return { ...base, displayName: missing(REASONS.unreadable), bio: missing(REASONS.unreadable), counts: allMissing(REASONS.unreadable) };
  }
}

export const youtube: PlatformAdapter = {
  platform: 'youtube',
  hosts: HOSTS,
  pageType,
  profileHandle,
  readySelector,
  extract,
};
