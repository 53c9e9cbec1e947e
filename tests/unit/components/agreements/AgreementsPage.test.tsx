import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AgreementsPage } from '@/components/agreements/AgreementsPage';
import { saveAgreement, setAgreementStatus } from '@/storage/agreements';
import { database } from '@/storage/db';
import { emptyAgreementTerms } from '@/utils/model/defaults';
import { withFreshDatabase } from '../../../helpers/db';
import { makeCampaign } from '../../../helpers/records';
import { seedCreators } from '../../../helpers/roster-data';

withFreshDatabase();
const NOW = Date.UTC(2026, 0, 10);
const day = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();

describe('AgreementsPage', () => {
  it('says how to start when there are none', async () => {
    render(<AgreementsPage />);
    expect(await screen.findByText(/No agreements yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New agreement' })).toHaveAttribute('href', '#/agreements/new');
  });

  it('lists title, creator, status, fee and next due date, and filters by status', async () => {
    const user = userEvent.setup();
    const { Ana: ana, Kiko: kiko } = (await seedCreators([
      { name: 'Ana', accounts: [] },
      { name: 'Kiko', accounts: [] },
    ])) as Record<string, string>;
    await database().campaigns.add(makeCampaign({ id: 'spring', name: 'Spring launch' }));
    const reels = await saveAgreement(
      {
        title: 'Spring reels',
        creatorId: ana!,
        campaignId: 'spring',
        terms: {
          ...emptyAgreementTerms('USD'),
          fee: 1200,
          deliverables: [
            { id: 'a', type: 'reel', platform: 'instagram', count: 1, dueAt: day(2026, 3, 20), notes: '' },
            { id: 'b', type: 'story', platform: 'instagram', count: 1, dueAt: day(2026, 3, 12), notes: '' },
          ],
        },
      },
      NOW,
    );
    await setAgreementStatus(reels.id, 'sent', NOW + 1);
    await saveAgreement({ title: 'Gifting', creatorId: kiko!, campaignId: null, terms: emptyAgreementTerms() }, NOW + 2);

    render(<AgreementsPage />);
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent))).toEqual([
      ['Gifting', 'Kiko', 'Draft', '—', '—', 'Document'],
      ['Spring reels · Spring launch', 'Ana', 'Sent', '$1,200.00', 'Mar 12, 2026', 'Document'],
    ]);
    expect(within(rows[1]!).getByRole('link', { name: 'Spring reels' })).toHaveAttribute('href', `#/agreements/${reels.id}`);
    expect(within(rows[1]!).getByRole('link', { name: 'Ana' })).toHaveAttribute('href', `#/creator/${ana}`);
    expect(within(rows[1]!).getByRole('link', { name: 'Document: Spring reels' })).toHaveAttribute('href', `#/agreements/${reels.id}/document`);

    await user.selectOptions(screen.getByLabelText('Status'), 'Sent');
    expect(within(table).getAllByRole('row').slice(1).map((r) => r.querySelector('th')!.textContent)).toEqual(['Spring reels · Spring launch']);
    await user.selectOptions(screen.getByLabelText('Status'), 'Signed');
    expect(screen.getByText('No signed agreements.')).toBeInTheDocument();
  });
});

describe('a damaged agreement in the list', () => {
  it('names itself in its own row, and the other agreements stay listed and usable', async () => {
    const user = userEvent.setup();
    const { Ana: ana, Kiko: kiko } = (await seedCreators([
      { name: 'Ana', accounts: [] },
      { name: 'Kiko', accounts: [] },
    ])) as Record<string, string>;
    await saveAgreement({ title: 'Gifting', creatorId: kiko!, campaignId: null, terms: emptyAgreementTerms() }, NOW);
    const broken = await saveAgreement({ title: 'Summer reels', creatorId: ana!, campaignId: null, terms: emptyAgreementTerms() }, NOW + 1);
    // Terms no version of Creator Scout writes, as a damaged profile could leave them.
    await database().agreements.update(broken.id, { terms: null as never });

    render(<AgreementsPage />);
    const table = await screen.findByRole('table');
    const alert = within(table).getByRole('alert');
    expect(alert).toHaveTextContent(/^The agreement “Summer reels” could not be shown \(.+\)\. Your data is unchanged, and the rest of Creator Scout works\.$/);
    expect(within(table).getByRole('link', { name: 'Gifting' })).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Kiko' })).toHaveAttribute('href', `#/creator/${kiko}`);
    // The page's own controls still work.
    await user.selectOptions(screen.getByLabelText('Status'), 'Signed');
    expect(screen.getByText('No signed agreements.')).toBeInTheDocument();
    expect(await database().agreements.count()).toBe(2);
  });
});
