import { browser } from 'wxt/browser';

/** Open the options page at the roster, or at one creator. */
export function openRosterTab(creatorId: string | null): void {
  const hash = creatorId ? `#/creator/${encodeURIComponent(creatorId)}` : '';
  void browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) });
}
