// The context menu: "Save to Mirror Reader" on pages and links, "Save all articles of this channel" on
// links to an index page (batch-save.ts).
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { flashBadge } from './badge';
import { startBatchForLink } from './batch-save';
import { saveLink } from './link-saving';
import { saveTab } from './tab-pages';

const MENU_ID = 'save-to-mirror-reader';
const SAVE_ALL_MENU_ID = 'save-channel';

/** Menus persist across restarts of the worker; create them once per install/update. */
export function createContextMenu(): void {
  browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: MENU_ID, title: t('contextMenuSave'), contexts: ['page', 'link'] });
    browser.contextMenus.create({ id: SAVE_ALL_MENU_ID, title: t('contextMenuSaveAll'), contexts: ['link'] });
  });
}

export async function onContextMenuClicked(info: browser.Menus.OnClickData, tab: browser.Tabs.Tab | undefined): Promise<void> {
  if (info.menuItemId === SAVE_ALL_MENU_ID && info.linkUrl) {
    // Its progress is in the popup; the badge says whether it started.
    const response = await startBatchForLink(info.linkUrl);
    if (tab?.id !== undefined) await flashBadge(tab.id, response.ok);
    return;
  }
  if (info.menuItemId !== MENU_ID) return;
  if (info.linkUrl) {
    const response = await saveLink(info.linkUrl);
    if (tab?.id !== undefined) await flashBadge(tab.id, response.ok);
  } else if (tab?.id !== undefined) {
    const response = await saveTab(tab.id);
    if (!response.ok) await flashBadge(tab.id, false);
  }
}
