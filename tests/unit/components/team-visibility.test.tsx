import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CreatorDetail } from '@/components/creator/CreatorDetail';
import { InTouchNotice } from '@/components/popup/InTouchNotice';
import type { PopupApi } from '@/components/popup/popup-api';
import { ProfileCard } from '@/components/popup/ProfileCard';
import { RemindersPage } from '@/components/reminders/RemindersPage';
import { RosterPage } from '@/components/roster/RosterPage';
import { createReminder } from '@/storage/reminders';
import { resetTeamMemberForTests, setTeamActor } from '@/storage/team';
import { formatDate } from '@/utils/format';
import type { TeamSeen } from '@/utils/model/views';
import { withFreshDatabase } from '../../helpers/db';
import { seedAna } from '../../helpers/creator-detail-seed';
import { NOW, statusFor } from '../../helpers/popup-api';
import { plutoReading } from '../../helpers/readings';
import { SAMPLE, seedCreators } from '../../helpers/roster-data';

const db = withFreshDatabase();
const HOUR = 3_600_000;

beforeEach(() => {
  // The background's answer to "reminders changed".
  fakeBrowser.runtime.onMessage.addListener(((message: { type?: string }) =>
    message.type === 'syncReminders' ? Promise.resolve({ res: { scheduled: 0 } }) : undefined) as Parameters<typeof fakeBrowser.runtime.onMessage.addListener>[0]);
});
afterEach(() => resetTeamMemberForTests());

/** The sample roster: Pluto is Maya's, Kiko Beats is Sam's, the others nobody's. */
async function seedOwners(): Promise<void> {
  const ids = await seedCreators(SAMPLE);
  await db().creators.update(ids.Pluto!, { owner: 'maya' });
  await db().creators.update(ids['Kiko Beats']!, { owner: 'sam' });
}

const rosterNames = () =>
  within(screen.getByRole('grid', { name: 'Creators' }))
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('link').textContent)
    .sort();

describe('the roster in a team', () => {
  it('shows each creator’s owner and filters by owner: mine, unowned, a teammate’s', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    await seedOwners();
    setTeamActor('maya', db());
    render(<RosterPage />);
    const pluto = (await screen.findByRole('link', { name: 'Pluto' })).closest('tr')!;
    expect(screen.getByRole('columnheader', { name: /Owner/ })).toBeInTheDocument();
    expect(pluto).toHaveTextContent('maya');
    await user.click(screen.getByRole('button', { name: /^Filters/ }));
    const owner = screen.getByLabelText('Owner');
    await user.selectOptions(owner, 'Mine');
    expect(rosterNames()).toEqual(['Pluto']);
    await user.selectOptions(owner, 'Unowned');
    expect(rosterNames()).toEqual(['IlloJuan', 'Stephen King']);
    await user.selectOptions(owner, 'sam');
    expect(rosterNames()).toEqual(['Kiko Beats']);
    expect(screen.getByTestId('roster-count')).toHaveTextContent('Showing 1 of 4 creators');
  });

  it('a solo user sees no Owner column and no Owner filter', async () => {
    const user = userEvent.setup();
    await seedOwners();
    render(<RosterPage />);
    await screen.findByRole('link', { name: 'Pluto' });
    expect(screen.queryByRole('columnheader', { name: /Owner/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Filters/ }));
    expect(screen.queryByLabelText('Owner')).not.toBeInTheDocument();
  });
});

