// The library: the one object the background, popup, reader and options pages use to store and
// find saved articles. Each method is one transaction (see transaction.ts).
import type { Article } from '../core/article';
import type { ScriptConversion } from '../shared/settings';
import { articleToHtml, articleToMarkdown } from './articleExport';
import { articleInScript } from './articleScript';
import { archivedPage, countArchivedImages, dropArchivedImages, type ArchivedImages, type ArchivedPage, type DroppedImages } from './archivedImages';
import { articlesToEpub, type EpubArticle, type EpubOptions } from './epub';
import { LibraryError } from './errors';
import { mirrorKey, originalKey } from './keys';
import { allIds, facetCounts, listSummaries } from './listing';
import { UPGRADE_STEPS } from './migrate';
import { publicSummary, savedArticleOf, stateOf, withState } from './records';
import { DB_VERSION, DEFAULT_DB_NAME, openDatabase, type LibraryDatabase, type ReadTransaction, type StoreName, type WriteTransaction } from './schema';
import { pageWindow } from './pageWindow';
import { copyDatabase, databaseShelf, type LibraryShelf } from './shelf';
import { searchLibrary } from './search';
import { mergeStep } from './searchIndex';
import { eachOf, readTransaction, together, writeTransaction } from './transaction';
import { LIBRARY_FILE_TYPE } from './libraryFile';
import { importEntries, importSource, libraryFileStream, readExportSlice } from './transfer';
import type {
  ArticleExportFormat,
  ArticleExportOptions,
  ArticleSummary,
  FacetCount,
  ImageFile,
  ImportReport,
  ListPage,
  ListQuery,
  ReaderState,
  RemovedArticle,
  SavedArticle,
  SearchHit,
  SearchPage,
  SearchQuery,
  StorageUsage,
} from './types';
import { addArticleImages, deleteArticle, upsertArticle, type UpsertResult } from './writes';

export interface LibraryOptions {
  /** IndexedDB to use; the page's or worker's own by default (tests pass fake-indexeddb's). */
  factory?: IDBFactory;
  name?: string;
  /** Where the library's generations live (shelf.ts); by default databases of `factory` named after `name`. */
  shelf?: LibraryShelf;
  /** Clock for saved/updated times; tests pin it. */
  now?: () => number;
}

export interface Library {
  /** Saves or refreshes an article (one record however many mirrors it was reached through). */
  save(article: Article, images?: ImageFile[]): Promise<SavedArticle>;
  get(id: string): Promise<SavedArticle | undefined>;
  /** The saved article at this original or mirror URL (any form: blob, raw, jsDelivr…). */
  findByUrl(url: string): Promise<SavedArticle | undefined>;
  getImage(canonicalUrl: string): Promise<Blob | undefined>;
  /** Adds images of a saved article that had no stored copy; returns how many were added. */
  addImages(id: string, images: ImageFile[]): Promise<number>;
  list(query?: ListQuery): Promise<ListPage>;
  search(query: string, options?: { limit?: number }): Promise<SearchHit[]>;
  /** A page of a search with filters (applied before the page is cut), and how many match in all. */
  searchPage(query: string, options?: SearchQuery): Promise<SearchPage>;
  update(id: string, patch: Partial<ReaderState>): Promise<ArticleSummary>;
  /** Deletes an article (and the images only it used); the result undoes it through `restore`. */
  remove(id: string): Promise<RemovedArticle>;
  restore(removed: RemovedArticle): Promise<SavedArticle>;
  /** How many articles the library holds. */
  count(): Promise<number>;
  outlets(): Promise<FacetCount[]>;
  tags(): Promise<FacetCount[]>;
  /** The whole library as a library file (libraryFile.ts), written a slice of articles at a time. */
  exportLibrary(options?: TransferOptions): Promise<Blob>;
  /** Merges a library file (either version) in: all of it, or nothing when any of it is bad. Progress in bytes of the file. */
  importLibrary(file: Blob, options?: TransferOptions): Promise<ImportReport>;
  exportArticle(id: string, format: ArticleExportFormat, options?: ArticleExportOptions): Promise<string>;
  /** Articles (in the order given, or the whole library as listed) as one EPUB 3 book, in the reader's script (简/繁). */
  exportEpub(ids: string[] | 'all', script: ScriptConversion, options?: EpubExportOptions): Promise<Blob>;
  /** Deletes every article, image and setting, and the files that held them. */
  eraseAll(): Promise<void>;
  /** Rewrites the library into new files when articles were deleted, so that nothing of them stays on disk. */
  shred(): Promise<boolean>;
  /** Settles once the search index's merges that saves called for are done (they run after the saves, in steps). */
  indexMerged(): Promise<void>;
  usage(): Promise<StorageUsage>;
  /** Archived articles with stored images, and how many images they show: what dropArchivedImages may free. */
  archivedImages(): Promise<ArchivedImages>;
  /** Deletes the stored images that only archived articles show (they show placeholders); their bytes leave the disk with the next shred(). */
  dropArchivedImages(): Promise<DroppedImages>;
  close(): void;
}

