// The tweets an X page shows: each `article[data-testid="tweet"]` of a timeline, or a status page's
// main tweet. Pure: plain DOM in, plain data out.
import type { MeasuredCount, PostCounts, PostReading } from '@/utils/model/reading';
import { MAX_POSTS } from '@/utils/model/reading-fields';
import { clip, firstCount, isSponsored, shownCount } from '../page-data';
import { HANDLE_CHARS, shownText } from './text';

// Seen on x.com profiles and status pages (2025) and on twitter.com profiles (2023); the same markup
// on both (tests/fixtures/x, microlinkhq/metascraper packages/metascraper-x/test/fixtures/post.html).
export const TWEET = 'article[data-testid="tweet"]';
// A status page's main tweet is the one article with tabindex -1 (the others have 0).
export const MAIN_TWEET = 'article[data-testid="tweet"][tabindex="-1"]';
const TWEET_TEXT = '[data-testid="tweetText"]';
const SOCIAL_CONTEXT = '[data-testid="socialContext"]'; // "Pinned", "Kiko Beats reposted"
// "User-Names" (plural) on twitter.com status pages of early 2023 (tests/fixtures/x/twitter-status-*).
const AUTHOR_NAME = '[data-testid="User-Name"], [data-testid="User-Names"]';
const VERIFIED_BADGE = '[data-testid="icon-verified"], [aria-label="Verified account"]';
// "785 replies, 890 reposts, 6027 likes, 476 bookmarks, 788311 views" (2025),
// "1 reply, 6 Retweets, 36 likes" (2023): exact counts; X leaves out the ones that are zero.
const METRICS_GROUP = '[role="group"][aria-label]';
// Each action's own label: "6027 Likes. Like", "0 Retweets. Retweet" (2023), "Reply" when there are none.
const ACTION_BUTTONS = {
  comments: '[data-testid="reply"]',
  shares: '[data-testid="retweet"], [data-testid="unretweet"]',
  likes: '[data-testid="like"], [data-testid="unlike"]',
} as const;
// "788311 views. View post analytics"; "View Tweet analytics" (no count) on posts from before views existed.
const VIEWS_LINK = 'a[href$="/analytics"]';
// The visible count inside an action button ("6K"); empty when the count is zero.
const BUTTON_COUNT = '[data-testid="app-text-transition-container"]';
// twitter.com status pages of 2022-2023: the main tweet's buttons carry no number at all ("Reply",
// "Retweet", "Like"); its counts are a separate bar of links under it, found by where they lead (so in
// any language): "13.8K Retweets" (/retweets), "2,560 Quote Tweets" (/retweets/with_comments, later
// /quotes), "78.6K Likes" (/likes). There is no reply count; a count that is zero is left out.
const STATS_BAR_PATHS = { shares: 'retweets', likes: 'likes' } as const;
// A quoted tweet sits inside the quoting one, in a `div[role="link"]`: its text and time are not ours.
const QUOTE = 'div[role="link"]';

const STATUS_PATH = new RegExp(`^/(${HANDLE_CHARS})/status/(\\d{1,25})(?:/|$)`);

type Metric = 'comments' | 'shares' | 'likes' | 'views' | 'bookmarks';

// The words of the metrics label, by metric, lowercased. English as seen on the saved pages; French as
// seen in PlugNPush/twitter-js-scraper tweet_collector.js ("réponses", "reposts", "J'aime", "vues").
// Other languages fall back to each button's own label, which is found by data-testid, not by words.
const METRIC_WORDS: ReadonlyArray<readonly [Metric, readonly string[]]> = [
  ['bookmarks', ['bookmark', 'signet']],
  ['comments', ['repl', 'réponse']],
  ['shares', ['repost', 'retweet']],
  ['likes', ['like', "j'aime"]],
  ['views', ['view', 'vue']],
];

// The label X puts on a pinned tweet ("Pinned"; "Pinned Tweet" in 2023).
const PINNED_WORDS = ['pinned'];
// X's label on paid placements: "Ad" since 2024, "Promoted" before; translations as listed by a
// public hide-promoted-tweets userscript (greasyfork, "Twitter: hide promoted tweets" 0.3.1).
const PROMOTED_LABELS = new Set([
  'ad', 'promoted', 'gesponsert', 'promocionado', 'sponsorisé', 'sponsorizzato', 'promowane', 'promovido',
]);

const NO_VIEWS = 'X shows no view count for this post (posts from before December 2022 have none).';
const NOT_SHOWN = 'X did not show this count for this post.';
const NO_REPLY_COUNT = 'This X page layout (twitter.com, 2023) shows no reply count for the post itself.';

