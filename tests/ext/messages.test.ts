import { beforeEach, expect, it, vi } from 'vitest';
import { resetBrowserFake, type BrowserFake } from './browser-fake';
import { fakeArticle } from './fixtures';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./browser-fake')).browserFake }));
const library = vi.hoisted(() => ({ save: vi.fn(), findByUrl: vi.fn(), list: vi.fn() }));
vi.mock('../../src/shared/library', () => ({ library: async () => library }));
const { onMessage } = await import('../../src/background/messages');

const URL_A = 'https://github.com/owner/repo/blob/master/a.md';
let browser: BrowserFake;
beforeEach(() => {
  browser = resetBrowserFake();
  library.save.mockReset().mockResolvedValue({ id: 's1' });
  library.findByUrl.mockReset().mockResolvedValue(undefined);
  library.list.mockReset().mockResolvedValue({ items: [], cursor: null });
});

const fromTab = (frameId = 0) => ({ tab: { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false }, frameId });

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

it('leaves the offscreen document its own message', () => {
  expect(onMessage({ type: 'offscreen-extract', url: URL_A }, {})).toBeUndefined();
});
