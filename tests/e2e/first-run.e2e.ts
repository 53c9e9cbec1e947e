import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchForSuite } from '../harness/suite.ts';
import { badgeButtonAttribute, badgeText, clickBadgeButton } from '../harness/badge.ts';
import { launchWithExtension, type ExtensionBrowser } from '../harness/extension.ts';

// A fresh install, as a new user meets it in Chromium: the first-run page opens by itself, no fit
// is scored until the brand profile is saved, and from then on the badge, the popup, the roster
// and the creator page show one and the same fit — and all follow a change of the brand profile.

const PLUTO = 'https://www.instagram.com/pluto__travel/';

async function popupFit(browser: ExtensionBrowser, url: string): Promise<string> {
  const popup = await browser.context.newPage();
  await popup.goto(browser.extensionUrl(`popup.html?tabId=${await browser.tabIdOf(url)}`));
  await popup.locator('article[data-scored="true"]').waitFor({ timeout: 15_000 });
  const fit = await popup.getByTestId('fit-score').innerText();
  await popup.close();
  return fit;
}

async function rosterFit(page: Page, name: string): Promise<string> {
  await page.goto(page.url().replace(/#.*$/, '#/roster'));
  const row = page.getByRole('row', { name: new RegExp(name) });
  await row.waitFor({ timeout: 10_000 });
  // Columns: select, name, platforms, followers, engagement, fit…
  return (await row.locator('td').nth(4).innerText()).trim();
}

describe('first run', () => {
  let browser: ExtensionBrowser;
  launchForSuite(() => launchWithExtension(), (launched) => (browser = launched));

  it('opens the first-run page on install; no fit until the brand profile is saved; then one fit everywhere', async () => {
    const welcomeUrl = browser.extensionUrl('options.html#/welcome');
    const isWelcome = (p: Page) => p.url() === welcomeUrl;
    const welcome = browser.context.pages().find(isWelcome) ?? (await browser.context.waitForEvent('page', { predicate: isWelcome, timeout: 15_000 }));
    await welcome.getByRole('heading', { name: 'Welcome to Creator Scout' }).waitFor();
    await welcome.getByTestId('brand-profile-unset').waitFor();
    await welcome.getByRole('heading', { name: '2. Who your messages come from' }).waitFor();

    // Before the user sets a profile: the popup scores no fit, and says where to set it.
    const page = await browser.context.newPage();
    await page.goto(PLUTO);
    expect(await popupFit(browser, PLUTO)).toBe('Not scored: you have not set your brand profile yet.');

    // Step 1 of the first-run page: the brand profile, saved.
    await welcome.getByRole('textbox', { name: 'Add a niche keyword' }).fill('travel');
    await welcome.keyboard.press('Enter');
    await welcome.getByRole('button', { name: 'Save brand profile' }).click();
    await welcome.getByText('Saved', { exact: true }).waitFor();
    await expect.poll(() => welcome.getByTestId('brand-profile-unset').count()).toBe(0);

    // The badge scores the profile, and the save keeps that very fit.
    await page.reload();
    // The badge's root is closed: read from the content script's world (tests/harness/badge.ts).
    const summary = () => badgeButtonAttribute(page, /followers/, '#text').catch(() => null);
    await expect.poll(summary, { timeout: 15_000 }).toMatch(/Fit \d+/);
    const badgeFit = (await summary())!.match(/Fit (\d+)/)![1]!;
    await clickBadgeButton(page, 'Save to shortlist');
    await expect.poll(() => badgeText(page), { timeout: 15_000 }).toContain('✓ Saved');

    expect(await popupFit(browser, PLUTO)).toBe(`${badgeFit}/100`);
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html#/roster'));
    expect(await rosterFit(options, 'Pluto')).toBe(badgeFit);
    await options.getByRole('link', { name: 'Pluto' }).click();
    await options.getByRole('heading', { name: 'Pluto', level: 2 }).waitFor();
    await expect.poll(() => options.getByText(`${badgeFit}/100`).count()).toBeGreaterThan(0);

    // A brand that only works on TikTok: every view follows, the stored fit included.
    await options.goto(browser.extensionUrl('options.html#/brand'));
    for (const platform of ['Instagram', 'YouTube', 'X', 'Bluesky']) await options.getByRole('checkbox', { name: platform, exact: true }).uncheck();
    await options.getByRole('button', { name: 'Save brand profile' }).click();
    await options.getByText('Saved', { exact: true }).waitFor();
    await expect.poll(() => rosterFit(options, 'Pluto'), { timeout: 10_000 }).not.toBe(badgeFit);
    const rescored = await rosterFit(options, 'Pluto');
    expect(Number(rescored)).toBeLessThan(Number(badgeFit));
    expect(await popupFit(browser, PLUTO)).toBe(`${rescored}/100`);
    await page.reload();
    await expect.poll(() => summary(), { timeout: 15_000 }).toContain(`Fit ${rescored}`);
  });
});
