// The transfer bench page: a library in the extension's own IndexedDB, filled from a generated
// library file; each phase is one call from the runner (run.ts), which samples the heap meanwhile.
import { sanitizeArticleHtml } from '../../src/core/sanitize';
import { openLibrary, type Library } from '../../src/store';
import { libraryFileLines } from '../../src/store/libraryFile';
import { UPGRADE_STEPS } from '../../src/store/migrate';
import { DB_VERSION, openDatabase } from '../../src/store/schema';
import { readTransaction } from '../../src/store/transaction';
import { benchArticle, imageBytes, type BenchMaterial } from '../store/articles';
import { legacyExportJson } from './legacy-export';

const DB_NAME = 'mirror-reader-transfer-bench';
/** Every n-th article has two stored images of IMAGE_BYTES. */
const IMAGE_EVERY = 10;
const IMAGE_BYTES = 12_000;
/** Lines generated per Blob part: the generated file never sits in the page's memory whole. */
const GENERATE_BATCH = 1_000;

export interface PhaseResult {
  ms: number;
  /** The file's size, the import's report. */
  detail: string;
}

declare global {
  interface Window {
    transferBench: {
      open(): Promise<void>;
      /** A library file of articles [from, to) as a Blob made of parts. */
      generate(from: number, to: number): Promise<PhaseResult>;
      importGenerated(): Promise<PhaseResult>;
      importExported(): Promise<PhaseResult>;
      exportStreamed(): Promise<PhaseResult>;
      exportLegacy(): Promise<PhaseResult>;
      count(): Promise<number>;
    };
  }
}

let library: Library;
let material: BenchMaterial;
let generated: Blob | null = null;
let exported: Blob | null = null;

async function timed(work: () => Promise<string>): Promise<PhaseResult> {
  const start = performance.now();
  const detail = await work();
  return { ms: performance.now() - start, detail };
}

window.transferBench = {
  async open() {
    material = (await (await fetch('material.json')).json()) as BenchMaterial;
    library = await openLibrary({ name: DB_NAME });
  },
  async generate(from, to) {
    return timed(async () => {
      const parts: Blob[] = [new Blob([libraryFileLines.header(new Date().toISOString())])];
      const counts = { articles: 0, images: 0 };
      for (let start = from; start < to; start += GENERATE_BATCH) {
        const lines: string[] = [];
        for (let n = start; n < Math.min(start + GENERATE_BATCH, to); n++) {
          const article = benchArticle(n, material, n % IMAGE_EVERY === 0 ? 2 : 0);
          // As the library stores bodies: the sanitiser's output (an import refuses any other).
          article.contentHtml = sanitizeArticleHtml(article.contentHtml, window);
          article.images.forEach((image, i) => lines.push(libraryFileLines.image({ url: image.canonicalUrl, type: 'image/jpeg', bytes: imageBytes(n * 10 + i, IMAGE_BYTES).buffer as ArrayBuffer })));
          counts.images += article.images.length;
          const savedAt = Date.UTC(2024, 0, 1) + n * 60_000;
          lines.push(libraryFileLines.article({ id: `bench-${n}`, article, mirrorUrls: [article.mirrorUrl], savedAt, updatedAt: savedAt, read: n % 3 === 0, starred: n % 17 === 0, archived: n % 11 === 0, tags: n % 5 === 0 ? ['benchmark'] : [], position: 0 }));
          counts.articles++;
        }
        parts.push(new Blob(lines));
      }
      parts.push(new Blob([libraryFileLines.end(counts)]));
      generated = new Blob(parts);
      return `${counts.articles} articles, ${counts.images} images, ${(generated.size / 1048576).toFixed(1)} MiB`;
    });
  },
  async importGenerated() {
    return timed(async () => JSON.stringify(await library.importLibrary(generated!)));
  },
  async importExported() {
    return timed(async () => JSON.stringify(await library.importLibrary(exported!)));
  },
  async exportStreamed() {
    exported = null;
    return timed(async () => {
      exported = await library.exportLibrary();
      return `${(exported.size / 1048576).toFixed(1)} MiB`;
    });
  },
  async exportLegacy() {
    return timed(async () => {
      const db = await openDatabase({ factory: indexedDB, name: DB_NAME, version: DB_VERSION, steps: UPGRADE_STEPS, onClosed: () => undefined });
      try {
        const json = await readTransaction(db, ['articles', 'summaries', 'images'], 'export the library', (tx) => legacyExportJson(tx, Date.now()));
        // As the options page did: the string into a Blob for the download.
        const blob = new Blob([json], { type: 'application/json' });
        return `${(blob.size / 1048576).toFixed(1)} MiB`;
      } finally {
        db.close();
      }
    });
  },
  count: () => library.count(),
};
