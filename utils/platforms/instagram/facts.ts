// What one source on a post page (meta tags, JSON-LD, embedded JSON, rendered DOM) says about the
// post. The post reader merges these, preferring the most precise count and the exact instant.
import type { FieldSource, MeasuredCount } from '@/utils/model/reading';

export interface PostFacts {
  source: FieldSource;
  likes?: MeasuredCount | null;
  comments?: MeasuredCount | null;
  views?: MeasuredCount | null;
  /** The author hid the like count: a missing like count is then the author's choice. */
  likesHidden?: boolean;
  /** Epoch ms. */
  postedAt?: number | null;
  /** True when `postedAt` is only the day (UTC midnight), as in the meta tags. */
  dayOnly?: boolean;
  caption?: string | null;
  author?: string | null;
  authorName?: string | null;
  authorVerified?: boolean | null;
  /** Labels shown on the post ("Paid partnership with …"), or the data's paid-partnership flag. */
  labels?: string[];
  /** The author's totals, where the page's data carries them. */
  authorFollowers?: MeasuredCount | null;
  authorFollowing?: MeasuredCount | null;
  authorPosts?: MeasuredCount | null;
}

/** Instagram's own label, passed to isSponsored() when the data flags a paid partnership. */
export const PAID_PARTNERSHIP_LABEL = 'Paid partnership';
