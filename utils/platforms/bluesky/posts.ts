// Bluesky posts as the page shows them: a profile's feed items, and a thread's main post.
import type { MeasuredCount, PostReading } from '@/utils/model/reading';
import { MAX_POSTS, missing } from '@/utils/model/reading-fields';
import { clip, firstCount, isSponsored, shownCount } from '../page-data';
import { postTime } from './dates';
import { cleanText, MAX_ID, PROFILE_LINK, VERIFIED_BADGE } from './text';

// Seen on bsky.app (January 2026): the profile feed in tests/fixtures/bluesky, the thread in
// microlinkhq/metascraper packages/metascraper-bluesky/test/fixtures/post.html.
const FEED_ITEM = '[data-testid^="feedItem-by-"]'; // "feedItem-by-stephenking.bsky.social"
export const THREAD_ITEM = '[data-testid^="postThreadItem-by-"]';
const POST_TEXT = '[data-testid="postText"]';
// Feed items' post text has the test id; the thread's main post only the wrapping attribute.
const ANCHOR_TEXT = '[data-word-wrap="1"]';
const REPLY_BUTTON = '[data-testid="replyBtn"]'; // aria-label "Reply (124 replies)": exact
const LIKE_BUTTON = '[data-testid="likeBtn"]'; // aria-label "Like (3,817 likes)": exact
// Reposts and quotes together, shown rounded ("2.1K"); the button's label has no number.
const REPOST_COUNT = '[data-testid="repostCount"]';
// The thread's main post alone has these links to who reposted, quoted and liked it.
const ANCHOR_STATS = (rkey: string) => `a[href$="/post/${rkey}/reposted-by"], a[href$="/post/${rkey}/quotes"], a[href$="/post/${rkey}/liked-by"]`;
const LIKES_EXPANDED = '[data-testid="likeCount-expanded"]'; // "3.6K likes"
// The reason line above a pinned post (social-app FeedItem: <Trans>Pinned</Trans>).
const PINNED_WORDS = new Set(['pinned']);

const NO_VIEWS = 'Bluesky does not show view counts.';
const NOT_SHOWN = 'Bluesky did not show this count for this post.';

const POST_PATH = new RegExp(`^/profile/(${PROFILE_LINK})/post/([A-Za-z0-9._~:-]{1,${MAX_ID}})$`);

function postPath(href: string | null): { author: string; rkey: string } | null {
  const match = POST_PATH.exec(href ?? '');
  return match ? { author: decodeURIComponent(match[1]!), rkey: match[2]! } : null;
}

/** The exact count in an element's label: "Like (3,817 likes)" → 3817, "1101177 followers" → 1101177. */
export function labelCount(el: Element | null | undefined, lang: string | null): MeasuredCount | null {
  const label = el?.getAttribute('aria-label') ?? '';
  const inParens = /\(([^)]*\d[^)]*)\)/.exec(label)?.[1];
  return /\d/.test(label) ? shownCount(inParens ?? label, 'aria', lang) : null;
}

function ariaCount(root: ParentNode, selector: string, lang: string | null): MeasuredCount | null {
  return labelCount(root.querySelector(selector), lang);
}

function reasonIsPinned(item: Element): boolean {
  for (const el of item.querySelectorAll('div[dir="auto"]')) {
    if (el.closest(POST_TEXT)) break; // the reason line comes before the post
    if (PINNED_WORDS.has((cleanText(el) ?? '').toLowerCase())) return true;
  }
  return false;
}

function authorOf(item: Element, prefix: string): string | null {
  const author = item.getAttribute('data-testid')?.slice(prefix.length) ?? '';
  return author && author.length <= MAX_ID ? author : null;
}

