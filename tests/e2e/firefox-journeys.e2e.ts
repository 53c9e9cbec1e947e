import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launchForSuite } from '../harness/suite.ts';
import { launchFirefoxWithExtension, type FirefoxExtensionBrowser } from '../harness/firefox.ts';
import { button, field, setValue, statValue, textOf, waitForText } from '../harness/firefox-page.ts';
import { pageKey } from '../harness/extension.ts';
import { generateRosterCsv } from '../helpers/generate-csv.ts';

// The core journeys in Firefox (Debian's firefox-esr), with the Firefox build installed as a
// temporary add-on: a real saved page at its real address, the in-page badge (on every platform),
// the popup for that tab, Save, the roster, a CSV import, a reminder that fires; and nothing leaves
// the browser.

const PROFILE_URL = 'https://www.instagram.com/pluto__travel/';
const work = mkdtempSync(path.join(os.tmpdir(), 'creator-scout-firefox-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const pad = (n: number) => String(n).padStart(2, '0');
/** The value a datetime-local input takes for an instant, in this machine's time zone. */
function localInput(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** The roster's "Showing N of M creators" line. */
async function rosterCount(browser: FirefoxExtensionBrowser): Promise<string> {
  const page = await browser.extensionPage('options.html#/roster');
  const text = await textOf(page, '[data-testid="roster-count"]', 'Showing');
  await page.close();
  return text;
}

describe('Firefox: the core journeys', () => {
  let browser: FirefoxExtensionBrowser;
  launchForSuite(() => launchFirefoxWithExtension(), (launched) => (browser = launched));

  /**
   * The badge's text in the tab showing `url`, read as Creator Scout's content script sees it: its
   * shadow root is closed, so the page cannot read it, but a content script's world can
   * (`openOrClosedShadowRoot`, Firefox's extension-only accessor). Null while there is no badge.
   */
  async function badgeTextIn(url: string): Promise<string | null> {
    const tabId = await browser.tabIdOf(url);
    const code = "(() => { const host = document.querySelector('creator-scout-badge'); return host ? host.openOrClosedShadowRoot?.textContent ?? null : null; })()";
    return browser.inExtension<string | null>(`browser.tabs.executeScript(${tabId}, { code: ${JSON.stringify(code)} }).then((r) => r[0] ?? null)`);
  }

  it('a real saved profile at its real address: the badge, the popup for the tab, Save, the roster', async () => {
    const profile = await browser.webPage();
    await profile.goto(PROFILE_URL);
    // The content script's badge, in the page.
    await expect.poll(() => badgeTextIn(PROFILE_URL), { timeout: 15_000 }).toContain('2,362 followers');

    const popup = await browser.extensionPage(`popup.html?tabId=${await browser.tabIdOf(PROFILE_URL)}`);
    await popup.waitForSelector('article[data-scored="true"]', { timeout: 15_000 });
    expect(await popup.$eval('h1', (h) => h.textContent)).toBe('Pluto');
    expect(await statValue(popup, 'Followers')).toBe('2,362');
    expect(await statValue(popup, 'Following')).toBe('136');
    expect(await statValue(popup, 'Posts')).toBe('224');
    await (await button(popup, 'Save to shortlist')).click();
    await waitForText(popup, 'Saved to your shortlist.');

    const roster = await browser.extensionPage('options.html#/roster');
    const row = await textOf(roster, 'tr, [role="row"]', 'Pluto');
    expect(row).toContain('Instagram @pluto__travel');
    expect(row).toContain('2,362');
    expect(row).toContain('Shortlisted');
    for (const page of [profile, popup, roster]) await page.close();
  });

  it.each([
    { platform: 'TikTok', url: 'https://www.tiktok.com/@illojuan', followers: '783,427 followers' },
    { platform: 'YouTube', url: 'https://www.youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA', followers: '≈4.69M subscribers' },
    { platform: 'X', url: 'https://x.com/Kikobeats', followers: '3,893 followers' },
    { platform: 'Bluesky', url: 'https://bsky.app/profile/stephenking.bsky.social', followers: '1,101,177 followers' },
  ])('the badge reads the real saved $platform profile in Firefox too', async ({ url, followers }) => {
    const page = await browser.webPage();
    await page.goto(url);
    await expect.poll(() => badgeTextIn(url), { timeout: 15_000 }).toContain(followers);
    // The badge's root is closed: the page itself cannot read it.
    expect(await page.evaluate(() => document.querySelector('creator-scout-badge')?.shadowRoot ?? null)).toBeNull();
    await page.close();
  });

  it('imports creators from a CSV after showing what it would do', async () => {
    const csv = path.join(work, 'creators.csv');
    writeFileSync(csv, generateRosterCsv(25));
    const page = await browser.extensionPage('options.html#/import-export');
    await (await field(page, 'Import creators from CSV…')).uploadFile(csv);
    expect(await textOf(page, 'h4, h3', 'New creators')).toBe('New creators (25)');
    expect(await textOf(page, 'h4, h3', 'Rejected')).toBe('Rejected (0)');
    expect(await textOf(page, '[data-testid="preview-summary"]', 'rows read')).toMatch(/^25 rows read: 25 new creators/);
    await (await button(page, 'Import')).click();
    await waitForText(page, 'Imported: ', 60_000);
    await page.close();
    // Pluto, saved above, and the 25 from the file.
    expect(await rosterCount(browser)).toBe('Showing 26 of 26 creators');
  });

  it('a reminder fires when it comes due: the toolbar badge counts it and the page lists it as overdue', async () => {
    const page = await browser.extensionPage('options.html#/reminders');
    await (await field(page, 'Title', 'form.reminder-form')).type('Follow up with Pluto');
    await setValue(await field(page, 'Due', 'form.reminder-form'), localInput(Date.now() + 4000));
    await (await button(page, 'Add reminder')).click();
    await waitForText(page, 'Reminder “Follow up with Pluto” set for');
    expect(await browser.inExtension('browser.browserAction.getBadgeText({})')).toBe('');

    await expect.poll(() => browser.inExtension('browser.browserAction.getBadgeText({})'), { timeout: 20_000, interval: 500 }).toBe('1');
    expect(await browser.inExtension('browser.browserAction.getTitle({})')).toBe('Creator Scout — 1 reminder due');
    // Shown as a system notification (with no buttons: Firefox has none).
    const shown = await browser.inExtension<Record<string, { title: string; buttons?: unknown }>>('browser.notifications.getAll()');
    expect(Object.values(shown).map((n) => n.title)).toEqual(['Follow up with Pluto']);
    await waitForText(page, 'Overdue (1)');
    await page.close();
  });

  it('sent nothing anywhere: only saved pages were served, and nothing reached the network', () => {
    expect(browser.leaks).toEqual([]);
    const served = browser.requests.filter((r) => r.status === 'served').map((r) => pageKey(r.url));
    expect(served).toContain(PROFILE_URL);
    // The saved page asks for its own images and scripts; every one was stopped here, and each is
    // one the saved page itself names, not something the content script added.
    const html = browser.pageFor(PROFILE_URL)!.html;
    const stopped = browser.requests.filter((r) => r.status === 'aborted' && r.frameUrl === PROFILE_URL);
    expect(stopped.length).toBeGreaterThan(0);
    for (const r of stopped) expect(html, r.url).toContain(new URL(r.url).host);
  });
});
