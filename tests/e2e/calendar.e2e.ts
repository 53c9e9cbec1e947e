import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../harness/extension.ts';

// The content calendar in a real Chromium, through the UI: an agreement with two deliverables shows
// both; a draft round with changes requested creates the reminder for the changed draft; moving a
// deliverable by keyboard moves its due date and its reminder; the .ics export parses with an
// independent parser (ical.js).

const work = mkdtempSync(path.join(os.tmpdir(), 'calendar-e2e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const CREATOR = { id: 'calendar-e2e-ana', displayName: 'Ana Calendar' };
const pad = (n: number) => String(n).padStart(2, '0');
const inputDate = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
// Both deliverables in next month, so "Next month" shows them whatever today is.
const now = new Date();
const REEL_DAY = new Date(now.getFullYear(), now.getMonth() + 1, 10);
const STORY_DAY = new Date(now.getFullYear(), now.getMonth() + 1, 14);
const STORY_MOVED = new Date(now.getFullYear(), now.getMonth() + 1, 15);

/** Records straight from the extension's database, as the options page stores them. */
function readTable<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('creator-scout');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = await new Promise<unknown[]>((resolve) => {
      const get = db.transaction(name).objectStore(name).getAll();
      get.onsuccess = () => resolve(get.result as unknown[]);
    });
    db.close();
    return all as never;
  }, table);
}

