// Follower growth from the snapshots taken at each visit. Pure.
import type { SnapshotPoint } from './authenticity';

export interface Growth {
  /** Change since the previous visit, or null on a first visit. */
  sinceLastVisit: { change: number; fraction: number; since: number; measurable: boolean } | null;
  /** Change per 30 days over the whole history, or null with fewer than two visits a day apart. */
  per30Days: { change: number; fraction: number; overDays: number } | null;
}

const DAY = 86_400_000;

/** `history` oldest first; `current` the count on the page now. */
export function followerGrowth(history: SnapshotPoint[], current: SnapshotPoint | null): Growth {
  const points = current ? [...history.filter((h) => h.takenAt < current.takenAt), current] : history;
  if (points.length < 2) return { sinceLastVisit: null, per30Days: null };
  const last = points[points.length - 1]!;
  const previous = points[points.length - 2]!;
  const change = last.followers - previous.followers;
  const sinceLastVisit = {
    change,
    fraction: previous.followers ? change / previous.followers : 0,
    since: previous.takenAt,
    // A change within the rounding of either count is not a change we can see.
    measurable: Math.abs(change) >= Math.max(last.precision, previous.precision),
  };
  const first = points[0]!;
  const days = (last.takenAt - first.takenAt) / DAY;
  const per30Days =
    days >= 1
      ? {
          change: ((last.followers - first.followers) / days) * 30,
          fraction: first.followers ? ((last.followers - first.followers) / first.followers / days) * 30 : 0,
          overDays: Math.round(days),
        }
      : null;
  return { sinceLastVisit, per30Days };
}
