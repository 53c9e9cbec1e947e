import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

// Real saved pages, one folder each: source.html (or source.json), meta.json (URL, where the page
// came from, the ground truth read by hand) and expected.json (the reviewed extraction).

export const FIXTURES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

export interface FixtureMeta {
  url: string;
  file: string;
  source: string;
  license: string;
  description: string;
  groundTruth: Record<string, unknown>;
}

export interface Fixture {
  name: string;
  dir: string;
  meta: FixtureMeta;
  html: string;
  expectedPath: string;
  expected: unknown;
}

export function listFixtures(): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const platform of readdirSync(FIXTURES_DIR, { withFileTypes: true })) {
    if (!platform.isDirectory()) continue;
    for (const entry of readdirSync(path.join(FIXTURES_DIR, platform.name), { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const dir = path.join(FIXTURES_DIR, platform.name, entry.name);
      const expectedPath = path.join(dir, 'expected.json');
      fixtures.push({
        name: `${platform.name}/${entry.name}`,
        dir,
        meta: JSON.parse(readFileSync(path.join(dir, 'meta.json'), 'utf8')) as FixtureMeta,
        html: readFileSync(path.join(dir, 'source.html'), 'utf8'),
        expectedPath,
        expected: existsSync(expectedPath) ? JSON.parse(readFileSync(expectedPath, 'utf8')) : undefined,
      });
    }
  }
  return fixtures.sort((a, b) => a.name.localeCompare(b.name));
}

/** Parse a saved page the way the browser would, without running its scripts. */
export function parsePage(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}
