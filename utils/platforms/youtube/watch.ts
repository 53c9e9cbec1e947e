// A video page (/watch?v=…, /shorts/…): the video's own views, likes, comments and date.
import type { PageReading } from '../adapter';
import type { Collaborator, CountField, MeasuredCount, PostReading } from '@/utils/model/reading';
import { allMissing, missing } from '@/utils/model/reading-fields';
import { asString, at, clip, exactCount, firstCount, firstText, isSponsored, jsonAssignedTo, shownCount, textOf } from '../page-data';
import { asArray, handleFromUrl, hlOf, REASONS, videoUrl, ytText, type VideoTarget } from './common';
import { collaborationFromData, collaborationFromDom } from './owner';

// ytInitialPlayerResponse (the player's data), 2016–2026. videoDetails.viewCount is exact;
// microformat has publishDate, ownerProfileUrl ("http://www.youtube.com/@TED") and, since 2024 on
// some pages, likeCount. Shapes as in TeamNewPipe/NewPipeExtractor's stream mocks and the player
// JSON quoted by public scrapers.
const PLAYER_DETAILS = ['videoDetails'] as const;
const PLAYER_MICROFORMAT = ['microformat', 'playerMicroformatRenderer'] as const;
const PAID_OVERLAY_TEXT = ['paidContentOverlay', 'paidContentOverlayRenderer', 'text'] as const;
// ytInitialData of a watch page (the "next" response). TeamPiped/rustypipe
// testfiles/video_details/video_details_20231103_likes.json and notes/AB_Tests.md ([11], Nov 2023).
const CURRENT_VIDEO = ['currentVideoEndpoint', 'watchEndpoint', 'videoId'] as const;
const WATCH_CONTENTS = ['contents', 'twoColumnWatchNextResults', 'results', 'results', 'contents'] as const;
const LIKE_BUTTONS = ['videoActions', 'menuRenderer', 'topLevelButtons'] as const;
// Like button since Nov 2023: { title: "4.2M", accessibilityText: "like this video along with 4,209,059 other people" }.
const LIKE_VIEW_MODEL = [
  'segmentedLikeDislikeButtonViewModel', 'likeButtonViewModel', 'likeButtonViewModel', 'toggleButtonViewModel',
  'toggleButtonViewModel', 'defaultButtonViewModel', 'buttonViewModel',
] as const;
// Like button 2022–2023, and the plain toggle button before it.
const LIKE_RENDERER_2022 = ['segmentedLikeDislikeButtonRenderer', 'likeButton', 'toggleButtonRenderer'] as const;
const LIKE_RENDERER_2020 = ['toggleButtonRenderer'] as const;
const OWNER = ['owner', 'videoOwnerRenderer'] as const;
const COMMENTS_PANEL = 'engagement-panel-comments-section';
// Late 2023 on: the count sits in the section "comments-entry-point" (commentsEntryPointHeaderRenderer,
// "703K"), before the section "comment-item-section" that loads the comments themselves; older pages
// put the header in the latter. Every item section is searched. TeamPiped/rustypipe
// testfiles/video_details/video_details_20231103_likes.json.
const COMMENTS_HEADER = ['commentsEntryPointHeaderRenderer', 'commentCount'] as const;
const VIEW_COUNT_RENDERER = ['viewCount', 'videoViewCountRenderer'] as const;

// The rendered watch page. ytd-watch-flexy carries the id of the video on screen in video-id.
const WATCH_ROOT = 'ytd-watch-flexy';
const SHORTS_ROOT = 'ytd-reel-video-renderer[is-active]';
const DOM_TITLE = 'ytd-watch-metadata #title h1, ytd-watch-metadata h1, h1.title';
// <div id="view-count" aria-label="12,840,948 views"> in ytd-watch-info-text (2023–2026).
const DOM_VIEWS_ARIA = 'ytd-watch-info-text #view-count[aria-label]';
const DOM_VIEWS_TEXT = 'ytd-video-view-count-renderer .view-count, ytd-watch-info-text #info span';
// segmented-like-dislike-button-view-model > like-button-view-model > button[aria-label="like this
// video along with …"] (PraxTube/hide-subscriber-count content.js, kris-hamade/youtube-chrome-extension
// js/content.js); #like-button on Shorts.
const DOM_LIKE_BUTTON = 'like-button-view-model button, #segmented-like-button button, #like-button button';
const DOM_LIKE_TEXT = '.yt-spec-button-shape-next__button-text-content, .yt-spec-button-shape-with-label__label';
// The comment count as rendered: the header of the comments section ("1,204 Comments", once they
// have loaded), the "comments-entry-point" header above them ("Comments 703K", late 2023 on), the
// comments panel's header, and the Shorts comments button ("1.2K").
const DOM_COMMENTS = [
  'ytd-item-section-renderer[section-identifier="comment-item-section"] ytd-comments-header-renderer #count',
  'ytd-comments-header-renderer #count',
  'ytd-comments-entry-point-header-renderer #comment-count',
  'ytd-comments-entry-point-header-renderer #count',
  'ytd-engagement-panel-section-list-renderer[target-id="engagement-panel-comments-section"] #contextual-info',
  '#comments-button .yt-spec-button-shape-with-label__label',
];
// "10,226 watching now": a live stream's concurrent viewers, in the languages YouTube ships.
const LIVE_WORDS =
  /watching|viendo|zuschauer|regardent|en train de regarder|assistindo|spettator|stanno guardando|kijken|oglądających|смотрят|дивляться|izliyor|menonton|đang xem|視聴中|正在观看|觀看中|시청 중|देख रहे|يشاهد/iu;
