import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CalendarPage } from '@/components/calendar/CalendarPage';
import { saveAgreement } from '@/storage/agreements';
import { emptyAgreementTerms } from '@/utils/model/defaults';
import { withFreshDatabase } from '../../../helpers/db';
import { seedCreators } from '../../../helpers/roster-data';

vi.mock('@/utils/browser/reminder-sync', () => ({ requestReminderSync: vi.fn(async () => undefined) }));

withFreshDatabase();
const today = new Date();
const dayFromToday = (n: number) => new Date(today.getFullYear(), today.getMonth(), today.getDate() + n).getTime();

async function seed() {
  const ids = await seedCreators([
    { name: 'Ana', accounts: [{ platform: 'instagram', handle: 'ana.lima', followers: 12_400 }] },
    { name: 'Bo', accounts: [{ platform: 'tiktok', handle: 'bo', followers: 9_000 }] },
  ]);
  const line = (id: string, type: 'reel' | 'video', dueAt: number) => ({ id, type, platform: null, count: 1, dueAt, notes: '' });
  await saveAgreement({ title: 'Late one', creatorId: ids.Ana!, campaignId: null, terms: { ...emptyAgreementTerms(), deliverables: [line('late', 'reel', dayFromToday(-2))] } }, Date.now());
  await saveAgreement({ title: 'Next one', creatorId: ids.Bo!, campaignId: null, terms: { ...emptyAgreementTerms(), deliverables: [line('next', 'video', dayFromToday(40))] } }, Date.now());
}

describe('CalendarPage', () => {
  it('lists deliverables in the agenda, marks the overdue one in words, and filters by creator', async () => {
    const user = userEvent.setup();
    await seed();
    render(<CalendarPage />);
    await user.click(await screen.findByRole('button', { name: 'Agenda' }));
    const late = await screen.findByRole('button', { name: /Reel.*Ana/ });
    expect(late).toHaveTextContent(/^Overdue: Deliverable due: Reel — Ana \(Brief sent\)$/);
    expect(screen.getByRole('button', { name: /Video.*Bo/ })).not.toHaveTextContent('Overdue');
    await user.selectOptions(screen.getByLabelText('Creator'), 'Bo');
    expect(screen.queryByRole('button', { name: /Reel.*Ana/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Video.*Bo/ })).toBeInTheDocument();
  });

  it('opens a deliverable and shows the agreement’s approval-round limit', async () => {
    const user = userEvent.setup();
    await seed();
    render(<CalendarPage />);
    await user.click(await screen.findByRole('button', { name: 'Agenda' }));
    await user.click(await screen.findByRole('button', { name: /Reel.*Ana/ }));
    const panel = screen.getByRole('region', { name: 'Reel' });
    expect(within(panel).getByText("0 of 1 round of changes used (the agreement's limit)")).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Record draft 1' })).toBeInTheDocument();
  });
});