export interface TransferOptions {
  /** Called as the work goes: articles written of all (export), bytes read of the file's (import). */
  onProgress?: (done: number, total: number) => void;
}

export interface EpubExportOptions extends Pick<EpubOptions, 'title' | 'labels'> {
  /** Called after each article is written: how many so far, and of how many. */
  onProgress?: (done: number, total: number) => void;
}

const EXPORT_STORES: StoreName[] = ['articles', 'summaries', 'images'];
const SEARCH_STORES: StoreName[] = ['postings', 'pending', 'meta', 'summaries', 'articles'];
const ARTICLE_STORES: StoreName[] = ['articles', 'summaries', 'images', 'pending', 'segments', 'postings', 'meta'];
/** What a step of a merge writes: not the articles, so that listing and opening them never wait for it. */
const MERGE_STORES: StoreName[] = ['segments', 'postings', 'meta'];

/** By tag, not instanceof: bytes read back from IndexedDB (an undo) may belong to another realm. */
function isArrayBuffer(value: unknown): value is ArrayBuffer {
  return Object.prototype.toString.call(value) === '[object ArrayBuffer]';
}

/** The images worth storing: web addresses and bytes (what the reader could show). */
function storableImages(images: readonly ImageFile[]): ImageFile[] {
  return images.flatMap(({ url, type, bytes }) =>
    typeof url === 'string' && /^https?:/i.test(url) && isArrayBuffer(bytes) ? [{ url, type: typeof type === 'string' && type ? type : 'application/octet-stream', bytes }] : [],
  );
}

function blobOf(image: { type: string; bytes: ArrayBuffer }): Blob {
  return new Blob([image.bytes], { type: image.type });
}

function checkedPatch(patch: Partial<ReaderState>): Partial<ReaderState> {
  const invalid = (field: string, expected: string) => new LibraryError('invalid-argument', `The ${field} of an article must be ${expected}.`);
  for (const field of ['read', 'starred', 'archived'] as const) {
    if (patch[field] !== undefined && typeof patch[field] !== 'boolean') throw invalid(field, 'true or false');
  }
  if (patch.tags !== undefined && (!Array.isArray(patch.tags) || !patch.tags.every((tag) => typeof tag === 'string'))) throw invalid('tags', 'a list of text');
  if (patch.position !== undefined && (typeof patch.position !== 'number' || !Number.isFinite(patch.position))) throw invalid('position', 'a number');
  return patch;
}

function notFound(id: string): LibraryError {
  return new LibraryError('not-found', `No saved article has the id "${id}"; it may have been deleted.`);
}

/** An article to export, with the stored images it uses when they are wanted. */
async function articleForExport(tx: ReadTransaction, id: string, withImages: boolean): Promise<EpubArticle> {
  const [record, summary] = await together(
    () => tx.objectStore('articles').get(id),
    () => tx.objectStore('summaries').get(id),
  );
  if (!record || !summary) throw notFound(id);
  const images = withImages ? await eachOf(record.imageUrls, (url) => tx.objectStore('images').get(url)) : [];
  return { saved: savedArticleOf(record, summary), images: new Map(images.flatMap((image) => (image ? [[image.url, image]] : []))) };
}