// "1,234 waiting": people waiting for a scheduled premiere or stream to start; not views either.
const WAITING_WORDS = /waiting|esperando|warten|en attente|aguardando|in attesa|wachten|oczekuj|ожида|bekliyor|menunggu|待機|等待|대기/iu;
const DOM_OWNER_BLOCK = 'ytd-video-owner-renderer, #owner';
const DOM_OWNER = 'ytd-video-owner-renderer ytd-channel-name a, #owner ytd-channel-name a';
const DOM_SHORTS_OWNER = 'a[href^="/@"]';
const DOM_OWNER_SUBSCRIBERS = '#owner-sub-count';
const DOM_OWNER_VERIFIED = '#owner .badge-style-type-verified, #owner .badge-style-type-verified-artist';
const DOM_DESCRIPTION = 'ytd-watch-metadata #description-inline-expander yt-attributed-string, ytd-text-inline-expander yt-attributed-string';

interface Video {
  title: string | null;
  description: string | null;
  postedAt: number | null;
  handle: string | null;
  channelName: string | null;
  verified: boolean | null;
  subscribers: MeasuredCount | null;
  views: MeasuredCount | null;
  likes: MeasuredCount | null;
  comments: MeasuredCount | null;
  paidLabel: string | null;
  /** True on a live stream, whose view line counts viewers watching now. */
  live: boolean | null;
  /** True on a scheduled premiere or stream, whose view line counts people waiting. */
  upcoming: boolean | null;
  liveViewers: MeasuredCount | null;
  collaborators: Collaborator[] | null;
}

function likeFromButtons(primary: unknown, lang: string | null): MeasuredCount | null {
  for (const button of asArray(at(primary, ...LIKE_BUTTONS))) {
    const model = at(button, ...LIKE_VIEW_MODEL);
    if (model) {
      return shownCount(asString(at(model, 'accessibilityText')), 'aria', lang) ?? shownCount(asString(at(model, 'title')), 'json', lang);
    }
    const renderer = at(button, ...LIKE_RENDERER_2022) ?? at(button, ...LIKE_RENDERER_2020);
    if (renderer && at(renderer, 'defaultIcon', 'iconType') === 'LIKE') {
      const text = at(renderer, 'defaultText');
      return (
        shownCount(asString(at(text, 'accessibility', 'accessibilityData', 'label')), 'aria', lang) ??
        shownCount(ytText(text), 'json', lang)
      );
    }
  }
  return null;
}

function commentsFromData(data: unknown, contents: unknown[], lang: string | null): MeasuredCount | null {
  for (const section of contents) {
    for (const item of asArray(at(section, 'itemSectionRenderer', 'contents'))) {
      const count = shownCount(ytText(at(item, ...COMMENTS_HEADER)), 'json', lang);
      if (count) return count;
    }
  }
  for (const panel of asArray(at(data, 'engagementPanels'))) {
    const renderer = at(panel, 'engagementPanelSectionListRenderer');
    if (at(renderer, 'panelIdentifier') !== COMMENTS_PANEL) continue;
    const count = shownCount(ytText(at(renderer, 'header', 'engagementPanelTitleHeaderRenderer', 'contextualInfo')), 'json', lang);
    if (count) return count;
  }
  return null;
}

function dateOf(value: unknown): number | null {
  const text = asString(value);
  const time = text && /^\d{4}-\d{2}-\d{2}/.test(text) ? Date.parse(text) : NaN;
  return Number.isFinite(time) ? time : null;
}

