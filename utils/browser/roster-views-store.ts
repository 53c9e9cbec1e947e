// Saved views of the roster (a search, filters and a sort, under a name), kept in extension storage
// with the other small preferences.
import * as z from 'zod/mini';
import { PLATFORMS } from '@/utils/model/reading-fields';
import type { RosterFilters } from '@/utils/roster-filters';
import { TIERS } from '@/utils/model/tiers';
import { definePreference } from './preference';

const nullableNumber = z.nullable(z.number());
export const SavedViewSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
  query: z.string().check(z.maxLength(200)),
  filters: z.object({
    platforms: z.array(z.enum(PLATFORMS)),
    tiers: z.array(z.enum(TIERS)),
    statuses: z.array(z.string()),
    tags: z.array(z.string()),
    fitMin: nullableNumber,
    fitMax: nullableNumber,
    engagementMin: nullableNumber,
    engagementMax: nullableNumber,
    toVetOnly: z.boolean(),
    // Views saved before teams have no owner filter.
    owner: z.optional(
      z.nullable(
        z.union([
          z.object({ kind: z.literal('mine') }),
          z.object({ kind: z.literal('unowned') }),
          z.object({ kind: z.literal('member'), name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)) }),
        ]),
      ),
    ),
  }),
  sorting: z.array(z.object({ id: z.string(), desc: z.boolean() })),
});
export type SavedView = z.infer<typeof SavedViewSchema> & { filters: RosterFilters };

function read(value: unknown): SavedView[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v) => {
    const parsed = SavedViewSchema.safeParse(v);
    return parsed.success ? [parsed.data as SavedView] : [];
  });
}

const stored = definePreference('local:rosterViews.v1', { read });
const byName = (views: SavedView[]) => views.sort((a, b) => a.name.localeCompare(b.name));

export const savedViews = {
  list: stored.get,
  /** Save (or replace, by name) a view. */
  async save(view: SavedView): Promise<void> {
    const parsed = SavedViewSchema.parse(view) as SavedView;
    const others = (await savedViews.list()).filter((v) => v.name.toLowerCase() !== parsed.name.toLowerCase());
    await stored.set(byName([...others, parsed]));
  },
  /** Replace every view (a restored backup's). */
  async replaceAll(views: SavedView[]): Promise<void> {
    await stored.set(byName(views.map((v) => SavedViewSchema.parse(v) as SavedView)));
  },
  async remove(name: string): Promise<void> {
    await stored.set((await savedViews.list()).filter((v) => v.name !== name));
  },
  watch: stored.watch,
};
