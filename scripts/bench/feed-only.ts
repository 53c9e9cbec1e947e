// `npx tsx scripts/bench/feed-only.ts` (after `npx wxt build`): only the feed readers' figures of
// `npm run bench` (feed.ts), each beside its reader-off baseline, and the content scripts' sizes,
// without the roster at scale. `--feeds=x,tiktok` (or BENCH_FEEDS): only those sites' readers.
import path from 'node:path';
import { launchWithExtension, ROOT } from '../../tests/harness/extension.ts';
import { benchFeed, type FeedRow } from './feed.ts';
import { entrypointSizes } from './sizes.ts';

const CONTENT_TARGET = 40 * 1024;
const feedsArg = process.argv.find((a) => a.startsWith('--feeds='))?.slice('--feeds='.length) ?? process.env.BENCH_FEEDS;
const platforms = feedsArg ? feedsArg.split(',').map((p) => p.trim()) : undefined;

const rows: FeedRow[] = [];
for (const { entrypoint, gzipBytes } of entrypointSizes(path.join(ROOT, '.output/chrome-mv3'))) {
  if (!entrypoint.startsWith('content-scripts/')) continue;
  rows.push({ measure: `${entrypoint} (gzipped, with its chunks)`, value: `${(gzipBytes / 1024).toFixed(1)} KB`, target: '≤ 40 KB', ok: gzipBytes <= CONTENT_TARGET });
}
const browser = await launchWithExtension();
await browser.context.addInitScript('globalThis.__name = (f) => f;');
try {
  rows.push(...(await benchFeed(browser, platforms)));
} finally {
  await browser.close();
}
const width = Math.max(...rows.map((r) => r.measure.length));
for (const row of rows) {
  const mark = row.ok === undefined ? '' : row.ok ? '  ✓' : '  ✗ MISSED';
  console.log(`${row.measure.padEnd(width)}  ${row.value.padStart(34)}  ${row.target}${mark}`);
}
if (rows.some((r) => r.ok === false)) process.exitCode = 1;
