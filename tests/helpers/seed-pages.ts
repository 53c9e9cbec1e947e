// Every page of the options page with something in it, made the way a user makes it: a roster of
// thirty creators imported from a spreadsheet, one creator saved from the popup on a real saved
// profile, and a campaign with that creator in it. Shared by the end-to-end tests that look at every
// page (accessibility, layout).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ExtensionBrowser } from '../harness/extension.ts';
import { generateRosterCsv } from './generate-csv.ts';

/** The profile the seeded creator (Pluto) was saved from. */
export const SAVED_PROFILE = 'https://www.instagram.com/pluto__travel/';

/** Seed the roster and return every options page to look at, by name, as `options.html` hashes. */
export async function seedEveryPage(browser: ExtensionBrowser): Promise<Record<string, string>> {
  const pages: Record<string, string> = {
    Roster: '#/roster',
    Pipeline: '#/pipeline',
    Reminders: '#/reminders',
    Templates: '#/templates',
    Agreements: '#/agreements',
    Campaigns: '#/campaigns',
    Calendar: '#/calendar',
    'Top performers': '#/top-performers',
    'Import and export': '#/import-export',
    'Brand profile': '#/brand',
    Settings: '#/settings',
    'First run': '#/welcome',
  };
  const work = mkdtempSync(path.join(os.tmpdir(), 'seed-pages-'));
  try {
    // A roster of thirty creators from a spreadsheet…
    const csv = path.join(work, 'roster.csv');
    writeFileSync(csv, generateRosterCsv(30));
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('options.html#/import-export'));
    await page.getByLabel('Import creators from CSV…').setInputFiles(csv);
    await page.getByRole('region', { name: 'What the import would do' }).waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('status').filter({ hasText: /Imported/ }).waitFor();
    // …one creator saved from the popup…
    const profile = await browser.context.newPage();
    await profile.goto(SAVED_PROFILE);
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl(`popup.html?tabId=${await browser.tabIdOf(SAVED_PROFILE)}`));
    await popup.locator('article[data-scored="true"]').waitFor({ timeout: 15_000 });
    await popup.getByRole('button', { name: /Save/ }).click();
    await popup.getByText('Saved to your shortlist.').waitFor();
    await popup.close();
    await profile.close();
    await page.goto(browser.extensionUrl('options.html#/roster'));
    await page.getByRole('link', { name: 'Pluto', exact: true }).click();
    await page.waitForURL(/#\/creator\//);
    const creator = new URL(page.url()).hash;
    const creatorId = creator.split('/').pop()!;
    pages['Creator detail'] = creator;
    pages['Compose'] = `#/compose/${creatorId}`;
    pages['New agreement'] = `#/agreements/new?creator=${creatorId}`;
    // …and a campaign with a creator in it.
    await page.goto(browser.extensionUrl('options.html#/campaigns'));
    await page.getByRole('button', { name: 'New campaign' }).click();
    const form = page.getByRole('form', { name: 'New campaign' });
    await form.getByLabel('Name', { exact: true }).fill('Theme check');
    await form.getByRole('radio', { name: /^Awareness\b/ }).check();
    await form.getByRole('button', { name: 'Create campaign' }).click();
    await page.waitForURL(/#\/campaigns\/[^/]+$/);
    await page.getByLabel('Add a creator from your roster').fill('Pluto');
    await page.getByRole('list', { name: 'Matching creators' }).getByRole('button', { name: 'Add Pluto' }).click();
    await page.getByRole('status').filter({ hasText: 'Added Pluto.' }).waitFor();
    pages['Campaign'] = new URL(page.url()).hash;
    pages['Campaign report'] = `${pages['Campaign']}/report`;
    await page.close();
    return pages;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
