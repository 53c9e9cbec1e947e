import { describe, expect, it } from 'vitest';
import { followerGrowth } from '@/utils/scoring/growth';

const DAY = 86_400_000;
const T = Date.UTC(2026, 10, 20);

describe('followerGrowth', () => {
  it('has nothing to say on a first visit', () => {
    expect(followerGrowth([], { takenAt: T, followers: 2362, precision: 1 })).toEqual({ sinceLastVisit: null, per30Days: null });
  });

  it('gives the change since the last visit and the pace per 30 days', () => {
    const history = [
      { takenAt: T - 60 * DAY, followers: 2_000, precision: 1 },
      { takenAt: T - 10 * DAY, followers: 2_300, precision: 1 },
    ];
    const growth = followerGrowth(history, { takenAt: T, followers: 2_362, precision: 1 });
    // since last visit: 2,362 − 2,300 = +62 = +2.70 %
    expect(growth.sinceLastVisit).toEqual({ change: 62, fraction: 62 / 2300, since: T - 10 * DAY, measurable: true });
    // over 60 days: +362 → per 30 days +181 (+9.05 % of 2,000)
    expect(growth.per30Days).toEqual({ change: 181, fraction: (362 / 2000 / 60) * 30, overDays: 60 });
  });

  it('does not report a change smaller than the rounding of the counts', () => {
    const history = [{ takenAt: T - 5 * DAY, followers: 783_400, precision: 100 }];
    const growth = followerGrowth(history, { takenAt: T, followers: 783_427, precision: 1 });
    expect(growth.sinceLastVisit).toMatchObject({ change: 27, measurable: false });
  });
});
