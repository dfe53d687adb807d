// One library connection per extension context (background, popup, reader, options).
// Never imported by content scripts: IndexedDB opened there would belong to the web page's origin.
import browser from 'webextension-polyfill';
import { DEFAULT_DB_NAME, openLibrary } from '../store';
import { bucketShelf, databaseShelf, type LibraryShelf, type ShelfState, type StorageBuckets } from '../store/shelf';

export type Library = Awaited<ReturnType<typeof openLibrary>>;

/** Where the live generation is written down: outside the library, seen by every extension context. */
const SHELF_KEY = 'libraryShelf';

function isShelfState(value: unknown): value is ShelfState {
  const state = value as Partial<ShelfState> | undefined;
  return Number.isSafeInteger(state?.generation) && typeof state?.residue === 'boolean';
}

/** Storage Buckets where the browser has them (Chromium: a bucket is a directory of its own, deleted
 * whole), else databases of the extension's IndexedDB (Firefox: each database is a file of its own). */
export function libraryShelf(factory: IDBFactory): LibraryShelf {
  const pointer = {
    readState: async () => {
      const state: unknown = (await browser.storage.local.get(SHELF_KEY))[SHELF_KEY];
      return isShelfState(state) ? state : undefined;
    },
    writeState: (state: ShelfState) => browser.storage.local.set({ [SHELF_KEY]: state }),
  };
  const buckets = (globalThis.navigator as { storageBuckets?: StorageBuckets } | undefined)?.storageBuckets;
  return buckets ? bucketShelf(buckets, factory, DEFAULT_DB_NAME, pointer) : databaseShelf(factory, DEFAULT_DB_NAME, pointer);
}

let opening: Promise<Library> | null = null;

export function library(): Promise<Library> {
  // Without IndexedDB (disabled, private mode) openLibrary says so with a LibraryError.
  const factory = globalThis.indexedDB as IDBFactory | undefined;
  opening ??= openLibrary({ shelf: factory && libraryShelf(factory) }).catch((error: unknown) => {
    opening = null; // let the next caller try again (e.g. after a blocked upgrade)
    throw error;
  });
  return opening;
}
