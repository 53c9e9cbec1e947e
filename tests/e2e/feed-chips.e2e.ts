import { describe, expect, it } from 'vitest';
import { launchForSuite } from '../harness/suite.ts';
import { inBadge } from '../harness/badge.ts';
import { launchWithExtension, type ExtensionBrowser } from '../harness/extension.ts';
import { buttonNames, roster } from '../harness/feed.ts';

// In-feed vetting on a real saved page: a twitter.com status page with two replies by other authors
// (tests/fixtures/x/twitter-status-realDonaldTrump-2023-replies). The chips live in closed shadow
// roots, so the test reads them the way assistive technology does (the browser's accessibility
// tree), clicks them with the real mouse and reads the roster from the extension's database.

const PAGE = 'https://twitter.com/realDonaldTrump/status/1222907250383245320?variant=replies';

describe('feed chips on a real X reply thread', () => {
  let browser: ExtensionBrowser;
  launchForSuite(() => launchWithExtension(), (launched) => (browser = launched));

  it('puts a chip beside each author, saves them by key, and records a post once over two visits', async () => {
    const page = await browser.context.newPage();
    await page.goto(PAGE);
    const chips = page.locator('[data-creator-scout="chip"]');
    await expect.poll(() => chips.count(), { timeout: 15_000 }).toBe(3);
    await expect
      .poll(async () => (await buttonNames(page)).filter((n) => n.startsWith('Save ')), { timeout: 10_000 })
      .toEqual([
        'Save Donald J. Trump (@realDonaldTrump) to your Creator Scout shortlist',
        'Save Dr. Jeffrey Guterman (@JeffreyGuterman) to your Creator Scout shortlist',
        'Save Greg Hogben (@MyDaughtersArmy) to your Creator Scout shortlist',
      ]);
    // Each chip sits right after its author's name box, inside that author's tweet.
    const placed = await chips.evaluateAll((hosts) =>
      hosts.map((h) => h.previousElementSibling?.getAttribute('data-testid') + ' ' + h.closest('article')?.querySelector('a[href*="/status/"]')?.getAttribute('href')),
    );
    expect(placed).toEqual([
      'User-Names /realDonaldTrump/status/1222907250383245320',
      'User-Names /JeffreyGuterman/status/1222907314199396352',
      'User-Names /MyDaughtersArmy/status/1222907451726618630',
    ]);

    // Nobody is on the roster yet: the feed's posts wait in the cache, nothing is written.
    expect((await roster(browser)).accounts).toEqual([]);

    // The second chip's "+", reached by keyboard and pressed with a real key (a trusted event), saves
    // that creator, and the chip turns into their stage. (The excerpt has no stylesheet, so the page's
    // unstyled avatars lie over the chips and a mouse click would land on them.)
    await chips.nth(1).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await buttonNames(page)).find((n) => n.startsWith('Dr. Jeffrey Guterman')), { timeout: 10_000 })
      .toMatch(/^Dr\. Jeffrey Guterman is on your roster: Shortlisted, not contacted yet/);
    expect(page.url()).toBe(PAGE); // the key stayed in the chip: the tweet did not open
    let stored = await roster(browser);
    expect(stored.accounts).toEqual(['x:jeffreyguterman']);
    expect(stored.posts.map((p) => [p.id, p.authorAccountIds, p.counts.likes?.value])).toEqual([['x:1222907314199396352', ['x:jeffreyguterman'], 828]]);

    // By keyboard: focus reaches the third chip's button, and Enter saves that creator too.
    await chips.nth(2).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await buttonNames(page)).find((n) => n.startsWith('Greg Hogben')), { timeout: 10_000 })
      .toMatch(/^Greg Hogben is on your roster: Shortlisted/);
    // Its post, seen in the feed before the save, came with it from the cache.
    stored = await roster(browser);
    expect(stored.posts.filter((p) => p.authorAccountIds.includes('x:mydaughtersarmy')).map((p) => p.id)).toEqual(['x:1222907451726618630']);

    // A second visit shows the saved creator's chip as saved, and records its post again only as an update.
    const seenBefore = stored.posts.find((p) => p.authorAccountIds.includes('x:jeffreyguterman'))!.seenAt;
    await page.reload();
    await expect
      .poll(async () => (await buttonNames(page)).find((n) => n.startsWith('Dr. Jeffrey Guterman')), { timeout: 15_000 })
      .toMatch(/is on your roster/);
    // The page's batch of posts reaches the background: the saved creator's post is seen again.
    await expect
      .poll(async () => (await roster(browser)).posts.find((p) => p.authorAccountIds.includes('x:jeffreyguterman'))!.seenAt, { timeout: 10_000 })
      .toBeGreaterThan(seenBefore);
    stored = await roster(browser);
    expect(stored.posts.map((p) => p.id).sort()).toEqual(['x:1222907314199396352', 'x:1222907451726618630']);
    expect(stored.accounts.sort()).toEqual(['x:jeffreyguterman', 'x:mydaughtersarmy']);
    await page.close();
  });

  it('links a roster creator’s post seen in the feed to their approved deliverable, and the campaign shows its 78.6K likes as ≈', async () => {
    const page = await browser.context.newPage();
    await page.goto(PAGE);
    const chips = page.locator('[data-creator-scout="chip"]');
    await expect.poll(() => chips.count(), { timeout: 15_000 }).toBe(3);
    // Save the thread's author from their chip, then give them a campaign with an approved tweet to publish.
    await expect.poll(async () => (await buttonNames(page)).includes('Save Donald J. Trump (@realDonaldTrump) to your Creator Scout shortlist'), { timeout: 10_000 }).toBe(true);
    await chips.nth(0).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await buttonNames(page)).find((n) => n.startsWith('Donald J. Trump')), { timeout: 10_000 }).toMatch(/is on your roster/);
    await browser.worker.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('creator-scout');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['accounts', 'campaigns', 'deliverables'], 'readwrite');
            const account = tx.objectStore('accounts').get('x:realdonaldtrump');
            account.onsuccess = () => {
              const creatorId = (account.result as { creatorId: string }).creatorId;
              const t = Date.now();
              tx.objectStore('campaigns').put({
                id: 'feed-e2e-campaign', name: 'Feed launch', goal: 'engagement', brief: { deliverables: '', hashtags: [], disclosures: '', deadlines: '', dos: '', donts: '' },
                status: 'active', startAt: null, endAt: null, budget: null, currency: 'EUR', landingUrl: '', createdAt: t, updatedAt: t,
                creators: [{ creatorId, fee: 1000, deliverables: [], utm: { source: '', medium: '', campaign: '', content: '' }, promoCode: '',
                  results: { views: null, likes: null, comments: null, clicks: null, signups: null, sales: null, revenue: null }, resultsUpdatedAt: null, addedAt: t }],
              });
              tx.objectStore('deliverables').put({
                id: 'feed-e2e-tweet', creatorId, campaignId: 'feed-e2e-campaign', agreementId: null, type: 'tweet', platform: 'x', count: 1, description: '',
                draftDueAt: null, publishDueAt: null, status: 'approved', rounds: [], postUrl: '', postId: null, publishedAt: null, verifiedAt: null, createdAt: t, updatedAt: t,
              });
            };
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );

    // Seen in the feed again, the chip's card offers to link the post; reached and pressed by keyboard.
    await page.reload();
    const offer = 'Link this post to “Tweet on X” (Feed launch)';
    await expect.poll(async () => (await buttonNames(page)).find((n) => n.startsWith('Donald J. Trump')), { timeout: 15_000 }).toMatch(/is on your roster/);
    await chips.nth(0).focus();
    await expect.poll(async () => (await buttonNames(page)).includes(offer), { timeout: 10_000 }).toBe(true);
    // The other creators have nothing open: no offer on their cards.
    expect((await buttonNames(page)).filter((n) => n.startsWith('Link this post'))).toEqual([offer]);
    const statusText = async () => {
      const cdp = await page.context().newCDPSession(page);
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ role?: { value: string }; name?: { value: string } }> };
      await cdp.detach();
      return nodes.filter((n) => n.role?.value === 'StaticText').map((n) => n.name?.value ?? '');
    };
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect
      .poll(statusText, { timeout: 10_000 })
      .toContain('Linked to “Tweet on X”: published and verified. Its likes are in the results of “Feed launch”.');
    expect(await buttonNames(page)).not.toContain(offer);
    expect(page.url()).toBe(PAGE); // the keys stayed in the chip: the tweet did not open

    // The campaign's results: 78.6K likes as the page showed them, known to the nearest 100.
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html#/campaigns/feed-e2e-campaign'));
    const totals = options.getByRole('region', { name: 'Totals' });
    await totals.getByText(/^≈78\.6K \(approximate: counted from numbers the pages showed rounded, known to the nearest 100\)$/).waitFor();
    expect(await options.getByRole('form', { name: 'Results of Donald J. Trump' }).getByLabel('Likes').inputValue()).toBe('78600');
    await options.close();
    await page.close();
  });

  it('switches the chips off on X from the options page, and back on', async () => {
    const page = await browser.context.newPage();
    await page.goto(PAGE);
    const chips = page.locator('[data-creator-scout="chip"]');
    await expect.poll(() => chips.count(), { timeout: 15_000 }).toBe(3);

    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html#/settings'));
    const group = options.getByRole('group', { name: 'Show chips beside creators in feeds, search results and replies' });
    const xSwitch = group.getByRole('checkbox', { name: 'X' });
    await expect.poll(() => xSwitch.isChecked(), { timeout: 10_000 }).toBe(true);
    // By keyboard, as a user without a mouse would: focus the switch and press Space.
    await xSwitch.focus();
    await options.keyboard.press('Space');
    expect(await xSwitch.isChecked()).toBe(false);
    // The badge's own switch for X is untouched.
    expect(await options.getByRole('group', { name: 'Show the badge on profile pages' }).getByRole('checkbox', { name: 'X' }).isChecked()).toBe(true);

    // The open X tab loses its chips at once, and a new visit shows none.
    await expect.poll(() => chips.count(), { timeout: 10_000 }).toBe(0);
    await page.reload();
    await page.locator('article[data-testid="tweet"]').first().waitFor();
    // The content script runs on the new visit (its world answers, after a storage round trip of its
    // own, queued behind the one that reads the switch), and it put no chips: switching back on below
    // brings them onto this same tab, so it is the switch that kept them away.
    const scriptRuns = () =>
      inBadge(page, async () => {
        await (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<unknown> } } } }).chrome.storage.local.get(null);
        return true;
      }).catch(() => false);
    await expect.poll(scriptRuns, { timeout: 15_000 }).toBe(true);
    await expect.poll(scriptRuns, { timeout: 15_000 }).toBe(true);
    expect(await chips.count()).toBe(0);
    expect((await buttonNames(page)).filter((n) => n.startsWith('Save ') || n.includes('is on your roster'))).toEqual([]);

    // Switched back on, the chips come back on the open tab.
    await xSwitch.focus();
    await options.keyboard.press('Space');
    expect(await xSwitch.isChecked()).toBe(true);
    await expect.poll(() => chips.count(), { timeout: 15_000 }).toBe(3);
    await options.close();
    await page.close();
  });
});

