// `npm run bench`: the figures the issues set targets for, measured on the built extension in
// headless Chromium. Prints one table; each feature adds its rows here.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { browser as extensionApi } from 'wxt/browser';
import { fixturePages, launchWithExtension, ROOT, type ExtensionBrowser } from '../harness/extension.ts';
import { generateRosterCsv } from '../helpers/generate-csv.ts';
import { benchFeed } from './feed.ts';
import { generateBackup } from './seed.ts';
import { entrypointSizes } from './sizes.ts';

const RUNS = 25;
interface Row {
  measure: string;
  value: string;
  target: string;
  ok?: boolean;
}
const rows: Row[] = [];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

// --- Bundle sizes -------------------------------------------------------------------------------
const CONTENT_TARGET = 40 * 1024;
const POPUP_TARGET = 120 * 1024;
for (const { entrypoint, files, gzipBytes } of entrypointSizes(path.join(ROOT, '.output/chrome-mv3'))) {
  const target = entrypoint.startsWith('content-scripts/') ? CONTENT_TARGET : entrypoint === 'popup' ? POPUP_TARGET : null;
  rows.push({
    measure: `JS gzipped: ${entrypoint} (${files} file${files > 1 ? 's' : ''})`,
    value: kb(gzipBytes),
    target: target ? `≤ ${kb(target)}` : '',
    ok: target ? gzipBytes <= target : undefined,
  });
}

// --- Extraction time and long tasks, per real page ---------------------------------------------
/** Ask the real content script of `tabId` to read its page RUNS times; the milliseconds each took. */
async function extractionTimes(browser: ExtensionBrowser, tabId: number): Promise<number[]> {
  const probe = await browser.context.newPage();
  await probe.goto(browser.extensionUrl('popup.html?tabId=-1'));
  const times = await probe.evaluate(
    async ({ tabId, runs }) => {
      const { tabs } = (globalThis as unknown as { chrome: typeof extensionApi }).chrome;
      const took: number[] = [];
      for (let i = 0; i < runs; i++) {
        const answer = (await tabs.sendMessage(tabId, { id: i, type: 'readPage', data: {}, timestamp: Date.now() })) as
          | { res?: { tookMs: number } }
          | undefined;
        if (!answer?.res) throw new Error(`No reading: ${JSON.stringify(answer)}`);
        took.push(answer.res.tookMs);
      }
      return took;
    },
    { tabId, runs: RUNS },
  );
  await probe.close();
  return times;
}

/** Long animation frames (≥ 50 ms) in which the extension's own scripts ran, while the page loaded. */
async function extensionLongFrames(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const durations: number[] = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { scripts?: Array<{ sourceURL: string }> }>) {
            if (entry.scripts?.some((s) => s.sourceURL.startsWith('chrome-extension://'))) durations.push(entry.duration);
          }
        }).observe({ type: 'long-animation-frame', buffered: true });
        setTimeout(() => resolve(durations), 1500);
      }),
  );
}

