import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '@/components/content/run-content-script';
import { tiktok } from '@/utils/platforms/tiktok/adapter';
import { tiktokSite } from '@/utils/platforms/tiktok/site';
import { tiktokFeed } from '@/utils/platforms/tiktok/feed';

export default defineContentScript({
  matches: [...tiktokSite.contentMatches],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT would post our extension id to the page (any origin) on start: the page needs nothing of it.
  noScriptStartedPostMessage: true,
  main: (ctx) => runContentScript(ctx, tiktok, tiktokFeed),
});