describe('feed chips on real YouTube home grid cards', () => {
  let browser: ExtensionBrowser;
  launchForSuite(() => launchWithExtension(), (launched) => (browser = launched));

  // tests/fixtures/youtube/yt-home-grid-cards-2025: three captured cards, one older (ytd-channel-name)
  // and two newer (yt-lockup-view-model).
  it('puts a chip after each card’s channel name, and saves a channel from its chip by key', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.youtube.com/');
    const chips = page.locator('[data-creator-scout="chip"]');
    await expect.poll(() => chips.count(), { timeout: 15_000 }).toBe(3);
    await expect
      // (Sorted: the accessibility tree lists the chip inside the older card's unstyled markup last.)
      .poll(async () => (await buttonNames(page)).filter((n) => n.startsWith('Save ')).sort(), { timeout: 10_000 })
      .toEqual([
        'Save Die Maus (@diemaus) to your Creator Scout shortlist',
        'Save PC Security Channel (@pcsecuritychannel) to your Creator Scout shortlist',
        'Save TechLinked (@techlinked) to your Creator Scout shortlist',
      ]);
    const placed = await chips.evaluateAll((hosts) =>
      hosts.map((h) => `${h.previousElementSibling?.tagName.toLowerCase()} ${h.closest('ytd-rich-item-renderer')?.querySelector('a[href^="/watch"]')?.getAttribute('href')}`),
    );
    expect(placed).toEqual(['ytd-channel-name /watch?v=EKPdg-aZ468', 'a /watch?v=PlWHeR6k_VY', 'a /watch?v=lJnQChnv1T4']);

    await chips.nth(2).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await buttonNames(page)).find((n) => n.startsWith('Die Maus')), { timeout: 10_000 })
      .toMatch(/^Die Maus is on your roster: Shortlisted/);
    expect(page.url()).toBe('https://www.youtube.com/');
    const stored = await roster(browser);
    expect(stored.accounts).toEqual(['youtube:diemaus']);
    // The card's video came with the save: 49M views as the card showed them (to the nearest million).
    expect(stored.posts.map((p) => [p.id, p.authorAccountIds, p.counts.views?.value])).toEqual([['youtube:lJnQChnv1T4', ['youtube:diemaus'], 49_000_000]]);
    await page.close();
  });
});
