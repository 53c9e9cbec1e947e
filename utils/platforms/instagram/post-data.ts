// The post as the data embedded in the page describes it: JSON-LD, and Instagram's own JSON. Both
// are written once when the page loads, so they are used only when they name the post in the URL.
import { asString, at, exactCount, findKey, jsonAssignedTo, jsonLd, scriptJson } from '../page-data';
import { parseInstant } from './dates';
import { PAID_PARTNERSHIP_LABEL, type PostFacts } from './facts';
import { shortcodeIn } from './urls';

// JSON-LD of logged-out post pages until 2020 (cs432-websci-fall20/hw3-ranking-DesmondChambers
// question_1/file567.com, a saved https://www.instagram.com/p/B866lKJgReK/):
//   {"@type":"ImageObject","caption":…,"uploadDate":"2020-02-23T19:07:44","author":{"alternateName":
//   "@instagram",…},"commentCount":"8790","interactionStatistic":{"interactionType":{"@type":
//   "LikeAction"},"userInteractionCount":"1089429"},"mainEntityofPage":{"@id":".../p/B866lKJgReK/%0A"}}
const LD_TYPES = new Set(['ImageObject', 'VideoObject', 'SocialMediaPosting', 'Article']);

// The same page's `window._sharedData = {...}` (2015–2020), entry_data.PostPage[0].graphql.shortcode_media:
// shortcode, edge_media_preview_like.count, edge_media_to_parent_comment.count, taken_at_timestamp,
// owner {username, full_name, is_verified, edge_followed_by.count, edge_owner_to_timeline_media.count},
// edge_media_to_caption.edges[0].node.text, is_ad, edge_media_to_sponsor_user.edges, video_view_count.
const SHARED_DATA = '_sharedData';
const SHARED_MEDIA_PATH = ['entry_data', 'PostPage', 0, 'graphql', 'shortcode_media'] as const;

// 2023–2025 pages embed the post in `<script type="application/json" data-sjs>` blobs, deep inside
// require/__bbox arrays: …result.data.xdt_api__v1__media__shortcode__web_info.items[0] with code,
// taken_at, like_count, comment_count, play_count/view_count, user {username, full_name,
// is_verified}, caption.text, is_paid_partnership, like_and_view_counts_disabled (as read by public
// scrapers that parse these blobs).
const WEB_INFO_KEY = 'xdt_api__v1__media__shortcode__web_info';

