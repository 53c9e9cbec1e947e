// The Instagram adapter. The readers live in utils/platforms/instagram/: profile pages (meta tags and
// the rendered header) and post/reel pages (meta tags, JSON-LD, embedded JSON, rendered post).
import { emptyReading, type PageReading, type PlatformAdapter } from '../adapter';
import { readPost } from './post';
import { readProfile } from './profile';
import { INSTAGRAM_HOSTS, pageTypeOf, postAddress, profileHandle } from './urls';

// What the content script waits for before reading (it then reads until the reading is complete).
// Profiles: the header's count items (logged out they are buttons, logged in links to /followers/).
// Posts: the like count (a link to the likers list) or the post's time.
// Both also accept og:description: a logged-out page may carry its numbers only there. After
// in-site navigation that tag is stale, the readers ignore it, the reading stays incomplete and the
// content script keeps waiting for the rendered header or post.
const META_READY = 'meta[property="og:description"]';
const PROFILE_READY = `header section ul li, header ul li, a[href$="/followers/"], ${META_READY}`;
const POST_READY = `a[href*="/liked_by/"], time[datetime], ${META_READY}`;

function extract(doc: Document, url: URL): PageReading {
  const handle = profileHandle(url);
  if (pageTypeOf(url) === 'profile' && handle) return readProfile(doc, url, handle);
  const address = postAddress(url);
  if (pageTypeOf(url) === 'post' && address) return readPost(doc, url, address);
  return emptyReading('instagram', 'other', url, doc, 'Not a profile page.');
}

export const instagram: PlatformAdapter = {
  platform: 'instagram',
  hosts: INSTAGRAM_HOSTS,
  pageType: pageTypeOf,
  profileHandle: (url) => (pageTypeOf(url) === 'profile' ? profileHandle(url) : null),
  readySelector(url) {
    const type = pageTypeOf(url);
    return type === 'profile' ? PROFILE_READY : type === 'post' ? POST_READY : null;
  },
  extract,
};
