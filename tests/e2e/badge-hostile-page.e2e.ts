import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchForSuite } from '../harness/suite.ts';
import { badgeCount, badgeText, clickBadgeButton, inBadge, waitForBadgeButton } from '../harness/badge.ts';
import { launchWithExtension, type ExtensionBrowser } from '../harness/extension.ts';

// The page a badge sits on is hostile: its scripts must not read the badge (roster membership and
// fit are the user's business), press its buttons, or stop Creator Scout's content script. One test
// per attack, each made by the page's own scripts, in a real Chromium.

const PROFILE = 'https://www.instagram.com/pluto__travel/';

async function savedHandles(browser: ExtensionBrowser): Promise<string[]> {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('options.html#/roster'));
  const handles = await page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('creator-scout');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('accounts').objectStore('accounts').getAllKeys();
          request.onsuccess = () => resolve(request.result.map(String));
        };
      }),
  );
  await page.close();
  return handles;
}

async function profilePage(browser: ExtensionBrowser, before?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await browser.context.newPage();
  await before?.(page);
  await page.goto(PROFILE);
  await waitForBadgeButton(page, /2,362 followers/);
  return page;
}

describe('a hostile page and the badge', () => {
  let browser: ExtensionBrowser;
  launchForSuite(() => launchWithExtension(), (launched) => (browser = launched));

  it('cannot read the badge: its shadow root is closed, and nothing of it is in the page’s DOM', async () => {
    const page = await profilePage(browser);
    expect(await badgeText(page)).toMatch(/2,362 followers/);
    const seen = await page.evaluate(() => {
      const host = document.querySelector('creator-scout-badge')!;
      return { shadowRoot: host.shadowRoot === null ? 'none' : 'open', host: [...host.attributes].map((a) => `${a.name}=${a.value}`).join(' ') + (host.textContent ?? ''), text: document.documentElement.innerText };
    });
    expect(seen.shadowRoot).toBe('none');
    expect(seen.host).not.toMatch(/followers|Fit|Save|Nano|ER /);
    expect(seen.text).not.toMatch(/2,362 followers|Save to shortlist/);
    await page.close();
  });

  it('cannot press its buttons: untrusted clicks on Save, Open and “Hide” do nothing; the user’s click saves', async () => {
    const page = await profilePage(browser);
    // What the page could do if it reached the buttons: scripted clicks (untrusted events). They are
    // made here from inside the badge, which the page cannot even reach.
    await inBadge(page, (root) => {
      for (const button of root!.querySelectorAll<HTMLButtonElement>('button')) button.click();
      root!.querySelector<HTMLButtonElement>('[data-action="save"]')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    await page.waitForTimeout(1500);
    expect(await savedHandles(browser)).toEqual([]);
    expect(await badgeText(page)).toMatch(/Save/);
    expect(await badgeButtonIsExpanded(page)).toBe('false');
    // The page's own click on the host reaches nothing inside.
    await page.evaluate(() => document.querySelector('creator-scout-badge')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));

    await clickBadgeButton(page, 'Save to shortlist');
    await expect.poll(() => badgeText(page), { timeout: 10_000 }).toMatch(/✓ Saved/);
    expect(await savedHandles(browser)).toEqual(['instagram:pluto__travel']);
    // Five scripted clicks on Open open no tab.
    const tabs = browser.context.pages().length;
    await inBadge(page, (root) => {
      for (let i = 0; i < 5; i++) root!.querySelector<HTMLButtonElement>('[data-action="open"]')!.click();
    });
    await page.waitForTimeout(1500);
    expect(browser.context.pages()).toHaveLength(tabs);
    await page.close();
  });

  it('is not told the extension’s id', async () => {
    const page = await profilePage(browser, async (p) => {
      await p.addInitScript(() => {
        (window as unknown as { heard: unknown[] }).heard = [];
        window.addEventListener('message', (event) => (window as unknown as { heard: unknown[] }).heard.push(JSON.stringify(event.data)));
      });
    });
    const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    expect(heard.filter((m) => m.includes('content-script-started') || m.includes(browser.extensionId))).toEqual([]);
    await page.close();
  });

  it('cannot stop the content script with WXT’s start event', async () => {
    const page = await profilePage(browser);

    // The id is public (it is the store's); the page sends the event WXT uses to stop an older copy.
    await page.evaluate((id) => {
      for (const name of ['instagram', 'content']) {
        document.dispatchEvent(new CustomEvent(`${id}:${name}:wxt:content-script-started`, { detail: { contentScriptName: name, messageId: 'page' } }));
      }
    }, browser.extensionId);
    await page.waitForTimeout(1000);
    // Still running: the badge is there and follows an in-site navigation to another profile.
    expect(await badgeCount(page)).toBe(1);
    await page.evaluate(() => history.pushState({}, '', '/explore/'));
    await expect.poll(() => badgeCount(page), { timeout: 5000 }).toBe(0);
    await page.evaluate(() => history.pushState({}, '', '/pluto__travel/'));
    await waitForBadgeButton(page, /2,362 followers/, 10_000);
    await page.close();
  });
});

function badgeButtonIsExpanded(page: Page): Promise<string | null> {
  return inBadge(page, (root) => root!.querySelector('[data-action="toggle"]')?.getAttribute('aria-expanded') ?? null);
}
