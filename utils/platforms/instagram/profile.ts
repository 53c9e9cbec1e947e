// A profile page: the meta tags of the page as first loaded, and the rendered header.
import { emptyReading, metaContent, type PageReading } from '../adapter';
import type { MeasuredCount } from '@/utils/model/reading';
import { allMissing, sameHandle } from '@/utils/model/reading-fields';
import { firstText, mostPrecise, shownCount, textOf } from '../page-data';
import { readProfileData } from './profile-data';
import { readProfileHeader } from './profile-dom';
import { handleInHref } from './urls';

// Where Instagram puts what we read. Seen on the logged-out profile page served in 2025
// (tests/fixtures/instagram/ig-profile-pluto__travel-2025-ssr).
const META_COUNTS = 'og:description'; // "2,362 Followers, 136 Following, 224 Posts - See Instagram photos…"
const META_TITLE = 'og:title'; // "Pluto (@pluto__travel) • Instagram photos and videos"
const META_DESCRIPTION = 'description'; // "… - Pluto (@pluto__travel) on Instagram: "<bio>""
const META_URL = 'og:url'; // "https://www.instagram.com/pluto__travel/"
const HANDLE_IN_PARENS = /\(@([A-Za-z0-9._]{1,30})\)/u;

/**
 * Whether the meta tags describe `handle`. Instagram is a single-page app: after in-site navigation
 * the meta tags still describe the page first loaded, so they are used only when a handle they name
 * (og:url, og:title, the descriptions) is this one, and none names another.
 */
function metaIsAbout(doc: Document, handle: string): boolean {
  const named = [
    handleInHref(metaContent(doc, META_URL)),
    ...[META_TITLE, META_COUNTS, META_DESCRIPTION].map((key) => HANDLE_IN_PARENS.exec(metaContent(doc, key) ?? '')?.[1]),
  ].filter((h): h is string => Boolean(h));
  return named.length > 0 && named.every((h) => sameHandle(h, handle));
}

/**
 * The counts at the start of og:description, in the order Instagram always prints them: followers,
 * following, posts. Localized pages change the words, not the order ("2.362 seguidores, 136
 * seguidos, 224 publicaciones - …"), so we read by position and parse each number with the page's
 * language.
 */
function metaCounts(description: string, lang: string | null): [MeasuredCount, MeasuredCount, MeasuredCount] | null {
  const head = description.split(/\s[-–—]\s/u)[0] ?? '';
  // "2,362 Followers, 136 Following" ; "フォロワー2,362人、フォロー136人" ; Arabic "،": list commas, never inside a number.
  const parts = head.split(/,\s+|[、،]\s*/u);
  if (parts.length < 3) return null;
  const [followers, following, posts] = parts.slice(0, 3).map((part) => shownCount(part, 'meta', lang));
  return followers && following && posts ? [followers, following, posts] : null;
}

function metaName(title: string | null, handle: string): string | null {
  if (!title) return null;
  const at = title.toLowerCase().indexOf(`(@${handle.toLowerCase()})`);
  const name = at > 0 ? title.slice(0, at).trim() : '';
  return name || null;
}

function metaBio(description: string | null): string | null {
  const quoted = description ? /:\s*["“]([\s\S]*)["”]\s*$/u.exec(description) : null;
  return quoted?.[1]?.trim() || null;
}

export function readProfile(doc: Document, url: URL, handle: string): PageReading {
  const base = emptyReading('instagram', 'profile', url, doc, 'Not a profile page.');
  const lang = base.language;
  const trusted = metaIsAbout(doc, handle);
  const description = trusted ? metaContent(doc, META_COUNTS) : null;
  const meta = description ? metaCounts(description, lang) : null;
  const dom = readProfileHeader(doc, handle, lang);
  // The account and its first posts as the page embeds them (exact), when it names this profile.
  const data = readProfileData(doc, handle);
  // The tab title follows in-site navigation: "Pluto (@pluto__travel) • Instagram photos and videos".
  const tabTitle = metaName(textOf(doc.querySelector('head > title')), handle);

  const reason = 'The page did not show its follower counts (log in or reload the page).';
  const counts = allMissing('Instagram does not show this on a profile.');
  // The most precise count; on a tie the earlier source (exact title, then meta, then page data, then shown text).
  counts.followers = mostPrecise(reason, dom?.followers?.precision === 1 ? dom.followers : null, meta?.[0], data?.followers, dom?.followers);
  counts.following = mostPrecise(reason, dom?.following?.precision === 1 ? dom.following : null, meta?.[1], data?.following, dom?.following);
  counts.posts = mostPrecise(reason, dom?.posts?.precision === 1 ? dom.posts : null, meta?.[2], data?.posts, dom?.posts);

  return {
    ...base,
    handle,
    displayName: firstText(
      'The page does not show a display name.',
      [trusted ? metaName(metaContent(doc, META_TITLE), handle) : null, 'meta'],
      [tabTitle, 'dom'],
      [dom?.name, 'dom'],
      [data?.name, 'json'],
    ),
    bio: firstText(
      'The page does not show a bio.',
      [trusted ? metaBio(metaContent(doc, META_DESCRIPTION)) : null, 'meta'],
      [dom?.bio, 'dom'],
      [data?.bio, 'json'],
    ),
    verified: dom ? dom.verified : (data?.verified ?? null),
    counts,
    posts: data?.items ?? [],
  };
}
