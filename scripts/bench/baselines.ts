// The machine's own limit for each benchmark figure, measured in the same browser, on the same data,
// in the same run (issue 16): raw IndexedDB writes and reads, a blank extension page, an input with
// no handler. Functions passed to `page.evaluate` run in an extension page and must be
// self-contained (no imports, no outer variables).
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The page `bench-baseline.html?mode=…` marks `bench:ready` when it has done the mode's work. */
const BASELINE_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Baseline</title>
<script type="module" src="/bench-baseline.js"></script></head><body></body></html>`;

/**
 * blank: nothing (the popup's baseline). roster: raw getAll of what the roster shows, then a plain
 * render of one screen of rows (the roster page's baseline).
 */
const BASELINE_SCRIPT = `
const mode = new URLSearchParams(location.search).get('mode');
const req = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
if (mode === 'roster') {
  const db = await req(indexedDB.open('creator-scout'));
  const tx = db.transaction(['creators', 'accounts', 'reminders'], 'readonly');
  const [creators, accounts] = await Promise.all(['creators', 'accounts', 'reminders'].map((n) => req(tx.objectStore(n).getAll())));
  const handles = new Map();
  for (const a of accounts) handles.set(a.creatorId, [...(handles.get(a.creatorId) ?? []), a.handle]);
  const table = document.createElement('table');
  for (const c of creators.slice(0, 40)) {
    const row = table.insertRow();
    for (const text of [c.displayName, (handles.get(c.id) ?? []).join(', '), c.status, c.tags.join(', ')]) row.insertCell().textContent = text;
  }
  document.body.append(table);
}
performance.mark('bench:ready');
`;

/** A copy of the built extension with the baseline page added (the shipped build stays as it is). */
export function extensionWithBaselinePage(buildDir: string): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'creator-scout-bench-ext-')), 'extension');
  cpSync(buildDir, dir, { recursive: true });
  writeFileSync(path.join(dir, 'bench-baseline.html'), BASELINE_PAGE);
  writeFileSync(path.join(dir, 'bench-baseline.js'), BASELINE_SCRIPT);
  return dir;
}

/**
 * Raw IndexedDB writes of every record now in the extension's database, `runs` times: a fresh
 * database with the same stores and indexes, one transaction per table, `put` in a loop. Milliseconds each.
 */
export async function rawWriteTimes(runs: number): Promise<number[]> {
  const req = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
  const source = await req(indexedDB.open('creator-scout'));
  const names = [...source.objectStoreNames];
  const read = source.transaction(names, 'readonly');
  const data = await Promise.all(names.map((n) => req(read.objectStore(n).getAll())));
  const schema = names.map((n) => {
    const store = read.objectStore(n);
    const indexes = [...store.indexNames].map((i) => store.index(i));
    return { name: n, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes: indexes.map((i) => ({ name: i.name, keyPath: i.keyPath, unique: i.unique, multiEntry: i.multiEntry })) };
  });
  source.close();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    await req(indexedDB.deleteDatabase('bench-raw'));
    const open = indexedDB.open('bench-raw', 1);
    open.onupgradeneeded = () => {
      for (const s of schema) {
        const store = open.result.createObjectStore(s.name, { keyPath: s.keyPath, autoIncrement: s.autoIncrement });
        for (const i of s.indexes) store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
      }
    };
    const db = await req(open);
    const started = performance.now();
    await Promise.all(
      names.map((n, k) =>
        data[k]!.length === 0
          ? null
          : new Promise((resolve, reject) => {
              const tx = db.transaction(n, 'readwrite');
              const store = tx.objectStore(n);
              for (const record of data[k]!) store.put(record);
              tx.oncomplete = resolve;
              tx.onerror = () => reject(tx.error);
            }),
      ),
    );
    times.push(performance.now() - started);
    db.close();
  }
  await req(indexedDB.deleteDatabase('bench-raw'));
  return times;
}

/** Raw `getAll` of every table plus `JSON.stringify` of the result, `runs` times. Milliseconds each. */
export async function rawBackupTimes(runs: number): Promise<number[]> {
  const req = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const db = await req(indexedDB.open('creator-scout'));
    const names = [...db.objectStoreNames];
    const tx = db.transaction(names, 'readonly');
    const all = await Promise.all(names.map((n) => req(tx.objectStore(n).getAll())));
    const text = JSON.stringify({ tables: Object.fromEntries(names.map((n, k) => [n, all[k]])) });
    times.push(performance.now() - started);
    db.close();
    if (!text.length) throw new Error('empty backup');
  }
  return times;
}

/**
 * Input-to-paint latency per keystroke: starting just after a frame, type one more character of
 * `text` into `selector` (or, with `selector` null, into a new input with no handler attached) and
 * wait until the browser has painted the next frame — and, with `shownBy`, a frame in which the
 * element `shownBy` says (in its `data-query`) that the table shows that text: a page that paints
 * the box first and the table a frame later is timed to the table. Typed twice. Milliseconds each.
 */
export async function typingTimes({ selector, text, shownBy = null }: { selector: string | null; text: string; shownBy?: string | null }): Promise<number[]> {
  const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => { const channel = new MessageChannel(); channel.port1.onmessage = () => resolve(); channel.port2.postMessage(0); }));
  let input = selector ? document.querySelector<HTMLInputElement>(selector) : null;
  if (!selector) {
    input = document.createElement('input');
    input.type = 'search';
    input.style.cssText = 'position:fixed;top:0;left:0;z-index:9';
    document.body.append(input);
  }
  if (!input) throw new Error(`No input ${selector}`);
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  const times: number[] = [];
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i <= text.length; i++) {
      await afterPaint();
      const started = performance.now();
      setValue.call(input, text.slice(0, i));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await afterPaint();
      const value = text.slice(0, i);
      for (let frames = 0; shownBy && document.querySelector<HTMLElement>(shownBy)?.dataset.query !== value; frames++) {
        if (frames > 600) throw new Error(`${shownBy} never showed “${value}”`);
        await afterPaint();
      }
      if (i > 0) times.push(performance.now() - started);
    }
  }
  if (!selector) input.remove();
  return times;
}

/**
 * Click-to-paint latency: click each of the first 8 checkboxes in `selector` twice (or, with
 * `selector` null, a new checkbox with no handler 16 times), each from just after a frame.
 */
export async function clickingTimes(selector: string | null): Promise<number[]> {
  const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => { const channel = new MessageChannel(); channel.port1.onmessage = () => resolve(); channel.port2.postMessage(0); }));
  let boxes = selector ? [...document.querySelectorAll<HTMLInputElement>(selector)].slice(0, 8) : [];
  if (!selector) {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.style.cssText = 'position:fixed;top:0;left:0;z-index:9';
    document.body.append(box);
    boxes = Array.from({ length: 8 }, () => box);
  }
  const times: number[] = [];
  for (const box of [...boxes, ...boxes]) {
    await afterPaint();
    const started = performance.now();
    box.click();
    await afterPaint();
    times.push(performance.now() - started);
  }
  if (!selector) boxes[0]?.remove();
  return times;
}

/**
 * A plain array filter over the roster's rows, read raw from IndexedDB: per prefix of `text`
 * (typed twice, as above), the creators whose name, handle, tag, strength or e-mail contains it;
 * per filter click, the creators with one tag. Milliseconds each.
 */
export async function plainFilterTimes({ text, clicks }: { text: string; clicks: number }): Promise<{ search: number[]; filter: number[] }> {
  const req = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
  const db = await req(indexedDB.open('creator-scout'));
  const tx = db.transaction(['creators', 'accounts'], 'readonly');
  type Raw = { id: string; creatorId: string; displayName: string; handle: string; tags: string[]; strengths: string[]; contact: { email: string } };
  const [creators, accounts] = (await Promise.all([req(tx.objectStore('creators').getAll()), req(tx.objectStore('accounts').getAll())])) as [Raw[], Raw[]];
  db.close();
  const handles = new Map<string, string[]>();
  for (const a of accounts) handles.set(a.creatorId, [...(handles.get(a.creatorId) ?? []), a.handle]);
  const rows = creators.map((c) => ({ ...c, handles: handles.get(c.id) ?? [] }));
  const search: number[] = [];
  let kept = 0;
  for (let round = 0; round < 2; round++) {
    for (let i = 1; i <= text.length; i++) {
      const q = text.slice(0, i).toLowerCase();
      const started = performance.now();
      const has = (s: string) => s.toLowerCase().includes(q);
      kept += rows.filter((r) => has(r.displayName) || r.handles.some(has) || r.tags.some(has) || r.strengths.some(has) || has(r.contact.email)).length;
      search.push(performance.now() - started);
    }
  }
  const filter: number[] = [];
  const tags = [...new Set(rows.flatMap((r) => r.tags))];
  for (let i = 0; i < clicks; i++) {
    const tag = tags[i % tags.length]!;
    const started = performance.now();
    kept += rows.filter((r) => r.tags.includes(tag)).length;
    filter.push(performance.now() - started);
  }
  if (kept < 0) throw new Error('unreachable');
  return { search, filter };
}

/**
 * Click the button named `button` and wait for the page's performance mark `mark` after it: the
 * milliseconds between, on the page's own clock (as its baselines are timed).
 */
export async function clickToMark({ button, mark }: { button: string; mark: string }): Promise<number> {
  const target = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === button);
  if (!target) throw new Error(`No button ${button}`);
  const seen = performance.getEntriesByName(mark).length;
  const started = performance.now();
  target.click();
  while (performance.getEntriesByName(mark).length === seen) await new Promise((resolve) => setTimeout(resolve, 10));
  return performance.getEntriesByName(mark).at(-1)!.startTime - started;
}