/** One feed item (or, with `prefix` "postThreadItem-by-", one reply of a thread) as shown. */
export function readFeedItem(item: Element, lang: string | null, prefix = 'feedItem-by-'): PostReading | null {
  const author = authorOf(item, prefix);
  // The item's own time link comes first; a quoted post's link comes after it.
  let own: { author: string; rkey: string; link: Element } | null = null;
  for (const link of item.querySelectorAll('a[href*="/post/"]')) {
    const path = postPath(link.getAttribute('href'));
    if (path && (!author || path.author.toLowerCase() === author.toLowerCase())) {
      own = { ...path, link };
      break;
    }
  }
  if (!own) return null;
  const caption = cleanText(item.querySelector(POST_TEXT));
  const label = own.link.getAttribute('aria-label') ?? own.link.getAttribute('data-tooltip');
  return {
    id: own.rkey,
    url: `https://bsky.app/profile/${own.author}/post/${own.rkey}`,
    author: author ?? own.author,
    postedAt: postTime(own.rkey, label),
    caption: caption ? clip(caption) : null,
    pinned: reasonIsPinned(item),
    sponsored: isSponsored(caption),
    counts: {
      comments: firstCount(NOT_SHOWN, ariaCount(item, REPLY_BUTTON, lang)),
      shares: firstCount(NOT_SHOWN, shownCount(cleanText(item.querySelector(REPOST_COUNT)), 'dom', lang)),
      likes: firstCount(NOT_SHOWN, ariaCount(item, LIKE_BUTTON, lang)),
      views: missing(NO_VIEWS),
    },
  };
}

/** The feed items under `root` that can be identified, once each, in page order. */
export function readFeed(root: ParentNode, lang: string | null): PostReading[] {
  const posts: PostReading[] = [];
  const seen = new Set<string>();
  for (const item of root.querySelectorAll(FEED_ITEM)) {
    const post = readFeedItem(item, lang);
    if (!post || seen.has(`${post.author}/${post.id}`)) continue;
    seen.add(`${post.author}/${post.id}`);
    posts.push(post);
    if (posts.length === MAX_POSTS) break;
  }
  return posts;
}

/**
 * A thread's main post: the item with links to its own reposts, quotes and likes. A post nobody has
 * reposted, quoted or liked has none of them, and nothing else in the item names its key: then the
 * page's JSON-LD is the only source (after in-site navigation the items could be the last thread's).
 */
export function threadAnchor(doc: Document, rkey: string): Element | null {
  return doc.querySelector(ANCHOR_STATS(rkey))?.closest(THREAD_ITEM) ?? null;
}

export interface AnchorReading {
  author: string | null;
  name: string | null;
  /** The author's badge; false only means none was found next to the name (see `VERIFIED_BADGE`). */
  verified: boolean;
  caption: string | null;
  comments: MeasuredCount | null;
  likes: MeasuredCount | null;
  likesShown: MeasuredCount | null;
  shares: MeasuredCount | null;
}

export function readAnchor(anchor: Element, lang: string | null): AnchorReading {
  const author = authorOf(anchor, 'postThreadItem-by-');
  // The author link that holds text (the avatar link next to it holds only the picture).
  let name: string | null = null;
  let verified = false;
  for (const el of anchor.querySelectorAll('a[href^="/profile/"] div[dir="auto"]')) {
    const text = cleanText(el);
    if (text && !text.startsWith('@')) {
      name = text;
      // The badge sits in the same link as the name; a quoted post further down has its own.
      verified = el.closest('a')?.querySelector(VERIFIED_BADGE) != null;
      break;
    }
  }
  return {
    author,
    name,
    verified,
    caption: cleanText(anchor.querySelector(ANCHOR_TEXT)),
    comments: ariaCount(anchor, REPLY_BUTTON, lang),
    likes: ariaCount(anchor, LIKE_BUTTON, lang),
    likesShown: shownCount(cleanText(anchor.querySelector(LIKES_EXPANDED)), 'dom', lang),
    shares: shownCount(cleanText(anchor.querySelector(REPOST_COUNT)), 'dom', lang),
  };
}
