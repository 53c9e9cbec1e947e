// Feed reading figures for `npm run bench`, per site's feed reader, each beside a baseline measured in
// the same run: the same page and the same scroll with the extension's feed reader switched off on
// the site (its per-site switch: no observer runs). Each page is a real saved one (tests/fixtures);
// a scroll is simulated by appending copies of its real cards to the list that holds them, as the
// site appends cells. The reader reads a new card's author on the mutation batch (the chip) and its
// post when the page is idle: the batch's cost is the target's figure; all its work, deferred
// reading included, is shown too.
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../tests/harness/extension.ts';

/** A real feed page and how its cards sit in it. */
export interface FeedPage {
  platform: 'x' | 'bluesky' | 'youtube' | 'tiktok';
  url: string;
  /** The cards the reader reads. */
  card: string;
  /** The cell the site appends for each card (the card itself when empty). */
  cell: string;
}

export const FEED_PAGES: readonly FeedPage[] = [
  // twitter.com reply thread: three authors' tweets, each in a cellInnerDiv of the conversation.
  { platform: 'x', url: 'https://twitter.com/realDonaldTrump/status/1222907250383245320?variant=replies', card: 'article[data-testid="tweet"]', cell: '[data-testid="cellInnerDiv"]' },
  // Bluesky profile feed: 28 items (reposts of other authors among them).
  { platform: 'bluesky', url: 'https://bsky.app/profile/stephenking.bsky.social', card: '[data-testid^="feedItem-by-"]', cell: '' },
  // YouTube home grid: three captured cards, each a ytd-rich-item-renderer of the grid's #contents.
  { platform: 'youtube', url: 'https://www.youtube.com/', card: 'yt-lockup-view-model, ytd-rich-grid-media', cell: 'ytd-rich-item-renderer' },
  // TikTok search: three results, each a DivItemContainerForSearch.
  { platform: 'tiktok', url: 'https://www.tiktok.com/search?q=tartaria', card: '[data-e2e="search-card-desc"]', cell: '[class*="DivItemContainerForSearch"]' },
];

export interface FeedRow {
  measure: string;
  value: string;
  target: string;
  ok?: boolean;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function setReaderOff(browser: ExtensionBrowser, platform: FeedPage['platform'] | null): Promise<void> {
  await browser.worker.evaluate(async (value) => {
    const { storage } = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await storage.local.set({ 'feedChipsHiddenOn.v1': value ? [value] : [] });
  }, platform);
}

async function openPage(browser: ExtensionBrowser, feed: FeedPage, readerOn: boolean): Promise<Page> {
  await setReaderOff(browser, readerOn ? null : feed.platform);
  const page = await browser.context.newPage();
  await page.goto(feed.url, { waitUntil: 'load' });
  if (readerOn) await page.locator('[data-creator-scout="chip"]').first().waitFor({ timeout: 15_000 });
  else await page.waitForTimeout(500); // the content script has read its switch and stays idle
  return page;
}

/**
 * Each append of 10 cards, twice timed: `batch`, the append and the mutation observers it wakes
 * (they run in the microtask checkpoint right after it: the reader reads the new cards' authors and
 * mounts their chips there), up to a microtask queued after the append; `task`, up to the next task
 * (anything else the browser does before it, a frame's style, layout and paint included).
 */
async function appendCost(page: Page, feed: FeedPage, rounds: number): Promise<{ batch: number[]; task: number[] }> {
  // From a second after the page showed its cards, as a user starts scrolling (the same wait with the reader off).
  await page.waitForTimeout(1000);
  return page.evaluate(async ({ n, card, cell }) => {
    const templates = [...new Set([...document.querySelectorAll(card)].map((a) => (cell && a.closest(cell)) || a))];
    const list = templates[0]!.parentElement!;
    // The next task (not a timer: no clamping), by a message to ourselves. Inline: the page runs
    // this function's source, without the bundler's helpers for named functions.
    const channel = new MessageChannel();
    const batch: number[] = [];
    const task: number[] = [];
    for (let r = 0; r < n; r++) {
      const cells = document.createDocumentFragment();
      for (let i = 0; i < 10; i++) cells.append(templates[i % templates.length]!.cloneNode(true));
      await new Promise<void>((resolve) => {
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      });
      const started = performance.now();
      list.append(cells);
      // Queued after the observers' callbacks: it runs once they have.
      await new Promise<void>((resolve) => queueMicrotask(resolve));
      batch.push(performance.now() - started);
      await new Promise<void>((resolve) => {
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      });
      task.push(performance.now() - started);
    }
    return { batch, task };
  }, { n: rounds, card: feed.card, cell: feed.cell });
}

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { url: string }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

/**
 * The extension's own work per 10 appended cards, its deferred work included: the time the
 * browser's sampling profiler finds the content script's code (or what it called) running, over
 * `rounds` appends of 10 cards and the 3 s after them (the reader reads the cards' posts when the
 * page is idle, then sends them), divided by the rounds. The profiler's own overhead makes it an
 * overestimate.
 */
async function extensionWorkPer10(page: Page, feed: FeedPage, rounds: number): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await appendCost(page, feed, rounds);
  await page.waitForTimeout(3000);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  await cdp.detach();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const ours = new Map<number, boolean>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const result = Boolean(byId.get(id)?.callFrame.url.startsWith('chrome-extension://')) || (up !== undefined && isOurs(up));
    ours.set(id, result);
    return result;
  };
  let micros = 0;
  profile.samples.forEach((id, i) => {
    if (isOurs(id)) micros += profile.timeDeltas[i] ?? 0;
  });
  return micros / 1000 / rounds;
}

