// Store readiness, for both stores:
// - Chrome Web Store: the zip is checked for what the store rejects: remote code, eval and its
//   kin, a permission the README does not justify, no 128 px icon, a description over 132 characters.
// - Firefox Add-ons: Mozilla's own linter (`web-ext lint`), with no error and no warning except those
//   listed in JUSTIFIED_FIREFOX_WARNINGS, each of which the README explains.
//
// `npm run check:stores` builds both and runs both checks; tests/e2e/store-readiness.e2e.ts runs them
// in `npm test`. Exit 0 when both pass; 1 with every problem listed.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A packaged extension: file path inside the package → contents. */
export type PackageFiles = Map<string, Buffer>;

/** The files of a zip (stored or deflated entries, as store zips are) or of a folder. */
export function readPackage(location: string): PackageFiles {
  const files: PackageFiles = new Map();
  if (statSync(location).isDirectory()) {
    for (const entry of readdirSync(location, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile()) continue;
      const full = path.join(entry.parentPath, entry.name);
      files.set(path.relative(location, full).split(path.sep).join('/'), readFileSync(full));
    }
    return files;
  }
  const zip = readFileSync(location);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${location} is not a zip file.`);
  let at = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${location}: damaged zip directory.`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + size);
    if (!name.endsWith('/')) files.set(name, method === 8 ? inflateRawSync(raw) : Buffer.from(raw));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return files;
}

/** The README's "Permissions, and why" section. */
export function permissionsSection(readme: string): string {
  const start = readme.indexOf('## Permissions, and why');
  if (start < 0) return '';
  const next = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, next < 0 ? undefined : next);
}

