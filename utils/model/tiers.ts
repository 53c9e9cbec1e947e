/** Creator tiers by audience size, smallest first (DESIGN.md); their thresholds are settings. */
export const TIERS = ['nano', 'micro', 'mid', 'macro', 'mega'] as const;
export type Tier = (typeof TIERS)[number];
