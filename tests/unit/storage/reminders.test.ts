import { describe, expect, it } from 'vitest';
import { newCreator } from '@/utils/model/defaults';
import { loadReminderLists } from '@/storage/reminder-list';
import { createReminder, creatorsWithCadence, pendingReminders, reconcileKeepInTouch, setKeepInTouch } from '@/storage/reminders';
import type { Reminder } from '@/utils/model/schemas';
import { withFreshDatabase } from '../../helpers/db';
import { makeReminder } from '../../helpers/records';

// Keep-in-touch cadences read through the creators' keepInTouchDays index (database version 6).

const db = withFreshDatabase();
const T = Date.UTC(2026, 10, 20, 9);
const DAY = 86_400_000;

const cadenceReminders = async () =>
  (await db().reminders.toArray())
    .filter((r) => r.kind === 'keep_in_touch' && r.source.type === 'cadence')
    .map((r) => [r.creatorId, r.status, r.dueAt, r.title] as const)
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])) || a[1].localeCompare(b[1]));

describe('creatorsWithCadence', () => {
  it('reads exactly the creators whose cadence is not null, as a filter over the whole table would', async () => {
    const cadences = [null, 1, 7, null, 30, 730, null, 14, null, 7];
    await db().creators.bulkAdd(cadences.map((days, i) => newCreator(`c${i}`, `Creator ${i}`, T, { keepInTouchDays: days })));
    const viaIndex = (await creatorsWithCadence(db())).map((c) => c.id).sort();
    const viaFilter = (await db().creators.filter((c) => c.keepInTouchDays !== null).toArray()).map((c) => c.id).sort();
    expect(viaIndex).toEqual(['c1', 'c2', 'c4', 'c5', 'c7', 'c9']);
    expect(viaIndex).toEqual(viaFilter);
    // Whole records, not just keys.
    expect((await creatorsWithCadence(db())).find((c) => c.id === 'c5')).toEqual(await db().creators.get('c5'));
  });

  it('follows cadences set and cleared later', async () => {
    await db().creators.bulkAdd([newCreator('a', 'A', T), newCreator('b', 'B', T, { keepInTouchDays: 30 })]);
    await setKeepInTouch('a', 10, T);
    await setKeepInTouch('b', null, T);
    expect((await creatorsWithCadence(db())).map((c) => c.id)).toEqual(['a']);
  });
});

describe('reconcileKeepInTouch', () => {
  it('gives each creator with a cadence one reminder and cancels those of creators without one', async () => {
    await db().creators.bulkAdd([
      newCreator('ana', 'Ana', T - 40 * DAY, { keepInTouchDays: 30, lastContactedAt: T - 10 * DAY }),
      newCreator('bo', 'Bo', T - 40 * DAY),
      newCreator('cy', 'Cy', T - 40 * DAY, { keepInTouchDays: 7 }),
    ]);
    // Bo lost their cadence behind the reconcile's back; a reminder of a deleted creator goes too.
    await db().reminders.bulkAdd([
      makeReminder({ id: 'bo-old', creatorId: 'bo', kind: 'keep_in_touch', title: 'Keep in touch with Bo', source: { type: 'cadence', id: 'bo' } }),
      makeReminder({ id: 'gone-old', creatorId: 'gone', kind: 'keep_in_touch', title: 'Keep in touch with Gone', source: { type: 'cadence', id: 'gone' } }),
      makeReminder({ id: 'cy-done', creatorId: 'cy', kind: 'keep_in_touch', status: 'done', completedAt: T - 2 * DAY, title: 'Keep in touch with Cy', source: { type: 'cadence', id: 'cy' } }),
      makeReminder({ id: 'manual', creatorId: 'bo', kind: 'custom', title: 'Call Bo' }),
    ]);
    expect(await reconcileKeepInTouch(T)).toBe(4);
    const statuses = new Map((await db().reminders.toArray()).map((r) => [r.id, r.status]));
    expect([statuses.get('bo-old'), statuses.get('gone-old'), statuses.get('cy-done'), statuses.get('manual')]).toEqual(['cancelled', 'cancelled', 'done', 'pending']);
    const pending = (await pendingReminders()).filter((r) => r.kind === 'keep_in_touch');
    expect(pending.map((r) => r.creatorId).sort()).toEqual(['ana', 'cy']);
    expect(await reconcileKeepInTouch(T)).toBe(0);
  });
});

