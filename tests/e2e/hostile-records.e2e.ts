import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../harness/extension.ts';

// Records with the nastiest text a page or a file can hold, restored from a backup and shown in
// Chromium: a sample of the Big List of Naughty Strings (rendered as text, no script runs), a name
// of 300 characters without a space (wraps, does not widen the page), and a caption of emoji cut
// for a template preview with an email address (no lone surrogate, the page does not go blank).
// Plus a CSV file with one damaged byte: read as UTF-8, said so, and changeable.

const T = Date.UTC(2026, 10, 1);

/** From the Big List of Naughty Strings (github.com/minimaxir/big-list-of-naughty-strings, MIT). */
const BLNS = [
  '<script>window.pwned=1</script>',
  '"><img src=x onerror="window.pwned=1">',
  '<svg/onload=window.pwned=1>',
  'javascript:window.pwned=1',
  "{{constructor.constructor('window.pwned=1')()}}",
  '${7*7} #{7*7} %s%n%x',
  "'; DROP TABLE creators; --",
  '../../../../etc/passwd%00',
  '‪‪test‪ ‮RTL override',
  'Ṱ̺̺̕o͞ ̷i̲̬͇̪͙n̝̗͕v̟̜̘̦͟o̶̙̰̠kè͚̮̺̪̹̱̤ ̖t̝͕̳̣̻̪͞h̼͓̲̦̳̘̲e͇̣̰̦̬͎ ̢̼̻̱̘h͚͎͙̜̣̲ͅi̦̲̣̰̤v̻͍e̺̭̳̪̰-m̢iͅn̖̺̞̲̯̰d̵̼̟͙̩̼̘̳',
  '﷽',
  '🇵🇹👨‍👩‍👧 𝕋𝕙𝕖 𝕢𝕦𝕚𝕔𝕜',
  '田中さんにあげて下さい',
  'ЁЂЃЄЅІЇЈЉЊЋЌЍЎЏ',
  '__proto__',
  'constructor',
] as const;

const LONG_NAME = 'W'.repeat(300);

function creator(id: string, displayName: string, email = '') {
  return {
    id, displayName, status: 'shortlisted', toVet: false, tags: [], strengths: [], contact: { email, other: '' }, location: '', language: '',
    ambassador: false, notes: '', lastContactedAt: null, keepInTouchDays: null, createdAt: T, updatedAt: T,
  };
}

function account(creatorId: string, handle: string, displayName: string) {
  return {
    id: `instagram:${handle}`, creatorId, platform: 'instagram', handle, url: `https://www.instagram.com/${handle}/`, displayName, bio: displayName, verified: null,
    followers: 1000, following: null, posts: null, engagementRate: null, engagementMethod: null, fitScore: null, scoredAt: null, firstSeenAt: T, lastSeenAt: T,
  };
}

function backup() {
  const creators = [...BLNS.map((name, i) => creator(`blns-${i}`, name)), creator('long', LONG_NAME), creator('emoji', 'Emoji Caption', 'emoji@example.com')];
  const accounts = [...BLNS.map((name, i) => account(`blns-${i}`, `blns_${i}`, name)), account('long', 'long_name', LONG_NAME), account('emoji', 'emoji_caption', 'Emoji Caption')];
  const posts = [
    {
      id: 'instagram:EMOJI1', accountId: 'instagram:emoji_caption', url: 'https://www.instagram.com/p/EMOJI1/', postedAt: T, seenAt: T, pinned: false, sponsored: false,
      caption: `x${'😀'.repeat(100)}`, counts: { likes: { value: 10, precision: 1, source: 'dom' } },
    },
  ];
  const empty = { snapshots: [], interactions: [], templates: [], agreements: [], reminders: [], campaigns: [] };
  return { format: 'creator-scout-backup', version: 1, schemaVersion: 6, exportedAt: T, tables: { creators, accounts, posts, ...empty } };
}

