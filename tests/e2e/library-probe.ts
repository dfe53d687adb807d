// Reads the extension's IndexedDB from one of its own pages, to check what was saved. Test-only:
// the product never reads the database except through src/store.
import type { Page } from 'playwright-core';

const DB_NAME = 'mirror-reader-library';

export interface SavedRecord {
  id: string;
  title: string;
  text: string;
  mirrorUrls: string[];
  /** Addresses of the images the article names (stored or not). */
  imageUrls: string[];
}

/**
 * The records of one of the library's stores (empty when the database does not exist yet), each cut to
 * `fields`: dotted paths into the record, so that the large-library test reads 10,000 titles, not texts.
 */
function readRecords(extensionPage: Page, store: 'articles' | 'summaries', fields: string[]): Promise<Array<Record<string, unknown>>> {
  return extensionPage.evaluate(async ({ name, store, fields }) => {
    // The live generation (src/store/shelf.ts): a Storage Bucket in Chromium.
    const shelf = (await chrome.storage.local.get('libraryShelf')).libraryShelf as { generation: number } | undefined;
    const buckets = (navigator as { storageBuckets?: { open(name: string): Promise<{ indexedDB: IDBFactory }> } }).storageBuckets;
    const factory = shelf && shelf.generation > 0 && buckets ? (await buckets.open(`library-${shelf.generation}`)).indexedDB : indexedDB;
    const databases = await factory.databases();
    if (!databases.some((db) => db.name === name)) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const records = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
      // No named function in here: the test runner's transform would wrap it in a helper the page lacks.
      return records.map((record) => Object.fromEntries(fields.map((field) => [field, field.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], record)])));
    } finally {
      db.close();
    }
  }, { name: DB_NAME, store, fields });
}

export async function savedArticles(extensionPage: Page): Promise<SavedRecord[]> {
  const records = await readRecords(extensionPage, 'articles', ['id', 'article.title', 'article.text', 'mirrorUrls', 'imageUrls']);
  return records.map((record) => ({
    id: record.id as string,
    title: record['article.title'] as string,
    text: record['article.text'] as string,
    mirrorUrls: record.mirrorUrls as string[],
    imageUrls: record.imageUrls as string[],
  }));
}

/** Titles of every saved article. */
export async function savedTitles(extensionPage: Page): Promise<string[]> {
  return (await readRecords(extensionPage, 'articles', ['article.title'])).map((record) => record['article.title'] as string);
}

/** The stored reading position of article `id` (0 until the reader saved one). */
export async function readingPosition(extensionPage: Page, id: string): Promise<number> {
  const summary = (await readRecords(extensionPage, 'summaries', ['id', 'position'])).find((record) => record.id === id);
  return typeof summary?.position === 'number' ? summary.position : 0;
}
