// The extension in real Chromium against the local mirror hosts. Tests run in order and share
// one browser: later ones build on what earlier ones saved (docs/extension.md, "Testing").
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { decodeBytes } from '../../src/core';
import { codebergUrlOf, isArticleGold, type ArticleGold, type CorpusPage } from '../helpers/corpus';
import { renderCodebergFilePage } from '../helpers/codeberg-page';
import { renderGithubBlobPage } from '../helpers/github-page';
import { lengthenedSource } from '../helpers/long-page';
import { PAGES } from '../helpers/pages';
import { MAX_TEXT_READ_IN_TAB } from '../../src/content/long-page';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import type { FixtureServer } from './fixture-server';
import { USER_SITE_HOST } from './fixture-server';
import { assert, eventually, test } from './harness';
import { readingPosition, savedArticles, savedTitles } from './library-probe';
import { addUserSite } from './options-page';
import { seedLibrary } from './seed-library';

/** A hang guard for a step that takes a second on an idle machine; CI machines are shared and loaded. */
const WAIT_TIMEOUT_MS = 30_000;

export interface E2eContext {
  browser: ExtensionBrowser;
  server: FixtureServer;
  dist: string;
  artifacts: string;
  /** Figures for the closing report (first paint, content-script cost). */
  report: Record<string, string>;
}

