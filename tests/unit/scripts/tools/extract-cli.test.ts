// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../../harness/fixtures.ts';

// The command-line extractor, run as a user runs it (through tsx, as `npm run extract` does).

const ROOT = path.resolve(FIXTURES_DIR, '../..');
const PLUTO = path.join(FIXTURES_DIR, 'instagram/ig-profile-pluto__travel-2025-ssr/source.html');
const KIKO_2025 = path.join(FIXTURES_DIR, 'x/x-profile-Kikobeats-2025-dom/source.html');

function extract(...args: string[]) {
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/tools/extract.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run extract', () => {
  it('prints the extraction of a real saved page as JSON and exits 0', () => {
    const { code, stdout, stderr } = extract('--url', 'https://www.instagram.com/pluto__travel/', PLUTO);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({
      platform: 'instagram',
      pageType: 'profile',
      handle: 'pluto__travel',
      counts: {
        followers: { value: 2362, precision: 1 },
        following: { value: 136, precision: 1 },
        posts: { value: 224, precision: 1 },
        likes: { missing: expect.any(String) },
        comments: { missing: expect.any(String) },
        shares: { missing: expect.any(String) },
        views: { missing: expect.any(String) },
      },
    });
  }, 120_000); // a tsx process of its own: slow to start beside a CPU hog

  it.each([
    [['--url', 'https://www.instagram.com/x/', '/no/such/page.html'], /There is no file at \/no\/such\/page.html/],
    [['--url', 'https://example.com/x', PLUTO], /example\.com is not a supported site/],
    [['--url', 'not a url', PLUTO], /not a valid URL/],
    [[PLUTO], /Give the address the page was saved from with --url/],
  ])('refuses %j with a clear message and exit 1', (args, message) => {
    const { code, stdout, stderr } = extract(...args);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  }, 120_000); // a tsx process of its own: slow to start beside a CPU hog

  it('refuses a file that is not a page', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'extract-'));
    const binary = path.join(dir, 'photo.html');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const broken = path.join(dir, 'data.json');
    writeFileSync(broken, '{"header": ');
    expect(extract('--url', 'https://www.instagram.com/x/', binary)).toMatchObject({ code: 1, stderr: expect.stringMatching(/not a text file/) });
    expect(extract('--url', 'https://www.youtube.com/@x', broken)).toMatchObject({ code: 1, stderr: expect.stringMatching(/not valid JSON/) });
  }, 120_000); // a tsx process of its own: slow to start beside a CPU hog

  it('reads a real X page whose stylesheet has a rule jsdom cannot parse, as a browser does', () => {
    // A real x.com page carried `calc((80px * 5)` left unclosed in one rule; jsdom throws
    // `")" is expected` on it while a browser skips the rule. The same real page as the fixture,
    // with that rule in a <style> element and in a style attribute.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'extract-'));
    const page = path.join(dir, 'kikobeats.html');
    const rule = '.r-1ye8kvj{max-width:calc((80px * 5)}';
    const html = readFileSync(KIKO_2025, 'utf8')
      .replace('</head>', `<style>${rule}</style></head>`)
      .replace('<body', '<body style="max-width: calc((80px * 5)"');
    expect(html).toContain(rule);
    writeFileSync(page, html);
    const { code, stdout, stderr } = extract('--url', 'https://x.com/Kikobeats', page);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      platform: 'x',
      handle: 'Kikobeats',
      counts: { followers: { value: 3893, precision: 1 }, following: { value: 406, precision: 1 } },
    });
  }, 120_000); // a tsx process of its own: slow to start beside a CPU hog
});
