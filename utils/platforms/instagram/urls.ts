// What an Instagram address says: which page it is, whose profile, which post.
import { hostMatches } from '../adapter';
import type { PageType } from '@/utils/model/reading';
import { instagramSite } from './site';

export const INSTAGRAM_HOSTS = instagramSite.domains;

// First path segments that are Instagram's own pages, not usernames.
const RESERVED_PATHS = new Set([
  'accounts', 'explore', 'p', 'reel', 'reels', 'stories', 'direct', 'about', 'legal', 'developer',
  'challenge', 'emails', 'session', 'tv', 'web', 'api', 'graphql', 'static', 'privacy', 'terms',
  'topics', 'locations', 'directory', 'press', 'oauth', 'lite', 'ar', 'create', 'your_activity',
]);
export const USERNAME = /^[A-Za-z0-9._]{1,30}$/;

// A post, reel or IGTV video, optionally under its author's name: /p/<code>/, /reel/<code>/,
// /reels/<code>/, /tv/<code>/, /<user>/p/<code>/. The shortcode is the post's id.
const POST_PATH = /^\/(?:([A-Za-z0-9._]{1,30})\/)?(p|reel|reels|tv)\/([\w-]{1,64})\/?$/;

export function isUsername(segment: string | null | undefined): segment is string {
  return Boolean(segment && USERNAME.test(segment) && !RESERVED_PATHS.has(segment.toLowerCase()));
}

/** The handle of a profile address (`/<user>/`), else null. */
export function profileHandle(url: URL): string | null {
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments.length !== 1) return null;
  const [first] = segments;
  return isUsername(first) ? first : null;
}

export interface PostAddress {
  shortcode: string;
  /** The author named in the address (`/<user>/p/<code>/`), if any. */
  author: string | null;
  kind: 'p' | 'reel' | 'tv';
}

/** The post an address points to, else null. */
export function postAddress(url: URL): PostAddress | null {
  const match = POST_PATH.exec(url.pathname);
  if (!match) return null;
  const [, user, kind, shortcode] = match;
  return {
    shortcode: shortcode!,
    author: isUsername(user) ? user : null,
    kind: kind === 'reels' || kind === 'reel' ? 'reel' : kind === 'tv' ? 'tv' : 'p',
  };
}

/** The shortcode in any Instagram post link or id ("https://www.instagram.com/p/B866lKJgReK/%0A"). */
export function shortcodeIn(href: string | null | undefined): string | null {
  const match = href ? /\/(?:p|reel|reels|tv)\/([\w-]{1,64})(?:[/?#%]|$)/.exec(href) : null;
  return match?.[1] ?? null;
}

/** The first path segment of an Instagram address, when it is a username (og:url of a profile). */
export function handleInHref(href: string | null | undefined, base = 'https://www.instagram.com/'): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    if (!hostMatches(url, INSTAGRAM_HOSTS)) return null;
    const first = url.pathname.split('/').filter(Boolean)[0];
    return isUsername(first) ? first : null;
  } catch {
    return null;
  }
}

export function pageTypeOf(url: URL): PageType {
  if (!hostMatches(url, INSTAGRAM_HOSTS)) return 'other';
  if (profileHandle(url)) return 'profile';
  if (postAddress(url)) return 'post';
  return 'other';
}
