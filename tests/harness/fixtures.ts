// Real saved pages, one folder each under tests/fixtures/<platform>/<name>/:
// - source.html: the page as saved; or source.json: data a page embeds (YouTube's ytInitialData),
//   which is served wrapped in a page the way the site embeds it (`embedAs` in meta.json);
// - meta.json: the URL it was saved from, where it came from, the ground truth read by hand;
// - expected.json: the reviewed extraction (regenerate with `npm run fixtures:update`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

export interface FixtureMeta {
  url: string;
  file: string;
  source: string;
  license: string;
  description: string;
  /** For source.json: the global the site assigns this data to in its page (`var ytInitialData = …`). */
  embedAs?: string;
  /** For source.json: the page language to serve it with. */
  lang?: string;
  groundTruth: Record<string, unknown>;
}

export interface Fixture {
  /** `<platform>/<folder>` */
  name: string;
  platform: string;
  dir: string;
  meta: FixtureMeta;
  html: string;
  expectedPath: string;
}

function folders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function pageHtml(dir: string, meta: FixtureMeta): string {
  const htmlPath = path.join(dir, 'source.html');
  if (existsSync(htmlPath)) return readFileSync(htmlPath, 'utf8');
  const json = readFileSync(path.join(dir, 'source.json'), 'utf8').trim();
  if (!meta.embedAs) throw new Error(`${dir}: source.json needs "embedAs" in meta.json`);
  // JSON is valid JavaScript; only "</script" inside it could end the script early.
  const safe = json.replace(/<\/script/gi, '<\\/script');
  return `<!doctype html><html lang="${meta.lang ?? 'en'}"><head><meta charset="utf-8"><title>${meta.file}</title></head><body><script>var ${meta.embedAs} = ${safe};</script></body></html>`;
}

export function listFixtures(): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const platform of folders(FIXTURES_DIR)) {
    for (const name of folders(path.join(FIXTURES_DIR, platform))) {
      const dir = path.join(FIXTURES_DIR, platform, name);
      const meta = JSON.parse(readFileSync(path.join(dir, 'meta.json'), 'utf8')) as FixtureMeta;
      fixtures.push({
        name: `${platform}/${name}`,
        platform,
        dir,
        meta,
        html: pageHtml(dir, meta),
        expectedPath: path.join(dir, 'expected.json'),
      });
    }
  }
  return fixtures;
}
