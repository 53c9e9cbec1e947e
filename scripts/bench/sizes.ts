// Gzipped size of each entrypoint's JavaScript in a build: the entry file plus every chunk it
// loads (static imports, followed transitively).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const IMPORT = /(?:import|from)\s*["'](\.{0,2}\/[^"']+\.js)["']/g;
const HTML_SCRIPT = /<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g;

function closure(dir: string, entryFiles: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entryFiles];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec = ''] of code.matchAll(IMPORT)) {
      queue.push(spec.startsWith('/') ? path.join(dir, spec) : path.resolve(path.dirname(file), spec));
    }
  }
  return [...seen];
}

function gzipBytes(files: string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
}

export interface EntrypointSize {
  entrypoint: string;
  files: number;
  gzipBytes: number;
}

export function entrypointSizes(dir: string): EntrypointSize[] {
  const buildDir = path.resolve(dir);
  const rows: EntrypointSize[] = [];
  for (const html of readdirSync(buildDir).filter((f) => f.endsWith('.html'))) {
    const text = readFileSync(path.join(buildDir, html), 'utf8');
    const entries = [...text.matchAll(HTML_SCRIPT)].map(([, src = '']) => path.join(buildDir, src.replace(/^\//, '')));
    const files = closure(buildDir, entries);
    rows.push({ entrypoint: html.replace('.html', ''), files: files.length, gzipBytes: gzipBytes(files) });
  }
  const contentDir = path.join(buildDir, 'content-scripts');
  const contentScripts = existsSync(contentDir) ? readdirSync(contentDir).map((f) => `content-scripts/${f}`) : [];
  for (const script of ['background.js', ...contentScripts]) {
    if (!script.endsWith('.js') || !existsSync(path.join(buildDir, script))) continue;
    const files = closure(buildDir, [path.join(buildDir, script)]);
    rows.push({ entrypoint: script.replace(/\.js$/, ''), files: files.length, gzipBytes: gzipBytes(files) });
  }
  return rows;
}