describe('setKeepInTouch', () => {
  it('brings the creator’s reminder exactly where reconcileKeepInTouch would put it', async () => {
    await db().creators.bulkAdd([
      newCreator('ana', 'Ana', T - 40 * DAY, { keepInTouchDays: 30, lastContactedAt: T - 10 * DAY }),
      newCreator('bo', 'Bo', T - 40 * DAY),
      newCreator('cy', 'Cy', T - 40 * DAY, { keepInTouchDays: 7 }),
    ]);
    await db().reminders.add(
      makeReminder({ id: 'cy-done', creatorId: 'cy', kind: 'keep_in_touch', status: 'done', completedAt: T - 2 * DAY, title: 'Keep in touch with Cy', source: { type: 'cadence', id: 'cy' } }),
    );
    await reconcileKeepInTouch(T);

    // A new cadence: a reminder is created; a full reconcile then has nothing left to do.
    await setKeepInTouch('bo', 14, T + 1);
    expect(await reconcileKeepInTouch(T + 1)).toBe(0);
    // A changed cadence (counted from the last one done): the pending reminder moves.
    const before = (await pendingReminders()).find((r) => r.creatorId === 'cy')!;
    await setKeepInTouch('cy', 21, T + 2);
    const after = (await pendingReminders()).find((r) => r.creatorId === 'cy')!;
    expect(after.id).toBe(before.id);
    expect(after.dueAt).not.toBe(before.dueAt);
    expect(await reconcileKeepInTouch(T + 2)).toBe(0);
    // No cadence any more: the pending one is cancelled, the done one stays.
    await setKeepInTouch('ana', null, T + 3);
    expect(await reconcileKeepInTouch(T + 3)).toBe(0);
    expect(await cadenceReminders()).toEqual([
      ['ana', 'cancelled', expect.any(Number), 'Keep in touch with Ana'],
      ['bo', 'pending', expect.any(Number), 'Keep in touch with Bo'],
      ['cy', 'done', expect.any(Number), 'Keep in touch with Cy'],
      ['cy', 'pending', after.dueAt, 'Keep in touch with Cy'],
    ]);
  });

  it('writes the same reminders as setting the cadence and reconciling everyone', async () => {
    const seed = () => [
      newCreator('ana', 'Ana', T - 40 * DAY, { keepInTouchDays: 30, lastContactedAt: T - 10 * DAY }),
      newCreator('bo', 'Bo', T - 40 * DAY, { lastContactedAt: T - 3 * DAY }),
    ];
    const done = makeReminder({ id: 'bo-done', creatorId: 'bo', kind: 'keep_in_touch', status: 'done', completedAt: T - DAY, title: 'Keep in touch with Bo', source: { type: 'cadence', id: 'bo' } });
    const comparable = (rs: Reminder[]) => rs.map(({ id: _id, ...r }) => r).sort((a, b) => String(a.creatorId).localeCompare(String(b.creatorId)) || a.status.localeCompare(b.status));

    await db().creators.bulkAdd(seed());
    await db().reminders.add(done);
    await reconcileKeepInTouch(T);
    await setKeepInTouch('bo', 5, T + 1);
    const scoped = comparable(await db().reminders.toArray());

    await db().reminders.clear();
    await db().creators.clear();
    await db().creators.bulkAdd(seed());
    await db().reminders.add(done);
    await reconcileKeepInTouch(T);
    await db().creators.update('bo', { keepInTouchDays: 5, updatedAt: T + 1 });
    await reconcileKeepInTouch(T + 1);
    expect(scoped).toEqual(comparable(await db().reminders.toArray()));
  });

  it('leaves other creators’ reminders to reconcileKeepInTouch (the background sync the page asks for)', async () => {
    await db().creators.bulkAdd([newCreator('ana', 'Ana', T), newCreator('bo', 'Bo', T)]);
    await db().reminders.add(makeReminder({ id: 'bo-old', creatorId: 'bo', kind: 'keep_in_touch', title: 'Keep in touch with Bo', source: { type: 'cadence', id: 'bo' } }));
    await setKeepInTouch('ana', 30, T);
    expect((await db().reminders.get('bo-old'))!.status).toBe('pending');
    expect(await reconcileKeepInTouch(T)).toBe(1);
    expect((await db().reminders.get('bo-old'))!.status).toBe('cancelled');
  });

  it('refuses a creator that does not exist, writing nothing', async () => {
    await expect(setKeepInTouch('nobody', 30, T)).rejects.toThrow('This creator is no longer on your roster.');
    expect(await db().reminders.count()).toBe(0);
  });
});

describe('loadReminderLists', () => {
  it('lists the creators with a cadence by name, ties in id order, and none without one', async () => {
    // The index reads them by cadence (zed 7 days before alpha 60); the list is by name, then id.
    await db().creators.bulkAdd([
      newCreator('alpha', 'Sam', T, { keepInTouchDays: 60 }),
      newCreator('zed', 'Sam', T, { keepInTouchDays: 7 }),
      newCreator('mid', 'Ana', T, { keepInTouchDays: 30, lastContactedAt: T - DAY }),
      newCreator('none', 'Aaron', T),
    ]);
    await createReminder({ creatorId: 'none', title: 'Call Aaron', dueAt: T + DAY, kind: 'custom' }, T);
    const lists = await loadReminderLists(T);
    expect(lists.cadences).toEqual([
      { id: 'mid', displayName: 'Ana', keepInTouchDays: 30, lastContactedAt: T - DAY },
      { id: 'alpha', displayName: 'Sam', keepInTouchDays: 60, lastContactedAt: null },
      { id: 'zed', displayName: 'Sam', keepInTouchDays: 7, lastContactedAt: null },
    ]);
    expect(lists.pending.map((r) => r.creatorName)).toEqual(['Aaron']);
  });
});
