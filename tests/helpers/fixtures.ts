import { JSDOM } from 'jsdom';

export { listFixtures, type Fixture, type FixtureMeta } from '../harness/fixtures.ts';

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
