import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_VERSION, SCHEMA_VERSIONS } from '@/storage/db';
import { emptyAgreementTerms, newCampaignCreator, REMINDER_DEFAULTS } from '@/utils/model/defaults';
import { RECORD_SCHEMAS, TABLE_NAMES, type TableName } from '@/utils/model/schemas';
import { deliverablesOfAgreement } from '@/storage/upgrades';
import { launchWithExtension, type ExtensionBrowser } from '../harness/extension.ts';

// Database upgrades in real Chromium (issue 19, §5): the extension's IndexedDB database is made as
// each older version left it — its object stores and indexes as that version declared them, with
// records in that version's shape in every table — then the options page opens it with today's
// schema. Every record must survive, parse with today's schemas and show on the pages. And an
// upgrade that fails must say what failed, that the data was not changed (checked), and offer a
// raw copy; the data must still be there, as it was.

const T = Date.UTC(2026, 0, 15, 12);
const DAY = 86_400_000;
const DB_NAME = 'creator-scout';

type Seed = Partial<Record<TableName, Record<string, unknown>[]>>;

/** The records an older version would have written, in that version's shape. */
function seedFor(version: number): Seed {
  const creators = [
    { id: 'c1', displayName: 'Pluto', status: 'contacted', toVet: false, tags: ['travel', 'apps'], strengths: ['storytelling'], contact: { email: 'hello@pluto.example', other: '' }, location: 'Madrid', language: 'en', ambassador: false, notes: 'Met at a fair', lastContactedAt: T - DAY, createdAt: T - 30 * DAY, updatedAt: T },
    { id: 'c2', displayName: 'Ana Lima', status: 'shortlisted', toVet: true, tags: ['food'], strengths: [], contact: { email: '', other: '' }, location: 'Lisboa', language: 'pt', ambassador: false, notes: '', lastContactedAt: null, createdAt: T - 20 * DAY, updatedAt: T - DAY },
  ].map((c) => (version >= 4 ? { ...c, keepInTouchDays: null } : c));
  const accounts = [
    { id: 'instagram:pluto__travel', creatorId: 'c1', platform: 'instagram', handle: 'pluto__travel', url: 'https://www.instagram.com/pluto__travel/', displayName: 'Pluto', bio: 'Home of travel', verified: false, followers: 2362, following: 136, posts: 224, firstSeenAt: T - 30 * DAY, lastSeenAt: T },
    { id: 'tiktok:analima', creatorId: 'c2', platform: 'tiktok', handle: 'analima', url: 'https://www.tiktok.com/@analima', displayName: 'Ana Lima', bio: 'Receitas', verified: null, followers: 1_200_000, following: null, posts: null, firstSeenAt: T - 20 * DAY, lastSeenAt: T - DAY },
  ].map((a) => ({
    ...a,
    ...(version >= 2 && { engagementRate: a.creatorId === 'c1' ? 0.031 : null, engagementMethod: a.creatorId === 'c1' ? 'followers' : null, fitScore: a.creatorId === 'c1' ? 72 : null, scoredAt: a.creatorId === 'c1' ? T : null }),
    ...(version >= 7 && { followersPrecision: a.creatorId === 'c2' ? 100_000 : 1 }),
  }));
  const snapshots = [
    { id: 's1', accountId: 'instagram:pluto__travel', takenAt: T - 30 * DAY, kind: 'save', counts: { followers: { value: 2187, precision: 1, source: 'json' } } },
    { id: 's2', accountId: 'instagram:pluto__travel', takenAt: T, kind: 'view', counts: { followers: { value: 2362, precision: 1, source: 'meta' } } },
    { id: 's3', accountId: 'tiktok:analima', takenAt: T - DAY, kind: 'save', counts: { followers: { value: 1_200_000, precision: 100_000, source: 'dom' } } },
  ];
  const post = { id: 'instagram:CP5lh1YLbj4', url: 'https://www.instagram.com/p/CP5lh1YLbj4/', postedAt: Date.UTC(2021, 5, 9, 12, 41, 1), seenAt: T, pinned: false, sponsored: true, caption: 'Trip planning #ad', counts: { likes: { value: 16, precision: 1, source: 'json' }, comments: { value: 1, precision: 1, source: 'json' } } };
  const posts = [version >= 9 ? { ...post, authorAccountIds: ['instagram:pluto__travel'], seenOnAccountIds: ['instagram:pluto__travel'] } : { ...post, accountId: 'instagram:pluto__travel' }];
  const interactions = [{ id: 'i1', creatorId: 'c1', type: 'note', at: T, text: 'Loves trains', details: {} }];
  const templates = [{ id: 't1', name: 'First outreach', kind: 'outreach', subject: 'Hi {{creator.firstName}}', body: 'Hello {{creator.firstName}}', createdAt: T, updatedAt: T }];
  const line = { id: 'd1', type: 'reel', platform: 'instagram', count: 1, dueAt: T + 9 * DAY, notes: 'Lisbon' };
  const agreement = { id: 'a1', creatorId: 'c1', campaignId: version >= 4 ? 'k1' : null, status: 'sent', title: 'Spring reels', createdAt: T - DAY, updatedAt: T };
  const agreements = [version >= 4 ? { ...agreement, terms: { ...emptyAgreementTerms(), fee: 500, deliverables: [line] } } : { ...agreement, terms: { fee: 500 } }];
  const reminders = [{ id: 'r1', creatorId: 'c1', title: 'Follow up with Pluto', dueAt: T + 5 * DAY, status: 'pending', kind: 'follow_up', createdAt: T, updatedAt: T, ...(version >= 4 && REMINDER_DEFAULTS) }];
  const campaign = { id: 'k1', name: 'Spring trips', status: 'active', startAt: T, endAt: null, budget: 5000, currency: 'EUR', createdAt: T - DAY, updatedAt: T };
  const campaigns = [
    version >= 4
      ? {
          ...campaign,
          goal: 'sales',
          brief: { deliverables: 'One reel', hashtags: ['#ad'], disclosures: '', deadlines: '', dos: '', donts: '' },
          creators: [newCampaignCreator('c1', T - DAY, { fee: 500, promoCode: 'PLUTO10', deliverables: version >= 8 ? [] : [{ id: 'cd1', description: '1 reel in Lisbon', status: 'draft', postUrl: '' }] } as never)],
          ...(version >= 5 && { landingUrl: 'https://northwind.example/spring' }),
        }
      : { ...campaign, goal: 'sales', creators: [{ creatorId: 'c1', fee: 500 }] },
  ];
  const seed: Seed = { creators, accounts, snapshots, posts, interactions, templates, agreements, reminders, campaigns };
  if (version >= 8) {
    seed.deliverables = [
      ...deliverablesOfAgreement(agreements[0]!),
      { id: 'cd1', creatorId: 'c1', campaignId: 'k1', agreementId: null, type: 'other', platform: null, count: 1, description: '1 reel in Lisbon', draftDueAt: null, publishDueAt: null, status: 'draft_received', rounds: [], postUrl: '', postId: null, publishedAt: null, verifiedAt: null, createdAt: T - DAY, updatedAt: T },
    ];
  }
  return seed;
}

