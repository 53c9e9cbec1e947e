import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../harness/extension.ts';
import { contrastFailures, type Rgba } from '../helpers/contrast.ts';
import { generateRosterCsv } from '../helpers/generate-csv.ts';
import { auditPage } from '../helpers/page-audit.ts';

// Every page of the extension — the popup on real saved profiles and each options page with a
// roster, a saved creator, an agreement form and a campaign in it — as users with either system
// theme, or a screen reader, meet it: in light and in dark, every piece of text is readable at the
// contrast WCAG asks for (4.5:1, or 3:1 for large text), and every control has a name.

const SCHEMES = [
  { scheme: 'light', canvas: [255, 255, 255, 1] },
  { scheme: 'dark', canvas: [18, 18, 18, 1] },
] as const satisfies ReadonlyArray<{ scheme: 'light' | 'dark'; canvas: Rgba }>;

const PROFILES = ['https://www.instagram.com/pluto__travel/', 'https://www.tiktok.com/@illojuan'];

const work = mkdtempSync(path.join(os.tmpdir(), 'themes-e2e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('accessibility of every page', () => {
  let browser: ExtensionBrowser;
  /** Options pages to check, by hash, filled in as the data they show is made. */
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
  };

  /** What on the page is too faint to read and which controls have no name, after checking the page took the scheme's colours. */
  async function problemsOf(page: Page, scheme: 'light' | 'dark', canvas: Rgba) {
    const audit = await auditPage(page);
    const [r, g, b] = audit.background.match(/\d+/g)!.map(Number) as [number, number, number];
    expect((r + g + b) / 3 > 128 ? 'light' : 'dark').toBe(scheme);
    expect(audit.text.length).toBeGreaterThan(5);
    return { unreadable: contrastFailures(audit.text, canvas), unnamed: audit.unnamed };
  }

  beforeAll(async () => {
    browser = await launchWithExtension();
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
    await profile.goto(PROFILES[0]!);
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl(`popup.html?tabId=${await browser.tabIdOf(PROFILES[0]!)}`));
    await popup.locator('article[data-scored="true"]').waitFor({ timeout: 15_000 });
    await popup.getByRole('button', { name: /Save/ }).click();
    await popup.getByText('Saved to your shortlist.').waitFor();
    await popup.close();
    await profile.close();
    await page.goto(browser.extensionUrl('options.html#/roster'));
    await page.getByRole('link', { name: 'Pluto', exact: true }).click();
    await page.waitForURL(/#\/creator\//);
    pages['Creator detail'] = new URL(page.url()).hash;
    pages['Compose'] = `#/compose/${pages['Creator detail'].split('/').pop()}`;
    pages['New agreement'] = `#/agreements/new?creator=${pages['Creator detail'].split('/').pop()}`;
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
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe.each(SCHEMES)('$scheme', ({ scheme, canvas }) => {
    it.each(PROFILES)('the popup on %s', async (url) => {
      const profile = await browser.context.newPage();
      await profile.goto(url);
      const popup = await browser.context.newPage();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.goto(browser.extensionUrl(`popup.html?tabId=${await browser.tabIdOf(url)}`));
      await popup.locator('article[data-scored="true"]').waitFor({ timeout: 15_000 });
      const { unreadable, unnamed } = await problemsOf(popup, scheme, canvas);
      expect(unreadable).toEqual([]);
      expect(unnamed).toEqual([]);
      await popup.close();
      await profile.close();
    });

    it('every options page', async () => {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      const failures: Record<string, unknown> = {};
      for (const [name, hash] of Object.entries(pages)) {
        await page.goto('about:blank');
        await page.goto(browser.extensionUrl(`options.html${hash}`));
        await page.getByRole('heading', { level: 2 }).first().waitFor();
        await page.waitForFunction(() => !/\bLoading\b/.test(document.body.innerText));
        const { unreadable, unnamed } = await problemsOf(page, scheme, canvas);
        if (unreadable.length || unnamed.length) failures[name] = [...unreadable, ...unnamed];
      }
      expect(failures).toEqual({});
      await page.close();
    });
  });
});
