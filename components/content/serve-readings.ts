import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { emptyReading, type PageReading, type PlatformAdapter } from '@/utils/platforms/adapter';
import type { Extraction, PageType } from '@/utils/model/reading';
import { onRequest, type RequestSchema } from '@/utils/browser/messaging';
import { type RequestData } from '@/utils/browser/messages/requests';

/** What a reading says when the adapter itself failed on the page. */
const UNREADABLE_PAGE = 'Creator Scout could not read this page.';

/**
 * The adapter's reading, or, should it throw after all (adapters are meant not to, but the page is
 * not ours), an empty one that says the page could not be read.
 */
function safeExtract(adapter: PlatformAdapter, doc: Document, url: URL): PageReading {
  try {
    return adapter.extract(doc, url);
  } catch {
    let type: PageType = 'other';
    try {
      type = adapter.pageType(url);
    } catch {
      // keep 'other'
    }
    return emptyReading(adapter.platform, type, url, doc, UNREADABLE_PAGE);
  }
}

/** Read the page with the platform's adapter and say how long it took. Never throws. */
export function readPage(adapter: PlatformAdapter, doc: Document, url: URL): Extraction {
  const started = performance.now();
  const reading = safeExtract(adapter, doc, url);
  return { ...reading, tookMs: Math.round((performance.now() - started) * 1000) / 1000 };
}

/**
 * The `readPage` request carries nothing: a plain object with no keys of its own; anything else is
 * refused. Hand-written rather than zod's `z.strictObject({})` (utils/messages/read-page.ts), which
 * would put zod in every content script; refusals read as zod's did ("message: Invalid input").
 */
export const EmptyRequest: RequestSchema<RequestData<'readPage'>> = {
  safeParse(data: unknown) {
    // The tag, not the prototype: a message may be cloned into another realm (Firefox's content
    // script sandbox), where its prototype is another Object.prototype.
    const plain =
      typeof data === 'object' &&
      data !== null &&
      Object.prototype.toString.call(data) === '[object Object]' &&
      Reflect.ownKeys(data).length === 0;
    return plain ? { success: true, data: {} } : { success: false, error: { issues: [{ path: [], message: 'Invalid input' }] } };
  },
};

/**
 * Answer the popup's "read this page" requests for as long as this content script is alive. Only
 * the extension's own pages may ask; the listener goes away when the extension is reloaded.
 */
export function serveReadings(ctx: ContentScriptContext, adapter: PlatformAdapter): void {
  const stop = onRequest('readPage', EmptyRequest, ['extension-page'], () => readPage(adapter, document, new URL(location.href)));
  ctx.onInvalidated(stop);
}
