// What an X profile page says about the account: the JSON-LD ProfilePage script (exact counts), the
// rendered header (rounded counts, name, bio, badge) and the meta tags (name and bio only).
import type { MeasuredCount } from '@/utils/model/reading';
import { sameHandle } from '@/utils/model/reading-fields';
import { asString, at, jsonLd, ldInteractionCount, metaNameAndBio, shownCount } from '../page-data';
import { shownText } from './text';

// Seen on x.com (2025) and twitter.com (2023) profiles, tests/fixtures/x.
const HEADER_NAME = '[data-testid="UserName"]'; // "Kiko Beats" … "@Kikobeats"
const HEADER_BIO = '[data-testid="UserDescription"]';
const VERIFIED_BADGE = '[data-testid="icon-verified"], [aria-label="Verified account"]';
// The header's link paths after /<handle>/: followers moved to /verified_followers in 2024.
export const FOLLOWERS_PATHS = ['verified_followers', 'followers'] as const; // 2025, 2023
export const FOLLOWING_PATHS = ['following'] as const;
// The top bar under the name: "23.9K posts" (2025), "23.1K Tweets" (2023). On the Media and Likes tabs
// the same line counts photos and videos or likes, so there it is read only when it names posts.
const TOP_BAR_SUBTITLE = '[data-testid="primaryColumn"] h2[role="heading"] + div';
const POSTS_WORDS = /\b(posts?|tweets?)\b/i;
// og:title: "Kiko Beats (@Kikobeats) / X", "#!/kiko/beats (@Kikobeats) on X", "… / Twitter" (2023).
const META_TITLE = /^(.*)\s\(@([A-Za-z0-9_]{1,15})\)/su;

export interface ProfileJsonLd {
  name: string | null;
  bio: string | null;
  followers: MeasuredCount | null;
  following: MeasuredCount | null;
  posts: MeasuredCount | null;
}

/**
 * The ProfilePage JSON-LD, only when it describes `handle`: X leaves the script of the first page in
 * place while the user moves to other profiles. The person is `mainEntity` (2025) or `author` (2023).
 */
export function profileJsonLd(doc: Document, handle: string): ProfileJsonLd | null {
  for (const block of jsonLd(doc)) {
    if (at(block, '@type') !== 'ProfilePage') continue;
    const person = at(block, 'mainEntity') ?? at(block, 'author');
    const url = asString(at(person, 'url'));
    const about = asString(at(person, 'additionalName')) ?? url?.replace(/\/+$/, '').split('/').pop();
    if (!sameHandle(about, handle)) continue;
    const stats = at(person, 'interactionStatistic');
    // interactionStatistic names as X writes them, else the schema.org action types behind them.
    return {
      name: asString(at(person, 'name')) ?? asString(at(person, 'givenName')),
      bio: asString(at(person, 'description')),
      followers: ldInteractionCount(stats, 'FollowAction', 'Follows'),
      following: ldInteractionCount(stats, 'SubscribeAction', 'Friends'),
      posts: ldInteractionCount(stats, 'WriteAction', 'Tweets'),
    };
  }
  return null;
}

/** "@Kikobeats" of a name box: the handle it shows. */
function shownHandle(box: Element): string | null {
  for (const el of box.querySelectorAll('[dir]')) {
    const text = shownText(el);
    if (text?.startsWith('@')) return text;
  }
  return null;
}

/** The profile header's name box, only when it shows `handle` (after navigation it can be the last profile's). */
export function profileHeader(doc: Document, handle: string): Element | null {
  for (const box of doc.querySelectorAll(HEADER_NAME)) {
    if (sameHandle(shownHandle(box), handle)) return box;
  }
  return null;
}

export function headerName(box: Element): string | null {
  for (const el of box.querySelectorAll('[dir]')) {
    const text = shownText(el);
    if (text && !text.startsWith('@')) return text;
  }
  return null;
}

export function headerVerified(box: Element): boolean {
  return box.querySelector(VERIFIED_BADGE) !== null;
}

export function headerBio(doc: Document): string | null {
  return shownText(doc.querySelector(HEADER_BIO));
}

/** The count on the header link to /<handle>/<path> ("3,893 Followers"), as shown. */
export function linkCount(doc: Document, handle: string, paths: readonly string[], lang: string | null): MeasuredCount | null {
  const selector = paths.map((path) => `a[href$="/${path}"]`).join(', ');
  const wanted = paths.map((path) => `/${handle}/${path}`.toLowerCase());
  for (const link of doc.querySelectorAll(selector)) {
    const path = (link.getAttribute('href') ?? '').replace(/^https?:\/\/[^/]+/i, '').toLowerCase();
    if (wanted.includes(path)) return shownCount(shownText(link), 'dom', lang);
  }
  return null;
}

/** The posts count of the top bar; `countsPosts` says the current tab's line counts posts in any language. */
export function topBarPosts(doc: Document, lang: string | null, countsPosts: boolean): MeasuredCount | null {
  const text = shownText(doc.querySelector(TOP_BAR_SUBTITLE));
  return text && (countsPosts || POSTS_WORDS.test(text)) ? shownCount(text, 'dom', lang) : null;
}

/** Name and bio from the meta tags, when their title names `handle`. */
export function profileMeta(doc: Document, handle: string): { name: string | null; bio: string | null } | null {
  return metaNameAndBio(doc, handle, META_TITLE);
}
