import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PlatformAdapter } from '../extract/adapter';
import type { Extraction } from '../extract/extraction';
import { ReadPageRequest } from '../messages/read-page';
import { onRequest } from '../messaging';

/** Read the page with the platform's adapter and say how long it took. */
export function readPage(adapter: PlatformAdapter, doc: Document, url: URL): Extraction {
  const started = performance.now();
  const reading = adapter.extract(doc, url);
  return { ...reading, tookMs: Math.round((performance.now() - started) * 1000) / 1000 };
}

/**
 * Answer the popup's "read this page" requests for as long as this content script is alive. Only
 * the extension's own pages may ask; the listener goes away when the extension is reloaded.
 */
export function serveReadings(ctx: ContentScriptContext, adapter: PlatformAdapter): void {
  const stop = onRequest('readPage', ReadPageRequest, ['extension-page'], () => readPage(adapter, document, new URL(location.href)));
  ctx.onInvalidated(stop);
}