/** A schema.org type, given as "LikeAction", "http://schema.org/LikeAction" or {"@type": "LikeAction"}. */
function typeName(type: unknown): string {
  const name = typeof type === 'string' ? type : asString(at(type, '@type'));
  return (name ?? '').replace(/^https?:\/\/schema\.org\//, '');
}

function ldStatistic(block: unknown, action: string): unknown {
  const stats = at(block, 'interactionStatistic');
  const stat = (Array.isArray(stats) ? stats : [stats]).find((s) => typeName(at(s, 'interactionType')) === action);
  return at(stat, 'userInteractionCount');
}

export function readPostJsonLd(doc: Document, shortcode: string): PostFacts | null {
  const block = jsonLd(doc).find(
    (b) =>
      LD_TYPES.has(typeName(at(b, '@type'))) &&
      [at(b, 'mainEntityofPage', '@id'), at(b, 'mainEntityOfPage', '@id'), at(b, 'url'), at(b, 'identifier', 'value')]
        .map((v) => (typeof v === 'string' ? (shortcodeIn(v) ?? v) : null))
        .includes(shortcode),
  );
  if (!block) return null;
  const author = asString(at(block, 'author', 'alternateName')) ?? asString(at(block, 'author', 'identifier', 'value'));
  return {
    source: 'jsonld',
    likes: exactCount(ldStatistic(block, 'LikeAction'), 'jsonld'),
    comments: exactCount(ldStatistic(block, 'CommentAction') ?? at(block, 'commentCount'), 'jsonld'),
    views: exactCount(ldStatistic(block, 'WatchAction'), 'jsonld'),
    postedAt: parseInstant(at(block, 'uploadDate') ?? at(block, 'dateCreated') ?? at(block, 'datePublished')),
    caption: asString(at(block, 'caption')) ?? asString(at(block, 'articleBody')),
    author: author ? author.replace(/^@/, '') : null,
  };
}

function fromSharedData(media: unknown): PostFacts {
  const sponsors = at(media, 'edge_media_to_sponsor_user', 'edges');
  const paid = at(media, 'is_ad') === true || (Array.isArray(sponsors) && sponsors.length > 0);
  const hidden = at(media, 'like_and_view_counts_disabled') === true;
  return {
    source: 'json',
    likes: hidden ? null : exactCount(at(media, 'edge_media_preview_like', 'count') ?? at(media, 'edge_liked_by', 'count'), 'json'),
    likesHidden: hidden,
    comments: exactCount(
      at(media, 'edge_media_to_parent_comment', 'count') ?? at(media, 'edge_media_to_comment', 'count'),
      'json',
    ),
    views: exactCount(at(media, 'video_view_count'), 'json'),
    postedAt: parseInstant(at(media, 'taken_at_timestamp')),
    caption: asString(at(media, 'edge_media_to_caption', 'edges', 0, 'node', 'text')),
    author: asString(at(media, 'owner', 'username')),
    authorName: asString(at(media, 'owner', 'full_name')),
    authorVerified: typeof at(media, 'owner', 'is_verified') === 'boolean' ? (at(media, 'owner', 'is_verified') as boolean) : null,
    labels: paid ? [PAID_PARTNERSHIP_LABEL] : [],
    authorFollowers: exactCount(at(media, 'owner', 'edge_followed_by', 'count'), 'json'),
    authorPosts: exactCount(at(media, 'owner', 'edge_owner_to_timeline_media', 'count'), 'json'),
  };
}

function fromWebInfo(item: unknown): PostFacts {
  const sponsors = at(item, 'sponsor_tags');
  const paid = at(item, 'is_paid_partnership') === true || (Array.isArray(sponsors) && sponsors.length > 0);
  const hidden = at(item, 'like_and_view_counts_disabled') === true;
  const verified = at(item, 'user', 'is_verified');
  return {
    source: 'json',
    likes: hidden ? null : exactCount(at(item, 'like_count'), 'json'),
    likesHidden: hidden,
    comments: exactCount(at(item, 'comment_count'), 'json'),
    views: hidden ? null : exactCount(at(item, 'play_count') ?? at(item, 'ig_play_count') ?? at(item, 'view_count'), 'json'),
    postedAt: parseInstant(at(item, 'taken_at')),
    caption: asString(at(item, 'caption', 'text')),
    author: asString(at(item, 'user', 'username')),
    authorName: asString(at(item, 'user', 'full_name')),
    authorVerified: typeof verified === 'boolean' ? verified : null,
    labels: paid ? [PAID_PARTNERSHIP_LABEL] : [],
  };
}

function webInfoItem(doc: Document, shortcode: string): unknown {
  for (const script of doc.querySelectorAll('script[type="application/json"]')) {
    const text = script.textContent ?? '';
    if (!text.includes(WEB_INFO_KEY) || !text.includes(`"code":"${shortcode}"`)) continue;
    // Parsed once per blob (page-data.ts): the content script reads the page again on each change.
    const items = at(findKey(scriptJson(script), WEB_INFO_KEY), 'items');
    const item = Array.isArray(items) ? items.find((i) => at(i, 'code') === shortcode) : undefined;
    if (item) return item;
  }
  return undefined;
}

export function readPostJson(doc: Document, shortcode: string): PostFacts | null {
  const item = webInfoItem(doc, shortcode);
  if (item) return fromWebInfo(item);
  const media = at(jsonAssignedTo(doc, SHARED_DATA), ...SHARED_MEDIA_PATH);
  return at(media, 'shortcode') === shortcode ? fromSharedData(media) : null;
}