/** Each object store and its indexes as `version` declared them (Dexie's syntax: "id, *tags, [a+b]"). */
function storesAt(version: number): Record<string, string> {
  const stores: Record<string, string> = {};
  for (const v of SCHEMA_VERSIONS) {
    if (v.version > version) break;
    for (const [name, spec] of Object.entries(v.stores)) {
      if (spec === null) delete stores[name];
      else stores[name] = spec;
    }
  }
  return stores;
}

/** In an extension page: replace the database with one made as `version` made it, holding `seed`. */
async function makeOlderDatabase(page: Page, version: number, seed: Seed): Promise<void> {
  await page.evaluate(
    async ({ name, idbVersion, stores, seed }) => {
      const done = (request: IDBRequest) => new Promise((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await done(indexedDB.deleteDatabase(name));
      const open = indexedDB.open(name, idbVersion);
      open.onupgradeneeded = () => {
        const db = open.result;
        for (const [table, spec] of Object.entries(stores)) {
          const [primary, ...indexes] = spec.split(',').map((s) => s.trim()).filter(Boolean);
          const store = db.createObjectStore(table, { keyPath: primary!.replace(/^[&+]+/, '') });
          for (const index of indexes) {
            const multiEntry = index.startsWith('*');
            const unique = index.startsWith('&');
            const bare = index.replace(/^[*&]+/, '');
            const keyPath = bare.startsWith('[') ? bare.slice(1, -1).split('+') : bare;
            store.createIndex(bare, keyPath, { multiEntry, unique });
          }
        }
      };
      const db = (await done(open)) as IDBDatabase;
      const tables = Object.keys(seed).filter((t) => (seed[t] ?? []).length > 0);
      const tx = db.transaction(tables, 'readwrite');
      for (const t of tables) for (const record of seed[t]!) tx.objectStore(t).add(record);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      });
      db.close();
    },
    { name: DB_NAME, idbVersion: version * 10, stores: storesAt(version), seed: seed as Record<string, Record<string, unknown>[]> },
  );
}

