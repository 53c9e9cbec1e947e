import type { AccountWithHistory } from '@/utils/model/views';
import type { Account, ObservedCount, Post, Snapshot } from '@/utils/model/schemas';
import { platformName } from '@/utils/format';
import { VIEW_PLATFORMS } from '@/utils/scoring/engagement';

// What the growth chart and the engagement history show, computed from the stored snapshots and
// posts. Pure, so the numbers in the chart and in its table can never disagree.

export function accountLabel(account: Pick<Account, 'handle' | 'platform'>): string {
  return `@${account.handle} (${platformName(account.platform)})`;
}

export interface FollowerRow {
  takenAt: number;
  account: Account;
  followers: ObservedCount;
  /** Change since the account's previous snapshot; null for its first. */
  change: number | null;
  /** The change is between counts at least one of which the page showed rounded. */
  changeApproximate: boolean;
}

/** Every follower count seen, oldest first, with the change since the account's previous one. */
export function followerRows(accounts: AccountWithHistory[]): FollowerRow[] {
  const rows = accounts.flatMap(({ account, snapshots }) => {
    let previous: ObservedCount | null = null;
    return snapshots.flatMap((s) => {
      const followers = s.counts.followers;
      if (!followers) return [];
      const change: number | null = previous === null ? null : followers.value - previous.value;
      const changeApproximate = followers.precision > 1 || (previous !== null && previous.precision > 1);
      previous = followers;
      return [{ takenAt: s.takenAt, account, followers, change, changeApproximate }];
    });
  });
  return rows.sort((a, b) => a.takenAt - b.takenAt);
}

export interface FollowerLine {
  accountId: string;
  label: string;
  /** Seconds (uPlot's time unit), ascending. */
  xs: number[];
  values: number[];
}

export interface FollowerChartData {
  /** Every line spans the same dates, so the charts line up one under the other. */
  range: [number, number];
  lines: FollowerLine[];
}

/**
 * One line per account. Each gets its own chart and scale: on one shared scale, 12k followers next
 * to 250k would be a flat line and its growth invisible.
 */
export function followerChartData(rows: FollowerRow[]): FollowerChartData {
  const lines = new Map<string, FollowerLine>();
  for (const row of rows) {
    let line = lines.get(row.account.id);
    if (!line) {
      line = { accountId: row.account.id, label: accountLabel(row.account), xs: [], values: [] };
      lines.set(row.account.id, line);
    }
    line.xs.push(Math.floor(row.takenAt / 1000));
    line.values.push(row.followers.value);
  }
  const xs = rows.map((r) => Math.floor(r.takenAt / 1000));
  return { range: [Math.min(...xs), Math.max(...xs)], lines: [...lines.values()] };
}

export type PostEngagement =
  | { rate: number; method: 'followers' | 'views'; followers: number | null }
  | { rate: null; reason: string };

/** The follower count when the post was seen: the last snapshot before it, else the first after, else the account's latest. */
function followersWhenSeen(post: Post, account: Account, snapshots: Snapshot[]): number | null {
  const counted = snapshots.filter((s) => s.counts.followers);
  const before = counted.filter((s) => s.takenAt <= post.seenAt).at(-1) ?? counted[0];
  return before?.counts.followers?.value ?? account.followers;
}

/**
 * One post's engagement, by the formula DESIGN.md defines for its platform: (likes + comments) ÷
 * followers, or (likes + comments + shares) ÷ views where the platform shows views.
 */
export function engagementOfPost(post: Post, account: Account, snapshots: Snapshot[]): PostEngagement {
  const likes = post.counts.likes?.value;
  const comments = post.counts.comments?.value;
  if (VIEW_PLATFORMS.has(account.platform)) {
    const views = post.counts.views?.value;
    if (likes === undefined || comments === undefined || !views) return { rate: null, reason: 'views, likes or comments not shown' };
    return { rate: (likes + comments + (post.counts.shares?.value ?? 0)) / views, method: 'views', followers: null };
  }
  if (likes === undefined || comments === undefined) return { rate: null, reason: 'likes or comments not shown' };
  const followers = followersWhenSeen(post, account, snapshots);
  if (!followers) return { rate: null, reason: 'follower count not known' };
  return { rate: (likes + comments) / followers, method: 'followers', followers };
}

/** A caption cut to a readable length, at a word boundary where there is one. */
export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
