import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { installTeamRules } from '@/storage/sync/team-setup';
import { teamRole, VIEWER_REFUSAL } from '@/utils/sync/security';
import { startCouchServer, type CouchServer } from '../harness/couch-server.ts';
import type { ExtensionBrowser } from '../harness/extension.ts';
import { teamProfile, type TeamProfile } from '../harness/team-profile.ts';

// A team of three shares one roster through a CouchDB-compatible server (pouchdb-server, the test
// stand-in), each in their own Chromium profile with the built extension: Ann saves a creator from a
// real saved Instagram page and Ben sees it; both edit it while the server is down and both end with
// both edits; Vic (a viewer) is refused with the sentence and keeps his edit; Ben's browser restarts
// and keeps everything; Ann's deletion reaches Ben. Outcomes are polled with generous limits (a busy
// machine is slow; nothing here measures time).

const DB = 'acme-scouting';
const ann = { name: 'ann', password: 'ann-secret', roles: [teamRole(DB, 'editor')] };
const ben = { name: 'ben', password: 'ben-secret', roles: [teamRole(DB, 'editor')] };
const vic = { name: 'vic', password: 'vic-secret', roles: [teamRole(DB, 'viewer')] };
const PROFILE_URL = 'https://www.instagram.com/pluto__travel/';
const LONG = 180_000;

let server: CouchServer;
let a: TeamProfile;
let b: TeamProfile;
let v: TeamProfile;
let creatorId = '';

async function joinTeam(browser: ExtensionBrowser, user: { name: string; password: string }): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('options.html#/team'));
  await page.getByLabel('Server address').fill(server.url);
  await page.getByLabel('Team database').fill(DB);
  await page.getByLabel('User name').fill(user.name);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Join the team' }).click();
  await page.getByText(`You joined the team “${DB}”.`).waitFor({ timeout: 60_000 });
  return page;
}

/** The team page's status line (the options page shows it in the header too). */
function statusOf(page: Page) {
  return page.locator('.team-page__status');
}

async function openCreator(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl(`options.html#/creator/${encodeURIComponent(creatorId)}`));
  await page.locator('form.creator-form').waitFor({ timeout: 60_000 });
  return page;
}

async function fieldsOf(page: Page) {
  await page.reload();
  const form = page.locator('form.creator-form');
  await form.waitFor({ timeout: 60_000 });
  return {
    notes: await form.getByLabel('Notes').inputValue(),
    stage: await form.getByLabel('Pipeline stage').inputValue(),
    tags: (await form.getByLabel('Tags').inputValue()).split(',').map((t) => t.trim()).filter(Boolean).sort(),
  };
}

async function editCreator(page: Page, change: { notes?: string; stage?: string; tags?: string }) {
  const form = page.locator('form.creator-form');
  if (change.notes !== undefined) await form.getByLabel('Notes').fill(change.notes);
  if (change.stage !== undefined) await form.getByLabel('Pipeline stage').selectOption(change.stage);
  if (change.tags !== undefined) await form.getByLabel('Tags').fill(change.tags);
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Saved', { exact: true }).first().waitFor({ timeout: 30_000 });
}

/** "Sync now" on each team page: what a user in a hurry presses (the alarm would do it within a minute). */
async function syncNow(...pages: Page[]) {
  for (const page of pages) await page.getByRole('button', { name: 'Sync now' }).click();
}

