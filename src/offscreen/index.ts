// Chrome's offscreen document: a DOM for the service worker, which has none, to run the
// extraction core on sources the extension fetched itself and on long pages a tab sent. It answers
// the extension alone.
import browser from 'webextension-polyfill';
import { ACCEPTED_SENDERS, isMessage, senderKind } from '../shared/messages';
import { extractUrl, readLongPage } from './extraction';

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isMessage(message) || (message.type !== 'offscreen-extract' && message.type !== 'offscreen-read-long-page')) return undefined;
  if (senderKind(sender, browser.runtime.id, browser.runtime.getURL('')) !== ACCEPTED_SENDERS[message.type]) return undefined;
  if (message.type === 'offscreen-extract') return extractUrl(message.url, document);
  return Promise.resolve(readLongPage(message, document));
});
