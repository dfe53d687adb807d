// Batch save ("Save all N articles" of an index page): what it may fetch, how fast, how many at once,
// and that it stops, resumes and skips as promised (background/batch-save.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetBrowserFake, type BrowserFake } from './browser-fake';
import { fakeArticle } from './fixtures';
import { LibraryError } from '../../src/store/errors';
import type { BatchProgress } from '../../src/shared/messages';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./browser-fake')).browserFake }));
const library = vi.hoisted(() => ({ save: vi.fn(), findByUrl: vi.fn(), list: vi.fn() }));
vi.mock('../../src/shared/library', () => ({ library: async () => library }));
const extractFromUrl = vi.hoisted(() => vi.fn());
vi.mock('../../src/background/source-extraction', () => ({ extractFromUrl }));

const { BATCH_LIMITS, batchView, cancelBatch, resumeBatch, startBatch, startBatchForLink, startBatchForTab } = await import('../../src/background/batch-save');
const { onPageExtracted } = await import('../../src/background/tab-pages');
const { onMessage } = await import('../../src/background/messages');
const { saveSettings } = await import('../../src/shared/settings');

const INDEX_URL = 'https://github.com/owner/repo/blob/master/README.md';
const blobLink = (i: number): string => `https://github.com/owner/repo/blob/master/gb/${i}.md`;
const rawLink = (i: number): string => `https://raw.githubusercontent.com/owner/repo/master/gb/${i}.md`;
const links = (count: number): string[] => Array.from({ length: count }, (_, i) => blobLink(i));

let browser: BrowserFake;
/** The saved articles' mirror URLs, as the fake library holds them. */
let saved: Set<string>;
/** When each extraction (each fetch) started, in fake time. */
let fetches: { url: string; at: number }[];
/** Fake time goes on from test to test: the pace of each host is the module's, like the worker's. */
let clock = Date.now();

beforeEach(async () => {
  vi.useFakeTimers({ now: clock + BATCH_LIMITS.hostGapMs });
  browser = resetBrowserFake();
  await saveSettings({ saveImages: false });
  saved = new Set();
  fetches = [];
  library.findByUrl.mockReset().mockImplementation(async (url: string) => (saved.has(url) ? { id: url } : undefined));
  library.save.mockReset().mockImplementation(async (article: { mirrorUrl: string }) => (saved.add(article.mirrorUrl), { id: article.mirrorUrl }));
  library.list.mockReset().mockResolvedValue({ items: [], cursor: null });
  extractFromUrl.mockReset().mockImplementation(async (url: string) => {
    fetches.push({ url, at: Date.now() });
    return fakeArticle({ mirrorUrl: url.replace('https://raw.githubusercontent.com/owner/repo/', 'https://github.com/owner/repo/blob/') });
  });
});

afterEach(async () => {
  await cancelBatch(); // no batch carries over into the next test (the module's state does)
  clock = Date.now();
  vi.useRealTimers();
});

const progress = async (): Promise<BatchProgress | undefined> => (await browser.storage.session.get('batchProgress')).batchProgress as BatchProgress | undefined;
const queued = async (): Promise<{ links: string[] } | undefined> => (await browser.storage.local.get('batchQueue')).batchQueue as { links: string[] } | undefined;

/** Lets fake time run until the batch has ended (a hang guard of ten simulated minutes). */
async function untilEnded(): Promise<BatchProgress> {
  for (let step = 0; step < 6_000; step++) {
    const current = await progress();
    if (current && current.status !== 'running') return current;
    await vi.advanceTimersByTimeAsync(100);
  }
  throw new Error('the batch did not end');
}

