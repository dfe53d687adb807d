// The measurements, run unchanged in Node (fake-indexeddb) and in the Chromium bench page.
import { openLibrary, type Library, type RemovedArticle } from '../../src/store';
import { UPGRADE_STEPS } from '../../src/store/migrate';
import { ALL_STORES, DB_VERSION, openDatabase } from '../../src/store/schema';
import type { LibraryShelf } from '../../src/store/shelf';
import { writeTransaction } from '../../src/store/transaction';
import { mergeStep } from '../../src/store/searchIndex';
import { upsertArticle, type IncomingArticle } from '../../src/store/writes';
import { benchArticle, imageBytes, type BenchMaterial } from './articles';

export interface BenchOptions {
  articles: number;
  /** False when the library of `articles` was built by an earlier run (a kept profile). */
  build: boolean;
  /** Also time a shred: one article deleted, the whole library rotated into new files (store.md, "Erase means gone"), the article restored. */
  shred: boolean;
  repeats: number;
  exportRepeats: number;
  searchTerms: { two: string; four: string };
}

export interface BenchHooks {
  log: (message: string) => void;
  /** Called after each bulk transaction with how many articles the library holds (the runner measures the files). */
  built?: (articles: number) => Promise<void>;
}

export type Timings = Record<'save' | 'list' | 'search2' | 'search4' | 'open' | 'export', number[]>;

/** The longest write of one article while building, and the longest step of a search-index merge
 * (what a save or a search may wait behind: the library runs the steps after the saves). */
export interface SlowestWrites {
  save: { ms: number; article: number };
  mergeStep: { ms: number; article: number };
}

export interface BenchResult {
  slowestBuild: SlowestWrites | null;
  timings: Timings;
  /** The delete's and the shred's time, when asked for. */
  shred: { deleteMs: number; shredMs: number } | null;
  buildMs: number;
  /** Unarchived matches of each term, and the popup's search that counted them (ms). */
  hits: { two: number; four: number; countMs: { two: number; four: number } };
  exportChars: number;
}

/** Articles written per transaction while building: large enough that a commit's cost is spread thin. */
const BUILD_BATCH = 1_000;
/** A library article's stored image: a small news photo. */
export const LIBRARY_IMAGE_BYTES = 12_000;
/** A news photo as the extension stores it. */
const SAVED_IMAGE_BYTES = 60_000;
/** Distinct random images the library's images are drawn from (making 2 × 100,000 would take longer than storing them). */
const IMAGE_POOL = 256;

function bytesOf(seed: number, size: number): ArrayBuffer {
  return imageBytes(seed, size).buffer as ArrayBuffer;
}

/** 1–3 images per article, as many news articles have. */
export function imageCountOf(n: number): number {
  return 1 + (n % 3);
}

/** Article `n` of the library as a library file or an undo would bring it: id, reader state, save time. */
function libraryArticle(n: number, material: BenchMaterial, pool: readonly ArrayBuffer[]): IncomingArticle {
  const article = benchArticle(n, material, imageCountOf(n));
  const savedAt = Date.UTC(2024, 0, 1) + n * 60_000;
  return {
    article,
    mirrorUrls: [article.mirrorUrl],
    images: article.images.map((image, i) => ({ url: image.canonicalUrl, type: 'image/jpeg', bytes: pool[(n * 3 + i) % pool.length]! })),
    kept: {
      id: `bench-${n}`,
      state: { read: n % 3 === 0, starred: n % 17 === 0, archived: n % 11 === 0, tags: n % 5 === 0 ? ['benchmark'] : [], position: 0 },
      savedAt,
      updatedAt: savedAt,
    },
  };
}

/**
 * Fills the library through the write path every save, import and undo takes (`upsertArticle`: dedupe,
 * images, summary and list keys, search index with its flushes; then the merges' steps), BUILD_BATCH articles per
 * transaction, so the stored shape is exactly a saved library's. What it skips is the library file:
 * parsing and sanitising are the import's, and the generated articles are clean already.
 */
