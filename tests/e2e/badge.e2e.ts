import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchForSuite } from '../harness/suite.ts';
import { badgeButtonAttribute, badgeCount, clickBadgeButton, focusBadgeButton, inBadge, waitForBadgeButton } from '../harness/badge.ts';
import { launchWithExtension, type ExtensionBrowser } from '../harness/extension.ts';

// The in-page badge on each platform's real saved page, served at its real URL.

const PROFILES = [
  { platform: 'Instagram', url: 'https://www.instagram.com/pluto__travel/', followers: '2,362 followers' },
  { platform: 'TikTok', url: 'https://www.tiktok.com/@illojuan', followers: '783,427 followers' },
  { platform: 'YouTube', url: 'https://www.youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA', followers: '≈4.69M subscribers' }, // as YouTube and the popup call them
  { platform: 'X', url: 'https://x.com/Kikobeats', followers: '3,893 followers' },
  { platform: 'Bluesky', url: 'https://bsky.app/profile/stephenking.bsky.social', followers: '1,101,177 followers' },
];

/**
 * What lies under the badge, and in the whole window, hit-tested every few pixels: at each point,
 * the first element beneath the badge that draws something there (text, a loaded image, a form
 * control, an icon, a background or border); empty layout boxes and images that failed to load are
 * looked through. Returns the controls under the badge, and whether it is docked in the page.
 */
function hitTest(page: Page): Promise<{ covered: string[]; docked: boolean }> {
  // In the content script's world: the badge's shadow root is closed to the page.
  return inBadge(page, (root) => {
    const host = document.querySelector('creator-scout-badge')!;
    const inner = root!.querySelector('.cs-host')!;
    const box = inner.getBoundingClientRect();
    const draws = (el: Element, x: number, y: number) => {
      if (el instanceof HTMLImageElement) return el.naturalWidth > 0;
      if (el instanceof SVGElement || ['button', 'input', 'select', 'textarea', 'video', 'canvas', 'iframe'].includes(el.localName)) return true;
      const style = getComputedStyle(el);
      if (style.backgroundImage !== 'none' || style.backgroundColor !== 'rgba(0, 0, 0, 0)') return true;
      if (style.borderStyle !== 'none' && parseFloat(style.borderTopWidth) > 0) return true;
      return [...el.childNodes].some((node) => {
        if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) return false;
        const range = document.createRange();
        range.selectNodeContents(node);
        return [...range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
      });
    };
    const controlAt = (x: number, y: number) => {
      const stack = document.elementsFromPoint(x, y);
      const under = stack.slice(stack.indexOf(host) + 1).find((el) => draws(el, x, y));
      return under?.closest('a[href], button, input, select, textarea, [role="button"], [role="link"]') ?? null;
    };
    const covered = new Set<string>();
    for (let x = box.left + 1; x < box.right; x += 6) {
      for (let y = box.top + 1; y < box.bottom; y += 6) {
        const control = controlAt(x, y);
        if (control) covered.add(`<${control.tagName.toLowerCase()}> ${control.textContent?.trim().slice(0, 40) ?? ''}`);
      }
    }
    return { covered: [...covered], docked: inner.classList.contains('cs-host--docked') };
  });
}