describe('reminders in a team', () => {
  it('are assigned to a teammate and shared; the list says for whom and filters "Assigned to me"', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    await seedOwners(); // names sam as a teammate
    setTeamActor('maya', db());
    const now = Date.now();
    await createReminder({ creatorId: null, title: 'Call Ana', dueAt: now - HOUR, kind: 'custom', visibility: 'team', assignee: 'maya' }, now);
    render(<RemindersPage />);
    const form = await screen.findByRole('form', { name: 'New reminder' });
    await user.type(within(form).getByLabelText('Title'), 'Send the brief');
    expect(within(form).getByLabelText('Visible to')).toHaveValue('personal');
    await user.selectOptions(within(form).getByLabelText('Assign to'), 'sam');
    // Assigning it to a teammate shares it, or they would never see it.
    expect(within(form).getByLabelText('Visible to')).toHaveValue('team');
    await user.click(within(form).getByRole('button', { name: 'Add reminder' }));
    expect(await within(form).findByText(/Reminder “Send the brief” set for sam for/)).toBeInTheDocument();
    expect(await db().reminders.filter((r) => r.title === 'Send the brief').first()).toMatchObject({ visibility: 'team', assignee: 'sam' });

    const item = (await screen.findByText('Send the brief')).closest('li')!;
    expect(item).toHaveTextContent('Team · for sam');
    expect(screen.getByText('Call Ana').closest('li')).toHaveTextContent('for you');
    await user.click(screen.getByRole('checkbox', { name: 'Assigned to me' }));
    expect(screen.queryByText('Send the brief')).not.toBeInTheDocument();
    expect(screen.getByText('Call Ana')).toBeInTheDocument();
  });

  it('refuse a personal reminder for a teammate, saying why', async () => {
    const user = userEvent.setup();
    await seedOwners();
    setTeamActor('maya', db());
    render(<RemindersPage />);
    const form = await screen.findByRole('form', { name: 'New reminder' });
    await user.type(within(form).getByLabelText('Title'), 'Secret');
    await user.selectOptions(within(form).getByLabelText('Assign to'), 'sam');
    await user.selectOptions(within(form).getByLabelText('Visible to'), 'Only me');
    await user.click(within(form).getByRole('button', { name: 'Add reminder' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Make the reminder visible to the team: sam cannot see a reminder that is only yours.');
    expect(await db().reminders.count()).toBe(0);
  });

  it('a solo user’s form has no team fields and no "Assigned to me"', async () => {
    render(<RemindersPage />);
    const form = await screen.findByRole('form', { name: 'New reminder' });
    expect(within(form).queryByLabelText('Visible to')).not.toBeInTheDocument();
    expect(within(form).queryByLabelText('Assign to')).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Assigned to me' })).not.toBeInTheDocument();
  });
});

describe('the creator page in a team', () => {
  it('shows the owner and saves a new one', async () => {
    const user = userEvent.setup();
    await seedAna(db());
    await db().creators.update('ana', { owner: 'sam' });
    setTeamActor('maya', db());
    render(<CreatorDetail creatorId="ana" />);
    const owner = await screen.findByLabelText('Owner');
    expect(owner).toHaveValue('sam');
    expect(owner).toHaveAccessibleDescription(/you are maya/);
    await user.clear(owner);
    await user.type(owner, 'maya');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(async () => expect((await db().creators.get('ana'))?.owner).toBe('maya'));
  });

  it('a solo user sees no Owner field', async () => {
    await seedAna(db());
    render(<CreatorDetail creatorId="ana" />);
    await screen.findByRole('heading', { level: 2, name: 'Ana Lima' });
    expect(screen.queryByLabelText('Owner')).not.toBeInTheDocument();
  });
});

describe('the popup in a team', () => {
  const reading = plutoReading();
  const saved = (team?: TeamSeen) =>
    statusFor(reading, {}, { saved: true, accountId: 'instagram:pluto__travel', creator: { id: 'c1', displayName: 'Pluto', status: 'contacted' }, lastSnapshot: null, ...(team && { team }) });

  it('says who owns the creator and who on the team contacted them', () => {
    const status = saved({ actor: 'sam', owner: 'maya', contact: { by: 'sam', at: NOW, template: 'Intro' } });
    render(<ProfileCard reading={reading} status={status} statusError={null} onSetBrandProfile={() => undefined} />);
    const lines = screen.getByRole('list', { name: 'Your team' });
    expect(lines).toHaveTextContent('Owner: maya');
    expect(lines).toHaveTextContent(`Contacted by you on ${formatDate(NOW)} via “Intro”`);
  });

  it('names the teammate who contacted them', () => {
    render(<ProfileCard reading={reading} status={saved({ actor: 'maya', owner: 'maya', contact: { by: 'sam', at: NOW, template: null } })} statusError={null} onSetBrandProfile={() => undefined} />);
    expect(screen.getByRole('list', { name: 'Your team' })).toHaveTextContent(`Owner: maya (you)Contacted by sam on ${formatDate(NOW)}`);
  });

  it('says "Already in touch" once: the team line names who, so the notice stays silent', async () => {
    const contacted = { saved: true, accountId: 'instagram:pluto__travel', lastContactedAt: NOW, lastTemplate: 'Intro' } as unknown as Awaited<ReturnType<NonNullable<PopupApi['contactState']>>>;
    const api = { contactState: vi.fn(async () => contacted) } as unknown as PopupApi;
    const team: TeamSeen = { actor: 'maya', owner: 'maya', contact: { by: 'sam', at: NOW, template: 'Intro' } };
    const { unmount } = render(<InTouchNotice api={api} accountId="instagram:pluto__travel" />);
    expect(await screen.findByText(`Already in touch: last contacted ${formatDate(NOW)} with “Intro”.`)).toBeInTheDocument();
    unmount();
    render(<InTouchNotice api={api} accountId="instagram:pluto__travel" team={team} />);
    await vi.waitFor(() => expect(api.contactState).toHaveBeenCalledTimes(2));
    expect(screen.queryByText(/Already in touch/)).not.toBeInTheDocument();
  });

  it('shows nothing of a team to a solo user', () => {
    render(<ProfileCard reading={reading} status={saved()} statusError={null} onSetBrandProfile={() => undefined} />);
    expect(screen.queryByRole('list', { name: 'Your team' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Owner/)).not.toBeInTheDocument();
  });
});
