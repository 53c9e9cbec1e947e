import { browser } from 'wxt/browser';
import { creatorHref } from '@/utils/routes';

/** Open the options page at the roster, or at one creator (from the popup, a notification, a message). */
export function openRosterTab(creatorId: string | null): void {
  const hash = creatorId ? creatorHref(creatorId) : '';
  void browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) });
}
