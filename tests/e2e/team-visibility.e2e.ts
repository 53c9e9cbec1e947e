import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser as extensionApi } from 'wxt/browser';
import { launchWithExtension, type ExtensionBrowser } from '../harness/extension.ts';

// "Seen by the team" in a real Chromium with the built extension. The user is a team member the way
// joining a team leaves them: the team's settings in extension storage (`team.v1`, whose user name is
// read in one place, utils/browser/team-member.ts, and applied to every context's database at
// start-up). The server is not running here (its sync is tested in team-sync.e2e.ts): the screens
// read the local roster. Maya
// saves a creator from a real saved Instagram page: the popup says she owns them, the roster lists
// and filters by owner, the creator page hands them to Sam, and a reminder is assigned to Sam. A
// user in no team sees none of it.

const PROFILE_URL = 'https://www.instagram.com/pluto__travel/';

function setTeamMember(browser: ExtensionBrowser, name: string | null): Promise<void> {
  return browser.worker.evaluate(async (member) => {
    const { storage } = (globalThis as unknown as { chrome: typeof extensionApi }).chrome;
    if (member === null) await storage.local.remove('team.v1');
    else await storage.local.set({ 'team.v1': { url: 'http://127.0.0.1:9', db: 'acme-team', user: member, password: 'secret', role: 'editor', joinedAt: Date.now() } });
  }, name);
}

/** Open the popup on the profile tab and wait for its scores (the roster state comes with them). */
async function popupOnProfile(browser: ExtensionBrowser): Promise<Page> {
  const tabId = await browser.tabIdOf(PROFILE_URL);
  const popup = await browser.context.newPage();
  await popup.goto(browser.extensionUrl(`popup.html?tabId=${tabId}`));
  await popup.locator('article[data-scored="true"]').waitFor();
  return popup;
}

async function saveFromPopup(browser: ExtensionBrowser): Promise<Page> {
  const profile = await browser.context.newPage();
  await profile.goto(PROFILE_URL, { waitUntil: 'load' });
  const popup = await popupOnProfile(browser);
  await popup.getByRole('button', { name: 'Save to shortlist' }).click();
  await popup.getByText('Saved to your shortlist.').waitFor();
  return popup;
}

describe('a team member sees who owns and contacts creators', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    await setTeamMember(browser, 'maya');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('owns the creator they save: the popup says so', async () => {
    const popup = await saveFromPopup(browser);
    await popup.reload();
    await popup.locator('article[data-scored="true"]').waitFor();
    const team = popup.getByRole('list', { name: 'Your team' });
    await expect.poll(() => team.innerText()).toContain('Owner: maya (you)');
    await popup.close();
  });

  it('lists and filters the roster by owner', async () => {
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    const row = options.getByRole('row', { name: /Pluto/ });
    await row.waitFor();
    await expect.poll(() => options.getByRole('columnheader', { name: /Owner/ }).count()).toBe(1);
    expect(await row.innerText()).toContain('maya');
    await options.getByRole('button', { name: /^Filters/ }).click();
    const owner = options.getByLabel('Owner', { exact: true });
    await owner.selectOption({ label: 'Mine' });
    await expect.poll(() => options.getByTestId('roster-count').innerText()).toBe('Showing 1 of 1 creators');
    await owner.selectOption({ label: 'Unowned' });
    await expect.poll(() => options.getByTestId('roster-count').innerText()).toBe('Showing 0 of 1 creators');
    await options.getByText('No creator matches this search and these filters.').waitFor();

    // Hand Pluto to Sam on the creator page; the roster's owner filter now knows Sam.
    await owner.selectOption({ label: 'Mine' });
    await options.getByRole('link', { name: 'Pluto' }).click();
    const field = options.getByLabel('Owner', { exact: true });
    await expect.poll(() => field.inputValue()).toBe('maya');
    await field.fill('sam');
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await options.getByRole('status').getByText('Saved').waitFor();
    await options.goBack();
    await options.getByRole('button', { name: /^Filters/ }).click();
    await options.getByLabel('Owner', { exact: true }).selectOption({ label: 'sam' });
    await expect.poll(() => options.getByTestId('roster-count').innerText()).toBe('Showing 1 of 1 creators');
    await options.close();

    // The popup follows: Sam owns Pluto now.
    const popup = await popupOnProfile(browser);
    await expect.poll(() => popup.getByRole('list', { name: 'Your team' }).innerText()).toContain('Owner: sam');
    await popup.close();
  });

  it('assigns a reminder to a teammate and sees it in the list', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('options.html#/reminders'));
    const form = page.getByRole('form', { name: 'New reminder' });
    await form.getByLabel('Title').fill('Send Pluto the brief');
    await form.getByLabel('Assign to').selectOption({ label: 'sam' });
    expect(await form.getByLabel('Visible to').inputValue()).toBe('team');
    await form.getByRole('button', { name: 'Add reminder' }).click();
    await form.getByText('Reminder “Send Pluto the brief” set for sam for').waitFor();
    const item = page.getByRole('listitem').filter({ hasText: 'Send Pluto the brief' });
    await expect.poll(() => item.innerText()).toContain('Team · for sam');
    // Not Maya's: "Assigned to me" hides it.
    await page.getByRole('checkbox', { name: 'Assigned to me' }).check();
    await expect.poll(() => item.count()).toBe(0);
    await page.close();
  });
});

describe('a user in no team', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sees nothing team-related in the popup, the roster, the creator page or the reminders', async () => {
    const popup = await saveFromPopup(browser);
    await popup.reload();
    await popup.getByText('Saved · Shortlisted').waitFor();
    await popup.locator('article[data-scored="true"]').waitFor();
    expect(await popup.getByRole('list', { name: 'Your team' }).count()).toBe(0);
    expect(await popup.getByText(/Owner/).count()).toBe(0);

    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    await options.getByRole('row', { name: /Pluto/ }).waitFor();
    expect(await options.getByRole('columnheader', { name: /Owner/ }).count()).toBe(0);
    await options.getByRole('button', { name: /^Filters/ }).click();
    expect(await options.getByLabel('Owner', { exact: true }).count()).toBe(0);
    await options.getByRole('link', { name: 'Pluto' }).click();
    await options.getByLabel('Display name').waitFor();
    expect(await options.getByLabel('Owner', { exact: true }).count()).toBe(0);

    await options.goto(browser.extensionUrl('options.html#/reminders'));
    const form = options.getByRole('form', { name: 'New reminder' });
    await form.getByLabel('Title').waitFor();
    expect(await form.getByLabel('Assign to').count()).toBe(0);
    expect(await form.getByLabel('Visible to').count()).toBe(0);
    expect(await options.getByRole('checkbox', { name: 'Assigned to me' }).count()).toBe(0);
  });
});
