// Firefox with the built Firefox add-on (.output/firefox-mv2) installed as a temporary add-on,
// driven over WebDriver BiDi by puppeteer-core. Never downloads a browser: it uses the system's
// Firefox (Debian: `apt-get install -y firefox-esr`) or FIREFOX_PATH.
//
// The network, as Firefox sees it:
// - web pages opened with `webPage()` have their requests intercepted over BiDi: a saved page from
//   tests/fixtures is served at its real URL, everything else is stopped and logged;
// - every other request (the add-on's background page, its own pages, Firefox itself) goes to a
//   proxy on 127.0.0.1 that logs it and refuses it. `leaks` is that log: nothing may ever be there.
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { fixturePages, pageKey, ROOT, type FixturePage, type RequestRecord } from './extension.ts';

export const FIREFOX_EXTENSION_DIR = path.join(ROOT, '.output/firefox-mv2');
export const ADDON_ID = 'creator-scout@creator-scout.app';
/** The add-on's internal UUID, fixed by a preference so its pages have a known address. */
const ADDON_UUID = '6f1c9a7e-3b2d-4c8a-9e51-2d7f0b4a8c13';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

const CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/lib/firefox/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

export const FIREFOX_INSTALL_HINT = [
  'No Firefox found for the Firefox end-to-end tests.',
  'Install one, then run the tests again:',
  '  Debian/Ubuntu:  sudo apt-get install -y firefox-esr',
  '  Elsewhere:      set FIREFOX_PATH=/path/to/firefox (140 or later)',
  '(.ci/run installs it automatically on a fresh Debian machine.)',
].join('\n');

/** The path of a Firefox executable; throws with install instructions if there is none. */
export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to ${fromEnv}, but there is no file there.\n\n${FIREFOX_INSTALL_HINT}`);
  }
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(FIREFOX_INSTALL_HINT);
  return found;
}

/** A proxy that refuses everything and remembers what it was asked for. */
async function refusingProxy(): Promise<{ port: number; seen: string[]; close: () => void }> {
  const seen: string[] = [];
  const server = http.createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    response.writeHead(502).end();
  });
  server.on('connect', (request, socket) => {
    seen.push(`CONNECT ${request.url}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, seen, close: () => server.close() };
}

function savedPageFor(pages: readonly FixturePage[], href: string): FixturePage | undefined {
  const url = new URL(href);
  const key = pageKey(href);
  return (
    pages.find((p) => pageKey(p.url) === key && new URL(p.url).search === url.search) ??
    pages.find((p) => pageKey(p.url) === key && new URL(p.url).search === '')
  );
}

export interface FirefoxLaunchOptions {
  pages?: FixturePage[];
  /** How long the event page may sit idle before Firefox unloads it (Firefox's default: 30 s). */
  backgroundIdleMs?: number;
}

export type FirefoxExtensionBrowser = Awaited<ReturnType<typeof launchFirefoxWithExtension>>;

export async function launchFirefoxWithExtension(options: FirefoxLaunchOptions = {}) {
  if (!existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built add-on at ${FIREFOX_EXTENSION_DIR}. Run \`npm run build:firefox\` first.`);
  }
  const proxy = await refusingProxy();
  const pages = options.pages ?? fixturePages();
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: findFirefox(),
      headless: true,
      // Lets the driver open the add-on's own moz-extension:// pages in tabs (popup, options).
      args: ['--remote-allow-system-access'],
      // Firefox's own remote-settings sync honours a test server only when told it may.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
        // Firefox's own notification windows (headless has no desktop notification service).
        'alerts.useSystemBackend': false,
        'extensions.background.idle.timeout': options.backgroundIdleMs ?? 30_000,
        'services.settings.server': 'data:,#remote-settings-off',
        // Every request not answered by interception goes to the refusing proxy, HTTPS included.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
      },
    });
  } catch (error) {
    proxy.close();
    throw error;
  }
  await browser.installExtension(FIREFOX_EXTENSION_DIR);

  const requests: RequestRecord[] = [];
  let control: Page | null = null;

  /** Open one of the add-on's own pages in a new tab and wait until it has loaded. */
  async function extensionPage(file: string): Promise<Page> {
    const page = await browser.newPage();
    const url = `${EXTENSION_ORIGIN}/${file.replace(/^\//, '')}`;
    // BiDi reports no load event for add-on pages: start the navigation, then ask the page until it
    // has loaded (asking while Firefox moves the tab into the add-on's process can fail: ask again).
    void page.goto(url, { timeout: 0 }).catch(() => undefined);
    const givenUpAt = Date.now() + 20_000;
    let state = '';
    while (state !== `${url} complete`) {
      if (Date.now() > givenUpAt) throw new Error(`${url} did not load in Firefox (last seen: ${state || 'nothing'}).`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      state = await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '');
    }
    return page;
  }

  /** Run `source` (an async expression over `browser`, the WebExtension API) in an add-on page. */
  async function inExtension<T>(source: string): Promise<T> {
    control ??= await extensionPage('popup.html?tabId=0');
    const json = await control.evaluate(`(async () => JSON.stringify(await (${source})))()`);
    return (json === undefined ? undefined : JSON.parse(json as string)) as T;
  }

  return {
    browser,
    requests,
    /** Requests that reached the network (the refusing proxy): must stay empty. */
    leaks: proxy.seen,
    extensionPage,
    inExtension,
    pageFor: (url: string) => savedPageFor(pages, url),
    /** A new tab whose requests are answered with saved pages (documents only) or stopped. */
    async webPage(): Promise<Page> {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request: HTTPRequest) => {
        const url = request.url();
        const frameUrl = request.frame()?.url() ?? null;
        const saved = /^https?:/.test(url) && request.isNavigationRequest() ? savedPageFor(pages, url) : undefined;
        requests.push({ url, frameUrl, fromServiceWorker: false, status: saved ? 'served' : 'aborted' });
        if (saved) void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: saved.html });
        else void request.abort('internetdisconnected');
      });
      return page;
    },
    /** Firefox's id for the tab showing `url`, as the popup's `?tabId=` expects. */
    async tabIdOf(url: string): Promise<number> {
      const tabs = await inExtension<Array<{ id: number; url?: string }>>('browser.tabs.query({})');
      const tab = tabs.find((t) => t.url === url);
      if (!tab) throw new Error(`No tab shows ${url}; open tabs: ${tabs.map((t) => t.url).join(', ')}`);
      return tab.id;
    },
    /** Whether the add-on's event page is loaded right now. */
    async backgroundLoaded(): Promise<boolean> {
      return inExtension<boolean>(
        `Promise.resolve(browser.extension.getViews().some((view) => view.location.pathname === '/_generated_background_page.html'))`,
      );
    },
    async close() {
      await browser.close();
      proxy.close();
    },
  };
}
