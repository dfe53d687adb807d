// The bench page: builds and measures the library in the extension's own IndexedDB.
import type { BenchMaterial } from '../articles';
import { runStoreBench, type BenchOptions, type BenchResult } from '../measure';

const BENCH_DB_NAME = 'mirror-reader-bench';

declare global {
  interface Window {
    runStoreBench(options: BenchOptions): Promise<BenchResult>;
    /** Exposed by the runner: measures the database's files once `articles` are stored. */
    benchBuilt(articles: number): Promise<void>;
  }
}

window.runStoreBench = async (options) => {
  const material = (await (await fetch('material.json')).json()) as BenchMaterial;
  return runStoreBench(indexedDB, BENCH_DB_NAME, material, options, { log: (message) => console.log(message), built: (articles) => window.benchBuilt(articles) });
};
