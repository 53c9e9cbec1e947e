// Launch Chromium with the built extension loaded and serve real saved pages at their real URLs,
// with no network: every other request is aborted and logged. Shared by the end-to-end tests,
// `npm run demo` and `npm run bench`.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Request, type Worker } from 'playwright-core';
import type { browser as extensionApi } from 'wxt/browser';
import { findChromium } from './chromium.ts';
import { listFixtures } from './fixtures.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');

export interface RequestRecord {
  url: string;
  /** served: a saved page; aborted: stopped here; extension-file: the extension's own packaged file; passed: to a test server the test allowed. */
  status: 'served' | 'aborted' | 'extension-file' | 'passed';
  frameUrl: string | null;
  fromServiceWorker: boolean;
}

export interface FixturePage {
  name: string;
  url: string;
  html: string;
}

/** Every saved page in tests/fixtures, with the URL it was saved from. */
export function fixturePages(): FixturePage[] {
  return listFixtures().map(({ name, meta, html }) => ({ name, url: meta.url, html }));
}

/** A URL without its query and fragment, with one trailing slash: how fixture URLs are matched. */
export function pageKey(href: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}/`;
}

/**
 * The saved page to serve for a request: a fixture whose URL has a query (two pages saved from one
 * address, told apart by `?variant=…`) only at that exact query; the others at any query.
 */
function pageFor(pages: readonly FixturePage[], href: string): FixturePage | undefined {
  const url = new URL(href);
  const key = pageKey(href);
  return (
    pages.find((p) => pageKey(p.url) === key && new URL(p.url).search === url.search) ??
    pages.find((p) => pageKey(p.url) === key && new URL(p.url).search === '')
  );
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function frameUrlOf(request: Request): string | null {
  try {
    return request.frame().url();
  } catch {
    return null; // service-worker requests have no frame
  }
}

export interface LaunchOptions {
  headless?: boolean;
  /** Reuse a browser profile (to test what survives a restart); a fresh temporary one by default. */
  userDataDir?: string;
  pages?: FixturePage[];
  /** Load the extension from this folder instead of the build (the benchmark adds its baseline page to a copy). */
  extensionDir?: string;
  /** Origins whose requests go through (a local test server, e.g. the team's CouchDB stand-in); everything else stays blocked. */
  passThrough?: string[];
}

export type ExtensionBrowser = Awaited<ReturnType<typeof launchWithExtension>>;

export async function launchWithExtension(options: LaunchOptions = {}) {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}. Run \`npm run build\` first.`);
  }
  // Report the extension's own service-worker requests too, so "no request of our own" is checked.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const ownProfile = !options.userDataDir;
  const userDataDir = options.userDataDir ?? mkdtempSync(path.join(os.tmpdir(), 'creator-scout-'));
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CHROMIUM_ARGS],
    viewport: { width: 1280, height: 800 },
  });

  const requests: RequestRecord[] = [];
  const pages = options.pages ?? fixturePages();
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = request.url();
    const record = { url, frameUrl: frameUrlOf(request), fromServiceWorker: Boolean(request.serviceWorker()) };
    if (url.startsWith('chrome-extension://')) {
      // The extension's own files, loaded from disk: never the network.
      requests.push({ ...record, status: 'extension-file' });
      await route.continue();
      return;
    }
    if (options.passThrough?.some((origin) => url.startsWith(`${origin}/`))) {
      requests.push({ ...record, status: 'passed' });
      await route.continue();
      return;
    }
    const page = /^https?:/.test(url) && request.resourceType() === 'document' ? pageFor(pages, url) : undefined;
    if (page) {
      requests.push({ ...record, status: 'served' });
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page.html });
    } else {
      requests.push({ ...record, status: 'aborted' });
      await route.abort('internetdisconnected');
    }
  });

  const worker: Worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    worker,
    extensionId,
    requests,
    /** The saved page served for `url`. */
    pageFor: (url: string) => pageFor(pages, url),
    extensionUrl: (file: string) => `chrome-extension://${extensionId}/${file.replace(/^\//, '')}`,
    /** The browser's id for the tab showing `url`, as the popup's `?tabId=` expects. */
    async tabIdOf(url: string): Promise<number> {
      return worker.evaluate(async (href) => {
        const { tabs } = (globalThis as unknown as { chrome: typeof extensionApi }).chrome;
        const all = await tabs.query({});
        const tab = all.find((t) => t.url === href);
        if (!tab?.id) throw new Error(`No tab shows ${href}; open tabs: ${all.map((t) => t.url).join(', ')}`);
        return tab.id;
      }, url);
    },
    /** Open `url` in a new tab from the extension and return its id (works where the tab's URL is hidden from the extension). */
    async openTab(url: string): Promise<number> {
      return worker.evaluate(async (href) => {
        const { tabs } = (globalThis as unknown as { chrome: typeof extensionApi }).chrome;
        const tab = await tabs.create({ url: href, active: false });
        return tab.id!;
      }, url);
    },
    async close() {
      await context.close();
      if (ownProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
