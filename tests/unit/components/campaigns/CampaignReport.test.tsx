import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { CampaignReport } from '@/components/campaigns/CampaignReport';
import { CreatorCampaignResults } from '@/components/campaigns/CreatorCampaignResults';
import { TopPerformersPage } from '@/components/campaigns/TopPerformersPage';
import { NO_RESULTS } from '@/utils/model/defaults';
import { withFreshDatabase } from '../../../helpers/db';
import { captureDownloads } from '../../../helpers/downloads';
import { makeCampaign } from '../../../helpers/records';
import { seedCreators } from '../../../helpers/roster-data';

const db = withFreshDatabase();

async function seed() {
  const ids = await seedCreators([
    { name: 'Ana Lima', accounts: [] },
    { name: 'Bo Chen', accounts: [] },
    { name: 'Cy Okafor', accounts: [] },
  ]);
  const [ana, bo, cy] = [ids['Ana Lima']!, ids['Bo Chen']!, ids['Cy Okafor']!];
  await db().campaigns.bulkAdd([
    makeCampaign({ id: 'spring', name: 'Spring launch', goal: 'sales', status: 'completed', startAt: Date.UTC(2026, 2, 1, 12) }, [
      { creatorId: bo, fee: 300, results: { ...NO_RESULTS, views: 20_000, likes: 900, comments: 100, clicks: 150, sales: 2, revenue: 150 } },
      { creatorId: ana, fee: 500, results: { ...NO_RESULTS, views: 50_000, likes: 2_300, comments: 200, clicks: 400, sales: 10, revenue: 1_750 } },
    ]),
    makeCampaign({ id: 'summer', name: 'Summer', goal: 'traffic', startAt: Date.UTC(2026, 5, 1, 12) }, [
      { creatorId: cy, fee: 100, results: { ...NO_RESULTS, clicks: 300, revenue: 1_000 } },
      { creatorId: bo, fee: 200, results: { ...NO_RESULTS, clicks: 100, revenue: 1_000 } },
    ]),
  ]);
  return { ana, bo, cy };
}

const cellsOf = (row: HTMLElement) => [...(row as HTMLTableRowElement).cells].map((c) => c.textContent ?? '');
/** A cell as a figure: "€1,750.00" and "1750.00" → 1750, "250%" and "250.0" → 250, "—" and "" → null, a name stays text. */
const figure = (text: string) => (text === '—' || text === '' ? null : /^-?[€\d.,%]+$/.test(text) ? Number(text.replace(/[€,%]/g, '')) : text);

describe('CampaignReport', () => {
  it('compares creators with formulas in the headers, totals the campaign, and exports the same figures', async () => {
    const user = userEvent.setup();
    await seed();
    const downloads = captureDownloads();
    render(<CampaignReport campaignId="spring" />);
    const table = await screen.findByRole('table', { name: /Creators compared, best revenue first/ });

    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toContain('ROI = (revenue − cost) ÷ cost');
    expect(headers).toContain('CPM = cost ÷ views × 1,000');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map(cellsOf)).toEqual([
      ['Ana Lima', '€500.00', '50,000', '2,300', '200', '400', '—', '10', '€1,750.00', '2,500', '€0.20', '€10.00', '€1.25', '€50.00', '250%'],
      ['Bo Chen', '€300.00', '20,000', '900', '100', '150', '—', '2', '€150.00', '1,000', '€0.30', '€15.00', '€2.00', '€150.00', '-50%'],
      ['Total', '€800.00', '70,000', '3,200', '300', '550', '—', '12', '€1,900.00', '3,500', '€0.23', '€11.43', '€1.45', '€66.67', '137.5%'],
    ]);

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toBe('spring-launch-results.csv');
    const bytes = new Uint8Array(await downloads[0]!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split('\r\n')).toHaveLength(4);
    const [csvHeader, ...csvRows] = Papa.parse<string[]>(text).data;
    // Each count's precision follows it in the file: every one exact here.
    const precisionAt = csvHeader!.flatMap((h, i) => (h.endsWith(' precision') ? [i] : []));
    expect(precisionAt.map((i) => csvHeader![i])).toEqual(['Views precision', 'Likes precision', 'Comments precision', 'Engagements precision']);
    expect(new Set(csvRows.flatMap((r) => precisionAt.map((i) => r[i])))).toEqual(new Set(['exact']));
    // Every figure in the file is the one in the table (ROI as a percentage).
    const figures = csvRows.map((r) => r.filter((_, i) => !precisionAt.includes(i)));
    expect(figures.map((r) => r.map(figure))).toEqual(rows.map((r) => cellsOf(r).map(figure)));
    expect(csvRows[1]!.at(-1)).toBe('-50.0');
  });

  it('prints with the browser’s print dialog, and links to thanking each creator with their results', async () => {
    const user = userEvent.setup();
    const { ana } = await seed();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    render(<CampaignReport campaignId="spring" />);
    await user.click(await screen.findByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: 'Send Ana Lima a thank-you with their results' })).toHaveAttribute(
      'href',
      `#/compose/${ana}?template=thank_you&campaign=spring`,
    );
    // No canvas in jsdom: no chart is drawn, the table holds the numbers.
    expect(screen.getByRole('img', { name: /Bar chart of Revenue by creator/ })).toBeEmptyDOMElement();
  });
});

