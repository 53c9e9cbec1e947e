import { describe, expect, it } from 'vitest';
import { listRoster } from '@/storage/roster';
import { filterRoster, NO_FILTERS, type RosterFilters } from '@/utils/roster-filters';
import { narrows, rosterMatcher, warmRosterSearch } from '@/utils/roster-search';
import { withFreshDatabase } from '../../helpers/db';
import { seedCreators, type SeedCreator } from '../../helpers/roster-data';

withFreshDatabase();

const NAMES = ['Ana Lopez', 'Kim Okafor', 'Lopez Travel', 'Rossi Eats', 'Tanaka', 'Pluto'];
const TAGS = ['travel', 'food', 'tech'];
const crowd: SeedCreator[] = Array.from({ length: 60 }, (_, i) => ({
  name: `${NAMES[i % NAMES.length]} ${i}`,
  tags: [TAGS[i % 3]!, ...(i % 4 ? [] : [TAGS[(i + 1) % 3]!])],
  strengths: i % 5 ? [] : ['storytelling'],
  toVet: i % 7 === 0,
  accounts: [{ platform: i % 2 ? 'tiktok' : 'youtube', handle: `handle_${i}`, followers: 1000 * i, fitScore: i }],
}));
const names = (rows: Awaited<ReturnType<typeof listRoster>>) => rows.map((r) => r.creator.displayName);

describe('rosterMatcher', () => {
  it('finds what filterRoster finds, in the same order, through typing, deleting, replacing and filter changes', async () => {
    await seedCreators(crowd);
    const rows = await listRoster();
    const match = rosterMatcher();
    const tiktok: RosterFilters = { ...NO_FILTERS, platforms: ['tiktok'] };
    const travel: RosterFilters = { ...NO_FILTERS, tags: ['TRAVEL'], toVetOnly: true };
    const steps: Array<[string, RosterFilters]> = [
      ...[...'lopez 1'].map((_, k, all) => [all.slice(0, k + 1).join(''), NO_FILTERS] as [string, RosterFilters]),
      ['lopez 1', tiktok], ['lopez 12', tiktok], ['lopez 1', tiktok], ['lopez', tiktok], ['lopez', travel], ['', travel],
      ['@handle_3', NO_FILTERS], ['handle_3 kim', NO_FILTERS], ['handle_3 storytelling', NO_FILTERS], ['nobody', NO_FILTERS], ['nobody here', NO_FILTERS], ['', NO_FILTERS],
    ];
    let nonEmpty = 0;
    for (const [query, filters] of steps) {
      const expected = filterRoster(rows, query, filters);
      expect(names(match(rows, query, filters)), `“${query}” ${JSON.stringify(filters)}`).toEqual(names(expected));
      if (expected.length > 0 && expected.length < rows.length) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(10); // the steps do narrow the roster
    expect(names(match(rows, 'lopez 12', NO_FILTERS))).toEqual(['Ana Lopez 12']);
    expect(names(match(rows, 'lopez 12', tiktok))).toEqual([]); // creator 12’s account is on YouTube
  });

  it('searches a new roster from the database afresh, not among the old one’s matches', async () => {
    await seedCreators(crowd.slice(0, 10));
    const match = rosterMatcher();
    expect(names(match(await listRoster(), 'tanaka', NO_FILTERS))).toEqual(['Tanaka 4']);
    await seedCreators([{ name: 'Tanaka Two', accounts: [] }]);
    const later = await listRoster();
    const stop = warmRosterSearch(later); // the search texts built ahead are the same
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(names(match(later, 'tanaka', NO_FILTERS)).sort()).toEqual(['Tanaka 4', 'Tanaka Two']);
    stop();
  });
});

describe('narrows', () => {
  it('holds when every earlier word is part of a word now', () => {
    expect(narrows(['lopez'], ['lop'])).toBe(true);
    expect(narrows(['ana', 'lopez'], ['lop'])).toBe(true);
    expect(narrows(['lo'], ['lop'])).toBe(false);
    expect(narrows(['lopez'], ['lopez', 'ana'])).toBe(false);
    expect(narrows(['x'], [])).toBe(true);
  });
});
