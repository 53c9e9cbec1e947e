// Feed reading figures for `npm run bench`, each beside a baseline measured in the same run: the
// same page and the same scroll with the extension's feed reader switched off on the site (its
// per-site switch: no observer runs). The page is the real twitter.com reply thread; a scroll is
// simulated by appending copies of its three real tweets to the conversation, as X appends cells.
// The reader reads a new card's author on the mutation batch (the chip) and its post when the page is
// idle: the batch's cost is the target's figure; all its work, deferred reading included, is shown too.
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../tests/harness/extension.ts';

const PAGE = 'https://twitter.com/realDonaldTrump/status/1222907250383245320?variant=replies';

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

async function setReaderOff(browser: ExtensionBrowser, off: boolean): Promise<void> {
  await browser.worker.evaluate(async (value) => {
    const { storage } = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await storage.local.set({ 'feedChipsHiddenOn.v1': value ? ['x'] : [] });
  }, off);
}

async function openPage(browser: ExtensionBrowser, readerOn: boolean): Promise<Page> {
  await setReaderOff(browser, !readerOn);
  const page = await browser.context.newPage();
  await page.goto(PAGE, { waitUntil: 'load' });
  if (readerOn) await page.locator('[data-creator-scout="chip"]').first().waitFor({ timeout: 15_000 });
  else await page.waitForTimeout(500); // the content script has read its switch and stays idle
  return page;
}

/** Milliseconds of each task that appends 10 cards, up to the next task (observers included). */
async function appendCost(page: Page, rounds: number): Promise<number[]> {
  return page.evaluate(async (n) => {
    const templates = [...document.querySelectorAll('article[data-testid="tweet"]')].map((a) => a.closest('[data-testid="cellInnerDiv"]') ?? a);
    const list = templates[0]!.parentElement!;
    // The next task (not a timer: no clamping), by a message to ourselves. Inline: the page runs
    // this function's source, without the bundler's helpers for named functions.
    const channel = new MessageChannel();
    const times: number[] = [];
    for (let r = 0; r < n; r++) {
      const batch = document.createDocumentFragment();
      for (let i = 0; i < 10; i++) batch.append(templates[i % templates.length]!.cloneNode(true));
      await new Promise<void>((resolve) => {
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      });
      const started = performance.now();
      list.append(batch);
      await new Promise<void>((resolve) => {
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      });
      times.push(performance.now() - started);
    }
    return times;
  }, rounds);
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
async function extensionWorkPer10(page: Page, rounds: number): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await appendCost(page, rounds);
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

/** Long animation frames (≥ 50 ms) while 500 cards are appended, 10 per frame. */
async function longFramesOverScroll(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const templates = [...document.querySelectorAll('article[data-testid="tweet"]')].map((a) => a.closest('[data-testid="cellInnerDiv"]') ?? a);
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
  });
}

/** JS heap after garbage collection, after `cards` cards went through a list that keeps the last 100. */
async function heapAfter(page: Page, cards: number[]): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  const sizes: number[] = [];
  let appended = 0;
  for (const target of cards) {
    await page.evaluate(async (count) => {
      const templates = [...document.querySelectorAll('article[data-testid="tweet"]')].slice(0, 3).map((a) => a.closest('[data-testid="cellInnerDiv"]') ?? a);
      const list = templates[0]!.parentElement!;
      const w = window as unknown as { feedTemplates?: Node[] };
      w.feedTemplates ??= templates.map((t) => t.cloneNode(true));
      for (let done = 0; done < count; done += 50) {
        for (let i = 0; i < 50; i++) list.append(w.feedTemplates[i % 3]!.cloneNode(true));
        // A virtual list: cells scrolled far away leave the DOM.
        while (list.children.length > 100) list.firstElementChild!.remove();
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    }, target - appended);
    appended = target;
    await new Promise((resolve) => setTimeout(resolve, 500)); // the reader's batch reaches the background
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    sizes.push(usedSize);
  }
  await cdp.detach();
  return sizes;
}

export async function benchFeed(browser: ExtensionBrowser): Promise<FeedRow[]> {
  const rows: FeedRow[] = [];
  const cost: Record<'on' | 'off', number> = { on: 0, off: 0 };
  const all: Record<'on' | 'off', number> = { on: 0, off: 0 };
  const frames: Record<'on' | 'off', number[]> = { on: [], off: [] };
  const heap: Record<'on' | 'off', number[]> = { on: [], off: [] };
  for (const mode of ['off', 'on'] as const) {
    let page = await openPage(browser, mode === 'on');
    cost[mode] = median(await appendCost(page, 60));
    await page.close();
    // Apart: the profiler slows the page it samples.
    page = await openPage(browser, mode === 'on');
    all[mode] = await extensionWorkPer10(page, 60);
    await page.close();
    page = await openPage(browser, mode === 'on');
    frames[mode] = await longFramesOverScroll(page);
    await page.close();
    page = await openPage(browser, mode === 'on');
    heap[mode] = await heapAfter(page, [1000, 5000]);
    await page.close();
  }
  await setReaderOff(browser, false);
  const added = cost.on - cost.off;
  rows.push({ measure: 'Feed: append 10 cards, median task (reader off = baseline)', value: `${cost.off.toFixed(2)} ms`, target: '' });
  rows.push({ measure: 'Feed: append 10 cards, median task (reader on)', value: `${cost.on.toFixed(2)} ms`, target: '' });
  rows.push({ measure: 'Feed reader cost per 10 new cards, mutation batch (on − off)', value: `${added.toFixed(2)} ms`, target: '≤ 1 ms', ok: added <= 1 });
  rows.push({
    measure: 'Feed reader, all its work per 10 new cards, idle post reading included (sampled; reader off)',
    value: `${all.off.toFixed(2)} ms`,
    target: '',
  });
  rows.push({ measure: 'Feed reader, all its work per 10 new cards, idle post reading included (sampled; reader on)', value: `${all.on.toFixed(2)} ms`, target: '' });
  const long = (d: number[]) => `${d.length}${d.length ? ` (max ${Math.max(...d).toFixed(0)} ms)` : ''}`;
  rows.push({ measure: 'Feed: long frames over 500 appended cards (reader off)', value: long(frames.off), target: '' });
  rows.push({
    measure: 'Feed: long frames over 500 appended cards (reader on)',
    value: long(frames.on),
    target: 'no more than reader off',
    ok: frames.on.length <= frames.off.length,
  });
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const growth = (h: number[]) => h[1]! - h[0]!;
  rows.push({ measure: 'Feed: JS heap after 1,000 → 5,000 cards (reader off)', value: `${mb(heap.off[0]!)} → ${mb(heap.off[1]!)}`, target: '' });
  rows.push({
    measure: 'Feed: JS heap after 1,000 → 5,000 cards (reader on)',
    value: `${mb(heap.on[0]!)} → ${mb(heap.on[1]!)}`,
    target: 'growth ≤ off + 1 MB',
    ok: growth(heap.on) <= growth(heap.off) + 1024 * 1024,
  });
  return rows;
}
