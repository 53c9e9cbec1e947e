import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, ROOT, type ExtensionBrowser } from '../harness/extension.ts';
import { auditLayout } from '../helpers/layout-audit.ts';
import { SAVED_PROFILE, seedEveryPage } from '../helpers/seed-pages.ts';

// Every page of the extension — each options page with a roster, a saved creator, a campaign in it,
// and the popup on real saved profiles and away from them — as a new user meets it, in light and in
// dark, on a laptop (1280×800) and a small window (1024×700): the page never scrolls sideways, no
// text is cut by its box, and every label sits by its control. A screenshot of each page in each
// theme and size is written to test-results/screens/ (the README says so), for a reviewer to look
// at them all in one place.

export const SCREENS_DIR = path.join(ROOT, 'test-results/screens');

const SCHEMES = ['light', 'dark'] as const;
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
] as const;

/** The popup on each platform's saved profile, and on a page it cannot read (reminders and search). */
const POPUPS: Record<string, string | null> = {
  'Popup, Instagram profile': SAVED_PROFILE,
  'Popup, TikTok profile': 'https://www.tiktok.com/@illojuan',
  'Popup, YouTube channel': 'https://www.youtube.com/@kurzgesagt/videos',
  'Popup, X profile': 'https://x.com/Kikobeats',
  'Popup, Bluesky profile': 'https://bsky.app/profile/stephenking.bsky.social',
  'Popup, elsewhere': null,
};

function fileName(name: string): string {
  return `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.png`;
}

describe('layout of every page', () => {
  let browser: ExtensionBrowser;
  let pages: Record<string, string> = {};

  beforeAll(async () => {
    browser = await launchWithExtension();
    pages = await seedEveryPage(browser);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  /** Look at the page as it is, write its screenshot, and return what is wrong with its layout. */
  async function inspect(page: Page, folder: string, name: string) {
    await page.screenshot({ path: path.join(folder, fileName(name)), fullPage: true });
    const audit = await auditLayout(page);
    const problems: string[] = [];
    if (audit.sidewaysScroll > 0) problems.push(`scrolls sideways by ${audit.sidewaysScroll} px: ${audit.widest.join('; ')}`);
    problems.push(...audit.clipped.map((c) => `clipped: ${c}`), ...audit.farLabels.map((l) => `far label: ${l}`));
    return problems;
  }

  describe.each(SCHEMES)('%s', (scheme) => {
    describe.each(SIZES)('$width×$height', (size) => {
      const folder = path.join(SCREENS_DIR, `${scheme}-${size.width}x${size.height}`);

      it('every options page', async () => {
        mkdirSync(folder, { recursive: true });
        const page = await browser.context.newPage();
        await page.setViewportSize(size);
        await page.emulateMedia({ colorScheme: scheme });
        const failures: Record<string, string[]> = {};
        for (const [name, hash] of Object.entries(pages)) {
          await page.goto('about:blank');
          await page.goto(browser.extensionUrl(`options.html${hash}`));
          await page.getByRole('heading', { level: 2 }).first().waitFor();
          await page.waitForFunction(() => !/\bLoading\b/.test(document.body.innerText));
          const problems = await inspect(page, folder, name);
          // The roster's table fits its box at a laptop's width: every column, "Next reminder" too.
          if (name === 'Roster' && size.width >= 1280) {
            const hidden = await page.locator('.roster__scroller').evaluate((box) => box.scrollWidth - box.clientWidth);
            if (hidden > 0) problems.push(`the roster table is ${hidden} px wider than its box`);
          }
          if (problems.length) failures[name] = problems;
        }
        await page.close();
        expect(failures).toEqual({});
      }, 120_000);

      it('the popup, on profiles and elsewhere', async () => {
        mkdirSync(folder, { recursive: true });
        const failures: Record<string, string[]> = {};
        for (const [name, url] of Object.entries(POPUPS)) {
          const tab = await browser.context.newPage();
          await tab.goto(url ?? browser.extensionUrl('options.html#/settings'));
          const popup = await browser.context.newPage();
          await popup.setViewportSize(size);
          await popup.emulateMedia({ colorScheme: scheme });
          await popup.goto(browser.extensionUrl(`popup.html?tabId=${await browser.tabIdOf(tab.url())}`));
          if (url) await popup.locator('article[data-scored="true"]').waitFor({ timeout: 15_000 });
          else await popup.getByRole('searchbox').or(popup.getByRole('textbox')).first().waitFor();
          const problems = await inspect(popup, folder, name);
          if (problems.length) failures[name] = problems;
          await popup.close();
          await tab.close();
        }
        expect(failures).toEqual({});
      }, 120_000);
    });
  });
});