describe('TopPerformersPage', () => {
  it('draws no empty chart before a figure is entered, and says what will fill it', async () => {
    const { ana } = await seed();
    await db().campaigns.add(makeCampaign({ id: 'autumn', name: 'Autumn', goal: 'awareness' }, [{ creatorId: ana, fee: null, results: NO_RESULTS }]));
    render(<CampaignReport campaignId="autumn" />);
    expect(await screen.findByText('No views entered yet: the chart compares the creators once there is one.')).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /Bar chart/ })).not.toBeInTheDocument();
  });

  it('ranks creators across campaigns by ROI, or by another metric', async () => {
    const user = userEvent.setup();
    await seed();
    render(<TopPerformersPage />);
    const table = await screen.findByRole('table', { name: 'Creators ranked by ROI' });
    const rows = within(table).getAllByRole('row').slice(1);
    // Cy: (1,000 − 100) ÷ 100 = 900 %; Bo: (150 + 1,000 − 500) ÷ 500 = 130 %; Ana: 250 %.
    expect(rows.map((r) => [cellsOf(r)[0], within(r).getByRole('rowheader').textContent, cellsOf(r)[5]])).toEqual([
      ['1', 'Cy Okafor', '900%'],
      ['2', 'Ana Lima', '250%'],
      ['3', 'Bo Chen', '130%'],
    ]);
    expect(rows[2]).toHaveTextContent('Summer, Spring launch');

    await user.selectOptions(screen.getByLabelText('Rank by'), 'clicks');
    const byClicks = screen.getByRole('table', { name: 'Creators ranked by Clicks' });
    expect(within(byClicks).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Ana Lima', 'Cy Okafor', 'Bo Chen']);
  });

  it('makes a creator an ambassador in one click, then opens the invitation', async () => {
    const user = userEvent.setup();
    const { cy, bo } = await seed();
    location.hash = '#/top-performers';
    render(<TopPerformersPage />);
    const row = await screen.findByRole('row', { name: /Cy Okafor/ });
    expect(within(screen.getByRole('row', { name: /Bo Chen/ })).getByRole('link', { name: /Send thank-you with results/ })).toHaveAttribute(
      'href',
      `#/compose/${bo}?template=thank_you&campaign=summer`,
    );
    await user.click(within(row).getByRole('button', { name: 'Make ambassador: Cy Okafor' }));
    await waitFor(() => expect(location.hash).toBe(`#/compose/${cy}?template=ambassador_invitation`));
    expect(await db().creators.get(cy)).toMatchObject({ ambassador: true });
    expect(await within(row).findByText('Ambassador')).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: /Make ambassador/ })).not.toBeInTheDocument();
  });
});

describe('CreatorCampaignResults', () => {
  it('lists each campaign of the creator with their fee, headline result and ROI', async () => {
    const { bo } = await seed();
    render(<CreatorCampaignResults creatorId={bo} campaigns={await db().campaigns.toArray()} />);
    const section = await screen.findByRole('region', { name: 'Campaign results' });
    const rows = (await within(section).findAllByRole('row')).slice(1);
    expect(rows.map(cellsOf)).toEqual([
      ['Summer · Traffic · Planned', '€200.00', 'Clicks: 100', '€1,000.00', '400%', 'Send thank-you with results of Summer'],
      ['Spring launch · Sales · Completed', '€300.00', 'Revenue: €150.00', '€150.00', '-50%', 'Send thank-you with results of Spring launch'],
    ]);
  });
});
