// The saved list under jsdom, with the library and browser faked: first paint from the stored
// copy, the live list replacing it without stealing focus, keyboard actions, delete and undo.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleSummary } from '../../src/store/types';
import { resetBrowserFake } from './browser-fake';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./browser-fake')).browserFake }));
const library = vi.hoisted(() => ({
  list: vi.fn(),
  search: vi.fn(),
  searchPage: vi.fn(),
  update: vi.fn(),
  remove: vi.fn(),
  restore: vi.fn(),
  outlets: vi.fn(),
}));
/** When set, opening the library fails with it (a private window without IndexedDB, say). */
const refusal = vi.hoisted(() => ({ error: null as Error | null }));
vi.mock('../../src/ui/shared/library', () => ({
  library: async () => {
    if (refusal.error) throw refusal.error;
    return library;
  },
}));

const { createArticleList } = await import('../../src/ui/shared/article-list');
const { storeListSnapshot } = await import('../../src/shared/list-snapshot');

const summary = (n: number, overrides: Partial<ArticleSummary> = {}): ArticleSummary => ({
  id: `a${n}`,
  title: `第${n}篇`,
  outlet: '大纪元',
  published: '2022-01-01',
  excerpt: '摘要',
  savedAt: n,
  read: false,
  starred: false,
  archived: false,
  tags: [],
  position: 0,
  readingMinutes: 2,
  ...overrides,
});
const ORIGINAL = Promise.resolve('original' as const);
const titles = (): string[] => [...document.querySelectorAll('.row-title')].map((el) => el.textContent ?? '');
const key = (target: Element, key: string): boolean => target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));

Element.prototype.scrollIntoView = () => undefined; // jsdom has no layout

beforeEach(() => {
  resetBrowserFake();
  refusal.error = null;
  document.body.replaceChildren();
  library.list.mockReset().mockResolvedValue({ items: [summary(1), summary(2), summary(3)], cursor: null });
  library.outlets.mockReset().mockResolvedValue([{ value: '大纪元', count: 3 }]);
  library.update.mockReset().mockImplementation(async (id: string, patch: object) => ({ ...summary(1), id, ...patch }));
  library.remove.mockReset().mockResolvedValue({ token: 'removed' });
  library.restore.mockReset().mockResolvedValue(undefined);
});

describe('first paint', () => {
  it('shows the stored copy before the library answers, then the live list', async () => {
    await storeListSnapshot([summary(9)]);
    let answer: (page: object) => void = () => undefined;
    library.list.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const list = createArticleList(() => undefined, ORIGINAL);
    document.body.append(list.element);
    await list.show();
    expect(titles()).toEqual(['第9篇']);
    answer({ items: [summary(1), summary(9)], cursor: null });
    await vi.waitFor(() => expect(titles()).toEqual(['第1篇', '第9篇']));
  });

  it('does not move focus into the list when the live list replaces the stored copy', async () => {
    await storeListSnapshot([summary(1)]);
    const list = createArticleList(() => undefined, ORIGINAL);
    document.body.append(list.element);
    await list.show();
    await vi.waitFor(() => expect(titles()).toHaveLength(3));
    expect(document.activeElement).toBe(document.body);
  });

  it('keeps the focused row focused across that re-render', async () => {
    await storeListSnapshot([summary(1), summary(2)]);
    let answer: (page: object) => void = () => undefined;
    library.list.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const list = createArticleList(() => undefined, ORIGINAL);
    document.body.append(list.element);
    await list.show();
    const second = document.querySelectorAll<HTMLElement>('.row')[1]!;
    second.click();
    second.focus();
    answer({ items: [summary(1), summary(2), summary(3)], cursor: null });
    await vi.waitFor(() => expect(titles()).toHaveLength(3));
    expect((document.activeElement as HTMLElement).dataset.id).toBe('a2');
  });
});

describe('简/繁, a reading preference', () => {
  it('shows titles, outlets and excerpts in the chosen script, tagged with its language', async () => {
    library.list.mockResolvedValue({ items: [summary(1, { title: '国会通过这项法案', excerpt: '记者报道' })], cursor: null });
    const list = createArticleList(() => undefined, Promise.resolve('traditional'));
    document.body.append(list.element);
    await list.show();
    await vi.waitFor(() => expect(titles()).toEqual(['國會通過這項法案']));
    const row = document.querySelector('.row')!;
    expect(row.querySelector('.row-title')!.getAttribute('lang')).toBe('zh-Hant');
    expect(row.querySelector('.row-excerpt')!.textContent).toBe('記者報道');
    expect(row.querySelector('.row-meta')!.textContent).toContain('大紀元');
    expect(row.getAttribute('aria-label')).toBe('國會通過這項法案');
  });

  it('follows the reader when the choice changes elsewhere (the reader\'s Aa panel)', async () => {
    library.list.mockResolvedValue({ items: [summary(1, { title: '國會通過這項法案' })], cursor: null });
    const list = createArticleList(() => undefined, ORIGINAL);
    document.body.append(list.element);
    await list.show();
    await vi.waitFor(() => expect(titles()).toEqual(['國會通過這項法案']));
    expect(document.querySelector('.row-title')!.hasAttribute('lang')).toBe(false);
    const { saveSettings } = await import('../../src/shared/settings');
    await saveSettings({ reader: { ...(await import('../../src/shared/settings')).DEFAULT_SETTINGS.reader, script: 'simplified' } });
    await vi.waitFor(() => expect(titles()).toEqual(['国会通过这项法案']));
    expect(document.querySelector('.row-title')!.getAttribute('lang')).toBe('zh-Hans');
  });
});

