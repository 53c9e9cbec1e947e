// `npm run extract -- --url <URL> <page.html>`: read a saved page the way the content script would
// and print the extraction result as JSON. For debugging the adapters and for new fixtures.
// A saved page's scripts are never run. Exit 0 with the result; exit 1 with a reason on stderr.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { adapterForUrl } from '@/utils/platforms/adapters';
import { ExtractionSchema } from '@/utils/model/reading';
import { parsePage } from '../../tests/helpers/fixtures';

const USAGE = `Usage: npm run extract -- --url <URL the page was saved from> <page.html | data.json>

  --url URL          the page's real address (decides the platform and page type)
  --embed-as NAME    for a .json file: the global the site assigns it to (default: ytInitialData)`;

class UsageError extends Error {}

function parseArgs(argv: string[]) {
  let url: string | undefined;
  let embedAs = 'ytInitialData';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--url') url = argv[++i];
    else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
    else if (arg === '--embed-as') embedAs = argv[++i] ?? embedAs;
    else if (arg === '--help' || arg === '-h') throw new UsageError('');
    else if (arg.startsWith('--')) throw new UsageError(`Unknown option ${arg}.`);
    else files.push(arg);
  }
  if (!url) throw new UsageError('Give the address the page was saved from with --url.');
  if (files.length !== 1) throw new UsageError('Give exactly one saved page.');
  return { url, file: files[0]!, embedAs };
}

function readPage(file: string, embedAs: string): string {
  if (!existsSync(file) || !statSync(file).isFile()) throw new Error(`There is no file at ${file}.`);
  const bytes = readFileSync(file);
  if (bytes.length === 0) throw new Error(`${file} is empty.`);
  if (bytes.subarray(0, 4096).includes(0)) throw new Error(`${file} is not a text file (it looks binary).`);
  const text = bytes.toString('utf8');
  if (file.endsWith('.json')) {
    try {
      JSON.parse(text);
    } catch (error) {
      throw new Error(`${file} is not valid JSON: ${(error as Error).message}`);
    }
    return `<!doctype html><html><body><script>var ${embedAs} = ${text.replace(/<\/script/gi, '<\\/script')};</script></body></html>`;
  }
  if (!/<[a-z!]/i.test(text)) throw new Error(`${file} does not look like an HTML page.`);
  return text;
}

function main(argv: string[]): number {
  try {
    const { url: href, file, embedAs } = parseArgs(argv);
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      throw new Error(`${href} is not a valid URL.`);
    }
    const adapter = adapterForUrl(url);
    if (!adapter) throw new Error(`${url.hostname} is not a supported site (Instagram, TikTok, YouTube, X, Bluesky).`);
    // Built without evaluating CSS: a rule jsdom cannot parse must not stop the read (a browser skips it).
    const doc = parsePage(readPage(file, embedAs), url.href);
    const started = performance.now();
    const reading = adapter.extract(doc, url);
    const result = ExtractionSchema.parse({ ...reading, tookMs: Math.round((performance.now() - started) * 1000) / 1000 });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message ? `${error.message}\n\n` : ''}${USAGE}\n`);
    } else {
      process.stderr.write(`extract: ${(error as Error).message}\n`);
    }
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