const work = mkdtempSync(path.join(os.tmpdir(), 'hostile-records-e2e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('records with hostile text', () => {
  let browser: ExtensionBrowser;
  const errors: string[] = [];
  beforeAll(async () => {
    browser = await launchWithExtension();
    browser.context.on('page', (page) => {
      page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
      page.on('dialog', (dialog) => {
        errors.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
    });
    const file = path.join(work, 'hostile.json');
    writeFileSync(file, JSON.stringify(backup()));
    const page = await open(browser, '#/import-export');
    await page.getByLabel('Restore a backup…').setInputFiles(file);
    await page.getByRole('button', { name: 'Replace everything with this backup' }).click();
    await page.getByRole('status').filter({ hasText: /^Restored the backup/ }).waitFor({ timeout: 20_000 });
    await page.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(b: ExtensionBrowser, hash: string): Promise<Page> {
    const page = await b.context.newPage();
    await page.goto(b.extensionUrl(`options.html${hash}`));
    return page;
  }

  const pwned = (page: Page) => page.evaluate(() => (window as unknown as { pwned?: number }).pwned ?? null);

  it('shows every naughty name in the roster as text, and runs none of it', async () => {
    const page = await open(browser, '#/roster');
    await page.getByTestId('roster-count').filter({ hasText: `of ${BLNS.length + 2} creators` }).waitFor({ timeout: 10_000 });
    const table = await page.locator('main').innerText();
    for (const name of ['<script>window.pwned=1</script>', '"><img src=x onerror="window.pwned=1">', "'; DROP TABLE creators; --", '田中さんにあげて下さい', '__proto__']) {
      expect(table).toContain(name);
    }
    expect(await pwned(page)).toBeNull();
    expect(await page.locator('main img[src="x"], main svg[onload]').count()).toBe(0);
    await page.close();
  });

  it('opens each naughty creator’s page with the name as its heading', async () => {
    for (const i of [0, 1, 4, 14, 15]) {
      const page = await open(browser, `#/creator/blns-${i}`);
      await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent(), { timeout: 10_000 }).toBe(BLNS[i]);
      expect(await pwned(page)).toBeNull();
      await page.close();
    }
  });

  it('wraps a 300-character name without a space instead of widening the creator page and the compose page', async () => {
    for (const hash of ['#/creator/long', '#/compose/long']) {
      const page = await open(browser, hash);
      await page.getByRole('heading', { level: 2, name: new RegExp(`${LONG_NAME.slice(0, 50)}`) }).waitFor({ timeout: 10_000 });
      const { scroll, view } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
      expect(scroll, hash).toBeLessThanOrEqual(view);
      await page.close();
    }
  });

  it('previews a template with a caption of 100 emoji for a creator with an email, instead of a blank page', async () => {
    const page = await open(browser, '#/compose/emoji');
    await page.getByRole('heading', { level: 2, name: 'Write to Emoji Caption' }).waitFor({ timeout: 10_000 });
    const draft = page.getByRole('link', { name: /email draft/i });
    await draft.first().waitFor({ timeout: 10_000 });
    expect(await page.getByText('could not be shown').count()).toBe(0);
    await page.close();
  });

  it('reads a UTF-8 file with one damaged byte as UTF-8, says so, and reads it as Windows-1252 when asked', async () => {
    const utf8 = Buffer.from('Name,Platform,Handle\r\nJosé Müller 😀,Instagram,jose_muller\r\nZoë Ødegaard,Instagram,zoe_o\r\n', 'utf8');
    const at = utf8.indexOf('Zo');
    const damaged = Buffer.concat([utf8.subarray(0, at), Buffer.from([0xff]), utf8.subarray(at)]);
    const file = path.join(work, 'damaged.csv');
    writeFileSync(file, damaged);
    const page = await open(browser, '#/import-export');
    await page.getByLabel('Import creators from CSV…').setInputFiles(file);
    const preview = page.getByRole('region', { name: 'What the import would do' });
    await preview.waitFor();
    expect(await page.getByTestId('csv-encoding').innerText()).toBe('Read as UTF-8; 1 character could not be read and shows as �.');
    expect(await preview.innerText()).toContain('José Müller 😀');
    await page.getByLabel('Text encoding').selectOption('windows-1252');
    await expect.poll(() => page.getByTestId('csv-encoding').innerText()).toBe('Read as Windows-1252 (Western European).');
    await expect.poll(() => preview.innerText()).toContain('JosÃ© MÃ¼ller');
    await page.close();
  });

  it('threw no error and opened no dialog on any page', () => {
    expect(errors).toEqual([]);
  });
});
