import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createContextMenu, MENU_ID, saveLinkedProfile } from './context-menu';
import { registerMessageHandlers } from './messages';
import { registerReminders, syncReminders } from './reminders';

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
    registerMessageHandlers();
    registerReminders();
    void askForPersistentStorage();
    // Menus persist across restarts of the service worker or event page; they are (re)created on
    // install and update. Alarms may not survive an update: rebuild them from the database too.
    browser.runtime.onInstalled.addListener(() => {
      void browser.contextMenus.removeAll().then(createContextMenu);
      void syncReminders(Date.now());
    });
    browser.contextMenus.onClicked.addListener((info) => {
      if (info.menuItemId === MENU_ID) void saveLinkedProfile(info.linkUrl, Date.now());
    });
  },
});