export function registerTests(ctx: E2eContext): void {
  const page = (fileStart: string): CorpusPage & { gold: ArticleGold } => {
    const found = ctx.server.pages.find((candidate) => candidate.name.startsWith(fileStart));
    assert(found && isArticleGold(found.gold), `corpus page ${fileStart} is missing`);
    return found as CorpusPage & { gold: ArticleGold };
  };
  const nonArticle = (fileStart: string): CorpusPage => ctx.server.pages.find((candidate) => candidate.name.startsWith(fileStart))!;
  const blobArticle = page('feedx__NodeBE4__news-beyond-wall___posts_2021-07-01-[World]');
  const softNavTarget = page('gfwbreaker2018__bigcaibao__banned-news__pages_zyyyoeqqvi_4557810');
  const gbkRawArticle = page('djy__kevelena__djy__gb_19_4_30_n11223652');
  const pagesArticle = page('feedx__NodeBE4__news-beyond-wall___posts_2021-07-06-涉嫌');
  const userSiteArticle = page('feedx__NodeBE4__news-beyond-wall___posts_2021-07-06-加拿大');
  const codebergArticle = page('ntdtv__Wolfy87__ntdtv__gb_2019_09_26_a102673342');
  const codebergRawArticle = page('ntdtv__Wolfy87__ntdtv__gb_2018_06_29_a1381600');
  const gitlabPagesArticle = page('feedx__NodeBE4__news-beyond-wall___posts_2021-07-12-菲律宾');
  const pagesSourceArticle = page('minghui__gfw-breaker__mh-news__pages_73_408718');
  const longArticle = page('feedx__NodeBE4__news-beyond-wall___posts_2021-07-01-王友群');
  let probe: Page; // an extension page kept open to read the database
  let articleTab: Page;

  const { badgeOf, waitForBadge, openPopupFor } = ctx.browser;
  /** Titles compared as a reader sees them: runs of spaces count as one. */
  const normalised = (title: string): string => title.replace(/\s+/g, ' ').trim();
  const isSaved = async (title: string): Promise<boolean> => (await savedTitles(probe)).map(normalised).includes(normalised(title));
  /** Whether `title` reaches the library within the limit: a tab whose badge already shows ✓ gives no sign of a later save. */
  const becomesSaved = async (title: string, timeoutMs = 30_000): Promise<boolean> => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await isSaved(title)) return true;
      await probe.waitForTimeout(200);
    }
    return false;
  };
  const checkCleanBody = async (reader: Page, gold: ArticleGold): Promise<void> => {
    await reader.waitForSelector('.article-body');
    const text = await reader.locator('.article-body').innerText();
    assert(text.includes(gold.firstParagraphStart.slice(0, 10)), `body lacks its first paragraph "${gold.firstParagraphStart}"`);
    assert(text.includes(gold.lastParagraphStart.slice(0, 10)), `body lacks its last paragraph "${gold.lastParagraphStart}"`);
    for (const clutter of gold.mustNotContain) assert(!text.includes(clutter), `body contains clutter "${clutter}"`);
  };
  const checkImagesFromStore = async (reader: Page, expected: number): Promise<void> => {
    await reader.waitForFunction(() => Array.from(document.querySelectorAll<HTMLImageElement>('.article-body img')).every((img) => img.complete));
    const images = await reader.$$eval('.article-body img', (imgs) => (imgs as HTMLImageElement[]).map((img) => ({ src: img.src, width: img.naturalWidth })));
    const placeholders = await reader.locator('.article-body .image-placeholder').count();
    assert(images.length === expected, `${images.length} images shown, expected ${expected} (${placeholders} placeholders)`);
    for (const image of images) {
      assert(image.src.startsWith('blob:'), `image not served from the library: ${image.src}`);
      assert(image.width > 0, `image did not decode: ${image.src}`);
    }
  };

  test('the manifest is strict: no web-accessible resources, locked-down CSP, classic content scripts', async () => {
    const manifest = JSON.parse(readFileSync(join(ctx.dist, 'manifest.json'), 'utf8'));
    assert(!('web_accessible_resources' in manifest), 'web_accessible_resources would let pages detect the extension');
    assert(/script-src 'self';/.test(manifest.content_security_policy.extension_pages), 'extension pages CSP is not strict');
    for (const script of ['detector.js', 'extractor.js', 'source-reader.js']) {
      const code = readFileSync(join(ctx.dist, 'content', script), 'utf8');
      assert(!/\bimport\s*\(|^import /m.test(code), `content/${script} is not self-contained`);
      ctx.report[`${script} size`] = `${(Buffer.byteLength(code) / 1024).toFixed(1)} KiB`;
    }
    probe = await ctx.browser.openExtensionPage('options.html');
  });

  test('a github.com blob article: badge shows it, auto-save stores it', async () => {
    articleTab = await ctx.browser.context.newPage();
    await articleTab.goto(blobArticle.url);
    await waitForBadge(articleTab, '✓');
    const titles = await savedTitles(probe);
    assert(titles.length === 1 && (await isSaved(blobArticle.gold.title)), `saved ${JSON.stringify(titles)}`);
  });

  test('the content script leaves the page untouched and the page cannot see the extension', async () => {
    const before = await articleTab.evaluate(() => document.documentElement.outerHTML);
    const fresh = await ctx.browser.context.newPage();
    await fresh.goto(blobArticle.url);
    await fresh.waitForTimeout(1500);
    const after = await fresh.evaluate(() => document.documentElement.outerHTML);
    assert(before === after, 'the page DOM differs after detection');
    const probeResult = await fresh.evaluate(async (id) => {
      try {
        await fetch(`chrome-extension://${id}/content/detector.js`);
        return 'reachable';
      } catch {
        return 'blocked';
      }
    }, ctx.browser.extensionId);
    assert(probeResult === 'blocked', 'a page can fetch the extension\'s files');
    await fresh.close();
  });

  test('the popup shows the current article and lists it; its reader shows the clean body with all images', async () => {
    const popup = await openPopupFor(articleTab);
    await popup.waitForSelector('#current-tab:not([hidden]) #save-current');
    assert((await popup.locator('#save-current').innerText()).includes('✓'), 'current tab not shown as saved');
    await popup.locator('.row', { hasText: blobArticle.gold.title }).click();
    await checkCleanBody(popup, blobArticle.gold);
    await checkImagesFromStore(popup, blobArticle.gold.images ?? 0);
    await popup.close();
  });

  test('a raw.githubusercontent.com file in GBK (sandboxed text/plain) is fetched, decoded and saved', async () => {
    const raw = await ctx.browser.context.newPage();
    const response = await raw.goto(ctx.server.urls(gbkRawArticle).raw);
    assert(/sandbox/.test(response?.headers()['content-security-policy'] ?? ''), 'raw page is not served with a sandbox CSP');
    await waitForBadge(raw, '✓');
    assert(await isSaved(gbkRawArticle.gold.title), `GBK article not saved as "${gbkRawArticle.gold.title}": ${JSON.stringify(await savedTitles(probe))}`);
    await raw.close();
  });

  test('a GitHub Pages post is detected and saved', async () => {
    const post = await ctx.browser.context.newPage();
    await post.goto(ctx.server.urls(pagesArticle).pages);
    await waitForBadge(post, '✓');
    assert(await isSaved(pagesArticle.gold.title), `Pages post not saved: ${JSON.stringify(await savedTitles(probe))}`);
    await post.close();
  });

  // The extraction bundle of rendered pages has no Markdown renderer: a raw source shown as text on a
  // tab has it inject the source reader (content/source-reader.js).
  test('a Markdown file a GitHub Pages site serves as plain text is read by the source reader and saved', async () => {
    const url = ctx.server.urls(pagesSourceArticle).pages.replace(/\.html$/, '.md');
    ctx.server.serve(url, decodeBytes(pagesSourceArticle.bytes), 'text');
    const source = await ctx.browser.context.newPage();
    await source.goto(url);
    await waitForBadge(source, '✓');
    assert(await isSaved(pagesSourceArticle.gold.title), `Pages source file not saved: ${JSON.stringify(await savedTitles(probe))}`);
    await source.close();
  });

  /** A page folder's file served as github.com's code view of it at the folder's address, opened until its badge says saved. */
  const openInGithubCodeView = async (caseName: string, sourceFile: string) => {
    const folder = join(PAGES, 'generic', caseName);
    const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as { url: string; title?: string; firstParagraphStart?: string };
    ctx.server.serve(expected.url, renderGithubBlobPage(readFileSync(join(folder, sourceFile), 'utf8'), expected.url), 'html');
    const file = await ctx.browser.context.newPage();
    await file.goto(expected.url);
    assert(await file.locator('#read-only-cursor-text-area').count(), 'not a code view');
    await waitForBadge(file, '✓');
    return { file, expected };
  };

  // github.com shows an .html file as code: the source reader reads the file from the code view's textarea.
  test('an .html file github.com shows as code is read from its code view and saved', async () => {
    const { file, expected } = await openInGithubCodeView('built-site-page-in-repository', 'source.html');
    assert(await isSaved(expected.title!), `code view file not saved as "${expected.title}": ${JSON.stringify(await savedTitles(probe))}`);
    await file.close();
  });

  // A transcript or article kept as plain text is shown as code too: the detector offers it as it does Markdown and HTML.
  test('a .txt file github.com shows as code is detected, read as plain text and saved', async () => {
    const { file, expected } = await openInGithubCodeView('plain-text-file-lines', 'source.txt');
    const saved = (await savedArticles(probe)).find((article) => article.mirrorUrls.includes(expected.url));
    assert(saved && normalised(saved.text).startsWith(normalised(expected.firstParagraphStart!)), `.txt file not saved: ${JSON.stringify(saved?.title)}`);
    await file.close();
  });

  // codeberg.org shows it as code too, one table row a line: the source reader reads the lines.
  test('an .html file codeberg.org shows as code is read from its lines and saved', async () => {
    const folder = join(PAGES, 'generic', 'built-site-page-in-repository');
    const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as { url: string; title: string };
    const url = codebergUrlOf(expected.url);
    ctx.server.serve(url, renderCodebergFilePage(readFileSync(join(folder, 'source.html'), 'utf8'), url), 'html');
    const file = await ctx.browser.context.newPage();
    await file.goto(url);
    assert(await file.locator('div.file-view.code-view td.lines-code').count(), 'not a Forgejo code view');
    await waitForBadge(file, '✓');
    const saved = (await savedArticles(probe)).find((article) => normalised(article.title) === normalised(expected.title));
    assert(saved && saved.mirrorUrls.includes(url), `Codeberg code view not saved: ${JSON.stringify(saved?.mirrorUrls)}`);
    await file.close();
  });

  // A page as long as a Q&A compilation would hold the tab's thread for seconds: the tab sends its markup to the
  // extension, which reads it in the offscreen document.
  test('a long page is read in the offscreen document, not on the tab, and saved', async () => {
    const worker = await ctx.browser.serviceWorker();
    const offscreenDocuments = (): Promise<number> => worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length);
    // The raw files before made one: gone, this page's reading must make it again.
    if ((await offscreenDocuments()) > 0) await worker.evaluate(() => chrome.offscreen.closeDocument());
    const url = longArticle.url;
    ctx.server.serve(url, renderGithubBlobPage(lengthenedSource(decodeBytes(longArticle.bytes), MAX_TEXT_READ_IN_TAB * 1.2), url), 'html');
    const tab = await ctx.browser.context.newPage();
    await tab.goto(url);
    await waitForBadge(tab, '✓');
    const saved = (await savedArticles(probe)).find((article) => normalised(article.title) === normalised(longArticle.gold.title));
    assert(saved && saved.text.length > MAX_TEXT_READ_IN_TAB, `long page not saved whole: ${saved?.text.length ?? 'not saved'} characters`);
    assert(saved.text.includes(longArticle.gold.firstParagraphStart), 'long page saved without its first paragraph');
    assert((await offscreenDocuments()) === 1, 'the long page was not read in the offscreen document');
    await tab.close();
  });

  // The registry's hosts, as the built manifest has them (each name says "manifest", so that
  // --filter=manifest runs them with the suite's setup).
  test('hosts of the manifest: a codeberg.org file page is detected and auto-saved', async () => {
    const file = await ctx.browser.context.newPage();
    await file.goto(ctx.server.urls(codebergArticle).codeberg);
    assert(await file.locator('div.file-view.markup').count(), 'not a Forgejo file page');
    await waitForBadge(file, '✓');
    assert(await isSaved(codebergArticle.gold.title), `Codeberg article not saved as "${codebergArticle.gold.title}": ${JSON.stringify(await savedTitles(probe))}`);
    const saved = (await savedArticles(probe)).find((article) => normalised(article.title) === normalised(codebergArticle.gold.title));
    assert(saved && saved.mirrorUrls.includes(ctx.server.urls(codebergArticle).codeberg), `mirror addresses ${JSON.stringify(saved?.mirrorUrls)}`);
    assert(!saved.text.includes('Powered by Forgejo') && !saved.text.includes('Permalink'), 'the page chrome was saved with the article');
    await file.close();
  });

  test('hosts of the manifest: a codeberg.org raw file (sandboxed text/plain) takes the fetch path and is saved', async () => {
    const raw = await ctx.browser.context.newPage();
    const response = await raw.goto(ctx.server.urls(codebergRawArticle).codebergRaw);
    assert(/sandbox/.test(response?.headers()['content-security-policy'] ?? ''), 'raw page is not served with a sandbox CSP');
    await waitForBadge(raw, '✓');
    assert(await isSaved(codebergRawArticle.gold.title), `Codeberg raw file not saved: ${JSON.stringify(await savedTitles(probe))}`);
    await raw.close();
  });

  test('hosts of the manifest: a GitLab Pages post is detected and auto-saved', async () => {
    const post = await ctx.browser.context.newPage();
    await post.goto(ctx.server.urls(gitlabPagesArticle).gitlabPages);
    await waitForBadge(post, '✓');
    assert(await isSaved(gitlabPagesArticle.gold.title), `GitLab Pages post not saved: ${JSON.stringify(await savedTitles(probe))}`);
    await post.close();
  });

  test('a GitHub soft navigation from one article to another is detected', async () => {
    const targetUrl = softNavTarget.url;
    // What GitHub's page code does: fetch the next file, swap the view, push the address, announce it.
    await articleTab.evaluate(async (url) => {
      const html = await (await fetch(url)).text();
      const next = new DOMParser().parseFromString(html, 'text/html');
      await new Promise((resolve) => setTimeout(resolve, 50));
      history.pushState({}, '', url);
      document.querySelector('article.markdown-body')!.innerHTML = next.querySelector('article.markdown-body')!.innerHTML;
      document.title = next.title;
      document.dispatchEvent(new Event('soft-nav:react-done'));
    }, targetUrl);
    // The tab showed ✓ for the article before: the badge alone would pass before the new article is saved.
    assert(await becomesSaved(softNavTarget.gold.title), `soft-navigated article not saved: ${JSON.stringify(await savedTitles(probe))}`);
    await waitForBadge(articleTab, '✓');
  });

  test('GitHub pages that are not articles are never saved', async () => {
    const before = (await savedTitles(probe)).length;
    const other = await ctx.browser.context.newPage();
    for (const url of [
      'https://github.com/kevelena/djy',
      nonArticle('djy__kevelena__djy__README.md').url,
      nonArticle('feedx__NodeBE4__news-beyond-wall__about.md').url,
      nonArticle('feedx__NodeBE4__news-beyond-wall__lists_').url,
    ]) {
      await other.goto(url);
      await other.waitForTimeout(1500);
      assert((await badgeOf(other)) === '', `badge "${await badgeOf(other)}" on ${url}`);
    }
    await other.close();
    const after = await savedTitles(probe);
    assert(after.length === before, `non-article saved: ${JSON.stringify(after)}`);
  });

  test('a user-added mirror site works once its permission is granted', async () => {
    const url = ctx.server.urls(userSiteArticle).userSite;
    await addUserSite(ctx.browser, USER_SITE_HOST);
    const site = await ctx.browser.context.newPage();
    await site.goto(url);
    await waitForBadge(site, '✓');
    assert(await isSaved(userSiteArticle.gold.title), 'user-site article not saved');
    await site.close();
  });

  test('with auto-save off, an article is only detected (+) until Save in the popup', async () => {
    const clickToSave = page('djy__Kantas82__djy__gb_22_1_1_n13473292');
    const options = await ctx.browser.openExtensionPage('options.html');
    await options.uncheck('#autoSave');
    const tab = await ctx.browser.context.newPage();
    await tab.goto(clickToSave.url);
    await waitForBadge(tab, '+');
    assert(!(await isSaved(clickToSave.gold.title)), 'saved although auto-save is off');
    const popup = await openPopupFor(tab);
    await popup.waitForSelector('#save-current:not([disabled])');
    await popup.click('#save-current');
    await popup.waitForSelector('#save-current:has-text("✓")');
    await waitForBadge(tab, '✓');
    assert(await isSaved(clickToSave.gold.title), 'Save did not save');
    await options.check('#autoSave');
    await Promise.all([popup.close(), tab.close(), options.close()]);
  });

  test('delete with undo, and reading from the keyboard', async () => {
    const popup = await openPopupFor(articleTab);
    await popup.waitForSelector('.row');
    const count = await popup.locator('.row').count();
    await popup.locator('.search').focus();
    await popup.keyboard.press('ArrowDown');
    const title = await popup.locator('.row:focus .row-title').innerText();
    await popup.keyboard.press('Delete');
    await popup.waitForSelector('.toast');
    // The toast may show before the list is drawn again: wait for the row to go (a hang guard, not a speed mark).
    const removed = await popup
      .waitForFunction((n) => document.querySelectorAll('.row').length === n, count - 1, { timeout: WAIT_TIMEOUT_MS })
      .then(() => true, () => false);
    assert(removed, 'row not removed');
    assert(!(await savedTitles(probe)).includes(title), 'article still in the library');
    await popup.click('.toast-action');
    await popup.waitForFunction((n) => document.querySelectorAll('.row').length === n, count);
    assert((await savedTitles(probe)).includes(title), 'undo did not restore the article');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('#reader-view:not([hidden]) .article-body');
    // The text has the focus: PageDown scrolls it (it once sat on Back, where Space pressed Back).
    await popup.keyboard.press('PageDown');
    await popup.waitForFunction(() => document.getElementById('reader-scroller')!.scrollTop > 0, undefined, { timeout: WAIT_TIMEOUT_MS });
    // Esc closes the open Aa panel first, and only the next Esc leaves the reader.
    await popup.click('.reader-controls summary');
    await popup.keyboard.press('Escape');
    assert(await popup.$eval('.reader-controls', (details) => !(details as HTMLDetailsElement).open), 'Esc left the Aa panel open');
    assert(await popup.isVisible('#reader-view'), 'Esc with the Aa panel open left the reader');
    await popup.keyboard.press('Escape');
    await popup.waitForSelector('#list-view:not([hidden])');
    await popup.close();
  });

  test('search, filters, star and archive in the popup', async () => {
    const popup = await openPopupFor(articleTab);
    await popup.fill('.search', '双面间谍');
    await popup.waitForFunction(() => document.querySelectorAll('.row').length === 1 && document.querySelector('.row-excerpt mark, .row-title'));
    assert((await popup.locator('.row-title').innerText()).includes('双面间谍'), 'search did not find the article by its title words');
    await popup.fill('.search', '');
    await popup.locator('.row', { hasText: pagesArticle.gold.title.slice(0, 8) }).locator('[data-action=star]').click();
    await popup.click('.filter[data-filter=starred]');
    await popup.waitForFunction(() => document.querySelectorAll('.row').length === 1);
    await popup.click('.filter[data-filter=all]');
    await popup.waitForFunction(() => document.querySelectorAll('.row').length > 1);
    const archivedTitle = await popup.locator('.row-title').first().innerText();
    await popup.locator('.row').first().locator('[data-action=archive]').click();
    await popup.waitForSelector('.toast'); // said once the archive flag is stored
    await popup.click('.filter[data-filter=archived]');
    await popup.waitForFunction((title) => [...document.querySelectorAll('.row-title')].map((el) => el.textContent).join('|') === title, archivedTitle);
    await popup.locator('.row').first().locator('[data-action=archive]').click(); // back from the archive
    await popup.close();
  });

  test('reader: 简/繁 conversion, remembered reading position, Markdown export', async () => {
    const popup = await openPopupFor(articleTab);
    await popup.locator('.row', { hasText: blobArticle.gold.title }).click();
    await popup.waitForSelector('.article-body');
    await popup.click('.reader-controls summary');
    await popup.click('.choice-script-traditional');
    await popup.waitForFunction(() => document.querySelector('.article-title')?.textContent?.includes('樓'));
    await popup.click('.choice-script-original');
    await popup.waitForFunction(() => document.querySelector('.article-title')?.textContent?.includes('楼'));
    // The target is taken once the layout has settled (images sized, the script's re-render done): a height that
    // changed after it moved the saved position away from it, and failed a CI run by 33 px (target 1382 of a
    // range that grew to 2828; restored to 1415, its true half).
    await popup.evaluate(async (timeout) => {
      const scroller = document.getElementById('reader-scroller')!;
      // (No named function in here: the test runner's transform would wrap it in a helper the page lacks.)
      let lastHeight = -1;
      for (const deadline = Date.now() + timeout; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 300))) {
        if (scroller.scrollHeight === lastHeight && [...document.querySelectorAll<HTMLImageElement>('.article-body img')].every((img) => img.complete)) return;
        lastHeight = scroller.scrollHeight;
      }
      throw new Error('the reader\'s layout never settled');
    }, WAIT_TIMEOUT_MS);
    // Halfway down: a target past the end would be clamped, and "the end" restores trivially.
    const { target, range } = await popup.evaluate(() => {
      const scroller = document.getElementById('reader-scroller')!;
      const range = scroller.scrollHeight - scroller.clientHeight;
      scroller.scrollTo(0, range / 2);
      return { target: scroller.scrollTop, range };
    });
    assert(range > 200, `the article is too short to test the reading position (scroll range ${range})`);
    // The position is saved a moment after scrolling stops: wait until it is stored, however busy the machine.
    const id = (await savedArticles(probe)).find((saved) => saved.title === blobArticle.gold.title)!.id;
    await eventually(async () => (await readingPosition(probe, id)) > 0, WAIT_TIMEOUT_MS, 200);
    await popup.close();
    const again = await openPopupFor(articleTab);
    await again.locator('.row', { hasText: blobArticle.gold.title }).click();
    await again.waitForSelector('.article-body');
    // The reader jumps back at once and again when the images have their size (a moment later).
    const restored = await again
      .waitForFunction((expected) => Math.abs(document.getElementById('reader-scroller')!.scrollTop - expected) < 30, target, { timeout: WAIT_TIMEOUT_MS })
      .then(() => true, () => false);
    const top = await again.evaluate(() => document.getElementById('reader-scroller')!.scrollTop);
    assert(restored, `reading position not restored (scrollTop ${top}, expected ${target})`);
    // Waiting starts before the click: the tab can open before a wait begun after it.
    const [tab] = await Promise.all([ctx.browser.context.waitForEvent('page', (page) => page.url().includes('reader.html?id=')), again.click('#open-in-tab')]);
    await tab.waitForSelector('#export:not([hidden])');
    const [download] = await Promise.all([tab.waitForEvent('download'), tab.click('[data-format=markdown]')]);
    const markdown = readFileSync((await download.path())!, 'utf8');
    assert(markdown.includes(blobArticle.gold.firstParagraphStart.slice(0, 10)), 'Markdown export lacks the body');
    assert(download.suggestedFilename().endsWith('.md'), `export named ${download.suggestedFilename()}`);
    await tab.close();
  });

  test('简/繁 is a reading preference: list, current-page card, tab title and exports follow it', async () => {
    try {
      await readInTraditional();
    } finally {
      // Later tests find articles by their titles as written.
      await probe.evaluate(async () => {
        const { settings } = await chrome.storage.local.get('settings');
        await chrome.storage.local.set({ settings: { ...settings, reader: { ...(settings?.reader as object), script: 'original' } } });
      });
    }
  });

  const readInTraditional = async (): Promise<void> => {
    const popup = await openPopupFor(articleTab);
    await popup.locator('.row', { hasText: blobArticle.gold.title }).click();
    await popup.waitForSelector('.article-body');
    await popup.click('.reader-controls summary');
    await popup.click('.choice-script-traditional');
    await popup.waitForFunction(() => document.querySelector('.article')?.getAttribute('lang') === 'zh-Hant');
    await popup.close();
    const traditional = await openPopupFor(articleTab);
    const row = traditional.locator('.row', { hasText: '邁阿密' });
    await row.waitFor({ timeout: WAIT_TIMEOUT_MS });
    assert((await row.locator('.row-title').getAttribute('lang')) === 'zh-Hant', 'a converted row keeps the Simplified language tag');
    await traditional.waitForSelector('.current-title');
    // Whichever article the tab shows now: its card is in the reader's script.
    assert((await traditional.locator('.current-title').getAttribute('lang')) === 'zh-Hant', 'the current-page card stays Simplified');
    await traditional.close();
    const id = (await savedArticles(probe)).find((saved) => saved.title === blobArticle.gold.title)!.id;
    const tab = await ctx.browser.openExtensionPage(`reader.html?id=${encodeURIComponent(id)}`);
    await tab.waitForSelector('.article-body');
    assert((await tab.title()).includes('邁阿密'), `the tab's title stays Simplified: ${await tab.title()}`);
    const [download] = await Promise.all([tab.waitForEvent('download'), tab.click('[data-format=markdown]')]);
    const markdown = readFileSync((await download.path())!, 'utf8');
    assert(markdown.includes('# 美國邁阿密'), 'the Markdown export stays Simplified');
    await tab.close();
  };

  test('a page with no mirrored article: the popup says so and reads it anyway, with Save', async () => {
    const other = await ctx.browser.context.newPage();
    await other.goto(nonArticle('feedx__NodeBE4__news-beyond-wall__about.md').url);
    await other.waitForTimeout(1000);
    const popup = await openPopupFor(other);
    await popup.locator('#read-anyway').click({ timeout: WAIT_TIMEOUT_MS });
    await popup.waitForSelector('.article-body', { timeout: WAIT_TIMEOUT_MS });
    assert((await popup.locator('.article-body').innerText()).trim().length > 0, 'read anyway showed an empty page');
    assert(await popup.locator('#reader-save').isVisible(), 'an unsaved article in the popup reader has no Save button');
    assert(await popup.locator('#open-in-tab').isHidden(), '"Open in tab" offered for an article the tab reader cannot open');
    await popup.close();
    await other.close();
  });

  test('every keyboard shortcut is assigned in Chromium, and the options page shows them', async () => {
    const options = await ctx.browser.openExtensionPage('options.html');
    const commands = await options.evaluate(() => chrome.commands.getAll());
    const unassigned = commands.filter((command) => !command.shortcut).map((command) => command.name);
    assert(unassigned.length === 0, `shortcuts Chromium left unassigned: ${unassigned.join(', ')}`);
    await options.waitForSelector('.shortcut-list kbd');
    assert((await options.locator('.shortcut-list kbd').count()) === commands.length, 'the options page does not list every shortcut');
    await options.close();
  });

  test('screenshots of every screen in English and 简体: popup list and reader, tab reader, library, options', async () => {
    const id = (await savedArticles(probe)).find((saved) => saved.title === blobArticle.gold.title)!.id;
    const shoot = async (view: Page, name: string): Promise<void> => {
      await view.waitForTimeout(300);
      await view.screenshot({ path: join(ctx.artifacts, `${name}.png`) });
    };
    const english = { browser: ctx.browser, tab: articleTab };
    const chineseBrowser = await launchWithExtension(ctx.dist, ctx.server.port, { language: 'zh_CN' });
    try {
      const language = await (await chineseBrowser.serviceWorker()).evaluate(() => chrome.i18n.getUILanguage());
      assert(language.startsWith('zh'), `Chromium runs in ${language}: install chromium-l10n`);
      const chineseTab = await chineseBrowser.context.newPage();
      await chineseTab.goto(blobArticle.url);
      await chineseBrowser.waitForBadge(chineseTab, '✓');
      for (const [suffix, { browser, tab }] of [['en', english], ['zh_CN', { browser: chineseBrowser, tab: chineseTab }]] as const) {
        const popup = await browser.openPopupFor(tab);
        await shoot(popup, `screen-popup-list-${suffix}`);
        await popup.locator('.row', { hasText: blobArticle.gold.title }).click();
        await popup.waitForSelector('.article-body img');
        await popup.evaluate(() => document.getElementById('reader-scroller')!.scrollTo(0, 0));
        await shoot(popup, `screen-popup-reader-${suffix}`);
        await popup.close();
        const savedId = suffix === 'en' ? id : (await savedArticles(await browser.openExtensionPage('options.html')))[0]!.id;
        const reader = await browser.openExtensionPage(`reader.html?id=${encodeURIComponent(savedId)}`);
        await reader.waitForSelector('.article-body img');
        await shoot(reader, `screen-tab-reader-${suffix}`);
        await reader.goto(reader.url().replace(/\?.*$/, ''));
        await reader.waitForSelector('.library-heading');
        await shoot(reader, `screen-library-${suffix}`);
        await reader.goto(reader.url().replace('reader.html', 'options.html'));
        await reader.waitForSelector('.shortcut-list kbd');
        await shoot(reader, `screen-options-${suffix}`);
        await reader.close();
      }
      const chinesePopup = await chineseBrowser.openPopupFor(chineseTab);
      assert((await chinesePopup.locator('.filter[data-filter=all]').innerText()) === '阅读列表', 'the popup is not in 简体');
      await chinesePopup.close();
    } finally {
      await chineseBrowser.close();
    }
  });

  test('the content script asks nothing of the background on a non-article page (its cost is reported)', async () => {
    // The detector's whole work on a page that is not a candidate: parse, compile and run the
    // bundle (URL-shape test, navigation listeners). Timed in the page itself, with a stub runtime.
    const detector = readFileSync(join(ctx.dist, 'content/detector.js'), 'utf8');
    const tab = await ctx.browser.context.newPage();
    const samples: number[] = [];
    let messages = 0;
    for (let i = 0; i < 15; i++) {
      await tab.goto('https://github.com/kevelena/djy/issues');
      // The stub runtime is part of the code string: functions defined inside evaluate() get build helpers the page lacks.
      const run = await tab.evaluate(async (code) => {
        const started = performance.now();
        const sent = new Function(code)() as { count: number };
        const ms = performance.now() - started;
        await new Promise((resolve) => setTimeout(resolve, 100)); // anything it would send later
        return { ms, sent: sent.count };
      }, `var sent = { count: 0 };\nvar chrome = { runtime: { sendMessage: function () { sent.count++; return Promise.resolve(); } } };\n${detector}\nreturn sent;`);
      samples.push(run.ms);
      messages += run.sent;
    }
    await tab.close();
    // What must hold on a page that is no article: the detector asks the background for nothing.
    assert(messages === 0, `the detector sent ${messages} messages from a non-article page`);
    const median = samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
    ctx.report['content script on a non-article page'] = `${median.toFixed(2)} ms per page load (median of ${samples.length}; parse + run of ${(detector.length / 1024).toFixed(1)} KiB); messages sent: ${messages}`;
  });

  test('screenshots: popup list and reader, tab reader, light and dark', async () => {
    // The article with the most images.
    const id = (await savedArticles(probe)).sort((a, b) => b.imageUrls.length - a.imageUrls.length)[0]!.id;
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await openPopupFor(articleTab);
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.screenshot({ path: join(ctx.artifacts, `popup-list-${scheme}.png`) });
      await popup.locator('.row', { hasText: blobArticle.gold.title }).click();
      await popup.waitForSelector('.article-body img');
      await popup.evaluate(() => document.getElementById('reader-scroller')!.scrollTo(0, 0)); // it reopens where the last test left off
      await popup.waitForTimeout(300);
      await popup.screenshot({ path: join(ctx.artifacts, `popup-reader-${scheme}.png`) });
      if (scheme === 'light') {
        await popup.click('.reader-controls summary');
        await popup.screenshot({ path: join(ctx.artifacts, 'popup-reader-controls.png') });
      }
      await popup.close();
      const reader = await ctx.browser.openExtensionPage(`reader.html?id=${encodeURIComponent(id)}`);
      await reader.emulateMedia({ colorScheme: scheme });
      await reader.waitForSelector('.article-body img');
      await reader.waitForTimeout(300);
      await reader.screenshot({ path: join(ctx.artifacts, `tab-reader-${scheme}.png`) });
      await reader.close();
    }
  });

  test('offline: with the server stopped the reader still shows text and images', async () => {
    await ctx.server.stop();
    const popup = await openPopupFor(articleTab);
    await popup.locator('.row', { hasText: blobArticle.gold.title }).click();
    await checkCleanBody(popup, blobArticle.gold);
    await checkImagesFromStore(popup, blobArticle.gold.images ?? 0);
    await popup.close();
  });

  test('popup first paint with 10,000 saved articles', async () => {
    await seedLibrary(ctx.browser, 10_000);
    assert((await savedTitles(probe)).length >= 10_000, 'library not seeded');
    // Opened as a tab of its own (automation cannot open the toolbar popup); timed from navigation start.
    // Best of ten warm runs: on a shared, loaded machine the median measures the neighbours too.
    // Figures only, never a pass mark: on a shared machine a timing measures the neighbours too.
    const runs: { paint: number; list: number; rows: number }[] = [];
    for (let i = 0; i < 11; i++) {
      const popup = await ctx.browser.openExtensionPage('popup.html');
      // The mark, not the first row: rows are in the page a moment before the list is marked as shown.
      await popup.waitForFunction(() => performance.getEntriesByName('list-rendered').length > 0, undefined, { timeout: WAIT_TIMEOUT_MS });
      runs.push(
        await popup.evaluate(() => ({
          paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1,
          list: performance.getEntriesByName('list-rendered')[0]?.startTime ?? -1,
          rows: document.querySelectorAll('.row').length,
        })),
      );
      await popup.close();
    }
    // What must hold: every opening paints a full first page (50 rows, from the stored copy) and marks it.
    assert(runs.every((run) => run.list > 0 && run.rows === 50), `a popup opened without its first page: ${JSON.stringify(runs)}`);
    const warm = runs.slice(1).map((run) => run.list).sort((a, b) => a - b);
    const median = warm[Math.floor(warm.length / 2)]!;
    ctx.report['popup with 10,000 saved'] = `list of 50 painted at ${runs.map((run) => run.list.toFixed(0)).join(' / ')} ms (first run cold; warm median ${median.toFixed(0)} ms, best ${warm[0]!.toFixed(0)} ms); first contentful paint ${runs.map((run) => run.paint.toFixed(0)).join(' / ')} ms`;
    // On a busy machine even the popup's static HTML paints late; what the extension controls is how long
    // after the page's own first paint the list appears.
    const load = loadavg()[0]! / cpus().length;
    const afterPaint = runs.slice(1).map((run) => run.list - run.paint).sort((a, b) => a - b)[Math.floor((runs.length - 1) / 2)]!;
    ctx.report['popup list after the page\'s own first paint'] = `${afterPaint.toFixed(0)} ms (median); machine load ${load.toFixed(1)} per core`;
  });
}
