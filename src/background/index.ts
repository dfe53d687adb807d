// Background entry: a service worker in Chrome, an event page in Firefox. Every listener is
// registered synchronously at the top level so that the browser can wake the worker for it.
import browser from 'webextension-polyfill';
import { dropStoredListSnapshot, restrictListSnapshot } from '../shared/list-snapshot';
import { onSettingsChanged } from '../shared/settings';
import { forgetTabPace } from './auto-save-pace';
import { resumeBatch } from './batch-save';
import { onCommand } from './commands';
import { createContextMenu, onContextMenuClicked } from './context-menu';
import { onMessage } from './messages';
import { onPermissionsAdded } from './missing-images';
import { installRequestRules } from './request-rules';
import { shredSoon } from './shredding';
import { forgetTab } from './tab-states';
import { onRawPageLoaded, onTabNavigated } from './tab-pages';
import { usesFetchPath } from './tab-extraction';
import { syncUserSiteScripts } from './user-sites';

browser.runtime.onMessage.addListener(onMessage);
void installRequestRules().catch((error: unknown) => console.warn('Mirror Reader: request rules', error));
void restrictListSnapshot(); // before anything stores the list snapshot in storage.session
void resumeBatch(); // a batch the worker was stopped in the middle of (Chrome stops an idle worker)

browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.url) void onTabNavigated(tabId, change.url);
  if (change.status === 'complete' && tab.url && usesFetchPath(tab.url)) void onRawPageLoaded(tabId, tab.url);
});
browser.tabs.onRemoved.addListener((tabId) => {
  forgetTabPace(tabId);
  void forgetTab(tabId);
});

browser.runtime.onInstalled.addListener(() => {
  createContextMenu();
  void dropStoredListSnapshot();
  void syncUserSiteScripts();
});
browser.runtime.onStartup.addListener(() => {
  void syncUserSiteScripts();
  void shredSoon(0); // deletes the browser was closed on
  void resumeBatch(); // a batch the browser was closed on
});
browser.contextMenus.onClicked.addListener((info, tab) => void onContextMenuClicked(info, tab));
browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));

browser.permissions.onAdded.addListener(() => {
  void syncUserSiteScripts();
  onPermissionsAdded();
});
browser.permissions.onRemoved.addListener(() => void syncUserSiteScripts());
onSettingsChanged((settings, previous) => {
  if (settings.userSites.join() !== previous.userSites.join()) void syncUserSiteScripts();
});
