// The bench page, an extension page of the real extension: builds and measures the product's own
// library (its shelf, its Storage Bucket), then leaves the popup's stored first page as the
// background would.
import { libraryShelf } from '../../../src/shared/library';
import { refreshListSnapshot } from '../../../src/shared/list-snapshot';
import { openLibrary } from '../../../src/store';
import type { BenchMaterial } from '../articles';
import { runStoreBench, type BenchOptions, type BenchResult } from '../measure';

declare global {
  interface Window {
    runStoreBench(options: BenchOptions): Promise<BenchResult>;
    /** Exposed by the runner: measures the database's files once `articles` are stored. */
    benchBuilt(articles: number): Promise<void>;
  }
}

window.runStoreBench = async (options) => {
  const material = (await (await fetch('material.json')).json()) as BenchMaterial;
  const shelf = libraryShelf(indexedDB);
  const result = await runStoreBench(shelf, material, options, { log: (message) => console.log(message), built: (articles) => window.benchBuilt(articles) });
  const library = await openLibrary({ shelf });
  await refreshListSnapshot(library);
  library.close();
  return result;
};