class IndexedDbLibrary implements Library {
  #db: Promise<LibraryDatabase> | null = null;
  #closed = false;
  #lastTime = 0;
  /** The merge steps running now, if any. */
  #merging: Promise<void> | null = null;
  /** Whether this instance looked for a merge left unfinished (by a closed browser, a failed step) since it opened. */
  #mergeResumed = false;

  constructor(
    private readonly shelf: LibraryShelf,
    private readonly clock: () => number,
  ) {}

  /** The open database; reopened after another page erased, rotated or upgraded it, or the browser closed it. */
  connection(): Promise<LibraryDatabase> {
    if (this.#closed) return Promise.reject(new LibraryError('unavailable', 'The library was closed.'));
    if (!this.#db) {
      const forget = (): void => {
        if (this.#db === opening) this.#db = null;
      };
      const opening: Promise<LibraryDatabase> = this.shelf
        .readState()
        .then((state) => this.#openGeneration(state?.generation ?? this.shelf.fresh, forget))
        .catch((error: unknown) => {
          forget();
          throw error;
        });
      this.#db = opening;
    }
    return this.#db;
  }

  async #openGeneration(generation: number, onClosed: () => void = () => undefined): Promise<LibraryDatabase> {
    const { factory, name } = await this.shelf.place(generation);
    return openDatabase({ factory, name, version: DB_VERSION, steps: UPGRADE_STEPS, onClosed });
  }

  /** Settles the shelf under the exclusive lock: a first open points it at a generation (copying a
   * library of older versions into it), and leftovers of an interrupted rotation are discarded. The
   * rotation that deletions call for is left to shred(), so that opening a page never waits for it. */
  async settle(): Promise<void> {
    await this.shelf.exclusive(async () => {
      const state = await this.shelf.readState();
      const existing = await this.shelf.generations();
      if (state) return this.#discardAllBut(state.generation, existing);
      if (existing.length === 0) return this.shelf.writeState({ generation: this.shelf.fresh, residue: false });
      const newest = Math.max(...existing);
      if (newest < this.shelf.fresh) return this.#rotate(newest, existing);
      // The pointer was lost: the newest generation is the library, and what it holds is unknown.
      await this.shelf.writeState({ generation: newest, residue: true });
      await this.#discardAllBut(newest, existing);
    });
  }

  /** Copies generation `from` into a new one and discards every other: the only way deleted records
   * leave the disk. Runs under the exclusive lock. */
  async #rotate(from: number, existing: number[]): Promise<void> {
    const next = Math.max(from, this.shelf.fresh - 1, ...existing) + 1;
    this.#forgetConnection();
    const [source, target] = await Promise.all([this.#openGeneration(from), this.#openGeneration(next)]);
    try {
      await copyDatabase(source, target);
    } finally {
      source.close();
      target.close();
    }
    await this.shelf.writeState({ generation: next, residue: false });
    await this.#discardAllBut(next, existing);
  }

  async #discardAllBut(keep: number, existing: number[]): Promise<void> {
    await Promise.all(existing.filter((generation) => generation !== keep).map((generation) => this.shelf.discard(generation)));
  }

  #forgetConnection(): void {
    void this.#db?.then((db) => db.close()).catch(() => undefined);
    this.#db = null;
  }

  /** A write under the shared lock, so that it never lands in a generation being copied or discarded. */
  #write<T>(stores: StoreName[], action: string, work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    return this.shelf.shared(async () => writeTransaction(await this.connection(), stores, action, work));
  }

