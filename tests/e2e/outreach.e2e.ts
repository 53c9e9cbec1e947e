import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VARIABLES, placeholder } from '@/utils/templates/variables';
import { launchWithExtension, type ExtensionBrowser } from '../harness/extension.ts';

// Outreach and agreements in a real Chromium, with a creator saved from a page whose name and bio
// are hostile markup: a template preview fills every variable from that real saved creator and
// warns about the empty ones; an agreement produces its document with every field and puts its
// due dates on the reminders; and the page's text never becomes markup anywhere.

const PROFILE_URL = 'https://www.instagram.com/willyrex/';
const HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">Willy';
const HOSTILE_BIO = '<script>window.__pwned=2</script><b>Gamer</b> from Madrid';
const attr = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Willyrex's profile as a logged-out visitor gets it, but with a name and bio that are markup. */
const PROFILE_HTML = `<!doctype html><html lang="en"><head>
<meta property="og:title" content="${attr(HOSTILE_NAME)} (@willyrex) • Instagram photos and videos">
<meta property="og:description" content="18,400,000 Followers, 612 Following, 1,870 Posts - See Instagram photos and videos from Willy (@willyrex)">
<meta name="description" content="${attr(`18,400,000 Followers, 612 Following, 1,870 Posts - Willy (@willyrex) on Instagram: "${HOSTILE_BIO}"`)}">
</head><body><main>Profile</main></body></html>`;

async function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