describe('a batch over an index page', () => {
  it('saves every linked article once, counts them and ends with a summary', async () => {
    const started = await startBatch(INDEX_URL, '频道', links(5));
    expect(started).toMatchObject({ ok: true, progress: { status: 'running', total: 5, left: 5 } });
    expect(await untilEnded()).toMatchObject({ status: 'finished', total: 5, done: 5, failed: 0, skipped: 0, left: 0, title: '频道', source: INDEX_URL });
    expect(fetches.map(({ url }) => url).sort()).toEqual(links(5).map((_, i) => rawLink(i)).sort());
    expect(library.save).toHaveBeenCalledTimes(5);
    expect(await queued()).toBeUndefined(); // nothing of it is left on disk
  });

  it('keeps a polite pace: fetch starts to one host at least hostGapMs apart', async () => {
    await startBatch(INDEX_URL, '频道', links(6));
    await untilEnded();
    const gaps = fetches.slice(1).map((fetch, i) => fetch.at - fetches[i]!.at);
    expect(gaps).toHaveLength(5);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(BATCH_LIMITS.hostGapMs);
  });

  it('fetches at most BATCH_LIMITS.concurrency links at once, even on different hosts', async () => {
    let inFlight = 0;
    let most = 0;
    extractFromUrl.mockImplementation(async (url: string) => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      inFlight--;
      return fakeArticle({ mirrorUrl: url });
    });
    const pages = Array.from({ length: 8 }, (_, i) => `https://owner${i}.github.io/news/${i}.html`);
    await startBatch('https://owner.github.io/news/', '频道', pages);
    expect(await untilEnded()).toMatchObject({ status: 'finished', done: 8 });
    expect(most).toBe(BATCH_LIMITS.concurrency);
  });

  it('skips articles already saved without fetching them', async () => {
    saved.add(blobLink(1));
    saved.add(blobLink(3));
    const started = await startBatch(INDEX_URL, '频道', links(5));
    expect(started.progress).toMatchObject({ total: 5, skipped: 2, left: 3 });
    expect(await untilEnded()).toMatchObject({ done: 3, skipped: 2, failed: 0 });
    expect(fetches.map(({ url }) => url).sort()).toEqual([rawLink(0), rawLink(2), rawLink(4)]);
  });

  it('counts an article saved meanwhile (by a tab) as skipped, not fetched again', async () => {
    await startBatch(INDEX_URL, '频道', links(3));
    saved.add(blobLink(2));
    expect(await untilEnded()).toMatchObject({ done: 2, skipped: 1 });
    expect(fetches.map(({ url }) => url)).not.toContain(rawLink(2));
  });

  it('refuses links that are no mirror addresses on public hosts: they are never fetched or counted', async () => {
    const hostile = ['http://192.168.1.1/admin', 'http://localhost/a.md', 'https://tracker.example.com/pixel?reader=1', 'javascript:alert(1)', 'https://nas.local/a.md'];
    const started = await startBatch(INDEX_URL, '频道', [...hostile, blobLink(0)]);
    expect(started.progress).toMatchObject({ total: 1 });
    await untilEnded();
    expect(fetches.map(({ url }) => url)).toEqual([rawLink(0)]);
    expect(await startBatch(INDEX_URL, '频道', hostile)).toEqual({ ok: false, error: 'errorBatchEmpty', progress: null });
  });

  it('takes at most BATCH_LIMITS.maxLinks links per batch; the popup offer says how many are left over', async () => {
    const many = links(BATCH_LIMITS.maxLinks + 100);
    const tabId = 4;
    browser._.tabs.set(tabId, { id: tabId, url: INDEX_URL });
    await onPageExtracted(tabId, INDEX_URL, { kind: 'index', family: 'djy', form: 'blob', title: '频道', mirrorUrl: INDEX_URL, links: many.map((url) => ({ title: '标题标题标题', url })) });
    expect((await batchView(tabId)).offer).toEqual({ title: '频道', count: BATCH_LIMITS.maxLinks, alreadySaved: 0, beyondCap: 100 });
    const started = await startBatchForTab(tabId);
    expect(started.progress).toMatchObject({ total: BATCH_LIMITS.maxLinks, left: BATCH_LIMITS.maxLinks });
    expect((await queued())?.links).toEqual(many.slice(0, BATCH_LIMITS.maxLinks));
  });

  it('runs one batch at a time', async () => {
    await startBatch(INDEX_URL, '频道', links(3));
    expect(await startBatch(INDEX_URL, '频道', links(4))).toMatchObject({ ok: false, error: 'errorBatchBusy' });
    await untilEnded();
  });
});

