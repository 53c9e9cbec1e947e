import { describe, expect, it } from 'vitest';
import { listRoster } from '@/storage/roster';
import { activeFilterCount, filterRoster, NO_FILTERS } from '@/utils/roster-filters';
import { withFreshDatabase } from '../../helpers/db';
import { SAMPLE, seedCreators } from '../../helpers/roster-data';

withFreshDatabase();

async function rows() {
  await seedCreators(SAMPLE);
  return listRoster();
}
const names = (list: Awaited<ReturnType<typeof listRoster>>) => list.map((r) => r.creator.displayName).sort();

describe('listRoster', () => {
  it('gives each creator its largest audience, that account’s engagement, its best fit and its tier', async () => {
    const illo = (await rows()).find((r) => r.creator.displayName === 'IlloJuan')!;
    expect(illo).toMatchObject({ followers: 1_200_000, engagementRate: 0.02, fitScore: 84, tier: 'mega', platforms: ['tiktok', 'youtube'] });
  });
});

describe('filterRoster', () => {
  it('searches every word in names, handles, tags and strengths', async () => {
    const all = await rows();
    expect(names(filterRoster(all, 'travel', NO_FILTERS))).toEqual(['Kiko Beats', 'Pluto']);
    expect(names(filterRoster(all, '@illo', NO_FILTERS))).toEqual(['IlloJuan']);
    expect(names(filterRoster(all, 'travel storytelling', NO_FILTERS))).toEqual(['Pluto']);
    expect(filterRoster(all, 'nobody', NO_FILTERS)).toEqual([]);
  });

  it('filters by platform, tier, stage, tag, fit and engagement ranges, and “to vet”', async () => {
    const all = await rows();
    expect(names(filterRoster(all, '', { ...NO_FILTERS, platforms: ['youtube', 'x'] }))).toEqual(['IlloJuan', 'Kiko Beats']);
    expect(names(filterRoster(all, '', { ...NO_FILTERS, tiers: ['nano'] }))).toEqual(['Kiko Beats', 'Pluto']);
    expect(names(filterRoster(all, '', { ...NO_FILTERS, statuses: ['contacted', 'negotiating'] }))).toEqual(['IlloJuan', 'Kiko Beats']);
    expect(names(filterRoster(all, '', { ...NO_FILTERS, tags: ['TECH'] }))).toEqual(['Kiko Beats']);
    expect(names(filterRoster(all, '', { ...NO_FILTERS, fitMin: 60, fitMax: 80 }))).toEqual(['Pluto']);
    // Engagement unknown (Stephen King) is excluded by any engagement bound.
    expect(names(filterRoster(all, '', { ...NO_FILTERS, engagementMin: 0.015 }))).toEqual(['IlloJuan', 'Pluto']);
    expect(names(filterRoster(all, '', { ...NO_FILTERS, toVetOnly: true }))).toEqual(['Stephen King']);
    expect(activeFilterCount({ ...NO_FILTERS, tags: ['x'], fitMin: 1, toVetOnly: true })).toBe(3);
  });
});
