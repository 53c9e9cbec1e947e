// `npm run bench`: the figures the issues set targets for, measured on the built extension.
// Prints one table; each feature adds its rows here.
import path from 'node:path';
import type { browser as extensionApi } from 'wxt/browser';
import { launchWithExtension, ROOT } from '../harness/extension.ts';
import { entrypointSizes } from './sizes.ts';

const RUNS = 25;
interface Row {
  measure: string;
  value: string;
  target: string;
}
const rows: Row[] = [];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

for (const { entrypoint, files, gzipBytes } of entrypointSizes(path.join(ROOT, '.output/chrome-mv3'))) {
  rows.push({ measure: `JS gzipped: ${entrypoint} (${files} file${files > 1 ? 's' : ''})`, value: kb(gzipBytes), target: '' });
}

const browser = await launchWithExtension();
try {
  const { context, extensionUrl, tabIdOf } = browser;
  const url = 'https://www.instagram.com/pluto__travel/';
  const profile = await context.newPage();
  await profile.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdOf(url);
  // Ask the real content script to read the real page, from an extension page, RUNS times.
  const probe = await context.newPage();
  await probe.goto(extensionUrl('popup.html'));
  const timings = await probe.evaluate(
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
  rows.push({ measure: `Extract Instagram profile in Chromium (median of ${RUNS})`, value: `${median(timings).toFixed(2)} ms`, target: '' });
} finally {
  await browser.close();
}

const width = Math.max(...rows.map((r) => r.measure.length));
console.log(`\n${'Measure'.padEnd(width)}  ${'Value'.padStart(10)}  Target`);
console.log(`${'-'.repeat(width)}  ${'-'.repeat(10)}  ------`);
for (const row of rows) console.log(`${row.measure.padEnd(width)}  ${row.value.padStart(10)}  ${row.target}`);
