import { emptyReading, hostMatches, type PageReading, type PlatformAdapter } from '../adapter';
import type { CountField, Counts, MeasuredCount, PageType, PostReading } from '@/utils/model/reading';
import { allMissing, isMeasured, MAX_POSTS, missing, sameHandle } from '@/utils/model/reading-fields';
import { asString, at, clip, firstCount, firstText, isSponsored } from '../page-data';
import { gridCells, PROFILE, profileHeader, VIDEO, videoView, type GridCell } from './dom';
import {
  HANDLE_CHARS,
  postFromItem,
  postUrl,
  profileData,
  stat,
  timeFromId,
  videoData,
  type ProfileData,
} from './json';
import { tiktokSite } from './site';

// TikTok pages: profiles (/@handle) and videos (/@handle/video/<id>, photo posts /@handle/photo/<id>).
// Sources in order of preference: the embedded JSON when it describes the page in the URL (exact or
// near-exact numbers), then the rendered DOM (what the user sees, rounded: "783.4K"). Where each is
// found: ./tiktok/json.ts and ./tiktok/dom.ts.

interface TikTokPath {
  type: PageType;
  handle: string | null;
  post: { kind: 'video' | 'photo'; id: string } | null;
}

function parsePath(url: URL): TikTokPath {
  const none: TikTokPath = { type: 'other', handle: null, post: null };
  if (!hostMatches(url, tiktok.hosts)) return none;
  const [first, kind, id, ...rest] = url.pathname.split('/').filter(Boolean);
  const handle = first?.startsWith('@') ? first.slice(1) : '';
  if (!HANDLE_CHARS.test(handle)) return none;
  if (kind === undefined) return { type: 'profile', handle, post: null };
  if ((kind === 'video' || kind === 'photo') && id && /^\d{1,25}$/.test(id) && rest.length === 0) {
    return { type: 'post', handle, post: { kind, id } };
  }
  return none; // /@handle/live, /@handle/collection/…, /@handle/playlist/…
}

const NOT_SHOWN_YET =
  'TikTok has not shown this yet (it sometimes checks the browser first); wait for the page to load, or reload it.';

function readProfile(doc: Document, handle: string, base: PageReading): PageReading {
  const lang = base.language;
  const json = profileData(doc, handle);
  const header = profileHeader(doc, handle, lang);
  const user = json?.user;
  const stats = (...keys: string[]) => stat(json?.statsV2, json?.stats, ...keys);

  const counts: Counts = allMissing('TikTok does not show this on a profile.');
  counts.followers = firstCount(NOT_SHOWN_YET, stats('followerCount'), header?.followers);
  counts.following = firstCount(NOT_SHOWN_YET, stats('followingCount'), header?.following);
  counts.likes = firstCount(NOT_SHOWN_YET, stats('heartCount', 'heart'), header?.likes);
  counts.posts = firstCount(
    json
      ? 'TikTok’s page data has no video count for this profile.'
      : header
        ? 'TikTok shows the number of videos only in the data it sends with a page, and this page has ' +
          'none for this profile; reload to read it.'
        : NOT_SHOWN_YET,
    stats('videoCount'),
  );

  const seen = Boolean(json || header);
  const verified = at(user, 'verified');
  return {
    ...base,
    handle: asString(at(user, 'uniqueId')) ?? handle,
    // Text from the page's data, else from the rendered page.
    displayName: firstText(
      seen ? 'The profile shows no name.' : NOT_SHOWN_YET,
      [asString(at(user, 'nickname')), 'json'],
      [header?.name, 'dom'],
    ),
    bio: firstText(seen ? 'The profile has no bio.' : NOT_SHOWN_YET, [asString(at(user, 'signature')), 'json'], [header?.bio, 'dom']),
    // The badge is either drawn or not; when it is not, the DOM cannot tell "not verified" from "not drawn yet".
    verified: typeof verified === 'boolean' ? verified : header?.verified ? true : null,
    counts,
    posts: profilePosts(json, gridCells(doc, handle, lang), handle),
  };
}

const GRID_ONLY = 'The profile grid shows only views; open the video to read this.';

/**
 * The grid as the user sees it, each video with the exact counts of the page's data where it has
 * them (SIGI_STATE's ItemModule), then any videos the data has that the grid has not rendered yet.
 */
