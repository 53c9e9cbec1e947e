// X (x.com, twitter.com) feed cards: every tweet of a home timeline, search or hashtag result list,
// profile timeline or reply thread is an `article[data-testid="tweet"]`. The author is the one the
// tweet's name box links to; its counts come from the same reader as the status page's tweets.
import { x } from './adapter';
import { MAIN_TWEET, readTweet, TWEET, tweetAuthor } from './tweets';
import type { FeedCard, FeedReader } from '@/utils/feed/types';

// "User-Name" on x.com; "User-Names" (plural) on twitter.com's 2023 status pages.
const NAME_BOX = '[data-testid="User-Name"], [data-testid="User-Names"]';
const QUOTE = 'div[role="link"]';

/**
 * The handle a name box links to: `<a href="/JeffreyGuterman">` (the name link and the @handle link
 * agree). A link to one of X's own pages ("/home", "/explore") is no profile.
 */
function boxHandle(box: Element, base: URL): string | null {
  for (const link of box.querySelectorAll('a[href]')) {
    let url: URL;
    try {
      url = new URL(link.getAttribute('href') ?? '', base);
    } catch {
      continue;
    }
    if (url.origin !== base.origin || url.pathname.split('/').filter(Boolean).length !== 1) continue;
    const handle = x.profileHandle(url);
    if (handle) return handle;
  }
  return null;
}

/** The tweet's own name box, not the one of a tweet it quotes. */
function ownNameBox(article: Element): Element | null {
  for (const box of article.querySelectorAll(NAME_BOX)) {
    const quote = box.parentElement?.closest(QUOTE);
    if (!quote || !article.contains(quote)) return box;
  }
  return null;
}

export const xFeed: FeedReader = {
  platform: 'x',
  cardSelector: TWEET,
  read(card: Element, base: URL, lang: string | null): FeedCard | null {
    const nameBox = ownNameBox(card);
    const handle = nameBox ? boxHandle(nameBox, base) : null;
    if (!nameBox || !handle) return null;
    const { name, verified } = tweetAuthor(card);
    const post = readTweet(card, base, lang, card.matches(MAIN_TWEET));
    return {
      card,
      nameBox,
      author: { handle, name, profileUrl: new URL(`/${handle}`, base.origin).href, verified },
      // A tweet whose permalink names someone else (it cannot be this author's post) counts for no one.
      post: post && post.author?.toLowerCase() === handle.toLowerCase() ? post : null,
    };
  },
};
