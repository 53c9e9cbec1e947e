// A profile page's own data: the account and its first posts, as the page embeds them when it
// loads, so that engagement is known on the first visit without opening any post. Written once per
// page load: used only when it names the profile in the URL (after in-site navigation it still
// describes the first page).
//
// - 2015–2021, logged in and out: `window._sharedData = {…}`, entry_data.ProfilePage[0].graphql.user
//   {username, full_name, biography, is_verified, edge_followed_by.count, edge_follow.count,
//   edge_owner_to_timeline_media {count, edges: [{node: {shortcode, taken_at_timestamp,
//   edge_liked_by.count, edge_media_preview_like.count, edge_media_to_comment.count,
//   edge_media_to_caption.edges[0].node.text, is_video, video_view_count, owner.username}}]}}
//   (tests/fixtures/instagram/ig-profile-pluto__travel-2021-loggedin-shareddata, a real logged-in page).
// - 2023–2025, logged in: `<script type="application/json" data-sjs>` blobs holding
//   …data.xdt_api__v1__feed__user_timeline_graphql_connection.edges[].node {code, taken_at,
//   like_count, comment_count, play_count/view_count, caption.text, user.username,
//   like_and_view_counts_disabled, is_paid_partnership, timeline_pinned_user_ids} (the shape public
//   scrapers read from the PolarisProfilePostsQuery response the page embeds; fixture: a marked fragment).
import type { MeasuredCount, PostReading } from '@/utils/model/reading';
import { allPostCountsMissing, MAX_POSTS, sameHandle } from '@/utils/model/reading-fields';
import { asString, at, clip, exactCount, findKey, isSponsored, jsonAssignedTo, scriptJson } from '../page-data';
import { parseInstant } from './dates';
import { PAID_PARTNERSHIP_LABEL } from './facts';

const SHARED_DATA = '_sharedData';
const TIMELINE_KEY = 'xdt_api__v1__feed__user_timeline_graphql_connection';

const NO_SHARES = 'Instagram does not show how often a post was shared.';
const HIDDEN = 'The author hid this post’s like and view counts.';
const NOT_IN_DATA = 'The page’s data does not carry this count for this post.';
const NOT_A_VIDEO = 'Only videos and reels have views.';

export interface ProfileData {
  name: string | null;
  bio: string | null;
  verified: boolean | null;
  followers: MeasuredCount | null;
  following: MeasuredCount | null;
  posts: MeasuredCount | null;
  items: PostReading[];
}

function post(
  o: { code: unknown; author: unknown; takenAt: unknown; caption: unknown; likes: unknown; comments: unknown; views: unknown },
  flags: { video: boolean; hidden: boolean; paid: boolean; pinned: boolean },
): PostReading | null {
  const code = asString(o.code);
  if (!code || !/^[A-Za-z0-9_-]{1,60}$/.test(code)) return null;
  const caption = asString(o.caption);
  const counts = allPostCountsMissing(NOT_IN_DATA);
  counts.shares = { missing: NO_SHARES };
  const likes = flags.hidden ? null : exactCount(o.likes, 'json');
  const comments = exactCount(o.comments, 'json');
  const views = flags.hidden ? null : exactCount(o.views, 'json');
  if (likes) counts.likes = likes;
  else if (flags.hidden) counts.likes = { missing: HIDDEN };
  if (comments) counts.comments = comments;
  if (views) counts.views = views;
  else counts.views = { missing: flags.hidden ? HIDDEN : flags.video ? NOT_IN_DATA : NOT_A_VIDEO };
  return {
    id: code,
    url: `https://www.instagram.com/p/${code}/`,
    author: asString(o.author),
    postedAt: parseInstant(o.takenAt),
    caption: caption ? clip(caption) : null,
    pinned: flags.pinned,
    sponsored: isSponsored(caption, flags.paid ? [PAID_PARTNERSHIP_LABEL] : []),
    counts,
  };
}

