// Authenticity signals: patterns that deserve a closer look, each with its evidence. Signals, not
// a verdict: every one of them has innocent explanations, and the popup says so. Pure.
import type { BenchmarkComparison } from './benchmarks';
import type { PostMetrics } from './engagement';

export type SignalStatus = 'flagged' | 'clear' | 'unknown';

export interface Signal {
  id: 'low-engagement' | 'follow-ratio' | 'comment-like-ratio' | 'like-pattern' | 'follower-jump' | 'sponsored-share';
  label: string;
  status: SignalStatus;
  /** What was measured, in numbers the user can check. */
  evidence: string;
}

export interface SnapshotPoint {
  takenAt: number;
  followers: number;
  precision: number;
}

export interface AuthenticityInput {
  followers: number | null;
  following: number | null;
  comparisons: BenchmarkComparison[];
  /** Recent posts with their numbers (newest first); the caption names a post in the evidence. */
  posts: Array<PostMetrics & { sponsored?: boolean; caption?: string | null }>;
  /** Follower counts over time, oldest first. */
  history: SnapshotPoint[];
}

const grouped = new Intl.NumberFormat('en-US');
const pct = (f: number, digits = 1) => `${(f * 100).toFixed(digits)}%`;
const DAY = 86_400_000;

const postDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

