import { beforeEach, expect, it, vi } from 'vitest';
import { resetBrowserFake, type BrowserFake } from './browser-fake';
import { fakeArticle } from './fixtures';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./browser-fake')).browserFake }));
const library = vi.hoisted(() => ({ save: vi.fn(), findByUrl: vi.fn(), list: vi.fn() }));
vi.mock('../../src/shared/library', () => ({ library: async () => library }));
const { onMessage } = await import('../../src/background/messages');
const { checkedExtractResult, LIMITS } = await import('../../src/store/libraryFile');

const URL_A = 'https://github.com/owner/repo/blob/master/a.md';
let browser: BrowserFake;
beforeEach(() => {
  browser = resetBrowserFake();
  library.save.mockReset().mockResolvedValue({ id: 's1' });
  library.findByUrl.mockReset().mockResolvedValue(undefined);
  library.list.mockReset().mockResolvedValue({ items: [], cursor: null });
});

/** The extension's own content script in tab 3, in frame `frameId` showing `url`. */
const fromTab = (frameId = 0, url = URL_A) => ({ id: 'fake', url, tab: { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false }, frameId });
/** The popup (an extension page: no tab). */
const fromPopup = { id: 'fake', url: 'chrome-extension://fake/popup.html' };

it('ignores what is not one of our messages', () => {
  expect(onMessage('hello', fromTab())).toBeUndefined();
  expect(onMessage({ no: 'type' }, fromTab())).toBeUndefined();
});

it('takes the page of the top frame only: an embedded frame does not speak for the tab', async () => {
  expect(onMessage({ type: 'page-extracted', url: URL_A, result: fakeArticle() }, fromTab(2))).toBeUndefined();
  expect(await onMessage({ type: 'page-extracted', url: URL_A, result: fakeArticle() }, fromTab(0))).toBe('saved');
});

it('injects the extraction bundle into the asking frame', async () => {
  await onMessage({ type: 'inject-extractor' }, fromTab(5));
  expect(browser._.executed).toEqual([{ target: { tabId: 3, frameIds: [5] }, files: ['content/extractor.js'] }]);
});

it('injects the source reader into the asking frame, for a content script only', async () => {
  expect(onMessage({ type: 'inject-source-reader' }, fromPopup)).toBeUndefined();
  expect(onMessage({ type: 'inject-source-reader', file: 'x.js' }, fromTab(5))).toBeUndefined();
  await onMessage({ type: 'inject-source-reader' }, fromTab(5));
  expect(browser._.executed).toEqual([{ target: { tabId: 3, frameIds: [5] }, files: ['content/source-reader.js'] }]);
});

it('leaves the offscreen document its own message', () => {
  expect(onMessage({ type: 'offscreen-extract', url: URL_A }, fromPopup)).toBeUndefined();
});

// Who may ask what (issue #9, §6): each case was answered before.
it('answers the tab state and saves only for extension pages, never for a content script', async () => {
  expect(onMessage({ type: 'get-tab-state', tabId: 7 }, fromTab())).toBeUndefined();
  expect(onMessage({ type: 'save-tab', tabId: 7 }, fromTab())).toBeUndefined();
  expect(onMessage({ type: 'library-changed' }, fromTab())).toBeUndefined();
  const answered = onMessage({ type: 'get-tab-state', tabId: 3 }, fromPopup);
  expect(answered).toBeInstanceOf(Promise);
  await answered?.catch(() => undefined); // the fake browser has no tab 3
});

it('ignores another extension, and requests of the wrong shape', () => {
  expect(onMessage({ type: 'get-tab-state', tabId: 7 }, { ...fromPopup, id: 'other-extension' })).toBeUndefined();
  expect(onMessage({ type: 'get-tab-state', tabId: 'all' }, fromPopup)).toBeUndefined();
  expect(onMessage({ type: 'get-tab-state', tabId: 7, extra: 1 }, fromPopup)).toBeUndefined();
  expect(onMessage({ type: 'inject-extractor' }, fromPopup)).toBeUndefined();
});

it("takes a page's result only for the address that page shows, and only a well-formed one", async () => {
  expect(onMessage({ type: 'page-extracted', url: 'https://github.com/victim/repo/blob/master/b.md', result: fakeArticle() }, fromTab())).toBeUndefined();
  expect(onMessage({ type: 'page-extracted', url: URL_A, result: { ...fakeArticle(), contentHtml: 42 } }, fromTab())).toBeUndefined();
  expect(onMessage({ type: 'page-extracted', url: URL_A, result: { ...fakeArticle(), mirrorUrl: 'javascript:alert(1)' } }, fromTab())).toBeUndefined();
  expect(library.save).not.toHaveBeenCalled();
  expect(await onMessage({ type: 'page-extracted', url: `${URL_A}#L12`, result: fakeArticle() }, fromTab(0, URL_A))).toBe('saved');
});

it("takes an extension page in a tab only when that tab is the extension's own", () => {
  const framedInWebPage = { ...fromPopup, tab: { ...fromTab().tab, url: URL_A } };
  expect(onMessage({ type: 'get-tab-state', tabId: 7 }, framedInWebPage)).toBeUndefined();
  expect(onMessage({ type: 'save-tab', tabId: 7 }, framedInWebPage)).toBeUndefined();
  const readerTab = { ...fromPopup, tab: { ...fromTab().tab, url: 'chrome-extension://fake/reader.html' } };
  const answered = onMessage({ type: 'get-tab-state', tabId: 3 }, readerTab);
  expect(answered).toBeInstanceOf(Promise);
  return answered?.catch(() => undefined);
});

it("takes an index page's result however many links it lists: the first LIMITS.indexLinks of them", async () => {
  const links = Array.from({ length: LIMITS.indexLinks + 200 }, (_, i) => ({ title: `频道文章标题${i}`, url: `https://github.com/owner/repo/blob/master/pages/${i}.md` }));
  const index = { kind: 'index', family: 'gnews-archive', form: 'blob', title: '频道', mirrorUrl: URL_A, links };
  expect(await onMessage({ type: 'page-extracted', url: URL_A, result: index }, fromTab())).toBe('nothing');
  const taken = checkedExtractResult(index);
  expect(taken?.kind === 'index' && taken.links.length).toBe(LIMITS.indexLinks);
});