describe('team sync in two real browsers', () => {
  let teamA: Page;
  let teamB: Page;

  beforeAll(async () => {
    server = await startCouchServer({ databases: [DB], users: [ann, ben, vic] });
    await installTeamRules(DB, (path, init) => server.request(`/${DB}/${path}`, { ...init, as: server.admin }));
    a = await teamProfile(server.url);
    b = await teamProfile(server.url);
  }, LONG);
  afterAll(async () => {
    await a?.dispose();
    await b?.dispose();
    await v?.dispose();
    await server?.dispose();
  }, 60_000);

  it('both join; A saves a creator from a real page and B sees it in the roster', { timeout: LONG * 2 }, async () => {
    teamA = await joinTeam(a.browser, ann);
    teamB = await joinTeam(b.browser, ben);
    await statusOf(teamA).getByText('Team: synced.').waitFor({ timeout: LONG });
    await statusOf(teamB).getByText('Team: synced.').waitFor({ timeout: LONG });
    expect(await teamA.getByText(`You are in the team ${DB} on ${server.url} as ann (editor).`).count()).toBe(1);

    const profile = await a.browser.context.newPage();
    await profile.goto(PROFILE_URL, { waitUntil: 'load' });
    const tabId = await a.browser.tabIdOf(PROFILE_URL);
    const popup = await a.browser.context.newPage();
    await popup.goto(a.browser.extensionUrl(`popup.html?tabId=${tabId}`));
    await popup.getByRole('button', { name: 'Save to shortlist' }).click();
    await popup.getByText('Saved to your shortlist.').waitFor();
    await popup.close();

    const roster = await b.browser.context.newPage();
    await roster.goto(b.browser.extensionUrl('options.html#/roster'));
    const row = roster.getByRole('row', { name: /Pluto/ });
    await row.waitFor({ timeout: LONG });
    expect(await row.innerText()).toContain('Instagram @pluto__travel');
    const href = (await row.getByRole('link', { name: 'Pluto' }).getAttribute('href')) ?? '';
    creatorId = decodeURIComponent(href.replace(/^#\/creator\//, ''));
    expect(creatorId).not.toBe('');
    await roster.close();
  });

  it('both edit the creator while the server is down and converge field by field after it restarts', { timeout: LONG * 3 }, async () => {
    const onA = await openCreator(a.browser);
    const onB = await openCreator(b.browser);
    await server.stop();
    await editCreator(onA, { notes: 'Ann: asked for rates', tags: 'vegan' });
    await editCreator(onB, { stage: 'contacted', tags: 'paris' });
    await syncNow(teamA, teamB);
    await statusOf(teamA).getByText(/^Team: offline\. Cannot reach the team server/).waitFor({ timeout: LONG });
    expect(await statusOf(teamA).innerText()).toMatch(/change(s)? waits? to sync\.$/);

    await server.restart();
    const want = { notes: 'Ann: asked for rates', stage: 'contacted', tags: ['paris', 'vegan'] };
    await expect
      .poll(
        async () => {
          await syncNow(teamA, teamB);
          return [await fieldsOf(onA), await fieldsOf(onB)];
        },
        { timeout: LONG * 2, interval: 3_000 },
      )
      .toEqual([want, want]);
    await statusOf(teamA).getByText('Team: synced.').waitFor({ timeout: LONG });
    // The creator page says who changed the creator last (the merge, or a teammate).
    await onA.getByText(/^Changed by (you|ben), (just now|\d+ min ago)$/).waitFor({ timeout: 60_000 });
    await onA.close();
    await onB.close();
  });

  it("refuses a viewer's edit with the message and keeps it on the viewer's computer", { timeout: LONG * 2 }, async () => {
    v = await teamProfile(server.url);
    const teamV = await joinTeam(v.browser, vic);
    expect(await teamV.getByText(/As a viewer you see the team’s roster/).count()).toBe(1);
    const onV = await openCreator(v.browser).catch(async () => {
      // The roster may still be arriving: wait for it, then open the creator.
      const roster = await v.browser.context.newPage();
      await roster.goto(v.browser.extensionUrl('options.html#/roster'));
      await roster.getByRole('row', { name: /Pluto/ }).waitFor({ timeout: LONG });
      return openCreator(v.browser);
    });
    await expect.poll(async () => (await fieldsOf(onV)).notes, { timeout: LONG, interval: 2_000 }).toBe('Ann: asked for rates');
    await editCreator(onV, { notes: 'Vic: great on camera' });
    await syncNow(teamV);
    await statusOf(teamV).getByText(VIEWER_REFUSAL, { exact: false }).waitFor({ timeout: LONG });
    expect(await statusOf(teamV).innerText()).toContain('kept on this computer');
    expect((await fieldsOf(onV)).notes).toBe('Vic: great on camera');
    const onServer = (await (await server.request(`/${DB}/${encodeURIComponent(`creator:${creatorId}`)}`, { as: server.admin })).json()) as { data: { notes: string } };
    expect(onServer.data.notes).toBe('Ann: asked for rates');
    await v.dispose();
  });

  it('keeps everything over a browser restart, and a deletion reaches the teammate', { timeout: LONG * 2 }, async () => {
    const restarted = await b.restart();
    teamB = await restarted.context.newPage();
    await teamB.goto(restarted.extensionUrl('options.html#/team'));
    await teamB.getByText(`You are in the team ${DB} on ${server.url} as ben (editor).`).waitFor({ timeout: 60_000 });
    const onB = await openCreator(restarted);
    expect(await fieldsOf(onB)).toEqual({ notes: 'Ann: asked for rates', stage: 'contacted', tags: ['paris', 'vegan'] });
    await onB.close();

    const rosterA = await a.browser.context.newPage();
    await rosterA.goto(a.browser.extensionUrl('options.html#/roster'));
    await rosterA.getByRole('checkbox', { name: /Select Pluto/ }).check();
    await rosterA.getByRole('button', { name: 'Delete…' }).click();
    await rosterA.getByRole('button', { name: 'Delete 1 creator for good' }).click();
    // (The roster is empty then: it shows its first-run state instead of the bulk bar and its message.)
    await rosterA.getByRole('row', { name: /Pluto/ }).waitFor({ state: 'detached', timeout: 60_000 });

    // Ben's browser (restarted) loses the creator too: its page says so, and the roster lists it no more.
    const pageB = await restarted.context.newPage();
    await pageB.goto(restarted.extensionUrl(`options.html#/creator/${encodeURIComponent(creatorId)}`));
    await expect
      .poll(
        async () => {
          await syncNow(teamA, teamB);
          await pageB.reload();
          await pageB.getByRole('heading', { level: 2 }).first().waitFor({ timeout: 60_000 });
          await pageB.getByText('Loading the creator…').waitFor({ state: 'detached', timeout: 60_000 });
          return pageB.getByRole('heading', { level: 2 }).first().innerText();
        },
        { timeout: LONG, interval: 3_000 },
      )
      .toBe('Creator not found');
    await pageB.goto(restarted.extensionUrl('options.html#/roster'));
    await pageB.getByRole('row', { name: /Pluto/ }).waitFor({ state: 'detached', timeout: 60_000 });
  });

  it('sent nothing anywhere but the served pages and the team server', () => {
    for (const profile of [a, b]) {
      const fromExtension = profile.browser.requests.filter((r) => r.fromServiceWorker || (r.frameUrl ?? '').startsWith('chrome-extension://'));
      const elsewhere = fromExtension.filter((r) => r.status !== 'extension-file' && !(r.status === 'passed' && r.url.startsWith(`${server.url}/`)));
      expect(elsewhere).toEqual([]);
    }
  });
});
