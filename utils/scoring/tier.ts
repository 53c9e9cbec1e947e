// Creator tiers by audience size. Pure: thresholds are settings with these defaults (DESIGN.md).

import type { Tier } from '@/utils/model/tiers';


/** Lower bounds of micro, mid, macro and mega (nano is everything below micro). */
export interface TierThresholds {
  micro: number;
  mid: number;
  macro: number;
  mega: number;
}

export const DEFAULT_TIER_THRESHOLDS: TierThresholds = { micro: 10_000, mid: 100_000, macro: 500_000, mega: 1_000_000 };

export interface TierResult {
  tier: Tier;
  /** Why: "783,427 followers is between 500,000 and 1,000,000". */
  reason: string;
  /** True when a rounded count sits close enough to a threshold that the true tier could differ. */
  uncertain: boolean;
}

const grouped = new Intl.NumberFormat('en-US');

export function tierLabel(tier: Tier): string {
  return tier === 'mid' ? 'Mid-tier' : `${tier.charAt(0).toUpperCase()}${tier.slice(1)}`;
}

function tierOf(followers: number, t: TierThresholds): Tier {
  if (followers >= t.mega) return 'mega';
  if (followers >= t.macro) return 'macro';
  if (followers >= t.mid) return 'mid';
  if (followers >= t.micro) return 'micro';
  return 'nano';
}

/** The tier of an audience of `followers`, known to `precision` (a rounded count's unit); `noun` names the audience as its platform does ("subscribers"). */
export function tierFor(followers: number, precision = 1, thresholds: TierThresholds = DEFAULT_TIER_THRESHOLDS, noun = 'followers'): TierResult {
  const tier = tierOf(followers, thresholds);
  // Sites round or truncate shortened counts: the true value lies within one unit of the shown one.
  const uncertain =
    precision > 1 && (tierOf(followers - precision, thresholds) !== tier || tierOf(followers + precision - 1, thresholds) !== tier);
  const bounds: Record<Tier, [number | null, number | null]> = {
    nano: [null, thresholds.micro],
    micro: [thresholds.micro, thresholds.mid],
    mid: [thresholds.mid, thresholds.macro],
    macro: [thresholds.macro, thresholds.mega],
    mega: [thresholds.mega, null],
  };
  const [low, high] = bounds[tier];
  const range =
    low === null ? `under ${grouped.format(high!)}` : high === null ? `${grouped.format(low)} or more` : `between ${grouped.format(low)} and ${grouped.format(high)}`;
  return { tier, reason: `${grouped.format(followers)} ${noun} is ${range}`, uncertain };
}
