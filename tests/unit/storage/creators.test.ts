import { describe, expect, it } from 'vitest';
import { dueReminders, quickEditCreator, searchRoster } from '@/storage/creators';
import { cleanTags } from '@/utils/tags';
import { InvalidFieldError } from '@/utils/model/errors';
import { saveViewedProfile } from '@/storage/profiles';
import { withFreshDatabase } from '../../helpers/db';
import { plutoReading } from '../../helpers/readings';
import { makeReminder } from '../../helpers/records';

const db = withFreshDatabase();
const T = Date.UTC(2026, 10, 20, 9);
const HOUR = 3_600_000;

describe('quickEditCreator', () => {
  it('sets stage, tags and a note, and puts the stage change and the note on the timeline', async () => {
    const { creatorId } = await saveViewedProfile(plutoReading(), { now: T });
    const creator = await quickEditCreator(creatorId, { status: 'contacted', tags: ['#travel', ' Storytelling', 'travel', ''], note: '  Loves trains ' }, T + HOUR);
    expect(creator).toMatchObject({ status: 'contacted', tags: ['travel', 'Storytelling'], updatedAt: T + HOUR });
    const timeline = await db().interactions.where('creatorId').equals(creatorId).toArray();
    expect(timeline).toHaveLength(3);
    expect(timeline.map((i) => [i.type, i.at, i.text, i.details])).toEqual(
      expect.arrayContaining([
        ['saved', T, expect.any(String), expect.any(Object)],
        ['status_change', T + HOUR, '', { from: 'shortlisted', to: 'contacted' }],
        ['note', T + HOUR, 'Loves trains', {}],
      ]),
    );
  });

  it('refuses a creator that is gone, changing nothing', async () => {
    await expect(quickEditCreator('nobody', { status: 'contacted' }, T)).rejects.toThrow('no longer on your roster');
    expect(await db().interactions.count()).toBe(0);
  });

  it('refuses an edit the detail page would refuse, naming the field, and writes neither it nor the note', async () => {
    const { creatorId } = await saveViewedProfile(plutoReading(), { now: T });
    const before = await db().creators.get(creatorId);
    const tooMany = Array.from({ length: 101 }, (_, i) => `tag${i}`);
    const error = await quickEditCreator(creatorId, { status: 'contacted', tags: tooMany, note: 'Loves trains' }, T + HOUR).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidFieldError);
    expect((error as InvalidFieldError).problems).toEqual([{ field: 'tags', message: 'Tags: at most 100.' }]);
    expect(await db().creators.get(creatorId)).toEqual(before);
    expect((await db().interactions.where('creatorId').equals(creatorId).toArray()).map((i) => i.type)).toEqual(['saved']);
  });

  it('cleans tags as typed', () => {
    expect(cleanTags(['a', 'A', ' b ', '#c', ''])).toEqual(['a', 'b', 'c']);
  });

  it('cleans a tag typed with a space after its "#"', async () => {
    expect(cleanTags(['# travel', '#Travel', ' #  food '])).toEqual(['travel', 'food']);
    const { creatorId } = await saveViewedProfile(plutoReading(), { now: T });
    expect((await quickEditCreator(creatorId, { tags: ['# travel'] }, T + HOUR)).tags).toEqual(['travel']);
  });
});

describe('searchRoster', () => {
  it('finds creators by name or handle, best matches first', async () => {
    await saveViewedProfile(plutoReading(), { now: T });
    await saveViewedProfile(plutoReading({ handle: 'travel_with_ana', url: 'https://www.instagram.com/travel_with_ana/', displayName: { value: 'Ana Plutarco', source: 'meta' } }), { now: T });
    expect((await searchRoster('plu')).map((m) => m.displayName)).toEqual(['Pluto', 'Ana Plutarco']);
    expect(await searchRoster('@travel_with')).toEqual([{ creatorId: expect.any(String), displayName: 'Ana Plutarco', status: 'shortlisted', handles: ['travel_with_ana'] }]);
    expect(await searchRoster('   ')).toEqual([]);
    expect(await searchRoster('zzz')).toEqual([]);
  });
});

describe('dueReminders', () => {
  it('lists pending reminders due by the end of the day, oldest first, with overdue marked', async () => {
    const { creatorId } = await saveViewedProfile(plutoReading(), { now: T });
    const reminder = (id: string, dueAt: number, status: 'pending' | 'done' = 'pending') => makeReminder({ id, creatorId, title: `Reminder ${id}`, dueAt, status });
    await db().reminders.bulkAdd([reminder('late', T - 24 * HOUR), reminder('today', T + 5 * HOUR), reminder('tomorrow', T + 30 * HOUR), reminder('done', T - HOUR, 'done')]);
    expect(await dueReminders(T, T + 14 * HOUR)).toEqual([
      { id: 'late', title: 'Reminder late', dueAt: T - 24 * HOUR, creatorId, creatorName: 'Pluto', overdue: true },
      { id: 'today', title: 'Reminder today', dueAt: T + 5 * HOUR, creatorId, creatorName: 'Pluto', overdue: false },
    ]);
  });
});
