import { parseCount } from '../counts';
import { emptyReading, hostMatches, metaContent, type PageReading, type PlatformAdapter } from './adapter';
import { allMissing, MAX_TEXT, missing, type CountField, type PageType, type TextField } from './extraction';

// Where Instagram puts what we read. Seen on the logged-out profile page served in 2025
// (tests/fixtures/instagram/ig-profile-pluto__travel-2025-ssr).
const META_COUNTS = 'og:description'; // "2,362 Followers, 136 Following, 224 Posts - See Instagram photos…"
const META_TITLE = 'og:title'; // "Pluto (@pluto__travel) • Instagram photos and videos"
const META_DESCRIPTION = 'description'; // "… - Pluto (@pluto__travel) on Instagram: "<bio>""

// First path segments that are Instagram's own pages, not usernames.
const RESERVED_PATHS = new Set([
  'accounts', 'explore', 'p', 'reel', 'reels', 'stories', 'direct', 'about', 'legal', 'developer',
  'challenge', 'emails', 'session', 'tv', 'web', 'api', 'graphql', 'static', 'privacy', 'terms',
  'topics', 'locations', 'directory', 'press', 'oauth', 'lite', 'ar', 'create', 'your_activity',
]);
const USERNAME = /^[A-Za-z0-9._]{1,30}$/;

function profileHandle(url: URL): string | null {
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments.length !== 1) return null;
  const [first] = segments;
  if (!first || !USERNAME.test(first) || RESERVED_PATHS.has(first.toLowerCase())) return null;
  return first;
}

function pageType(url: URL): PageType {
  if (!hostMatches(url, instagram.hosts)) return 'other';
  if (profileHandle(url)) return 'profile';
  if (/^\/(?:[A-Za-z0-9._]+\/)?(?:p|reel|reels|tv)\/[\w-]+\/?$/.test(url.pathname)) return 'post';
  return 'other';
}

/**
 * The counts at the start of og:description, in the order Instagram always prints them: followers,
 * following, posts. Localized pages change the words, not the order ("2.362 seguidores, 136
 * seguidos, 224 publicaciones - …"), so we read by position and parse each number with the page's
 * language.
 */
function metaCounts(description: string, lang: string | null): [CountField, CountField, CountField] | null {
  const head = description.split(/\s[-–—]\s/u)[0] ?? '';
  const parts = head.split(/,\s+/u);
  if (parts.length < 3) return null;
  const parsed = parts.slice(0, 3).map((part) => parseCount(part, lang));
  if (parsed.some((p) => p === null)) return null;
  const [followers, following, posts] = parsed.map((p) => ({ ...p!, source: 'meta' as const }));
  return [followers!, following!, posts!];
}

function displayName(title: string | null, handle: string): TextField {
  if (!title) return missing('The page has no title to read the name from.');
  const at = title.indexOf(`(@${handle})`);
  const at2 = at >= 0 ? at : title.toLowerCase().indexOf(`(@${handle.toLowerCase()})`);
  const name = at2 > 0 ? title.slice(0, at2).trim() : '';
  return name ? { value: name.slice(0, MAX_TEXT), source: 'meta' } : missing('The page does not show a display name.');
}

function bio(description: string | null): TextField {
  const quoted = description ? /:\s*["“]([\s\S]*)["”]\s*$/u.exec(description) : null;
  const text = quoted?.[1]?.trim();
  return text ? { value: text.slice(0, MAX_TEXT), source: 'meta' } : missing('The page does not show a bio.');
}

function extract(doc: Document, url: URL): PageReading {
  const type = pageType(url);
  const base = emptyReading('instagram', type, url, doc, 'Not a profile page.');
  const language = base.language;
  const handle = profileHandle(url);
  if (type !== 'profile' || !handle) return base;

  const counts = allMissing('Instagram does not show this on a profile.');
  const description = metaContent(doc, META_COUNTS);
  const read = description ? metaCounts(description, language) : null;
  if (read) {
    [counts.followers, counts.following, counts.posts] = read;
  } else {
    const reason = 'The page did not show its follower counts (log in or reload the page).';
    counts.followers = missing(reason);
    counts.following = missing(reason);
    counts.posts = missing(reason);
  }

  return {
    ...base,
    handle,
    displayName: displayName(metaContent(doc, META_TITLE), handle),
    bio: bio(metaContent(doc, META_DESCRIPTION)),
    counts,
  };
}

export const instagram: PlatformAdapter = {
  platform: 'instagram',
  hosts: ['instagram.com'],
  pageType,
  readySelector: () => null,
  extract,
};
