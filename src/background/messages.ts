// Answers the content scripts and the extension pages (shared/messages.ts lists every message).
import type browser from 'webextension-polyfill';
import { library } from '../shared/library';
import { refreshListSnapshot } from '../shared/list-snapshot';
import { isMessage } from '../shared/messages';
import { shredSoon } from './shredding';
import { injectExtractor } from './tab-extraction';
import { onPageExtracted, refreshSavedTabs, saveTab, tabStateFor } from './tab-pages';

export function onMessage(message: unknown, sender: browser.Runtime.MessageSender): Promise<unknown> | undefined {
  if (!isMessage(message)) return undefined;
  const tabId = sender.tab?.id;
  switch (message.type) {
    case 'inject-extractor':
      return tabId === undefined ? undefined : injectExtractor(tabId, sender.frameId ?? 0).then(() => true);
    case 'page-extracted':
      // Only the top frame's page is what the tab shows.
      if (tabId === undefined || (sender.frameId ?? 0) !== 0) return undefined;
      return onPageExtracted(tabId, message.url, message.result).then((state) => state.status);
    case 'get-tab-state':
      return tabStateFor(message.tabId);
    case 'save-tab':
      return saveTab(message.tabId);
    case 'library-changed':
      void shredSoon();
      return Promise.all([refreshSavedTabs(), library().then(refreshListSnapshot)]).then(() => true);
    default:
      return undefined; // offscreen-extract is for the offscreen document
  }
}
