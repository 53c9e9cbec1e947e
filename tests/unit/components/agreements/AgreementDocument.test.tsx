import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AgreementDocument } from '@/components/agreements/AgreementDocument';
import { emptyAgreementTerms } from '@/utils/model/defaults';
import type { AgreementTerms } from '@/utils/model/schemas';
import { senderDetails } from '@/utils/browser/sender-store';
import { withFreshDatabase } from '../../../helpers/db';
import { makeAgreement, makeCampaign } from '../../../helpers/records';
import { seedCreators } from '../../../helpers/roster-data';

const db = withFreshDatabase();
const day = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();

const TERMS: AgreementTerms = {
  ...emptyAgreementTerms('EUR'),
  deliverables: [
    { id: 'd1', type: 'reel', platform: 'instagram', count: 2, dueAt: day(2026, 3, 20), notes: 'Show the bottle in the first 3 seconds' },
    { id: 'd2', type: 'blog', platform: null, count: 1, dueAt: null, notes: '' },
  ],
  fee: 1500,
  paymentSchedule: [
    { id: 'p1', description: '50 % on signing', amount: 750, dueAt: day(2026, 3, 1), paidAt: day(2026, 3, 2) },
    { id: 'p2', description: '50 % after publication', amount: 750, dueAt: day(2026, 4, 1), paidAt: null },
  ],
  paymentTerms: 'Net 30 by bank transfer',
  usageRights: { channels: ['organic_social', 'paid_ads', 'website'], durationDays: 90, whitelistingDays: 30 },
  exclusivity: { category: 'Skincare', days: 60 },
  disclosure: 'Use #ad in the first line',
  approvalRounds: 2,
  creativeFreedom: 'Your voice, your edit.',
  startAt: day(2026, 3, 1),
  signedAt: day(2026, 2, 25),
  notes: 'Product ships a week before the start.',
};

async function seed(patch: { title?: string; name?: string; terms?: Partial<AgreementTerms> } = {}) {
  const ids = await seedCreators([{ name: patch.name ?? 'Ana Lima', accounts: [{ platform: 'instagram', handle: 'ana.lima', followers: 12_400 }] }]);
  const creatorId = Object.values(ids)[0]!;
  await db().creators.update(creatorId, { contact: { email: 'ana@example.com', other: 'Manager: Rui, +351 900 000 000' }, location: 'Lisbon' });
  await db().campaigns.add(makeCampaign({ id: 'spring', name: 'Spring launch' }));
  await db().agreements.add(
    makeAgreement({ id: 'agr', creatorId, campaignId: 'spring', status: 'signed', title: patch.title ?? 'Spring reels', terms: { ...TERMS, ...patch.terms } }),
  );
}

const BRAND = { brandName: 'Glow Co', name: 'Maya Chen', title: 'Partnerships lead', email: 'maya@glow.example', website: 'https://glow.example' };
const section = (name: string) => screen.getByRole('region', { name });