function fromPlayer(player: unknown): Partial<Video> {
  const details = at(player, ...PLAYER_DETAILS);
  const micro = at(player, ...PLAYER_MICROFORMAT);
  return {
    title: asString(at(details, 'title')) ?? ytText(at(micro, 'title')),
    description: asString(at(details, 'shortDescription')),
    postedAt: dateOf(at(micro, 'publishDate')) ?? dateOf(at(micro, 'uploadDate')),
    handle: handleFromUrl(asString(at(micro, 'ownerProfileUrl'))),
    channelName: asString(at(details, 'author')) ?? asString(at(micro, 'ownerChannelName')),
    // On a live stream the player's viewCount counts viewers watching now, not views.
    views: at(details, 'isLive') === true || at(details, 'isUpcoming') === true ? null : exactCount(at(details, 'viewCount'), 'json'),
    likes: exactCount(at(micro, 'likeCount'), 'json'),
    paidLabel: ytText(at(player, ...PAID_OVERLAY_TEXT)),
    live: at(details, 'isLive') === true ? true : null,
    upcoming: at(details, 'isUpcoming') === true ? true : null,
  };
}

function fromData(data: unknown, lang: string | null): Partial<Video> {
  const contents = asArray(at(data, ...WATCH_CONTENTS));
  const primary = contents.map((c) => at(c, 'videoPrimaryInfoRenderer')).find(Boolean);
  const owner = at(contents.map((c) => at(c, 'videoSecondaryInfoRenderer')).find(Boolean), ...OWNER);
  const ownerLink =
    asString(at(owner, 'navigationEndpoint', 'browseEndpoint', 'canonicalBaseUrl')) ??
    asString(at(owner, 'title', 'runs', 0, 'navigationEndpoint', 'browseEndpoint', 'canonicalBaseUrl'));
  const collab = collaborationFromData(owner, lang);
  const viewCount = at(primary, ...VIEW_COUNT_RENDERER);
  const viewText = ytText(at(viewCount, 'viewCount'));
  const live = at(viewCount, 'isLive') === true || Boolean(viewText && LIVE_WORDS.test(viewText));
  const upcoming = !live && Boolean(viewText && WAITING_WORDS.test(viewText));
  return {
    title: ytText(at(primary, 'title')),
    handle: collab ? collab.uploader.handle : handleFromUrl(ownerLink),
    // A collaboration's byline ("jazziiRed and 3 more") names no one channel: the uploader's name does.
    channelName: collab ? collab.uploader.name : ytText(at(owner, 'title')),
    verified: collab
      ? collab.verified
      : owner
        ? asArray(at(owner, 'badges')).some((b) => /VERIFIED/.test(asString(at(b, 'metadataBadgeRenderer', 'style')) ?? ''))
        : null,
    subscribers: shownCount(ytText(at(owner, 'subscriberCountText')), 'json', lang) ?? collab?.subscribers ?? null,
    views: live || upcoming ? null : shownCount(viewText, 'json', lang),
    likes: likeFromButtons(primary, lang),
    comments: commentsFromData(data, contents, lang),
    live: viewCount === undefined ? null : live,
    upcoming: viewCount === undefined ? null : upcoming,
    liveViewers: live ? shownCount(viewText, 'json', lang) : null,
    collaborators: collab?.collaborators ?? null,
  };
}

function fromDom(doc: Document, target: VideoTarget, lang: string | null): Partial<Video> | null {
  const watch = doc.querySelector(WATCH_ROOT);
  const root = target.shorts ? doc.querySelector(SHORTS_ROOT) : watch;
  if (!root) return null;
  // The watch page keeps the previous video's metadata on screen until the new one arrives.
  const onScreen = watch?.getAttribute('video-id');
  if (!target.shorts && onScreen && onScreen !== target.id) return null;
  const likeButton = root.querySelector(DOM_LIKE_BUTTON);
  const collab = target.shorts ? null : collaborationFromDom(root.querySelector(DOM_OWNER_BLOCK));
  const owner = root.querySelector(DOM_OWNER) ?? (target.shorts ? root.querySelector(DOM_SHORTS_OWNER) : null);
  const viewsAria = root.querySelector(DOM_VIEWS_ARIA)?.getAttribute('aria-label');
  const viewsText = textOf(root.querySelector(DOM_VIEWS_TEXT));
  const live = [viewsAria, viewsText].some((t) => Boolean(t && LIVE_WORDS.test(t)));
  const upcoming = !live && [viewsAria, viewsText].some((t) => Boolean(t && WAITING_WORDS.test(t)));
  const viewers = shownCount(viewsAria, 'aria', lang) ?? shownCount(viewsText, 'dom', lang);
  // The first of the comment headers that shows a number.
  let comments: MeasuredCount | null = null;
  for (const selector of DOM_COMMENTS) {
    comments = shownCount(textOf(root.querySelector(selector)), 'dom', lang);
    if (comments) break;
  }
  return {
    title: textOf(root.querySelector(DOM_TITLE)),
    description: textOf(root.querySelector(DOM_DESCRIPTION)),
    handle: collab ? collab.uploader.handle : handleFromUrl(owner?.getAttribute('href')),
    channelName: collab ? collab.uploader.name : textOf(owner),
    verified: collab ? null : root.querySelector('#owner') ? Boolean(root.querySelector(DOM_OWNER_VERIFIED)) : null,
    subscribers: collab ? null : shownCount(textOf(root.querySelector(DOM_OWNER_SUBSCRIBERS)), 'dom', lang),
    views: live || upcoming ? null : viewers,
    likes:
      shownCount(likeButton?.getAttribute('aria-label'), 'aria', lang) ??
      shownCount(textOf(likeButton?.querySelector(DOM_LIKE_TEXT)), 'dom', lang),
    comments,
    live: viewers ? live : null,
    upcoming: viewers ? upcoming : null,
    liveViewers: live ? viewers : null,
    collaborators: collab && collab.collaborators.length ? collab.collaborators : null,
  };
}

