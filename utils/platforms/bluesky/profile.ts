// What bsky.app says about an account (profile header, JSON-LD ProfilePage) and about a post
// (JSON-LD DiscussionForumPosting). The JSON-LD is written by the server for the page first loaded;
// after in-site navigation it describes that page, so it is used only when it names the URL's account
// or post.
import { metaContent } from '../adapter';
import type { MeasuredCount } from '@/utils/model/reading';
import { sameHandle } from '@/utils/model/reading-fields';
import { asString, at, jsonLd, ldInteractionCount, metaNameAndBio } from '../page-data';
import { cleanText, DID, VERIFIED_BADGE } from './text';

// Seen on bsky.app profiles (January 2026), tests/fixtures/bluesky.
// aria-label "1101177 followers" (exact) while the text shows "1.1M followers".
const FOLLOWERS_BUTTON = '[data-testid="profileHeaderFollowersButton"]'; // href /profile/<handle>/followers
const FOLLOWS_BUTTON = '[data-testid="profileHeaderFollowsButton"]'; // aria-label "3 following"
const DISPLAY_NAME = '[data-testid="profileHeaderDisplayName"]';
const DESCRIPTION = '[data-testid="profileHeaderDescription"]';
const PROFILE_VIEW = '[data-testid="profileView"]';
// og:title "Stephen King (@stephenking.bsky.social)"
const META_TITLE = /^(.*)\s\(@([^)\s]+)\)\s*$/su;

export interface ProfileHeader {
  /** The handle the header's links name (they use the handle even when the URL has the DID). */
  handle: string | null;
  root: ParentNode;
  followers: Element;
  follows: Element | null;
  /** "329 posts": the line after the two links, with no test id of its own. */
  posts: Element | null;
  name: string | null;
  verified: boolean;
  bio: string | null;
}

function linkedId(el: Element): string | null {
  const match = /^\/profile\/([^/]+)\/followers$/.exec(el.getAttribute('href') ?? '');
  return match ? decodeURIComponent(match[1]!) : null;
}

/**
 * The header of the profile `id` (handle or DID). The app keeps earlier screens in the page, so there
 * can be several headers, and the one of the profile just opened may not be there yet: only a header
 * whose links name `id` is taken. (Links carry the handle even when the URL has the DID: the caller
 * then asks again with the handle the JSON-LD gives for that DID.)
 */
export function profileHeader(doc: Document, id: string): ProfileHeader | null {
  let followers: Element | undefined;
  for (const button of doc.querySelectorAll(FOLLOWERS_BUTTON)) {
    if (sameHandle(linkedId(button), id)) followers = button;
  }
  if (!followers) return null;
  const root = followers.closest(PROFILE_VIEW) ?? doc;
  const follows = followers.parentElement?.querySelector(FOLLOWS_BUTTON) ?? null;
  const nameEl = root.querySelector(DISPLAY_NAME);
  const linked = linkedId(followers);
  return {
    handle: linked && !DID.test(linked) ? linked : null,
    root,
    followers,
    follows,
    posts: follows?.nextElementSibling ?? null,
    name: cleanText(nameEl),
    verified: nameEl?.parentElement?.querySelector(VERIFIED_BADGE) != null,
    bio: cleanText(root.querySelector(DESCRIPTION)),
  };
}

export interface ProfileJsonLd {
  handle: string | null;
  name: string | null;
  bio: string | null;
  followers: MeasuredCount | null;
  following: MeasuredCount | null;
  posts: MeasuredCount | null;
}

/**
 * The ProfilePage JSON-LD when it describes `id` (handle or DID). Followers are the person's
 * interactionStatistic FollowAction; follows and posts are what the person did (agentInteractionStatistic
 * FollowAction and WriteAction).
 */
export function profileJsonLd(doc: Document, id: string): ProfileJsonLd | null {
  for (const block of jsonLd(doc)) {
    if (at(block, '@type') !== 'ProfilePage') continue;
    const person = at(block, 'mainEntity');
    const handle = asString(at(person, 'alternateName'))?.replace(/^@/, '') ?? null;
    if (!sameHandle(handle, id) && !sameHandle(asString(at(person, 'identifier')), id)) continue;
    const own = at(person, 'agentInteractionStatistic');
    return {
      handle,
      name: asString(at(person, 'name')),
      bio: asString(at(person, 'description')),
      followers: ldInteractionCount(at(person, 'interactionStatistic'), 'FollowAction'),
      following: ldInteractionCount(own, 'FollowAction'),
      posts: ldInteractionCount(own, 'WriteAction'),
    };
  }
  return null;
}

/** Name and bio from the meta tags, when their title names `handle`. */
export function profileMeta(doc: Document, handle: string): { name: string | null; bio: string | null } | null {
  return metaNameAndBio(doc, handle, META_TITLE);
}

export interface PostJsonLd {
  author: string | null;
  name: string | null;
  text: string | null;
  postedAt: number | null;
  likes: MeasuredCount | null;
  comments: MeasuredCount | null;
  /** ShareAction: reposts and quotes together (609 = 588 reposts + 21 quotes on the saved post page). */
  shares: MeasuredCount | null;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

function decodeEntities(text: string | null): string | null {
  return text ? text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '') : null;
}

/** The post page's JSON-LD, when the page's at:// link names the post `rkey` of the URL. */
export function postJsonLd(doc: Document, rkey: string): PostJsonLd | null {
  const self = doc.querySelector('link[rel="alternate"][href^="at://"]')?.getAttribute('href') ?? '';
  if (!self.endsWith(`/app.bsky.feed.post/${rkey}`)) return null;
  for (const block of jsonLd(doc)) {
    if (at(block, '@type') !== 'DiscussionForumPosting') continue;
    const stats = at(block, 'interactionStatistic');
    const postedAt = Date.parse(asString(at(block, 'datePublished')) ?? '');
    return {
      author: asString(at(block, 'author', 'alternateName'))?.replace(/^@/, '') ?? null,
      name: asString(at(block, 'author', 'name')),
      // The page's description is the same text, with its HTML entities already decoded ("It's",
      // where the JSON-LD says "It&#39;s").
      text: metaContent(doc, 'og:description') ?? decodeEntities(asString(at(block, 'text'))),
      postedAt: Number.isFinite(postedAt) ? postedAt : null,
      likes: ldInteractionCount(stats, 'LikeAction'),
      comments: ldInteractionCount(stats, 'CommentAction'),
      shares: ldInteractionCount(stats, 'ShareAction'),
    };
  }
  return null;
}
