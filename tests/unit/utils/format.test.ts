import { describe, expect, it } from 'vitest';
import { describePrecision, formatCount, formatPercent, statusLabel } from '@/utils/format';

describe('formatCount', () => {
  it.each([
    [{ value: 2362, precision: 1 }, '2,362'],
    [{ value: 1_101_177, precision: 1 }, '1,101,177'],
    [{ value: 783_400, precision: 100 }, '783.4K'],
    [{ value: 4_690_000, precision: 10_000 }, '4.69M'],
    [{ value: 25_000_000, precision: 1_000_000 }, '25M'],
    [{ value: 8_840, precision: 10 }, '8.84K'],
    [{ value: 298_000, precision: 1000 }, '298K'],
    [{ value: 1_200_000_000, precision: 100_000_000 }, '1.2B'],
  ])('shows %j as %s: as precise as the page, no more', (count, text) => {
    expect(formatCount(count)).toBe(text);
  });

  it('describes precision for screen readers and tooltips', () => {
    expect(describePrecision({ value: 2362, precision: 1 })).toBe('exact');
    expect(describePrecision({ value: 4_690_000, precision: 10_000 })).toBe('rounded on the page: about 4,690,000, to the nearest 10,000');
  });
});

describe('formatPercent and statusLabel', () => {
  it('formats rates and stages', () => {
    expect(formatPercent(0.0265)).toBe('2.65%');
    expect(formatPercent(0.2635)).toBe('26.4%');
    expect(statusLabel('content_in_progress')).toBe('Content in progress');
  });
});
