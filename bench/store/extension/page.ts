// The bench page: opens the library in the extension's own IndexedDB and runs the measurements.
import { openLibrary } from '../../../src/store';
import type { BenchMaterial } from '../articles';
import { runStoreBench, type BenchOptions, type BenchResult } from '../measure';

const BENCH_DB_NAME = 'mirror-reader-bench';

declare global {
  interface Window {
    runStoreBench(options: Omit<BenchOptions, 'log'>): Promise<BenchResult>;
  }
}

window.runStoreBench = async (options) => {
  const material = (await (await fetch('material.json')).json()) as BenchMaterial;
  const library = await openLibrary({ name: BENCH_DB_NAME });
  try {
    return await runStoreBench(library, material, { ...options, log: (message) => console.log(message) });
  } finally {
    library.close();
  }
};
