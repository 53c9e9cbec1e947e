import { describe, expect, it } from 'vitest';
import { launchForSuite } from '../harness/suite.ts';
import { launchWithExtension, type ExtensionBrowser } from '../harness/extension.ts';

// Engagement on the first visit of an Instagram profile whose page carries its first posts: a real
// logged-in page (tests/fixtures/instagram/ig-profile-pluto__travel-2021-loggedin-shareddata) in a
// fresh browser profile, with no post of this creator ever opened. Its three embedded posts have
// (likes + comments) of 17, 35 and 53 for 2,187 followers: 0.78 %, 1.60 % and 2.42 %.

const URL_2021 = 'https://www.instagram.com/pluto__travel/?variant=2021-logged-in';

describe('Instagram profile that embeds its first posts', () => {
  let browser: ExtensionBrowser;
  launchForSuite(() => launchWithExtension(), (launched) => (browser = launched));

  it('shows the engagement rate in the popup on the first visit, from the posts on the page', async () => {
    const page = await browser.context.newPage();
    await page.goto(URL_2021);
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl(`popup.html?tabId=${await browser.tabIdOf(URL_2021)}`));
    await popup.locator('article[data-scored="true"]').waitFor({ timeout: 15_000 });

    const engagement = popup.getByRole('region', { name: 'Engagement' });
    const figure = engagement.locator('.big-figure');
    await figure.waitFor();
    expect((await figure.innerText()).replace(/\n/g, '')).toMatch(/^1\.60%medium confidence$/);
    expect(await engagement.innerText()).toMatch(/3 most recent posts/);
    expect(await engagement.innerText()).not.toMatch(/Not measured yet/);
    await popup.close();
    await page.close();
  });
});