describe('content calendar', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    // The roster opens the database at its current version; the creator is put in as a saved one would be.
    await page.goto(browser.extensionUrl('options.html#/roster'));
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await page.evaluate(async (c) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('creator-scout');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const t = Date.now();
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['creators', 'accounts', 'campaigns'], 'readwrite');
        tx.objectStore('creators').put({
          ...c, status: 'contracted', toVet: false, tags: [], strengths: [], contact: { email: '', other: '' }, location: '', language: '', ambassador: false,
          notes: '', lastContactedAt: null, keepInTouchDays: null, createdAt: t, updatedAt: t,
        });
        // Their Instagram account: the author of the real saved post page below.
        tx.objectStore('accounts').put({
          id: 'instagram:willyrex', creatorId: c.id, platform: 'instagram', handle: 'willyrex', url: 'https://www.instagram.com/willyrex/', displayName: 'Willyrex', bio: '',
          verified: null, followers: null, following: null, posts: null, engagementRate: null, engagementMethod: null, fitScore: null, scoredAt: null, firstSeenAt: t, lastSeenAt: t,
        });
        tx.objectStore('campaigns').put({
          id: 'calendar-e2e-campaign', name: 'Autumn campaign', goal: 'engagement', brief: { deliverables: '', hashtags: [], disclosures: '', deadlines: '', dos: '', donts: '' },
          status: 'active', startAt: null, endAt: null, budget: null, currency: 'EUR', landingUrl: '', createdAt: t, updatedAt: t,
          creators: [{ creatorId: c.id, fee: 800, deliverables: [], utm: { source: '', medium: '', campaign: '', content: '' }, promoCode: '',
            results: { views: null, likes: null, comments: null, clicks: null, signups: null, sales: null, revenue: null }, resultsUpdatedAt: null, addedAt: t }],
        });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, CREATOR);

    // An agreement with two deliverables and one round of changes, made in the agreement builder.
    await page.goto(browser.extensionUrl(`options.html#/agreements/new?creator=${CREATOR.id}`));
    await page.getByLabel('Title', { exact: true }).fill('Autumn launch');
    await page.getByLabel('Campaign', { exact: true }).selectOption({ label: 'Autumn campaign' });
    for (const [i, type, day] of [[1, 'reel', REEL_DAY], [2, 'story', STORY_DAY]] as const) {
      await page.getByRole('button', { name: 'Add a deliverable' }).click();
      const row = page.getByRole('group', { name: `Deliverable ${i}` });
      await row.getByLabel('Type', { exact: true }).selectOption(type);
      await row.getByLabel('Platform', { exact: true }).selectOption('instagram');
      await row.getByLabel('Due date', { exact: true }).fill(inputDate(day));
    }
    await page.getByLabel('Approval rounds', { exact: true }).fill('1');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Saved. Its dates are on your reminders.').waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function openNextMonth() {
    // A fresh load: the calendar opens on this month's grid.
    await page.goto('about:blank');
    await page.goto(browser.extensionUrl('options.html#/calendar'));
    await page.getByRole('heading', { name: 'Content calendar' }).waitFor();
    await page.getByRole('button', { name: 'Next month' }).click();
  }

  const cell = (day: Date) => page.locator(`td[data-day="${day.getTime()}"]`);

  it('shows both deliverables of the agreement on their days', async () => {
    await openNextMonth();
    await cell(REEL_DAY).getByRole('button', { name: /Deliverable due: Reel on Instagram — Ana Calendar \(Brief sent\)/ }).waitFor();
    await cell(STORY_DAY).getByRole('button', { name: /Deliverable due: Story on Instagram — Ana Calendar/ }).waitFor();
    // The agenda lists them too.
    await page.getByRole('button', { name: 'Agenda', exact: true }).click();
    expect(await page.getByRole('button', { name: /Reel on Instagram — Ana Calendar/ }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /Story on Instagram — Ana Calendar/ }).count()).toBe(1);
  });

  it('a draft round with changes requested creates the reminder for the changed draft; the round limit is enforced', async () => {
    await openNextMonth();
    await cell(REEL_DAY).getByRole('button', { name: /Reel on Instagram/ }).click();
    const panel = page.getByRole('region', { name: 'Reel on Instagram' });
    await expect.poll(() => panel.getByText('0 of 1 round of changes used').count()).toBe(1);
    await panel.getByLabel('Draft link').fill('https://drive.example.com/reel-v1');
    await panel.getByRole('button', { name: 'Record draft 1' }).click();
    await panel.getByText('Draft 1 recorded.').waitFor();
    await panel.getByLabel('Changes to ask for').fill('Show the price in the first three seconds');
    const resubmit = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 4);
    await panel.getByLabel('Changed draft due').fill(inputDate(resubmit));
    await panel.getByRole('button', { name: 'Request changes' }).click();
    await panel.getByText('Changes requested: a reminder is set for the changed draft.').waitFor();

    const reminders = await readTable<{ title: string; dueAt: number; status: string; notes: string }>(page, 'reminders');
    const changed = reminders.find((r) => r.title === 'Changed draft of Reel on Instagram due from Ana Calendar (round 2)');
    expect(changed).toMatchObject({ status: 'pending', dueAt: new Date(resubmit.getFullYear(), resubmit.getMonth(), resubmit.getDate(), 10).getTime(), notes: 'Changes asked for: Show the price in the first three seconds' });
    // It is on the reminders page, and the request is on the creator's timeline.
    await page.goto(browser.extensionUrl('options.html#/reminders'));
    await page.getByText('Changed draft of Reel on Instagram due from Ana Calendar (round 2)').waitFor();
    await page.goto(browser.extensionUrl(`options.html#/creator/${CREATOR.id}`));
    await page.getByText('Changes requested on draft 1 of Reel on Instagram: Show the price in the first three seconds').waitFor();

    // The second draft: the one round of changes is used, so asking again is refused with the reason.
    await openNextMonth();
    await cell(REEL_DAY).getByRole('button', { name: /Reel on Instagram/ }).click();
    await panel.getByLabel('Draft notes').fill('Sent by email, price up front');
    await panel.getByRole('button', { name: 'Record draft 2' }).click();
    await panel.getByText('Draft 2 recorded.').waitFor();
    await panel.getByText(/The agreement allows 1 round of changes and it has been used/).first().waitFor();
    await panel.getByLabel('Changes to ask for').fill('One more thing');
    await panel.getByRole('button', { name: 'Request changes' }).click();
    await panel.getByRole('alert').getByText(/The agreement allows 1 round of changes and it has been used/).waitFor();
    await panel.getByRole('button', { name: 'Approve draft 2' }).click();
    await panel.getByText('Draft 2 approved.').waitFor();
    await cell(REEL_DAY).getByRole('button', { name: /Reel on Instagram — Ana Calendar \(Approved\)/ }).waitFor();
  });

  it('seeing the approved reel published on a real saved post page links it and fills the campaign results', async () => {
    const POST_URL = 'https://www.instagram.com/p/CPeC-Eenc8l/';
    const post = await browser.context.newPage();
    await post.goto(POST_URL);
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl(`popup.html?tabId=${await browser.tabIdOf(POST_URL)}`));
    const offer = popup.getByRole('region', { name: 'Is this post one of their deliverables?' });
    // The approved reel is offered first.
    await offer.getByLabel('Deliverable').waitFor();
    expect(await offer.getByLabel('Deliverable').locator('option:checked').textContent()).toBe('Reel on Instagram — Autumn campaign (Approved)');
    await offer.getByRole('button', { name: 'Link this post' }).click();
    await popup.getByRole('status').getByText('Linked to “Reel on Instagram”: published and verified. Its likes, comments are in the results of “Autumn campaign”.').waitFor();
    await popup.close();
    await post.close();

    // The saved page shows 298K likes (to the nearest thousand) and 553 comments; Instagram shows no views.
    const campaigns = await readTable<{ id: string; creators: Array<{ results: Record<string, number | null>; resultsPrecision?: Record<string, number> }> }>(page, 'campaigns');
    const member = campaigns.find((k) => k.id === 'calendar-e2e-campaign')!.creators[0]!;
    expect(member.results).toMatchObject({ likes: 298_000, comments: 553, views: null });
    // "298K" is known to the nearest thousand, and stays so.
    expect(member.resultsPrecision).toEqual({ likes: 1000 });

    // The campaign's page and its report say so: engagements = 298K + 553 is ≈299K.
    const campaignPage = await browser.context.newPage();
    await campaignPage.goto(browser.extensionUrl('options.html#/campaigns/calendar-e2e-campaign'));
    const totals = campaignPage.getByRole('region', { name: 'Totals' });
    await totals.getByText(/^≈299K \(approximate: counted from numbers the pages showed rounded, known to the nearest 1,000\)$/).waitFor();
    const likes = campaignPage.getByRole('form', { name: 'Results of Ana Calendar' }).getByLabel('Likes');
    expect(await likes.inputValue()).toBe('298000');
    expect(await likes.getAttribute('aria-describedby')).toBeTruthy();
    await campaignPage.getByText('≈298K: the page showed it rounded, so it is known to the nearest 1,000.', { exact: false }).waitFor();
    await campaignPage.getByRole('link', { name: 'Results report' }).click();
    const row = campaignPage.getByRole('row', { name: /^Ana Calendar/ });
    await row.waitFor();
    const cells = (await row.getByRole('cell').allTextContents()).map((t) => t.replace(/ \(approximate[^)]*\)/, ''));
    // Fee, views, likes, comments, clicks, sign-ups, sales, revenue, engagements…
    expect(cells.slice(0, 4)).toEqual(['€800.00', '—', '≈298K', '553']);
    expect(cells[8]).toBe('≈299K');
    await campaignPage.close();
    const deliverables = await readTable<{ type: string; status: string; postUrl: string; postId: string }>(page, 'deliverables');
    expect(deliverables.find((d) => d.type === 'reel')).toMatchObject({ status: 'verified', postUrl: POST_URL, postId: 'instagram:CPeC-Eenc8l' });
    await openNextMonth();
    await cell(REEL_DAY).getByRole('button', { name: /Reel on Instagram — Ana Calendar \(Verified\)/ }).waitFor();
  });

  it('moving a deliverable by keyboard moves its due date and its reminder', async () => {
    await openNextMonth();
    const story = cell(STORY_DAY).getByRole('button', { name: /Story on Instagram/ });
    await story.focus();
    await page.keyboard.press('Alt+ArrowRight');
    await page.getByRole('status').getByText(/^Moved Story on Instagram for Ana Calendar to .*Its reminder moved too\.$/).waitFor();
    const moved = cell(STORY_MOVED).getByRole('button', { name: /Story on Instagram/ });
    await moved.waitFor();
    // Focus follows the deliverable to its new day.
    expect(await moved.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await cell(STORY_DAY).getByRole('button', { name: /Story on Instagram/ }).count()).toBe(0);

    const deliverables = await readTable<{ type: string; publishDueAt: number }>(page, 'deliverables');
    expect(deliverables.find((d) => d.type === 'story')!.publishDueAt).toBe(STORY_MOVED.getTime());
    const reminders = await readTable<{ title: string; dueAt: number; status: string }>(page, 'reminders');
    const storyReminders = reminders.filter((r) => r.title === 'Story on Instagram due for Ana Calendar — Autumn launch' && r.status === 'pending');
    expect(storyReminders.map((r) => r.dueAt)).toEqual([new Date(STORY_MOVED.getFullYear(), STORY_MOVED.getMonth(), STORY_MOVED.getDate(), 10).getTime()]);
    // The agreement's own line moved too.
    const agreements = await readTable<{ terms: { deliverables: Array<{ type: string; dueAt: number }> } }>(page, 'agreements');
    expect(agreements[0]!.terms.deliverables.find((l) => l.type === 'story')!.dueAt).toBe(STORY_MOVED.getTime());
  });

  it('dragging a deliverable to another day moves its due date', async () => {
    await openNextMonth();
    const STORY_DRAGGED = new Date(now.getFullYear(), now.getMonth() + 1, 13);
    await cell(STORY_MOVED).getByRole('button', { name: /Story on Instagram/ }).dragTo(cell(STORY_DRAGGED));
    await cell(STORY_DRAGGED).getByRole('button', { name: /Story on Instagram/ }).waitFor();
    const deliverables = await readTable<{ type: string; publishDueAt: number }>(page, 'deliverables');
    expect(deliverables.find((d) => d.type === 'story')!.publishDueAt).toBe(STORY_DRAGGED.getTime());
    // Back where the keyboard put it, for the export below.
    await cell(STORY_DRAGGED).getByRole('button', { name: /Story on Instagram/ }).dragTo(cell(STORY_MOVED));
    await cell(STORY_MOVED).getByRole('button', { name: /Story on Instagram/ }).waitFor();
  });

  it('exports an .ics file that an independent parser reads, with both deliverables on their days', async () => {
    await openNextMonth();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export .ics' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^creator-scout-calendar-\d{4}-\d{2}-\d{2}\.ics$/);
    const file = path.join(work, 'calendar.ics');
    await download.saveAs(file);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const day = (e: ICAL.Event) => [e.startDate.year, e.startDate.month, e.startDate.day];
    const reel = events.find((e) => e.summary === 'Reel on Instagram — Ana Calendar')!;
    const story = events.find((e) => e.summary === 'Story on Instagram — Ana Calendar')!;
    expect(day(reel)).toEqual([REEL_DAY.getFullYear(), REEL_DAY.getMonth() + 1, REEL_DAY.getDate()]);
    expect(day(story)).toEqual([STORY_MOVED.getFullYear(), STORY_MOVED.getMonth() + 1, STORY_MOVED.getDate()]);
    expect(reel.startDate.isDate).toBe(true);
  });
});
