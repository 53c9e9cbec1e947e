import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchForSuite } from '../harness/suite.ts';
import { launchWithExtension, type ExtensionBrowser } from '../harness/extension.ts';

// The popup on each platform's real saved page: the right follower count, an engagement figure
// (or, where the page shows no per-post numbers, why not and what to do), one-click save, and on
// a second visit: saved, and what changed since the first.

const PROFILES = [
  { platform: 'Instagram', url: 'https://www.instagram.com/pluto__travel/', label: 'Followers', followers: '2,362', engagement: /Not measured yet\. No post metrics yet: open a few of this creator’s recent posts/ },
  { platform: 'TikTok', url: 'https://www.tiktok.com/@illojuan', label: 'Followers', followers: '783,427', engagement: /^≈\d+\.\d+%estimatelow confidence$/ },
  { platform: 'YouTube', url: 'https://www.youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA', label: 'Subscribers', followers: '≈4.69M', engagement: /Not measured yet\./ },
  { platform: 'X', url: 'https://x.com/Kikobeats', label: 'Followers', followers: '3,893', engagement: /^\d+\.\d+%(low|medium|high) confidence$/ },
  { platform: 'Bluesky', url: 'https://bsky.app/profile/stephenking.bsky.social', label: 'Followers', followers: '1,101,177', engagement: /^\d+\.\d+%(low|medium|high) confidence$/ },
];

async function openPopupFor(browser: ExtensionBrowser, url: string): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(browser.extensionUrl(`popup.html?tabId=${await browser.tabIdOf(url)}`));
  await popup.locator('article[data-scored="true"]').waitFor({ timeout: 15_000 });
  return popup;
}

/** The value a stat shows on screen (without the words kept for screen readers). */
function statValue(popup: Page, label: string): Promise<string> {
  return popup
    .locator('.stat', { has: popup.locator('dt', { hasText: label }) })
    .locator('dd')
    .evaluate((dd) =>
      [...dd.childNodes]
        .filter((n) => !(n instanceof Element && n.classList.contains('sr-only')))
        .map((n) => n.textContent)
        .join('')
        .trim(),
    );
}

