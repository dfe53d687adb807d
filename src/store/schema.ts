// The database: its stores, the record shapes, and the upgrade chain from the first version on.
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Article } from '../core/article';
import { toLibraryError } from './errors';
import type { PostingsRecord } from './postings';
import type { ArticleSummary, SavedArticle } from './types';

export const DEFAULT_DB_NAME = 'mirror-reader-library';
export const DB_VERSION = 3;

/** An index key of the list indexes: [facet, value, …sort keys, id] (see listing.ts). */
export type ListKey = IDBValidKey[];

export interface ArticleRecord {
  id: string;
  article: Article;
  mirrorUrls: string[];
  savedAt: number;
  updatedAt: number;
  /** Canonical URLs of the images the article uses (stored or not): what to release on delete. */
  imageUrls: string[];
  /** The article's current document number in the search index; a new one on every content change. */
  docNo: number;
  originalKey?: string;
  mirrorKeys: string[];
  identityKey?: string;
  /** A differing copy of the article saved first (its id), kept beside it: never written over it. */
  variantOf?: string;
}

/** The small record lists and search results read: summary, reader state and list index keys. */
export interface SummaryRecord extends ArticleSummary {
  docNo: number;
  bySaved: ListKey[];
  byPublished: ListKey[];
}

export interface ImageRecord {
  url: string;
  type: string;
  /** Bytes rather than a Blob: cloneable everywhere (fake-indexeddb under jsdom, Firefox, Chromium). */
  bytes: ArrayBuffer;
  /** Ids of the articles that use the image; the image goes when the last one does. */
  users: string[];
}

/** A run of documents flushed (and maybe merged) together into postings (see searchIndex.ts). */
export interface SegmentRecord {
  /** The highest docNo in the segment. */
  id: number;
  first: number;
  docCount: number;
  /** 0 when flushed from pending, n + 1 when merged from segments of tier n. */
  tier: number;
}

/** A merge under way (searchIndex.ts): segments `first`…`id`, all of `tier`, become one segment of `tier + 1` named `id`. */
export interface MergeProgress {
  id: number;
  first: number;
  tier: number;
  /** Source buckets 0 … nextBucket − 1 are moved: their tokens' postings are in the merged segment's buckets. */
  nextBucket: number;
}

/** A document whose postings are not yet merged into a segment (see searchIndex.ts, terms.ts). */
export interface PendingDoc {
  docNo: number;
  /** The article's title and text, folded (fold.ts). */
  title: string;
  text: string;
}

/** A version 2 pending document: "\ntoken\tweight\n…" for every token. */
export interface PendingDocV2 {
  docNo: number;
  terms: string;
}

/** The search index's counters: one record (version 2 kept two numbers, `nextDocNo` and `documents`). */
export interface IndexCounters {
  nextDocNo: number;
  /** How many articles are indexed, for the idf. */
  documents: number;
}

export interface LibrarySchema extends DBSchema {
  articles: {
    key: string;
    value: ArticleRecord;
    indexes: { originalKey: string; mirrorKeys: string; identityKey: string };
  };
  summaries: {
    key: string;
    value: SummaryRecord;
    indexes: { bySaved: ListKey; byPublished: ListKey; docNo: number };
  };
  images: { key: string; value: ImageRecord };
  settings: { key: string; value: unknown };
  pending: { key: number; value: PendingDoc };
  segments: { key: number; value: SegmentRecord };
  /** [bucket, segment] → the postings of that bucket's tokens in that segment. */
  postings: { key: [number, number]; value: PostingsRecord };
  /** The search index's counters under the key 'counters', the merge under way under 'merge'. */
  meta: { key: string; value: IndexCounters | MergeProgress };
}

export type StoreName = StoreNames<LibrarySchema>;
export type LibraryDatabase = IDBPDatabase<LibrarySchema>;
/** A transaction that may write: an ordinary one, or the upgrade's (which migrations write through). */
export type WriteTransaction = IDBPTransaction<LibrarySchema, StoreName[], 'readwrite' | 'versionchange'>;
export type ReadTransaction = IDBPTransaction<LibrarySchema, StoreName[], IDBTransactionMode>;

export const ALL_STORES: StoreName[] = ['articles', 'summaries', 'images', 'settings', 'pending', 'segments', 'postings', 'meta'];

/** A version 1 article record: the SavedArticle itself, reader state included. */
export type ArticleRecordV1 = SavedArticle & { imageUrls: string[] };

