import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchForSuite } from '../harness/suite.ts';
import { launchWithExtension, type ExtensionBrowser } from '../harness/extension.ts';
import { generateRosterCsv } from '../helpers/generate-csv.ts';

// The roster as a user runs it, in a real Chromium: imports with their preview, a broken file
// refused, a backup restored into a fresh browser profile, the pipeline and a creator's page.

const work = mkdtempSync(path.join(os.tmpdir(), 'roster-e2e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function openOptions(browser: ExtensionBrowser, hash: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl(`options.html${hash}`));
  return page;
}

async function rosterCount(browser: ExtensionBrowser): Promise<string> {
  const page = await openOptions(browser, '#/roster');
  const text = await page.getByTestId('roster-count').innerText({ timeout: 10_000 });
  await page.close();
  return text;
}

async function downloadBackup(browser: ExtensionBrowser, file: string): Promise<Record<string, unknown>> {
  const page = await openOptions(browser, '#/import-export');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download backup (JSON)' }).click()]);
  await download.saveAs(file);
  await page.close();
  return JSON.parse(readFileSync(file, 'utf8'));
}

describe('roster', () => {
  let browser: ExtensionBrowser;
  launchForSuite(() => launchWithExtension(), (launched) => (browser = launched));

  it('imports 500 creators from a CSV after showing what it would do', async () => {
    const csv = path.join(work, 'creators.csv');
    writeFileSync(csv, generateRosterCsv(500));
    const page = await openOptions(browser, '#/import-export');
    await page.getByLabel('Import creators from CSV…').setInputFiles(csv);
    const preview = page.getByRole('region', { name: 'What the import would do' });
    await preview.waitFor();
    expect(await preview.getByRole('heading', { name: /New creators/ }).innerText()).toBe('New creators (500)');
    expect(await preview.getByRole('heading', { name: /Rejected/ }).innerText()).toBe('Rejected (0)');
    expect(await page.getByTestId('preview-summary').innerText()).toMatch(/^500 rows read: 500 new creators/);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('status').filter({ hasText: /Imported|imported/ }).waitFor({ timeout: 20_000 });
    await page.close();
    expect(await rosterCount(browser)).toBe('Showing 500 of 500 creators');
  });

  it('moves through 500 creators by keyboard alone, as a grid: one Tab stop, arrow keys, Ctrl+End to the last', async () => {
    const page = await openOptions(browser, '#/roster');
    const grid = page.getByRole('grid', { name: 'Creators' });
    await grid.getByRole('rowheader').first().waitFor();
    // Tab from the search box through the toolbar lands in the grid once, on the first creator's checkbox.
    await page.getByRole('searchbox').first().focus();
    let focused = '';
    for (let i = 0; i < 12 && !focused.startsWith('Select '); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
    }
    const rowOf = () => page.evaluate(() => Number(document.activeElement?.closest('tr')?.getAttribute('aria-rowindex')));
    expect(focused).toMatch(/^Select /);
    expect(await rowOf()).toBe(2);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await rowOf()).toBe(4);
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('roster__name'))).toBe(true);
    // The last creator is not rendered until the table scrolls to it: Ctrl+End brings it and focuses it.
    await page.keyboard.press('Control+End');
    await expect.poll(rowOf).toBe(501);
    expect(await page.evaluate(() => document.activeElement?.closest('td, th')?.parentElement?.lastElementChild === document.activeElement?.closest('td, th'))).toBe(true);
    // Tab leaves the grid: a single stop.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('table'))).toBeNull();
    await page.close();
  });

  it('refuses a broken CSV, naming the line and the field, and changes nothing', async () => {
    const before = await downloadBackup(browser, path.join(work, 'before.json'));
    const lines = generateRosterCsv(20).split(/\r?\n/);
    const header = lines[0]!.split(',');
    const followers = header.findIndex((h) => /followers/i.test(h));
    const cells = lines[7]!.split(',');
    cells[followers] = 'lots';
    lines[7] = cells.join(',');
    const broken = path.join(work, 'broken.csv');
    writeFileSync(broken, lines.join('\r\n'));

    const page = await openOptions(browser, '#/import-export');
    await page.getByLabel('Import creators from CSV…').setInputFiles(broken);
    const preview = page.getByRole('region', { name: 'What the import would do' });
    await preview.waitFor();
    const rejected = preview.getByRole('region', { name: /Rejected/ });
    expect(await rejected.innerText()).toMatch(/Line 8, Followers/);
    expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await page.close();

    const after = await downloadBackup(browser, path.join(work, 'after.json'));
    expect({ ...after, exportedAt: 0 }).toEqual({ ...before, exportedAt: 0 });
  });

  it('restores a backup into a fresh browser profile exactly as it was', async () => {
    // Preferences travel with the records: the sender's details, typed once on the templates page.
    const templates = await openOptions(browser, '#/templates');
    // Typed as soon as the form shows: neither the stored details loading nor the form moving beside
    // the first template may take it away.
    await templates.getByLabel('Your name', { exact: true }).fill('Sam Rivera');
    await templates.getByLabel('Brand name', { exact: true }).fill('Northwind');
    await templates.getByRole('button', { name: 'Save your details' }).click();
    await templates.getByText('Saved', { exact: true }).waitFor();
    await templates.close();

    const file = path.join(work, 'backup.json');
    const original = await downloadBackup(browser, file);
    expect(original.preferences).toMatchObject({ senderDetails: { name: 'Sam Rivera', brandName: 'Northwind' } });
    const fresh = await launchWithExtension();
    try {
      const page = await openOptions(fresh, '#/import-export');
      await page.getByLabel('Restore a backup…').setInputFiles(file);
      await page.getByRole('button', { name: 'Replace everything with this backup' }).click();
      await page.getByRole('status').filter({ hasText: /Restored/ }).waitFor({ timeout: 20_000 });
      await page.close();
      const restored = await downloadBackup(fresh, path.join(work, 'restored.json'));
      expect({ ...restored, exportedAt: 0 }).toEqual({ ...original, exportedAt: 0 });
      expect(await rosterCount(fresh)).toBe('Showing 500 of 500 creators');
    } finally {
      await fresh.close();
    }
  });

  it('moves a creator on the pipeline by keyboard and shows it on their page', async () => {
    const page = await openOptions(browser, '#/pipeline');
    await page.getByRole('heading', { name: 'Pipeline' }).waitFor();
    const move = page.getByRole('button', { name: /^Move / }).first();
    const name = (await move.getAttribute('aria-label'))?.replace(/^Move /, '') ?? (await move.innerText()).replace(/^Move /, '');
    await move.click();
    await page.getByLabel(`Stage for ${name}`).selectOption('negotiating');
    await page.getByRole('button', { name: 'Move', exact: true }).click();
    await page.getByText(`${name} moved to Negotiating.`).waitFor();

    await page.getByRole('link', { name }).first().click();
    await page.getByRole('heading', { level: 2, name }).waitFor();
    expect(await page.getByLabel('Pipeline stage').inputValue()).toBe('negotiating');
    await page.close();
  });
});
