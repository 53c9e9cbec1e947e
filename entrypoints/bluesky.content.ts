import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '@/components/content/run-content-script';
import { blueskyFeed } from '@/utils/platforms/bluesky/feed';
import { bluesky } from '@/utils/platforms/bluesky/adapter';
import { blueskySite } from '@/utils/platforms/bluesky/site';

export default defineContentScript({
  matches: [...blueskySite.contentMatches],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT would post our extension id to the page (any origin) on start: the page needs nothing of it.
  noScriptStartedPostMessage: true,
  main: (ctx) => runContentScript(ctx, bluesky, blueskyFeed),
});
