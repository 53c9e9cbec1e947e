// Team sync figures for `npm run bench` (issue 15), each beside a baseline measured in the same run
// against the same server: PouchDB replicating the same documents between plain databases (Node,
// in memory), with nothing of the extension in the way.
// - B sees A's change: A saves a creator's notes on the creator page (the write path, the outbox,
//   A's background pushing), until B's database holds them (B's background pulling live and
//   applying to Dexie). Baseline: a document put into one memory database until a second one,
//   replicating live through the same server, has it. Median of 20 each.
// - First sync of a 10,000-creator roster (30,000 documents with their accounts) into an empty
//   profile: from "Join the team" until the profile's database holds every creator. Baseline: the
//   same documents replicated from the server into an empty memory database.
import type { Page } from 'playwright-core';
import { installTeamRules } from '@/storage/sync/team-setup';
import type { PouchDatabase } from '@/storage/sync/pouch-api';
import { teamRole } from '@/utils/sync/security';
import { startCouchServer } from '../../tests/harness/couch-server.ts';
import { joinTeamInOptions, teamProfile } from '../../tests/harness/team-profile.ts';
import { memoryDb, remoteDb } from '../../tests/helpers/pouch-node.ts';
import { rosterDocs } from './sync-baseline.ts';

export interface SyncFigure {
  measure: string;
  value: number[];
  baseline: number[];
  baselineName: string;
}

const DB = 'bench-team';
const ann = { name: 'ann', password: 'ann-pw', roles: [teamRole(DB, 'editor')] };
const ben = { name: 'ben', password: 'ben-pw', roles: [teamRole(DB, 'editor')] };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Reads one creator's notes straight from the extension's IndexedDB (what the roster and the creator page read). */
function notesIn(page: Page, id: string): Promise<string | null> {
  return page.evaluate(
    (id) =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('creator-scout');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('creators').objectStore('creators').get(id);
          get.onsuccess = () => {
            resolve((get.result as { notes?: string } | undefined)?.notes ?? null);
            open.result.close();
          };
          get.onerror = () => reject(get.error);
        };
      }),
    id,
  );
}

function creatorCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('creator-scout');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('creators').objectStore('creators').count();
          count.onsuccess = () => {
            resolve(count.result);
            open.result.close();
          };
        };
      }),
  );
}

async function waitFor<T>(read: () => Promise<T>, done: (v: T) => boolean, limitMs: number, everyMs = 25): Promise<void> {
  const until = Date.now() + limitMs;
  while (!done(await read())) {
    if (Date.now() > until) throw new Error('the change did not arrive in time');
    await sleep(everyMs);
  }
}

async function baselineChange(url: string, runs: number): Promise<number[]> {
  const x = memoryDb('bench-x');
  const y = memoryDb('bench-y');
  const push = x.replicate.to(remoteDb(url, DB, ann), { live: true, retry: true });
  const pull = y.replicate.from(remoteDb(url, DB, ben), { live: true, retry: true });
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const id = `creator:baseline-${i}`;
      const started = performance.now();
      await x.put({ _id: id, type: 'creator', v: 1, data: { notes: `run ${i}` }, stamps: {}, elements: {}, editedBy: 'ann', editedAt: Date.now() });
      await waitFor(() => (y as PouchDatabase).get(id).then(() => true, () => false), Boolean, 120_000, 5);
      times.push(performance.now() - started);
    }
  } finally {
    push.cancel();
    pull.cancel();
  }
  return times;
}

export async function benchSync(runs = 20, rosterSize = 10_000): Promise<SyncFigure[]> {
  const server = await startCouchServer({ databases: [DB], users: [ann, ben], readyTimeoutMs: 120_000 });
  const figures: SyncFigure[] = [];
  const profiles = [];
  try {
    await installTeamRules(DB, (path, init) => server.request(`/${DB}/${path}`, { ...init, as: server.admin }));
    // --- B sees A's change ---
    const a = await teamProfile(server.url);
    const b = await teamProfile(server.url);
    profiles.push(a, b);
    await joinTeamInOptions(a.browser, server.url, DB, ann);
    const teamB = await joinTeamInOptions(b.browser, server.url, DB, ben);
    const id = 'bench-creator';
    // The creator A edits comes from the team (written to the server as Ann), so both have it.
    await remoteDb(server.url, DB, ann).put({
      _id: `creator:${id}`, type: 'creator', v: 1, editedBy: 'ann', editedAt: Date.now(), stamps: {}, elements: {},
      data: { displayName: 'Bench Creator', status: 'shortlisted', toVet: false, tags: [], strengths: [], contact: { email: '', other: '' }, location: '', language: '', ambassador: false, notes: '', lastContactedAt: null, keepInTouchDays: null, createdAt: Date.now(), updatedAt: Date.now() },
    });
    const page = await a.browser.context.newPage();
    await page.goto(a.browser.extensionUrl(`options.html#/creator/${id}`));
    const form = page.locator('form.creator-form');
    await form.waitFor({ timeout: 180_000 });
    await waitFor(() => notesIn(teamB, id), (n) => n === '', 180_000);
    const value: number[] = [];
    for (let i = 0; i < runs; i++) {
      const notes = `Run ${i}`;
      await form.getByLabel('Notes').fill(notes);
      const started = performance.now();
      await form.getByRole('button', { name: 'Save', exact: true }).click();
      await waitFor(() => notesIn(teamB, id), (n) => n === notes, 120_000);
      value.push(performance.now() - started);
    }
    figures.push({ measure: 'Team sync: B sees A’s change (save → in B’s database)', value, baseline: await baselineChange(server.url, runs), baselineName: 'PouchDB live replication memory → server → memory (Node)' });

    // --- First sync of a roster into an empty profile (A and B closed: nothing else running) ---
    for (const p of profiles.splice(0)) await p.dispose();
    const docs = rosterDocs(rosterSize);
    const source = memoryDb('bench-roster');
    for (let i = 0; i < docs.length; i += 1000) await source.bulkDocs(docs.slice(i, i + 1000));
    await source.replicate.to(remoteDb(server.url, DB, ann), { batch_size: 500 });
    const baseTarget = memoryDb('bench-first');
    const baseStarted = performance.now();
    await baseTarget.replicate.from(remoteDb(server.url, DB, ann), { batch_size: 500 });
    const baseline = [performance.now() - baseStarted];
    const c = await teamProfile(server.url);
    profiles.push(c);
    const started = performance.now();
    const teamC = await joinTeamInOptions(c.browser, server.url, DB, ann);
    await waitFor(() => creatorCount(teamC), (n) => n >= rosterSize + 1, 1_800_000, 500);
    figures.push({ measure: `Team sync: first sync of ${rosterSize.toLocaleString('en-US')} creators into an empty profile`, value: [performance.now() - started], baseline, baselineName: 'PouchDB replication server → empty memory database (Node), same documents' });
  } finally {
    for (const p of profiles) await p.dispose();
    await server.dispose();
  }
  return figures;
}
