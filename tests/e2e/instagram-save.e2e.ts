import { describe, expect, it } from 'vitest';
import { launchForSuite } from '../harness/suite.ts';
import { launchWithExtension, pageKey } from '../harness/extension.ts';

// The foundation's thin slice, as a user does it: open a creator's Instagram profile, open the
// popup, see their numbers, save them, find them in the roster. Nothing may leave the browser.

const PROFILE_URL = 'https://www.instagram.com/pluto__travel/';

describe('Instagram profile → popup → save → roster', () => {
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;

  launchForSuite(() => launchWithExtension(), (launched) => (browser = launched));

  it('reads the profile in the popup, saves it and lists it in the options page', async () => {
    const { context, extensionUrl, tabIdOf } = browser;
    const profile = await context.newPage();
    await profile.goto(PROFILE_URL, { waitUntil: 'load' });
    const tabId = await tabIdOf(PROFILE_URL);

    const popup = await context.newPage();
    await popup.goto(extensionUrl(`popup.html?tabId=${tabId}`));
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).textContent()).toBe('Pluto');
    await popup.locator('article[data-scored="true"]').waitFor();
    const followers = popup.locator('.stat', { hasText: 'Followers' }).locator('dd');
    expect(await followers.innerText()).toBe('2,362');
    expect(await popup.locator('.stat', { hasText: 'Following' }).locator('dd').innerText()).toBe('136');
    expect(await popup.locator('.stat', { hasText: 'Posts' }).locator('dd').innerText()).toBe('224');

    await popup.getByRole('button', { name: 'Save to shortlist' }).click();
    await popup.getByText('Saved to your shortlist.').waitFor();

    const options = await context.newPage();
    await options.goto(extensionUrl('options.html'));
    const row = options.getByRole('row', { name: /Pluto/ });
    await row.waitFor();
    expect(await row.getByRole('link', { name: 'Pluto' }).getAttribute('href')).toMatch(/^#\/creator\//);
    const text = await row.innerText();
    expect(text).toContain('Instagram @pluto__travel');
    expect(text).toContain('2,362');
    expect(text).toContain('Shortlisted');

    // A second look at the same profile knows it is saved.
    await popup.reload();
    await popup.getByText('Saved · Shortlisted').waitFor();
  });

  it('sent nothing anywhere but the served pages', () => {
    const { requests } = browser;
    expect(requests.filter((r) => r.status === 'served').map((r) => pageKey(r.url))).toContain(PROFILE_URL);
    // The extension's pages loaded their own files, and nothing else.
    const fromExtension = requests.filter(
      (r) => r.fromServiceWorker || (r.frameUrl ?? '').startsWith('chrome-extension://'),
    );
    expect(fromExtension.length).toBeGreaterThan(0);
    expect(fromExtension.filter((r) => r.status !== 'extension-file')).toEqual([]);
    // The saved page asks for its own images and scripts; every one was stopped here, and each is
    // one the saved page itself names, not something the content script added.
    const html = browser.pageFor(PROFILE_URL)!.html;
    const fromProfileTab = requests.filter((r) => r.frameUrl === PROFILE_URL && r.status === 'aborted');
    for (const r of fromProfileTab) expect(html, r.url).toContain(new URL(r.url).host);
  });
});
