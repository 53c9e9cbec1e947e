import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AgreementEditor } from '@/components/agreements/AgreementEditor';
import { saveAgreement } from '@/storage/agreements';
import { emptyAgreementTerms } from '@/utils/model/defaults';
import { requestReminderSync } from '@/utils/browser/reminder-sync';
import { withFreshDatabase } from '../../../helpers/db';
import { makeCampaign } from '../../../helpers/records';
import { seedCreators } from '../../../helpers/roster-data';

vi.mock('@/utils/browser/reminder-sync', () => ({ requestReminderSync: vi.fn(async () => {}) }));

const db = withFreshDatabase();
const at10 = (y: number, m: number, d: number) => new Date(y, m - 1, d, 10).getTime();

let ana = '';
beforeEach(async () => {
  // A user in Germany: money starts in euros.
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE', 'en']);
  vi.mocked(requestReminderSync).mockClear();
  ({ Ana: ana } = (await seedCreators([{ name: 'Ana', accounts: [{ platform: 'instagram', handle: 'ana.lima', followers: 12_400 }] }])) as { Ana: string });
  await db().campaigns.add(makeCampaign({ id: 'spring', name: 'Spring launch' }));
});

const form = () => screen.getByRole('form', { name: 'Agreement' });
const group = (name: string) => within(form()).getByRole('group', { name });
// Date inputs take a whole value at once, as a browser's date picker sets it.
const setDate = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } });

async function openNew(creatorId?: string) {
  render(<AgreementEditor creatorId={creatorId} />);
  await screen.findByRole('form', { name: 'Agreement' });
  await within(form()).findByRole('option', { name: 'Spring launch' });
}