  /** Strictly increasing, so saves within one millisecond still list in order. */
  #now(): number {
    this.#lastTime = Math.max(this.clock(), this.#lastTime + 1);
    return this.#lastTime;
  }

  async #read<T>(stores: StoreName[], action: string, work: (tx: ReadTransaction) => Promise<T>): Promise<T> {
    return readTransaction(await this.connection(), stores, action, work);
  }

  async save(article: Article, images: ImageFile[] = []): Promise<SavedArticle> {
    if (article?.kind !== 'article' || typeof article.mirrorUrl !== 'string') {
      throw new LibraryError('invalid-argument', 'Only an extracted article can be saved.');
    }
    const now = this.#now();
    const result = await this.#write(ARTICLE_STORES, 'save the article', (tx) =>
      upsertArticle(tx, { article, mirrorUrls: [article.mirrorUrl], images: storableImages(images) }, 'refresh', now),
    );
    this.#mergeIfDue(result);
    return result.saved;
  }

  /**
   * Runs the merges a save called for after it, a step per transaction (searchIndex.ts, mergeStep), so
   * that no save waits for one, and searches and other saves wait at most a step. Steps left undone
   * (the browser closed) are taken up after a later save.
   */
  #mergeIfDue({ indexFlushed }: UpsertResult): void {
    if ((!indexFlushed && this.#mergeResumed) || this.#merging) return;
    this.#mergeResumed = true;
    this.#merging = (async () => {
      while (!this.#closed && (await this.#write(MERGE_STORES, 'tidy the search index', mergeStep)));
    })()
      // The index is whole between steps: a step that failed (a full disk) is tried again after the next save.
      .catch(() => {
        this.#mergeResumed = false;
      })
      .finally(() => (this.#merging = null));
  }

  async indexMerged(): Promise<void> {
    while (this.#merging) await this.#merging;
  }

  addImages(id: string, images: ImageFile[]): Promise<number> {
    return this.#write(['articles', 'images'], 'save the images', (tx) => addArticleImages(tx, id, storableImages(images)));
  }

  get(id: string): Promise<SavedArticle | undefined> {
    return this.#read(['articles', 'summaries'], 'open the article', async (tx) => {
      const [record, summary] = await together(
        () => tx.objectStore('articles').get(id),
        () => tx.objectStore('summaries').get(id),
      );
      return record && summary ? savedArticleOf(record, summary) : undefined;
    });
  }

  findByUrl(url: string): Promise<SavedArticle | undefined> {
    return this.#read(['articles', 'summaries'], 'look up the article', async (tx) => {
      const articles = tx.objectStore('articles');
      const original = originalKey(url);
      // The mirror file first: where differing copies of one article are kept, each is its own mirror's.
      const record =
        (await articles.index('mirrorKeys').get(mirrorKey(url))) ??
        (original !== undefined ? await articles.index('originalKey').get(original) : undefined);
      const summary = record && (await tx.objectStore('summaries').get(record.id));
      return record && summary ? savedArticleOf(record, summary) : undefined;
    });
  }

  getImage(canonicalUrl: string): Promise<Blob | undefined> {
    return this.#read(['images'], 'load the image', async (tx) => {
      const image = await tx.objectStore('images').get(canonicalUrl);
      return image && blobOf(image);
    });
  }

  list(query: ListQuery = {}): Promise<ListPage> {
    return this.#read(['summaries'], 'list the library', (tx) => listSummaries(tx, query));
  }

  async search(query: string, options: { limit?: number } = {}): Promise<SearchHit[]> {
    return (await this.#read(SEARCH_STORES, 'search the library', (tx) => searchLibrary(tx, query, options))).hits;
  }

  searchPage(query: string, options: SearchQuery = {}): Promise<SearchPage> {
    return this.#read(SEARCH_STORES, 'search the library', (tx) => searchLibrary(tx, query, options, true));
  }

  async update(id: string, patch: Partial<ReaderState>): Promise<ArticleSummary> {
    const checked = checkedPatch(patch);
    return this.#write(['summaries'], 'update the article', async (tx) => {
      const summaries = tx.objectStore('summaries');
      const summary = await summaries.get(id);
      if (!summary) throw notFound(id);
      const updated = withState(summary, { ...stateOf(summary), ...checked });
      await summaries.put(updated);
      return publicSummary(updated);
    });
  }

  async remove(id: string): Promise<RemovedArticle> {
    return this.shelf.shared(async () => {
      const removed = await writeTransaction(await this.connection(), ARTICLE_STORES, 'delete the article', async (tx) => {
        const deleted = await deleteArticle(tx, id);
        if (!deleted) throw notFound(id);
        return { saved: savedArticleOf(deleted.record, deleted.summary), images: deleted.freedImages.map(({ url, type, bytes }) => ({ url, type, bytes })) };
      });
      await this.#markResidue();
      return removed;
    });
  }

  /** Records were deleted: they stay in the database files until the next shred(). */
  async #markResidue(): Promise<void> {
    const state = await this.shelf.readState();
    await this.shelf.writeState({ generation: state?.generation ?? this.shelf.fresh, residue: true });
  }

  async shred(): Promise<boolean> {
    return this.shelf.exclusive(async () => {
      const state = await this.shelf.readState();
      if (!state?.residue) return false;
      await this.#rotate(state.generation, await this.shelf.generations());
      return true;
    });
  }

  async restore({ saved, images }: RemovedArticle): Promise<SavedArticle> {
    const stored = storableImages(images);
    const { id, article, mirrorUrls, savedAt, updatedAt } = saved;
    const now = this.#now();
    const incoming = { article, mirrorUrls, images: stored, kept: { id, state: stateOf(saved), savedAt, updatedAt } };
    const result = await this.#write(ARTICLE_STORES, 'restore the article', (tx) => upsertArticle(tx, incoming, 'newer-wins', now));
    this.#mergeIfDue(result);
    return result.saved;
  }

  count(): Promise<number> {
    return this.#read(['summaries'], 'count the articles', (tx) => tx.objectStore('summaries').count());
  }

  outlets(): Promise<FacetCount[]> {
    return this.#read(['summaries'], 'list the outlets', (tx) => facetCounts(tx, 'outlet'));
  }

  tags(): Promise<FacetCount[]> {
    return this.#read(['summaries'], 'list the tags', (tx) => facetCounts(tx, 'tag'));
  }

  async exportLibrary({ onProgress }: TransferOptions = {}): Promise<Blob> {
    const exportedAt = new Date(this.#now()).toISOString();
    const total = await this.count();
    const written = new Set<string>();
    let failure: unknown;
    const readSlice = (after: string | null) =>
      this.#read(EXPORT_STORES, 'export the library', (tx) => readExportSlice(tx, after, written)).catch((error: unknown) => {
        failure = error;
        throw error;
      });
    const stream = libraryFileStream(exportedAt, readSlice, (done) => onProgress?.(done, total));
    // The browser builds the Blob from the stream outside the page's heap (Chromium moves large ones to disk).
    const response = new Response(stream, { headers: { 'Content-Type': LIBRARY_FILE_TYPE } });
    // The stream's error comes out of blob() as a browser's own TypeError: the library's is the cause.
    return response.blob().catch((error: unknown) => {
      throw failure ?? error;
    });
  }

  async importLibrary(file: Blob, { onProgress }: TransferOptions = {}): Promise<ImportReport> {
    const source = await importSource(file, pageWindow('import the library'), (read, total) => onProgress?.(read, total));
    const now = this.#now();
    try {
      return await this.#write(ARTICLE_STORES, 'import the library', (tx) => importEntries(tx, source, now));
    } finally {
      source.close();
    }
  }

  async exportArticle(id: string, format: ArticleExportFormat, options: ArticleExportOptions = {}): Promise<string> {
    const win = pageWindow('export the article');
    const { saved: stored, images } = await this.#read(EXPORT_STORES, 'export the article', (tx) => articleForExport(tx, id, format === 'single-html'));
    // Converted outside the transaction: loading the converter would let it close.
    const saved = await articleInScript(stored, options.script ?? 'original', win);
    if (format === 'markdown') return articleToMarkdown(saved, win, options.labels);
    return articleToHtml(saved, win, format === 'single-html' ? images : undefined, options.labels);
  }

  async exportEpub(ids: string[] | 'all', script: ScriptConversion, { onProgress, ...options }: EpubExportOptions = {}): Promise<Blob> {
    const win = pageWindow('export the book');
    const chosen = ids === 'all' ? await this.#read(['summaries'], 'export the book', allIds) : ids;
    // One transaction per article, each closed before its chapter is written: the book is written
    // while only one article and its images are in memory.
    const read = (id: string) => this.#read(EXPORT_STORES, 'export the book', (tx) => articleForExport(tx, id, true));
    async function* articles(): AsyncGenerator<EpubArticle> {
      for (const id of chosen) yield await read(id);
    }
    return articlesToEpub(articles(), win, { ...options, script, onProgress: onProgress && ((done) => onProgress(done, chosen.length)) });
  }

  async eraseAll(): Promise<void> {
    // Clearing stores or deleting the database leaves their bytes in the files until the browser
    // compacts them; discarding the generation removes the files. The next call opens a new one.
    await this.shelf.exclusive(async () => {
      this.#forgetConnection();
      const existing = await this.shelf.generations();
      const state = await this.shelf.readState();
      const next = Math.max(state?.generation ?? 0, this.shelf.fresh - 1, ...existing) + 1;
      await Promise.all(existing.map((generation) => this.shelf.discard(generation)));
      await this.shelf.writeState({ generation: next, residue: false });
    });
  }

  async usage(): Promise<StorageUsage> {
    const [articles, images] = await this.#read(['summaries', 'images'], 'measure the library', (tx) =>
      together(
        () => tx.objectStore('summaries').count(),
        () => tx.objectStore('images').count(),
      ),
    );
    const estimate = await globalThis.navigator?.storage?.estimate?.().catch(() => undefined);
    return { articles, images, bytesUsed: estimate?.usage ?? null, bytesQuota: estimate?.quota ?? null };
  }

  async archivedImages(): Promise<ArchivedImages> {
    const found: ArchivedImages = { articles: 0, images: 0 };
    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const after: string | null = cursor;
      cursor = await this.#read(['summaries', 'articles', 'images'], 'count the images of archived articles', async (tx) => {
        const page = await archivedPage(tx, after);
        await countArchivedImages(tx, page.ids, seen, found);
        return page.cursor;
      });
    } while (cursor);
    return found;
  }

  async dropArchivedImages(): Promise<DroppedImages> {
    const dropped: DroppedImages = { articles: 0, images: 0, bytes: 0 };
    const archived = new Map<string, boolean>();
    let cursor: string | null = null;
    do {
      const after: string | null = cursor;
      const page: ArchivedPage = await this.#read(['summaries'], 'list the archived articles', (tx) => archivedPage(tx, after));
      // One transaction per page: each leaves the library whole, and a retry drops what is left.
      const freed = await this.#write(['summaries', 'articles', 'images'], 'drop the images of archived articles', (tx) => dropArchivedImages(tx, page.ids, archived));
      dropped.articles += freed.articles;
      dropped.images += freed.images;
      dropped.bytes += freed.bytes;
      cursor = page.cursor;
    } while (cursor);
    if (dropped.images) await this.shelf.shared(() => this.#markResidue());
    return dropped;
  }

  close(): void {
    this.#closed = true;
    void this.#db?.then((db) => db.close()).catch(() => undefined);
    this.#db = null;
  }
}

/** Opens (creating or upgrading) the library; throws LibraryError('unavailable') where IndexedDB can't be used. */
export async function openLibrary(options: LibraryOptions = {}): Promise<Library> {
  const factory = options.factory ?? (globalThis.indexedDB as IDBFactory | undefined);
  if (!factory) throw new LibraryError('unavailable', 'This browser window offers no storage for the library (IndexedDB is missing or disabled).');
  const shelf = options.shelf ?? databaseShelf(factory, options.name ?? DEFAULT_DB_NAME);
  const library = new IndexedDbLibrary(shelf, options.now ?? Date.now);
  await library.settle();
  await library.connection();
  return library;
}
