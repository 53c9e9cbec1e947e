// The post as the logged-in page renders it. Instagram changes its class names often, so these
// selectors lean on what stays: links to the post's own addresses, `time[datetime]`, `header`.
import { shownCount, textOf } from '../page-data';
import type { MeasuredCount } from '@/utils/model/reading';
import { parseInstant } from './dates';
import type { PostFacts } from './facts';
import { VERIFIED_BADGE } from './profile-dom';
import { spacedText } from './text';
import { handleInHref, postAddress, shortcodeIn } from './urls';

// Where the post is: the dialog opened over a profile grid (the URL becomes /p/<code>/ while the
// profile stays underneath), the post's article (2019–2023), or the page's main (2024–2025).
const POST_CONTAINERS = ['div[role="dialog"] article', 'div[role="dialog"]', 'main article', 'main'];
// Likes: a link to the likers list. "<a href="/p/<code>/liked_by/"><span>298,123</span> likes</a>",
// or "Liked by <a href="/someone/">someone</a> and <a href="/p/<code>/liked_by/">298,122 others</a>"
// (2019–2025. The 2019–2020 markup, copied into public Instagram-clone templates that the code index
// shows without a repository name: <div class="Nm9Fw"><a class="zV_Nj" href="/p/B5czj-Wl0H9/liked_by/">
// 좋아요 <span>92</span>개</a></div>, Korean for "92 likes".)
const LIKED_BY_LINK = 'a[href*="/liked_by/"]';
// Fallback where the count is plain text ("298,123 likes"), in the languages we can name.
const LIKES_TEXT = /(\d[\d.,\u00a0\u202f]*(?:\s?[KMB])?)\s+(?:likes?|me gusta)(?![\p{L}])/iu;
const LIKES_SECTIONS = 'section';
// "View all 553 comments": a link to the post's comments (feed and mobile layouts).
const COMMENTS_LINK = 'a[href$="/comments/"]';
// The date: <a href="/p/<code>/"><time datetime="2021-05-29T14:00:33.000Z" title="May 29, 2021">
// (2019–2021 class "_1o9PC Nzb55", 2022 "_aaqe"; comments' times link to /p/<code>/c/<id>/ instead).
const TIME = 'time[datetime]';
// The post's header: the author's link, the verified badge, "Paid partnership with <brand>".
const POST_HEADER = 'header';
// The caption: an h1 with dir="auto" (2022–2025: <h1 class="_ap3a _aaco _aacu _aacx _aad7 _aade"
// dir="auto">), or the first comment's span (2019–2021: <div class="C4VMK"><h2>…</h2><span>caption</span>).
const CAPTIONS = ['h1[dir="auto"]', 'div.C4VMK > span'];

function containerOf(doc: Document): ParentNode {
  for (const selector of POST_CONTAINERS) {
    const found = doc.querySelector(selector);
    if (found) return found;
  }
  return doc;
}

/** The elements matching `selector` that point at this post, or null if they all point elsewhere. */
function ownLinks(container: ParentNode, selector: string, shortcode: string): Element[] | null {
  const all = [...container.querySelectorAll(selector)];
  const own = all.filter((el) => shortcodeIn(el.getAttribute('href')) === shortcode);
  return all.length > 0 && own.length === 0 ? null : own;
}

function likesOf(container: ParentNode, links: Element[], lang: string | null): MeasuredCount | null {
  for (const link of links) {
    const shown = shownCount(spacedText(link), 'dom', lang);
    if (!shown) continue;
    // "Liked by someone and 298,122 others": the named liker is one more.
    const line = link.closest('section') ?? link.parentElement?.parentElement ?? link.parentElement;
    const namedLiker = [...(line?.querySelectorAll('a[href]') ?? [])].some(
      (a) => a !== link && handleInHref(a.getAttribute('href')) !== null,
    );
    return namedLiker && shown.precision === 1 ? { ...shown, value: shown.value + 1 } : shown;
  }
  for (const section of container.querySelectorAll(LIKES_SECTIONS)) {
    const match = LIKES_TEXT.exec(spacedText(section) ?? '');
    const shown = match ? shownCount(match[1], 'dom', lang) : null;
    if (shown) return shown;
  }
  return null;
}

/** The post's own time: one inside a link to the post itself, or one outside any link. */
function postTime(container: ParentNode, shortcode: string, base: string): { time: Element | null; stale: boolean } {
  let stale = false;
  for (const time of container.querySelectorAll(TIME)) {
    const href = time.closest('a')?.getAttribute('href');
    if (!href) return { time, stale: false };
    let address = null;
    try {
      address = postAddress(new URL(href, base));
    } catch {
      continue;
    }
    if (address?.shortcode === shortcode) return { time, stale: false };
    if (address) stale = true; // the time of another post: the page still shows the previous one
  }
  return { time: null, stale };
}

/** What the rendered page shows about the post at `shortcode`; null if it shows another post or nothing. */
export function readPostDom(doc: Document, shortcode: string, lang: string | null): PostFacts | null {
  const container = containerOf(doc);
  const likedBy = ownLinks(container, LIKED_BY_LINK, shortcode);
  const commentLinks = ownLinks(container, COMMENTS_LINK, shortcode);
  const { time, stale } = postTime(container, shortcode, doc.baseURI);
  if (!likedBy || !commentLinks || (stale && !time)) return null;

  const header = container.querySelector(POST_HEADER);
  const authorLink = [...(header?.querySelectorAll('a[href]') ?? [])].find((a) => handleInHref(a.getAttribute('href')));
  const caption = CAPTIONS.map((selector) => textOf(container.querySelector(selector))).find(Boolean) ?? null;
  const facts: PostFacts = {
    source: 'dom',
    likes: likesOf(container, likedBy, lang),
    comments: commentLinks.map((a) => shownCount(spacedText(a), 'dom', lang)).find(Boolean) ?? null,
    postedAt: parseInstant(time?.getAttribute('datetime')),
    caption,
    author: handleInHref(authorLink?.getAttribute('href')),
    authorVerified: header?.querySelector(VERIFIED_BADGE) ? true : null,
    labels: [spacedText(header)].filter((t): t is string => Boolean(t)),
  };
  const found = facts.likes || facts.comments || facts.postedAt || facts.caption || facts.author;
  return found ? facts : null;
}
