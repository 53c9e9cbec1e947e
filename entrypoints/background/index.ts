import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createContextMenu, MENU_ID, saveLinkedProfile } from './context-menu';
import { registerFeedHandlers } from './feed';
import { registerMessageHandlers } from './messages';
import { registerReminders, syncReminders } from './reminders';
import { registerTeamSync } from './team-sync';
import { rescoreAll } from '@/storage/rescore';
import { startTeamMember } from '@/storage/team';
import { brandProfile } from '@/utils/browser/brand-profile-store';
import { detectLanguage } from '@/utils/browser/detect-language';
import { openOptionsTab, WELCOME_HASH } from '@/utils/browser/roster-tab';
import { forgetLastSeen } from '@/utils/browser/last-seen';

// Chrome runs this as a service worker (MV3); Firefox as an event page (`persistent: false`): both
// unload it when idle and wake it for the listeners below, so every listener is registered at the
// top level, on every start, and nothing lives only in its memory.
/**
 * Firefox keeps an add-on's IndexedDB "best effort" (evictable under disk pressure) until the add-on
 * asks for persistent storage, which `unlimitedStorage` lets it have without a prompt. Chrome keeps
 * it already, and its service worker has no `persist()`.
 */
async function askForPersistentStorage(): Promise<void> {
  const storage = globalThis.navigator?.storage;
  if (typeof storage?.persist !== 'function' || (await storage.persisted())) return;
  await storage.persist();
}

export default defineBackground({
  persistent: false,
  main() {
    // Who writes in this browser when the user is in a team: read first, awaited by every write.
    void startTeamMember();
    registerMessageHandlers();
    registerFeedHandlers();
    registerReminders();
    registerTeamSync();
    void askForPersistentStorage();
    // Menus persist across restarts of the service worker or event page; they are (re)created on
    // install and update. Alarms may not survive an update: rebuild them from the database too.
    browser.runtime.onInstalled.addListener(({ reason }) => {
      void browser.contextMenus.removeAll().then(createContextMenu);
      void syncReminders(Date.now());
      // A fresh install opens the first-run page (brand profile, sender details); updates do not.
      if (reason === 'install') openOptionsTab(WELCOME_HASH);
    });
    // The fit follows the brand profile: every saved creator is rescored when it changes.
    // The badges' last scores (shown by the popup at once) were made with the old profile: forget them first.
    brandProfile.watch(
      (profile) =>
        void forgetLastSeen()
          .then(() => rescoreAll(profile, detectLanguage))
          .catch((error: unknown) => console.warn('Creator Scout: rescoring failed', error)),
    );
    browser.contextMenus.onClicked.addListener((info) => {
      if (info.menuItemId === MENU_ID) void saveLinkedProfile(info.linkUrl, Date.now());
    });
  },
});
