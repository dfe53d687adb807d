import { beforeEach, expect, it, vi } from 'vitest';
import { resetBrowserFake, type BrowserFake } from './browser-fake';
import { fakeArticle } from './fixtures';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./browser-fake')).browserFake }));
const library = vi.hoisted(() => ({ save: vi.fn(), findByUrl: vi.fn(), list: vi.fn() }));
vi.mock('../../src/shared/library', () => ({ library: async () => library }));
const extractFromUrl = vi.hoisted(() => vi.fn());
vi.mock('../../src/background/source-extraction', () => ({ extractFromUrl }));

const { saveLink } = await import('../../src/background/link-saving');
const { onCommand } = await import('../../src/background/commands');
const { saveSettings } = await import('../../src/shared/settings');

let browser: BrowserFake;
beforeEach(async () => {
  browser = resetBrowserFake();
  await saveSettings({ saveImages: false });
  library.save.mockReset().mockResolvedValue({ id: 's1' });
  library.findByUrl.mockReset().mockResolvedValue(undefined);
  library.list.mockReset().mockResolvedValue({ items: [], cursor: null });
  extractFromUrl.mockReset().mockResolvedValue(fakeArticle());
});

it('saves a linked github.com article from its raw source, without opening it', async () => {
  expect(await saveLink('https://github.com/o/r/blob/master/gb/a.md')).toEqual({ ok: true, id: 's1', error: null });
  expect(extractFromUrl).toHaveBeenCalledWith('https://raw.githubusercontent.com/o/r/master/gb/a.md');
});

// The registry's forges and Pages hosts were not mirror addresses before it (issue #10).
it.each([
  ['https://codeberg.org/o/r/src/branch/main/gb/a.md', 'https://codeberg.org/o/r/raw/branch/main/gb/a.md'],
  ['https://o.gitlab.io/r/2021/07/01/a.html', 'https://o.gitlab.io/r/2021/07/01/a.html'],
  ['https://o.codeberg.page/r/2021/07/01/a.html', 'https://o.codeberg.page/r/2021/07/01/a.html'],
])('saves a linked %s from %s', async (link, fetched) => {
  expect(await saveLink(link)).toEqual({ ok: true, id: 's1', error: null });
  expect(extractFromUrl).toHaveBeenCalledWith(fetched);
});

it('does not fetch a link already in the library', async () => {
  library.findByUrl.mockResolvedValue({ id: 'old' });
  expect(await saveLink('https://github.com/o/r/blob/master/gb/a.md')).toEqual({ ok: true, id: 'old', error: null });
  expect(extractFromUrl).not.toHaveBeenCalled();
});

it('reports a link that is no article', async () => {
  extractFromUrl.mockResolvedValue({ kind: 'not-article', reason: 'HTTP 404' });
  expect(await saveLink('https://github.com/o/r/blob/master/gb/gone.md')).toEqual({ ok: false, id: null, error: 'errorNoArticle' });
  expect(library.save).not.toHaveBeenCalled();
});

// A link on a page must not make the extension reach into the reader's network, or fetch any address
// at all: only mirror articles on public hosts (issue #9, §6). Each of these was fetched before.
it.each([
  'http://192.168.1.1/admin',
  'http://10.0.0.8/gb/a.md',
  'http://127.0.0.1:8080/x.md',
  'http://2130706433/a.md',
  'http://[::1]/a.md',
  'http://[fd00::1]/a.md',
  'http://localhost/a.md',
  'http://printer/a.md',
  'https://nas.local/a.md',
  'https://tracker.example.com/pixel?reader=1',
  'ftp://github.com/o/r/a.md',
])('refuses to fetch %s', async (url) => {
  expect(await saveLink(url)).toEqual({ ok: false, id: null, error: 'errorLinkNotMirror' });
  expect(extractFromUrl).not.toHaveBeenCalled();
});

it('fetches a link to one of the user\'s own mirror sites', async () => {
  await saveSettings({ userSites: ['https://mirror.example.org/*'] });
  expect(await saveLink('https://mirror.example.org/news/2021/a.html')).toEqual({ ok: true, id: 's1', error: null });
});

it('the open-reader shortcut opens the tab\'s saved article, or the library', async () => {
  const created: string[] = [];
  browser.tabs.create = async ({ url }: { url: string }) => (created.push(url), { id: 1, url });
  await browser.storage.session.set({ 'tab:4': { url: 'https://github.com/x', status: 'saved', article: null, savedId: 'id 1' } });
  await onCommand('open-reader', { id: 4 } as never);
  await onCommand('open-reader', { id: 5 } as never);
  expect(created).toEqual(['chrome-extension://fake/reader.html?id=id%201', 'chrome-extension://fake/reader.html']);
});
