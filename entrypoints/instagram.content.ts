import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '@/components/content/run-content-script';
import { instagram } from '@/utils/platforms/instagram/adapter';
import { instagramSite } from '@/utils/platforms/instagram/site';

export default defineContentScript({
  matches: [...instagramSite.contentMatches],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT would post our extension id to the page (any origin) on start: the page needs nothing of it.
  noScriptStartedPostMessage: true,
  main: (ctx) => runContentScript(ctx, instagram),
});
