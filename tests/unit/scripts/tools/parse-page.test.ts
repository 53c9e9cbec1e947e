// @vitest-environment node
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../helpers/fixtures';

// The test helpers build saved pages as the browser's parser does, without evaluating CSS: jsdom
// throws on a rule a browser skips, and then a real page could not be tested at all.

const BROKEN_RULE = '.r-1ye8kvj{max-width:calc((80px * 5)}';
const PAGE = `<!doctype html><html lang="es"><head><style>${BROKEN_RULE}</style></head>
<body style="max-width: calc((80px * 5)"><a href="/Kikobeats/followers">3,893 Followers</a>
<script>document.body.textContent = 'replaced by a script'</script></body></html>`;

describe('parsePage', () => {
  it('reads a page whose stylesheet jsdom cannot parse (jsdom alone throws on it)', () => {
    expect(() => new JSDOM(PAGE, { url: 'https://x.com/Kikobeats' })).toThrow();
    const doc = parsePage(PAGE, 'https://x.com/Kikobeats');
    expect(doc.documentElement.getAttribute('lang')).toBe('es');
    expect(doc.querySelector('style')?.textContent).toBe(BROKEN_RULE);
    expect(doc.body.getAttribute('style')).toBe('max-width: calc((80px * 5)');
  });

  it('keeps the page’s address for its links and never runs its scripts', () => {
    const doc = parsePage(PAGE, 'https://x.com/Kikobeats');
    expect(doc.URL).toBe('https://x.com/Kikobeats');
    expect(doc.querySelector('a')?.href).toBe('https://x.com/Kikobeats/followers');
    // The script would have replaced the link had it run.
    expect(doc.querySelector('a')?.textContent).toBe('3,893 Followers');
    expect(parsePage(PAGE, 'https://twitter.com/Kikobeats').querySelector('a')?.href).toBe('https://twitter.com/Kikobeats/followers');
  });
});