/** `/<author>/status/<id>` of a link, or null. */
export function statusOf(href: string | null): { author: string; id: string } | null {
  const path = href?.replace(/^https?:\/\/[^/]+/i, '') ?? '';
  const match = STATUS_PATH.exec(path);
  return match ? { author: match[1]!, id: match[2]! } : null;
}

function inQuote(el: Element, article: Element): boolean {
  const quote = el.parentElement?.closest(QUOTE);
  return Boolean(quote && article.contains(quote));
}

/**
 * The tweet's first own element matching `selector` (not one of a quoted tweet). A feed reads
 * hundreds of tweets: the first match is nearly always the tweet's own (a quote sits below the
 * tweet's header and text), so only then are the others looked at.
 */
function firstOwn(article: Element, selector: string): Element | null {
  const first = article.querySelector(selector);
  if (!first || !inQuote(first, article)) return first;
  for (const el of article.querySelectorAll(selector)) if (!inQuote(el, article)) return el;
  return null;
}

/** The status a `<time>` links to ("a[href*=/status/] time" as a selector is slow in Chromium). */
function timeStatus(time: Element): { author: string; id: string } | null {
  return statusOf(time.closest('a')?.getAttribute('href') ?? null);
}

/** The permalink: the link around the tweet's time, else any link to its status (ads have no time). */
function permalink(article: Element): { author: string; id: string; time: Element | null } | null {
  const first = firstOwn(article, 'time');
  const timed = first ? timeStatus(first) : null;
  if (timed) return { ...timed, time: first };
  for (const time of first ? article.getElementsByTagName('time') : []) {
    const status = timeStatus(time);
    if (status && !inQuote(time, article)) return { ...status, time };
  }
  for (const link of article.querySelectorAll('a[href*="/status/"]')) {
    const status = statusOf(link.getAttribute('href'));
    if (status && !inQuote(link, article)) return { ...status, time: null };
  }
  return null;
}

/** Counts of the metrics label by metric; unknown words are skipped. */
export function metricsFromLabel(label: string, lang: string | null): Partial<Record<Metric, MeasuredCount>> {
  const found: Partial<Record<Metric, MeasuredCount>> = {};
  for (const part of label.split(/[,،、]\s*/u)) {
    const words = part.replace(/[\d\s.,\u00a0\u202f]+/gu, ' ').replace(/’/g, "'").trim().toLowerCase();
    const metric = METRIC_WORDS.find(([, stems]) => stems.some((stem) => words.includes(stem)))?.[0];
    const count = metric && !(metric in found) ? shownCount(part, 'aria', lang) : null;
    if (metric && count) found[metric] = count;
  }
  return found;
}

/**
 * One action's count from its own button: the number in its label, else (with `zeroWhenBlank`) zero
 * when the button shows no number at all (X prints no count for zero on timeline tweets; "0 Retweets.
 * Retweet" in 2023 said so in words). Never zero on a main tweet whose buttons carry no numbers at all.
 */
function buttonCount(article: Element, selector: string, lang: string | null, zeroWhenBlank: boolean): MeasuredCount | null {
  const button = firstOwn(article, selector);
  if (!button) return null;
  const label = button.getAttribute('aria-label') ?? '';
  const fromLabel = /\d/.test(label) ? shownCount(label, 'aria', lang) : null;
  if (fromLabel) return fromLabel;
  const shown = button.querySelector(BUTTON_COUNT)?.textContent ?? button.textContent ?? '';
  return zeroWhenBlank && label && !/\d/.test(shown) ? { value: 0, precision: 1, source: 'aria' } : null;
}

/** The 2023 stats bar's count of the link to `/<author>/status/<id>/<tail>`, as shown ("13.8K"). */
function statsBarCount(article: Element, link: { author: string; id: string }, tail: string, lang: string | null): MeasuredCount | null {
  const wanted = `/${link.author}/status/${link.id}/${tail}`.toLowerCase();
  for (const a of article.querySelectorAll(`a[href$="/${tail}"]`)) {
    const path = (a.getAttribute('href') ?? '').replace(/^https?:\/\/[^/]+/i, '').toLowerCase();
    if (path !== wanted || inQuote(a, article)) continue;
    return shownCount(a.querySelector(BUTTON_COUNT)?.textContent ?? a.textContent, 'dom', lang);
  }
  return null;
}

function viewsCount(article: Element, lang: string | null): MeasuredCount | null {
  const label = firstOwn(article, VIEWS_LINK)?.getAttribute('aria-label') ?? '';
  return /\d/.test(label) ? shownCount(label, 'aria', lang) : null;
}