/**
 * Long animation frames (≥ 50 ms) while 500 cards are appended, 10 per frame, from a second after
 * the page showed its cards (as a user starts scrolling; the same wait with the reader off).
 */
async function longFramesOverScroll(page: Page, feed: FeedPage): Promise<number[]> {
  await page.waitForTimeout(1000);
  return page.evaluate(async ({ card, cell }) => {
    const templates = [...new Set([...document.querySelectorAll(card)].map((a) => (cell && a.closest(cell)) || a))];
    const list = templates[0]!.parentElement!;
    const durations: number[] = [];
    const observer = new PerformanceObserver((entries) => {
      for (const entry of entries.getEntries()) durations.push(entry.duration);
    });
    observer.observe({ type: 'long-animation-frame' });
    for (let frame = 0; frame < 50; frame++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      for (let i = 0; i < 10; i++) list.append(templates[i % templates.length]!.cloneNode(true));
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    observer.disconnect();
    return durations;
  }, { card: feed.card, cell: feed.cell });
}

/** JS heap after garbage collection, after `cards` cards went through a list that keeps the last 100. */
async function heapAfter(page: Page, feed: FeedPage, cards: number[]): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  const sizes: number[] = [];
  let appended = 0;
  for (const target of cards) {
    await page.evaluate(async ({ count, card, cell }) => {
      const templates = [...new Set([...document.querySelectorAll(card)].map((a) => (cell && a.closest(cell)) || a))].slice(0, 3);
      const list = templates[0]!.parentElement!;
      const w = window as unknown as { feedTemplates?: Node[] };
      w.feedTemplates ??= templates.map((t) => t.cloneNode(true));
      for (let done = 0; done < count; done += 50) {
        for (let i = 0; i < 50; i++) list.append(w.feedTemplates[i % w.feedTemplates.length]!.cloneNode(true));
        // A virtual list: cells scrolled far away leave the DOM.
        while (list.children.length > 100) list.firstElementChild!.remove();
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    }, { count: target - appended, card: feed.card, cell: feed.cell });
    appended = target;
    await new Promise((resolve) => setTimeout(resolve, 500)); // the reader's batch reaches the background
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    sizes.push(usedSize);
  }
  await cdp.detach();
  return sizes;
}

const ratio = (value: number, baseline: number) => (baseline > 0 ? `${(value / baseline).toFixed(2)}×` : '—');

/** One reader's figures: each measured with the reader on, beside the same with it off. */
async function benchReader(browser: ExtensionBrowser, feed: FeedPage): Promise<FeedRow[]> {
  const cost: Record<'on' | 'off', number> = { on: 0, off: 0 };
  const task: Record<'on' | 'off', number> = { on: 0, off: 0 };
  const all: Record<'on' | 'off', number> = { on: 0, off: 0 };
  const frames: Record<'on' | 'off', number[]> = { on: [], off: [] };
  const heap: Record<'on' | 'off', number[]> = { on: [], off: [] };
  for (const mode of ['off', 'on'] as const) {
    let page = await openPage(browser, feed, mode === 'on');
    const times = await appendCost(page, feed, 60);
    cost[mode] = median(times.batch);
    task[mode] = median(times.task);
    await page.close();
    // Apart: the profiler slows the page it samples.
    page = await openPage(browser, feed, mode === 'on');
    all[mode] = await extensionWorkPer10(page, feed, 60);
    await page.close();
    page = await openPage(browser, feed, mode === 'on');
    frames[mode] = await longFramesOverScroll(page, feed);
    await page.close();
    page = await openPage(browser, feed, mode === 'on');
    heap[mode] = await heapAfter(page, feed, [1000, 5000]);
    await page.close();
  }
  const site = `Feed (${feed.platform})`;
  const added = cost.on - cost.off;
  const rows: FeedRow[] = [];
  rows.push({
    measure: `${site}: append 10 cards and their mutation batch, median: reader on / off (baseline), ratio`,
    value: `${cost.on.toFixed(2)} / ${cost.off.toFixed(2)} ms, ${ratio(cost.on, cost.off)}`,
    target: '',
  });
  rows.push({ measure: `${site}: reader's cost per 10 new cards, mutation batch (on − off)`, value: `${added.toFixed(2)} ms`, target: '≤ 1 ms', ok: added <= 1 });
  rows.push({
    measure: `${site}: append 10 cards up to the next task (a frame's rendering included), median: on / off, ratio`,
    value: `${task.on.toFixed(2)} / ${task.off.toFixed(2)} ms, ${ratio(task.on, task.off)}`,
    target: '',
  });
  rows.push({
    measure: `${site}: all extension work per 10 new cards, idle post reading included (sampled): on / off`,
    value: `${all.on.toFixed(2)} / ${all.off.toFixed(2)} ms`,
    target: '',
  });
  const long = (d: number[]) => `${d.length}${d.length ? ` (max ${Math.max(...d).toFixed(0)} ms)` : ''}`;
  rows.push({
    measure: `${site}: long animation frames over 500 appended cards: on / off`,
    value: `${long(frames.on)} / ${long(frames.off)}`,
    target: 'no more than off',
    ok: frames.on.length <= frames.off.length,
  });
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const growth = (h: number[]) => h[1]! - h[0]!;
  const plus = (h: number[]) => `${growth(h) >= 0 ? '+' : '−'}${mb(Math.abs(growth(h)))}`;
  rows.push({
    measure: `${site}: JS heap after 1,000 → 5,000 cards (growth): on / off`,
    value: `${mb(heap.on[0]!)} → ${mb(heap.on[1]!)} (${plus(heap.on)}) / ${mb(heap.off[0]!)} → ${mb(heap.off[1]!)} (${plus(heap.off)})`,
    target: 'growth ≤ off + 1 MB',
    ok: growth(heap.on) <= growth(heap.off) + 1024 * 1024,
  });
  return rows;
}

/** Every reader's figures (`platforms`: only those sites' readers). */
export async function benchFeed(browser: ExtensionBrowser, platforms?: readonly string[]): Promise<FeedRow[]> {
  const rows: FeedRow[] = [];
  try {
    for (const feed of FEED_PAGES) {
      if (platforms && !platforms.includes(feed.platform)) continue;
      rows.push(...(await benchReader(browser, feed)));
    }
  } finally {
    await setReaderOff(browser, null);
  }
  return rows;
}
