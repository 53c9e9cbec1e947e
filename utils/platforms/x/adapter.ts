import { emptyReading, hostMatches, type PageReading, type PlatformAdapter } from '../adapter';
import type { PageType } from '@/utils/model/reading';
import { allMissing, missing } from '@/utils/model/reading-fields';
import { firstCount, firstText } from '../page-data';
import {
  FOLLOWERS_PATHS,
  FOLLOWING_PATHS,
  headerBio,
  headerName,
  headerVerified,
  linkCount,
  profileHeader,
  profileJsonLd,
  profileMeta,
  topBarPosts,
} from './profile';
import { X_HANDLE } from './text';
import { MAIN_TWEET, readTweet, readTweets, statusOf, TWEET, tweetAuthor } from './tweets';
import { xSite } from './site';

// X (x.com, twitter.com and their mobile. hosts): profiles (/<handle>, and its tabs) and status pages
// (/<handle>/status/<id>). Profile counts come from the JSON-LD ProfilePage script when it describes
// the profile in the URL (exact), else from the rendered header (rounded: "23.9K"); tweets from each
// tweet's metrics label (exact). The variant X serves to bots has meta tags only: counts are missing.

// First path segments that are X's own pages, not handles.
const RESERVED_PATHS = new Set([
  'home', 'explore', 'notifications', 'messages', 'i', 'settings', 'search', 'search-advanced', 'compose',
  'tos', 'privacy', 'login', 'logout', 'signup', 'hashtag', 'jobs', 'intent', 'share', 'account',
  'bookmarks', 'lists', 'communities', 'premium', 'download', 'rules', 'about', 'oauth', 'verified-choose',
]);
// Profile tabs that are still the profile: its header (and counts) stays on top.
const PROFILE_TABS = new Set(['with_replies', 'media', 'highlights', 'likes', 'articles']);
// Tabs whose top-bar line counts the account's posts (on Media it counts photos and videos).
const POSTS_LINE_TABS = new Set(['', 'with_replies']);
// The status page's own extra views: the photo or video viewer opens over the status page.
const STATUS_TAILS = new Set(['photo', 'video']);

interface XPage {
  type: PageType;
  handle: string | null;
  tab: string;
  statusId: string | null;
}

/** A first path segment that names an account ("JeffreyGuterman"), not one of X's own pages ("home"). */
export function isHandleSegment(segment: string): boolean {
  return X_HANDLE.test(segment) && !RESERVED_PATHS.has(segment.toLowerCase());
}

function route(url: URL): XPage {
  const other: XPage = { type: 'other', handle: null, tab: '', statusId: null };
  if (!hostMatches(url, x.hosts)) return other;
  const [first = '', second, third, fourth, ...rest] = url.pathname.split('/').filter(Boolean);
  // /i/web/status/<id> and /i/status/<id> are status pages whose author is not in the URL.
  if (first === 'i') {
    const id = second === 'web' && third === 'status' ? fourth : second === 'status' ? third : undefined;
    return id && /^\d{1,25}$/.test(id) && rest.length === 0 ? { ...other, type: 'post', statusId: id } : other;
  }
  if (!isHandleSegment(first)) return other;
  if (second === undefined || (PROFILE_TABS.has(second) && third === undefined)) {
    return { type: 'profile', handle: first, tab: second ?? '', statusId: null };
  }
  const tailOk = fourth === undefined || (STATUS_TAILS.has(fourth) && /^\d$/.test(rest[0] ?? '') && rest.length === 1);
  if (second === 'status' && third && /^\d{1,25}$/.test(third) && tailOk) {
    return { type: 'post', handle: first, tab: '', statusId: third };
  }
  return other;
}

function readProfile(doc: Document, url: URL, handle: string, tab: string): PageReading {
  const base = emptyReading('x', 'profile', url, doc, 'X does not show this on a profile.');
  const lang = base.language;
  const ld = profileJsonLd(doc, handle);
  const header = profileHeader(doc, handle);
  const meta = profileMeta(doc, handle);

  const notShown =
    'The page has not shown this account’s counts (X sent a reduced page, or it is still loading): reload the page.';
  const counts = allMissing('X does not show totals of this on a profile.');
  counts.followers = firstCount(notShown, ld?.followers, linkCount(doc, handle, FOLLOWERS_PATHS, lang));
  counts.following = firstCount(notShown, ld?.following, linkCount(doc, handle, FOLLOWING_PATHS, lang));
  counts.posts = firstCount(notShown, ld?.posts, header && topBarPosts(doc, lang, POSTS_LINE_TABS.has(tab)));

  return {
    ...base,
    handle,
    displayName: firstText(
      'The page does not show a display name.',
      [header && headerName(header), 'dom'],
      [ld?.name, 'jsonld'],
      [meta?.name, 'meta'],
    ),
    bio: firstText('The page does not show a bio.', [header && headerBio(doc), 'dom'], [ld?.bio, 'jsonld'], [meta?.bio, 'meta']),
    verified: header ? headerVerified(header) : null,
    counts,
    // While the header still shows another profile, so does the timeline under it.
    posts: header || ld ? readTweets(doc, url, lang) : [],
  };
}

/** A status page's own tweet: the one linking to the id in the URL, else the page's main tweet. */
function mainTweet(doc: Document, id: string): Element | null {
  for (const time of doc.querySelectorAll(`${TWEET} a[href$="/status/${id}"] time`)) {
    const article = time.closest(TWEET);
    if (article && statusOf(time.closest('a')?.getAttribute('href') ?? null)?.id === id) return article;
  }
  return doc.querySelector(MAIN_TWEET);
}

function readStatus(doc: Document, url: URL, page: XPage): PageReading {
  const base = emptyReading('x', 'post', url, doc, 'X does not show the author’s counts on a post page.');
  const article = page.statusId ? mainTweet(doc, page.statusId) : null;
  const post = article ? readTweet(article, url, base.language, true) : null;
  if (!post || post.id !== page.statusId) {
    const reason = 'The post has not loaded (or it was deleted or is protected): reload the page.';
    const counts = { ...base.counts, likes: missing(reason), comments: missing(reason), shares: missing(reason), views: missing(reason) };
    return { ...base, handle: page.handle, counts };
  }
  const author = tweetAuthor(article!);
  return {
    ...base,
    handle: post.author ?? page.handle,
    displayName: firstText('The page does not show the author’s name.', [author.name, 'dom']),
    bio: missing('X does not show the author’s bio on a post page.'),
    verified: author.verified,
    counts: { ...base.counts, ...post.counts },
    posts: [post],
  };
}

function extract(doc: Document, url: URL): PageReading {
  const page = route(url);
  if (page.type === 'profile' && page.handle) return readProfile(doc, url, page.handle, page.tab);
  if (page.type === 'post') return readStatus(doc, url, page);
  return emptyReading('x', 'other', url, doc, 'Not a profile or post page.');
}

/**
 * Profiles: the header link to this handle's "following" list, so that after in-site navigation the
 * previous profile's header does not count as ready. Status pages: the tweet's own permalink.
 */
function readySelector(url: URL): string | null {
  const page = route(url);
  if (page.type === 'profile' && page.handle) return `[data-testid="primaryColumn"] a[href="/${page.handle}/following" i]`;
  if (page.type === 'post' && page.statusId) return `${TWEET} a[href$="/status/${page.statusId}"] time`;
  return null;
}

export const x: PlatformAdapter = {
  platform: 'x',
  hosts: xSite.domains,
  pageType: (url) => route(url).type,
  profileHandle: (url) => {
    const page = route(url);
    return page.type === 'profile' ? page.handle : null;
  },
  readySelector,
  extract,
};
