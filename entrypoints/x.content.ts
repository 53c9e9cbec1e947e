import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '@/components/content/run-content-script';
import { xFeed } from '@/utils/platforms/x/feed';
import { x } from '@/utils/platforms/x/adapter';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://mobile.x.com/*', 'https://twitter.com/*', 'https://mobile.twitter.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT would post our extension id to the page (any origin) on start: the page needs nothing of it.
  noScriptStartedPostMessage: true,
  main: (ctx) => runContentScript(ctx, x, xFeed),
});