const browser = await launchWithExtension();
try {
  const perPage: Array<{ name: string; size: number; median: number; longFrames: number[] }> = [];
  for (const fixture of fixturePages()) {
    const page = await browser.context.newPage();
    await page.goto(fixture.url, { waitUntil: 'load' });
    const longFrames = await extensionLongFrames(page);
    const times = await extractionTimes(browser, await browser.tabIdOf(page.url()));
    perPage.push({ name: fixture.name, size: fixture.html.length, median: median(times), longFrames });
    await page.close();
  }
  for (const p of perPage) {
    rows.push({ measure: `Extract ${p.name} (${kb(p.size)}), median of ${RUNS}`, value: `${p.median.toFixed(2)} ms`, target: '' });
  }
  const largest = perPage.reduce((a, b) => (b.size > a.size ? b : a));
  rows.push({ measure: `Extract the largest page (${largest.name})`, value: `${largest.median.toFixed(2)} ms`, target: '< 5 ms', ok: largest.median < 5 });
  const slowest = perPage.reduce((a, b) => (b.median > a.median ? b : a));
  rows.push({ measure: `Extract the slowest page (${slowest.name})`, value: `${slowest.median.toFixed(2)} ms`, target: '< 5 ms', ok: slowest.median < 5 });
  const long = perPage.flatMap((p) => p.longFrames);
  rows.push({
    measure: `Long frames (> 50 ms) with extension scripts, ${perPage.length} page loads`,
    value: `${long.length}${long.length ? ` (max ${Math.max(...long).toFixed(0)} ms)` : ''}`,
    target: '0',
    ok: long.length === 0,
  });

  // Popup opened on a profile tab → the scored card on screen (the popup marks that moment).
  const profileUrl = 'https://www.tiktok.com/@illojuan';
  const profile = await browser.context.newPage();
  await profile.goto(profileUrl, { waitUntil: 'load' });
  const tabId = await browser.tabIdOf(profileUrl);
  const popupTimes: number[] = [];
  for (let i = 0; i < 15; i++) {
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl(`popup.html?tabId=${tabId}`));
    await popup.locator('article[data-scored="true"]').waitFor();
    popupTimes.push(await popup.evaluate(() => performance.getEntriesByName('creator-scout:scored-card')[0]!.startTime));
    await popup.close();
  }
  const popupMedian = median(popupTimes);
  rows.push({ measure: 'Popup opened on a profile → scored card, median of 15', value: `${popupMedian.toFixed(0)} ms`, target: '≤ 150 ms', ok: popupMedian <= 150 });

  // In-feed vetting: the feed reader on a real reply thread, beside the same scroll with it off.
  rows.push(...(await benchFeed(browser)));
} finally {
  await browser.close();
}

