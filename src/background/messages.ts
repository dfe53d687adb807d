// Answers the content scripts and the extension pages. Each message type says which senders it
// accepts (shared/messages.ts, ACCEPTED_SENDERS) and its request is checked before anything is done:
// a message from anyone else, or malformed, gets no answer and changes nothing.
import browser from 'webextension-polyfill';
import { library } from '../shared/library';
import { refreshListSnapshot } from '../shared/list-snapshot';
import { ACCEPTED_SENDERS, isMessage, senderKind, type Message } from '../shared/messages';
import { checkedExtractResult } from '../store/libraryFile';
import { batchView, cancelBatch, startBatchForTab } from './batch-save';
import { saveMissingImages } from './missing-images';
import { shredSoon } from './shredding';
import { readLongPageHere } from './source-extraction';
import { injectExtractor, injectSourceReader } from './tab-extraction';
import { onPageExtracted, readTabAnyway, refreshSavedTabs, saveTab, tabStateFor } from './tab-pages';

const withoutFragment = (url: string): string => url.split('#', 1)[0]!;

function speaksForItself(url: string, sender: browser.Runtime.MessageSender): boolean {
  const own = withoutFragment(url);
  return [sender.url, sender.tab?.url].some((known) => known !== undefined && withoutFragment(known) === own);
}

export function onMessage(message: unknown, sender: browser.Runtime.MessageSender): Promise<unknown> | undefined {
  if (!isMessage(message)) return undefined;
  const kind = senderKind(sender, browser.runtime.id, browser.runtime.getURL(''));
  if (kind !== ACCEPTED_SENDERS[message.type]) return undefined;
  return answer(message, sender);
}

function answer(message: Message, sender: browser.Runtime.MessageSender): Promise<unknown> | undefined {
  const tabId = sender.tab?.id;
  switch (message.type) {
    case 'inject-extractor':
      return tabId === undefined ? undefined : injectExtractor(tabId, sender.frameId ?? 0).then(() => true);
    case 'inject-source-reader':
      return tabId === undefined ? undefined : injectSourceReader(tabId, sender.frameId ?? 0).then(() => true);
    case 'read-long-page': {
      // A frame sends only the page it shows; what it sends is read inert, as any page it shows would be.
      if (tabId === undefined || !speaksForItself(message.url, sender)) return undefined;
      const { url, content, contentType, readAnyway } = message;
      return readLongPageHere({ url, content, contentType, readAnyway });
    }
    case 'page-extracted': {
      // Only the top frame's page is what the tab shows, and a page speaks only for its own address: the
      // browser's word for it is the frame's URL or the tab's (Firefox keeps sender.url at the address the
      // document loaded with, even after the page's own history.pushState; the tab's address follows it).
      if (tabId === undefined || (sender.frameId ?? 0) !== 0 || !speaksForItself(message.url, sender)) return undefined;
      const result = checkedExtractResult(message.result);
      return result ? onPageExtracted(tabId, message.url, result).then((state) => state.status) : undefined;
    }
    case 'get-tab-state':
      return tabStateFor(message.tabId);
    case 'save-tab':
      return saveTab(message.tabId);
    case 'read-tab-anyway':
      return readTabAnyway(message.tabId);
    case 'save-missing-images':
      return saveMissingImages(message.id);
    case 'get-batch':
      return batchView(message.tabId);
    case 'start-batch':
      return startBatchForTab(message.tabId);
    case 'cancel-batch':
      return cancelBatch();
    case 'library-changed':
      void shredSoon();
      return Promise.all([refreshSavedTabs(), library().then(refreshListSnapshot)]).then(() => true);
    default:
      return undefined; // offscreen-extract and offscreen-read-long-page are for the offscreen document
  }
}
