// Chrome's offscreen document: a DOM for the service worker, which has none, to run the
// extraction core on sources the extension fetched itself.
import browser from 'webextension-polyfill';
import { isMessage } from '../shared/messages';
import { extractUrl } from './extract-url';

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isMessage(message) || message.type !== 'offscreen-extract') return undefined;
  return extractUrl(message.url, document);
});
