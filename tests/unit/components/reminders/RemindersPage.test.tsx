import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RemindersPage } from '@/components/reminders/RemindersPage';
import { createReminder } from '@/storage/reminders';
import { withFreshDatabase } from '../../../helpers/db';
import { SAMPLE, seedCreators } from '../../../helpers/roster-data';

const db = withFreshDatabase();
const HOUR = 3_600_000;

let syncRequests = 0;
beforeEach(() => {
  syncRequests = 0;
  // The background's answer to "reminders changed": counted, so tests see that every change asks.
  fakeBrowser.runtime.onMessage.addListener(((message: { type?: string }) => {
    if (message.type !== 'syncReminders') return undefined;
    syncRequests++;
    return Promise.resolve({ res: { scheduled: 0 } });
  }) as Parameters<typeof fakeBrowser.runtime.onMessage.addListener>[0]);
});

describe('RemindersPage', () => {
  it('lists overdue, today and upcoming reminders with their creator', async () => {
    const ids = await seedCreators(SAMPLE);
    const now = Date.now();
    await createReminder({ creatorId: ids.Pluto!, title: 'Follow up with Pluto', dueAt: now - HOUR, kind: 'follow_up' }, now);
    await createReminder({ creatorId: null, title: 'Pay the studio', dueAt: now + 40 * 24 * HOUR, kind: 'payment' }, now);
    render(<RemindersPage />);
    const overdue = await screen.findByRole('region', { name: 'Overdue (1)' });
    expect(within(overdue).getByText('Follow up with Pluto')).toBeInTheDocument();
    expect(within(overdue).getByRole('link', { name: 'Pluto' })).toHaveAttribute('href', expect.stringMatching(/^#\/creator\//));
    expect(screen.getByRole('region', { name: 'Upcoming (1)' })).toHaveTextContent('Pay the studio');
    expect(screen.getByTestId('due-count')).toHaveTextContent('1 due now.');
  });

  it('creates a reminder for a creator, and asks the background to schedule it', async () => {
    const user = userEvent.setup();
    await seedCreators(SAMPLE);
    render(<RemindersPage />);
    const form = await screen.findByRole('form', { name: 'New reminder' });
    await user.type(within(form).getByLabelText('Title'), 'Send the brief');
    await user.type(within(form).getByLabelText('Creator'), 'kiko');
    await user.click(await within(form).findByRole('button', { name: 'Kiko Beats' }));
    await user.click(within(form).getByRole('button', { name: 'Add reminder' }));
    expect(await within(form).findByText(/Reminder “Send the brief” set for/)).toBeInTheDocument();
    const [saved] = await db().reminders.toArray();
    expect(saved).toMatchObject({ title: 'Send the brief', status: 'pending', kind: 'custom' });
    expect(syncRequests).toBe(1);
  });

  it('refuses a reminder without a title, saying why', async () => {
    const user = userEvent.setup();
    render(<RemindersPage />);
    await user.click(await screen.findByRole('button', { name: 'Add reminder' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Give the reminder a title.');
    expect(await db().reminders.count()).toBe(0);
  });

  it('completes and snoozes from the list', async () => {
    const user = userEvent.setup();
    const now = Date.now();
    const a = await createReminder({ creatorId: null, title: 'Call Ana', dueAt: now - HOUR, kind: 'custom' }, now);
    const b = await createReminder({ creatorId: null, title: 'Email Bo', dueAt: now - HOUR, kind: 'custom' }, now);
    render(<RemindersPage />);
    await user.click(within(await screen.findByRole('group', { name: 'Actions for Call Ana' })).getByRole('button', { name: 'Done' }));
    await user.click(within(screen.getByRole('group', { name: 'Actions for Email Bo' })).getByRole('button', { name: 'Tomorrow 9:00' }));
    await vi.waitFor(async () => expect((await db().reminders.get(a.id))?.status).toBe('done'));
    await vi.waitFor(async () => expect((await db().reminders.get(b.id))?.dueAt).toBeGreaterThan(now));
    expect(await screen.findByText('Nothing due now.', { exact: false })).toBeInTheDocument();
    expect(syncRequests).toBe(2);
  });

  it('sets a keep-in-touch cadence for a creator', async () => {
    const user = userEvent.setup();
    const ids = await seedCreators(SAMPLE);
    render(<RemindersPage />);
    const section = await screen.findByRole('region', { name: 'Keep in touch' });
    await user.type(within(section).getByLabelText('Keep in touch with'), 'pluto');
    await user.click(await within(section).findByRole('button', { name: 'Pluto' }));
    // Changing the pick starts from an empty search, not the text that found Pluto.
    await user.click(within(section).getByRole('button', { name: 'Change keep in touch with' }));
    expect(within(section).getByLabelText('Keep in touch with')).toHaveValue('');
    await user.type(within(section).getByLabelText('Keep in touch with'), 'pluto');
    await user.click(await within(section).findByRole('button', { name: 'Pluto' }));
    await user.clear(within(section).getByLabelText('Every (days)'));
    await user.type(within(section).getByLabelText('Every (days)'), '30');
    await user.click(within(section).getByRole('button', { name: 'Set cadence' }));
    expect(await within(section).findByText(/every 30 days/)).toBeInTheDocument();
    expect((await db().creators.get(ids.Pluto!))?.keepInTouchDays).toBe(30);
    expect(await screen.findByText('Keep in touch with Pluto')).toBeInTheDocument();
  });
});