function fromSharedData(user: unknown): ProfileData {
  const edges = at(user, 'edge_owner_to_timeline_media', 'edges');
  const items: PostReading[] = [];
  for (const edge of Array.isArray(edges) ? edges : []) {
    const node = at(edge, 'node');
    const sponsors = at(node, 'edge_media_to_sponsor_user', 'edges');
    const item = post(
      {
        code: at(node, 'shortcode'),
        author: at(node, 'owner', 'username') ?? at(user, 'username'),
        takenAt: at(node, 'taken_at_timestamp'),
        caption: at(node, 'edge_media_to_caption', 'edges', 0, 'node', 'text'),
        likes: at(node, 'edge_liked_by', 'count') ?? at(node, 'edge_media_preview_like', 'count'),
        comments: at(node, 'edge_media_to_comment', 'count') ?? at(node, 'edge_media_to_parent_comment', 'count'),
        views: at(node, 'video_view_count'),
      },
      {
        video: at(node, 'is_video') === true,
        hidden: at(node, 'like_and_view_counts_disabled') === true,
        paid: at(node, 'is_ad') === true || (Array.isArray(sponsors) && sponsors.length > 0),
        pinned: Array.isArray(at(node, 'pinned_for_users')) && (at(node, 'pinned_for_users') as unknown[]).length > 0,
      },
    );
    if (item && items.length < MAX_POSTS) items.push(item);
  }
  const verified = at(user, 'is_verified');
  return {
    name: asString(at(user, 'full_name')),
    bio: asString(at(user, 'biography')),
    verified: typeof verified === 'boolean' ? verified : null,
    followers: exactCount(at(user, 'edge_followed_by', 'count'), 'json'),
    following: exactCount(at(user, 'edge_follow', 'count'), 'json'),
    posts: exactCount(at(user, 'edge_owner_to_timeline_media', 'count'), 'json'),
    items,
  };
}

function timelineItems(doc: Document, handle: string): PostReading[] {
  const items: PostReading[] = [];
  for (const script of doc.querySelectorAll('script[type="application/json"]')) {
    if (!(script.textContent ?? '').includes(TIMELINE_KEY)) continue;
    const edges = at(findKey(scriptJson(script), TIMELINE_KEY), 'edges');
    for (const edge of Array.isArray(edges) ? edges : []) {
      const node = at(edge, 'node');
      // Only the profile's own posts: the connection is fetched per user, but check the author.
      if (!sameHandle(at(node, 'user', 'username'), handle)) continue;
      const sponsors = at(node, 'sponsor_tags');
      const pinnedFor = at(node, 'timeline_pinned_user_ids');
      const item = post(
        {
          code: at(node, 'code'),
          author: at(node, 'user', 'username'),
          takenAt: at(node, 'taken_at'),
          caption: at(node, 'caption', 'text'),
          likes: at(node, 'like_count'),
          comments: at(node, 'comment_count'),
          views: at(node, 'play_count') ?? at(node, 'ig_play_count') ?? at(node, 'view_count'),
        },
        {
          video: at(node, 'media_type') === 2 || at(node, 'product_type') === 'clips',
          hidden: at(node, 'like_and_view_counts_disabled') === true,
          paid: at(node, 'is_paid_partnership') === true || (Array.isArray(sponsors) && sponsors.length > 0),
          pinned: Array.isArray(pinnedFor) && pinnedFor.length > 0,
        },
      );
      if (item && !items.some((p) => p.id === item.id) && items.length < MAX_POSTS) items.push(item);
    }
  }
  return items;
}

/** What the page's own data says about `handle` and its first posts; null when it carries nothing about them. */
export function readProfileData(doc: Document, handle: string): ProfileData | null {
  const user = at(jsonAssignedTo(doc, SHARED_DATA), 'entry_data', 'ProfilePage', 0, 'graphql', 'user');
  if (sameHandle(at(user, 'username'), handle)) return fromSharedData(user);
  const items = timelineItems(doc, handle);
  if (items.length === 0) return null;
  return { name: null, bio: null, verified: null, followers: null, following: null, posts: null, items };
}
