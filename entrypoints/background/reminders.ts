import { browser } from 'wxt/browser';
import { database } from '@/storage/db';
import { markNotified, pendingReminders, reconcileKeepInTouch, snoozeReminder } from '@/storage/reminders';
import type { Reminder } from '@/utils/model/schemas';
import { formatDateTime } from '@/utils/format';
import { ALARM_PREFIX, badgeText, daysLaterAt, planAlarms, reminderIdOfAlarm, TICK_ALARM } from '@/utils/reminder-schedule';
import { openRosterTab } from '@/utils/browser/roster-tab';
import { teamActor, teamMemberApplied } from '@/storage/team';
import { firesFor } from '@/utils/team';

// Reminders that actually fire: every pending reminder is a browser alarm; when one fires the user
// gets a system notification (Open / Snooze where the browser has buttons) and the toolbar icon
// counts what is due. Alarms can be lost (browser restart, extension update): at start-up, on
// install and update, on request from a page, and every few minutes, the alarms are rebuilt from the
// database and reminders that came due meanwhile are announced.

const TICK_MINUTES = 5;
/** Firefox shows no buttons on notifications: there, a click opens the creator and that is all. */
const SUPPORTS_BUTTONS = !navigator.userAgent.includes('Firefox');

async function notify(reminder: Reminder, now: number): Promise<void> {
  const creator = reminder.creatorId ? await database().creators.get(reminder.creatorId) : undefined;
  const overdue = reminder.dueAt < now - 60_000;
  await browser.notifications.create(reminder.id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: reminder.title,
    message: [creator?.displayName, overdue ? `Was due ${formatDateTime(reminder.dueAt)}` : 'Due now', reminder.notes].filter(Boolean).join(' · ').slice(0, 300),
    priority: 1,
    ...(SUPPORTS_BUTTONS ? { buttons: [{ title: 'Open' }, { title: 'Snooze until tomorrow' }] } : {}),
  });
  await markNotified(reminder.id, now);
}

async function setBadge(dueCount: number): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await action.setBadgeBackgroundColor({ color: '#b42318' });
  await action.setBadgeText({ text: badgeText(dueCount) });
  await action.setTitle({ title: dueCount ? `Creator Scout — ${dueCount} reminder${dueCount === 1 ? '' : 's'} due` : 'Creator Scout' });
}

/** Make the browser's alarms, notifications and badge match the database. */
export async function syncReminders(now: number): Promise<{ scheduled: number }> {
  // In a team, a reminder assigned to a teammate fires in their browser, not this one.
  await teamMemberApplied();
  const actor = teamActor();
  await reconcileKeepInTouch(now);
  const plan = planAlarms((await pendingReminders()).filter((r) => firesFor(r, actor)), now);
  const existing = (await browser.alarms.getAll()).filter((a) => a.name.startsWith(ALARM_PREFIX));
  for (const alarm of existing) {
    if (plan.alarms.get(alarm.name) !== alarm.scheduledTime) await browser.alarms.clear(alarm.name);
  }
  const kept = new Set(existing.filter((a) => plan.alarms.get(a.name) === a.scheduledTime).map((a) => a.name));
  for (const [name, when] of plan.alarms) if (!kept.has(name)) await browser.alarms.create(name, { when });
  for (const reminder of plan.dueUnannounced) await notify(reminder, now);
  await setBadge(plan.dueCount);
  if (!(await browser.alarms.get(TICK_ALARM))) await browser.alarms.create(TICK_ALARM, { periodInMinutes: TICK_MINUTES });
  return { scheduled: plan.alarms.size };
}

async function onAlarm(name: string, now: number): Promise<void> {
  const id = reminderIdOfAlarm(name);
  if (name !== TICK_ALARM && !id) return;
  // A reminder's alarm and the periodic tick do the same thing: announce what is due, recount.
  await syncReminders(now);
}

async function openReminder(reminderId: string): Promise<void> {
  const reminder = await database().reminders.get(reminderId);
  if (reminder?.creatorId) openRosterTab(reminder.creatorId);
  else void browser.tabs.create({ url: browser.runtime.getURL('/options.html#/reminders') });
  await browser.notifications.clear(reminderId);
}

export function registerReminders(now: () => number = Date.now): void {
  browser.alarms.onAlarm.addListener((alarm) => void onAlarm(alarm.name, now()));
  browser.runtime.onStartup.addListener(() => void syncReminders(now()));
  browser.notifications.onClicked.addListener((id) => void openReminder(id));
  browser.notifications.onButtonClicked?.addListener((id, button) => {
    if (button === 0) void openReminder(id);
    else
      void snoozeReminder(id, daysLaterAt(now(), 1, 9), now())
        .then(() => browser.notifications.clear(id))
        .then(() => syncReminders(now()));
  });
}
