import { describe, expect, it } from 'vitest';
import { dateTickLabels, dayRange, DAY_TICK_STEPS, distinctNumberLabels } from '@/utils/chart-axis';

describe('distinctNumberLabels', () => {
  it('gives ticks close together as many decimals as it takes to tell them apart', () => {
    // The growth chart's y axis used to read "1.1M, 1.1M, 1M".
    expect(distinctNumberLabels([1_000_000, 1_050_000, 1_100_000, 1_150_000], 'en-US')).toEqual(['1M', '1.05M', '1.1M', '1.15M']);
  });

  it('keeps round ticks short', () => {
    expect(distinctNumberLabels([0, 2000, 4000], 'en-US')).toEqual(['0', '2K', '4K']);
  });

  it('writes numbers the way the locale does', () => {
    expect(distinctNumberLabels([1_000_000, 1_500_000], 'de-DE')).toEqual(['1\u00a0Mio.', '1,5\u00a0Mio.']);
    expect(distinctNumberLabels([2500, 10_000], 'en-US')).toEqual(['2.5K', '10K']);
  });

  it('writes ticks in full when a compact label would round them', () => {
    expect(distinctNumberLabels([1_000_000, 1_000_001], 'en-US')).toEqual(['1,000,000', '1,000,001']);
  });
});

describe('dateTickLabels', () => {
  const day = (iso: string) => Date.parse(iso) / 1000;

  it('reads as dates, with the year once', () => {
    expect(dateTickLabels([day('2026-12-01T00:00:00Z'), day('2026-12-02T00:00:00Z')], 'en-US', 'UTC')).toEqual(['Dec 1, 2026', 'Dec 2']);
  });

  it('repeats the year where it changes', () => {
    expect(dateTickLabels([day('2026-12-31T00:00:00Z'), day('2027-01-01T00:00:00Z')], 'en-GB', 'UTC')).toEqual(['31 Dec 2026', '1 Jan 2027']);
  });
});

describe('time axis steps and range', () => {
  it('never ticks finer than a day', () => {
    expect(Math.min(...DAY_TICK_STEPS)).toBe(86_400);
  });

  it('spans from the midnight before the first visit to the midnight after the last, in the local time zone', () => {
    const first = Date.parse('2026-12-01T22:12:00Z') / 1000;
    const last = Date.parse('2026-12-03T08:00:00Z') / 1000;
    expect(dayRange(first, last, 0).map((s) => new Date(s * 1000).toISOString())).toEqual(['2026-12-01T00:00:00.000Z', '2026-12-04T00:00:00.000Z']);
    // In UTC+2 (offset −120), 22:12 UTC on Dec 1 is already Dec 2.
    expect(dayRange(first, last, -120).map((s) => new Date(s * 1000).toISOString())).toEqual(['2026-12-01T22:00:00.000Z', '2026-12-03T22:00:00.000Z']);
  });
});
