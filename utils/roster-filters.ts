// Search and filters of the roster table. Pure, and cheap per keystroke at ten thousand rows: each
// row's searchable text is built once and remembered.
import type { RosterRow } from '@/utils/model/views';
import type { Platform } from '@/utils/model/reading';
import type { Tier } from '@/utils/model/tiers';
import { matchesOwner, type OwnerFilter } from './team';

export type { OwnerFilter };

export interface RosterFilters {
  platforms: Platform[];
  tiers: Tier[];
  statuses: string[];
  tags: string[];
  /** Fit score bounds, 0–100, inclusive. */
  fitMin: number | null;
  fitMax: number | null;
  /** Engagement bounds as fractions (0.01 is 1 %), inclusive. */
  engagementMin: number | null;
  engagementMax: number | null;
  toVetOnly: boolean;
  /** In a team: whose creators (this user's, nobody's, a teammate's); absent or null for everyone's. */
  owner?: OwnerFilter;
}

export const NO_FILTERS: RosterFilters = {
  platforms: [],
  tiers: [],
  statuses: [],
  tags: [],
  fitMin: null,
  fitMax: null,
  engagementMin: null,
  engagementMax: null,
  toVetOnly: false,
};

export function activeFilterCount(f: RosterFilters): number {
  return (
    [f.platforms, f.tiers, f.statuses, f.tags].filter((list) => list.length > 0).length +
    [f.fitMin, f.fitMax, f.engagementMin, f.engagementMax].filter((v) => v !== null).length +
    (f.toVetOnly ? 1 : 0) +
    (f.owner ? 1 : 0)
  );
}

const searchText = new WeakMap<RosterRow, string>();

/** A row's text as the search reads it (lower case). */
export function buildSearchText(row: RosterRow): string {
  const c = row.creator;
  return [c.displayName, ...row.accounts.flatMap((a) => [a.handle, `@${a.handle}`, a.displayName]), ...c.tags, ...c.strengths, c.contact.email, c.location, c.language]
    .join('\n')
    .toLowerCase();
}

function textOf(row: RosterRow): string {
  let text = searchText.get(row);
  if (text === undefined) {
    text = buildSearchText(row);
    searchText.set(row, text);
  }
  return text;
}

function inRange(value: number | null, min: number | null, max: number | null): boolean {
  if (min === null && max === null) return true;
  if (value === null) return false;
  return (min === null || value >= min) && (max === null || value <= max);
}

/**
 * Rows matching the search (every word, anywhere in name, handles, tags, strengths, contact) and every
 * filter. `actor` is the user's team name: the owner filter applies only in a team.
 */
export function filterRoster(rows: RosterRow[], query: string, f: RosterFilters, actor: string | null = null): RosterRow[] {
  const owner = actor === null ? null : (f.owner ?? null);
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const tags = f.tags.map((t) => t.toLowerCase());
  return rows.filter((row) => {
    if (f.toVetOnly && !row.creator.toVet) return false;
    if (owner && !matchesOwner(row.creator.owner, owner, actor!)) return false;
    if (f.platforms.length && !row.platforms.some((p) => f.platforms.includes(p))) return false;
    if (f.tiers.length && (row.tier === null || !f.tiers.includes(row.tier))) return false;
    if (f.statuses.length && !f.statuses.includes(row.creator.status)) return false;
    if (tags.length && !row.creator.tags.some((t) => tags.includes(t.toLowerCase()))) return false;
    if (!inRange(row.fitScore, f.fitMin, f.fitMax)) return false;
    if (!inRange(row.engagementRate, f.engagementMin, f.engagementMax)) return false;
    if (words.length) {
      const text = textOf(row);
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
}