describe('cancel, resume, stop', () => {
  it('cancel stops the batch: nothing more is fetched, the queue leaves storage, the summary stays', async () => {
    await startBatch(INDEX_URL, '频道', links(10));
    await vi.advanceTimersByTimeAsync(2_500); // three fetch starts, a second apart
    const summary = await cancelBatch();
    const fetched = fetches.length;
    expect(summary).toMatchObject({ status: 'cancelled', total: 10 });
    expect(summary!.done + summary!.left).toBe(10);
    expect(summary!.done).toBe(fetched);
    expect(fetched).toBeGreaterThan(0);
    expect(fetched).toBeLessThan(10);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(fetches).toHaveLength(fetched);
    expect(await queued()).toBeUndefined();
  });

  it('resumes a batch the browser was closed on from the queue in storage.local, fetching only what was left', async () => {
    // What a worker leaves behind when it stops after two of five links.
    const left = [blobLink(2), blobLink(3), blobLink(4)];
    const progressLeft: BatchProgress = { source: INDEX_URL, title: '频道', status: 'running', total: 5, done: 2, failed: 0, skipped: 0, left: 3 };
    await browser.storage.local.set({ batchQueue: { progress: progressLeft, links: left } });
    await Promise.all([resumeBatch(), resumeBatch()]); // onStartup and the worker's own start
    expect((await progress())?.status).toBe('running'); // the popup sees it again at once
    expect(await untilEnded()).toMatchObject({ status: 'finished', total: 5, done: 5, left: 0 });
    expect(fetches.map(({ url }) => url).sort()).toEqual([rawLink(2), rawLink(3), rawLink(4)]);
  });

  it('a cancelled batch is not resumed', async () => {
    await startBatch(INDEX_URL, '频道', links(5));
    await cancelBatch();
    const fetched = fetches.length;
    await resumeBatch();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(fetches).toHaveLength(fetched);
  });

  it('cancel takes a stored queue off the disk even before it was taken up', async () => {
    const progressLeft: BatchProgress = { source: INDEX_URL, title: '频道', status: 'running', total: 2, done: 0, failed: 0, skipped: 0, left: 2 };
    await browser.storage.local.set({ batchQueue: { progress: progressLeft, links: [blobLink(0), blobLink(1)] } });
    expect(await cancelBatch()).toMatchObject({ status: 'cancelled', left: 2 });
    expect(await queued()).toBeUndefined();
    await resumeBatch();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fetches).toEqual([]);
  });

  it('stops when the library is full: every further save would fail the same way', async () => {
    library.save.mockRejectedValue(new LibraryError('quota', 'full'));
    await startBatch(INDEX_URL, '频道', links(6));
    const summary = await untilEnded();
    expect(summary).toMatchObject({ status: 'stopped', error: 'errorStorageFull', done: 0 });
    expect(fetches.length).toBeLessThanOrEqual(BATCH_LIMITS.concurrency);
    expect(summary.left).toBe(6 - fetches.length);
  });

  it('counts a link that is no article as failed and goes on', async () => {
    extractFromUrl.mockImplementation(async (url: string) => (fetches.push({ url, at: Date.now() }), url.endsWith('/1.md') ? { kind: 'not-article', reason: 'HTTP 404' } : fakeArticle({ mirrorUrl: url })));
    expect(await (startBatch(INDEX_URL, '频道', links(3)), untilEnded())).toMatchObject({ status: 'finished', done: 2, failed: 1 });
  });
});

describe('from the context menu and the popup', () => {
  it('a link to an index page is fetched through the fetch path for its links', async () => {
    extractFromUrl.mockResolvedValueOnce({ kind: 'index', family: 'djy', form: 'raw', title: '频道', mirrorUrl: INDEX_URL, links: [{ title: '标题', url: blobLink(0) }] });
    expect(await startBatchForLink(INDEX_URL)).toMatchObject({ ok: true, progress: { total: 1 } });
    expect(extractFromUrl).toHaveBeenCalledWith('https://raw.githubusercontent.com/owner/repo/master/README.md');
    await untilEnded();
  });

  it('refuses a link that is no mirror, or no index', async () => {
    expect(await startBatchForLink('http://10.0.0.1/README.md')).toMatchObject({ ok: false, error: 'errorLinkNotMirror' });
    expect(extractFromUrl).not.toHaveBeenCalled();
    expect(await startBatchForLink(blobLink(0))).toMatchObject({ ok: false, error: 'errorNoIndex' });
  });

  it('only extension pages may start, cancel or watch a batch, never a content script', () => {
    const fromContent = { id: 'fake', url: INDEX_URL, tab: { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false }, frameId: 0 };
    expect(onMessage({ type: 'start-batch', tabId: 3 }, fromContent)).toBeUndefined();
    expect(onMessage({ type: 'cancel-batch' }, fromContent)).toBeUndefined();
    expect(onMessage({ type: 'get-batch', tabId: 3 }, fromContent)).toBeUndefined();
    const fromPopup = { id: 'fake', url: 'chrome-extension://fake/popup.html' };
    expect(onMessage({ type: 'start-batch', tabId: 3, links: [blobLink(0)] }, fromPopup)).toBeUndefined();
    expect(onMessage({ type: 'get-batch', tabId: 3 }, fromPopup)).toBeInstanceOf(Promise);
  });
});
