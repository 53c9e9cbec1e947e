import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createContextMenu, MENU_ID, saveLinkedProfile } from './context-menu';
import { registerMessageHandlers } from './messages';

export default defineBackground(() => {
  registerMessageHandlers();
  // Menus persist across restarts of the service worker; they are (re)created on install and update.
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(createContextMenu);
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === MENU_ID) void saveLinkedProfile(info.linkUrl, Date.now());
  });
});
