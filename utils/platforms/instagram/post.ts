// A post or reel page: exactly one post, read from the embedded data, the rendered page and the
// meta tags, each used only when it names this post.
import { emptyReading, type PageReading } from '../adapter';
import type { CountField, PostReading } from '@/utils/model/reading';
import { allMissing, missing } from '@/utils/model/reading-fields';
import { clip, firstText, isSponsored, mostPrecise } from '../page-data';
import type { PostFacts } from './facts';
import { readPostJson, readPostJsonLd } from './post-data';
import { readPostDom } from './post-dom';
import { readPostMeta } from './post-meta';
import { shortcodeIn, type PostAddress } from './urls';

const NOT_ON_POST = 'A post page does not show this.';
const NO_VIEWS = 'Instagram does not show how many times this post was viewed.';

/** The most precise count the sources give; on a tie the earlier source (json, jsonld, dom, meta). */
function bestCount(sources: PostFacts[], key: 'likes' | 'comments' | 'views', reason: string): CountField {
  return mostPrecise(reason, ...sources.map((facts) => facts[key]));
}

function first<T>(values: Array<T | null | undefined>): T | null {
  return values.find((v): v is T => v !== null && v !== undefined && v !== '') ?? null;
}

function canonicalUrl(doc: Document, address: PostAddress): string {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (canonical && shortcodeIn(canonical) === address.shortcode && /^https:\/\/www\.instagram\.com\//.test(canonical)) {
    return canonical;
  }
  return `https://www.instagram.com/${address.kind}/${address.shortcode}/`;
}

export function readPost(doc: Document, url: URL, address: PostAddress): PageReading {
  const base = emptyReading('instagram', 'post', url, doc, NOT_ON_POST);
  const lang = base.language;
  const { shortcode } = address;
  const read = <T>(reader: () => T): T | null => {
    try {
      return reader();
    } catch {
      return null; // a source we half-understand must not cost the others
    }
  };
  const json = read(() => readPostJson(doc, shortcode));
  const ld = read(() => readPostJsonLd(doc, shortcode));
  const dom = read(() => readPostDom(doc, shortcode, lang));
  const meta = read(() => readPostMeta(doc, shortcode, lang));
  const byKind = (order: Array<PostFacts | null>) => order.filter((s): s is PostFacts => s !== null);
  // Counts: the most precise; among equals, the data written for this post, then what is on
  // screen, then the tags.
  const sources = byKind([json, ld, dom, meta]);

  const hidden = sources.some((s) => s.likesHidden);
  const likes = bestCount(
    sources,
    'likes',
    hidden ? 'The author hid the like count of this post.' : 'The page did not show the like count (log in or reload the page).',
  );
  const comments = bestCount(sources, 'comments', 'The page did not show the comment count (log in or reload the page).');
  const views = bestCount(sources, 'views', NO_VIEWS);
  // A time[datetime] or the data's timestamp is the exact instant; the meta tags give only the day.
  const postedAt = first(byKind([dom, json, ld, meta]).map((s) => s.postedAt));
  const caption = first(byKind([json, dom, ld, meta]).map((s) => s.caption));
  const author = first([...byKind([json, ld, dom, meta]).map((s) => s.author), address.author]);
  const authorName = first(byKind([json, meta]).map((s) => s.authorName));
  const verified = first(byKind([json, dom]).map((s) => s.authorVerified));
  const labels = sources.flatMap((s) => s.labels ?? []);

  const post: PostReading = {
    id: shortcode,
    url: canonicalUrl(doc, address),
    author,
    postedAt,
    caption: caption ? clip(caption) : null,
    pinned: false,
    sponsored: isSponsored(caption, labels),
    counts: { likes, comments, shares: missing('Instagram does not show how often a post was shared.'), views },
  };

  const counts = allMissing(NOT_ON_POST);
  counts.followers = first(sources.map((s) => s.authorFollowers)) ?? missing(NOT_ON_POST);
  counts.following = first(sources.map((s) => s.authorFollowing)) ?? missing(NOT_ON_POST);
  counts.posts = first(sources.map((s) => s.authorPosts)) ?? missing(NOT_ON_POST);
  counts.likes = likes;
  counts.comments = comments;
  counts.shares = post.counts.shares;
  counts.views = views;

  const nameSource = json?.authorName ? 'json' : 'meta';
  return {
    ...base,
    handle: author,
    displayName: firstText('The page does not show the author’s name.', [authorName, nameSource]),
    bio: missing('A post page does not show the author’s bio.'),
    verified,
    counts,
    posts: [post],
  };
}