describe('AgreementEditor', () => {
  it('starts the fee in the user’s own currency', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
    await openNew(ana);
    expect(within(form()).getByLabelText('Currency')).toHaveValue('USD');
  });

  it('builds an agreement for the creator from the address, saves it as a draft and sets its reminders', async () => {
    const user = userEvent.setup();
    await openNew(ana);
    expect(within(group('The agreement')).getByRole('link', { name: 'Ana' })).toHaveAttribute('href', `#/creator/${ana}`);
    // Disclosure comes prefilled from the defaults.
    expect(within(form()).getByLabelText('Disclosure requirements')).toHaveValue(emptyAgreementTerms().disclosure);

    await user.type(within(form()).getByLabelText('Title'), 'Spring reel');
    await user.selectOptions(within(form()).getByLabelText('Campaign'), 'Spring launch');
    setDate(within(group('The agreement')).getByLabelText('Start date'), '2026-03-01');
    await user.click(within(form()).getByRole('button', { name: 'Add a deliverable' }));
    const deliverable = group('Deliverable 1');
    await user.selectOptions(within(deliverable).getByLabelText('Type'), 'Reel');
    await user.selectOptions(within(deliverable).getByLabelText('Platform'), 'Instagram');
    setDate(within(deliverable).getByLabelText('Due date'), '2026-03-20');
    await user.type(within(form()).getByLabelText('Fee'), '1000');
    await user.selectOptions(within(form()).getByLabelText('Currency'), 'USD');
    await user.click(within(form()).getByRole('button', { name: 'Split the fee' }));
    expect(within(group('Payment 1')).getByLabelText('Amount')).toHaveValue('500');
    expect(within(group('Payment 2')).getByLabelText('Due date')).toHaveValue('2026-03-20');
    await user.click(within(group('Usage rights')).getByRole('checkbox', { name: 'Paid ads' }));
    await user.type(within(form()).getByLabelText('Usage duration'), '3');
    await user.selectOptions(within(form()).getByLabelText('Usage duration unit'), 'months');
    await user.click(within(form()).getByRole('button', { name: 'Use the suggested clause' }));
    expect(within(screen.getByRole('region', { name: 'Reminders' })).getAllByRole('listitem')).toHaveLength(4);

    await user.click(within(form()).getByRole('button', { name: 'Save draft' }));
    expect(await within(form()).findByText('Saved. Its dates are on your reminders.')).toHaveAttribute('role', 'status');

    const [agreement] = await db().agreements.toArray();
    expect(agreement).toMatchObject({ status: 'draft', title: 'Spring reel', creatorId: ana, campaignId: 'spring' });
    expect(agreement!.terms).toMatchObject({ fee: 1000, currency: 'USD', usageRights: { channels: ['organic_social', 'paid_ads'], durationDays: 92 } });
    expect(agreement!.terms.creativeFreedom).toMatch(/own voice/);
    const reminders = (await db().reminders.toArray()).sort((a, b) => a.dueAt - b.dueAt || a.title.localeCompare(b.title));
    expect(reminders.map((r) => [r.title, r.dueAt, r.source])).toEqual([
      ['Pay Ana $500.00 (50 % on signing) — Spring reel', at10(2026, 3, 1), { type: 'agreement', id: agreement!.id }],
      ['Pay Ana $500.00 (50 % after publication) — Spring reel', at10(2026, 3, 20), { type: 'agreement', id: agreement!.id }],
      ['Reel on Instagram due for Ana — Spring reel', at10(2026, 3, 20), { type: 'agreement', id: agreement!.id }],
      ['Usage rights end for Ana — Spring reel', at10(2026, 6, 1), { type: 'agreement', id: agreement!.id }],
    ]);
    expect(requestReminderSync).toHaveBeenCalled();
    expect(location.hash).toBe(`#/agreements/${agreement!.id}`);

    // Saving again updates the same agreement rather than making a second one.
    await user.clear(within(form()).getByLabelText('Title'));
    await user.type(within(form()).getByLabelText('Title'), 'Spring reels');
    await user.click(within(form()).getByRole('button', { name: 'Save draft' }));
    await within(form()).findByText('Saved. Its dates are on your reminders.');
    expect(await db().agreements.count()).toBe(1);
    expect((await db().reminders.where('[status+dueAt]').between(['pending', 0], ['pending', Infinity]).toArray()).map((r) => r.title)).toContain(
      'Reel on Instagram due for Ana — Spring reels',
    );
  });

  it('ties each problem to its field and saves nothing', async () => {
    const user = userEvent.setup();
    await openNew(ana);
    setDate(within(form()).getByLabelText('Start date'), '2026-03-10');
    await user.click(within(form()).getByRole('button', { name: 'Add a deliverable' }));
    setDate(within(group('Deliverable 1')).getByLabelText('Due date'), '2026-03-01');
    await user.type(within(form()).getByLabelText('Fee'), '1000');
    await user.click(within(form()).getByRole('button', { name: 'Add a payment' }));
    await user.type(within(group('Payment 1')).getByLabelText('Amount'), '1200');
    await user.click(within(group('Usage rights')).getByRole('checkbox', { name: 'Paid ads' }));
    await user.click(within(form()).getByRole('button', { name: 'Save draft' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Not saved: fix the 4 highlighted fields.');
    const title = within(form()).getByLabelText('Title');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('Title: give the agreement a name, such as “Spring launch — 2 reels”.');
    expect(title).toHaveFocus();
    const due = within(group('Deliverable 1')).getByLabelText('Due date');
    expect(due).toHaveAttribute('aria-invalid', 'true');
    expect(due).toHaveAccessibleDescription('Due date: this is before the start date (Mar 10, 2026). Pick the start date or later, or move the start date.');
    const amount = within(group('Payment 1')).getByLabelText('Amount');
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(amount).toHaveAccessibleDescription(
      'Payment schedule: the payments add up to €1,200.00, more than the €1,000.00 fee. Lower a payment or raise the fee.',
    );
    const duration = within(form()).getByLabelText('Usage duration');
    expect(duration).toHaveAttribute('aria-invalid', 'true');
    expect(duration).toHaveAccessibleDescription(/Usage duration: paid ads are selected, so say how long the brand may use the content/);
    expect(within(form()).getByLabelText('Fee')).not.toHaveAttribute('aria-invalid');
    expect(await db().agreements.count()).toBe(0);

    // Fixed, the messages go and it saves.
    await user.type(title, 'Spring');
    setDate(due, '2026-03-12');
    await user.clear(amount);
    await user.type(amount, '1000');
    await user.type(duration, '90');
    await user.click(within(form()).getByRole('button', { name: 'Save draft' }));
    await within(form()).findByText('Saved. Its dates are on your reminders.');
    expect(title).not.toHaveAttribute('aria-invalid');
    expect(await db().agreements.count()).toBe(1);
  });

  it('says what it cannot read, such as a fee that is not a number', async () => {
    const user = userEvent.setup();
    await openNew(ana);
    await user.type(within(form()).getByLabelText('Title'), 'Spring');
    await user.type(within(form()).getByLabelText('Fee'), 'a lot');
    await user.click(within(form()).getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Not saved: fix the highlighted field.');
    expect(within(form()).getByLabelText('Fee')).toHaveAccessibleDescription(/Fee: enter an amount such as 1500 or 1500.50, or leave it empty./);
  });

  it('lets the user pick the creator from the roster when none is given', async () => {
    const user = userEvent.setup();
    await openNew();
    await user.type(within(form()).getByLabelText('Title'), 'Gifting');
    await user.click(within(form()).getByRole('button', { name: 'Save draft' }));
    expect(within(form()).getByLabelText('Creator')).toHaveAccessibleDescription(/Creator: choose who this agreement is with\./);
    await user.type(within(form()).getByLabelText('Creator'), 'ana.l');
    await user.click(await within(form()).findByRole('button', { name: 'Ana' }));
    await user.click(within(form()).getByRole('button', { name: 'Save draft' }));
    await within(form()).findByText('Saved. Its dates are on your reminders.');
    expect((await db().agreements.toArray())[0]).toMatchObject({ creatorId: ana, title: 'Gifting' });
  });

  it('shows only the next allowed statuses; each change goes on the creator’s timeline', async () => {
    const user = userEvent.setup();
    const saved = await saveAgreement({ title: 'Spring', creatorId: ana, campaignId: null, terms: emptyAgreementTerms() }, Date.UTC(2026, 0, 1));
    render(<AgreementEditor agreementId={saved.id} />);
    const status = await screen.findByRole('region', { name: 'Status' });
    const buttons = () => within(status).queryAllByRole('button').map((b) => b.textContent);
    expect(status).toHaveTextContent('Status: Draft');
    expect(buttons()).toEqual(['Mark as sent', 'Cancel the agreement']);
    await user.click(within(status).getByRole('button', { name: 'Mark as sent' }));
    await within(status).findByText('Sent');
    expect(buttons()).toEqual(['Mark as signed', 'Cancel the agreement']);
    await user.click(within(status).getByRole('button', { name: 'Mark as signed' }));
    await within(status).findByText('Signed');
    expect(status).toHaveTextContent(/signed \w{3} \d+, \d{4}/);
    expect(buttons()).toEqual(['Mark as completed', 'Cancel the agreement']);
    await user.click(within(status).getByRole('button', { name: 'Mark as completed' }));
    await within(status).findByText('Completed');
    expect(buttons()).toEqual([]);
    const timeline = await db().interactions.where('creatorId').equals(ana).sortBy('at');
    expect(timeline.map((i) => i.details)).toEqual([
      { agreementId: saved.id, status: 'draft' },
      { agreementId: saved.id, status: 'sent' },
      { agreementId: saved.id, status: 'signed' },
      { agreementId: saved.id, status: 'completed' },
    ]);
    expect((await db().agreements.get(saved.id))!.terms.signedAt).not.toBeNull();
    expect(requestReminderSync).toHaveBeenCalledTimes(3);
  });

  it('says so when the agreement does not exist', async () => {
    render(<AgreementEditor agreementId="missing" />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Agreement not found' })).toBeInTheDocument();
  });
});
