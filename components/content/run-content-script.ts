// What every site's content script does, given that site's adapter. Cheap until the page is a
// profile or a post: on other pages it checks the URL and stops.
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PlatformAdapter } from '@/utils/platforms/adapter';
import type { Extraction, PageType } from '@/utils/model/reading';
import { handleKey, isMeasured } from '@/utils/model/reading-fields';
import { sendRequest } from '@/utils/browser/messaging';
import { FeedController } from './feed/controller';
import type { FeedReader } from '@/utils/feed/types';
import { BadgeController } from './badge-controller';
import { readPage, serveReadings } from './serve-readings';
import { whenReady } from './when-ready';

/** How long to wait for a single-page site to render a profile or post before reading what is there. */
const READY_TIMEOUT_MS = 10_000;

function isComplete(reading: Extraction, type: PageType): boolean {
  if (reading.pageType !== type || !reading.handle) return false;
  if (type === 'profile') return isMeasured(reading.counts.followers);
  return reading.posts.length > 0 && Object.values(reading.posts[0]!.counts).some(isMeasured);
}

/**
 * Which profile or post a reading shows, the same under every URL that shows it: X's photo viewer
 * (/status/<id>/photo/1) is the post, Instagram's ?img_index= or a hash change the same page. Null
 * when the reading is not complete (a later reading of the same page may show more).
 */
export function pageIdentity(reading: Extraction, type: PageType): string | null {
  if (!isComplete(reading, type)) return null;
  const post = type === 'post' ? reading.posts[0]!.id : '';
  return `${type}|${reading.platform}|${handleKey(reading.handle!)}|${post}`;
}

/**
 * Read the page once it shows what we need (or when the wait runs out: then read what there is).
 * `initialLoad`: this is the page the browser loaded, not one the site navigated to in place.
 */
export async function readWhenReady(
  adapter: PlatformAdapter,
  url: URL,
  type: PageType,
  signal: AbortSignal,
  initialLoad: boolean,
): Promise<Extraction | null> {
  const selector = adapter.readySelector(url);
  let last: Extraction | null = null;
  // On the page the browser loaded, the first read happens at once (the data may be embedded in the
  // page). Other reads happen only once the element the adapter waits for is there, so a page that
  // is still rendering is not read in vain; that includes the first one after an in-site
  // navigation, which the site announces before it has re-rendered (the previous page still shows).
  let first = initialLoad;
  const ready = () => {
    if (!first && selector && !document.querySelector(selector)) return false;
    first = false;
    last = readPage(adapter, document, url);
    return isComplete(last, type);
  };
  await whenReady(document, ready, { signal, timeoutMs: READY_TIMEOUT_MS });
  if (signal.aborted) return null;
  return last ?? readPage(adapter, document, url);
}

/** The right-clicked link, so the context menu can name the creator it would save. */
function watchContextMenuTargets(ctx: ContentScriptContext, adapter: PlatformAdapter): void {
  ctx.addEventListener(
    document,
    'contextmenu',
    (event) => {
      const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
      if (!link) return;
      const url = new URL(link.href, location.href);
      if (adapter.pageType(url) === 'profile') void sendRequest('contextTarget', { url: url.href }).catch(() => {});
    },
    { capture: true, passive: true },
  );
}

/**
 * WXT stops a content script when a document event named "<extension id>:…:wxt:content-script-started"
 * arrives from another instance: that is how a reloaded extension's new script replaces the old one.
 * The page can dispatch that event too (the id is public), and stopped our script. Only an orphaned
 * script (its extension reloaded or updated: `runtime.id` is gone) may be stopped that way; while
 * ours is live, the event is stopped here, on the window, before WXT's listener on the document.
 */
function refuseStopFromPage(ctx: ContentScriptContext): void {
  // Private in WXT's types, public at run time: the one place that names the event.
  const type = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  window.addEventListener(
    type,
    (event) => {
      if (browser.runtime?.id) event.stopImmediatePropagation();
    },
    { capture: true, signal: ctx.signal },
  );
}

/** `feed`: the site's feed reader, where it has one (chips beside creators in feeds). */
export async function runContentScript(ctx: ContentScriptContext, adapter: PlatformAdapter, feed?: FeedReader): Promise<void> {
  refuseStopFromPage(ctx);
  serveReadings(ctx, adapter);
  watchContextMenuTargets(ctx, adapter);
  const badge = new BadgeController(ctx, adapter.platform);
  await badge.start();
  // Chips beside every creator in a feed, search list or thread (sites with a feed reader).
  if (feed) void new FeedController(ctx, feed).start();

  let visit: AbortController | null = null;
  ctx.onInvalidated(() => visit?.abort());
  // The pageIdentity of the page last reported (its badge shown, or its postSeen sent).
  let reported: string | null = null;

  const onPage = async (url: URL, initialLoad: boolean) => {
    visit?.abort();
    visit = null;
    const type = adapter.pageType(url);
    if (type === 'other') {
      reported = null;
      return badge.hide();
    }
    const current = new AbortController();
    visit = current;
    const reading = await readWhenReady(adapter, url, type, current.signal, initialLoad);
    if (!reading || current.signal.aborted) return;
    // A new URL showing the page already reported: its post was recorded and its badge is up (with
    // its save state, and the status profileSeen gave it); reporting it again would redo both.
    const identity = pageIdentity(reading, type);
    const same = identity !== null && identity === reported;
    reported = identity;
    if (same) return;
    if (type === 'profile') return badge.show(reading);
    badge.hide();
    await sendRequest('postSeen', { reading }).catch(() => {});
  };

  void onPage(new URL(location.href), true);
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => void onPage(newUrl, false));
}
