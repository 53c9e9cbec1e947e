import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CampaignPage } from '@/components/campaigns/CampaignPage';
import { CampaignsPage } from '@/components/campaigns/CampaignsPage';
import { NO_RESULTS } from '@/utils/model/defaults';
import { withFreshDatabase } from '../../../helpers/db';
import { makeCampaign } from '../../../helpers/records';
import { seedCreators } from '../../../helpers/roster-data';

const db = withFreshDatabase();
// The landing page is remembered per campaign in this browser: each test starts without one.
beforeEach(() => localStorage.clear());

async function seedRoster() {
  return seedCreators([
    { name: 'Ana Lima', accounts: [{ platform: 'instagram', handle: 'ana.lima', followers: 12_400 }] },
    { name: 'Bo Chen', accounts: [{ platform: 'tiktok', handle: 'bo_chen', followers: 90_000 }] },
  ]);
}

const memberCard = (name: string) => screen.getByRole('article', { name });
const form = (name: string) => screen.getByRole('form', { name });

describe('CampaignsPage', () => {
  it('lists campaigns with status, dates, budget, creators, spend and ROI', async () => {
    await db().campaigns.bulkAdd([
      makeCampaign({ id: 'k1', name: 'Spring launch', status: 'active', budget: 2000, startAt: Date.UTC(2026, 2, 1, 12), endAt: Date.UTC(2026, 2, 31, 12) }, [
        { creatorId: 'a', fee: 500, results: { ...NO_RESULTS, revenue: 1750 } },
        { creatorId: 'b', fee: 300, results: { ...NO_RESULTS, revenue: 150 } },
      ]),
      makeCampaign({ id: 'k2', name: 'Winter', startAt: Date.UTC(2025, 11, 1, 12) }),
    ]);
    render(<CampaignsPage />);
    const row = (await screen.findByRole('row', { name: /Spring launch/ })) as HTMLTableRowElement;
    expect([...row.cells].map((c) => c.textContent)).toEqual([
      'Spring launch', 'Sales', 'Active', 'Mar 1, 2026 – Mar 31, 2026', '€2,000.00', '2', '€800.00', '137.5%',
    ]);
    expect(within(row).getByRole('link', { name: 'Spring launch' })).toHaveAttribute('href', '#/campaigns/k1');
    expect(screen.getByRole('row', { name: /Winter/ })).toHaveTextContent('—');
  });

  it('creates a campaign: the goal must be chosen, and the error is tied to it; then opens the new campaign', async () => {
    const user = userEvent.setup();
    render(<CampaignsPage />);
    expect(await screen.findByText('No campaigns yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New campaign' }));
    const newForm = form('New campaign');
    await user.click(within(newForm).getByRole('button', { name: 'Create campaign' }));
    expect(within(newForm).getByRole('alert')).toHaveTextContent('Not saved: fix the fields marked below.');
    expect(within(newForm).getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');
    expect(within(newForm).getByLabelText('Name')).toHaveAccessibleDescription('Name is required.');
    expect(within(newForm).getByRole('group', { name: 'Main goal' })).toHaveAccessibleDescription(/decides the headline metric.*Goal: choose the one main goal/);
    expect(newForm).toHaveTextContent('Sales are about money coming back: creators are compared on revenue');

    await user.type(within(newForm).getByLabelText('Name'), 'Spring launch');
    await user.click(within(newForm).getByRole('radio', { name: /^Traffic/ }));
    await user.type(within(newForm).getByLabelText('Hashtags'), '#spring, #ad spring');
    await user.type(within(newForm).getByLabelText('Budget'), '2,500');
    await user.type(within(newForm).getByLabelText('End date'), '2026-03-31');
    await user.type(within(newForm).getByLabelText('Start date'), '2026-04-01');
    await user.click(within(newForm).getByRole('button', { name: 'Create campaign' }));
    expect(within(newForm).getByLabelText('End date')).toHaveAccessibleDescription('End date: must be on or after the start date.');
    expect(await db().campaigns.count()).toBe(0);

    await user.clear(within(newForm).getByLabelText('Start date'));
    await user.click(within(newForm).getByRole('button', { name: 'Create campaign' }));
    await waitFor(() => expect(location.hash).toMatch(/^#\/campaigns\/.+/));
    const [saved] = await db().campaigns.toArray();
    expect(location.hash).toBe(`#/campaigns/${saved!.id}`);
    // In the user's own currency (the test browser speaks en-US).
    expect(saved).toMatchObject({ name: 'Spring launch', goal: 'traffic', budget: 2500, currency: 'USD', startAt: null, brief: { hashtags: ['spring', 'ad'] } });
  });
});

describe('CampaignPage', () => {
  async function showCampaign(members: Parameters<typeof makeCampaign>[1] = []) {
    await db().campaigns.add(makeCampaign({ id: 'k', name: 'Spring Launch', goal: 'sales' }, members));
    render(<CampaignPage campaignId="k" />);
    await screen.findByRole('heading', { level: 2, name: 'Spring Launch' });
  }

  it('edits the details and brief; a wrong currency is refused at its field', async () => {
    const user = userEvent.setup();
    await showCampaign();
    const details = form('Details and brief');
    expect(within(details).getByRole('radio', { name: /^Sales/ })).toBeChecked();
    await user.selectOptions(within(details).getByLabelText('Status'), 'active');
    await user.type(within(details).getByLabelText('Do'), 'Show the product in use');
    await user.clear(within(details).getByLabelText('Currency'));
    await user.type(within(details).getByLabelText('Currency'), 'euro');
    await user.click(within(details).getByRole('button', { name: 'Save' }));
    expect(within(details).getByLabelText('Currency')).toHaveAccessibleDescription(/Currency: use a three-letter code such as EUR or USD\./);
    expect(within(details).getByLabelText('Currency')).toHaveFocus();
    await user.clear(within(details).getByLabelText('Currency'));
    await user.type(within(details).getByLabelText('Currency'), 'usd');
    await user.click(within(details).getByRole('button', { name: 'Save' }));
    expect(await within(details).findByText('Saved')).toBeInTheDocument();
    expect(await db().campaigns.get('k')).toMatchObject({ status: 'active', currency: 'USD', brief: { dos: 'Show the product in use' } });
    expect(await screen.findByText('Active', { selector: '.campaign-chip' })).toBeInTheDocument();
  });

  it('adds a creator from the roster: their link is set up and it goes on their timeline', async () => {
    const user = userEvent.setup();
    const ids = await seedRoster();
    await showCampaign();
    await user.type(screen.getByLabelText('Add a creator from your roster'), 'ana');
    await user.click(await screen.findByRole('button', { name: 'Add Ana Lima' }));
    const card = await screen.findByRole('article', { name: 'Ana Lima' });
    expect(within(card).getByLabelText('utm_source')).toHaveValue('instagram');
    expect(within(card).getByLabelText('utm_content')).toHaveValue('ana-lima');
    expect(await db().interactions.where('creatorId').equals(ids['Ana Lima']!).toArray()).toEqual([
      expect.objectContaining({ type: 'campaign', details: { campaignId: 'k' } }),
    ]);
    // Already in: offered no second time.
    await user.clear(screen.getByLabelText('Add a creator from your roster'));
    await user.type(screen.getByLabelText('Add a creator from your roster'), 'ana');
    expect(await screen.findByText('(already in this campaign)')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add Ana Lima' })).not.toBeInTheDocument();
  });

  it('builds the tracked link from the landing page and copies it', async () => {
    const user = userEvent.setup();
    const ids = await seedRoster();
    await showCampaign([{ creatorId: ids['Ana Lima']!, utm: { source: 'instagram', medium: 'influencer', campaign: 'spring-launch', content: 'ana-lima' } }]);
    const tracking = form('Tracked link and promo code of Ana Lima');
    expect(tracking).toHaveTextContent('Tracked link: enter the landing page above to build the link.');
    await user.type(screen.getByLabelText('Landing page for tracked links'), 'shop.example.com/spring');
    const link = within(tracking).getByLabelText('Tracked link');
    expect(link).toHaveValue('https://shop.example.com/spring?utm_source=instagram&utm_medium=influencer&utm_campaign=spring-launch&utm_content=ana-lima');

    // Edited but not saved: the link shows the edit, copying waits for the save.
    await user.clear(within(tracking).getByLabelText('utm_campaign'));
    await user.type(within(tracking).getByLabelText('utm_campaign'), 'Spring & Summer');
    expect((link as HTMLInputElement).value).toContain('utm_campaign=Spring+%26+Summer');
    expect(within(tracking).getByRole('button', { name: 'Copy link' })).toBeDisabled();
    await user.click(within(tracking).getByRole('button', { name: 'Save link and code' }));
    expect(await within(tracking).findByText('Saved')).toBeInTheDocument();
    expect((await db().campaigns.get('k'))!.creators[0]!.utm.campaign).toBe('Spring & Summer');

    await user.click(within(tracking).getByRole('button', { name: 'Copy link' }));
    expect(await within(tracking).findByText('Copied Ana Lima’s link.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(
      'https://shop.example.com/spring?utm_source=instagram&utm_medium=influencer&utm_campaign=Spring+%26+Summer&utm_content=ana-lima',
    );
  });

  it('suggests a promo code and refuses one another creator in the campaign has', async () => {
    const user = userEvent.setup();
    const ids = await seedRoster();
    await showCampaign([{ creatorId: ids['Ana Lima']!, promoCode: 'ANA15' }, { creatorId: ids['Bo Chen']! }]);
    const bo = form('Tracked link and promo code of Bo Chen');
    await user.type(within(bo).getByLabelText('Discount (%)'), '10');
    await user.click(within(bo).getByRole('button', { name: 'Suggest a code: BOCHEN10' }));
    expect(within(bo).getByLabelText('Promo code')).toHaveValue('BOCHEN10');

    await user.clear(within(bo).getByLabelText('Promo code'));
    await user.type(within(bo).getByLabelText('Promo code'), 'ana15');
    await user.click(within(bo).getByRole('button', { name: 'Save link and code' }));
    const code = within(bo).getByLabelText('Promo code');
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    expect(code).toHaveAccessibleDescription(/“ana15” is already Ana Lima’s code in this campaign/);
    expect(code).toHaveFocus();
    expect((await db().campaigns.get('k'))!.creators[1]!.promoCode).toBe('');
  });

  it('saves fee and results entered by hand and shows the metrics with their formulas', async () => {
    const user = userEvent.setup();
    const ids = await seedRoster();
    await showCampaign([{ creatorId: ids['Ana Lima']! }]);
    const fee = form('Fee and deliverables of Ana Lima');
    await user.type(within(fee).getByLabelText('Fee (EUR)'), '500');
    await user.click(within(fee).getByRole('button', { name: 'Add deliverable' }));
    await user.type(within(fee).getByLabelText('Deliverable 1'), 'One reel');
    await user.selectOptions(within(fee).getByLabelText('Deliverable 1 status'), 'published');
    await user.type(within(fee).getByLabelText('Deliverable 1 post link'), 'https://www.instagram.com/p/abc');
    await user.click(within(fee).getByRole('button', { name: 'Save fee and deliverables' }));
    expect(await within(fee).findByText('Saved')).toBeInTheDocument();

    const results = form('Results of Ana Lima');
    await user.type(within(results).getByLabelText('Clicks'), '-4');
    await user.type(within(results).getByLabelText('Revenue (EUR)'), '1,750');
    await user.click(within(results).getByRole('button', { name: 'Save results' }));
    expect(within(results).getByLabelText('Clicks')).toHaveAccessibleDescription(/^Clicks: “-4” is negative; results cannot be below 0\. Enter a number of 0 or more/);
    await user.clear(within(results).getByLabelText('Clicks'));
    await user.type(within(results).getByLabelText('Clicks'), '400');
    await user.click(within(results).getByRole('button', { name: 'Save results' }));
    expect(await within(results).findByText('Saved')).toBeInTheDocument();

    const member = (await db().campaigns.get('k'))!.creators[0]!;
    expect(member).toMatchObject({ fee: 500, results: { ...NO_RESULTS, clicks: 400, revenue: 1750 } });
    // The deliverable is a shared deliverable record (version 8), not part of the campaign record.
    expect(member.deliverables).toEqual([]);
    expect(await db().deliverables.toArray()).toEqual([
      expect.objectContaining({ campaignId: 'k', creatorId: ids['Ana Lima'], agreementId: null, description: 'One reel', status: 'published', postUrl: 'https://www.instagram.com/p/abc' }),
    ]);
    const metrics = within(results).getByLabelText('Metrics of Ana Lima');
    const metric = (label: string) => within(metrics).getByText(label, { exact: false }).closest('div')!;
    await waitFor(() => expect(metric('ROI')).toHaveTextContent('ROI = (revenue − cost) ÷ cost250%'));
    expect(metric('Cost per click')).toHaveTextContent('Cost per click = cost ÷ clicks€1.25');
    expect(metric('CPM')).toHaveTextContent('—');
    // The campaign's totals follow.
    expect(screen.getByRole('region', { name: 'Totals' })).toHaveTextContent('Spend (sum of fees)€500.00');
  });

  it('shows results a page showed rounded with “≈”, in the totals, the metrics and the field, until a number is typed', async () => {
    const user = userEvent.setup();
    const ids = await seedRoster();
    // Ana's reel page showed "1.2M" views and "12K" likes; Bo's views were typed by hand.
    await db().campaigns.add(
      makeCampaign({ id: 'k', name: 'Awareness push', goal: 'awareness' }, [
        { creatorId: ids['Ana Lima']!, fee: 600, results: { ...NO_RESULTS, views: 1_200_000, likes: 12_000, comments: 553 }, resultsPrecision: { views: 100_000, likes: 1000 } },
        { creatorId: ids['Bo Chen']!, fee: 400, results: { ...NO_RESULTS, views: 48_210 } },
      ]),
    );
    render(<CampaignPage campaignId="k" />);
    const totals = await screen.findByRole('region', { name: 'Totals' });
    // 1,200,000 + 48,210 is known only to the nearest 100,000, and so is its cost per 1,000 views.
    expect(totals).toHaveTextContent('Views≈1.2M (approximate: counted from numbers the pages showed rounded, known to the nearest 100,000)');
    expect(totals).toHaveTextContent(/CPM = cost ÷ views × 1,000≈€0\.80/);
    const results = form('Results of Ana Lima');
    const metrics = within(results).getByLabelText('Metrics of Ana Lima');
    expect(within(metrics).getByText('Engagements', { exact: false }).closest('div')).toHaveTextContent(/^Engagements = likes \+ comments≈13K/);
    expect(within(results).getByLabelText('Views')).toHaveValue('1200000');
    expect(within(results).getByLabelText('Views')).toHaveAccessibleDescription(/^≈1\.2M: the page showed it rounded, so it is known to the nearest 100,000\./);
    expect(within(form('Results of Bo Chen')).getByLabelText('Views')).not.toHaveAccessibleDescription();

    await user.clear(within(results).getByLabelText('Views'));
    await user.type(within(results).getByLabelText('Views'), '1234567');
    expect(within(results).getByLabelText('Views')).not.toHaveAccessibleDescription();
    await user.click(within(results).getByRole('button', { name: 'Save results' }));
    expect(await within(results).findByText('Saved')).toBeInTheDocument();
    expect((await db().campaigns.get('k'))!.creators[0]!.resultsPrecision).toEqual({ likes: 1000 });
    await waitFor(() => expect(totals).toHaveTextContent(/Views1,282,777/));
  });

  it('removes a creator after asking, and says so on their timeline', async () => {
    const user = userEvent.setup();
    const ids = await seedRoster();
    await showCampaign([{ creatorId: ids['Ana Lima']! }]);
    await user.click(within(memberCard('Ana Lima')).getByRole('button', { name: 'Remove Ana Lima from the campaign' }));
    expect(screen.getByRole('group', { name: 'Remove Ana Lima?' })).toHaveTextContent('results in this campaign are deleted');
    await user.click(screen.getByRole('button', { name: 'Remove Ana Lima' }));
    expect(await screen.findByText('No creators in this campaign yet.')).toBeInTheDocument();
    expect(await db().interactions.toArray()).toEqual([expect.objectContaining({ type: 'campaign', text: 'Removed from the campaign “Spring Launch”.' })]);
  });

  it('imports results from a shop export: matched creators summed, unmatched rows listed, applied in one go', async () => {
    const user = userEvent.setup();
    const ids = await seedRoster();
    await showCampaign([
      { creatorId: ids['Ana Lima']!, promoCode: 'ANA15', results: { ...NO_RESULTS, clicks: 400, revenue: 100 } },
      { creatorId: ids['Bo Chen']!, promoCode: 'BO10' },
    ]);
    const file = new File(
      [['Order,Discount code,Orders,Total sales', '1001,ANA15,1,"1,000.00"', '1002, ana15 ,2,750', '1003,BO10,1,150', '1004,SUMMER20,1,90'].join('\r\n')],
      'orders.csv',
      { type: 'text/csv' },
    );
    await user.upload(screen.getByLabelText('Choose a results file (CSV)…'), file);
    expect(await screen.findByLabelText('Column that says which creator')).toHaveDisplayValue('Discount code');
    expect(screen.getByLabelText('It holds each creator’s')).toHaveDisplayValue('Promo code');
    expect(screen.getByRole('combobox', { name: 'What column “Total sales” holds' })).toHaveDisplayValue('Revenue');

    const matched = screen.getByRole('table', { name: 'Matched creators' });
    expect(within(matched).getByRole('row', { name: /Ana Lima/ })).toHaveTextContent('Ana Lima2, 33€1,750.00');
    expect(within(matched).getByRole('row', { name: /Bo Chen/ })).toHaveTextContent('Bo Chen41€150.00');
    expect(screen.getByRole('list', { name: 'Rows not matched (1)' })).toHaveTextContent('Line 5: “SUMMER20”');
    expect(screen.getByRole('radio', { name: 'Replace them with the file’s numbers' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Apply results' }));
    expect(await screen.findByText('Results replaced for 2 creators.')).toBeInTheDocument();
    const creators = (await db().campaigns.get('k'))!.creators;
    expect(creators.map((m) => [m.results.clicks, m.results.sales, m.results.revenue])).toEqual([
      [400, 3, 1750],
      [null, 1, 150],
    ]);
  });
});
