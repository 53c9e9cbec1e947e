import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '@/components/content/run-content-script';
import { youtube } from '@/utils/platforms/youtube/adapter';
import { youtubeSite } from '@/utils/platforms/youtube/site';
import { youtubeFeed } from '@/utils/platforms/youtube/feed';

export default defineContentScript({
  matches: [...youtubeSite.contentMatches],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT would post our extension id to the page (any origin) on start: the page needs nothing of it.
  noScriptStartedPostMessage: true,
  main: (ctx) => runContentScript(ctx, youtube, youtubeFeed),
});