describe('popup on each platform', () => {
  let browser: ExtensionBrowser;
  launchForSuite(() => launchWithExtension(), (launched) => (browser = launched));

  it.each(PROFILES)('$platform: scores the profile, saves it, and knows it on the next visit', async ({ url, label, followers, engagement }) => {
    const page = await browser.context.newPage();
    await page.goto(url);
    const popup = await openPopupFor(browser, url);
    expect(await statValue(popup, label)).toBe(followers);
    // Every count fits in its box, however many digits (TikTok's likes run to millions).
    const overflowing = await popup.locator('.stat').evaluateAll((stats) =>
      stats.filter((s) => s.scrollWidth > s.clientWidth || s.getBoundingClientRect().right > document.body.getBoundingClientRect().right).map((s) => s.textContent),
    );
    expect(overflowing).toEqual([]);
    const engagementSection = popup.getByRole('region', { name: 'Engagement' });
    const figure = engagementSection.locator('.big-figure');
    expect(await ((await figure.count()) ? figure.innerText() : engagementSection.innerText()).then((t) => t.replace(/\n/g, ''))).toMatch(engagement);
    // A fresh install has no brand profile: no fit against criteria the user never set.
    expect(await popup.getByTestId('fit-score').innerText()).toBe('Not scored: you have not set your brand profile yet.');
    expect(await popup.getByTestId('signals-summary').innerText()).toMatch(/^(\d of 6 checks could run: (nothing flagged|\d to look at)|Not enough data yet: none of the 6 checks could run) · signals, not a verdict$/);
    expect(await popup.getByRole('region', { name: 'Authenticity signals' }).locator('li').count()).toBe(6);
    expect(await popup.getByTestId('growth').count()).toBe(0);

    await popup.keyboard.press('Enter');
    await popup.getByText('Saved to your shortlist.').waitFor();

    await popup.reload();
    await popup.locator('article[data-scored="true"]').waitFor();
    await popup.getByText('Saved · Shortlisted').waitFor();
    // Named as the platform names them: "followers", or YouTube's "subscribers".
    expect(await popup.getByTestId('growth').innerText()).toMatch(new RegExp(`^No change in ${label.toLowerCase()} since \\w{3} \\d{1,2}, \\d{4}`));
    await popup.close();
    await page.close();
  });

  it('shows the change since the last visit when the count moved', async () => {
    const url = 'https://www.instagram.com/pluto__travel/';
    const page = await browser.context.newPage();
    // The profile a week later (same saved page, with 38 more followers).
    const later = browser.pageFor(url)!.html.replaceAll('2,362 Followers', '2,400 Followers');
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: later }));
    await page.goto(url);
    const popup = await openPopupFor(browser, url);
    expect(await statValue(popup, 'Followers')).toBe('2,400');
    // 2,400 − 2,362 = +38 = +1.61 %
    expect(await popup.getByTestId('growth').innerText()).toMatch(/^\+38 followers \(\+1\.61%\) since /);
    await popup.close();
    await page.close();
  });

  it('never breaks a number across lines or lets it spill, even at 1,000,000,000', async () => {
    const url = 'https://bsky.app/profile/stephenking.bsky.social';
    const page = await browser.context.newPage();
    // The same saved page with ten-digit counts, in the popup's narrowest layout (three stats a row).
    const huge = browser
      .pageFor(url)!
      .html.replace('aria-label="1101177 followers"', 'aria-label="1000000000 followers"')
      .replace('aria-label="3 following"', 'aria-label="1000000000 following"');
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: huge }));
    await page.goto(url);
    const popup = await openPopupFor(browser, url);
    expect(await statValue(popup, 'Followers')).toBe('1,000,000,000');
    expect(await statValue(popup, 'Following')).toBe('1,000,000,000');
    const layout = await popup.locator('.stat dd').evaluateAll((dds) =>
      dds.map((dd) => {
        // The text on screen (words kept for screen readers sit in a 1-pixel box of their own).
        const rects: DOMRect[] = [];
        const walker = document.createTreeWalker(dd, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.closest('.sr-only')) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          rects.push(...[...range.getClientRects()].filter((r) => r.width > 0));
        }
        // One line: every piece of the number's text sits on the same line box.
        const lineTops = new Set(rects.map((r) => Math.round(r.top)));
        const right = Math.max(...rects.map((r) => r.right));
        const box = dd.parentElement!.getBoundingClientRect();
        return { text: dd.textContent, lines: lineTops.size, spills: dd.scrollWidth > dd.clientWidth || right > box.right + 0.5 };
      }),
    );
    expect(layout.length).toBeGreaterThanOrEqual(3);
    for (const stat of layout) expect(stat, stat.text ?? '').toMatchObject({ lines: 1, spills: false });
    await popup.close();
    await page.close();
  });

  it('on a post page: that post’s numbers and its creator', async () => {
    const url = 'https://www.instagram.com/p/CPeC-Eenc8l/';
    const page = await browser.context.newPage();
    await page.goto(url);
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl(`popup.html?tabId=${await browser.tabIdOf(url)}`));
    await popup.getByRole('heading', { name: /^Post by/ }).waitFor();
    expect(await statValue(popup, 'Likes')).toBe('≈298K');
    expect(await statValue(popup, 'Comments')).toBe('553');
    expect(await popup.getByText(/@willyrex is not on your roster/).count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it('elsewhere: finds a saved creator from the roster search', async () => {
    // A site Creator Scout does not read (its request is blocked, like every request not to a saved page).
    const tabId = await browser.openTab('https://news.example.com/');
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl(`popup.html?tabId=${tabId}`));
    await popup.getByRole('heading', { name: 'Nothing to vet here' }).waitFor();
    await popup.getByText('Nothing due. You are all caught up.').waitFor();
    await popup.getByRole('searchbox').fill('pluto');
    await popup.getByRole('list', { name: 'Matching creators' }).getByRole('button', { name: 'Pluto' }).waitFor();
    await popup.close();
  });
});
