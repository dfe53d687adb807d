// The measurements, run unchanged in Node (fake-indexeddb) and in the Chromium bench page.
import { LIBRARY_FORMAT, type Library } from '../../src/store';
import { bytesToBase64 } from '../../src/store/base64';
import { WHOLE_FILE_VERSION, type LibraryFileArticle, type LibraryFileImage } from '../../src/store/libraryFile';
import { benchArticle, imageBytes, type BenchMaterial } from './articles';

export interface BenchOptions {
  articles: number;
  repeats: number;
  exportRepeats: number;
  /** Every n-th library article has two stored images. */
  imageEvery: number;
  searchTerms: { two: string; four: string };
  log: (message: string) => void;
}

export type Timings = Record<'save' | 'list' | 'search2' | 'search4' | 'open' | 'export', number[]>;

export interface BenchResult {
  timings: Timings;
  buildMs: number;
  hits: { two: number; four: number };
  exportChars: number;
}

const IMPORT_BATCH = 500;
const LIBRARY_IMAGE_BYTES = 12_000;
/** A news photo as the extension stores it. */
const SAVED_IMAGE_BYTES = 60_000;

function bytesOf(seed: number, size: number): ArrayBuffer {
  return imageBytes(seed, size).buffer as ArrayBuffer;
}

/** Fills the library through its import path, IMPORT_BATCH articles per transaction. */
export async function buildLibrary(library: Library, material: BenchMaterial, options: BenchOptions): Promise<number[]> {
  const withImages: number[] = [];
  for (let start = 0; start < options.articles; start += IMPORT_BATCH) {
    const articles: LibraryFileArticle[] = [];
    const images: LibraryFileImage[] = [];
    for (let n = start; n < Math.min(start + IMPORT_BATCH, options.articles); n++) {
      const imageCount = n % options.imageEvery === 0 ? 2 : 0;
      const article = benchArticle(n, material, imageCount);
      const savedAt = Date.UTC(2024, 0, 1) + n * 60_000;
      articles.push({ id: `bench-${n}`, article, mirrorUrls: [article.mirrorUrl], savedAt, updatedAt: savedAt, read: n % 3 === 0, starred: n % 17 === 0, archived: n % 11 === 0, tags: n % 5 === 0 ? ['benchmark'] : [], position: 0 });
      article.images.forEach((image, i) => images.push({ url: image.canonicalUrl, type: 'image/jpeg', base64: bytesToBase64(bytesOf(n * 10 + i, LIBRARY_IMAGE_BYTES)) }));
      if (imageCount) withImages.push(n);
    }
    await library.importLibrary(new Blob([JSON.stringify({ format: LIBRARY_FORMAT, version: WHOLE_FILE_VERSION, exportedAt: new Date().toISOString(), articles, images })]));
    options.log(`  built ${Math.min(start + IMPORT_BATCH, options.articles)} articles`);
  }
  return withImages;
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

export async function runStoreBench(library: Library, material: BenchMaterial, options: BenchOptions): Promise<BenchResult> {
  const buildStart = performance.now();
  const withImages = await buildLibrary(library, material, options);
  const buildMs = performance.now() - buildStart;
  options.log(`  library of ${options.articles} built in ${(buildMs / 1000).toFixed(1)} s`);

  const timings: Timings = { save: [], list: [], search2: [], search4: [], open: [], export: [] };
  for (let r = 0; r < options.repeats; r++) {
    const n = options.articles + r;
    const article = benchArticle(n, material, 2);
    const images = article.images.map((image, i) => ({ url: image.canonicalUrl, type: 'image/jpeg', bytes: bytesOf(n * 10 + i, SAVED_IMAGE_BYTES) }));
    timings.save.push(await time(() => library.save(article, images)));
    timings.list.push(await time(() => library.list({ limit: 50 })));
    timings.search2.push(await time(() => library.search(options.searchTerms.two)));
    timings.search4.push(await time(() => library.search(options.searchTerms.four)));
    const id = `bench-${withImages[(r * 37) % withImages.length]}`;
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
    options.log(`  export ${r + 1}/${options.exportRepeats}`);
  }
  const hits = { two: (await library.search(options.searchTerms.two)).length, four: (await library.search(options.searchTerms.four)).length };
  return { timings, buildMs, hits, exportChars };
}