/** "1 post", "2 posts". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${grouped.format(count)} ${count === 1 ? one : many}`;
}

/** A post as a user recognizes it: its date and the start of its caption, never its raw id. */
export function postName(post: { postedAt: number | null; caption?: string | null }): string {
  const caption = post.caption?.replace(/\s+/g, ' ').trim();
  const excerpt = caption ? `“${caption.length > 40 ? `${caption.slice(0, 39).trimEnd()}…` : caption}”` : null;
  const date = post.postedAt === null ? null : postDate.format(post.postedAt);
  if (date && excerpt) return `the post of ${date} ${excerpt}`;
  if (date) return `the post of ${date}`;
  return excerpt ? `the post ${excerpt}` : 'a post with no date or caption shown';
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function lowEngagement(input: AuthenticityInput): Signal {
  const label = 'Engagement far below its benchmark';
  const far = input.comparisons.find((c) => c.rating === 'far below');
  if (far) return { id: 'low-engagement', label, status: 'flagged', evidence: `${far.summary}: less than half the benchmark.` };
  if (input.comparisons.length === 0) return { id: 'low-engagement', label, status: 'unknown', evidence: 'No comparable benchmark or no engagement measured yet.' };
  return { id: 'low-engagement', label, status: 'clear', evidence: input.comparisons[0]!.summary + '.' };
}

function followRatio({ followers, following }: AuthenticityInput): Signal {
  const label = 'Follows many more accounts than follow back';
  if (followers === null || following === null || followers === 0) {
    return { id: 'follow-ratio', label, status: 'unknown', evidence: 'The page did not show both counts.' };
  }
  const ratio = following / followers;
  const evidence = `Follows ${grouped.format(following)}, followed by ${grouped.format(followers)} (ratio ${ratio.toFixed(2)}).`;
  // Follow-for-follow growth leaves accounts following about as many as follow them, or more.
  return { id: 'follow-ratio', label, status: ratio >= 1 && following >= 500 ? 'flagged' : 'clear', evidence };
}

function commentLikeRatio({ posts }: AuthenticityInput): Signal {
  const label = 'Comments out of proportion to likes';
  const ratios = posts
    .filter((p) => p.likes !== null && p.comments !== null && p.likes >= 50)
    .map((p) => ({ post: p, ratio: p.comments! / p.likes! }));
  if (ratios.length < 3) return { id: 'comment-like-ratio', label, status: 'unknown', evidence: 'Needs likes and comments of at least 3 posts.' };
  const typical = median(ratios.map((r) => r.ratio));
  // Bought likes leave posts with almost no comments; comment pods leave posts with far too many.
  const odd = ratios.filter((r) => r.ratio < 0.001 || r.ratio > 0.25 || (typical > 0 && (r.ratio > typical * 8 || r.ratio < typical / 8)));
  const evidence = `Median ${pct(typical, 2)} comments per like over ${plural(ratios.length, 'post')}${odd.length ? `; outliers: ${odd.map((o) => `${postName(o.post)} (${pct(o.ratio, 2)})`).join(', ')}` : ''}.`;
  return { id: 'comment-like-ratio', label, status: odd.length ? 'flagged' : 'clear', evidence };
}

function likePattern({ posts }: AuthenticityInput): Signal {
  const label = 'Likes suspiciously uniform or spiky';
  const likes = posts.filter((p) => !p.pinned && p.likes !== null).map((p) => ({ post: p, likes: p.likes! }));
  if (likes.length < 5) return { id: 'like-pattern', label, status: 'unknown', evidence: 'Needs the likes of at least 5 posts.' };
  const values = likes.map((l) => l.likes);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
  const cv = mean > 0 ? sd / mean : 0;
  const typical = median(values);
  const spikes = likes.filter((l) => typical > 0 && l.likes > typical * 5);
  if (cv < 0.05) {
    return { id: 'like-pattern', label, status: 'flagged', evidence: `Likes vary by only ${pct(cv)} across ${plural(likes.length, 'post')}: real audiences are rarely this even.` };
  }
  if (spikes.length) {
    return {
      id: 'like-pattern',
      label,
      status: 'flagged',
      evidence: `${spikes.map((s) => `${postName(s.post)} (${grouped.format(s.likes)})`).join(', ')} got over 5× the median ${grouped.format(typical)} likes.`,
    };
  }
  return { id: 'like-pattern', label, status: 'clear', evidence: `Likes vary by ${pct(cv)} across ${plural(likes.length, 'post')}; no post over 5× the median.` };
}

/** A drop of more than this share of the audience between two visits is worth a look (a purge of bought followers, or a ban wave). */
export const FOLLOWER_DROP_THRESHOLD = 0.05;

function followerJump({ history }: AuthenticityInput): Signal {
  const label = 'Sudden follower jumps or drops';
  if (history.length < 2) return { id: 'follower-jump', label, status: 'unknown', evidence: 'Needs two visits to compare.' };
  let worst: { from: SnapshotPoint; to: SnapshotPoint; rate: number } | null = null;
  let drop: { from: SnapshotPoint; to: SnapshotPoint; share: number } | null = null;
  for (let i = 1; i < history.length; i++) {
    const from = history[i - 1]!;
    const to = history[i]!;
    const change = to.followers - from.followers;
    // Only a change larger than what rounding could explain counts.
    if (Math.abs(change) <= Math.max(from.precision, to.precision) || from.followers === 0) continue;
    if (change < 0) {
      const share = -change / from.followers;
      if (!drop || share > drop.share) drop = { from, to, share };
      continue;
    }
    const days = Math.max((to.takenAt - from.takenAt) / DAY, 1);
    const rate = change / from.followers / days;
    if (!worst || rate > worst.rate) worst = { from, to, rate };
  }
  const visits = plural(history.length, 'visit');
  const daysBetween = (from: SnapshotPoint, to: SnapshotPoint) => plural(Math.max(Math.round((to.takenAt - from.takenAt) / DAY), 1), 'day');
  const gainText = worst && `+${grouped.format(worst.to.followers - worst.from.followers)} (${pct((worst.to.followers - worst.from.followers) / worst.from.followers)}) in ${daysBetween(worst.from, worst.to)}`;
  const dropText = drop && `−${grouped.format(drop.from.followers - drop.to.followers)} (−${pct(drop.share)}) in ${daysBetween(drop.from, drop.to)}`;
  // More than 2 % a day is far beyond organic growth for an established account.
  const jumped = worst !== null && worst.rate > 0.02 && worst.to.followers - worst.from.followers >= 500;
  const dropped = drop !== null && drop.share > FOLLOWER_DROP_THRESHOLD;
  if (!gainText && !dropText) return { id: 'follower-jump', label, status: 'clear', evidence: `No change beyond rounding across ${visits}.` };
  const evidence = [gainText && `Largest gain ${gainText}`, dropText && `largest drop ${dropText}${dropped ? `, over the ${pct(FOLLOWER_DROP_THRESHOLD, 0)} a drop is worth a look at (a purge of bought followers?)` : ''}`]
    .filter(Boolean)
    .join('; ');
  return { id: 'follower-jump', label, status: jumped || dropped ? 'flagged' : 'clear', evidence: `${evidence.charAt(0).toUpperCase()}${evidence.slice(1)}.` };
}

function sponsoredShare({ posts }: AuthenticityInput): Signal {
  const label = 'Mostly sponsored content';
  const known = posts.filter((p) => p.sponsored !== undefined);
  if (known.length < 4) return { id: 'sponsored-share', label, status: 'unknown', evidence: 'Needs at least 4 posts.' };
  const sponsored = known.filter((p) => p.sponsored).length;
  const share = sponsored / known.length;
  return {
    id: 'sponsored-share',
    label,
    status: share > 0.5 ? 'flagged' : 'clear',
    evidence: `${sponsored} of ${plural(known.length, 'post')} seen ${sponsored === 1 ? 'is' : 'are'} sponsored (${pct(share, 0)}).`,
  };
}

/** How many checks could run (had enough data) and how many of those flagged something. */
export function signalsSummary(signals: readonly Signal[]): { ran: number; total: number; flagged: number; text: string } {
  const ran = signals.filter((s) => s.status !== 'unknown').length;
  const flagged = signals.filter((s) => s.status === 'flagged').length;
  const total = signals.length;
  const text =
    ran === 0
      ? `Not enough data yet: none of the ${total} checks could run`
      : `${ran} of ${plural(total, 'check')} could run: ${flagged ? `${flagged} to look at` : 'nothing flagged'}`;
  return { ran, total, flagged, text };
}

export function authenticitySignals(input: AuthenticityInput): Signal[] {
  return [lowEngagement(input), followRatio(input), commentLikeRatio(input), likePattern(input), followerJump(input), sponsoredShare(input)];
}
