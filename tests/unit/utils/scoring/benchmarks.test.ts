import { describe, expect, it } from 'vitest';
import { benchmarksFor, compareWithBenchmarks, rate } from '@/utils/scoring/benchmarks';
import type { EngagementResult } from '@/utils/scoring/engagement';

const measured = (rate: number, method: 'followers' | 'views' | 'totals'): EngagementResult => ({
  available: true, rate, method, formula: '', average: 'median', postsUsed: [], postsSkipped: [], confidence: 'high', note: '',
});

describe('benchmarks', () => {
  it('apply only to the same platform, formula and follower band', () => {
    expect(benchmarksFor('instagram', 2_362, 'followers').map((b) => b.source)).toEqual([
      'Modash, Instagram engagement rate averages',
      'HypeAuditor, State of Instagram 2026',
    ]);
    expect(benchmarksFor('instagram', 7_000, 'followers').map((b) => b.bandLabel)).toEqual(['nano (1k–10k)']);
    expect(benchmarksFor('instagram', 2_362, 'views')).toEqual([]);
    expect(benchmarksFor('tiktok', 783_427, 'views').map((b) => b.figure)).toEqual([{ typical: 0.0131 }]);
    expect(benchmarksFor('youtube', 4_690_000, 'views')).toEqual([]);
  });

  it.each([
    // Modash 1k–5k: 3.38–4.42 %
    [0.015, 'far below'], // under half of 3.38 %
    [0.03, 'below'],
    [0.04, 'around'],
    [0.06, 'above'],
    [0.09, 'far above'], // over twice 4.42 %
  ])('rate %d against a range is %s', (value, rating) => {
    expect(rate(value, { low: 0.0338, high: 0.0442 })).toBe(rating);
  });

  it('treats a single typical value as a band from 80 % to 125 % of it', () => {
    // TikTok median 1.31 % → around from 1.048 % to 1.6375 %
    expect(rate(0.011, { typical: 0.0131 })).toBe('around');
    expect(rate(0.016, { typical: 0.0131 })).toBe('around');
    expect(rate(0.02, { typical: 0.0131 })).toBe('above');
  });

  it('says which benchmark, with which formula, in words', () => {
    const { comparisons, note } = compareWithBenchmarks('instagram', 2_362, measured(0.0265, 'followers'));
    expect(note).toBeNull();
    expect(comparisons.map((c) => c.summary)).toEqual([
      '2.65% is below Modash’s 3.38%–4.42% for 1k–5k followers (by followers)',
      '2.65% is above HypeAuditor’s 1.78% for nano (1k–10k) (by followers)',
    ]);
  });

  it('does not compare an estimate from totals with anything', () => {
    expect(compareWithBenchmarks('tiktok', 783_427, measured(0.26, 'totals'))).toEqual({
      comparisons: [],
      note: 'No benchmark uses the lifetime-totals estimate: open a few posts to compare.',
    });
    expect(compareWithBenchmarks('youtube', 8_840, measured(0.02, 'views')).note).toMatch(/No published benchmark/);
  });
});
