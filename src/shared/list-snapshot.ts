// The first page of the saved list, mirrored in storage.session so that the popup can paint it before
// IndexedDB answers (a page's first IndexedDB connection can take a few hundred milliseconds).
// Whoever reads that page from the library refreshes the copy; IndexedDB stays the truth.
// storage.session, not storage.local: it is held in memory, never written to disk (saved titles must
// not outlive an erase there), and content scripts cannot read it (Chrome's default access level,
// Firefox's only one).
import browser from 'webextension-polyfill';
import type { ArticleSummary, ListQuery } from '../store/types';
import type { Library } from './library';

const KEY = 'listSnapshot';
/** The popup's default view: everything not archived, newest first. */
export const SNAPSHOT_QUERY: ListQuery = { archived: false, limit: 50 };

export async function readListSnapshot(): Promise<ArticleSummary[] | null> {
  return ((await browser.storage.session.get(KEY))[KEY] as ArticleSummary[] | undefined) ?? null;
}

export async function storeListSnapshot(items: ArticleSummary[]): Promise<void> {
  await browser.storage.session.set({ [KEY]: items });
}

/** Chrome lets an extension open storage.session to content scripts; say so explicitly that it is not
 * (TRUSTED_CONTEXTS is Chrome's default, and Firefox has no such switch: its storage.session is never
 * readable by content scripts). The polyfill's typings do not know the method, hence the optional call. */
export async function restrictListSnapshot(): Promise<void> {
  const session = browser.storage.session as { setAccessLevel?: (options: { accessLevel: string }) => Promise<void> };
  try {
    await session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
  } catch (error) {
    console.warn('Mirror Reader: could not restrict storage.session', error);
  }
}

/** Versions before 0.2 kept the snapshot in storage.local, on disk. */
export async function dropStoredListSnapshot(): Promise<void> {
  await browser.storage.local.remove(KEY);
}

/** Best effort: a stale copy only shows for the moment before the live list replaces it. */
export async function refreshListSnapshot(lib: Library): Promise<void> {
  try {
    await storeListSnapshot((await lib.list(SNAPSHOT_QUERY)).items);
  } catch (error) {
    console.warn('Mirror Reader: could not refresh the list snapshot', error);
  }
}