/** The first value each source has, in order of trust (exact embedded data first). */
function merge(...sources: Array<Partial<Video> | null>): Video {
  const pick = <K extends keyof Video>(key: K): Video[K] => {
    for (const source of sources) {
      const value = source?.[key];
      if (value !== null && value !== undefined) return value as Video[K];
    }
    return null as Video[K];
  };
  return {
    title: pick('title'), description: pick('description'), postedAt: pick('postedAt'), handle: pick('handle'),
    channelName: pick('channelName'), verified: pick('verified'), subscribers: pick('subscribers'),
    views: pick('views'), likes: pick('likes'), comments: pick('comments'), paidLabel: pick('paidLabel'),
    live: pick('live'), upcoming: pick('upcoming'), liveViewers: pick('liveViewers'), collaborators: pick('collaborators'),
  };
}

export function readWatch(doc: Document, target: VideoTarget, base: PageReading): PageReading {
  const player = jsonAssignedTo(doc, 'ytInitialPlayerResponse');
  const playerFresh = at(player, 'videoDetails', 'videoId') === target.id;
  const data = jsonAssignedTo(doc, 'ytInitialData');
  const dataVideo = at(data, ...CURRENT_VIDEO);
  // Embedded data describes the first page loaded; after in-site navigation it is another video's.
  const dataFresh = dataVideo === target.id || (dataVideo === undefined && playerFresh);
  const lang = base.language ?? hlOf(data);
  const dom = fromDom(doc, target, lang);
  const embedded = merge(playerFresh ? fromPlayer(player) : null, dataFresh ? fromData(data, lang) : null);
  const video = merge(embedded, dom);
  const loaded = playerFresh || dataFresh || dom !== null;
  const reason = (r: string) => (loaded ? r : REASONS.videoNotLoaded);

  const caption = [video.title, video.description].filter(Boolean).join('\n\n') || null;
  const postCounts: Record<'likes' | 'comments' | 'shares' | 'views', CountField> = {
    likes: firstCount(reason(REASONS.videoLikes), video.likes),
    comments: firstCount(reason(REASONS.videoComments), video.comments),
    shares: missing(REASONS.shares),
    // A live page shows viewers watching now in place of views: views are missing, not those viewers.
    views: video.live
      ? missing(REASONS.liveViews)
      : video.upcoming
        ? missing(REASONS.upcomingViews)
        : firstCount(reason(REASONS.videoViews), video.views),
  };
  const post: PostReading = {
    id: target.id,
    url: videoUrl(target),
    author: video.handle,
    postedAt: video.postedAt,
    caption: caption ? clip(caption) : null,
    pinned: false,
    sponsored: isSponsored(caption, [video.paidLabel]),
    counts: postCounts,
  };
  if (video.collaborators?.length) post.collaborators = video.collaborators;
  if (video.live && video.liveViewers) post.liveViewers = video.liveViewers;
  return {
    ...base,
    language: lang,
    handle: video.handle,
    displayName: firstText(reason('The video page does not name its channel.'), [video.channelName, embedded.channelName ? 'json' : 'dom']),
    bio: missing(REASONS.authorBio),
    verified: video.verified,
    counts: {
      ...allMissing(REASONS.authorPosts),
      followers: firstCount(reason('The video page did not show the channel’s subscriber count.'), video.subscribers),
      following: missing(REASONS.authorFollowing),
      ...postCounts,
    },
    posts: [post],
  };
}
