import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchForSuite } from '../harness/suite.ts';
import { launchWithExtension, type ExtensionBrowser } from '../harness/extension.ts';

// A twitter.com status page of early 2023 (tests/fixtures/x/twitter-status-realDonaldTrump-2023-statsbar):
// the tweet's buttons carry no numbers; its counts are in a bar of links under it, with no reply count.
// The popup shows the bar's counts as rounded as they are, and replies as not shown, never as 0.

const URL_2023 = 'https://twitter.com/realDonaldTrump/status/1222907250383245320';

function stat(popup: Page, label: string) {
  return popup.locator('.stat', { has: popup.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');
}

/** The value a stat shows on screen (without the words kept for screen readers). */
function shown(popup: Page, label: string): Promise<string> {
  return stat(popup, label).evaluate((dd) =>
    [...dd.childNodes]
      .filter((n) => !(n instanceof Element && n.classList.contains('sr-only')))
      .map((n) => n.textContent)
      .join('')
      .trim(),
  );
}

describe('X status page of early 2023 (stats bar)', () => {
  let browser: ExtensionBrowser;
  launchForSuite(() => launchWithExtension(), (launched) => (browser = launched));

  it('shows likes and reposts from the stats bar, and replies as not shown rather than 0', async () => {
    const page = await browser.context.newPage();
    await page.goto(URL_2023);
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl(`popup.html?tabId=${await browser.tabIdOf(URL_2023)}`));
    await popup.getByRole('heading', { name: 'Post by Donald J. Trump' }).waitFor({ timeout: 15_000 });
    expect(await shown(popup, 'Likes')).toBe('≈78.6K');
    expect(await shown(popup, 'Shares')).toBe('≈13.8K');
    expect(await shown(popup, 'Comments')).toBe('—');
    expect(await stat(popup, 'Comments').getAttribute('title')).toMatch(/no reply count/);
    expect(await stat(popup, 'Comments').innerText()).toMatch(/not shown/);
    await popup.close();
    await page.close();
  });
});
