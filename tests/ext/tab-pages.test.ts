import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetBrowserFake, type BrowserFake } from './browser-fake';
import { fakeArticle } from './fixtures';
import { LibraryError } from '../../src/store/errors';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./browser-fake')).browserFake }));
const library = vi.hoisted(() => ({ save: vi.fn(), findByUrl: vi.fn(), list: vi.fn() }));
vi.mock('../../src/shared/library', () => ({ library: async () => library }));

const { onPageExtracted, onTabNavigated, saveTab, refreshSavedTabs } = await import('../../src/background/tab-pages');
const { saveSettings } = await import('../../src/shared/settings');

const TAB = 7;
const URL_A = 'https://github.com/owner/repo/blob/master/a.md';
let browser: BrowserFake;

beforeEach(() => {
  browser = resetBrowserFake();
  browser._.tabs.set(TAB, { id: TAB, url: URL_A });
  library.save.mockReset().mockResolvedValue({ id: 'saved-1' });
  library.findByUrl.mockReset().mockResolvedValue(undefined);
  library.list.mockReset().mockResolvedValue({ items: [], cursor: null });
});

describe('a page extracted by the content script', () => {
  it('auto-saves an article (images off) and shows ✓', async () => {
    await saveSettings({ saveImages: false });
    const state = await onPageExtracted(TAB, URL_A, fakeArticle());
    expect(library.save).toHaveBeenCalledOnce();
    expect(state).toMatchObject({ status: 'saved', savedId: 'saved-1' });
    expect(browser._.badges.get(TAB)?.text).toBe('✓');
  });

  it('past the auto-save pace a page is only detected (+), and the popup\'s Save still saves it', async () => {
    await saveSettings({ saveImages: false });
    const tab = 8;
    const states = [];
    for (let i = 0; i < 15; i++) {
      const url = `https://planter.github.io/news/${i}.html`;
      browser._.tabs.set(tab, { id: tab, url });
      states.push((await onPageExtracted(tab, url, fakeArticle({ mirrorUrl: url }))).status);
    }
    expect(states.filter((status) => status === 'saved')).toHaveLength(10);
    expect(states.at(-1)).toBe('detected');
    expect((await saveTab(tab)).ok).toBe(true);
  });

  it('with auto-save off, only shows + (detected)', async () => {
    await saveSettings({ autoSave: false });
    const state = await onPageExtracted(TAB, URL_A, fakeArticle());
    expect(library.save).not.toHaveBeenCalled();
    expect(state.status).toBe('detected');
    expect(browser._.badges.get(TAB)?.text).toBe('+');
  });

  it('does not save again an article already in the library', async () => {
    library.findByUrl.mockResolvedValue({ id: 'old' });
    const state = await onPageExtracted(TAB, URL_A, fakeArticle());
    expect(library.save).not.toHaveBeenCalled();
    expect(state).toMatchObject({ status: 'saved', savedId: 'old' });
  });

  it('never saves an index or a non-article page, and clears the badge', async () => {
    await onPageExtracted(TAB, URL_A, { kind: 'index', family: 'djy', form: 'blob', title: 'README', mirrorUrl: URL_A, links: [] });
    await onPageExtracted(TAB, URL_A, { kind: 'not-article', reason: 'no text' });
    expect(library.save).not.toHaveBeenCalled();
    expect(browser._.badges.get(TAB)?.text).toBe('');
  });

  it('shows ! when the library refuses the save', async () => {
    library.save.mockRejectedValue(new Error('quota'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const state = await onPageExtracted(TAB, URL_A, fakeArticle());
    expect(state.status).toBe('failed');
    expect(browser._.badges.get(TAB)?.text).toBe('!');
  });

  it('says why when the window has no storage: still detected, save refused as unavailable', async () => {
    const refusal = new LibraryError('unavailable', 'no IndexedDB here');
    library.findByUrl.mockRejectedValue(refusal);
    library.save.mockRejectedValue(refusal);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const state = await onPageExtracted(TAB, URL_A, fakeArticle());
    expect(state).toMatchObject({ status: 'failed', error: 'errorStorageUnavailable' });
    expect(state.article?.title).toBe(fakeArticle().title); // the popup can still show and read it
    expect(await saveTab(TAB)).toEqual({ ok: false, id: null, error: 'errorStorageUnavailable' });
  });

  it('names a full disk as such', async () => {
    library.save.mockRejectedValue(new LibraryError('quota', 'full'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await onPageExtracted(TAB, URL_A, fakeArticle())).toMatchObject({ status: 'failed', error: 'errorStorageFull' });
  });

  it('leaves the badge alone when the tab moved on while saving', async () => {
    let finish: (value: { id: string }) => void = () => undefined;
    library.save.mockReturnValue(new Promise((resolve) => (finish = resolve)));
    await saveSettings({ saveImages: false });
    const saving = onPageExtracted(TAB, URL_A, fakeArticle());
    await vi.waitFor(() => expect(library.save).toHaveBeenCalled());
    await onTabNavigated(TAB, 'https://github.com/owner/repo');
    finish({ id: 'saved-1' });
    await saving;
    expect(browser._.badges.get(TAB)?.text).toBe('');
  });
});

describe('navigation', () => {
  it('forgets the article when the tab leaves the page, but not for an anchor', async () => {
    await saveSettings({ autoSave: false });
    await onPageExtracted(TAB, URL_A, fakeArticle());
    await onTabNavigated(TAB, `${URL_A}#user-content-1`);
    expect(browser._.badges.get(TAB)?.text).toBe('+');
    await onTabNavigated(TAB, 'https://github.com/owner/repo/blob/master/b.md');
    expect(browser._.badges.get(TAB)?.text).toBe('');
  });
});

describe('raw files', () => {
  it.each(['https://codeberg.org/o/r/raw/branch/main/gb/a.md', 'https://gitlab.com/g/sub/r/-/raw/main/gb/a.md', 'https://raw.githubusercontent.com/o/r/master/gb/a.md'])(
    '%s takes the fetch path (… until the background has read it)',
    async (url) => {
      await onTabNavigated(TAB, url);
      expect(browser._.badges.get(TAB)?.text).toBe('…');
    },
  );
});

describe('saving on request', () => {
  it('saves the detected article of the tab', async () => {
    await saveSettings({ autoSave: false, saveImages: false });
    await onPageExtracted(TAB, URL_A, fakeArticle());
    expect(await saveTab(TAB)).toEqual({ ok: true, id: 'saved-1', error: null });
  });

  // The tab's answer comes from a web page's process: a forged one is rebuilt by the import's checks like page-extracted's, or dropped.
  it('drops a malformed result the tab answers, and saves nothing', async () => {
    await saveSettings({ autoSave: false, saveImages: false });
    vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([{ result: { ...fakeArticle(), contentHtml: 42 } }] as never);
    expect(await saveTab(TAB)).toEqual({ ok: false, id: null, error: 'errorNoArticle' });
    expect(library.save).not.toHaveBeenCalled();
  });

  it('injects the extractor when nothing was detected, and reports a page without article', async () => {
    const response = await saveTab(TAB);
    expect(browser._.executed[0]).toMatchObject({ target: { tabId: TAB }, files: ['content/extractor.js'] });
    expect(response).toEqual({ ok: false, id: null, error: 'errorNoArticle' });
  });
});

it('after a delete elsewhere, a saved tab goes back to detected (+)', async () => {
  await saveSettings({ saveImages: false });
  await onPageExtracted(TAB, URL_A, fakeArticle());
  library.findByUrl.mockResolvedValue(undefined);
  await refreshSavedTabs();
  expect(browser._.badges.get(TAB)?.text).toBe('+');
});
