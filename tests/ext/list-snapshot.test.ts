import { beforeEach, expect, it, vi } from 'vitest';
import { resetBrowserFake, type BrowserFake } from './browser-fake';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./browser-fake')).browserFake }));
const { dropStoredListSnapshot, readListSnapshot, restrictListSnapshot, storeListSnapshot } = await import('../../src/shared/list-snapshot');

let browser: BrowserFake;
beforeEach(() => {
  browser = resetBrowserFake();
});

// Saved titles must never be readable from a content script (issue #9, §6).
it('keeps the snapshot in storage.session, closed to content scripts, and drops the old storage.local copy', async () => {
  const setAccessLevel = vi.fn().mockResolvedValue(undefined);
  Object.assign(browser.storage.session, { setAccessLevel });
  await restrictListSnapshot();
  expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });

  await browser.storage.local.set({ listSnapshot: [{ title: 'old' }] });
  await storeListSnapshot([]);
  await dropStoredListSnapshot();
  expect(await browser.storage.local.get('listSnapshot')).toEqual({});
  expect(await readListSnapshot()).toEqual([]);
});

it('does without setAccessLevel where the browser has none (Firefox)', async () => {
  await expect(restrictListSnapshot()).resolves.toBeUndefined();
});