describe('AgreementDocument', () => {
  it('states a usage period entered in months in months', async () => {
    // Mar 1 → Sep 1 is 184 days: six calendar months, which is how it was entered.
    await seed({ terms: { usageRights: { channels: ['paid_ads'], durationDays: 184, whitelistingDays: null } } });
    render(<AgreementDocument agreementId="agr" />);
    const usage = await screen.findByRole('region', { name: 'Usage rights' });
    expect(usage).toHaveTextContent('Duration6 months from the start date, until Sep 1, 2026');
  });

  it('shows every part of the agreement', async () => {
    await seed();
    await senderDetails.set(BRAND);
    render(<AgreementDocument agreementId="agr" />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Spring reels' })).toBeInTheDocument();
    expect(screen.getByText(/Status: Signed/)).toHaveTextContent('Signed Feb 25, 2026');

    const parties = section('Parties');
    for (const text of ['Glow Co', 'Represented by Maya Chen, Partnerships lead', 'maya@glow.example', 'https://glow.example', 'Ana Lima', 'ana@example.com', 'Manager: Rui, +351 900 000 000', 'Lisbon', '@ana.lima on Instagram (https://www.instagram.com/ana.lima)']) {
      expect(within(parties).getByText(text)).toBeInTheDocument();
    }

    const scope = section('Scope and deliverables');
    expect(scope).toHaveTextContent('Spring launch');
    const rows = within(scope).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toEqual([
      ['Reel', 'Instagram', '2', 'Mar 20, 2026', 'Show the bottle in the first 3 seconds'],
      ['Blog post', 'Any', '1', 'To be agreed', ''],
    ]);

    const timeline = within(section('Timeline')).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent));
    expect(timeline).toEqual([
      ['Mar 1, 2026', 'Start of the agreement'],
      ['Mar 1, 2026', 'Payment of €750.00 due: 50 % on signing'],
      ['Mar 20, 2026', 'Reel on Instagram due (2)'],
      ['Mar 31, 2026', 'Whitelisting window ends'],
      ['Apr 1, 2026', 'Payment of €750.00 due: 50 % after publication'],
      ['Apr 30, 2026', 'Exclusivity ends'],
      ['May 30, 2026', 'Usage rights end'],
    ]);

    const payment = section('Fee and payment');
    expect(payment).toHaveTextContent('Fee€1,500.00');
    expect(payment).toHaveTextContent('CurrencyEUR');
    expect(payment).toHaveTextContent('Payment termsNet 30 by bank transfer');
    expect(within(payment).getByRole('table', { name: 'Payment schedule (total €1,500.00)' })).toBeInTheDocument();
    expect(within(payment).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual([
      '50 % on signing€750.00Mar 1, 2026Mar 2, 2026',
      '50 % after publication€750.00Apr 1, 2026Not yet',
    ]);

    const usage = section('Usage rights');
    expect(usage).toHaveTextContent('ChannelsOrganic social, Paid ads, Website');
    expect(usage).toHaveTextContent('Duration90 days from the start date, until May 30, 2026');
    expect(usage).toHaveTextContent('Paid-ad whitelisting30 days from the start date, until Mar 31, 2026');
    expect(section('Exclusivity')).toHaveTextContent('For 60 days from the start date, the creator will not promote competing brands in this category: Skincare.');
    expect(section('Disclosure')).toHaveTextContent('Use #ad in the first line');
    expect(section('Approvals')).toHaveTextContent('the brand may ask for up to 2 rounds of changes');
    expect(section('Creative freedom')).toHaveTextContent('Your voice, your edit.');
    expect(section('Other terms')).toHaveTextContent('Product ships a week before the start.');

    const signatures = section('Signatures');
    expect(signatures).toHaveTextContent('For Glow Co');
    expect(signatures).toHaveTextContent('Name: Maya Chen');
    expect(signatures).toHaveTextContent('For Ana Lima');
    expect(within(signatures).getAllByText('Date: Feb 25, 2026')).toHaveLength(2);
  });

  it('renders names, notes and clauses as text, never as markup', async () => {
    const script = '<script>window.hacked = true</script>';
    const img = '<img src=x onerror="window.hacked = true">';
    await seed({
      title: `Deal ${script}`,
      name: `Ana ${img}`,
      terms: {
        notes: `Note ${img}`,
        creativeFreedom: `Clause ${script}`,
        disclosure: `<b>bold</b>`,
        deliverables: [{ id: 'd', type: 'reel', platform: 'instagram', count: 1, dueAt: null, notes: img }],
        paymentSchedule: [{ id: 'p', description: script, amount: 10, dueAt: null, paidAt: null }],
      },
    });
    await senderDetails.set({ ...BRAND, brandName: img });
    render(<AgreementDocument agreementId="agr" />);
    expect(await screen.findByRole('heading', { level: 2, name: `Deal ${script}` })).toBeInTheDocument();
    const article = screen.getByRole('article');
    expect(article.querySelector('script, img, b')).toBeNull();
    expect(within(section('Parties')).getByText(`Ana ${img}`)).toBeInTheDocument();
    expect(within(section('Parties')).getByText(img)).toBeInTheDocument();
    expect(section('Other terms')).toHaveTextContent(`Note ${img}`);
    expect(section('Creative freedom')).toHaveTextContent(`Clause ${script}`);
    expect(section('Disclosure')).toHaveTextContent('<b>bold</b>');
    expect(within(section('Scope and deliverables')).getByRole('cell', { name: img })).toBeInTheDocument();
    expect(within(section('Fee and payment')).getByRole('cell', { name: script })).toBeInTheDocument();
    expect((window as unknown as { hacked?: boolean }).hacked).toBeUndefined();
  });

  it('prints with the button, and names the brand “The brand” until the sender details are filled in', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await seed({ terms: { signedAt: null } });
    render(<AgreementDocument agreementId="agr" />);
    await user.click(await screen.findByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(within(section('Parties')).getByText('The brand')).toBeInTheDocument();
    expect(section('Signatures')).toHaveTextContent('For The brand');
    expect(screen.getByRole('link', { name: '← Back to the agreement' })).toHaveAttribute('href', '#/agreements/agr');
    // Filled in meanwhile (on the Templates page, in another tab): the document follows.
    await senderDetails.set(BRAND);
    expect(await within(section('Parties')).findByText('Glow Co')).toBeInTheDocument();
  });

  it('prints only the agreement: the app bar, navigation and buttons are hidden on paper', () => {
    // jsdom does not apply style sheets, so the print rules are checked as written.
    const css = readFileSync(resolve(__dirname, '../../../../components/agreements/agreement-document.css'), 'utf8');
    const print = css.slice(css.indexOf('@media print'));
    expect(print).toMatch(/body:has\(\.agreement-doc\) \.app__bar,\s*body:has\(\.agreement-doc\) nav,\s*body:has\(\.agreement-doc\) button,[^{]*\{\s*display: none !important;/);
    expect(css).toMatch(/@page \{\s*margin: [^;]+;\s*\}/);
    expect(css).not.toMatch(/@page \{[^}]*size:/);
  });

  it('says so when the agreement does not exist', async () => {
    render(<AgreementDocument agreementId="nope" />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Agreement not found' })).toBeInTheDocument();
  });
});
