import { describe, expect, it } from 'vitest';
import { launchForSuite } from '../harness/suite.ts';
import { badgeButtonAttribute, focusBadgeButton, inBadge } from '../harness/badge.ts';
import { launchWithExtension, type ExtensionBrowser } from '../harness/extension.ts';

// The view rate on the first visit of a profile whose grid shows each video's views, in Chromium on
// the real saved pages served at their real URLs: a YouTube channel's Videos tab and a TikTok
// profile. The popup shows the rate with its formula and N; the badge shows it too.

const PAGES = [
  {
    platform: 'YouTube Videos tab',
    url: 'https://www.youtube.com/@kurzgesagt/videos',
    formula: 'Median views of the 12 most recent videos on the page ÷ subscribers',
    n: 'N = 12',
    // Engagement is not measured on a grid without likes: the badge shows the view rate instead.
    badgeSummary: /VR ≈\d+\.\d+%/,
  },
  {
    platform: 'TikTok profile',
    url: 'https://www.tiktok.com/@illojuan',
    formula: /Median views of the \d+ most recent videos on the page ÷ followers/,
    n: /N = \d+/,
    // TikTok has an engagement estimate from profile totals: the badge keeps it, its details add the view rate.
    badgeSummary: /ER ≈\d+\.\d+%/,
  },
];

describe('view rate on the first visit', () => {
  let browser: ExtensionBrowser;
  launchForSuite(() => launchWithExtension(), (launched) => (browser = launched));

  it.each(PAGES)('$platform: the popup and the badge show the view rate with its formula and N', async ({ url, formula, n, badgeSummary }) => {
    const page = await browser.context.newPage();
    await page.goto(url);

    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl(`popup.html?tabId=${await browser.tabIdOf(url)}`));
    await popup.locator('article[data-scored="true"]').waitFor({ timeout: 15_000 });
    const section = popup.getByRole('region', { name: 'View rate' });
    const figure = (await section.locator('.big-figure').innerText()).replace(/\n/g, '');
    // "about" is kept for screen readers beside the visual "≈".
    expect(figure).toMatch(/^≈(about ?)?\d+\.\d+%(low|medium|high) confidence$/);
    const text = await section.innerText();
    expect(text).toMatch(formula);
    expect(text).toMatch(n);
    expect(text).toContain('No published benchmark uses this formula, so none is shown.');
    await popup.close();

    // The badge's root is closed: read from the content script's world (tests/harness/badge.ts).
    const summary = () => badgeButtonAttribute(page, /followers|subscribers/, '#text').catch(() => null);
    await expect.poll(summary, { timeout: 15_000 }).toMatch(badgeSummary);
    // By keyboard, as a user of the badge can (the saved TikTok page keeps laying out its grid).
    await focusBadgeButton(page, /followers|subscribers/);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => inBadge(page, (root) => root?.querySelector('.cs-panel')?.textContent ?? null))
      .toMatch(/View rate ≈\d+\.\d+% — Median views of the \d+ most recent videos on the page/);
    await page.close();
  });

  it('a watch page: that video’s (likes + comments) ÷ views, and a collaboration’s other channels', async () => {
    const open = async (url: string) => {
      const page = await browser.context.newPage();
      await page.goto(url);
      const popup = await browser.context.newPage();
      await popup.goto(browser.extensionUrl(`popup.html?tabId=${await browser.tabIdOf(url)}`));
      return { page, popup };
    };
    // Late 2023: the comment count from the comments-entry-point section, rounded as shown.
    const aespa = await open('https://www.youtube.com/watch?v=ZeerrnuLi5E');
    const engagement = aespa.popup.getByRole('region', { name: 'Engagement of this post' });
    await engagement.waitFor({ timeout: 15_000 });
    expect((await engagement.locator('.big-figure').innerText()).replace(/\n/g, '')).toMatch(/^≈(about ?)?1\.92%$/);
    expect(await engagement.innerText()).toContain('(likes + comments) ÷ views of this video');
    await aespa.popup.close();
    await aespa.page.close();

    const collab = await open('https://www.youtube.com/watch?v=G78AnHpIw5w');
    await collab.popup.getByRole('heading', { level: 1, name: 'Post by jazziiRed' }).waitFor({ timeout: 15_000 });
    expect(await collab.popup.getByTestId('collaborators').innerText()).toBe(
      'A collaboration with @Xoliks97 (Xoliks), @vladde, @mr_mooncatcher (mooncatcher); saved under the uploader, @jazziiRed.',
    );
    await collab.popup.close();
    await collab.page.close();
  });
});
