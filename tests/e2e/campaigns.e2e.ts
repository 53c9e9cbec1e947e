import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../harness/extension.ts';

// A sales campaign as a user runs it, in a real Chromium and only through the UI: three creators
// imported onto the roster, a campaign with their fees and promo codes, a shop's export of orders
// by discount code imported as results (rows summed per code, codes matched whatever their case
// and spaces, an unknown code listed with its line), the report's ROI per creator and in total,
// the same figures in the exported CSV, and the best creator made an ambassador.

const work = mkdtempSync(path.join(os.tmpdir(), 'campaigns-e2e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const CAMPAIGN = 'Spring launch E2E';
const REPORT_FILE = 'spring-launch-e2e-results.csv';

// The roster: three creators, one account each.
const CREATORS = [
  { name: 'Ana Souza', platform: 'Instagram', handle: 'ana.souza', followers: '48,200', fee: 500, code: 'ANA15' },
  { name: 'Bo Lindqvist', platform: 'TikTok', handle: 'bo.lindqvist', followers: '12.5K', fee: 300, code: 'BO10' },
  { name: 'Cy Okafor', platform: 'YouTube', handle: 'cy.okafor', followers: '9100', fee: 200, code: 'CY20' },
] as const;
type Name = (typeof CREATORS)[number]['name'];

// What a shop system exports (Shopify's "Sales by discount code", say). Line 1 is the header, so the
// rows are lines 2–6. ANA15 has two rows (line 4 written in lower case), CY20 is written " Cy20 "
// with spaces and mixed case, and WELCOME5 is nobody's code.
const SHOP_CSV = [
  'Discount code,Orders,Total sales',
  'ANA15,20,"1,000.00"',
  'BO10,6,240.00',
  'ana15,15,750.00',
  ' Cy20 ,12,530.00',
  'WELCOME5,3,90.00',
].join('\r\n');

// What the import must make of it, worked out by hand from the rows above:
//   Ana Souza    lines 2 and 4: orders 20 + 15 = 35, revenue 1,000.00 + 750.00 = 1,750.00
//   Bo Lindqvist line 3:        orders 6,            revenue 240.00
//   Cy Okafor    line 5:        orders 12,           revenue 530.00
//   line 6 (WELCOME5) matches nobody.
// ROI = (revenue − fee) ÷ fee, shown as a percentage:
//   Ana: (1,750 − 500) ÷ 500 = 1,250 ÷ 500 =  2.50 → 250%
//   Bo:  (  240 − 300) ÷ 300 =   −60 ÷ 300 = −0.20 → −20%
//   Cy:  (  530 − 200) ÷ 200 =   330 ÷ 200 =  1.65 → 165%
//   Campaign: fees 500 + 300 + 200 = 1,000; revenue 1,750 + 240 + 530 = 2,520; orders 35 + 6 + 12 = 53
//             (2,520 − 1,000) ÷ 1,000 = 1.52 → 152%
// Cost per acquisition = fee ÷ sales: Ana 500 ÷ 35 = 14.2857… → 14.29; Bo 300 ÷ 6 = 50.00;
//   Cy 200 ÷ 12 = 16.666… → 16.67; campaign 1,000 ÷ 53 = 18.867… → 18.87.
interface Expected {
  fee: number;
  sales: number;
  revenue: number;
  roi: number; // percent
  cpa: number;
}
const EXPECTED: Record<Name | 'Total', Expected> = {
  'Ana Souza': { fee: 500, sales: 35, revenue: 1750, roi: 250, cpa: 14.29 },
  'Bo Lindqvist': { fee: 300, sales: 6, revenue: 240, roi: -20, cpa: 50 },
  'Cy Okafor': { fee: 200, sales: 12, revenue: 530, roi: 165, cpa: 16.67 },
  Total: { fee: 1000, sales: 53, revenue: 2520, roi: 152, cpa: 18.87 },
};
// The same figures as the page shows them (en-US, in the campaign's currency: EUR).
const SHOWN: Record<Name | 'Total', { fee: string; sales: string; revenue: string; roi: string; cpa: string }> = {
  'Ana Souza': { fee: '€500.00', sales: '35', revenue: '€1,750.00', roi: '250%', cpa: '€14.29' },
  'Bo Lindqvist': { fee: '€300.00', sales: '6', revenue: '€240.00', roi: '-20%', cpa: '€50.00' },
  'Cy Okafor': { fee: '€200.00', sales: '12', revenue: '€530.00', roi: '165%', cpa: '€16.67' },
  Total: { fee: '€1,000.00', sales: '53', revenue: '€2,520.00', roi: '152%', cpa: '€18.87' },
};
// The report ranks creators on the sales goal's headline figure, revenue: best first, then the total.
const REPORT_ORDER = ['Ana Souza', 'Cy Okafor', 'Bo Lindqvist', 'Total'] as const;

/** The arithmetic above, checked so a typo in the tables cannot pass unnoticed. */
function checkExpectations() {
  const roi = (revenue: number, fee: number) => Math.round(((revenue - fee) / fee) * 1000) / 10;
  const cpa = (fee: number, sales: number) => Math.round((fee / sales) * 100) / 100;
  for (const e of Object.values(EXPECTED)) {
    expect(roi(e.revenue, e.fee)).toBe(e.roi);
    expect(cpa(e.fee, e.sales)).toBe(e.cpa);
  }
  const people = CREATORS.map((c) => EXPECTED[c.name]);
  for (const key of ['fee', 'sales', 'revenue'] as const) expect(people.reduce((s, e) => s + e[key], 0)).toBe(EXPECTED.Total[key]);
  for (const c of CREATORS) expect(EXPECTED[c.name].fee).toBe(c.fee);
}

async function openOptions(browser: ExtensionBrowser, hash: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl(`options.html${hash}`));
  return page;
}

interface TableText {
  headers: string[];
  /** Body rows then footer rows, each cell's text with spaces collapsed. */
  rows: string[][];
}

async function readTable(table: Locator): Promise<TableText> {
  return table.evaluate((el) => {
    const text = (cell: Element) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
    return {
      headers: [...el.querySelectorAll('thead th')].map(text),
      rows: [...el.querySelectorAll('tbody tr, tfoot tr')].map((tr) => [...tr.children].map(text)),
    };
  });
}

/** The index of the column whose header is `label`, or `label = formula`. */
function column(table: TableText, label: string): number {
  const at = table.headers.findIndex((h) => h === label || h.startsWith(`${label} =`));
  if (at === -1) throw new Error(`No column “${label}” in ${JSON.stringify(table.headers)}`);
  return at;
}

/** "€1,750.00" → 1750, "-20%" → -20, "35" → 35. */
function shownNumber(text: string): number {
  return Number(text.replace(/[€,%\s]/g, '').replace('−', '-'));
}

describe('campaigns', () => {
  let browser: ExtensionBrowser;
  let campaignUrl = '';
  let reportTable: TableText | null = null;

  beforeAll(async () => {
    checkExpectations();
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('puts three creators on the roster from a CSV', async () => {
    const csv = path.join(work, 'creators.csv');
    writeFileSync(
      csv,
      Papa.unparse(
        { fields: ['Name', 'Platform', 'Username', 'Followers'], data: CREATORS.map((c) => [c.name, c.platform, c.handle, c.followers]) },
        { newline: '\r\n' },
      ),
    );
    const page = await openOptions(browser, '#/import-export');
    await page.getByLabel('Import creators from CSV…').setInputFiles(csv);
    const preview = page.getByRole('region', { name: 'What the import would do' });
    await preview.waitFor();
    expect(await preview.getByRole('heading', { name: /New creators/ }).innerText()).toBe('New creators (3)');
    expect(await preview.getByRole('heading', { name: /Rejected/ }).innerText()).toBe('Rejected (0)');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('status').filter({ hasText: /Imported/ }).waitFor();
    await page.close();

    const roster = await openOptions(browser, '#/roster');
    expect(await roster.getByTestId('roster-count').innerText()).toBe('Showing 3 of 3 creators');
    await roster.close();
  });

  it('creates a sales campaign with the three creators, their fees and promo codes', async () => {
    const page = await openOptions(browser, '#/campaigns');
    await page.getByRole('button', { name: 'New campaign' }).click();
    const form = page.getByRole('form', { name: 'New campaign' });
    await form.getByLabel('Name', { exact: true }).fill(CAMPAIGN);
    await form.getByRole('radio', { name: /^Sales\b/ }).check();
    // The currency starts as the browser's own (en-US here); this brand sells in euros.
    expect(await form.getByLabel('Currency', { exact: true }).inputValue()).toBe('USD');
    await form.getByLabel('Currency', { exact: true }).fill('EUR');
    await form.getByRole('button', { name: 'Create campaign' }).click();
    await page.waitForURL(/#\/campaigns\/[^/]+$/);
    await page.getByRole('heading', { level: 2, name: CAMPAIGN }).waitFor();
    expect(await page.getByText('Goal: Sales', { exact: true }).isVisible()).toBe(true);
    campaignUrl = page.url();

    const search = page.getByLabel('Add a creator from your roster');
    for (const c of CREATORS) {
      await search.fill(c.name);
      await page.getByRole('list', { name: 'Matching creators' }).getByRole('button', { name: `Add ${c.name}` }).click();
      await page.getByRole('status').filter({ hasText: `Added ${c.name}.` }).waitFor();
    }

    for (const c of CREATORS) {
      const fees = page.getByRole('form', { name: `Fee and deliverables of ${c.name}` });
      await fees.getByLabel('Fee (EUR)').fill(String(c.fee));
      await fees.getByRole('button', { name: 'Save fee and deliverables' }).click();
      await fees.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

      const tracking = page.getByRole('form', { name: `Tracked link and promo code of ${c.name}` });
      await tracking.getByLabel('Promo code', { exact: true }).fill(c.code);
      await tracking.getByRole('button', { name: 'Save link and code' }).click();
      await tracking.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    }

    // The totals follow the saved fees: 500 + 300 + 200.
    const spend = page.locator('.stat').filter({ has: page.getByText('Spend (sum of fees)', { exact: true }) });
    await spend.getByText('€1,000.00', { exact: true }).waitFor();
    await page.close();

    // What was saved, as a fresh page reads it back.
    const again = await browser.context.newPage();
    await again.goto(campaignUrl);
    for (const c of CREATORS) {
      const fees = again.getByRole('form', { name: `Fee and deliverables of ${c.name}` });
      const tracking = again.getByRole('form', { name: `Tracked link and promo code of ${c.name}` });
      await fees.waitFor();
      expect(await fees.getByLabel('Fee (EUR)').inputValue()).toBe(String(c.fee));
      expect(await tracking.getByLabel('Promo code', { exact: true }).inputValue()).toBe(c.code);
    }
    await again.close();
  });

  it('imports the shop’s results by promo code after showing who matched and which row did not', async () => {
    expect(campaignUrl).not.toBe('');
    const file = path.join(work, 'shop-sales-by-discount-code.csv');
    writeFileSync(file, SHOP_CSV);
    const page = await browser.context.newPage();
    await page.goto(campaignUrl);
    await page.getByRole('heading', { level: 2, name: CAMPAIGN }).waitFor();
    await page.getByLabel('Choose a results file (CSV)…').setInputFiles(file);

    // The columns are recognised: the discount code says who, orders are sales, total sales is revenue.
    await page.getByRole('heading', { name: 'Columns of “shop-sales-by-discount-code.csv”' }).waitFor();
    expect(await page.getByLabel('Column that says which creator').inputValue()).toBe('0');
    expect(await page.getByLabel('It holds each creator’s').inputValue()).toBe('promo_code');
    expect(await page.getByLabel('What column “Orders” holds').inputValue()).toBe('sales');
    expect(await page.getByLabel('What column “Total sales” holds').inputValue()).toBe('revenue');

    const matched = await readTable(page.getByRole('table', { name: 'Matched creators' }));
    expect(matched.headers).toEqual(['Creator', 'Lines', 'Sales', 'Revenue']);
    expect(matched.rows).toEqual([
      ['Ana Souza', '2, 4', '35', '€1,750.00'],
      ['Bo Lindqvist', '3', '6', '€240.00'],
      ['Cy Okafor', '5', '12', '€530.00'],
    ]);
    const unmatched = page.getByRole('list', { name: 'Rows not matched (1)' });
    expect(await unmatched.getByRole('listitem').allInnerTexts()).toEqual(['Line 6: “WELCOME5”']);

    await page.getByRole('button', { name: 'Apply results' }).click();
    await page.getByRole('status').filter({ hasText: 'Results replaced for 3 creators.' }).waitFor();

    // Each creator's results now hold the sums, and their metrics the ROI. The forms follow the
    // saved campaign as the page's live query delivers it, a moment after the status line.
    for (const c of CREATORS) {
      const results = page.getByRole('form', { name: `Results of ${c.name}` });
      await expect.poll(() => results.getByLabel('Sales', { exact: true }).inputValue()).toBe(String(EXPECTED[c.name].sales));
      expect(await results.getByLabel('Revenue (EUR)').inputValue()).toBe(String(EXPECTED[c.name].revenue));
      // The ROI line of their metrics ("ROI = (revenue − cost) ÷ cost": 250%).
      const roi = results.getByLabel(`Metrics of ${c.name}`).locator('div').filter({ hasText: /^ROI =/ }).getByRole('definition');
      expect(await roi.innerText()).toBe(SHOWN[c.name].roi);
    }
    await page.close();
  });

  it('reports each creator’s ROI and the campaign’s, as (revenue − fee) ÷ fee', async () => {
    const page = await browser.context.newPage();
    await page.goto(campaignUrl);
    await page.getByRole('link', { name: 'Results report' }).click();
    await page.getByRole('heading', { level: 2, name: `Results: ${CAMPAIGN}` }).waitFor();
    expect(page.url()).toBe(`${campaignUrl}/report`);

    const table = await readTable(page.getByRole('table', { name: /^Creators compared, best revenue first/ }));
    expect(table.headers[column(table, 'ROI')]).toBe('ROI = (revenue − cost) ÷ cost');
    expect(table.rows.map((r) => r[0])).toEqual([...REPORT_ORDER]);
    for (const row of table.rows) {
      const name = row[0] as Name | 'Total';
      expect({
        name,
        fee: row[column(table, 'Fee (cost)')],
        sales: row[column(table, 'Sales')],
        revenue: row[column(table, 'Revenue')],
        roi: row[column(table, 'ROI')],
        cpa: row[column(table, 'Cost per acquisition')],
      }).toEqual({ name, ...SHOWN[name] });
      expect(shownNumber(row[column(table, 'ROI')]!)).toBe(EXPECTED[name].roi);
    }
    reportTable = table;
    await page.close();
  });

  it('exports the report as a CSV file with the same figures as the page', async () => {
    expect(reportTable).not.toBeNull();
    const page = await browser.context.newPage();
    await page.goto(`${campaignUrl}/report`);
    await page.getByRole('heading', { level: 2, name: `Results: ${CAMPAIGN}` }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(REPORT_FILE);
    const file = path.join(work, REPORT_FILE);
    await download.saveAs(file);
    await page.close();

    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true); // for Excel
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(
      expect.arrayContaining(['Creator', 'Fee (cost) (EUR)', 'Sales', 'Revenue (EUR)', 'Cost per acquisition (EUR)', 'ROI (%)']),
    );
    const rows = parsed.data;
    expect(rows.map((r) => r.Creator)).toEqual([...REPORT_ORDER]);
    for (const row of rows) {
      const name = row.Creator as Name | 'Total';
      const e = EXPECTED[name];
      expect({ name, fee: row['Fee (cost) (EUR)'], sales: row.Sales, revenue: row['Revenue (EUR)'], roi: row['ROI (%)'], cpa: row['Cost per acquisition (EUR)'] }).toEqual({
        name,
        fee: e.fee.toFixed(2),
        sales: String(e.sales),
        revenue: e.revenue.toFixed(2),
        roi: e.roi.toFixed(1),
        cpa: e.cpa.toFixed(2),
      });
      // And the figure on the page, row by row.
      const shown = reportTable!.rows.find((r) => r[0] === name)!;
      expect(Number(row['ROI (%)'])).toBe(shownNumber(shown[column(reportTable!, 'ROI')]!));
      expect(Number(row['Revenue (EUR)'])).toBe(shownNumber(shown[column(reportTable!, 'Revenue')]!));
      expect(Number(row['Fee (cost) (EUR)'])).toBe(shownNumber(shown[column(reportTable!, 'Fee (cost)')]!));
    }
  });

  it('ranks the best creator by ROI first, and makes them an ambassador', async () => {
    const page = await openOptions(browser, '#/top-performers');
    const ranking = page.getByRole('table', { name: 'Creators ranked by ROI' });
    await ranking.waitFor();
    const table = await readTable(ranking);
    const creator = column(table, 'Creator');
    const roi = column(table, 'ROI');
    // ROI across campaigns: Ana 250%, Cy 165%, Bo −20%.
    expect(table.rows.map((r) => [r[0], r[creator], r[roi]])).toEqual([
      ['1', 'Ana Souza', '250%'],
      ['2', 'Cy Okafor', '165%'],
      ['3', 'Bo Lindqvist', '-20%'],
    ]);

    // The button's name ends with the creator's, for screen readers.
    await page.getByRole('button', { name: 'Make ambassador: Ana Souza', exact: true }).click();
    // It goes on to write the invitation.
    await page.waitForURL(/#\/compose\/[^?]+\?template=ambassador_invitation$/);
    const creatorId = decodeURIComponent(/#\/compose\/([^?]+)/.exec(page.url())![1]!);

    await page.goto(browser.extensionUrl(`options.html#/top-performers`));
    const anaRow = page.getByRole('table', { name: 'Creators ranked by ROI' }).getByRole('row').filter({ hasText: 'Ana Souza' });
    await anaRow.getByText('Ambassador', { exact: true }).waitFor();
    expect(await anaRow.getByRole('button', { name: /Make ambassador/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Make ambassador: Cy Okafor', exact: true }).isVisible()).toBe(true);

    await page.goto(browser.extensionUrl(`options.html#/creator/${encodeURIComponent(creatorId)}`));
    await page.getByRole('heading', { level: 2, name: 'Ana Souza' }).waitFor();
    expect(await page.locator('.creator-detail__summary').getByText('Ambassador', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Ambassador' }).isChecked()).toBe(true);
    await page.close();
  });
});
