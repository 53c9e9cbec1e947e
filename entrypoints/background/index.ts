import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createContextMenu, MENU_ID, saveLinkedProfile } from './context-menu';
import { registerMessageHandlers } from './messages';
import { registerReminders, syncReminders } from './reminders';
import { openOptionsTab, WELCOME_HASH } from '@/utils/roster-tab';

export default defineBackground(() => {
  registerMessageHandlers();
  registerReminders();
  // Menus persist across restarts of the service worker; they are (re)created on install and update.
  // Alarms may not survive an update: rebuild them from the database too.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void browser.contextMenus.removeAll().then(createContextMenu);
    void syncReminders(Date.now());
    // A fresh install opens the first-run page (brand profile, sender details); updates do not.
    if (reason === 'install') openOptionsTab(WELCOME_HASH);
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === MENU_ID) void saveLinkedProfile(info.linkUrl, Date.now());
  });
});
