// Keyboard shortcuts (manifest "commands"): save the page, open the reader.
import browser from 'webextension-polyfill';
import { getTabState } from './tab-states';
import { saveTab } from './tab-pages';

export async function onCommand(command: string, tab: browser.Tabs.Tab | undefined): Promise<void> {
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  if (command === 'save-page') await saveTab(tabId);
  if (command === 'open-reader') await openReader(tabId);
}

/** The saved article of the tab in the full-tab reader, or the library when the tab has none. */
async function openReader(tabId: number): Promise<void> {
  const savedId = (await getTabState(tabId))?.savedId;
  const url = browser.runtime.getURL(savedId ? `reader.html?id=${encodeURIComponent(savedId)}` : 'reader.html');
  await browser.tabs.create({ url });
}
