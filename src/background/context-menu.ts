// The "Save to Mirror Reader" context menu, on pages and on links.
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { flashBadge } from './badge';
import { saveLink } from './link-saving';
import { saveTab } from './tab-pages';

const MENU_ID = 'save-to-mirror-reader';

/** Menus persist across restarts of the worker; create them once per install/update. */
export function createContextMenu(): void {
  browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({ id: MENU_ID, title: t('contextMenuSave'), contexts: ['page', 'link'] }),
  );
}

export async function onContextMenuClicked(info: browser.Menus.OnClickData, tab: browser.Tabs.Tab | undefined): Promise<void> {
  if (info.menuItemId !== MENU_ID) return;
  if (info.linkUrl) {
    const response = await saveLink(info.linkUrl);
    if (tab?.id !== undefined) await flashBadge(tab.id, response.ok);
  } else if (tab?.id !== undefined) {
    const response = await saveTab(tab.id);
    if (!response.ok) await flashBadge(tab.id, false);
  }
}
