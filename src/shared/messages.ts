// The message protocol between the content script, the background, the extension pages and the
// offscreen document: one table from each message type to its request, its answer and the senders
// allowed to send it. Every message is plain data (structured-clone and JSON safe) with a `type`.
// docs/ARCHITECTURE.md ("Message protocol") describes who sends what and when.
import type { Article, ExtractResult } from '../core/article';
import { isArticleId } from './article-id';

/** What the extension knows about the page shown in a tab. */
export type TabStatus = 'nothing' | 'pending' | 'detected' | 'saved' | 'failed';

export interface TabState {
  url: string;
  status: TabStatus;
  /** The extracted article, while it is detected or saved. */
  article: Article | null;
  /** The library id once saved. */
  savedId: string | null;
  /** Why the last save failed (a _locales key), while the status is 'failed'; why reading anyway found nothing. */
  error?: string;
  /** On an index page: its title and article links, for "Save all" (background/batch-save.ts). */
  index?: { title: string; links: string[] };
}

export interface SaveResponse {
  ok: boolean;
  id: string | null;
  /** A message id of _locales when not ok. */
  error: string | null;
}

/** A batch save (background/batch-save.ts) as the popup shows it; `left` counts links not yet answered. */
export interface BatchProgress {
  /** The index page the links came from. */
  source: string;
  title: string;
  status: 'running' | 'finished' | 'cancelled' | 'stopped';
  total: number;
  done: number;
  failed: number;
  /** Already in the library: not fetched. */
  skipped: number;
  left: number;
  /** Why the library stopped the batch (a _locales key), while the status is 'stopped'. */
  error?: string;
}

/** Where the background keeps the batch's progress in storage.session; the popup watches its changes. */
export const BATCH_PROGRESS_KEY = 'batchProgress';

/** What "Save all" on the tab's index page would fetch. */
export interface BatchOffer {
  title: string;
  /** Links a batch would fetch now: mirror addresses not saved yet, at most BATCH_LIMITS.maxLinks. */
  count: number;
  alreadySaved: number;
  /** Links left for a later batch, past the cap. */
  beyondCap: number;
}

export interface BatchView {
  /** The running batch, or the last one's summary (this browser session). */
  progress: BatchProgress | null;
  /** "Save all" for the tab's index page; null on any other page. */
  offer: BatchOffer | null;
}

export interface BatchStartResponse {
  ok: boolean;
  /** A message id of _locales when not ok. */
  error: string | null;
  progress: BatchProgress | null;
}

/**
 * Who may send a message:
 * - `content`: the extension's own content script, in a tab (`inject-extractor`, `inject-source-reader`: any of its frames;
 *   `read-long-page`: any frame, about the address that frame shows; `page-extracted`: the top frame only, about the
 *   address that frame shows);
 * - `extension`: a page or worker of the extension itself (popup, reader, options, background), never
 *   a content script, which runs inside a web page's process.
 */
export type SenderKind = 'content' | 'extension';

export interface Protocol {
  /** The detector found a candidate page: inject the extraction bundle into its frame. */
  'inject-extractor': { request: { type: 'inject-extractor' }; answer: boolean; from: 'content' };
  /** The extraction bundle met a raw Markdown source shown as text: inject the source reader into its frame. */
  'inject-source-reader': { request: { type: 'inject-source-reader' }; answer: boolean; from: 'content' };
  /** A page too long to read on the tab's thread (content/extractor.ts): its content, read in the extension's own page. */
  'read-long-page': { request: { type: 'read-long-page' } & LongPage; answer: ExtractResult; from: 'content' };
  /** The extraction result for the page at `url` (one per navigation). */
  'page-extracted': { request: { type: 'page-extracted'; url: string; result: ExtractResult }; answer: TabStatus; from: 'content' };
  /** The state of a tab; runs the fetch path first when the tab shows a raw source page. */
  'get-tab-state': { request: { type: 'get-tab-state'; tabId: number }; answer: TabState | null; from: 'extension' };
  /** Save what the tab shows (its detected article, or its raw source through the fetch path). */
  'save-tab': { request: { type: 'save-tab'; tabId: number }; answer: SaveResponse; from: 'extension' };
  /** "Read this page anyway": the generic reader's article of a page that is no mirrored article. */
  'read-tab-anyway': { request: { type: 'read-tab-anyway'; tabId: number }; answer: TabState; from: 'extension' };
  /** Fetch and store the images a saved article has no copy of (once the reader gave their hosts' permission). */
  'save-missing-images': { request: { type: 'save-missing-images'; id: string }; answer: { added: number; missing: number }; from: 'extension' };
  /** The library changed under the background's feet (delete, undo, import, erase). */
  'library-changed': { request: { type: 'library-changed' }; answer: boolean; from: 'extension' };
  /** The batch save's progress, and what "Save all" would fetch on the tab's index page. */
  'get-batch': { request: { type: 'get-batch'; tabId: number }; answer: BatchView; from: 'extension' };
  /** Save every article the tab's index page links to, in the background. */
  'start-batch': { request: { type: 'start-batch'; tabId: number }; answer: BatchStartResponse; from: 'extension' };
  /** Stop the batch; answers once the saves in flight have settled. */
  'cancel-batch': { request: { type: 'cancel-batch' }; answer: BatchProgress | null; from: 'extension' };
  /** Background → offscreen document (Chrome only): extract the source at `url`. */
  'offscreen-extract': { request: { type: 'offscreen-extract'; url: string }; answer: ExtractResult; from: 'extension' };
  /** Background → offscreen document (Chrome only): extract a long page a tab sent (read-long-page). */
  'offscreen-read-long-page': { request: { type: 'offscreen-read-long-page' } & LongPage; answer: ExtractResult; from: 'extension' };
}

