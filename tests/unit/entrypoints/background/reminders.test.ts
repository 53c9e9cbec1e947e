// @vitest-environment jsdom
// jsdom: the background reads navigator.userAgent, which Node 20 lacks.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerReminders, syncReminders } from '@/entrypoints/background/reminders';
import { createReminder } from '@/storage/reminders';
import { resetTeamMemberForTests, setTeamActor } from '@/storage/team';
import { withFreshDatabase } from '../../../helpers/db';
import { SAMPLE, seedCreators } from '../../../helpers/roster-data';

// The background's reminders through the fake browser: alarms, notifications and the badge.

const db = withFreshDatabase();
const T = Date.UTC(2026, 10, 20, 9);
const MIN = 60_000;

describe('syncReminders', () => {
  it('makes an alarm for every future reminder, announces the ones missed, and counts what is due', async () => {
    const ids = await seedCreators(SAMPLE);
    const future = await createReminder({ creatorId: ids.Pluto!, title: 'Follow up with Pluto', dueAt: T + 5 * MIN, kind: 'follow_up' }, T);
    const missed = await createReminder({ creatorId: ids.IlloJuan!, title: 'Send contract', dueAt: T - 60 * MIN, kind: 'custom', notes: 'v2' }, T - 120 * MIN);
    const notify = vi.spyOn(fakeBrowser.notifications, 'create');

    expect(await syncReminders(T)).toEqual({ scheduled: 1 });
    expect(await fakeBrowser.alarms.get(`reminder:${future.id}`)).toMatchObject({ scheduledTime: T + 5 * MIN });
    expect(await fakeBrowser.alarms.get('reminders:tick')).toMatchObject({ periodInMinutes: 5 });
    expect(notify).toHaveBeenCalledTimes(1);
    expect(notify).toHaveBeenCalledWith(missed.id, expect.objectContaining({ title: 'Send contract', message: expect.stringMatching(/^IlloJuan · Was due .* · v2$/) }));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect((await db().reminders.get(missed.id))?.notifiedAt).toBe(T);

    // A second sync announces nothing twice.
    await syncReminders(T + MIN);
    expect(notify).toHaveBeenCalledTimes(1);
  });

  it('in a team, fires the user’s reminders and those for nobody in particular, not a teammate’s', async () => {
    setTeamActor('maya', db());
    try {
      const mine = await createReminder({ creatorId: null, title: 'Mine', dueAt: T - MIN, kind: 'custom', visibility: 'team', assignee: 'maya' }, T - 2 * MIN);
      const anyone = await createReminder({ creatorId: null, title: 'Anyone', dueAt: T - MIN, kind: 'custom' }, T - 2 * MIN);
      const sams = await createReminder({ creatorId: null, title: 'Sam’s', dueAt: T - MIN, kind: 'custom', visibility: 'team', assignee: 'sam' }, T - 2 * MIN);
      const notify = vi.spyOn(fakeBrowser.notifications, 'create');
      await syncReminders(T);
      expect(notify.mock.calls.map(([id]) => id).sort()).toEqual([mine.id, anyone.id].sort());
      expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
      expect((await db().reminders.get(sams.id))?.notifiedAt).toBeNull();
    } finally {
      resetTeamMemberForTests();
    }
  });

  it('recreates lost alarms and drops ones for reminders that are gone', async () => {
    const r = await createReminder({ creatorId: null, title: 'Later', dueAt: T + 60 * MIN, kind: 'custom' }, T);
    await fakeBrowser.alarms.create('reminder:deleted-one', { when: T + MIN });
    await syncReminders(T);
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name).sort()).toEqual([`reminder:${r.id}`, 'reminders:tick']);
  });

  it('fires when an alarm goes off, and snoozes from the notification', async () => {
    const ids = await seedCreators(SAMPLE);
    const r = await createReminder({ creatorId: ids.Pluto!, title: 'Follow up with Pluto', dueAt: T + MIN, kind: 'follow_up' }, T);
    let now = T;
    registerReminders(() => now);
    await syncReminders(T);
    const notify = vi.spyOn(fakeBrowser.notifications, 'create');

    now = T + MIN;
    await fakeBrowser.alarms.onAlarm.trigger({ name: `reminder:${r.id}`, scheduledTime: T + MIN });
    await vi.waitFor(() => expect(notify).toHaveBeenCalledWith(r.id, expect.objectContaining({ title: 'Follow up with Pluto', buttons: [{ title: 'Open' }, { title: 'Snooze until tomorrow' }] })));
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));

    await fakeBrowser.notifications.onButtonClicked.trigger(r.id, 1);
    await vi.waitFor(async () => expect((await db().reminders.get(r.id))?.dueAt).toBeGreaterThan(T + 12 * 60 * MIN));
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe(''));
  });

  it('opens the creator when the notification is clicked', async () => {
    const ids = await seedCreators(SAMPLE);
    const r = await createReminder({ creatorId: ids.Pluto!, title: 'Follow up', dueAt: T, kind: 'follow_up' }, T);
    registerReminders(() => T);
    const open = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(r.id);
    await vi.waitFor(() => expect(open).toHaveBeenCalledWith({ url: `chrome-extension://test-extension-id/options.html#/creator/${encodeURIComponent(ids.Pluto!)}` }));
  });
});
