// What a feed reader returns for one card of a feed, search result list, timeline or reply thread.
// Pure data plus the element the chip is placed beside; no browser APIs beyond the DOM.
import type { Platform, PostReading } from '@/utils/model/reading';

export interface FeedAuthor {
  /** As the site writes it, without "@" (X: "JeffreyGuterman"; Bluesky: "stephenking.bsky.social"). */
  handle: string;
  /** The name the card shows, or null when it shows none. */
  name: string | null;
  profileUrl: string;
  /** The badge next to the name; null when the card does not say. */
  verified: boolean | null;
}

export interface FeedCard {
  /** The card element (a tweet, a feed item, a reply). */
  card: Element;
  /** The element that shows the author's name: the chip goes right after it. */
  nameBox: Element;
  author: FeedAuthor;
}

export interface FeedReader {
  readonly platform: Platform;
  /** Selector of every card this reader reads (new ones are matched against it). */
  readonly cardSelector: string;
  /**
   * The card's author and where the chip goes, or null when its author cannot be read (no chip
   * then). It runs on every mutation batch, for each new card: it reads the author and nothing else.
   */
  read(card: Element, base: URL, lang: string | null): FeedCard | null;
  /**
   * The post the card shows, with the counts it shows (a count it does not show is missing, never
   * 0); null when the card's post cannot be identified as the author's own. Read later, when the
   * page is idle (and when the chip saves the author), so the scroll never waits for it.
   */
  readPost(card: FeedCard, base: URL, lang: string | null): PostReading | null;
}
