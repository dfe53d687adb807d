// Reads the extension's IndexedDB from one of its own pages, to check what was saved. Test-only:
// the product never reads the database except through src/store.
import type { Page } from 'playwright-core';

const DB_NAME = 'mirror-reader-library';

/** Titles of every saved article (empty when the database does not exist yet). */
export function savedTitles(extensionPage: Page): Promise<string[]> {
  return extensionPage.evaluate(async (name) => {
    const databases = await indexedDB.databases();
    if (!databases.some((db) => db.name === name)) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const records = await new Promise<{ article: { title: string } }[]>((resolve, reject) => {
        const request = db.transaction('articles').objectStore('articles').getAll();
        request.onsuccess = () => resolve(request.result as { article: { title: string } }[]);
        request.onerror = () => reject(request.error);
      });
      return records.map((record) => record.article.title);
    } finally {
      db.close();
    }
  }, DB_NAME);
}