/**
 * `main`: the status page's own tweet. Its buttons count zeros by showing no number only where the
 * tweet also has a metrics label (x.com); on the 2023 layout they never show numbers, and its counts
 * are in the stats bar.
 */
function tweetCounts(article: Element, link: { author: string; id: string }, lang: string | null, main: boolean): PostCounts {
  const group = firstOwn(article, METRICS_GROUP)?.getAttribute('aria-label');
  const label = group ? metricsFromLabel(group, lang) : {};
  const zeroWhenBlank = !main || Boolean(group);
  const bar = (metric: keyof typeof STATS_BAR_PATHS) => (main ? statsBarCount(article, link, STATS_BAR_PATHS[metric], lang) : null);
  const comments = label.comments ?? buttonCount(article, ACTION_BUTTONS.comments, lang, zeroWhenBlank);
  return {
    comments: firstCount(zeroWhenBlank ? NOT_SHOWN : NO_REPLY_COUNT, comments),
    shares: firstCount(NOT_SHOWN, label.shares ?? bar('shares') ?? buttonCount(article, ACTION_BUTTONS.shares, lang, zeroWhenBlank)),
    likes: firstCount(NOT_SHOWN, label.likes ?? bar('likes') ?? buttonCount(article, ACTION_BUTTONS.likes, lang, zeroWhenBlank)),
    views: firstCount(NO_VIEWS, label.views ?? viewsCount(article, lang)),
  };
}

const LONGEST_LABEL = Math.max(...[...PROMOTED_LABELS].map((label) => label.length));

/** A label of its own ("Ad") in a span with no children, outside the tweet's text and links. */
function isPromoted(article: Element): boolean {
  // A live collection, and the cheap tests first: most spans hold longer text or other elements.
  for (const span of article.getElementsByTagName('span')) {
    if (span.firstElementChild) continue;
    const text = span.textContent ?? '';
    if (text.length > LONGEST_LABEL + 4 || !PROMOTED_LABELS.has(text.trim().toLowerCase())) continue;
    if (!span.closest(`a, ${TWEET_TEXT}`) && !inQuote(span, article)) return true;
  }
  return false;
}

/**
 * A tweet as shown, or null when it has no link to its status (nothing to identify it by). `main`:
 * it is the status page's own tweet.
 */
export function readTweet(article: Element, base: URL, lang: string | null, main = false): PostReading | null {
  const link = permalink(article);
  if (!link) return null;
  const text = shownText(firstOwn(article, TWEET_TEXT));
  const context = shownText(firstOwn(article, SOCIAL_CONTEXT));
  const postedAt = Date.parse(link.time?.getAttribute('datetime') ?? '');
  return {
    id: link.id,
    // The same as `new URL(path, base.origin).href` (a handle and an id need no escaping), without parsing.
    url: `${base.origin}/${link.author}/status/${link.id}`,
    author: link.author,
    postedAt: Number.isFinite(postedAt) ? postedAt : null,
    caption: text ? clip(text) : null,
    pinned: Boolean(context && PINNED_WORDS.some((word) => context.toLowerCase().includes(word))),
    sponsored: isPromoted(article) || isSponsored(text),
    counts: tweetCounts(article, link, lang, main),
  };
}

/** Every tweet on the page that can be identified, once each, in page order. */
export function readTweets(root: ParentNode, base: URL, lang: string | null): PostReading[] {
  const posts: PostReading[] = [];
  const seen = new Set<string>();
  for (const article of root.querySelectorAll(TWEET)) {
    const post = readTweet(article, base, lang);
    if (!post || seen.has(post.id)) continue;
    seen.add(post.id);
    posts.push(post);
    if (posts.length === MAX_POSTS) break;
  }
  return posts;
}

/** The tweet's own name box (not the one of a tweet it quotes), or null. */
export function tweetNameBox(article: Element): Element | null {
  return firstOwn(article, AUTHOR_NAME);
}

/** The name and badge a name box shows: the first of its texts that is not the "@handle". */
export function nameBoxAuthor(box: Element): { name: string | null; verified: boolean } {
  let name: string | null = null;
  for (const el of box.querySelectorAll('[dir]')) {
    const text = shownText(el);
    if (text && !text.startsWith('@')) {
      name = text;
      break;
    }
  }
  return { name, verified: Boolean(box.querySelector(VERIFIED_BADGE)) };
}

/** The author's name and badge as a tweet shows them. */
export function tweetAuthor(article: Element): { name: string | null; verified: boolean | null } {
  const box = tweetNameBox(article);
  return box ? nameBoxAuthor(box) : { name: null, verified: null };
}
