// The reader's path in Firefox, as the Chromium suite (tests/e2e/extension.e2e.ts) walks it: detection
// and auto-save on every mirror form, the popup and readers, delete with undo, 简/繁, themes, exports,
// the event page suspended and woken, offline reading; then what Firefox sent over the network.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '../../src/core';
import { MAX_TEXT_READ_IN_TAB } from '../../src/content/long-page';
import { isArticleGold, type ArticleGold, type CorpusPage } from '../helpers/corpus';
import { lengthenedSource } from '../helpers/long-page';
import { USER_SITE_HOST } from '../e2e/fixture-server';
import { assert, test } from '../e2e/harness';
import type { FirefoxContext } from './context';
import { ADDON_ID, sleep, type AddonSession } from './session';

type Article = CorpusPage & { gold: ArticleGold };

/** Hosts the reader's path may reach: the mirror hosts; the articles' own image hosts are added from the library. */
const MIRROR_HOSTS = /^(github\.com|raw\.githubusercontent\.com|camo\.githubusercontent\.com|[a-z0-9-]+\.github\.io|mirror\.example\.org)$/i;
/** Asked for by the pages themselves, not by the add-on: the blob page's own stylesheets and scripts. */
const PAGE_OWN_HOSTS = /^github\.githubassets\.com$/;
/** Firefox's own services (remote settings, update checks, the media plug-in updater), refused by the
 * proxy; their requests' headers are checked like the rest. */
const BROWSER_OWN_HOSTS = /(^|\.)(mozilla\.(org|com|net)|update\.googleapis\.com)$/;

