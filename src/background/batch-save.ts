// "Save all N articles" of an index page (a channel list, a README portal): every article it links to is
// fetched and saved in the background, so that a reader has the channel on the device before the mirror
// is blocked or the repository deleted. The reader asked for it, so the auto-save pace does not apply;
// what does:
// - only links `mayFetchLink` accepts (mirror addresses on public hosts), and at most
//   BATCH_LIMITS.maxLinks of them per batch: a page cannot make the extension fetch without limit;
// - a few fetches at a time, and a polite gap between two fetch starts to one host;
// - each link through the one fetch path (`saveLink`), which keeps the request rule; a link already
//   saved is not fetched;
// - the store's own limits: a library that is full or cannot be opened stops the batch.
// The queue is kept in storage.local while the batch runs (and only then), so that it resumes after the
// browser restarts or the worker is stopped. Progress goes to storage.session, where the popup watches
// it (in memory; content scripts cannot read it).
import browser from 'webextension-polyfill';
import type { LibraryErrorKey } from '../shared/library-errors';
import { BATCH_PROGRESS_KEY, type BatchOffer, type BatchProgress, type BatchStartResponse, type BatchView } from '../shared/messages';
import { sourceUrlFor } from '../core/detect';
import { keepingAlive } from './keep-alive';
import { mayFetchLink, saveLink } from './link-saving';
import { findSaved } from './saving';
import { extractFromUrl } from './source-extraction';
import { tabStateFor } from './tab-pages';
import { samePage } from './tab-states';

export const BATCH_LIMITS = {
  /** Fetches at a time: the reader's connection stays usable. */
  concurrency: 2,
  /** Between two fetch starts to one host: the pace of a reader opening tabs, not of a crawler. */
  hostGapMs: 1_000,
  /** Links fetched per batch; a longer index is finished by another "Save all". */
  maxLinks: 500,
} as const;

/** storage.local: the links not yet answered, while a batch runs. */
const BATCH_QUEUE_KEY = 'batchQueue';

interface BatchQueue {
  progress: BatchProgress;
  /** Not yet answered, in page order (the ones in flight included: a restart fetches them again). */
  links: string[];
}

/** Failures of the library itself: every further save would fail the same way. */
const STOPPING_ERRORS: readonly string[] = ['errorStorageFull', 'errorStorageUnavailable'] satisfies LibraryErrorKey[];

let running: { stop: AbortController; finished: Promise<void> } | null = null;
/** Starts, resumes and cancels one at a time, so that two clicks never start two batches. */
let serial: Promise<unknown> = Promise.resolve();
const nextStartByHost = new Map<string, number>();

function serially<T>(work: () => Promise<T>): Promise<T> {
  const result = serial.then(work);
  serial = result.catch(() => undefined);
  return result;
}

async function storedQueue(): Promise<BatchQueue | null> {
  return ((await browser.storage.local.get(BATCH_QUEUE_KEY))[BATCH_QUEUE_KEY] as BatchQueue | undefined) ?? null;
}

async function storedProgress(): Promise<BatchProgress | null> {
  return ((await browser.storage.session.get(BATCH_PROGRESS_KEY))[BATCH_PROGRESS_KEY] as BatchProgress | undefined) ?? null;
}

async function record(queue: BatchQueue): Promise<void> {
  queue.progress.left = queue.links.length;
  await browser.storage.session.set({ [BATCH_PROGRESS_KEY]: queue.progress });
  if (queue.progress.status === 'running') await browser.storage.local.set({ [BATCH_QUEUE_KEY]: queue });
  else await browser.storage.local.remove(BATCH_QUEUE_KEY);
}

/** What a batch of `links` would fetch: mirror addresses not saved yet, in page order, up to the cap. */
async function plan(links: readonly string[]): Promise<{ links: string[]; alreadySaved: number; beyondCap: number }> {
  const unsaved: string[] = [];
  let alreadySaved = 0;
  for (const url of new Set(links)) {
    if (!(await mayFetchLink(url))) continue;
    if (await findSaved([url])) alreadySaved++;
    else unsaved.push(url);
  }
  return { links: unsaved.slice(0, BATCH_LIMITS.maxLinks), alreadySaved, beyondCap: Math.max(0, unsaved.length - BATCH_LIMITS.maxLinks) };
}

/** Waits for the host's next free start (BATCH_LIMITS.hostGapMs after the last one) and takes it. */
async function turnFor(host: string, signal: AbortSignal): Promise<void> {
  const now = Date.now();
  const start = Math.max(now, nextStartByHost.get(host) ?? 0);
  nextStartByHost.set(host, start + BATCH_LIMITS.hostGapMs);
  if (start === now) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, start - now);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

