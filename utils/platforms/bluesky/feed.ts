// Bluesky feed cards: items of the following/discover feeds, search results and profile feeds
// (`feedItem-by-<handle>`), and the posts and replies of a thread (`postThreadItem-by-<handle>`).
// The handle is in the test id; the name is the text of the card's first link to that profile
// (the avatar link before it holds only the picture; a repost's "Reposted by" line links elsewhere).
import { readFeedItem } from './posts';
import { cleanText, DID, HANDLE, VERIFIED_BADGE } from './text';
import type { PostReading } from '@/utils/model/reading';
import type { FeedCard, FeedReader } from '@/utils/feed/types';

const PREFIXES = ['feedItem-by-', 'postThreadItem-by-'] as const;

function prefixOf(card: Element): { prefix: string; id: string } | null {
  const testId = card.getAttribute('data-testid') ?? '';
  const prefix = PREFIXES.find((p) => testId.startsWith(p));
  return prefix ? { prefix, id: testId.slice(prefix.length) } : null;
}

/** The card's own link showing the author's name (or handle, when they set no name). */
function nameLink(card: Element, id: string): Element | null {
  const path = `/profile/${id}`.toLowerCase();
  for (const link of card.querySelectorAll('a[href^="/profile/"]')) {
    if ((link.getAttribute('href') ?? '').toLowerCase() !== path) continue;
    const text = cleanText(link);
    if (text && !text.replace(/^\u00a0/, '').trim().startsWith('@')) return link;
  }
  return null;
}

export const blueskyFeed: FeedReader = {
  platform: 'bluesky',
  cardSelector: PREFIXES.map((p) => `[data-testid^="${p}"]`).join(', '),
  read(card: Element, base: URL): FeedCard | null {
    const found = prefixOf(card);
    // A DID in the test id names no handle to show or key by: no chip rather than a wrong one.
    if (!found || !HANDLE.test(found.id) || DID.test(found.id)) return null;
    const nameBox = nameLink(card, found.id);
    if (!nameBox) return null;
    const shown = cleanText(nameBox);
    return {
      card,
      nameBox,
      author: {
        handle: found.id,
        name: shown && shown.toLowerCase() !== found.id.toLowerCase() ? shown : null,
        profileUrl: new URL(`/profile/${found.id}`, base.origin).href,
        verified: nameBox.querySelector(VERIFIED_BADGE) ? true : null,
      },
    };
  },
  readPost({ card, author }: FeedCard, _base: URL, lang: string | null): PostReading | null {
    const found = prefixOf(card);
    const post = found ? readFeedItem(card, lang, found.prefix) : null;
    return post && post.author?.toLowerCase() === author.handle.toLowerCase() ? post : null;
  },
};