function profilePosts(json: ProfileData | null, grid: GridCell[], handle: string): PostReading[] {
  const fromJson = new Map<string, PostReading>();
  for (const item of json?.items ?? []) {
    const post = postFromItem(item);
    if (post && sameHandle(post.author, handle)) fromJson.set(post.id, post);
  }
  const posts: PostReading[] = grid.map((cell) => {
    const known = fromJson.get(cell.id);
    fromJson.delete(cell.id);
    if (!known) {
      return {
        id: cell.id,
        url: cell.url,
        author: cell.author,
        postedAt: timeFromId(cell.id),
        caption: null,
        pinned: cell.pinned,
        sponsored: cell.sponsored,
        counts: {
          likes: missing(GRID_ONLY),
          comments: missing(GRID_ONLY),
          shares: missing(GRID_ONLY),
          views: firstCount('The grid did not show this video’s views.', cell.views),
        },
      };
    }
    const views = isMeasured(known.counts.views) ? known.counts.views : firstCount(GRID_ONLY, cell.views);
    return {
      ...known,
      pinned: known.pinned || cell.pinned,
      sponsored: known.sponsored || cell.sponsored,
      counts: { ...known.counts, views },
    };
  });
  return [...posts, ...fromJson.values()].slice(0, MAX_POSTS);
}

function readVideo(doc: Document, handle: string, kind: 'video' | 'photo', id: string, base: PageReading): PageReading {
  const json = videoData(doc, id);
  const fromJson = json ? postFromItem(json.item) : null;
  const view = videoView(doc, id, base.language);
  const author = fromJson?.author ?? handle;
  const reason = fromJson || view ? 'The page does not show this.' : NOT_SHOWN_YET;
  const caption = fromJson?.caption ?? (view?.caption ? clip(view.caption) : null);
  const post: PostReading = {
    id,
    url: postUrl(author, kind, id),
    author,
    postedAt: fromJson?.postedAt ?? timeFromId(id),
    caption,
    pinned: fromJson?.pinned ?? false,
    sponsored: Boolean(fromJson?.sponsored || view?.adLabel || isSponsored(caption)),
    counts: {
      likes: firstCount(reason, measured(fromJson?.counts.likes), view?.likes),
      comments: firstCount(reason, measured(fromJson?.counts.comments), view?.comments),
      shares: firstCount(reason, measured(fromJson?.counts.shares), view?.shares),
      views: firstCount(
        fromJson
          ? 'TikTok’s page data has no play count for this video.'
          : 'TikTok shows plays only in the data it sends with a page, and this page has none for this ' +
            'video; reload to read them.',
        measured(fromJson?.counts.views),
      ),
    },
  };

  // A video page shows its author's counts only in the page's data.
  const onProfile = 'Open the author’s profile to read this.';
  const counts: Counts = allMissing(onProfile);
  const authorStat = (key: string) => stat(json?.authorStatsV2, json?.authorStats, key);
  counts.followers = firstCount(onProfile, authorStat('followerCount'));
  counts.following = firstCount(onProfile, authorStat('followingCount'));
  counts.posts = firstCount(onProfile, authorStat('videoCount'));
  Object.assign(counts, post.counts);

  const verified = at(json?.author, 'verified');
  return {
    ...base,
    handle: author,
    displayName: firstText('Open the author’s profile to read the name.', [asString(at(json?.author, 'nickname')), 'json']),
    bio: firstText('Open the author’s profile to read the bio.', [asString(at(json?.author, 'signature')), 'json']),
    verified: typeof verified === 'boolean' ? verified : null,
    counts,
    posts: [post],
  };
}

function measured(field: CountField | undefined): MeasuredCount | null {
  return field && isMeasured(field) ? field : null;
}

function extract(doc: Document, url: URL): PageReading {
  const path = parsePath(url);
  const base = emptyReading('tiktok', path.type, url, doc, 'Not a TikTok profile or video page.');
  if (!path.handle) return base;
  try {
    if (path.post) return readVideo(doc, path.handle, path.post.kind, path.post.id, base);
    return readProfile(doc, path.handle, base);
  } catch {
    // Never throw on a page we half-understand: say what we could not read.
    const reason = 'Creator Scout could not read this TikTok page.';
    return { ...emptyReading('tiktok', path.type, url, doc, reason), handle: path.handle };
  }
}

export const tiktok: PlatformAdapter = {
  platform: 'tiktok',
  hosts: tiktokSite.domains,
  pageType: (url) => parsePath(url).type,
  profileHandle: (url) => {
    const path = parsePath(url);
    return path.type === 'profile' ? path.handle : null;
  },
  // TikTok can serve a browser check first and render the data later: wait for the counts.
  readySelector: (url) => {
    const type = parsePath(url).type;
    return type === 'profile' ? PROFILE.followers : type === 'post' ? VIDEO.likes : null;
  },
  extract,
};
