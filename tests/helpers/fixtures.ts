import { JSDOM } from 'jsdom';
import { listFixtures as readFixtures, type Fixture } from '../harness/fixtures.ts';

export { type Fixture, type FixtureMeta } from '../harness/fixtures.ts';

let fixtures: Fixture[] | null = null;

/** Every saved page in tests/fixtures, read from disk once per test file (the folder holds megabytes). */
export function listFixtures(): Fixture[] {
  return (fixtures ??= readFixtures());
}

let parserWindow: { url: string; window: JSDOM['window'] } | null = null;

/**
 * Parse a saved page the way the browser would, without running its scripts and without
 * evaluating its CSS. A browser skips a stylesheet rule it cannot read; jsdom throws on some
 * (X's `calc((80px * 5)` left unclosed: `")" is expected`). A document made by DOMParser has no
 * browsing context, so jsdom builds no stylesheets for it and runs none of its scripts: the tree,
 * attributes and text (including <style> and <script> text) are exactly what the HTML parser
 * makes of the page, and its URL is `url`, so links resolve as on the site.
 */
export function parsePage(html: string, url: string): Document {
  if (parserWindow?.url !== url) parserWindow = { url, window: new JSDOM('', { url }).window };
  return new parserWindow.window.DOMParser().parseFromString(html, 'text/html');
}

const parsed = new Map<string, Document>();

/**
 * A real saved page parsed once per test file: every test that reads it gets the same document
 * (parsing a whole page takes seconds on a busy machine). Read it, never change it: a test that
 * changes the page parses its own copy with `parsePage`.
 */
export function parseSavedPage(html: string, url: string): Document {
  const key = `${url}\n${html}`;
  let doc = parsed.get(key);
  if (!doc) parsed.set(key, (doc = parsePage(html, url)));
  return doc;
}