/** Every record on disk, read without upgrading, and the database's version (as Creator Scout counts them). */
async function readDatabase(page: Page): Promise<{ version: number; tables: Record<string, Record<string, unknown>[]> }> {
  return page.evaluate(async (name) => {
    const open = indexedDB.open(name);
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tables: Record<string, Record<string, unknown>[]> = {};
    for (const t of [...db.objectStoreNames]) {
      const request = db.transaction(t).objectStore(t).getAll();
      tables[t] = await new Promise((resolve, reject) => {
        request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return { version: db.version / 10, tables };
  }, DB_NAME);
}

/** Wait for `ready` (setup, not an assertion: expect.poll works only inside a test). */
async function until(what: string, ready: () => Promise<boolean>, timeout = 20_000): Promise<void> {
  for (const end = Date.now() + timeout; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) if (await ready()) return;
  throw new Error(`Timed out waiting until ${what}`);
}

const byId = (records: Record<string, unknown>[] = []) => [...records].sort((a, b) => String(a.id).localeCompare(String(b.id)));

describe('database upgrades in Chromium', () => {
  let browser: ExtensionBrowser;
  let blank: Page;
  beforeAll(async () => {
    browser = await launchWithExtension();
    // An extension page that never opens the database itself: the place to build older ones.
    blank = await browser.context.newPage();
    await blank.goto(browser.extensionUrl('icon/48.png'));
    // On install the background opens the database (its reminder sync) and the first-run page: let
    // both happen, then close that page, so neither opens (and upgrades) an older database made
    // below before the options page under test does.
    const created = () => blank.evaluate(async (name) => (await indexedDB.databases()).some((d) => d.name === name), DB_NAME);
    await until('the background creates the database', created);
    const welcome = () => browser.context.pages().filter((p) => p.url().includes('options.html'));
    await until('the first-run page opens', async () => welcome().length > 0);
    for (const page of welcome()) await page.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function options(hash: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl(`options.html${hash}`));
    return page;
  }

  const older = SCHEMA_VERSIONS.map((v) => v.version).filter((v) => v < LATEST_VERSION);

  it.each(older)('keeps and shows every record of a database made by version %i', { timeout: 120_000 }, async (version) => {
    const seed = seedFor(version);
    await makeOlderDatabase(blank, version, seed);
    expect((await readDatabase(blank)).version).toBe(version);

    // The roster opens it with today's schema: both creators, with their figures.
    const roster = await options('#/roster');
    await roster.getByTestId('roster-count').filter({ hasText: 'Showing 2 of 2 creators' }).waitFor({ timeout: 20_000 });
    const pluto = roster.getByRole('row').filter({ has: roster.getByRole('link', { name: 'Pluto', exact: true }) });
    expect(await pluto.innerText()).toContain('2,362');
    expect(await roster.getByRole('row').filter({ has: roster.getByRole('link', { name: 'Ana Lima' }) }).innerText()).toMatch(/1\.2M|1,200,000/);
    await roster.close();

    const after = await readDatabase(blank);
    expect(after.version).toBe(LATEST_VERSION);
    for (const table of TABLE_NAMES) {
      const records = after.tables[table] ?? [];
      for (const record of records) expect(() => RECORD_SCHEMAS[table].parse(record), `${table} ${String(record.id)}`).not.toThrow();
      if (table !== 'deliverables') expect(records.map((r) => r.id).sort(), table).toEqual((seed[table] ?? []).map((r) => r.id).sort());
    }
    // What each upgrade carries over, checked on the records themselves.
    expect(after.tables.posts).toEqual([expect.objectContaining({ id: 'instagram:CP5lh1YLbj4', authorAccountIds: ['instagram:pluto__travel'], seenOnAccountIds: ['instagram:pluto__travel'], caption: 'Trip planning #ad' })]);
    expect(after.tables.agreements![0]).toMatchObject({ id: 'a1', title: 'Spring reels', terms: { fee: 500 } });
    expect(after.tables.campaigns![0]).toMatchObject({ id: 'k1', creators: [{ creatorId: 'c1', fee: 500 }] });
    expect(byId(after.tables.deliverables).map((d) => [d.id, d.creatorId])).toEqual(version >= 4 ? [['cd1', 'c1'], ['d1', 'c1']] : []);
    expect(after.tables.accounts!.find((a) => a.id === 'tiktok:analima')).toMatchObject({ followers: 1_200_000, followersPrecision: 100_000 });

    // The creator's page shows the post and the agreement; the agreements list shows it too.
    const detail = await options('#/creator/c1');
    await detail.getByRole('heading', { level: 2, name: 'Pluto' }).waitFor({ timeout: 20_000 });
    await detail.getByText('Trip planning #ad').first().waitFor({ timeout: 10_000 });
    expect(await detail.getByText('could not be shown').count()).toBe(0);
    await detail.close();
    const agreementsPage = await options('#/agreements');
    await agreementsPage.getByRole('link', { name: 'Spring reels', exact: true }).waitFor({ timeout: 20_000 });
    await agreementsPage.close();
  });

  it('says truthfully that a failed upgrade changed nothing, offers a raw copy, and leaves every record as it was', { timeout: 120_000 }, async () => {
    // A version-7 database with an agreement line that has no id (a damaged record): version 8,
    // which gives every line a record of its own keyed by that id, cannot move it.
    const seed = seedFor(7);
    const damaged = structuredClone(seed.agreements![0]!) as { terms: { deliverables: Array<Record<string, unknown>> } };
    delete damaged.terms.deliverables[0]!.id;
    seed.agreements = [damaged as unknown as Record<string, unknown>];
    await makeOlderDatabase(blank, 7, seed);
    const records = Object.values(seed).reduce((n, t) => n + (t?.length ?? 0), 0);

    const page = await options('#/roster');
    await page.getByRole('heading', { name: 'Creator Scout cannot open your data' }).waitFor({ timeout: 20_000 });
    const alert = await page.getByRole('alert').innerText();
    expect(alert).toMatch(new RegExp(`^Updating your data to this version of Creator Scout failed \\(from database version 7 to ${LATEST_VERSION}\\): .+\\.$`));
    // What failed, said once: IndexedDB refused a deliverable without a key.
    expect(alert.match(/DataError/g)).toHaveLength(1);
    await page.getByRole('status').filter({ hasText: 'Your data was not changed' }).waitFor({ timeout: 10_000 });
    expect(await page.getByRole('status').innerText()).toContain(`Checked just now: ${records} records, at database version 7.`);

    // The raw copy holds every record as it is on disk.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download a raw copy of your data' }).click()]);
    const copy = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { databaseVersion: number; tables: Record<string, Record<string, unknown>[]> };
    expect(copy.databaseVersion).toBe(7);
    await page.close();

    // And the database is exactly as it was: version 7, every record unchanged.
    const after = await readDatabase(blank);
    expect(after.version).toBe(7);
    for (const table of Object.keys(seed) as TableName[]) {
      expect(byId(after.tables[table]), table).toEqual(byId(seed[table]));
      expect(byId(copy.tables[table]), table).toEqual(byId(seed[table]));
    }
  });
});
