import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../harness/extension.ts';
import { contrastFailures, type Rgba } from '../helpers/contrast.ts';
import { auditPage } from '../helpers/page-audit.ts';
import { SAVED_PROFILE, seedEveryPage } from '../helpers/seed-pages.ts';

// Every page of the extension — the popup on real saved profiles and each options page with a
// roster, a saved creator, an agreement form and a campaign in it — as users with either system
// theme, or a screen reader, meet it: in light and in dark, every piece of text is readable at the
// contrast WCAG asks for (4.5:1, or 3:1 for large text), and every control has a name.

const SCHEMES = [
  { scheme: 'light', canvas: [255, 255, 255, 1] },
  { scheme: 'dark', canvas: [18, 18, 18, 1] },
] as const satisfies ReadonlyArray<{ scheme: 'light' | 'dark'; canvas: Rgba }>;

const PROFILES = [SAVED_PROFILE, 'https://www.tiktok.com/@illojuan'];

describe('accessibility of every page', () => {
  let browser: ExtensionBrowser;
  /** Options pages to check, by hash (seeded in beforeAll). */
  let pages: Record<string, string> = {};

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
    pages = await seedEveryPage(browser);
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
