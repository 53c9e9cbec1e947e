import { describe, expect, it } from 'vitest';
import { scoreProfile } from '@/utils/scoring/profile';
import { tierFor, tierLabel } from '@/utils/scoring/tier';
import { plutoReading } from '../../../helpers/readings';

describe('tierFor', () => {
  it.each([
    [0, 'nano'],
    [9_999, 'nano'],
    [10_000, 'micro'],
    [99_999, 'micro'],
    [100_000, 'mid'],
    [499_999, 'mid'],
    [500_000, 'macro'],
    [783_427, 'macro'],
    [999_999, 'macro'],
    [1_000_000, 'mega'],
    [25_000_000, 'mega'],
  ])('%d followers is %s', (followers, tier) => {
    expect(tierFor(followers).tier).toBe(tier);
  });

  it('says why, in words', () => {
    expect(tierFor(783_427).reason).toBe('783,427 followers is between 500,000 and 1,000,000');
    expect(tierFor(2_362).reason).toBe('2,362 followers is under 10,000');
    expect(tierFor(25_000_000).reason).toBe('25,000,000 followers is 1,000,000 or more');
  });

  it('names the audience as the platform does', () => {
    const channel = { ...plutoReading(), platform: 'youtube' as const };
    expect(scoreProfile(channel, { now: Date.UTC(2026, 10, 20) }).tier?.reason).toBe('2,362 subscribers is under 10,000');
  });

  it('flags a rounded count that straddles a threshold', () => {
    // "1M" could be anything from 950,000 to 1,049,999: macro or mega.
    expect(tierFor(1_000_000, 100_000)).toMatchObject({ tier: 'mega', uncertain: true });
    // "783.4K" is macro whatever its last digits.
    expect(tierFor(783_400, 100)).toMatchObject({ tier: 'macro', uncertain: false });
  });

  it('uses the user’s thresholds', () => {
    expect(tierFor(50_000, 1, { micro: 5_000, mid: 50_000, macro: 250_000, mega: 1_000_000 }).tier).toBe('mid');
  });

  it('labels tiers for people', () => {
    expect(tierLabel('mid')).toBe('Mid-tier');
    expect(tierLabel('macro')).toBe('Macro');
  });
});