export function registerReaderTests(ctx: FirefoxContext): void {
  const { server, report } = ctx;
  let s!: AddonSession;
  const page = (fileStart: string): Article => {
    const found = server.pages.find((candidate) => candidate.name.startsWith(fileStart));
    assert(found && isArticleGold(found.gold), `corpus page ${fileStart} is missing`);
    return found as Article;
  };
  const nonArticle = (fileStart: string): string => server.pages.find((candidate) => candidate.name.startsWith(fileStart))!.url;
  const blobArticle = page('feedx__NodeBE4__news-beyond-wall___posts_2021-07-01-[World]');
  const softNavTarget = page('gfwbreaker2018__bigcaibao__banned-news__pages_zyyyoeqqvi_4557810');
  const gbkRawArticle = page('djy__kevelena__djy__gb_19_4_30_n11223652');
  const pagesArticle = page('feedx__NodeBE4__news-beyond-wall___posts_2021-07-06-涉嫌');
  const userSiteArticle = page('feedx__NodeBE4__news-beyond-wall___posts_2021-07-06-加拿大');
  const clickToSave = page('djy__Kantas82__djy__gb_22_1_1_n13473292');
  const pagesSourceArticle = page('minghui__gfw-breaker__mh-news__pages_73_408718');
  const longArticle = page('feedx__NodeBE4__news-beyond-wall___posts_2021-07-01-王友群');
  let articleTab = '';
  let articleUrl = blobArticle.url; // what the article tab shows; the soft navigation changes it

  const checkCleanBody = async (gold: ArticleGold): Promise<void> => {
    await s.waitFor(`return !!document.querySelector('.article-body')`, '.article-body');
    const text = await s.exec<string>(`return document.querySelector('.article-body').innerText`);
    assert(text.includes(gold.firstParagraphStart.slice(0, 10)), `body lacks its first paragraph "${gold.firstParagraphStart}"`);
    assert(text.includes(gold.lastParagraphStart.slice(0, 10)), `body lacks its last paragraph "${gold.lastParagraphStart}"`);
    for (const clutter of gold.mustNotContain) assert(!text.includes(clutter), `body contains clutter "${clutter}"`);
  };
  const checkImagesFromStore = async (expected: number): Promise<void> => {
    await s.waitFor(`return [...document.querySelectorAll('.article-body img')].every((img) => img.complete)`, 'the images to load');
    const images = await s.exec<Array<{ src: string; width: number }>>(`return [...document.querySelectorAll('.article-body img')].map((img) => ({ src: img.src, width: img.naturalWidth }))`);
    assert(images.length === expected, `${images.length} images shown, expected ${expected}`);
    for (const image of images) {
      assert(image.src.startsWith('blob:'), `image not served from the library: ${image.src}`);
      assert(image.width > 0, `image did not decode: ${image.src}`);
    }
  };
  const openSaveClose = async (url: string, title: string, what: string): Promise<void> => {
    const tab = await s.openTab(url);
    await s.waitForBadge(url, '✓');
    assert(await s.isSaved(title), `${what} not saved as "${title}": ${JSON.stringify(await s.savedTitles())}`);
    await s.closeTab(tab);
  };

  test('the add-on installs and its host permissions are granted', async () => {
    s = await ctx.launch();
    const { origins } = await s.exec<{ origins: string[] }>('return browser.permissions.getAll()');
    const manifest = JSON.parse(readFileSync(join(ctx.dist, 'manifest.json'), 'utf8')) as { host_permissions: string[] };
    for (const origin of manifest.host_permissions) assert(origins.includes(origin), `host permission ${origin} not granted`);
  });

  test('a github.com blob article: badge shows it, auto-save stores it with its images', async () => {
    articleTab = await s.openTab(blobArticle.url);
    await s.waitForBadge(blobArticle.url, '✓');
    const saved = await s.savedArticles();
    assert(saved.length === 1 && (await s.isSaved(blobArticle.gold.title)), `saved ${JSON.stringify(saved.map((r) => r.title))}`);
    assert(saved[0]!.imageUrls.length === (blobArticle.gold.images ?? 0), `${saved[0]!.imageUrls.length} images named, expected ${blobArticle.gold.images}`);
  });

  test('the content script leaves the page untouched and the page cannot see the extension', async () => {
    await s.switchTo(articleTab);
    const before = await s.exec<string>('return document.documentElement.outerHTML');
    const fresh = await s.openTab(blobArticle.url);
    await sleep(1500);
    assert(before === (await s.exec<string>('return document.documentElement.outerHTML')), 'the page DOM differs after detection');
    const reached = await s.exec<string>(`return fetch(arguments[0]).then(() => 'reachable', () => 'blocked')`, `${s.base}/content/detector.js`);
    assert(reached === 'blocked', "a page can fetch the extension's files");
    await s.closeTab(fresh);
  });

  test('the popup shows the current article and lists it; its reader shows the clean body with all images', async () => {
    const popup = await s.openPopupFor(blobArticle.url);
    await s.waitFor(`return !!document.querySelector('#current-tab:not([hidden]) #save-current')`, 'the current tab card');
    assert((await s.exec<string>(`return document.querySelector('#save-current').innerText`)).includes('✓'), 'current tab not shown as saved');
    await s.screenshot('popup-list');
    await s.clickRow(blobArticle.gold.title);
    await checkCleanBody(blobArticle.gold);
    await checkImagesFromStore(blobArticle.gold.images ?? 0);
    await s.exec(`document.getElementById('reader-scroller').scrollTo(0, 0)`);
    await s.screenshot('popup-reader');
    await s.closeTab(popup);
  });

  test('a raw.githubusercontent.com file in GBK (sandboxed text/plain) is fetched, decoded and saved', async () => {
    const url = server.urls(gbkRawArticle).raw;
    const raw = await s.openTab(url);
    assert((await s.exec<string>('return document.contentType')) === 'text/plain', 'raw page is not text/plain');
    await s.waitForBadge(url, '✓');
    assert(await s.isSaved(gbkRawArticle.gold.title), `GBK article not saved as "${gbkRawArticle.gold.title}": ${JSON.stringify(await s.savedTitles())}`);
    await s.closeTab(raw);
  });

  test('a GitHub Pages post is detected and saved', () => openSaveClose(server.urls(pagesArticle).pages, pagesArticle.gold.title, 'Pages post'));

  // The extraction bundle of rendered pages has no Markdown renderer: it has the background inject the source reader.
  test('a Markdown file a GitHub Pages site serves as plain text is read by the source reader and saved', () => {
    const url = server.urls(pagesSourceArticle).pages.replace(/\.html$/, '.md');
    server.serve(url, decodeBytes(pagesSourceArticle.bytes), 'text');
    return openSaveClose(url, pagesSourceArticle.gold.title, 'Pages source file');
  });

  // Too long to read on the tab's thread: the tab sends the text and the background page reads it.
  test('a long page (a Markdown file served as text) is read in the background page and saved', () => {
    const url = server.urls(longArticle).pages.replace(/\.html$/, '.md');
    server.serve(url, lengthenedSource(decodeBytes(longArticle.bytes), MAX_TEXT_READ_IN_TAB * 1.2), 'text');
    return openSaveClose(url, longArticle.gold.title, 'long page');
  });

  test('a GitHub soft navigation from one article to another is detected', async () => {
    await s.switchTo(articleTab);
    // What GitHub's page code does: fetch the next file, swap the view, push the address, announce it.
    await s.exec(
      `return (async (url) => {
        const next = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
        await new Promise((resolve) => setTimeout(resolve, 50));
        history.pushState({}, '', url);
        document.querySelector('article.markdown-body').innerHTML = next.querySelector('article.markdown-body').innerHTML;
        document.title = next.title;
        document.dispatchEvent(new Event('soft-nav:react-done'));
      })(arguments[0])`,
      softNavTarget.url,
    );
    articleUrl = softNavTarget.url;
    await s.waitForBadge(articleUrl, '✓');
    assert(await s.isSaved(softNavTarget.gold.title), `soft-navigated article not saved: ${JSON.stringify(await s.savedTitles())}`);
  });

  test('GitHub pages that are not articles are never saved', async () => {
    const before = (await s.savedTitles()).length;
    const urls = [
      'https://github.com/kevelena/djy',
      nonArticle('djy__kevelena__djy__README.md'),
      nonArticle('feedx__NodeBE4__news-beyond-wall__about.md'),
      nonArticle('feedx__NodeBE4__news-beyond-wall__lists_'),
    ];
    const other = await s.openTab('about:blank');
    for (const url of urls) {
      await s.switchTo(other);
      await s.navigate(url);
      await sleep(1500);
      const badge = await s.badgeOf(url);
      assert(badge === '', `badge "${badge}" on ${url}`);
    }
    await s.closeTab(other);
    const after = await s.savedTitles();
    assert(after.length === before, `non-article saved: ${JSON.stringify(after)}`);
  });

  test('a user-added mirror site works once its permission is granted', async () => {
    const options = await s.openTab(`${s.base}/options.html`);
    await s.m.send('WebDriver:ElementSendKeys', { id: await s.m.element('#site-input'), text: `https://${USER_SITE_HOST}` });
    await s.userClick('#add-site button[type=submit]');
    await s.waitFor(`return !!document.querySelector('#site-list code')`, 'the site in the list');
    assert(await s.exec<boolean>(`return browser.permissions.contains({ origins: [arguments[0]] })`, `https://${USER_SITE_HOST}/*`), 'permission not granted');
    await sleep(500); // the background registers the content script when the setting changes
    await s.screenshot('options');
    await s.closeTab(options);
    await openSaveClose(server.urls(userSiteArticle).userSite, userSiteArticle.gold.title, 'user-site article');
  });

  test('with auto-save off, an article is only detected (+) until Save in the popup', async () => {
    const autoSaveIs = (on: boolean): string => `return browser.storage.local.get('settings').then((s) => (s.settings?.autoSave ?? true) === ${on})`;
    const options = await s.openTab(`${s.base}/options.html`);
    await s.waitFor(`return document.querySelector('#autoSave').checked`, 'the options page filled in');
    await s.click('#autoSave');
    await s.waitFor(autoSaveIs(false), 'auto-save off in the stored settings');
    const tab = await s.openTab(clickToSave.url);
    await s.waitForBadge(clickToSave.url, '+');
    assert(!(await s.isSaved(clickToSave.gold.title)), 'saved although auto-save is off');
    const popup = await s.openPopupFor(clickToSave.url);
    await s.waitFor(`const b = document.querySelector('#save-current'); return !!b && !b.disabled`, 'the Save button');
    await s.click('#save-current');
    await s.waitFor(`return document.querySelector('#save-current').innerText.includes('✓')`, 'Saved ✓');
    await s.waitForBadge(clickToSave.url, '✓');
    assert(await s.isSaved(clickToSave.gold.title), 'Save did not save');
    await s.switchTo(options);
    await s.click('#autoSave');
    await s.waitFor(autoSaveIs(true), 'auto-save on in the stored settings');
    await s.closeTab(popup);
    await s.closeTab(tab);
    await s.closeTab(options);
  });

  test('popup search finds an article by a word of its title', async () => {
    const popup = await s.openPopupFor();
    const count = await s.exec<number>(`return document.querySelectorAll('.row').length`);
    const word = pagesArticle.gold.title.replace(/\s+/g, '').slice(0, 4);
    await s.m.send('WebDriver:ElementSendKeys', { id: await s.m.element('.search'), text: word });
    await s.waitFor(`const rows = document.querySelectorAll('.row'); return rows.length > 0 && rows.length < arguments[0]`, `the list filtered by "${word}"`, 10_000, count);
    assert(await s.exec<boolean>(`return [...document.querySelectorAll('.row')].every((r) => r.textContent.replace(/\\s+/g, '').includes(arguments[0]))`, word), `a row without "${word}"`);
    await s.closeTab(popup);
  });

  test('delete with undo, from the keyboard', async () => {
    const popup = await s.openPopupFor(articleUrl);
    const count = await s.exec<number>(`return document.querySelectorAll('.row').length`);
    await s.exec(`document.querySelector('.search').focus()`);
    await s.pressKey('\uE015'); // ArrowDown
    const title = await s.exec<string | null>(`return document.querySelector('.row:focus .row-title')?.innerText ?? null`);
    assert(title, 'ArrowDown did not focus a row');
    await s.pressKey('\uE017'); // Delete
    await s.waitFor(`return !!document.querySelector('.toast')`, 'the undo toast');
    assert((await s.exec<number>(`return document.querySelectorAll('.row').length`)) === count - 1, 'row not removed');
    assert(!(await s.savedTitles()).includes(title), 'article still in the library');
    await s.switchTo(popup);
    await s.click('.toast-action');
    await s.waitFor(`return document.querySelectorAll('.row').length === arguments[0]`, 'the row back', 15_000, count);
    assert((await s.savedTitles()).includes(title), 'undo did not restore the article');
    await s.m.send('WebDriver:ReleaseActions');
    await s.closeTab(popup);
  });

  test('reader: 简/繁 conversion in the popup; the tab reader, light and dark; Markdown export', async () => {
    const popup = await s.openPopupFor(articleUrl);
    await s.clickRow(blobArticle.gold.title);
    await s.waitFor(`return !!document.querySelector('.article-body')`, '.article-body');
    await s.click('.reader-controls summary');
    await s.click('.choice-script-traditional');
    await s.waitFor(`return document.querySelector('.article-title')?.textContent?.includes('樓')`, 'the title in traditional characters', 20_000);
    await s.screenshot('popup-reader-traditional');
    await s.click('.choice-script-original');
    await s.waitFor(`return document.querySelector('.article-title')?.textContent?.includes('楼')`, 'the original title');
    await s.closeTab(popup);
    const withImages = (await s.savedArticles()).sort((a, b) => b.imageUrls.length - a.imageUrls.length)[0]!;
    for (const scheme of ['light', 'dark'] as const) {
      await s.setColorScheme(scheme);
      const reader = await s.openTab(`${s.base}/reader.html?id=${encodeURIComponent(withImages.id)}`);
      await s.waitFor(`const imgs = [...document.querySelectorAll('.article-body img')]; return imgs.length > 0 && imgs.every((i) => i.complete && i.naturalWidth > 0)`, 'the tab reader with its images');
      await s.screenshot(`tab-reader-${scheme}`);
      if (scheme === 'light') {
        await s.click('[data-format=markdown]');
        const downloads = join(s.firefox.profile, 'downloads');
        const markdownFiles = (): string[] => (existsSync(downloads) ? readdirSync(downloads).filter((name) => name.endsWith('.md')) : []);
        for (let i = 0; i < 50 && markdownFiles().length === 0; i++) await sleep(200);
        const [file] = markdownFiles();
        assert(file, 'the Markdown export was not downloaded');
        assert(readFileSync(join(downloads, file), 'utf8').includes(normalisedStart(withImages.text)), 'the Markdown export lacks the article text');
      }
      await s.closeTab(reader);
    }
    await s.setColorScheme('light');
  });

  test('the event page, suspended when idle, wakes up for the next article', async () => {
    await s.suspendBackground();
    const next = server.pages.find((p) => isArticleGold(p.gold) && p.name.startsWith('djy__') && p !== gbkRawArticle && p !== clickToSave) as Article;
    await openSaveClose(next.url, next.gold.title, 'the article after the wake-up');
  });

  test('offline: with the server stopped the reader still shows text and images', async () => {
    await server.stop();
    const popup = await s.openPopupFor(articleUrl);
    await s.clickRow(blobArticle.gold.title);
    await checkCleanBody(blobArticle.gold);
    await checkImagesFromStore(blobArticle.gold.images ?? 0);
    await s.closeTab(popup);
  });

  test('nothing Firefox sent names the add-on, and it reached only the mirror hosts and the images\' own hosts', async () => {
    const imageHosts = new Set((await s.savedArticles()).flatMap((record) => record.imageUrls.map((url) => new URL(url).hostname)));
    const hosts = new Set([...ctx.proxy.log.map((request) => request.host), ...server.requests.map((request) => request.host.replace(/:\d+$/, ''))]);
    const foreign = [...hosts].filter((host) => !MIRROR_HOSTS.test(host) && !PAGE_OWN_HOSTS.test(host) && !BROWSER_OWN_HOSTS.test(host) && !imageHosts.has(host));
    const headerLines = [
      ...ctx.proxy.log.flatMap((request) => request.headers),
      ...server.requests.flatMap((request) => Object.entries(request.headers).map(([name, value]) => `${name}: ${value}`)),
    ];
    const naming = headerLines.filter((line) => /moz-extension/i.test(line) || line.includes(s.uuid) || line.includes(ADDON_ID));
    report['Firefox: hosts reached (through the proxy)'] = `${hosts.size}: ${[...hosts].sort().join(', ')}`;
    report['Firefox: requests and header lines checked'] = `${ctx.proxy.log.length} proxy + ${server.requests.length} served; ${headerLines.length} header lines, ${naming.length} naming the add-on`;
    assert(naming.length === 0, `headers name the add-on: ${JSON.stringify(naming.slice(0, 5))}`);
    assert(foreign.length === 0, `hosts beyond the mirror and image hosts: ${foreign.join(', ')}`);
    const unexpected = (await s.consoleMessages()).filter((line) => !line.includes('/content/detector.js. @')); // the page-probe test provokes that one
    report['Firefox: add-on errors and warnings in the console'] = `${unexpected.length}${unexpected.map((line) => `\n    ${line.slice(0, 300)}`).join('')}`;
  });
}

function normalisedStart(text: string): string {
  return text.trim().split(/\s+/)[0]!.slice(0, 8);
}
