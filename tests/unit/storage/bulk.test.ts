import { describe, expect, it } from 'vitest';
import { bulkSetStatus, bulkTag, deleteCreators, restoreDeleted } from '@/storage/bulk';
import { saveViewedProfile } from '@/storage/profiles';
import { TABLE_NAMES } from '@/storage/schemas';
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

  it('adds and removes a tag, case-insensitively, without duplicates', async () => {
    const ids = await seedCreators(SAMPLE);
    expect(await bulkTag([ids.Pluto!, ids['Kiko Beats']!], 'Travel', 'add', T)).toBe(0);
    expect(await bulkTag([ids.Pluto!, ids.IlloJuan!], '#summer', 'add', T)).toBe(2);
    expect((await db().creators.get(ids.Pluto!))?.tags).toEqual(['travel', 'summer']);
    expect(await bulkTag([ids.Pluto!], 'TRAVEL', 'remove', T)).toBe(1);
    expect((await db().creators.get(ids.Pluto!))?.tags).toEqual(['summer']);
    await expect(bulkTag([ids.Pluto!], '  ', 'add', T)).rejects.toThrow('Type a tag first.');
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
