import { describe, expect, it } from 'vitest';
import { authenticitySignals, signalsSummary, type AuthenticityInput } from '@/utils/scoring/authenticity';
import type { PostMetrics } from '@/utils/scoring/engagement';

const DAY = 86_400_000;
const T = Date.UTC(2026, 10, 20);
const post = (id: string, likes: number | null, comments: number | null, sponsored = false): PostMetrics & { sponsored: boolean } => ({
  id, postedAt: null, pinned: false, likes, comments, shares: null, views: null, sponsored,
});
const input = (patch: Partial<AuthenticityInput>): AuthenticityInput => ({ followers: 10_000, following: 300, comparisons: [], posts: [], history: [], ...patch });
const signal = (i: AuthenticityInput, id: string) => authenticitySignals(i).find((s) => s.id === id)!;

describe('authenticity signals', () => {
  it('lists every check, each with its evidence, unknown where data is missing', () => {
    const signals = authenticitySignals(input({ followers: null, following: null }));
    expect(signals.map((s) => [s.id, s.status])).toEqual([
      ['low-engagement', 'unknown'],
      ['follow-ratio', 'unknown'],
      ['comment-like-ratio', 'unknown'],
      ['like-pattern', 'unknown'],
      ['follower-jump', 'unknown'],
      ['sponsored-share', 'unknown'],
    ]);
    expect(signals.every((s) => s.evidence.length > 0)).toBe(true);
  });

  it('flags following more accounts than follow back', () => {
    expect(signal(input({ followers: 2_000, following: 4_000 }), 'follow-ratio')).toMatchObject({
      status: 'flagged',
      evidence: 'Follows 4,000, followed by 2,000 (ratio 2.00).',
    });
    expect(signal(input({ followers: 2_362, following: 136 }), 'follow-ratio').status).toBe('clear');
  });

  it('flags posts whose comments are out of proportion to likes', () => {
    // Typical posts: 2 % comments per like; p4 has 1,000 likes and no comments.
    const posts = [post('p1', 500, 10), post('p2', 600, 12), post('p3', 400, 8), { ...post('3141592653589793', 1000, 0), postedAt: Date.UTC(2026, 2, 12), caption: 'Sunrise over the Douro valley, the best morning of the whole trip #travel' }];
    const s = signal(input({ posts }), 'comment-like-ratio');
    expect(s.status).toBe('flagged');
    // Named by date and caption, as a user finds it on the profile: never by its raw id.
    expect(s.evidence).toBe('Median 2.00% comments per like over 4 posts; outliers: the post of Mar 12, 2026 “Sunrise over the Douro valley, the best…” (0.00%).');
    expect(s.evidence).not.toContain('3141592653589793');
  });

  it('flags likes that are too even, and spikes', () => {
    const even = [100, 101, 100, 99, 100].map((l, i) => post(`e${i}`, l, 3));
    expect(signal(input({ posts: even }), 'like-pattern')).toMatchObject({ status: 'flagged', evidence: expect.stringMatching(/vary by only 0\.6%/) });
    const spiky = [100, 130, 90, 120, 2_000].map((l, i) => ({ ...post(`s${i}`, l, 3), postedAt: Date.UTC(2026, 10, 1 + i) }));
    expect(signal(input({ posts: spiky }), 'like-pattern')).toMatchObject({ status: 'flagged', evidence: 'the post of Nov 5, 2026 (2,000) got over 5× the median 120 likes.' });
  });

  it('flags a follower jump beyond organic growth, not one within rounding', () => {
    const jump = [
      { takenAt: T - 10 * DAY, followers: 10_000, precision: 1 },
      { takenAt: T - 8 * DAY, followers: 13_000, precision: 1 }, // +30 % in 2 days: 15 %/day
    ];
    expect(signal(input({ history: jump }), 'follower-jump')).toMatchObject({ status: 'flagged', evidence: 'Largest gain +3,000 (30.0%) in 2 days.' });
    const rounded = [
      { takenAt: T - 2 * DAY, followers: 783_400, precision: 100 },
      { takenAt: T, followers: 783_427, precision: 1 },
    ];
    expect(signal(input({ history: rounded }), 'follower-jump').status).toBe('clear');
  });

  it('flags a follower drop between visits past the threshold, not a small one or one within rounding', () => {
    const purge = [
      { takenAt: T - 1 * DAY, followers: 50_000, precision: 1 },
      { takenAt: T, followers: 44_000, precision: 1 }, // −12 % overnight
    ];
    expect(signal(input({ history: purge }), 'follower-jump')).toMatchObject({
      status: 'flagged',
      evidence: 'Largest drop −6,000 (−12.0%) in 1 day, over the 5% a drop is worth a look at (a purge of bought followers?).',
    });
    const churn = [
      { takenAt: T - 30 * DAY, followers: 50_000, precision: 1 },
      { takenAt: T, followers: 49_000, precision: 1 }, // −2 %: ordinary unfollows
    ];
    expect(signal(input({ history: churn }), 'follower-jump')).toMatchObject({ status: 'clear', evidence: 'Largest drop −1,000 (−2.0%) in 30 days.' });
    const rounded = [
      { takenAt: T - DAY, followers: 6_200_000, precision: 100_000 },
      { takenAt: T, followers: 6_150_000, precision: 1 },
    ];
    expect(signal(input({ history: rounded }), 'follower-jump')).toMatchObject({ status: 'clear', evidence: 'No change beyond rounding across 2 visits.' });
  });

  it('says how many checks could run: not enough data is not “nothing flagged”', () => {
    expect(signalsSummary(authenticitySignals(input({ followers: null, following: null }))).text).toBe('Not enough data yet: none of the 6 checks could run');
    expect(signalsSummary(authenticitySignals(input({ followers: 2_362, following: 136 }))).text).toBe('1 of 6 checks could run: nothing flagged');
    expect(signalsSummary(authenticitySignals(input({ followers: 2_000, following: 4_000 }))).text).toBe('1 of 6 checks could run: 1 to look at');
  });

  it('gets its plurals right', () => {
    const posts = [post('a', 1, 1, true), post('b', 1, 1, false), post('c', 1, 1, false), post('d', 1, 1, false)];
    expect(signal(input({ posts }), 'sponsored-share').evidence).toBe('1 of 4 posts seen is sponsored (25%).');
  });

  it('flags a feed that is mostly sponsored', () => {
    const posts = [post('a', 1, 1, true), post('b', 1, 1, true), post('c', 1, 1, true), post('d', 1, 1, false)];
    expect(signal(input({ posts }), 'sponsored-share')).toMatchObject({ status: 'flagged', evidence: '3 of 4 posts seen are sponsored (75%).' });
  });
});
