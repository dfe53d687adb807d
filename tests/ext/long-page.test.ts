// A long page is read in the extension's own page, not on the tab's thread (content/extractor.ts): the
// tab sends its markup, the background reads it inert (here jsdom's DOMParser stands for the offscreen
// document's, or Firefox's background page's) and answers the article.
import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExtractResult } from '../../src/core';
import type { ContentMessage } from '../../src/shared/messages';
import { isArticleGold, loadCorpus, type ArticleGold } from '../helpers/corpus';
import { renderGithubBlobPage } from '../helpers/github-page';
import { lengthenedSource } from '../helpers/long-page';
import { resetBrowserFake } from './browser-fake';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./browser-fake')).browserFake }));
vi.mock('../../src/shared/library', () => ({ library: async () => ({ save: vi.fn(), findByUrl: vi.fn(), list: vi.fn() }) }));
/** What the content script sent, answered by the background's own handler as the tab's frame 0. */
const sent = vi.hoisted(() => [] as ContentMessage[]);
let frameUrl = '';
vi.mock('../../src/content/send', () => ({
  send: async (message: ContentMessage) => {
    sent.push(message);
    const { onMessage } = await import('../../src/background/messages');
    return onMessage(message, { id: 'fake', url: frameUrl, tab: { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false }, frameId: 0 });
  },
}));
const { MAX_TEXT_READ_IN_TAB } = await import('../../src/content/long-page');
await import('../../src/content/extractor');
const { extractorGlobal } = await import('../../src/content/extractor-global');
const { onMessage } = await import('../../src/background/messages');
const { MAX_LONG_PAGE_CHARS } = await import('../../src/shared/messages');

const corpusPage = loadCorpus().find((page) => page.name.startsWith('feedx__NodeBE4__news-beyond-wall___posts_2021-07-01-王友群'))!;
const gold = corpusPage.gold as ArticleGold;
const source = new TextDecoder().decode(corpusPage.bytes);

const lengthened = (text: string): string => lengthenedSource(text, MAX_TEXT_READ_IN_TAB * 1.2);

/** Runs the tab's extraction on `html` served at the article's blob address. */
async function extractInTab(html: string): Promise<ExtractResult> {
  frameUrl = corpusPage.url;
  const dom = new JSDOM(html, { url: frameUrl });
  return extractorGlobal.mirrorReaderExtract!(dom.window.document, frameUrl);
}

const expectTheArticle = (result: ExtractResult): void => {
  expect(result.kind).toBe('article');
  if (result.kind !== 'article') return;
  expect(result.title).toBe(gold.title);
  expect(result.text).toContain(gold.firstParagraphStart);
};

beforeEach(() => {
  resetBrowserFake();
  sent.length = 0;
});

describe('a long page', () => {
  it('is sent to the extension and read there; the tab runs none of the extraction', async () => {
    expect(isArticleGold(corpusPage.gold)).toBe(true);
    const long = lengthened(source);
    const result = await extractInTab(renderGithubBlobPage(long, corpusPage.url));
    expect(sent.map((message) => message.type)).toEqual(['read-long-page']);
    expect(sent[0]).toMatchObject({ url: corpusPage.url, contentType: 'text/html', readAnyway: false });
    expectTheArticle(result);
    if (result.kind === 'article') expect(result.text.length).toBeGreaterThan(MAX_TEXT_READ_IN_TAB);
  });

  it('is read on the tab when only a script holds much text (github.com carries the file again in its data)', async () => {
    const data = `<script type="application/json" data-target="react-app.embeddedData">${JSON.stringify({ rawLines: lengthened(source).split('\n') })}</script>`;
    const result = await extractInTab(renderGithubBlobPage(source, corpusPage.url).replace('</body>', `${data}</body>`));
    expect(sent).toEqual([]);
    expectTheArticle(result);
  });

  it('as a text/plain file, its text is read as a source', async () => {
    frameUrl = corpusPage.url;
    const answer = (await onMessage({ type: 'read-long-page', url: frameUrl, content: lengthened(source), contentType: 'text/plain', readAnyway: false }, fromTab())) as ExtractResult;
    expectTheArticle(answer);
  });
});

/** The extension's content script in tab 3's top frame, showing the corpus page. */
const fromTab = (url = corpusPage.url) => ({ id: 'fake', url, tab: { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false }, frameId: 0 });

describe('the background reads a long page only as its tab sends it', () => {
  const request = { type: 'read-long-page', url: corpusPage.url, content: '<p>x</p>', contentType: 'text/html', readAnyway: false };

  it('for the address the frame shows, from a content script, in the shape of the protocol', () => {
    expect(onMessage({ ...request, url: 'https://github.com/victim/repo/blob/master/b.md' }, fromTab())).toBeUndefined();
    expect(onMessage(request, { id: 'fake', url: 'chrome-extension://fake/popup.html' })).toBeUndefined();
    expect(onMessage({ ...request, contentType: 'application/xhtml+xml' }, fromTab())).toBeUndefined();
    expect(onMessage({ ...request, readAnyway: 'yes' }, fromTab())).toBeUndefined();
    expect(onMessage({ ...request, extra: 1 }, fromTab())).toBeUndefined();
    expect(onMessage({ ...request, content: 'x'.repeat(MAX_LONG_PAGE_CHARS + 1) }, fromTab())).toBeUndefined();
    expect(onMessage(request, fromTab())).toBeInstanceOf(Promise);
  });

  it('the offscreen document\'s own request is not for a content script', () => {
    expect(onMessage({ ...request, type: 'offscreen-read-long-page' }, fromTab())).toBeUndefined();
  });
});
