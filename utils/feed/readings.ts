// Feed cards as the readings the background already knows how to keep: a post-page reading per
// card (its post, for `feedSeen`), and a profile reading with what the card shows about its author
// (name, profile link, the post), for saving them from the chip. A feed card shows none of the
// author's own counts: they are missing, never 0.
import type { Extraction, Platform, PostReading } from '@/utils/model/reading';
import { accountIdOf, allMissing, missing } from '@/utils/model/reading-fields';
import type { FeedCard } from './types';

const NOT_IN_FEED = 'A feed card does not show the author’s counts: open their profile to read them.';
const NO_BIO = 'A feed card does not show the author’s bio.';

function base(card: FeedCard, platform: Platform, lang: string | null): Omit<Extraction, 'pageType' | 'url' | 'posts'> {
  return {
    platform,
    handle: card.author.handle,
    displayName: card.author.name ? { value: card.author.name, source: 'dom' } : missing('The card shows no name.'),
    bio: missing(NO_BIO),
    verified: card.author.verified,
    language: lang ? lang.slice(0, 35) : null,
    counts: allMissing(NOT_IN_FEED),
    tookMs: 0,
  };
}

/** The card's post as a post-page reading, or null when the card's post could not be read. */
export function postReadingOf(card: FeedCard, post: PostReading | null, platform: Platform, lang: string | null): Extraction | null {
  if (!post?.url) return null;
  return { ...base(card, platform, lang), pageType: 'post', url: post.url, posts: [post] };
}

/** The card's author as a profile reading: what saving from the chip stores. */
export function profileReadingOf(card: FeedCard, post: PostReading | null, platform: Platform, lang: string | null): Extraction {
  return { ...base(card, platform, lang), pageType: 'profile', url: card.author.profileUrl, posts: post ? [post] : [] };
}

export function accountOf(card: FeedCard, platform: Platform): string {
  return accountIdOf(platform, card.author.handle);
}