type Outcome = 'done' | 'failed' | 'skipped' | { stop: string };

async function saveOne(url: string, signal: AbortSignal): Promise<Outcome | null> {
  if (await findSaved([url])) return 'skipped';
  await turnFor(new URL(sourceUrlFor(url)).host, signal);
  if (signal.aborted) return null;
  const response = await saveLink(url);
  if (response.ok) return 'done';
  return response.error && STOPPING_ERRORS.includes(response.error) ? { stop: response.error } : 'failed';
}

function run(queue: BatchQueue): void {
  const stop = new AbortController();
  const waiting = [...queue.links];
  const worker = async (): Promise<void> => {
    while (!stop.signal.aborted && waiting.length > 0) {
      const url = waiting.shift()!;
      const outcome = await keepingAlive(() => saveOne(url, stop.signal)).catch((): Outcome => 'failed');
      if (outcome === null) return; // cancelled while waiting for its turn
      queue.links = queue.links.filter((link) => link !== url);
      if (typeof outcome === 'object') {
        queue.progress.error = outcome.stop;
        stop.abort();
      } else {
        queue.progress[outcome]++;
      }
      await record(queue);
    }
  };
  const workers = Array.from({ length: BATCH_LIMITS.concurrency }, worker);
  const finished = Promise.all(workers).then(async () => {
    queue.progress.status = queue.progress.error ? 'stopped' : stop.signal.aborted ? 'cancelled' : 'finished';
    await record(queue);
    running = null;
  });
  running = { stop, finished };
}

/** Starts a batch over `links` of the index page at `source`, unless one is running. */
export function startBatch(source: string, title: string, links: readonly string[]): Promise<BatchStartResponse> {
  return serially(async () => {
    if (running || (await storedQueue())) return { ok: false, error: 'errorBatchBusy', progress: await storedProgress() };
    const planned = await plan(links);
    if (planned.links.length === 0) return { ok: false, error: 'errorBatchEmpty', progress: null };
    const total = planned.links.length + planned.alreadySaved;
    const progress: BatchProgress = { source, title, status: 'running', total, done: 0, failed: 0, skipped: planned.alreadySaved, left: planned.links.length };
    const queue = { progress, links: planned.links };
    await record(queue);
    run(queue);
    return { ok: true, error: null, progress };
  });
}

/** "Save all" in the popup: the links of the index page the tab shows. */
export async function startBatchForTab(tabId: number): Promise<BatchStartResponse> {
  const state = await tabStateFor(tabId);
  if (!state?.index) return { ok: false, error: 'errorNoIndex', progress: null };
  return startBatch(state.url, state.index.title, state.index.links);
}

/** The context menu on a link to an index page: the page is fetched through the fetch path for its links. */
export async function startBatchForLink(url: string): Promise<BatchStartResponse> {
  if (!(await mayFetchLink(url))) return { ok: false, error: 'errorLinkNotMirror', progress: null };
  const result = await extractFromUrl(sourceUrlFor(url));
  if (result.kind !== 'index') return { ok: false, error: 'errorNoIndex', progress: null };
  return startBatch(url, result.title, result.links.map((link) => link.url));
}

/** Takes up a batch the browser or the worker stopped in the middle (at every start of the background). */
export function resumeBatch(): Promise<void> {
  return serially(async () => {
    const queue = running ? null : await storedQueue();
    if (!queue) return;
    await record(queue); // the popup's progress went with the browser session
    run(queue);
  });
}

/** Stops the batch; resolves with its summary once the saves in flight have settled. */
export function cancelBatch(): Promise<BatchProgress | null> {
  return serially(async () => {
    if (running) {
      running.stop.abort();
      await running.finished;
    } else {
      // Stored but not taken up yet (the worker just woke): nothing is in flight.
      const queue = await storedQueue();
      if (queue) await record({ ...queue, progress: { ...queue.progress, status: 'cancelled' } });
    }
    return storedProgress();
  });
}

/** The popup's view: the running batch, or the summary of the last one when the tab shows its index page;
 * and what "Save all" would fetch on the tab's index page. */
export async function batchView(tabId: number): Promise<BatchView> {
  const [stored, state] = await Promise.all([storedProgress(), tabStateFor(tabId).catch(() => null)]);
  const progress = stored && (stored.status === 'running' || (state && samePage(state.url, stored.source))) ? stored : null;
  if (!state?.index) return { progress, offer: null };
  const planned = await plan(state.index.links);
  const offer: BatchOffer = { title: state.index.title, count: planned.links.length, alreadySaved: planned.alreadySaved, beyondCap: planned.beyondCap };
  return { progress, offer };
}
