// The request rule, in the real browser (issue #9, §1): a host learns nothing from the extension that it
// would not learn from the reader viewing the page without it. Each form of an article with images is
// visited once in a plain Chromium (no extension) and once with the extension auto-saving it; the
// fixture server logs every request with its headers. With the extension, no host is added and every
// request is one the page itself made (the extension may repeat it); no header of any request names the
// extension; and where camo fails, the original image host behind it is never contacted.
import type { BrowserContext } from 'playwright-core';
import { MAX_TEXT_READ_IN_TAB } from '../../src/content/long-page';
import { decodeBytes } from '../../src/core';
import { isArticleGold, type ArticleGold, type CorpusPage } from '../helpers/corpus';
import { renderGithubBlobPage } from '../helpers/github-page';
import { lengthenedSource } from '../helpers/long-page';
import { launchPlain } from './browser';
import type { E2eContext } from './extension.e2e';
import type { LoggedRequest } from './fixture-server';
import { addUserSite } from './options-page';
import { USER_SITE_HOST } from './fixture-server';
import { assert, test } from './harness';

/** After the page loaded (and, with the extension, was saved): time for late image loads to land. */
const SETTLE_MS = 1_500;
/** The browser asks for a favicon on its own, with or without the extension, when it likes. */
const BROWSER_OWN = /^\/favicon\.ico$/;

const address = (request: LoggedRequest): string => `${request.host}${request.path}`;

export function registerPrivacyTests(ctx: E2eContext): void {
  const article = ctx.server.pages
    .filter((page): page is CorpusPage & { gold: ArticleGold } => isArticleGold(page.gold) && (page.gold.images ?? 0) > 0)
    .sort((a, b) => (b.gold.images ?? 0) - (a.gold.images ?? 0))[0]!;
  const forms = ctx.server.urls(article);
  let plain: BrowserContext | null = null;
  const figures = { requests: 0, identifying: 0, hostsAdded: 0, addressesAdded: 0 };

  /** The requests the server saw while `visit` ran (the page's own, the extension's), after it settled. */
  const requestsDuring = async (visit: () => Promise<void>): Promise<LoggedRequest[]> => {
    const from = ctx.server.requests.length;
    await visit();
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    return ctx.server.requests.slice(from).filter((request) => !BROWSER_OWN.test(request.path));
  };
  const withoutExtension = (url: string) =>
    requestsDuring(async () => {
      plain ??= await launchPlain(ctx.server.port);
      const tab = await plain.newPage();
      await tab.goto(url, { waitUntil: 'load' });
      await tab.close();
    });
  const withExtension = (url: string) =>
    requestsDuring(async () => {
      const tab = await ctx.browser.context.newPage();
      await tab.goto(url, { waitUntil: 'load' });
      await ctx.browser.waitForBadge(tab, '✓');
      await tab.close();
    });
  const namesExtension = (request: LoggedRequest): string[] =>
    Object.entries(request.headers).flatMap(([name, value]) => (/chrome-extension|moz-extension/i.test(value) || value.includes(ctx.browser.extensionId) ? [`${name}: ${value}`] : []));

  const compare = (form: string, without: LoggedRequest[], withIt: LoggedRequest[]): void => {
    const hostsBefore = new Set(without.map((request) => request.host));
    const addressesBefore = new Set(without.map(address));
    const addedHosts = [...new Set(withIt.map((request) => request.host))].filter((host) => !hostsBefore.has(host));
    const addedAddresses = [...new Set(withIt.map(address))].filter((url) => !addressesBefore.has(url));
    const identifying = withIt.flatMap(namesExtension);
    figures.requests += withIt.length;
    figures.identifying += identifying.length;
    figures.hostsAdded += addedHosts.length;
    figures.addressesAdded += addedAddresses.length;
    assert(identifying.length === 0, `${form}: requests name the extension: ${identifying.join('; ')}`);
    assert(addedHosts.length === 0, `${form}: the extension added hosts: ${addedHosts.join(', ')}`);
    assert(addedAddresses.length === 0, `${form}: the extension made requests the page did not: ${addedAddresses.join(', ')}`);
  };

  for (const form of ['blob', 'raw', 'pages', 'userSite'] as const) {
    test(`request rule, ${form} form: with the extension no host is added, no request is new, none names the extension`, async () => {
      if (form === 'userSite') await addUserSite(ctx.browser, USER_SITE_HOST);
      const without = await withoutExtension(forms[form]);
      assert(without.length > 0, 'the plain visit reached the fixture server');
      compare(form, without, await withExtension(forms[form]));
    });
  }

  // A page too long to read on the tab goes to the extension's own page as markup (src/content/long-page.ts), where it
  // is parsed inert: it must add no request either.
  test('request rule, a long page read off the tab: no host is added, no request is new, none names the extension', async () => {
    const blobUrl = 'https://github.com/privacy-check/news/blob/master/gb/20/1/2/long.md';
    ctx.server.serve(blobUrl, renderGithubBlobPage(lengthenedSource(decodeBytes(article.bytes), MAX_TEXT_READ_IN_TAB * 1.2), blobUrl), 'html');
    const without = await withoutExtension(blobUrl);
    assert(without.length > 0, 'the plain visit reached the fixture server');
    compare('long page', without, await withExtension(blobUrl));
  });

  test('request rule: where camo fails, the image host behind it is never contacted', async () => {
    // The same real article at an address of its own, so that nothing of it is cached yet.
    const blobUrl = 'https://github.com/privacy-check/news/blob/master/gb/20/1/2/n9.md';
    const page = renderGithubBlobPage(decodeBytes(article.bytes), blobUrl);
    // Its first picture's camo address answers with no picture: camo refused it.
    const camo = /src="(https:\/\/camo\.githubusercontent\.com\/[^"]+)"/.exec(page)?.[1];
    assert(camo, 'the blob page proxies its pictures through camo');
    ctx.server.serve(blobUrl, page, 'html');
    ctx.server.serve(camo, 'camo refused this image', 'raw');
    const requests = await withExtension(blobUrl);
    // The page itself only ever asks github.com, its assets and camo: any other host is one the extension added.
    const behind = requests.filter((request) => !/^(?:github\.com|github\.githubassets\.com|camo\.githubusercontent\.com)$/.test(request.host));
    assert(behind.length === 0, `the extension went behind camo: ${behind.map(address).join(', ')}`);
    ctx.report['request rule: requests checked (every form, with the extension)'] = `${figures.requests}; naming the extension: ${figures.identifying}; hosts added: ${figures.hostsAdded}; addresses added: ${figures.addressesAdded}; original host behind a failed camo contacted: ${behind.length}`;
    await plain?.close();
  });
}
