import { describe, expect, it } from 'vitest';
import { addInteraction } from '@/storage/creator-detail';
import { cancelFollowUpsOnReply, completeReminder, createReminder, pendingReminders, reconcileKeepInTouch, setKeepInTouch, snoozeReminder, updateReminder } from '@/storage/reminders';
import { daysLaterAt } from '@/utils/reminder-schedule';
import { withFreshDatabase } from '../../helpers/db';
import { SAMPLE, seedCreators } from '../../helpers/roster-data';

const db = withFreshDatabase();
const T = Date.UTC(2026, 10, 20, 9);
const DAY = 86_400_000;

describe('reminders', () => {
  it('are created, snoozed, edited and completed', async () => {
    const r = await createReminder({ creatorId: null, title: 'Send the brief', dueAt: T + DAY, kind: 'custom' }, T);
    expect(r).toMatchObject({ status: 'pending', notifiedAt: null, source: { type: 'manual', id: null } });
    const snoozed = await snoozeReminder(r.id, T + 2 * DAY, T + DAY);
    expect(snoozed).toMatchObject({ dueAt: T + 2 * DAY, status: 'pending', notifiedAt: null });
    expect(await updateReminder(r.id, { title: 'Send the final brief' }, T)).toMatchObject({ title: 'Send the final brief', dueAt: T + 2 * DAY });
    expect(await completeReminder(r.id, T + 3 * DAY)).toMatchObject({ status: 'done', completedAt: T + 3 * DAY });
    expect(await pendingReminders()).toEqual([]);
    await expect(completeReminder('gone', T)).rejects.toThrow('This reminder no longer exists.');
  });

  it('refuses a reminder without a title, writing nothing', async () => {
    await expect(createReminder({ creatorId: null, title: '', dueAt: T, kind: 'custom' }, T)).rejects.toThrow();
    expect(await db().reminders.count()).toBe(0);
  });

  it('a logged reply cancels the follow-ups waiting on an outreach, and only those', async () => {
    const ids = await seedCreators(SAMPLE);
    const pluto = ids.Pluto!;
    const followUp = await createReminder({ creatorId: pluto, title: 'Follow up', dueAt: T + 5 * DAY, kind: 'follow_up', source: { type: 'interaction', id: 'i1' } }, T);
    const payment = await createReminder({ creatorId: pluto, title: 'Pay', dueAt: T + 9 * DAY, kind: 'payment', source: { type: 'agreement', id: 'a1' } }, T);
    await addInteraction(pluto, { type: 'reply', at: T + DAY, text: 'Sounds great!' }, T + DAY);
    expect((await db().reminders.get(followUp.id))?.status).toBe('cancelled');
    expect((await db().reminders.get(payment.id))?.status).toBe('pending');
    expect(await cancelFollowUpsOnReply(pluto, T)).toBe(0);
  });
});

describe('keep in touch', () => {
  it('keeps one reminder per creator, due the cadence after the last contact, moving with each contact', async () => {
    const ids = await seedCreators(SAMPLE);
    const pluto = ids.Pluto!;
    await setKeepInTouch(pluto, 45, T);
    const [first] = await pendingReminders();
    // Never contacted: 45 days after they were added (1 Nov 2026, in the seed), at 10:00.
    expect(first).toMatchObject({ creatorId: pluto, kind: 'keep_in_touch', title: 'Keep in touch with Pluto', dueAt: daysLaterAt(Date.UTC(2026, 10, 1), 45) });

    await addInteraction(pluto, { type: 'outreach', at: T, text: 'Hi!' }, T);
    expect(await reconcileKeepInTouch(T)).toBe(1);
    expect((await pendingReminders()).map((r) => r.dueAt)).toEqual([daysLaterAt(T, 45)]);
    expect(await reconcileKeepInTouch(T)).toBe(0);

    // Marked done without a contact logged: the next one is the cadence after that.
    await completeReminder((await pendingReminders())[0]!.id, T + 50 * DAY);
    await reconcileKeepInTouch(T + 50 * DAY);
    expect((await pendingReminders()).map((r) => r.dueAt)).toEqual([daysLaterAt(T + 50 * DAY, 45)]);

    await setKeepInTouch(pluto, null, T + 51 * DAY);
    expect(await pendingReminders()).toEqual([]);
  });
});