export async function buildLibrary(shelf: LibraryShelf, material: BenchMaterial, options: BenchOptions, hooks: BenchHooks, from = 0): Promise<SlowestWrites> {
  const slowest: SlowestWrites = { save: { ms: 0, article: -1 }, mergeStep: { ms: 0, article: -1 } };
  const note = (which: keyof SlowestWrites, ms: number, article: number): void => {
    if (ms > slowest[which].ms) slowest[which] = { ms, article };
  };
  const pool = Array.from({ length: IMAGE_POOL }, (_, i) => bytesOf(i + 1, LIBRARY_IMAGE_BYTES));
  // The live generation, which opening the library has settled.
  const { factory, name } = await shelf.place((await shelf.readState())!.generation);
  const db = await openDatabase({ factory, name, version: DB_VERSION, steps: UPGRADE_STEPS, onClosed: () => undefined });
  try {
    // A build stopped before resumes after its last whole transaction (articles 0 … from − 1 are there).
    for (let start = from; start < options.articles; start += BUILD_BATCH) {
      const end = Math.min(start + BUILD_BATCH, options.articles);
      await shelf.shared(() =>
        writeTransaction(db, ALL_STORES, 'build the bench library', async (tx) => {
          for (let n = start; n < end; n++) {
            let begin = performance.now();
            const { indexFlushed } = await upsertArticle(tx, libraryArticle(n, material, pool), 'newer-wins', Date.now());
            note('save', performance.now() - begin, n);
            for (let more = indexFlushed; more; note('mergeStep', performance.now() - begin, n)) {
              begin = performance.now();
              more = await mergeStep(tx);
            }
          }
        }),
      );
      hooks.log(`  built ${end} articles`);
      await hooks.built?.(end);
    }
  } finally {
    db.close();
  }
  return slowest;
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Builds the library on `shelf` (unless built already), then times the library's operations on it. */
export async function runStoreBench(shelf: LibraryShelf, material: BenchMaterial, options: BenchOptions, hooks: BenchHooks): Promise<BenchResult> {
  // Opening settles the shelf on its live generation, the database the build writes into.
  const library: Library = await openLibrary({ shelf });
  const buildStart = performance.now();
  const slowestBuild = options.build ? await buildLibrary(shelf, material, options, hooks, await library.count()) : null;
  const buildMs = options.build ? performance.now() - buildStart : 0;
  if (options.build) hooks.log(`  library of ${options.articles} built in ${(buildMs / 1000).toFixed(1)} s`);
  try {
    const timings: Timings = { save: [], list: [], search2: [], search4: [], open: [], export: [] };
    // Articles 0 … count − 1 are there (the built ones, and those earlier runs on a kept library saved): a save is a new one.
    const firstNew = await library.count();
    for (let r = 0; r < options.repeats; r++) {
      const n = firstNew + r;
      const article = benchArticle(n, material, 2);
      const images = article.images.map((image, i) => ({ url: image.canonicalUrl, type: 'image/jpeg', bytes: bytesOf(n * 10 + i, SAVED_IMAGE_BYTES) }));
      timings.save.push(await time(() => library.save(article, images)));
      timings.list.push(await time(() => library.list({ limit: 50 })));
      timings.search2.push(await time(() => library.search(options.searchTerms.two)));
      timings.search4.push(await time(() => library.search(options.searchTerms.four)));
      const id = `bench-${(r * 7919) % options.articles}`;
      timings.open.push(
        await time(async () => {
          const saved = await library.get(id);
          await Promise.all(saved!.article.images.map((image) => library.getImage(image.canonicalUrl)));
        }),
      );
    }
    let exportChars = 0;
    for (let r = 0; r < options.exportRepeats; r++) {
      timings.export.push(await time(async () => (exportChars = (await library.exportLibrary()).size)));
      hooks.log(`  export ${r + 1}/${options.exportRepeats}`);
    }
    let shred: BenchResult['shred'] = null;
    if (options.shred) {
      hooks.log('  delete and shred');
      let removed!: RemovedArticle;
      const deleteMs = await time(async () => (removed = await library.remove(`bench-${options.articles >> 1}`)));
      shred = { deleteMs, shredMs: await time(() => library.shred()) };
      await library.restore(removed);
    }
    // How many articles each term matches in all: the popup's search (a page of 50 unarchived, and the
    // number of matches), once per term; it looks up every match's summary.
    const counted = { two: 0, four: 0 };
    const countMs = { two: 0, four: 0 };
    for (const term of ['two', 'four'] as const) {
      countMs[term] = await time(async () => (counted[term] = (await library.searchPage(options.searchTerms[term], { archived: false, limit: 50 })).total));
    }
    const hits = { ...counted, countMs };
    return { timings, slowestBuild, shred, buildMs, hits, exportChars };
  } finally {
    library.close();
  }
}
