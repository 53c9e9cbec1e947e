import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePages, launchWithExtension, type ExtensionBrowser } from '../harness/extension.ts';
import { buttonNames, roster } from '../harness/feed.ts';

// In-feed vetting on TikTok's real saved search page (tests/fixtures/tiktok/tt-search-tartaria-2022:
// three results by three authors), the popup's word when a site's redesign leaves the reader unable
// to read a page, and "already in touch" on a chip.

const SEARCH = 'https://www.tiktok.com/search?q=tartaria';
const BLUESKY = 'https://bsky.app/profile/stephenking.bsky.social';

/** Seed an outreach message sent with a template to the creator of `accountId` (as the outreach page logs it). */
async function logOutreach(browser: ExtensionBrowser, accountId: string, at: number): Promise<void> {
  await browser.worker.evaluate(
    ({ accountId, at }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('creator-scout');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['accounts', 'interactions', 'templates'], 'readwrite');
          const account = tx.objectStore('accounts').get(accountId);
          account.onsuccess = () => {
            const creatorId = (account.result as { creatorId: string }).creatorId;
            tx.objectStore('templates').put({ id: 'feed-e2e-template', name: 'Spring collab', kind: 'outreach', subject: 'Hello', body: 'Hi {{creator.name}}', createdAt: at, updatedAt: at });
            tx.objectStore('interactions').put({ id: 'feed-e2e-outreach', creatorId, type: 'outreach', at, text: 'Hi', details: { templateId: 'feed-e2e-template', channel: 'copy' } });
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { accountId, at },
  );
}

describe('feed chips on a real TikTok search page', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('puts a chip after each result’s author, saves one by key with its video, and records the video once over two visits', async () => {
    const page = await browser.context.newPage();
    await page.goto(SEARCH);
    const chips = page.locator('[data-creator-scout="chip"]');
    await expect.poll(() => chips.count(), { timeout: 15_000 }).toBe(3);
    await expect
      .poll(async () => (await buttonNames(page)).filter((n) => n.startsWith('Save ')), { timeout: 10_000 })
      .toEqual([
        'Save @onefoulwow2 (@onefoulwow2) to your Creator Scout shortlist',
        'Save @thedoctorregenerated (@thedoctorregenerated) to your Creator Scout shortlist',
        'Save @sometr0ll (@sometr0ll) to your Creator Scout shortlist',
      ]);
    // Each chip sits right after its author's link, in that author's result beside that author's video.
    const placed = await chips.evaluateAll((hosts) =>
      hosts.map((h) => `${h.previousElementSibling?.getAttribute('href')} ${h.closest('[class*="DivItemContainerForSearch"]')?.querySelector('a[href*="/video/"]')?.getAttribute('href')}`),
    );
    expect(placed).toEqual([
      '/@onefoulwow2 https://www.tiktok.com/@onefoulwow2/video/7092885652148096261',
      '/@thedoctorregenerated https://www.tiktok.com/@thedoctorregenerated/video/7075092348547665198',
      '/@sometr0ll https://www.tiktok.com/@sometr0ll/video/7039779112860339462',
    ]);
    expect((await roster(browser)).accounts).toEqual([]);

    // The second chip's "+", focused and pressed with a real key, saves that author with their video.
    await chips.nth(1).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await buttonNames(page)).find((n) => n.startsWith('@thedoctorregenerated')), { timeout: 10_000 })
      .toMatch(/^@thedoctorregenerated is on your roster: Shortlisted, not contacted yet/);
    expect(page.url()).toBe(SEARCH);
    let stored = await roster(browser);
    expect(stored.accounts).toEqual(['tiktok:thedoctorregenerated']);
    // 9987 plays, exact as the result shows them; no likes (the result shows none).
    expect(stored.posts.map((p) => [p.id, p.authorAccountIds, p.counts.views, p.counts.likes])).toEqual([
      ['tiktok:7075092348547665198', ['tiktok:thedoctorregenerated'], expect.objectContaining({ value: 9987, precision: 1 }), undefined],
    ]);

    // A second visit: the chip shows the saved author, and their video is seen again, not stored twice.
    const seenBefore = stored.posts[0]!.seenAt;
    await page.reload();
    await expect
      .poll(async () => (await buttonNames(page)).find((n) => n.startsWith('@thedoctorregenerated')), { timeout: 15_000 })
      .toMatch(/is on your roster/);
    await expect.poll(async () => (await roster(browser)).posts[0]?.seenAt, { timeout: 10_000 }).toBeGreaterThan(seenBefore);
    stored = await roster(browser);
    expect(stored.posts.map((p) => p.id)).toEqual(['tiktok:7075092348547665198']);
    expect(stored.accounts).toEqual(['tiktok:thedoctorregenerated']);

    // Contacted since (an outreach message with a template): the chip says so, when and with which template.
    await logOutreach(browser, 'tiktok:thedoctorregenerated', Date.UTC(2026, 10, 2, 10));
    await page.reload();
    await expect
      .poll(async () => (await buttonNames(page)).find((n) => n.startsWith('@thedoctorregenerated')), { timeout: 15_000 })
      .toMatch(/^@thedoctorregenerated is on your roster: Shortlisted, already in touch: last contacted Nov 2, 2026 with “Spring collab”/);
    await page.close();
  });
});

describe('a site redesign the feed reader cannot read', () => {
  let browser: ExtensionBrowser;
  // The real Bluesky profile feed (28 items), as if Bluesky had moved its profile links: every
  // "/profile/<handle>" link now reads "/u/<handle>", so no item's author can be read.
  const redesigned = fixturePages().map((p) => (p.url === BLUESKY ? { ...p, html: p.html.replaceAll('href="/profile/', 'href="/u/') } : p));
  beforeAll(async () => {
    browser = await launchWithExtension({ pages: redesigned });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const setChipsOff = (off: boolean) =>
    browser.worker.evaluate(async (value) => {
      const { storage } = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
      await storage.local.set({ 'feedChipsHiddenOn.v1': value ? ['bluesky'] : [] });
    }, off);
  // Each item's markup as it is in the page (serialized, never inserted anywhere).
  const feedItems = (page: Page) =>
    page.locator('[data-testid^="feedItem-by-"]').evaluateAll((items) => items.map((item) => new XMLSerializer().serializeToString(item)));

  it('leaves the page untouched, and the popup says feed reading is paused', async () => {
    // The page as it is with the feed reader switched off, to compare with.
    await setChipsOff(true);
    const off = await browser.context.newPage();
    await off.goto(BLUESKY);
    const untouched = await feedItems(off);
    expect(untouched).toHaveLength(28);
    await off.close();
    await setChipsOff(false);

    const page = await browser.context.newPage();
    await page.goto(BLUESKY);
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl(`popup.html?tabId=${await browser.tabIdOf(BLUESKY)}`));
    await popup.getByText('Feed reading is paused on this page: the site changed.').waitFor({ timeout: 15_000 });
    expect(await popup.getByRole('status').filter({ hasText: 'Feed reading is paused' }).count()).toBe(1);
    // No chip, and every feed item is exactly as the site rendered it.
    expect(await page.locator('[data-creator-scout="chip"]').count()).toBe(0);
    expect(await feedItems(page)).toEqual(untouched);
    await popup.close();
    await page.close();
  });
});