/** Width and height of a PNG, or null if the bytes are not a PNG. */
function pngSize(png: Buffer | undefined): { width: number; height: number } | null {
  if (!png || png.length < 24 || png.toString('latin1', 1, 4) !== 'PNG') return null;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const EVAL_PATTERNS: Array<[RegExp, string]> = [
  [/(?<![\w$.])eval\s*\(/, 'eval()'],
  [/(?<![\w$.])(?:new\s+)?Function\s*\(/, 'new Function()'],
  [/\bset(?:Timeout|Interval)\s*\(\s*["'`]/, 'setTimeout/setInterval with a string of code'],
];
const REMOTE_SCRIPT_PATTERNS: Array<[RegExp, string]> = [
  [/<script\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\//i, 'a <script> loaded from the web'],
  [/(?:\bimport\s*\(|\bimportScripts\s*\(|\bfrom)\s*["'`](?:https?:)?\/\//, 'a script imported from the web'],
];

/** Everything in a Chrome package that the Chrome Web Store would reject; empty when it is ready. */
export function chromeStoreProblems(files: PackageFiles, readme: string): string[] {
  const problems: string[] = [];
  const manifestFile = files.get('manifest.json');
  if (!manifestFile) return ['No manifest.json at the top of the package.'];
  const manifest = JSON.parse(manifestFile.toString('utf8'));
  if (manifest.manifest_version !== 3) problems.push(`Manifest version ${manifest.manifest_version}: the Chrome Web Store takes only Manifest V3.`);
  const description: string = manifest.description ?? '';
  if (!description) problems.push('The manifest has no description.');
  if (description.length > 132) problems.push(`The description is ${description.length} characters; the Chrome Web Store takes at most 132.`);
  if ((manifest.name ?? '').length > 75) problems.push(`The name is over 75 characters.`);

  const icon = manifest.icons?.['128'];
  const size = icon ? pngSize(files.get(icon)) : null;
  if (!icon) problems.push('The manifest names no 128 px icon (icons["128"]).');
  else if (!size) problems.push(`The 128 px icon ${icon} is missing or not a PNG.`);
  else if (size.width !== 128 || size.height !== 128) problems.push(`The 128 px icon ${icon} is ${size.width}×${size.height}.`);

  const csp = manifest.content_security_policy?.extension_pages ?? '';
  if (/unsafe-eval|https?:|\*/.test(csp)) problems.push(`The content security policy allows eval or remote code: ${csp}`);

  for (const [name, contents] of files) {
    if (!/\.(m?js|html)$/.test(name)) continue;
    const text = contents.toString('utf8');
    for (const [pattern, what] of name.endsWith('.html') ? REMOTE_SCRIPT_PATTERNS : [...REMOTE_SCRIPT_PATTERNS, ...EVAL_PATTERNS]) {
      const match = pattern.exec(text);
      if (match) problems.push(`${name}: ${what}: …${text.slice(Math.max(0, match.index - 40), match.index + 40)}…`);
    }
  }

  const justified = permissionsSection(readme);
  if (!justified) problems.push('The README has no "## Permissions, and why" section.');
  for (const permission of [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])] as string[]) {
    if (!justified.includes(`\`${permission}\``)) problems.push(`The permission "${permission}" is not justified in the README's permissions table.`);
  }
  for (const host of [...(manifest.host_permissions ?? []), ...(manifest.optional_host_permissions ?? [])] as string[]) {
    const domain = /^[^:]+:\/\/(?:\*\.)?([^/]+)\//.exec(host)?.[1] ?? host;
    if (!justified.includes(`\`${domain}\``)) problems.push(`The host permission "${host}" is not justified in the README's permissions table (name \`${domain}\`).`);
  }
  return problems;
}

/** Warnings of Mozilla's linter that are accepted, each with its reason (the README repeats it). */
export const JUSTIFIED_FIREFOX_WARNINGS: Array<{ code: string; file: RegExp; why: string }> = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // The shared chunk holding React DOM: Rollup names it after one of its modules, which changes as
    // pages are added, so any shared chunk (never a content script, which has no chunks).
    file: /^chunks\/[\w-]+\.js$/,
    why: 'React DOM’s own support for dangerouslySetInnerHTML (the shared chunk of the popup and options page); Creator Scout never uses it, and the linter (eslint) forbids it and innerHTML in our code.',
  },
];

export interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

/** Run Mozilla's add-ons linter (web-ext lint) on a built Firefox add-on folder. */
export function runFirefoxLint(dir: string): { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] } {
  const bin = path.join(ROOT, 'node_modules/.bin/web-ext');
  let out: string;
  try {
    out = execFileSync(bin, ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } });
  } catch (error) {
    // web-ext exits 1 when there are errors; its report is still on stdout.
    out = (error as { stdout?: string }).stdout ?? '';
    if (!out.trim()) throw error;
  }
  return JSON.parse(out.slice(out.indexOf('{')));
}

/** Everything Mozilla's linter reports that is not an accepted, README-explained warning. */
export function firefoxStoreProblems(report: ReturnType<typeof runFirefoxLint>, readme: string): string[] {
  const describe = (kind: string, m: LintMessage) => `${kind} ${m.code}${m.file ? ` in ${m.file}` : ''}: ${m.message}`;
  const problems = [...report.errors.map((m) => describe('error', m)), ...report.notices.map((m) => describe('notice', m))];
  for (const warning of report.warnings) {
    const accepted = JUSTIFIED_FIREFOX_WARNINGS.find((j) => j.code === warning.code && j.file.test(warning.file ?? ''));
    if (!accepted) problems.push(describe('warning', warning));
    else if (!readme.includes(warning.code)) problems.push(`The README does not explain the accepted warning ${warning.code}.`);
  }
  return problems;
}

/** The Chrome zip `wxt zip` writes for this version. */
export function chromeZipPath(): string {
  const { name, version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  const zip = path.join(ROOT, '.output', `${name}-${version}-chrome.zip`);
  if (!existsSync(zip)) throw new Error(`No Chrome zip at ${zip}: run \`npm run zip\` first.`);
  return zip;
}

function main(): void {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const zip = chromeZipPath();
  const firefoxDir = path.join(ROOT, '.output/firefox-mv2');
  if (!existsSync(path.join(firefoxDir, 'manifest.json'))) throw new Error('No Firefox build in .output/firefox-mv2: run `npm run build:firefox` first.');
  const chrome = chromeStoreProblems(readPackage(zip), readme);
  const firefox = firefoxStoreProblems(runFirefoxLint(firefoxDir), readme);
  console.log(`Chrome Web Store (${path.relative(ROOT, zip)}): ${chrome.length ? `${chrome.length} problem(s)` : 'ready'}`);
  for (const p of chrome) console.log(`  - ${p}`);
  console.log(`Firefox Add-ons (web-ext lint, .output/firefox-mv2): ${firefox.length ? `${firefox.length} problem(s)` : 'ready'}`);
  for (const p of firefox) console.log(`  - ${p}`);
  process.exitCode = chrome.length || firefox.length ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