type UpgradeDatabase = IDBPDatabase<unknown>;
type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;
/** Migrates the data of version `to - 1` to version `to`; registered by the module that owns it. */
export type UpgradeStep = (db: UpgradeDatabase, tx: UpgradeTransaction) => Promise<void> | void;

/** Version 1: articles (full records, list and lookup indexes), shared images, settings. */
export function createVersion1(db: UpgradeDatabase): void {
  const articles = db.createObjectStore('articles', { keyPath: 'id' });
  articles.createIndex('savedAt', 'savedAt');
  articles.createIndex('published', 'article.published');
  articles.createIndex('outlet', 'article.outlet');
  articles.createIndex('originalUrl', 'article.originalUrl');
  articles.createIndex('mirrorUrls', 'mirrorUrls', { multiEntry: true });
  db.createObjectStore('images', { keyPath: 'url' });
  db.createObjectStore('settings');
}

/**
 * Version 2, the structure: list summaries with numeric facet keys (booleans cannot be index keys,
 * so version 1 could not filter by state), the search index, normalised dedupe keys on articles.
 * The data is moved by `migrateToVersion2` (migrate.ts), which needs the indexing code.
 */
export function createVersion2(db: UpgradeDatabase, tx: UpgradeTransaction): void {
  const articles = tx.objectStore('articles');
  for (const index of ['savedAt', 'published', 'outlet', 'originalUrl', 'mirrorUrls']) articles.deleteIndex(index);
  articles.createIndex('originalKey', 'originalKey');
  articles.createIndex('mirrorKeys', 'mirrorKeys', { multiEntry: true });
  articles.createIndex('identityKey', 'identityKey');
  const summaries = db.createObjectStore('summaries', { keyPath: 'id' });
  summaries.createIndex('bySaved', 'bySaved', { multiEntry: true });
  summaries.createIndex('byPublished', 'byPublished', { multiEntry: true });
  summaries.createIndex('docNo', 'docNo', { unique: true });
  db.createObjectStore('pending', { keyPath: 'docNo' });
  db.createObjectStore('segments', { keyPath: 'id' });
  db.createObjectStore('postings');
  db.createObjectStore('meta');
}

export interface OpenOptions {
  factory: IDBFactory;
  name: string;
  version: number;
  /** Steps by target version: steps[v - 1] upgrades a database at version v - 1 to v. */
  steps: readonly UpgradeStep[];
  /** The connection is gone: another page upgrades or deletes the database, or the browser closed it. */
  onClosed: () => void;
}

/** Opens (creating or upgrading as needed) with any IDBFactory; idb's openDB only knows the global one. */
export function openDatabase(options: OpenOptions): Promise<LibraryDatabase> {
  const { factory, name, version, steps } = options;
  return new Promise<LibraryDatabase>((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, version);
    } catch (error) {
      reject(toLibraryError(error, 'open the library'));
      return;
    }
    let upgradeFailure: unknown = null;
    request.onupgradeneeded = (event) => {
      const db = wrap(request.result) as UpgradeDatabase;
      const tx = wrap(request.transaction!) as unknown as UpgradeTransaction;
      // An aborted upgrade is reported by the open request (onerror below); unobserved, idb's done
      // promise would reject as an uncaught error besides.
      tx.done.catch(() => undefined);
      const run = async (): Promise<void> => {
        for (let target = event.oldVersion + 1; target <= version; target++) await steps[target - 1]!(db, tx);
      };
      run().catch((error: unknown) => {
        upgradeFailure = error;
        try {
          tx.abort();
        } catch {
          // Already finished: the open request reports the failure.
        }
      });
    };
    request.onsuccess = () => {
      const db = wrap(request.result) as LibraryDatabase;
      db.addEventListener('versionchange', () => {
        db.close();
        options.onClosed();
      });
      db.addEventListener('close', options.onClosed);
      resolve(db);
    };
    request.onerror = (event) => {
      event.preventDefault();
      reject(toLibraryError(upgradeFailure ?? request.error, 'open the library'));
    };
  });
}

/** Deletes the database files. Resolves once deleted, or at once if other pages still hold it open
 * (they close on the versionchange event, and the deletion completes then). */
export function deleteDatabase(factory: IDBFactory, name: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onblocked = () => resolve();
    request.onerror = () => reject(toLibraryError(request.error, 'erase the library'));
  });
}
