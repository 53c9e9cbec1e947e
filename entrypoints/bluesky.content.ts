import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '@/components/content/run-content-script';
import { blueskyFeed } from '@/utils/feed/bluesky';
import { bluesky } from '@/utils/extract/bluesky';

export default defineContentScript({
  matches: ['https://bsky.app/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT would post our extension id to the page (any origin) on start: the page needs nothing of it.
  noScriptStartedPostMessage: true,
  main: (ctx) => runContentScript(ctx, bluesky, blueskyFeed),
});
