// One video's engagement, on its own page: (likes + comments) ÷ views. Pure: no browser APIs.
import type { PostReading } from '@/utils/model/reading';
import { isMeasured } from '@/utils/model/reading-fields';

export type PostEngagement =
  | {
      available: true;
      /** A fraction: 0.0123 is 1.23 %. */
      rate: number;
      formula: string;
      /** Some input was shown rounded ("703K comments"): the rate is approximate. */
      approximate: boolean;
      benchmarkNote: string;
    }
  | { available: false; reason: string };

export const POST_ENGAGEMENT_FORMULA = '(likes + comments) ÷ views of this video';

/**
 * (likes + comments) ÷ views of one post, where the page shows all three. A number the page does not
 * show is never taken as 0: the rate is then not measured, and the reason names what is missing.
 */
export function postEngagement(post: PostReading): PostEngagement {
  const { likes, comments, views } = post.counts;
  const absent = [
    isMeasured(likes) ? null : 'likes',
    isMeasured(comments) ? null : 'comments',
    isMeasured(views) ? null : 'views',
  ].filter((k): k is string => k !== null);
  if (absent.length || !isMeasured(likes) || !isMeasured(comments) || !isMeasured(views)) {
    return { available: false, reason: `The page does not show this post’s ${absent.join(' or ')}.` };
  }
  if (views.value <= 0) return { available: false, reason: 'This post has no views yet.' };
  return {
    available: true,
    rate: (likes.value + comments.value) / views.value,
    formula: POST_ENGAGEMENT_FORMULA,
    approximate: likes.precision > 1 || comments.precision > 1 || views.precision > 1,
    // The by-views benchmarks DESIGN.md lists (TikTok, Influencer Hero) count shares too and are
    // medians over a creator's posts: not the same formula as one video's (likes + comments) ÷ views.
    benchmarkNote: 'No published benchmark uses this formula for a single video, so none is shown.',
  };
}
