// The one way extension pages and the background send a message of the protocol: typed by its table
// (shared/messages.ts). The content script's detector sends through chrome.runtime directly, to stay
// small, with the same request types.
import browser from 'webextension-polyfill';
import type { AnswerOf, MessageType, RequestOf } from './messages';

export function send<T extends MessageType>(request: RequestOf<T> & { type: T }): Promise<AnswerOf<T>> {
  return browser.runtime.sendMessage(request) as Promise<AnswerOf<T>>;
}
