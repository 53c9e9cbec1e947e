import * as z from 'zod/mini';
import { MAX_POSTS, MAX_TEXT, PLATFORMS } from './reading-fields';

// The shape of everything a content script reads from a page. It crosses the page → extension
// boundary, so the receiver parses it with these schemas; `zod/mini` keeps the content script small.

export const PlatformSchema = z.enum(PLATFORMS);
export type Platform = z.infer<typeof PlatformSchema>;

export const PageTypeSchema = z.enum(['profile', 'post', 'other']);
export type PageType = z.infer<typeof PageTypeSchema>;

/** Where on the page a value was read. */
export const FieldSourceSchema = z.enum(['meta', 'json', 'jsonld', 'dom', 'aria', 'url']);
export type FieldSource = z.infer<typeof FieldSourceSchema>;

/**
 * A count as shown: "783.4K" is value 783400 with precision 100 — the unit of the last digit the
 * page shows. Sites differ in how they shorten: some round (the true value is within ±50), X and
 * Bluesky truncate ("23.9K" is 23,900 to 23,999). Either way, nothing finer than `precision` is known.
 */
export const MeasuredCountSchema = z.object({
  value: z.number().check(z.nonnegative()),
  precision: z.number().check(z.positive()),
  source: FieldSourceSchema,
});
export type MeasuredCount = z.infer<typeof MeasuredCountSchema>;

/** A field the page did not show, with the reason in words a user understands. */
export const MissingSchema = z.object({ missing: z.string().check(z.maxLength(300)) });
export type Missing = z.infer<typeof MissingSchema>;

export const CountFieldSchema = z.union([MeasuredCountSchema, MissingSchema]);
export type CountField = z.infer<typeof CountFieldSchema>;

export const TextFieldSchema = z.union([
  z.object({ value: z.string().check(z.maxLength(MAX_TEXT)), source: FieldSourceSchema }),
  MissingSchema,
]);
export type TextField = z.infer<typeof TextFieldSchema>;


export const CountsSchema = z.object({
  followers: CountFieldSchema,
  following: CountFieldSchema,
  posts: CountFieldSchema,
  likes: CountFieldSchema,
  comments: CountFieldSchema,
  shares: CountFieldSchema,
  views: CountFieldSchema,
});
export type Counts = z.infer<typeof CountsSchema>;

/** A post's own metrics. "likes" on a video are its likes, "views" its plays. */
export const PostCountsSchema = z.object({
  likes: CountFieldSchema,
  comments: CountFieldSchema,
  shares: CountFieldSchema,
  views: CountFieldSchema,
});
export type PostCounts = z.infer<typeof PostCountsSchema>;

/**
 * A channel credited on a collaboration post (YouTube shows "A and B" with an avatar stack and lists
 * each channel in a dialog). The post's author is the uploading channel; the others are kept here.
 */
export const CollaboratorSchema = z.object({
  handle: z.nullable(z.string().check(z.minLength(1), z.maxLength(100))),
  name: z.nullable(z.string().check(z.maxLength(200))),
});
export type Collaborator = z.infer<typeof CollaboratorSchema>;

/** A post, reel, video or tweet seen on the page: a post page's own post, or an item of a profile's grid. */
export const PostReadingSchema = z.object({
  /** The platform's id of the post (Instagram shortcode, TikTok/YouTube/X id). */
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  url: z.nullable(z.url()),
  /** Handle of the author, without "@", where the page names it. */
  author: z.nullable(z.string().check(z.maxLength(100))),
  /** Epoch milliseconds (UTC); null where the page shows only a relative time ("2 years ago"). */
  postedAt: z.nullable(z.number()),
  caption: z.nullable(z.string().check(z.maxLength(MAX_TEXT))),
  pinned: z.boolean(),
  /** #ad, #sponsored, a "Paid partnership" label and the like. */
  sponsored: z.boolean(),
  counts: PostCountsSchema,
  /**
   * Every channel credited on a collaboration post, the author (uploader) first. Absent on a post
   * with one author.
   */
  collaborators: z.optional(z.array(CollaboratorSchema).check(z.maxLength(20))),
  /**
   * A live stream's concurrent viewers ("10,226 watching now"): not views, which a live page does not
   * show. Absent unless the post is live.
   */
  liveViewers: z.optional(MeasuredCountSchema),
});
export type PostReading = z.infer<typeof PostReadingSchema>;


export const ExtractionSchema = z.object({
  platform: PlatformSchema,
  pageType: PageTypeSchema,
  url: z.url(),
  /** The account the page belongs to (the profile, or a post's author), without "@". */
  handle: z.nullable(z.string().check(z.minLength(1), z.maxLength(100))),
  displayName: TextFieldSchema,
  bio: TextFieldSchema,
  verified: z.nullable(z.boolean()),
  /** The page's language (`<html lang>`), used as a hint for localized numbers. */
  language: z.nullable(z.string().check(z.maxLength(35))),
  /**
   * Profile pages: the account's totals (followers, following, posts; likes where the site shows a
   * total). Post pages: the author's counts where shown, and that post's likes, comments, shares, views.
   */
  counts: CountsSchema,
  /** Post pages: the post itself. Profile pages: the grid items whose metrics the page shows. */
  posts: z.array(PostReadingSchema).check(z.maxLength(MAX_POSTS)),
  /** Milliseconds the extraction took in the page. */
  tookMs: z.number().check(z.nonnegative()),
});
export type Extraction = z.infer<typeof ExtractionSchema>;
