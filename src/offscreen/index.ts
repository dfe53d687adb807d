// Chrome's offscreen document: a DOM for the service worker, which has none, to run the
// extraction core on sources the extension fetched itself. It answers the extension alone.
import browser from 'webextension-polyfill';
import { ACCEPTED_SENDERS, isMessage, senderKind } from '../shared/messages';
import { extractUrl } from './extract-url';

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isMessage(message) || message.type !== 'offscreen-extract') return undefined;
  if (senderKind(sender, browser.runtime.id, browser.runtime.getURL('')) !== ACCEPTED_SENDERS['offscreen-extract']) return undefined;
  return extractUrl(message.url, document);
});
