import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createContextMenu, MENU_ID, saveLinkedProfile } from './context-menu';
import { registerFeedHandlers } from './feed';
import { registerMessageHandlers } from './messages';
import { registerReminders, syncReminders } from './reminders';

export default defineBackground(() => {
  registerMessageHandlers();
  registerFeedHandlers();
  registerReminders();
  // Menus persist across restarts of the service worker; they are (re)created on install and update.
  // Alarms may not survive an update: rebuild them from the database too.
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(createContextMenu);
    void syncReminders(Date.now());
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === MENU_ID) void saveLinkedProfile(info.linkUrl, Date.now());
  });
});
