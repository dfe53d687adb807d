// Batch save in real Chromium ("take a whole channel offline"): an index page on github.com links to
// every article of the corpus, each served raw as raw.githubusercontent.com serves it. The popup offers
// "Save all N articles", shows the progress, cancels; a second batch is cut off by closing the browser
// and finishes by itself when the same profile is opened again. In the end every article is in the
// library exactly once, no request named the extension, and the popup says nothing is left to save.
// Screenshots of the popup's batch in English and 简体 (test-results/batch-*.png).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { isArticleGold, rawUrlOf } from '../helpers/corpus';
import { renderGithubBlobPage } from '../helpers/github-page';
import type { BatchProgress } from '../../src/shared/messages';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import type { E2eContext } from './extension.e2e';
import { IMAGE_PATH, safeDecode } from './fixture-server';
import { assert, test } from './harness';
import { savedArticles } from './library-probe';

const INDEX_URL = 'https://github.com/batch-fixture/channel/blob/master/README.md';
/** Hang guards, far above what the pace needs (25 articles a second apart). */
const BATCH_TIMEOUT_MS = 180_000;
const STEP_TIMEOUT_MS = 60_000;

export function registerBatchTests(ctx: E2eContext): void {
  const articles = ctx.server.pages.filter((page) => isArticleGold(page.gold));
  // The index as a channel's README lists its articles: one headline link per line.
  const escapeBrackets = (title: string): string => title.replace(/[[\]]/g, (c) => `\\${c}`);
  const readme = `# 频道文章目录\n\n${articles.map((page) => `- [${escapeBrackets(isArticleGold(page.gold) ? page.gold.title : '')}](${encodeURI(page.url)})`).join('\n')}\n`;
  ctx.server.serve(INDEX_URL, renderGithubBlobPage(readme, INDEX_URL), 'html');

  const profile = mkdtempSync(join(tmpdir(), 'mirror-reader-batch-'));
  let browser: ExtensionBrowser;
  let indexTab: Page;
  let probe: Page; // an extension page, to read the library and the batch's progress
  const open = async (): Promise<void> => {
    browser = await launchWithExtension(ctx.dist, ctx.server.port, { profile });
    probe = await browser.openExtensionPage('options.html');
  };
  const progress = (): Promise<BatchProgress | undefined> => probe.evaluate(async () => (await chrome.storage.session.get('batchProgress')).batchProgress as BatchProgress | undefined);
  const savedCount = async (): Promise<number> => (await savedArticles(probe)).length;

  /** The index page in a tab, once the content script has reported its links to the background. */
  const openIndex = async (target: ExtensionBrowser): Promise<Page> => {
    const tab = await target.context.newPage();
    await tab.goto(INDEX_URL);
    const tabId = await target.tabIdOf(tab);
    const worker = await target.serviceWorker();
    const deadline = Date.now() + STEP_TIMEOUT_MS;
    const links = async (): Promise<number> => worker.evaluate(async (key) => ((await chrome.storage.session.get(key))[key] as { index?: { links: string[] } } | undefined)?.index?.links.length ?? 0, `tab:${tabId}`);
    while ((await links()) === 0) {
      assert(Date.now() < deadline, 'the index page was not reported with its links');
      await tab.waitForTimeout(200);
    }
    return tab;
  };
  /** The popup's "Save all" button, and the N it names. */
  const saveAllButton = async (popup: Page): Promise<{ name: string; count: number }> => {
    const button = popup.getByRole('button', { name: /^Save all/ });
    await button.waitFor({ timeout: STEP_TIMEOUT_MS });
    const name = (await button.getAttribute('aria-label')) ?? (await button.innerText());
    return { name, count: Number(/\d+/.exec(name)?.[0] ?? NaN) };
  };
  /** Waits until the popup's progress bar has counted `answered` links. */
  const untilAnswered = async (popup: Page, answered: number): Promise<void> => {
    await popup.waitForFunction((n) => Number(document.querySelector('[role=progressbar]')?.getAttribute('aria-valuenow') ?? -1) >= n, answered, { timeout: STEP_TIMEOUT_MS });
  };

  test('batch: an index page offers "Save all N articles" in the popup, N the served articles', async () => {
    assert(articles.length >= 20, `only ${articles.length} corpus articles to serve`);
    await open();
    indexTab = await openIndex(browser);
    const popup = await browser.openPopupFor(indexTab);
    const { name, count } = await saveAllButton(popup);
    assert(count === articles.length, `"${name}" offers ${count} articles, the index links ${articles.length}`);
    await popup.screenshot({ path: join(ctx.artifacts, 'batch-offer-en.png') });
    await popup.close();
  });

  test('batch: progress (done / failed / left, a progress bar) and Cancel, which stops the fetching', async () => {
    const popup = await browser.openPopupFor(indexTab);
    await popup.getByRole('button', { name: /^Save all/ }).click();
    await untilAnswered(popup, 3);
    const bar = popup.getByRole('progressbar');
    assert((await bar.getAttribute('aria-valuemax')) === String(articles.length), `progress bar out of ${await bar.getAttribute('aria-valuemax')}`);
    assert(/saved · \d+ failed · \d+ already saved · \d+ left/.test(await popup.locator('.batch-counts').innerText()), 'no done / failed / left counts');
    await popup.screenshot({ path: join(ctx.artifacts, 'batch-progress-en.png') });
    await popup.getByRole('button', { name: 'Cancel' }).click();
    const summary = popup.getByRole('status');
    await summary.waitFor({ timeout: STEP_TIMEOUT_MS });
    assert((await summary.innerText()).includes('Cancelled'), `summary "${await summary.innerText()}"`);
    await popup.screenshot({ path: join(ctx.artifacts, 'batch-cancelled-en.png') });
    const cancelled = await progress();
    assert(cancelled?.status === 'cancelled' && cancelled.left > 0, `after Cancel: ${JSON.stringify(cancelled)}`);
    const saved = await savedCount();
    assert(saved === cancelled.done && saved > 0, `${saved} saved, the summary says ${cancelled.done}`);
    await popup.waitForTimeout(3_000); // three more fetch starts, had it gone on
    assert((await savedCount()) === saved, 'articles were still saved after Cancel');
    // The offer now names only what is left.
    const { count } = await saveAllButton(popup);
    assert(count === articles.length - saved, `offer after Cancel: ${count}, expected ${articles.length - saved}`);
    await popup.close();
  });

  test('batch: resumes after the browser is closed in the middle and opened again with the same profile', async () => {
    const popup = await browser.openPopupFor(indexTab);
    const before = await savedCount();
    await popup.getByRole('button', { name: /^Save all/ }).click();
    await untilAnswered(popup, before + 3);
    const cutOff = await progress();
    assert(cutOff?.status === 'running', `the batch is not running before the browser closes: ${JSON.stringify(cutOff)}`);
    await browser.close();

    await open();
    const deadline = Date.now() + BATCH_TIMEOUT_MS;
    let resumed = await progress();
    while (resumed?.status !== 'finished') {
      assert(Date.now() < deadline && (resumed === undefined || resumed.status === 'running'), `after the restart: ${JSON.stringify(resumed)}`);
      await probe.waitForTimeout(500);
      resumed = await progress();
    }
    ctx.report['batch: resumed after restart'] = `${cutOff.total - cutOff.left} of ${cutOff.total} answered before closing; ${JSON.stringify(resumed)}`;
    assert(resumed.failed === 0, `${resumed.failed} articles failed`);
  });

  test('batch: nothing saved twice, only the linked raw files fetched, no request names the extension', async () => {
    const records = await savedArticles(probe);
    const owners = new Map<string, number>();
    for (const record of records) for (const url of record.mirrorUrls) owners.set(safeDecode(url), (owners.get(safeDecode(url)) ?? 0) + 1);
    const missing = articles.filter((page) => owners.get(safeDecode(page.url)) === undefined).map((page) => page.name);
    const twice = [...owners].filter(([, count]) => count > 1);
    assert(missing.length === 0, `not saved: ${missing.join(', ')}`);
    assert(twice.length === 0, `saved more than once: ${JSON.stringify(twice)}`);
    assert(records.length <= articles.length, `${records.length} records for ${articles.length} articles`);
    // Each raw file once; those in flight when the browser closed may be fetched again after it.
    const rawPaths = new Set(articles.map((page) => safeDecode(rawUrlOf(page.url))));
    const fetched = new Map<string, number>();
    for (const request of ctx.server.requests) {
      const named = Object.entries(request.headers).filter(([, value]) => /chrome-extension:|moz-extension:/.test(value));
      assert(named.length === 0, `a request to ${request.host} names the extension: ${JSON.stringify(named)}`);
      if (request.host !== 'raw.githubusercontent.com' || IMAGE_PATH.test(request.path)) continue; // an article's images
      const url = safeDecode(`https://${request.host}${request.path}`);
      assert(rawPaths.has(url), `the batch fetched ${url}, which the index does not link`);
      fetched.set(url, (fetched.get(url) ?? 0) + 1);
    }
    const refetched = [...fetched].filter(([, count]) => count > 1);
    assert(refetched.length <= 2 && refetched.every(([, count]) => count === 2), `fetched again: ${JSON.stringify(refetched)}`);
    ctx.report['batch: library'] = `${records.length} records for ${articles.length} articles; ${fetched.size} raw files fetched, ${refetched.length} twice (in flight at the restart)`;

    const tab = await openIndex(browser);
    const popup = await browser.openPopupFor(tab);
    await popup.waitForSelector('#batch:not([hidden]) .current-meta');
    const note = await popup.locator('#batch .current-meta').innerText();
    assert(note.includes(`All ${articles.length} articles`), `the popup after the batch: "${note}"`);
    assert((await popup.getByRole('button', { name: /^Save all/ }).count()) === 0, 'the popup still offers to save all');
    await popup.screenshot({ path: join(ctx.artifacts, 'batch-finished-en.png') });
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  });

  test('batch: "Erase all" during a batch cancels it first: nothing saved after, no queue left', async () => {
    const fresh = await launchWithExtension(ctx.dist, ctx.server.port);
    try {
      const popup = await fresh.openPopupFor(await openIndex(fresh));
      await popup.getByRole('button', { name: /^Save all/ }).click();
      await untilAnswered(popup, 2);
      const options = await fresh.openExtensionPage('options.html');
      await options.click('#erase-all');
      await options.click('#erase-dialog button[value="erase"]');
      await options.waitForFunction(() => (document.getElementById('library-status')?.textContent ?? '') !== '', undefined, { timeout: STEP_TIMEOUT_MS });
      await options.waitForTimeout(3_000); // three more fetch starts, had it gone on
      const left = await options.evaluate(async () => ({
        progress: (await chrome.storage.session.get('batchProgress')).batchProgress,
        queue: (await chrome.storage.local.get('batchQueue')).batchQueue,
      }));
      assert(left.progress?.status === 'cancelled' && left.queue === undefined, `after the erase: ${JSON.stringify(left)}`);
      const saved = await savedArticles(options);
      assert(saved.length === 0, `saved after the erase: ${saved.map((record) => record.title).join(', ')}`);
    } finally {
      await fresh.close();
    }
  });

  test('batch: the popup\'s batch in 简体 (screenshot)', async () => {
    const chinese = await launchWithExtension(ctx.dist, ctx.server.port, { language: 'zh_CN' });
    try {
      const language = await (await chinese.serviceWorker()).evaluate(() => chrome.i18n.getUILanguage());
      assert(language.startsWith('zh'), `Chromium runs in ${language}: install chromium-l10n`);
      const popup = await chinese.openPopupFor(await openIndex(chinese));
      const button = popup.getByRole('button', { name: /^保存全部 \d+ 篇文章$/ });
      await button.click({ timeout: STEP_TIMEOUT_MS });
      await untilAnswered(popup, 2);
      await popup.screenshot({ path: join(ctx.artifacts, 'batch-progress-zh_CN.png') });
      await popup.getByRole('button', { name: '取消' }).click();
      await popup.getByRole('status').waitFor({ timeout: STEP_TIMEOUT_MS });
      assert((await popup.getByRole('status').innerText()).includes('已取消'), 'no summary in 简体');
      await popup.screenshot({ path: join(ctx.artifacts, 'batch-cancelled-zh_CN.png') });
    } finally {
      await chinese.close();
    }
  });
}
