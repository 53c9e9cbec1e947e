// The post as the logged-out page's meta tags describe it.
import { metaContent } from '../adapter';
import type { MeasuredCount } from '@/utils/model/reading';
import { shownCount } from '../page-data';
import { parseShownDay } from './dates';
import type { PostFacts } from './facts';
import { isUsername, shortcodeIn } from './urls';

// Seen on the logged-out post page served in 2025 (tests/fixtures/instagram/ig-post-willyrex-CPeC-Eenc8l):
//   description / og:description: '298K likes, 553 comments - willyrex on May 29, 2021: "<caption>". '
//   twitter:title: "Willyrex (@willyrex) • Instagram photo"; og:url and canonical: the post's address.
// A reel without a caption (microlinkhq/metascraper packages/metascraper-instagram/test/fixtures/
// post-with-clip.html, 2025): "152K likes, 784 comments - jaimelorentelo on April 19, 2021".
// 2020 format (cs432-websci-fall20/hw3-ranking-DesmondChambers question_1/file567.com): "1m Likes,
// 8,790 Comments - Instagram (@instagram) on Instagram: “<caption>”" (no date).
// Localized pages change the words, not the order: "298 mil Me gusta, 553 comentarios - willyrex el
// 29 de mayo de 2021: …".
const META_DESCRIPTIONS = ['og:description', 'description'];
// "Name (@handle) • Instagram photo". (og:title is "Name on Instagram: "<caption>"": a caption's
// "(@brand)" must not be taken for the author, so it is not read.)
const META_TITLE = 'twitter:title';
const META_POST_URLS = ['og:url', 'al:android:url'];

const CAPTION = /:\s*["“«„]([\s\S]*)["”»“]\s*\.?\s*$/u;
const NAME_AND_HANDLE = /^(.*?)\s*\(@([A-Za-z0-9._]{1,30})\)/u;
// Which count a lone count is, when the author hid the other one ("553 comments - …").
const COMMENT_WORDS = /comment|comentario|comentário|kommentar|commento|commenti|reactie|yorum|komentar/iu;
const LIKE_WORDS = /like|me gusta|curtida|j[’']aime|gefällt|mi piace|vind-ik-leuk|beğen|suka/iu;
// "Mi piace" (Italian "likes") reads as the pt-BR million suffix "mi" in parseCount: drop it first.
const ITALIAN_LIKES = /\s*mi piace\b/iu;

/** The shortcodes the meta tags name: they are stale after in-site navigation to another post. */
export function metaShortcodes(doc: Document): string[] {
  const hrefs = [
    ...META_POST_URLS.map((key) => metaContent(doc, key)),
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
  ];
  return hrefs.map(shortcodeIn).filter((code): code is string => Boolean(code));
}

function count(part: string, lang: string | null): MeasuredCount | null {
  return shownCount(part.replace(ITALIAN_LIKES, ''), 'meta', lang);
}

function readCounts(head: string, lang: string | null): Pick<PostFacts, 'likes' | 'comments'> {
  const parts = head.split(/,\s+/u).filter((part) => /\d/.test(part));
  if (parts.length >= 2) return { likes: count(parts[0]!, lang), comments: count(parts[1]!, lang) };
  const [only] = parts;
  if (!only) return {};
  if (COMMENT_WORDS.test(only)) return { comments: count(only, lang) };
  if (LIKE_WORDS.test(only)) return { likes: count(only, lang) };
  return {};
}

/** What the meta tags say, if they describe the post at `shortcode` (never stale ones). */
export function readPostMeta(doc: Document, shortcode: string, lang: string | null): PostFacts | null {
  const named = metaShortcodes(doc);
  if (named.length === 0 || named.some((code) => code !== shortcode)) return null;

  const facts: PostFacts = { source: 'meta' };
  const titled = NAME_AND_HANDLE.exec(metaContent(doc, META_TITLE) ?? '');
  if (titled) {
    facts.author = titled[2]!;
    facts.authorName = titled[1]?.trim() || null;
  }

  const description = META_DESCRIPTIONS.map((key) => metaContent(doc, key)).find(Boolean);
  if (!description) return facts;
  const caption = CAPTION.exec(description);
  facts.caption = caption?.[1]?.trim() || null;
  const beforeCaption = caption ? description.slice(0, caption.index) : description;
  const dash = /\s[-–—]\s/u.exec(beforeCaption);
  Object.assign(facts, readCounts(dash ? beforeCaption.slice(0, dash.index) : beforeCaption, lang));
  if (!dash) return facts;

  // "willyrex on May 29, 2021" or "Instagram (@instagram) on Instagram"
  const byline = beforeCaption.slice(dash.index + dash[0].length).trim();
  const inParens = NAME_AND_HANDLE.exec(byline);
  const first = byline.split(/\s+/u)[0];
  const author = inParens?.[2] ?? (isUsername(first) ? first : null);
  if (author) facts.author = author;
  facts.postedAt = parseShownDay(byline);
  facts.dayOnly = true;
  return facts;
}
