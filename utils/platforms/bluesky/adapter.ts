import { emptyReading, hostMatches, type PageReading, type PlatformAdapter } from '../adapter';
import type { PageType, PostReading } from '@/utils/model/reading';
import { allMissing, missing } from '@/utils/model/reading-fields';
import { clip, firstCount, firstText, isSponsored, shownCount } from '../page-data';
import { tidTime } from './dates';
import { labelCount, readAnchor, readFeed, THREAD_ITEM, threadAnchor } from './posts';
import { postJsonLd, profileHeader, profileJsonLd, profileMeta } from './profile';
import { cleanText, DID, HANDLE, verifiedState } from './text';
import { blueskySite } from './site';

// Bluesky (bsky.app): profiles (/profile/<handle or DID>) and posts (/profile/<id>/post/<rkey>).
// Counts come from the rendered page's aria-labels where it has them (exact: "1101177 followers"
// while the text says "1.1M"), then from the JSON-LD the server wrote when it describes the URL's
// account or post, then from the visible text (rounded).

interface BskyPage {
  type: PageType;
  /** The handle or DID in the URL. */
  id: string | null;
  rkey: string | null;
}

function route(url: URL): BskyPage {
  const other: BskyPage = { type: 'other', id: null, rkey: null };
  if (!hostMatches(url, bluesky.hosts)) return other;
  const [first, second, third, fourth, ...rest] = url.pathname.split('/').filter(Boolean);
  if (first !== 'profile' || !second || rest.length > 0) return other;
  let id: string;
  try {
    id = decodeURIComponent(second);
  } catch {
    return other;
  }
  if (!HANDLE.test(id) && !DID.test(id)) return other;
  if (third === undefined) return { type: 'profile', id, rkey: null };
  if (third === 'post' && fourth && /^[A-Za-z0-9._~:-]{1,100}$/.test(fourth)) return { type: 'post', id, rkey: fourth };
  return other;
}

function readProfile(doc: Document, url: URL, id: string): PageReading {
  const base = emptyReading('bluesky', 'profile', url, doc, 'Bluesky does not show this on a profile.');
  const lang = base.language;
  const ld = profileJsonLd(doc, id);
  const header = profileHeader(doc, id) ?? (DID.test(id) && ld?.handle ? profileHeader(doc, ld.handle) : null);
  // A DID alone is not a handle: saving it would make a second account for the same person.
  const handle = header?.handle ?? ld?.handle ?? (DID.test(id) ? null : id);
  const meta = handle ? profileMeta(doc, handle) : null;

  const notShown = 'The page has not shown this account’s counts yet: wait for the profile to load, or reload the page.';
  const counts = allMissing('Bluesky does not show totals of this on a profile.');
  counts.followers = firstCount(
    notShown,
    labelCount(header?.followers, lang),
    ld?.followers,
    header && shownCount(cleanText(header.followers), 'dom', lang),
  );
  counts.following = firstCount(
    notShown,
    labelCount(header?.follows, lang),
    ld?.following,
    header?.follows && shownCount(cleanText(header.follows), 'dom', lang),
  );
  counts.posts = firstCount(notShown, ld?.posts, header?.posts && shownCount(cleanText(header.posts), 'dom', lang));

  return {
    ...base,
    handle: handle && handle.length <= 100 ? handle : null,
    displayName: firstText('The page does not show a display name.', [header?.name, 'dom'], [ld?.name, 'jsonld'], [meta?.name, 'meta']),
    bio: firstText('The page does not show a bio.', [header?.bio, 'dom'], [ld?.bio, 'jsonld'], [meta?.bio, 'meta']),
    verified: verifiedState(Boolean(header?.verified), Boolean(header?.name), lang),
    counts,
    posts: header ? readFeed(header.root, lang) : [],
  };
}

function readPost(doc: Document, url: URL, id: string, rkey: string): PageReading {
  const base = emptyReading('bluesky', 'post', url, doc, 'Bluesky does not show the author’s counts on a post page.');
  const lang = base.language;
  const ld = postJsonLd(doc, rkey);
  const anchorEl = threadAnchor(doc, rkey);
  const anchor = anchorEl ? readAnchor(anchorEl, lang) : null;
  if (!ld && !anchor) {
    const reason = 'The post has not loaded yet (or it was deleted): reload the page.';
    const counts = { ...base.counts, likes: missing(reason), comments: missing(reason), shares: missing(reason), views: missing(reason) };
    return { ...base, handle: DID.test(id) ? null : id, counts };
  }

  const author = anchor?.author ?? ld?.author ?? (DID.test(id) ? null : id);
  const caption = anchor?.caption ?? ld?.text ?? null;
  const notShown = 'Bluesky did not show this count for this post.';
  const post: PostReading = {
    id: rkey,
    url: `https://bsky.app/profile/${author ?? id}/post/${rkey}`,
    author: author && author.length <= 100 ? author : null,
    postedAt: ld?.postedAt ?? tidTime(rkey),
    caption: caption ? clip(caption) : null,
    pinned: false,
    sponsored: isSponsored(caption),
    counts: {
      comments: firstCount(notShown, anchor?.comments, ld?.comments),
      shares: firstCount(notShown, ld?.shares, anchor?.shares),
      likes: firstCount(notShown, anchor?.likes, ld?.likes, anchor?.likesShown),
      views: missing('Bluesky does not show view counts.'),
    },
  };
  return {
    ...base,
    handle: post.author,
    displayName: firstText('The page does not show the author’s name.', [anchor?.name, 'dom'], [ld?.name, 'jsonld']),
    bio: missing('Bluesky does not show the author’s bio on a post page.'),
    verified: verifiedState(Boolean(anchor?.verified), Boolean(anchor?.name), lang),
    counts: { ...base.counts, ...post.counts },
    posts: [post],
  };
}

function extract(doc: Document, url: URL): PageReading {
  const page = route(url);
  if (page.type === 'profile' && page.id) return readProfile(doc, url, page.id);
  if (page.type === 'post' && page.id && page.rkey) return readPost(doc, url, page.id, page.rkey);
  return emptyReading('bluesky', 'other', url, doc, 'Not a profile or post page.');
}

/**
 * Profiles: the followers link of this handle's header (a DID in the URL: any header, as its links
 * carry the handle). Posts: a thread item. Earlier screens stay in the page, so the handle-specific
 * selector is what tells that the new profile has rendered.
 */
function readySelector(url: URL): string | null {
  const page = route(url);
  if (page.type === 'profile' && page.id) {
    return DID.test(page.id)
      ? '[data-testid="profileHeaderFollowersButton"]'
      : `[data-testid="profileHeaderFollowersButton"][href="/profile/${page.id}/followers" i]`;
  }
  if (page.type === 'post') return THREAD_ITEM;
  return null;
}

export const bluesky: PlatformAdapter = {
  platform: 'bluesky',
  hosts: blueskySite.domains,
  pageType: (url) => route(url).type,
  // A DID is not a handle (see readProfile).
  profileHandle: (url) => {
    const page = route(url);
    return page.type === 'profile' && page.id && !DID.test(page.id) ? page.id : null;
  },
  readySelector,
  extract,
};
