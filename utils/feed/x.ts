// X (x.com, twitter.com) feed cards: every tweet of a home timeline, search or hashtag result list,
// profile timeline or reply thread is an `article[data-testid="tweet"]`. The author is the one the
// tweet's name box links to; its counts come from the same reader as the status page's tweets.
import { x } from '../extract/x';
import { MAIN_TWEET, nameBoxAuthor, readTweet, TWEET, tweetNameBox } from '../extract/x/tweets';
import type { FeedCard, FeedReader } from './types';

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

export const xFeed: FeedReader = {
  platform: 'x',
  cardSelector: TWEET,
  read(card: Element, base: URL, lang: string | null): FeedCard | null {
    const nameBox = tweetNameBox(card);
    const handle = nameBox ? boxHandle(nameBox, base) : null;
    if (!nameBox || !handle) return null;
    const { name, verified } = nameBoxAuthor(nameBox);
    const post = readTweet(card, base, lang, card.matches(MAIN_TWEET));
    return {
      card,
      nameBox,
      author: { handle, name, profileUrl: `${base.origin}/${handle}`, verified },
      // A tweet whose permalink names someone else (it cannot be this author's post) counts for no one.
      post: post && post.author?.toLowerCase() === handle.toLowerCase() ? post : null,
    };
  },
};
