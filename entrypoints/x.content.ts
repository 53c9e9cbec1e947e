import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '@/components/content/run-content-script';
import { xFeed } from '@/utils/platforms/x/feed';
import { x } from '@/utils/platforms/x/adapter';
import { xSite } from '@/utils/platforms/x/site';

export default defineContentScript({
  matches: [...xSite.contentMatches],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT would post our extension id to the page (any origin) on start: the page needs nothing of it.
  noScriptStartedPostMessage: true,
  main: (ctx) => runContentScript(ctx, x, xFeed),
});
