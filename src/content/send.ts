// A content script's message to the background. Not the polyfill (it would be most of a content
// script): under Manifest V3 runtime.sendMessage returns a promise in both browsers.
import type { ContentMessage } from '../shared/messages';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

export function send(message: ContentMessage): Promise<unknown> {
  const runtime = (globalThis as { browser?: typeof chrome }).browser?.runtime ?? chrome.runtime;
  return runtime.sendMessage(message);
}
