// Published engagement benchmarks, each with its source and the formula it was computed with. A
// creator's rate is compared only with benchmarks that use the same formula, and only with those
// whose follower band the creator falls in: comparing across formulas is comparing different things.
import type { Platform } from '@/utils/model/reading';
import type { EngagementMethod, EngagementResult } from './engagement';

export interface Benchmark {
  platform: Platform;
  /** Follower band [min, max) the figure was measured on; max null for "and up". */
  band: [number, number | null];
  /** The band as the source names it. */
  bandLabel: string;
  formula: Exclude<EngagementMethod, 'totals'>;
  /** A range of averages, or a single typical (median) value. */
  figure: { low: number; high: number } | { typical: number };
  source: string;
  year: number;
}

/** The benchmarks DESIGN.md lists. Figures are fractions (0.0338 is 3.38 %). */
export const BENCHMARKS: readonly Benchmark[] = [
  { platform: 'instagram', band: [1_000, 5_000], bandLabel: '1k–5k followers', formula: 'followers', figure: { low: 0.0338, high: 0.0442 }, source: 'Modash, Instagram engagement rate averages', year: 2025 },
  { platform: 'instagram', band: [10_000, 50_000], bandLabel: '10k–50k followers', formula: 'followers', figure: { low: 0.0084, high: 0.0111 }, source: 'Modash, Instagram engagement rate averages', year: 2025 },
  { platform: 'instagram', band: [1_000_000, null], bandLabel: '1M+ followers', formula: 'followers', figure: { low: 0.0102, high: 0.0127 }, source: 'Modash, Instagram engagement rate averages', year: 2025 },
  { platform: 'instagram', band: [1_000, 10_000], bandLabel: 'nano (1k–10k)', formula: 'followers', figure: { typical: 0.0178 }, source: 'HypeAuditor, State of Instagram 2026', year: 2026 },
  { platform: 'instagram', band: [10_000, 50_000], bandLabel: 'micro (10k–50k)', formula: 'followers', figure: { typical: 0.0054 }, source: 'HypeAuditor, State of Instagram 2026', year: 2026 },
  { platform: 'instagram', band: [1_000_000, null], bandLabel: 'mega (1M+)', formula: 'followers', figure: { typical: 0.0033 }, source: 'HypeAuditor, State of Instagram 2026', year: 2026 },
  { platform: 'tiktok', band: [0, null], bandLabel: 'all creators', formula: 'views', figure: { typical: 0.0131 }, source: 'Influencer Hero, TikTok engagement rate by views (median)', year: 2025 },
];

export type Rating = 'far below' | 'below' | 'around' | 'above' | 'far above';

export interface BenchmarkComparison {
  benchmark: Benchmark;
  rating: Rating;
  /** "2.65% is below Modash’s 3.38–4.42% for 1k–5k followers". */
  summary: string;
}

const percent = (f: number) => `${(f * 100).toFixed(2)}%`;

export function describeFigure(figure: Benchmark['figure']): string {
  return 'typical' in figure ? percent(figure.typical) : `${percent(figure.low)}–${percent(figure.high)}`;
}

/** Rate a creator's engagement against one benchmark (the same formula). */
export function rate(rate: number, figure: Benchmark['figure']): Rating {
  const [low, high] = 'typical' in figure ? [figure.typical * 0.8, figure.typical * 1.25] : [figure.low, figure.high];
  if (rate < low * 0.5) return 'far below';
  if (rate < low) return 'below';
  if (rate <= high) return 'around';
  if (rate <= high * 2) return 'above';
  return 'far above';
}

export function benchmarksFor(platform: Platform, followers: number | null, formula: EngagementMethod): Benchmark[] {
  if (followers === null || formula === 'totals') return [];
  return BENCHMARKS.filter(
    (b) => b.platform === platform && b.formula === formula && followers >= b.band[0] && (b.band[1] === null || followers < b.band[1]),
  );
}

/**
 * Compare with every benchmark that applies. An estimate from totals has no comparable benchmark
 * (no source publishes one with that formula), and says so rather than comparing anyway.
 */
export function compareWithBenchmarks(
  platform: Platform,
  followers: number | null,
  engagement: EngagementResult,
): { comparisons: BenchmarkComparison[]; note: string | null } {
  if (!engagement.available) return { comparisons: [], note: null };
  if (engagement.method === 'totals') {
    return { comparisons: [], note: 'No benchmark uses the lifetime-totals estimate: open a few posts to compare.' };
  }
  const comparisons = benchmarksFor(platform, followers, engagement.method).map((benchmark) => {
    const rating = rate(engagement.rate, benchmark.figure);
    const verb = rating === 'around' ? 'in line with' : `${rating}`;
    return {
      benchmark,
      rating,
      summary: `${percent(engagement.rate)} is ${verb} ${benchmark.source.split(',')[0]}’s ${describeFigure(benchmark.figure)} for ${benchmark.bandLabel} (${engagement.method === 'views' ? 'by views' : 'by followers'})`,
    };
  });
  return {
    comparisons,
    note: comparisons.length ? null : `No published benchmark for this audience size on this platform with the by-${engagement.method} formula.`,
  };
}
