// The message protocol between the content script, the background, the extension pages and the
// offscreen document. Every message is plain data (structured-clone and JSON safe) with a `type`.
// docs/ARCHITECTURE.md ("Message protocol") describes who sends what and when.
import type { Article, ExtractResult } from '../core/article';

/** What the extension knows about the page shown in a tab. */
export type TabStatus = 'nothing' | 'pending' | 'detected' | 'saved' | 'failed';

export interface TabState {
  url: string;
  status: TabStatus;
  /** The extracted article, while it is detected or saved. */
  article: Article | null;
  /** The library id once saved. */
  savedId: string | null;
  /** Why the last save failed (a _locales key), while the status is 'failed'. */
  error?: string;
}

/** Content script → background. */
export type ContentMessage =
  /** The detector found a candidate page: inject the extraction bundle into its frame. */
  | { type: 'inject-extractor' }
  /** The extraction result for the page at `url` (one per navigation). */
  | { type: 'page-extracted'; url: string; result: ExtractResult };

/** Extension pages (popup, reader, options) → background. */
export type PageMessage =
  /** The state of a tab; runs the fetch path first when the tab shows a raw source page. */
  | { type: 'get-tab-state'; tabId: number }
  /** Save what the tab shows (its detected article, or its raw source through the fetch path). */
  | { type: 'save-tab'; tabId: number }
  /** The library changed under the background's feet (delete, undo, import, erase). */
  | { type: 'library-changed' };

/** Background → offscreen document (Chrome only). */
export type OffscreenMessage = { type: 'offscreen-extract'; url: string };

export type Message = ContentMessage | PageMessage | OffscreenMessage;

export interface SaveResponse {
  ok: boolean;
  id: string | null;
  /** A message id of _locales when not ok. */
  error: string | null;
}

/** Whether `value` is one of our messages (anything else on the channel is ignored). */
export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
