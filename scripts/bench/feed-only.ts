// `npx tsx scripts/bench/feed-only.ts` (after `npx wxt build`): only the feed reader's figures of
// `npm run bench` (feed.ts), each beside its reader-off baseline, without the roster at scale.
import { launchWithExtension } from '../../tests/harness/extension.ts';
import { benchFeed } from './feed.ts';

const browser = await launchWithExtension();
await browser.context.addInitScript('globalThis.__name = (f) => f;');
try {
  const rows = await benchFeed(browser);
  const width = Math.max(...rows.map((r) => r.measure.length));
  for (const row of rows) {
    const mark = row.ok === undefined ? '' : row.ok ? '  ✓' : '  ✗ MISSED';
    console.log(`${row.measure.padEnd(width)}  ${row.value.padStart(16)}  ${row.target}${mark}`);
  }
  if (rows.some((r) => r.ok === false)) process.exitCode = 1;
} finally {
  await browser.close();
}
