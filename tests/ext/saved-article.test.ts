// Opening a saved article marks it read only once it is read: at the end of the text, or after a while
// with it open; a glance (open, back) leaves it unread.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeArticle } from '../store/fixtures';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./browser-fake')).browserFake }));
const library = vi.hoisted(() => ({ get: vi.fn(), update: vi.fn(), getImage: vi.fn() }));
vi.mock('../../src/ui/shared/library', () => ({ library: async () => library }));
const { showSaved, READ_AFTER_MS } = await import('../../src/ui/shared/saved-article');
const { DEFAULT_SETTINGS } = await import('../../src/shared/settings');

const surface = () => {
  const scroller = document.createElement('div');
  const container = document.createElement('div');
  scroller.append(container);
  document.body.replaceChildren(scroller);
  return { container, scroller, scrollEvents: scroller };
};
const readCalls = () => library.update.mock.calls.filter(([, patch]) => 'read' in patch);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  library.get.mockReset().mockResolvedValue({ id: 'a1', article: makeArticle(), read: false, position: 0, mirrorUrls: [], savedAt: 0, updatedAt: 0, starred: false, archived: false, tags: [] });
  library.update.mockReset().mockResolvedValue({});
  library.getImage.mockReset().mockResolvedValue(undefined);
});
afterEach(() => vi.useRealTimers());

describe('marking read', () => {
  it('a glance leaves the article unread', async () => {
    const controller = new AbortController();
    await showSaved('a1', surface(), DEFAULT_SETTINGS, controller.signal);
    await vi.advanceTimersByTimeAsync(3000);
    controller.abort();
    await vi.advanceTimersByTimeAsync(READ_AFTER_MS);
    expect(readCalls()).toEqual([]);
  });

  it('a while with it open marks it read, once', async () => {
    const controller = new AbortController();
    await showSaved('a1', surface(), DEFAULT_SETTINGS, controller.signal);
    await vi.advanceTimersByTimeAsync(READ_AFTER_MS + 1000);
    expect(readCalls()).toEqual([['a1', { read: true }]]);
    controller.abort();
  });
});