describe('in-page badge', () => {
  let browser: ExtensionBrowser;
  launchForSuite(() => launchWithExtension(), (launched) => (browser = launched));

  it.each(PROFILES)('shows the right follower count on $platform, out of the way of the site’s controls', async ({ url, followers }) => {
    const page = await browser.context.newPage();
    await page.goto(url);
    const summary = () => badgeButtonAttribute(page, /followers|subscribers|not shown/i, '#text').catch(() => null);
    await expect.poll(summary, { timeout: 15_000 }).toContain(followers);
    await expect.poll(summary).not.toContain('ER …');
    // Floating in a free spot, or (the TikTok page as saved, without its stylesheets, draws its
    // grid cards over the whole window) docked in the page's flow: either way, over no control.
    expect((await hitTest(page)).covered).toEqual([]);
    await page.close();
  });

  it('docks in the page’s flow when every spot at the window’s edges is a control', async () => {
    const page = await browser.context.newPage();
    // A page made for this test: one big link over the whole window, and an Instagram profile's counts.
    await page.route('https://www.instagram.com/every_pixel_a_link/', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<html lang="en"><head><meta property="og:description" content="1,234 Followers, 5 Following, 6 Posts - See Instagram photos and videos from Docky (@every_pixel_a_link)"></head>
          <body style="margin:0"><a href="/elsewhere/" style="position:fixed;inset:0;background:#dde">Everything here is a link</a></body></html>`,
      }),
    );
    await page.goto('https://www.instagram.com/every_pixel_a_link/');
    await waitForBadgeButton(page, /1,234 followers/);
    const { covered, docked } = await hitTest(page);
    expect(docked).toBe(true);
    expect(covered).toEqual([]);
    await page.close();
  });

  it('works by keyboard: expand, read the details, save, collapse with Escape', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.tiktok.com/@illojuan');
    const expanded = () => badgeButtonAttribute(page, /followers/, 'aria-expanded');
    await focusBadgeButton(page, /followers/);
    await page.keyboard.press('Enter');
    expect(await expanded()).toBe('true');
    expect(await inBadge(page, (root) => root!.querySelector('.cs-panel')!.textContent)).toContain('Likes3,922,256');
    await focusBadgeButton(page, 'Save to shortlist');
    await page.keyboard.press('Enter');
    await expect.poll(() => inBadge(page, (root) => root!.textContent), { timeout: 10_000 }).toContain('✓ Saved');
    await page.keyboard.press('Escape');
    await expect.poll(expanded).toBe('false');

    // The roster has it, saved through the background.
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    await options.getByRole('row', { name: /IlloJuan/ }).waitFor();
    await page.close();
    await options.close();
  });

  it('can be switched off for one site, and stays off', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://bsky.app/profile/stephenking.bsky.social');
    await clickBadgeButton(page, /followers/);
    await clickBadgeButton(page, 'Hide on Bluesky');
    await expect.poll(() => badgeCount(page)).toBe(0);
    await page.reload();
    await page.waitForTimeout(1500);
    expect(await badgeCount(page)).toBe(0);

    // Other sites keep theirs; the options page turns it back on.
    const instagram = await browser.context.newPage();
    await instagram.goto('https://www.instagram.com/pluto__travel/');
    await waitForBadgeButton(instagram, /followers/);
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html#/settings'));
    await options.getByRole('group', { name: 'Show the badge on profile pages' }).getByRole('checkbox', { name: 'Bluesky' }).check();
    await waitForBadgeButton(page, /followers/);
    for (const p of [page, instagram, options]) await p.close();
  });

  it('follows in-site navigation: gone on a page that is not a profile, back on the profile', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://x.com/Kikobeats');
    await waitForBadgeButton(page, /3,893 followers/);
    await page.evaluate(() => history.pushState({}, '', '/explore'));
    await expect.poll(() => badgeCount(page), { timeout: 5000 }).toBe(0);
    await page.evaluate(() => history.pushState({}, '', '/Kikobeats'));
    await waitForBadgeButton(page, /3,893 followers/, 5000);
    await page.close();
  });

  it('keeps a post’s metrics for its creator (in a short cache until they are saved)', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.instagram.com/p/CPeC-Eenc8l/');
    await expect
      .poll(
        () =>
          browser.worker.evaluate(async () => {
            const store = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.session;
            return (await store.get('postCache')).postCache as Record<string, { posts: Array<{ id: string; counts: { likes: unknown } }> }> | undefined;
          }),
        { timeout: 10_000 },
      )
      .toMatchObject({ 'instagram:willyrex': { posts: [{ id: 'CPeC-Eenc8l', counts: { likes: { value: 298_000, precision: 1000 } } }] } });
    expect(await badgeCount(page)).toBe(0);
    await page.close();
  });
});