// --- The roster at scale: 10,000 creators, 20,000 accounts, 100,000 snapshots ----------------
const work = mkdtempSync(path.join(os.tmpdir(), 'creator-scout-bench-'));
const large = await launchWithExtension();
try {
  const backupFile = path.join(work, 'large-backup.json');
  const backup = generateBackup(10_000, 2, 5, Date.now());
  writeFileSync(backupFile, JSON.stringify(backup));
  const setup = await large.context.newPage();
  await setup.goto(large.extensionUrl('options.html#/import-export'));
  const restoreStarted = Date.now();
  await setup.getByLabel('Restore a backup…').setInputFiles(backupFile);
  await setup.getByRole('button', { name: 'Replace everything with this backup' }).click();
  await setup.getByRole('status').filter({ hasText: /Restored/ }).waitFor({ timeout: 120_000 });
  rows.push({ measure: 'Restore the 10,000-creator backup (choose file → done)', value: `${((Date.now() - restoreStarted) / 1000).toFixed(2)} s`, target: '' });

  // JSON backup of all of it: click → the file is handed to the browser.
  const backupTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = Date.now();
    const [download] = await Promise.all([setup.waitForEvent('download'), setup.getByRole('button', { name: 'Download backup (JSON)' }).click()]);
    await download.path();
    backupTimes.push(Date.now() - started);
  }
  const backupMedian = median(backupTimes);
  rows.push({ measure: 'JSON backup of everything (click → file), median of 3', value: `${(backupMedian / 1000).toFixed(2)} s`, target: '≤ 2 s', ok: backupMedian <= 2000 });
  await setup.close();

  // Roster page ready: navigation → first rows on screen (the page marks it).
  const readyTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const page = await large.context.newPage();
    await page.goto(large.extensionUrl('options.html#/roster'));
    await page.getByRole('grid', { name: 'Creators' }).waitFor({ timeout: 30_000 });
    readyTimes.push(await page.evaluate(() => performance.getEntriesByName('creator-scout:roster-ready')[0]!.startTime));
    await page.close();
  }
  const readyMedian = median(readyTimes);
  rows.push({ measure: 'Roster page ready, 10,000 creators (median of 5)', value: `${readyMedian.toFixed(0)} ms`, target: '≤ 500 ms', ok: readyMedian <= 500 });

  // Search and filter: the time from a keystroke (or click) to the updated table.
  const page = await large.context.newPage();
  await page.goto(large.extensionUrl('options.html#/roster'));
  await page.getByRole('grid', { name: 'Creators' }).waitFor({ timeout: 30_000 });
  const keystrokes = await page.evaluate(async (text) => {
    const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const times: number[] = [];
    for (let i = 1; i <= text.length; i++) {
      const started = performance.now();
      setValue.call(input, text.slice(0, i));
      input.dispatchEvent(new Event('input', { bubbles: true })); // React renders a typed character synchronously
      times.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    return times;
  }, 'creator 12 lopez');
  const keyMedian = median(keystrokes);
  rows.push({ measure: `Search per keystroke, 10,000 creators (median of ${keystrokes.length}; max ${Math.max(...keystrokes).toFixed(0)} ms)`, value: `${keyMedian.toFixed(1)} ms`, target: '≤ 50 ms', ok: keyMedian <= 50 });
  await page.getByRole('searchbox').fill('');
  await page.getByRole('button', { name: /^Filters/ }).click();
  const filterTimes = await page.evaluate(async () => {
    const times: number[] = [];
    const boxes = [...document.querySelectorAll<HTMLInputElement>('.filters input[type="checkbox"]')].slice(0, 8);
    for (const box of [...boxes, ...boxes]) {
      const started = performance.now();
      box.click();
      times.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    return times;
  });
  const filterMedian = median(filterTimes);
  rows.push({ measure: `Filter per click, 10,000 creators (median of ${filterTimes.length}; max ${Math.max(...filterTimes).toFixed(0)} ms)`, value: `${filterMedian.toFixed(1)} ms`, target: '≤ 50 ms', ok: filterMedian <= 50 });
  await page.close();
} finally {
  await large.close();
}

// CSV import of 10,000 rows into a fresh profile: choose the file → preview → import → done.
const fresh = await launchWithExtension();
try {
  const csvFile = path.join(work, 'creators-10000.csv');
  writeFileSync(csvFile, generateRosterCsv(10_000));
  const page = await fresh.context.newPage();
  await page.goto(fresh.extensionUrl('options.html#/import-export'));
  const started = Date.now();
  await page.getByLabel('Import creators from CSV…').setInputFiles(csvFile);
  await page.getByRole('button', { name: 'Import', exact: true }).and(page.locator(':enabled')).waitFor({ timeout: 60_000 });
  const previewed = Date.now();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('status').filter({ hasText: /Imported|imported/ }).waitFor({ timeout: 60_000 });
  const total = Date.now() - started;
  rows.push({
    measure: `CSV import of 10,000 rows (preview ${((previewed - started) / 1000).toFixed(2)} s + write ${((Date.now() - previewed) / 1000).toFixed(2)} s)`,
    value: `${(total / 1000).toFixed(2)} s`,
    target: '≤ 3 s',
    ok: total <= 3000,
  });
} finally {
  await fresh.close();
  rmSync(work, { recursive: true, force: true });
}

const width = Math.max(...rows.map((r) => r.measure.length));
console.log(`\n${'Measure'.padEnd(width)}  ${'Value'.padStart(16)}  Target`);
console.log(`${'-'.repeat(width)}  ${'-'.repeat(16)}  ------`);
for (const row of rows) {
  const mark = row.ok === undefined ? '' : row.ok ? '  ✓' : '  ✗ MISSED';
  console.log(`${row.measure.padEnd(width)}  ${row.value.padStart(16)}  ${row.target}${mark}`);
}
if (rows.some((r) => r.ok === false)) process.exitCode = 1;
