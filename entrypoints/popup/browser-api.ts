import { browser } from 'wxt/browser';
import type { PopupApi } from '@/components/popup/popup-api';
import { ExtractionSchema } from '@/utils/model/reading';
import { isSupportedUrl } from '@/utils/platforms/hosts';
import { lastSeenIn } from '@/utils/browser/last-seen';
import { readPageInTab, sendRequest } from '@/utils/browser/messaging';
import { BRAND_PROFILE_HASH, openOptionsTab, openRosterTab } from '@/utils/browser/roster-tab';

/**
 * The popup is about the active tab; `?tabId=N` points it at another one, so the popup page can be
 * opened in a tab of its own (end-to-end tests, and a popup torn off into a window).
 */
function tabIdFromQuery(): number | null {
  const raw = new URLSearchParams(location.search).get('tabId');
  const id = raw === null ? NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : null;
}

export const browserPopupApi: PopupApi = {
  async currentTab() {
    const requested = tabIdFromQuery();
    const tab =
      requested !== null
        ? await browser.tabs.get(requested)
        : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (!tab?.id) throw new Error('There is no open tab to read.');
    return { id: tab.id, url: tab.url ?? null };
  },
  isSupportedUrl,
  readPage: (tabId) => readPageInTab(tabId, ExtractionSchema),
  async lastSeen(tabId, url) {
    const seen = await lastSeenIn(tabId, url, Date.now());
    const reading = seen ? ExtractionSchema.safeParse(seen.reading) : null;
    return seen && reading?.success ? { reading: reading.data, status: seen.status } : null;
  },
  profileSeen: (reading) => sendRequest('profileSeen', { reading }),
  accountState: (accountId) => sendRequest('accountState', { accountId }),
  contactState: async (accountId) => {
    const [state] = await sendRequest('feedStates', { accountIds: [accountId] });
    if (!state) throw new Error('The roster did not answer.');
    return state;
  },
  saveProfile: (reading) => sendRequest('saveProfile', { reading }),
  quickEdit: (creatorId, edit) => sendRequest('quickEdit', { creatorId, ...edit }),
  searchRoster: (query) => sendRequest('searchRoster', { query }),
  dueReminders: (until) => sendRequest('dueReminders', { until }),
  feedHealth: (tabId) => sendRequest('feedHealth', {}, tabId),
  postDeliverables: (creatorId, postId) => sendRequest('postDeliverables', { creatorId, postId }),
  linkPost: (deliverableId, reading) => sendRequest('linkPost', { deliverableId, reading }),
  openRoster(creatorId) {
    openRosterTab(creatorId ?? null);
    window.close();
  },
  openBrandProfile() {
    openOptionsTab(BRAND_PROFILE_HASH);
    window.close();
  },
  now: () => Date.now(),
};