describe('a library that cannot be opened', () => {
  it('replaces the stored copy with the reason, instead of rows that could not open', async () => {
    const { LibraryError } = await import('../../src/store/errors');
    await storeListSnapshot([summary(9)]);
    refusal.error = new LibraryError('unavailable', 'no IndexedDB here');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const list = createArticleList(() => undefined, ORIGINAL);
    document.body.append(list.element);
    await list.show();
    await vi.waitFor(() => expect(document.querySelector('.empty')?.textContent).toBe('errorStorageUnavailable'));
    expect(titles()).toEqual([]);
  });
});

async function shown(onOpen = vi.fn()) {
  const list = createArticleList(onOpen, ORIGINAL);
  document.body.append(list.element);
  await list.refresh();
  return { list, onOpen };
}

describe('keyboard', () => {
  it('moves with the arrows and opens with Enter', async () => {
    const { onOpen } = await shown();
    const search = document.querySelector('.search')!;
    key(search, 'ArrowDown');
    key(document.activeElement!, 'ArrowDown');
    expect((document.activeElement as HTMLElement).dataset.id).toBe('a2');
    key(document.activeElement!, 'Enter');
    await vi.waitFor(() => expect(onOpen).toHaveBeenCalledWith('a2'));
  });

  it('stars with s, deletes with Delete and brings the row back with z', async () => {
    await shown();
    key(document.querySelector('.search')!, 'ArrowDown');
    key(document.activeElement!, 's');
    await vi.waitFor(() => expect(library.update).toHaveBeenCalledWith('a1', { starred: true }));
    await vi.waitFor(() => expect(document.querySelector('.row[data-id="a1"] .star')?.getAttribute('aria-pressed')).toBe('true'));
    key(document.activeElement!, 'Delete');
    await vi.waitFor(() => expect(titles()).toEqual(['第2篇', '第3篇']));
    expect(document.querySelector('.toast')).not.toBeNull();
    expect((document.activeElement as HTMLElement).dataset.id).toBe('a2');
    key(document.activeElement!, 'z');
    await vi.waitFor(() => expect(library.restore).toHaveBeenCalledWith({ token: 'removed' }));
    await vi.waitFor(() => expect((document.activeElement as HTMLElement).dataset.id).toBe('a1'));
  });
});

describe('read, unread and the archive', () => {
  it('u (or the dot) marks an article unread again, and read again', async () => {
    await shown();
    key(document.querySelector('.search')!, 'ArrowDown');
    key(document.activeElement!, 'u');
    await vi.waitFor(() => expect(library.update).toHaveBeenCalledWith('a1', { read: true }));
    await vi.waitFor(() => expect(document.querySelector('.row[data-id="a1"]')!.classList.contains('unread')).toBe(false));
    const dot = document.querySelector<HTMLElement>('.row[data-id="a1"] .unread-mark')!;
    expect(dot.getAttribute('aria-label')).toBe('markUnreadAction');
    dot.click();
    await vi.waitFor(() => expect(library.update).toHaveBeenLastCalledWith('a1', { read: false }));
    await vi.waitFor(() => expect(document.querySelector('.row[data-id="a1"]')!.classList.contains('unread')).toBe(true));
  });

  it('archiving says so, leaves the reading list, and can be undone; its button is a box, not a download arrow', async () => {
    await shown();
    const button = document.querySelector<HTMLElement>('.row[data-id="a2"] .archive')!;
    expect(button.querySelector('svg')).not.toBeNull();
    expect(button.textContent).toBe('');
    expect(button.getAttribute('aria-label')).toBe('archiveAction');
    library.list.mockResolvedValue({ items: [summary(1), summary(3)], cursor: null });
    button.click();
    await vi.waitFor(() => expect(library.update).toHaveBeenCalledWith('a2', { archived: true }));
    await vi.waitFor(() => expect(titles()).toEqual(['第1篇', '第3篇']));
    const toast = document.querySelector('.toast')!;
    expect(toast.textContent).toContain('archived');
    library.list.mockResolvedValue({ items: [summary(1), summary(2), summary(3)], cursor: null });
    toast.querySelector<HTMLElement>('.toast-action')!.click();
    await vi.waitFor(() => expect(library.update).toHaveBeenLastCalledWith('a2', { archived: false }));
    await vi.waitFor(() => expect(titles()).toEqual(['第1篇', '第2篇', '第3篇']));
  });
});

describe('search', () => {
  it('hands the filters to the library (applied before the cut), says how many match and pages through all', async () => {
    await shown();
    library.searchPage.mockReset().mockImplementation(async (_query: string, options: { starred?: boolean; cursor?: string | null }) =>
      options.cursor ? { hits: [{ summary: summary(9, { starred: true }), score: 1, snippet: [] }], total: 9, cursor: null } : { hits: Array.from({ length: 8 }, (_, i) => ({ summary: summary(i + 1, { starred: true }), score: 1, snippet: [] })), total: 9, cursor: '8' },
    );
    (document.querySelector('[data-filter="starred"]') as HTMLButtonElement).click();
    const search = document.querySelector<HTMLInputElement>('.search')!;
    search.value = '香港';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(titles()).toHaveLength(8));
    expect(library.searchPage).toHaveBeenLastCalledWith('香港', expect.objectContaining({ starred: true, cursor: null }));
    expect(document.querySelector('.match-count')?.textContent).toContain('9');
    (document.querySelector('.more') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(titles()).toHaveLength(9));
  });
});

describe('differing copies', () => {
  it('a copy kept beside the one saved first says so in its row', async () => {
    library.list.mockReset().mockResolvedValue({ items: [summary(1), summary(2, { variantOf: 'a1' })], cursor: null });
    await shown();
    const notices = [...document.querySelectorAll('.row')].map((row) => row.querySelector('.row-variant') !== null);
    expect(notices).toEqual([false, true]);
  });
});
