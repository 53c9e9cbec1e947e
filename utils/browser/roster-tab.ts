import { browser } from 'wxt/browser';
import { creatorHref } from '@/utils/routes';

/** Open the options page at the roster, or at one creator (from the popup, a notification, a message). */
export function openRosterTab(creatorId: string | null): void {
  const hash = creatorId ? creatorHref(creatorId) : '';
  void browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) });
}

/** Where a user sets their brand profile (the fit's criteria), and the first-run walk-through. */
export const BRAND_PROFILE_HASH = '#/brand';
export const WELCOME_HASH = '#/welcome';

/** Open the options page at one of its pages (`#/brand`, `#/welcome`). */
export function openOptionsTab(hash: typeof BRAND_PROFILE_HASH | typeof WELCOME_HASH): void {
  void browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) });
}