/** What a tab sends of a page too long to read on its own thread. */
export interface LongPage {
  /** The page's address, as the frame shows it. */
  url: string;
  /** Its markup (`document.documentElement.outerHTML`), or its text when the browser shows a text/plain file. */
  content: string;
  contentType: 'text/html' | 'text/plain';
  /** The reader asked to read the page whatever it is. */
  readAnyway: boolean;
}

/**
 * The most a long page's content may weigh in a message: a rendered page of the largest source a raw form reads
 * (MAX_SOURCE_CHARS), with its markup and github.com's copy of the file in the page's data, fits under it, and so does
 * the message under Chrome's 64 MiB (three bytes a Chinese character).
 */
export const MAX_LONG_PAGE_CHARS = 16_000_000;

export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = Protocol[T]['request'];
export type AnswerOf<T extends MessageType> = Protocol[T]['answer'];
export type Message = RequestOf<MessageType>;
export type ContentMessage = RequestOf<'inject-extractor' | 'inject-source-reader' | 'read-long-page' | 'page-extracted'>;
export type PageMessage = RequestOf<'get-tab-state' | 'save-tab' | 'read-tab-anyway' | 'save-missing-images' | 'library-changed' | 'get-batch' | 'start-batch' | 'cancel-batch'>;

/** The senders each message type accepts (the `from` column of Protocol, as data). */
export const ACCEPTED_SENDERS: { [T in MessageType]: Protocol[T]['from'] } = {
  'inject-extractor': 'content',
  'inject-source-reader': 'content',
  'read-long-page': 'content',
  'page-extracted': 'content',
  'get-tab-state': 'extension',
  'save-tab': 'extension',
  'read-tab-anyway': 'extension',
  'save-missing-images': 'extension',
  'library-changed': 'extension',
  'get-batch': 'extension',
  'start-batch': 'extension',
  'cancel-batch': 'extension',
  'offscreen-extract': 'extension',
  'offscreen-read-long-page': 'extension',
};

/** The longest address a message may carry (browsers cut URLs far shorter in practice). */
export const MAX_MESSAGE_URL = 8_192;

const isWebUrl = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_MESSAGE_URL && /^https?:\/\//.test(value);
const isTabId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const hasOnly = (value: Record<string, unknown>, keys: readonly string[]): boolean => Object.keys(value).every((key) => keys.includes(key));
const isLongPage = (value: Record<string, unknown>): boolean =>
  isWebUrl(value.url) &&
  typeof value.content === 'string' &&
  value.content.length <= MAX_LONG_PAGE_CHARS &&
  (value.contentType === 'text/html' || value.contentType === 'text/plain') &&
  typeof value.readAnyway === 'boolean';
const LONG_PAGE_KEYS = ['type', 'url', 'content', 'contentType', 'readAnyway'];

/** The shape of each request, checked field by field (the extraction result is checked by the store's
 * import rules where it is used: background/messages.ts). */
const REQUEST_SHAPES: { [T in MessageType]: (value: Record<string, unknown>) => boolean } = {
  'inject-extractor': (value) => hasOnly(value, ['type']),
  'inject-source-reader': (value) => hasOnly(value, ['type']),
  'read-long-page': (value) => hasOnly(value, LONG_PAGE_KEYS) && isLongPage(value),
  'page-extracted': (value) => hasOnly(value, ['type', 'url', 'result']) && isWebUrl(value.url) && typeof value.result === 'object' && value.result !== null,
  'get-tab-state': (value) => hasOnly(value, ['type', 'tabId']) && isTabId(value.tabId),
  'save-tab': (value) => hasOnly(value, ['type', 'tabId']) && isTabId(value.tabId),
  'read-tab-anyway': (value) => hasOnly(value, ['type', 'tabId']) && isTabId(value.tabId),
  'save-missing-images': (value) => hasOnly(value, ['type', 'id']) && isArticleId(value.id),
  'library-changed': (value) => hasOnly(value, ['type']),
  'get-batch': (value) => hasOnly(value, ['type', 'tabId']) && isTabId(value.tabId),
  'start-batch': (value) => hasOnly(value, ['type', 'tabId']) && isTabId(value.tabId),
  'cancel-batch': (value) => hasOnly(value, ['type']),
  'offscreen-extract': (value) => hasOnly(value, ['type', 'url']) && isWebUrl(value.url),
  'offscreen-read-long-page': (value) => hasOnly(value, LONG_PAGE_KEYS) && isLongPage(value),
};

/** Whether `value` is a well-formed request of one of our message types (anything else is ignored). */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const { type } = value as { type?: unknown };
  return typeof type === 'string' && Object.hasOwn(REQUEST_SHAPES, type) && REQUEST_SHAPES[type as MessageType](value as Record<string, unknown>);
}

/** What the receiving side knows of a sender (runtime.MessageSender's fields that matter here). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/** Which kind of sender this is, given the extension's own id and base URL; null for anyone else. */
export function senderKind(sender: SenderInfo, extensionId: string, extensionBase: string): SenderKind | null {
  if (sender.id !== extensionId) return null;
  // An extension page: its own address is the extension's, and so is its tab's if it has one (a
  // page of ours framed inside a web page would be in that page's tab).
  if (sender.url?.startsWith(extensionBase)) return sender.tab === undefined || sender.tab.url?.startsWith(extensionBase) ? 'extension' : null;
  if (sender.tab?.id !== undefined && isWebUrl(sender.url)) return 'content';
  return null;
}
