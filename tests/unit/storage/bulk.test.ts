import { describe, expect, it, vi } from 'vitest';
import { bulkSetStatus, bulkTag, deleteCreators, restoreDeleted } from '@/storage/bulk';
import { InvalidFieldError, storageErrorMessage } from '@/utils/model/errors';
import { saveViewedProfile } from '@/storage/profiles';
import { TABLE_NAMES } from '@/utils/model/schemas';
import { withFreshDatabase } from '../../helpers/db';
import { plutoReading } from '../../helpers/readings';
import { SAMPLE, seedCreators } from '../../helpers/roster-data';
import { makeCampaign, makeReminder } from '../../helpers/records';

const db = withFreshDatabase();
const T = Date.UTC(2026, 10, 20);

async function snapshotOfDatabase() {
  const out: Record<string, unknown[]> = {};
  for (const table of TABLE_NAMES) out[table] = await db().table(table).toArray();
  return out;
}

describe('bulk actions', () => {
  it('sets the stage of many creators and records each change', async () => {
    const ids = await seedCreators(SAMPLE);
    expect(await bulkSetStatus([ids.Pluto!, ids.IlloJuan!], 'contacted', T)).toBe(1); // IlloJuan already was
    expect((await db().creators.get(ids.Pluto!))?.status).toBe('contacted');
    expect(await db().interactions.filter((i) => i.type === 'status_change').count()).toBe(1);
  });

  it('records each stage change as the same timeline entry the other stage changes write', async () => {
    const ids = await seedCreators(SAMPLE);
    await bulkSetStatus([ids.Pluto!], 'contacted', T);
    expect(await db().interactions.filter((i) => i.type === 'status_change').toArray()).toEqual([
      { id: expect.any(String), creatorId: ids.Pluto!, type: 'status_change', at: T, text: '', details: { from: 'shortlisted', to: 'contacted' } },
    ]);
  });

  it('adds and removes a tag, case-insensitively, without duplicates', async () => {
    const ids = await seedCreators(SAMPLE);
    expect(await bulkTag([ids.Pluto!, ids['Kiko Beats']!], 'Travel', 'add', T)).toBe(0);
    expect(await bulkTag([ids.Pluto!, ids.IlloJuan!], '#summer', 'add', T)).toBe(2);
    expect((await db().creators.get(ids.Pluto!))?.tags).toEqual(['travel', 'summer']);
    expect(await bulkTag([ids.Pluto!], 'TRAVEL', 'remove', T)).toBe(1);
    expect((await db().creators.get(ids.Pluto!))?.tags).toEqual(['summer']);
    await expect(bulkTag([ids.Pluto!], '  ', 'add', T)).rejects.toThrow('Type a tag first.');
  });

  it('cleans the tag as typed before adding it: "# summer" is "summer"', async () => {
    const ids = await seedCreators(SAMPLE);
    expect(await bulkTag([ids.Pluto!], '# summer', 'add', T)).toBe(1);
    expect((await db().creators.get(ids.Pluto!))?.tags).toEqual(['travel', 'summer']);
  });

  it('refuses a tag longer than a tag can be, saying the limit, and writes nothing', async () => {
    const ids = await seedCreators(SAMPLE);
    const before = await snapshotOfDatabase();
    const message = 'Nothing was tagged: a tag can be at most 60 characters long, and this one has 61. Shorten it and try again.';
    const error = await bulkTag([ids.Pluto!, ids.IlloJuan!], ` #${'x'.repeat(61)} `, 'add', T).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidFieldError);
    expect((error as InvalidFieldError).message).toBe(message);
    expect((error as InvalidFieldError).problems).toEqual([{ field: 'tags', message }]);
    // What the roster's bulk bar shows.
    expect(storageErrorMessage(error)).toBe(message);
    expect(await snapshotOfDatabase()).toEqual(before);
    // The limit itself is fine, and is measured without the "#".
    expect(await bulkTag([ids.Pluto!], `#${'x'.repeat(60)}`, 'add', T)).toBe(1);
    expect((await db().creators.get(ids.Pluto!))?.tags).toEqual(['travel', 'x'.repeat(60)]);
  });

  it('refuses to add a tag to anyone when a selected creator already has as many tags as a creator can have, naming them', async () => {
    const full = Array.from({ length: 100 }, (_, i) => `tag${i}`);
    const ids = await seedCreators([{ ...SAMPLE[0]!, tags: full }, SAMPLE[1]!, { ...SAMPLE[2]!, tags: full }, SAMPLE[3]!]);
    const before = await snapshotOfDatabase();
    const message = 'Nothing was tagged: Pluto already has 100 tags, the most a creator can have: remove some of their tags, or leave them out of the selection.';
    const error = await bulkTag([ids.Pluto!, ids.IlloJuan!], 'summer', 'add', T).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidFieldError);
    expect(storageErrorMessage(error)).toBe(message);
    await expect(bulkTag([ids.IlloJuan!, ids.Pluto!, ids['Kiko Beats']!], 'summer', 'add', T)).rejects.toThrow(
      'Nothing was tagged: Pluto and Kiko Beats already have 100 tags, the most a creator can have: remove some of those tags, or leave those creators out of the selection.',
    );
    expect(await snapshotOfDatabase()).toEqual(before);
    // A tag they already have changes nothing for them, so nothing stops it.
    expect(await bulkTag([ids.Pluto!, ids.IlloJuan!], 'TAG7', 'add', T)).toBe(1);
    expect((await db().creators.get(ids.Pluto!))?.tags).toEqual(full);
    expect((await db().creators.get(ids.IlloJuan!))?.tags).toEqual(['gaming', 'TAG7']);
  });

  it('removes a tag too long to be saved now, which an older version let in', async () => {
    const ids = await seedCreators(SAMPLE);
    const long = 'y'.repeat(61);
    await db().creators.update(ids.Pluto!, { tags: ['travel', long] });
    expect(await bulkTag([ids.Pluto!], long, 'remove', T)).toBe(1);
    expect(await db().creators.get(ids.Pluto!)).toMatchObject({ tags: ['travel'], updatedAt: T });
  });

  it('writes no creator whose saved details cannot be saved as they are, naming them, and changes nothing', async () => {
    const ids = await seedCreators(SAMPLE);
    await db().creators.update(ids.Pluto!, { tags: ['travel', 'y'.repeat(61)] });
    const before = await snapshotOfDatabase();
    await expect(bulkTag([ids.IlloJuan!, ids.Pluto!], 'summer', 'add', T)).rejects.toThrow(
      'Nothing was tagged: Pluto’s saved details need fixing first, on their page: Tags: each one can be at most 60 characters long.',
    );
    await expect(bulkTag([ids.IlloJuan!, ids.Pluto!], 'travel', 'remove', T)).rejects.toThrow('No tag was removed: Pluto’s saved details need fixing first');
    const error = await bulkSetStatus([ids.Pluto!, ids['Kiko Beats']!], 'contacted', T).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidFieldError);
    expect(storageErrorMessage(error)).toBe('No stage was changed: Pluto’s saved details need fixing first, on their page: Tags: each one can be at most 60 characters long.');
    expect(await snapshotOfDatabase()).toEqual(before);
  });

  it('refuses a stage that is not one, changing nothing', async () => {
    const ids = await seedCreators(SAMPLE);
    const before = await snapshotOfDatabase();
    await expect(bulkSetStatus([ids.Pluto!], '', T)).rejects.toThrow('No stage was changed: choose a pipeline stage first.');
    await expect(bulkSetStatus([ids.Pluto!], 's'.repeat(61), T)).rejects.toThrow('No stage was changed: choose a pipeline stage first.');
    expect(await snapshotOfDatabase()).toEqual(before);
  });

  it('changes no stage when writing the timeline fails part-way', async () => {
    const ids = await seedCreators(SAMPLE);
    const before = await snapshotOfDatabase();
    vi.spyOn(db().interactions, 'bulkAdd').mockRejectedValue(new DOMException('The disk is full.', 'QuotaExceededError'));
    await expect(bulkSetStatus([ids.Pluto!, ids['Kiko Beats']!], 'contacted', T)).rejects.toThrow();
    vi.restoreAllMocks();
    expect(await snapshotOfDatabase()).toEqual(before);
  });

  it('deletes creators with everything about them, and undo puts it all back exactly', async () => {
    const saved = await saveViewedProfile(plutoReading(), { now: T });
    await seedCreators(SAMPLE.slice(1));
    await db().reminders.add(makeReminder({ id: 'r1', creatorId: saved.creatorId, dueAt: T }));
    await db().campaigns.add(makeCampaign({ id: 'k1', name: 'Spring', status: 'active' }, [{ creatorId: saved.creatorId, fee: 100 }]));
    const before = await snapshotOfDatabase();

    const deleted = await deleteCreators([saved.creatorId]);
    expect(deleted.creators.map((c) => c.displayName)).toEqual(['Pluto']);
    expect(await db().accounts.get('instagram:pluto__travel')).toBeUndefined();
    expect(await db().snapshots.count()).toBe(0);
    expect(await db().reminders.count()).toBe(0);
    expect((await db().campaigns.get('k1'))?.creators).toEqual([]);
    expect(await db().creators.count()).toBe(3);

    await restoreDeleted(deleted);
    expect(await snapshotOfDatabase()).toEqual(before);
  });
});
