// X (x.com, twitter.com) feed cards: every tweet of a home timeline, search or hashtag result list,
// profile timeline or reply thread is an `article[data-testid="tweet"]`. The author is the one the
// tweet's name box links to; its post and counts come from the same reader as the status page's
// tweets (read later, when the page is idle: see FeedReader).
import { isHandleSegment, x } from './adapter';
import { MAIN_TWEET, nameBoxAuthor, readTweet, TWEET, tweetNameBox } from './tweets';
import type { PostReading } from '@/utils/model/reading';
import type { FeedCard, FeedReader } from '@/utils/feed/types';

/**
 * The handle a name box links to: `<a href="/JeffreyGuterman">` (the name link and the @handle link
 * agree). A link to one of X's own pages ("/home", "/explore") is no profile.
 */
function boxHandle(box: Element, base: URL): string | null {
  for (const link of box.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    // The site's own form, "/JeffreyGuterman", read without parsing a URL (a feed has hundreds).
    const segment = /^\/([^/?#]+)\/?$/.exec(href)?.[1];
    if (segment !== undefined) {
      if (isHandleSegment(segment)) return segment;
      continue;
    }
    let url: URL;
    try {
      url = new URL(href, base);
    } catch {
      continue;
    }
    if (url.origin !== base.origin || url.pathname.split('/').filter(Boolean).length !== 1) continue;
    const handle = x.profileHandle(url);
    if (handle) return handle;
  }
  return null;
}

export const xFeed: FeedReader = {
  platform: 'x',
  cardSelector: TWEET,
  read(card: Element, base: URL): FeedCard | null {
    const nameBox = tweetNameBox(card);
    const handle = nameBox ? boxHandle(nameBox, base) : null;
    if (!nameBox || !handle) return null;
    const { name, verified } = nameBoxAuthor(nameBox);
    return { card, nameBox, author: { handle, name, profileUrl: `${base.origin}/${handle}`, verified } };
  },
  readPost({ card, author }: FeedCard, base: URL, lang: string | null): PostReading | null {
    const post = readTweet(card, base, lang, card.matches(MAIN_TWEET));
    // A tweet whose permalink names someone else (it cannot be this author's post) counts for no one;
    // so does a card the site has since filled with another author's tweet.
    return post && post.author?.toLowerCase() === author.handle.toLowerCase() ? post : null;
  },
};
