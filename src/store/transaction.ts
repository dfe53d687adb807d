// Runs a unit of work in one IndexedDB transaction: it commits as a whole or, on any error,
// is aborted (nothing written) and the error comes out as a LibraryError.
import { toLibraryError } from './errors';
import type { LibraryDatabase, ReadTransaction, StoreName, WriteTransaction } from './schema';

async function run<T, Tx>(db: LibraryDatabase, stores: StoreName[], mode: IDBTransactionMode, action: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  let tx;
  try {
    tx = db.transaction(stores, mode);
  } catch (error) {
    throw toLibraryError(error, action);
  }
  try {
    const result = await work(tx as Tx);
    await tx.done;
    return result;
  } catch (error) {
    // Without this, the requests that did succeed would commit when the work stops issuing new ones.
    try {
      tx.abort();
    } catch {
      // Already aborted (a failed request does that) or finished.
    }
    await tx.done.catch(() => undefined);
    // When the browser ended the transaction itself (a full disk), its reason is the real cause; the
    // request that noticed first only reports an AbortError or an inactive transaction.
    throw toLibraryError(tx.error ?? error, action);
  }
}

export function readTransaction<T>(db: LibraryDatabase, stores: StoreName[], action: string, work: (tx: ReadTransaction) => Promise<T>): Promise<T> {
  return run(db, stores, 'readonly', action, work);
}

export function writeTransaction<T>(db: LibraryDatabase, stores: StoreName[], action: string, work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
  return run(db, stores, 'readwrite', action, work);
}

/**
 * Starts every request and waits for all of them. Unlike Promise.all over requests already started,
 * a request that throws synchronously (DataError, some engines' quota errors) becomes a rejection
 * here, so the requests started before it cannot reject unobserved when the transaction aborts.
 */
export function together<T extends readonly unknown[]>(...starts: { [K in keyof T]: () => T[K] }): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  return Promise.all(starts.map(async (start) => start())) as Promise<{ [K in keyof T]: Awaited<T[K]> }>;
}

/** `together` for one request per item. */
export function eachOf<T, R>(items: readonly T[], start: (item: T) => R): Promise<Awaited<R>[]> {
  return Promise.all(items.map(async (item) => start(item)));
}

/** A read that keeps a transaction alive: a key no article has. */
const KEEP_ALIVE_KEY = '';

/**
 * Waits for `work` (reading a file: no IndexedDB request) inside a write transaction without letting
 * it commit meanwhile: a transaction commits as soon as it has no request left, so cheap reads are
 * made one after the other until `work` settles. The caller's next request then comes while the
 * transaction is still active (the last read's promise resolves in its success event).
 */
export async function whileReading<T>(tx: WriteTransaction, work: Promise<T>): Promise<T> {
  let settled = false;
  const outcome = work.finally(() => (settled = true));
  outcome.catch(() => undefined); // observed below, after the reads
  const articles = tx.objectStore('articles');
  while (!settled) await articles.get(KEEP_ALIVE_KEY);
  return outcome;
}