describe('outreach and agreements', () => {
  let browser: ExtensionBrowser;
  let creatorId = '';

  beforeAll(async () => {
    browser = await launchWithExtension();
    await browser.context.route(PROFILE_URL, (route) => route.fulfill({ contentType: 'text/html', body: PROFILE_HTML }));

    // Save Willy from the popup, then open one of his posts (a real saved page): it is kept for him.
    const profile = await browser.context.newPage();
    await profile.goto(PROFILE_URL);
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl(`popup.html?tabId=${await browser.tabIdOf(PROFILE_URL)}`));
    await popup.locator('article[data-scored="true"]').waitFor();
    await popup.keyboard.press('Enter');
    await popup.getByText('Saved to your shortlist.').waitFor();
    await popup.close();
    await profile.goto('https://www.instagram.com/p/CPeC-Eenc8l/');

    const roster = await browser.context.newPage();
    await roster.goto(browser.extensionUrl('options.html#/roster'));
    const link = roster.getByRole('link', { name: HOSTILE_NAME });
    await link.waitFor();
    creatorId = decodeURIComponent((await link.getAttribute('href'))!.replace('#/creator/', ''));
    expect(await roster.locator('img[src="x"]').count()).toBe(0);
    await roster.close();
    // The post is kept for him in the background; wait until his page shows its likes.
    const deadline = Date.now() + 15_000;
    let text = '';
    while (!text.includes('298K') && Date.now() < deadline) {
      const page = await browser.context.newPage();
      await page.goto(browser.extensionUrl(`options.html#/creator/${encodeURIComponent(creatorId)}`));
      await page.getByRole('heading', { level: 2, name: HOSTILE_NAME }).waitFor();
      text = await page.locator('main').innerText();
      await page.close();
    }
    expect(text).toContain('298K');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('fills every variable of a template from the saved creator, and warns about the empty ones', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('options.html#/templates'));
    await page.getByRole('heading', { name: 'Outreach templates' }).waitFor();

    // The sender's own details, once.
    await page.getByLabel('Your name', { exact: true }).fill('Sam Rivera');
    await page.getByLabel('Your email', { exact: true }).fill('sam@northwind.example');
    await page.getByLabel('Your job title', { exact: true }).fill('Partnerships lead');
    await page.getByLabel('Brand name', { exact: true }).fill('Northwind');
    await page.getByLabel('Brand website', { exact: true }).fill('northwind.example');
    await page.getByLabel('Brand website', { exact: true }).press('Enter');

    // A message that uses every variable there is.
    const body = VARIABLES.map((v) => `${v.name}=${placeholder(v.name)}`).join('\n');
    await page.getByLabel('Message', { exact: true }).fill(body);
    await page.getByLabel('Preview for', { exact: true }).fill('willy');
    await page.getByRole('list', { name: /Creators matching/ }).getByRole('button').first().click();

    const message = page.getByRole('figure', { name: `Message to ${HOSTILE_NAME}` });
    await message.waitFor();
    const text = await message.innerText();
    const filled = Object.fromEntries(text.split('\n').flatMap((line) => (line.includes('=') ? [[line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]] : [])));
    expect(filled).toMatchObject({
      'creator.name': HOSTILE_NAME,
      'account.handle': '@willyrex',
      'account.platform': 'Instagram',
      'account.followers': '18,400,000',
      'account.profileUrl': PROFILE_URL,
      'post.url': 'https://www.instagram.com/p/CPeC-Eenc8l/',
      'post.likes': '298K',
      'brand.name': 'Northwind',
      'brand.website': 'northwind.example',
      'sender.name': 'Sam Rivera',
      'sender.email': 'sam@northwind.example',
      'sender.title': 'Partnerships lead',
    });
    expect(filled['post.caption']!.length).toBeGreaterThan(10);
    expect(filled['post.date']).toMatch(/2021/);
    // What this creator has nothing for is named, with what to do.
    const warnings = await page.getByRole('group', { name: 'Check before sending' }).innerText();
    for (const empty of ['creator.email', 'creator.location', 'campaign.name', 'results.roi']) expect(warnings).toContain(placeholder(empty));
    expect(warnings).not.toContain(placeholder('account.handle'));
    // The creator's name is shown as the text it is.
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await pwned(page)).toBeUndefined();
    await page.close();
  });

  it('turns an agreement into a document with every field, and its dates into reminders', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl(`options.html#/agreements/new?creator=${encodeURIComponent(creatorId)}`));
    await page.getByLabel('Title', { exact: true }).fill('Spring launch <script>window.__pwned=3</script>');
    await page.getByLabel('Start date', { exact: true }).fill('2027-03-01');
    await page.getByRole('button', { name: 'Add a deliverable' }).click();
    const deliverable = page.getByRole('group', { name: 'Deliverable 1' });
    await deliverable.getByLabel('Type', { exact: true }).selectOption('reel');
    await deliverable.getByLabel('Platform', { exact: true }).selectOption('instagram');
    await deliverable.getByLabel('Count', { exact: true }).fill('2');
    await deliverable.getByLabel('Due date', { exact: true }).fill('2027-03-15');
    await deliverable.getByLabel('Notes', { exact: true }).fill('Show the app <img src=x onerror="window.__pwned=4">');
    await page.getByLabel('Fee', { exact: true }).fill('1200');
    // The fee starts in the browser's own currency (en-US here); this brand pays in euros.
    expect(await page.getByLabel('Currency', { exact: true }).inputValue()).toBe('USD');
    await page.getByLabel('Currency', { exact: true }).selectOption('EUR');
    await page.getByRole('button', { name: 'Add a payment' }).click();
    const payment = page.getByRole('group', { name: 'Payment 1' });
    await payment.getByLabel('Description', { exact: true }).fill('On publication');
    await payment.getByLabel('Amount', { exact: true }).fill('1200');
    await payment.getByLabel('Due date', { exact: true }).fill('2027-03-31');
    await page.getByLabel('Payment terms', { exact: true }).fill('Net 15 after publication');
    await page.getByLabel('Paid ads', { exact: true }).check();
    await page.getByLabel('Usage duration', { exact: true }).fill('6');
    await page.getByLabel('Usage duration unit', { exact: true }).selectOption('months');
    await page.getByLabel('Paid-ad whitelisting window (days)', { exact: true }).fill('30');
    await page.getByLabel('Category', { exact: true }).fill('Travel apps');
    await page.getByLabel('Exclusivity (days)', { exact: true }).fill('60');
    await page.getByLabel('Approval rounds', { exact: true }).fill('2');
    await page.getByRole('button', { name: 'Use the suggested clause' }).click();
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Saved. Its dates are on your reminders.').waitFor();
    const agreementId = /#\/agreements\/([^/?]+)/.exec(page.url())![1]!;

    await page.goto(browser.extensionUrl(`options.html#/agreements/${agreementId}/document`));
    const doc = page.getByRole('document', { name: /^Document: / }).or(page.locator('.agreement-doc'));
    await doc.first().waitFor();
    const text = await doc.first().innerText();
    for (const expected of [
      'Spring launch <script>window.__pwned=3</script>',
      HOSTILE_NAME,
      'Northwind',
      'Sam Rivera',
      'Reel',
      'Instagram',
      'Show the app <img src=x onerror="window.__pwned=4">',
      '€1,200.00',
      'On publication\t€1,200.00\tMar 31, 2027\tNot yet',
      'Net 15 after publication',
      'Organic social, Paid ads',
      '6 months from the start date, until Sep 1, 2027',
      '30 days from the start date, until Mar 31, 2027',
      'For 60 days from the start date, the creator will not promote competing brands in this category: Travel apps.',
      'Disclose the partnership',
      'up to 2 rounds of changes',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).count()).toBe(1);
    expect(await page.locator('main img[src="x"], main script').count()).toBe(0);
    expect(await pwned(page)).toBeUndefined();

    // Every date of the agreement is a reminder.
    await page.goto(browser.extensionUrl('options.html#/reminders'));
    const upcoming = page.getByRole('region', { name: /^Upcoming/ });
    await upcoming.waitFor();
    const reminders = await upcoming.innerText();
    expect(reminders).toMatch(/Reel.*Mar 15, 2027/s);
    expect(reminders).toMatch(/On publication.*Mar 31, 2027/s);
    expect(reminders).toMatch(/usage rights/i);
    expect(reminders).toMatch(/whitelisting/i);
    await page.close();
  });
});
