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

/** Every saved article (empty when the database does not exist yet); only titles unless `full`. */
function readArticles(extensionPage: Page, full: boolean): Promise<Array<Partial<SavedRecord> & { title: string }>> {
  return extensionPage.evaluate(async ({ name, full }) => {
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
      type Stored = { id: string; mirrorUrls: string[]; imageUrls: string[]; article: { title: string; text: string } };
      const records = await new Promise<Stored[]>((resolve, reject) => {
        const request = db.transaction('articles').objectStore('articles').getAll();
        request.onsuccess = () => resolve(request.result as Stored[]);
        request.onerror = () => reject(request.error);
      });
      // Titles only by default: the large-library test reads 10,000 of them.
      return records.map(({ id, article, mirrorUrls, imageUrls }) => (full ? { id, title: article.title, text: article.text, mirrorUrls, imageUrls } : { title: article.title }));
    } finally {
      db.close();
    }
  }, { name: DB_NAME, full });
}

export async function savedArticles(extensionPage: Page): Promise<SavedRecord[]> {
  return (await readArticles(extensionPage, true)) as SavedRecord[];
}

/** Titles of every saved article. */
export async function savedTitles(extensionPage: Page): Promise<string[]> {
  return (await readArticles(extensionPage, false)).map((record) => record.title);
}
