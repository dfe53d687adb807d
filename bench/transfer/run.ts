// npm run bench:transfer [-- --articles 100000 --baseline-articles 10000 --repeats 3 --cap-mib 256]
// Times the library file's export and import in real Chromium (an extension page, the extension's own
// IndexedDB) and samples the page's JS heap during each (CDP Runtime.getHeapUsage every 25 ms, after a
// forced GC). At --baseline-articles the streamed export is measured against the export of versions
// before 0.2 (the whole file built as one string, legacy-export.ts), in the same run. Then the browser
// is restarted on the same profile with V8's heap capped at --cap-mib (--js-flags=--max-old-space-size),
// and the library grown to --articles by an import, exported, and the export imported again (adding
// nothing): each must run within the cap, a hard bound besides the sampled peak. The old export is not
// run there: it needs about 26 MiB of heap per 1,000 articles (measured at 5,000 and 20,000), and at
// 100,000 its one string would pass V8's longest (2^29 - 24 characters).
// Prints a table, then as the last line one JSON object of the figures.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension } from '../chromium';
import { build } from 'vite';
import { loadMaterial } from '../store/material';
import type { PhaseResult } from './page';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

const ARTICLES = argument('articles', 100_000);
const BASELINE_ARTICLES = Math.min(argument('baseline-articles', 10_000), ARTICLES);
const REPEATS = argument('repeats', 3);
const CAP_MIB = argument('cap-mib', 256);
const HEAP_SAMPLE_MS = 25;
const MIB = 1048576;

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

async function buildBenchExtension(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'transfer-bench-ext-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    build: { outDir, emptyOutDir: true, minify: false, lib: { entry: join(here, 'page.ts'), formats: ['es'], fileName: () => 'bench.js' } },
  });
  // The store bench's extension shell: a manifest with unlimitedStorage, a page that loads bench.js.
  for (const file of ['manifest.json', 'bench.html', 'worker.js']) copyFileSync(join(root, 'bench/store/extension', file), join(outDir, file));
  writeFileSync(join(outDir, 'material.json'), JSON.stringify(loadMaterial(resolve(root, '../shared'))));
  return outDir;
}

interface Measured extends PhaseResult {
  /** The page's JS heap: the most used while the phase ran, and before it (after a GC), in MiB. */
  peakMiB: number;
  baseMiB: number;
}

/** Runs one phase in the page while sampling its heap. */
async function measure(page: Page, cdp: CDPSession, phase: (page: Page) => Promise<PhaseResult>): Promise<Measured> {
  await cdp.send('HeapProfiler.collectGarbage');
  const base = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  let peak = base;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, (await cdp.send('Runtime.getHeapUsage')).usedSize);
      await new Promise((resolve) => setTimeout(resolve, HEAP_SAMPLE_MS));
    }
  })();
  try {
    const result = await phase(page);
    return { ...result, peakMiB: peak / MIB, baseMiB: base / MIB };
  } finally {
    sampling = false;
    await sampler;
  }
}

const extension = await buildBenchExtension();
const profile = mkdtempSync(join(tmpdir(), 'transfer-bench-profile-'));
const rows: [string, Measured[]][] = [];
const record = (label: string, results: Measured[]): Measured[] => {
  rows.push([label, results]);
  return results;
};

interface BenchPage {
  repeat(label: string, times: number, phase: (page: Page) => Promise<PhaseResult>): Promise<Measured[]>;
  page: Page;
  close(): Promise<void>;
}

/** The bench page in a browser on the shared profile; `jsFlags` for V8 (the heap cap). */
async function openBench(jsFlags?: string): Promise<BenchPage> {
  const context = await launchWithExtension(profile, extension, jsFlags ? [`--js-flags=${jsFlags}`] : []);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = await context.newPage();
  page.setDefaultTimeout(0);
  page.on('pageerror', (error) => log(`page error: ${error.message}`));
  page.on('crash', () => log('the page crashed (out of memory?)'));
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/bench.html`);
  await page.waitForFunction(() => 'transferBench' in window);
  const cdp = await context.newCDPSession(page);
  await page.evaluate(() => window.transferBench.open());
  return {
    page,
    close: () => context.close(),
    async repeat(label, times, phase) {
      const results: Measured[] = [];
      for (let i = 0; i < times; i++) {
        results.push(await measure(page, cdp, phase));
        const last = results.at(-1)!;
        log(`  ${label} ${i + 1}/${times}: ${last.ms.toFixed(0)} ms, peak heap ${last.peakMiB.toFixed(1)} MiB (${last.detail})`);
      }
      return record(label, results);
    },
  };
}

const exportStreamed = (p: Page) => p.evaluate(() => window.transferBench.exportStreamed());
const exportLegacy = (p: Page) => p.evaluate(() => window.transferBench.exportLegacy());
const importGenerated = (p: Page) => p.evaluate(() => window.transferBench.importGenerated());
const importExported = (p: Page) => p.evaluate(() => window.transferBench.importExported());
const generate = async (p: Page, from: number, to: number) => log(`  generated ${(await p.evaluate(([a, b]) => window.transferBench.generate(a, b), [from, to] as const)).detail}`);

try {
  const figures: Record<string, Measured[]> = {};
  const bench = await openBench();
  log(`Chromium: ${BASELINE_ARTICLES} articles (every 10th with two 12 kB images)`);
  await generate(bench.page, 0, BASELINE_ARTICLES);
  figures.importBaseline = await bench.repeat(`import ${BASELINE_ARTICLES} into an empty library`, 1, importGenerated);
  figures.streamedBaseline = await bench.repeat(`export ${BASELINE_ARTICLES}, streamed (version 2)`, REPEATS, exportStreamed);
  figures.legacyBaseline = await bench.repeat(`export ${BASELINE_ARTICLES}, whole in memory (version 1, before 0.2)`, REPEATS, exportLegacy);
  figures.importAgainBaseline = await bench.repeat(`import the export of ${BASELINE_ARTICLES} again (adds nothing)`, 1, importExported);
  await bench.close();

  // From here V8's heap is capped: the growing import, the export and the second import must fit.
  log(`Chromium with the heap capped at ${CAP_MIB} MiB: growing the library to ${ARTICLES} articles`);
  const capped = await openBench(`--max-old-space-size=${CAP_MIB}`);
  if (ARTICLES > BASELINE_ARTICLES) {
    await generate(capped.page, BASELINE_ARTICLES, ARTICLES);
    figures.importGrow = await capped.repeat(`import ${ARTICLES - BASELINE_ARTICLES} more (library of ${ARTICLES}), heap capped at ${CAP_MIB} MiB`, 1, importGenerated);
  }
  figures.streamedFull = await capped.repeat(`export ${ARTICLES}, streamed, heap capped at ${CAP_MIB} MiB`, Math.min(REPEATS, 2), exportStreamed);
  figures.importAgainFull = await capped.repeat(`import the export of ${ARTICLES} again (adds nothing), heap capped at ${CAP_MIB} MiB`, 1, importExported);
  const count = await capped.page.evaluate(() => window.transferBench.count());
  await capped.close();

  const header = ['phase', 'median ms', 'peak heap MiB', 'heap before MiB', 'detail'];
  const lines = rows.map(([label, results]) => [label, median(results.map((r) => r.ms)).toFixed(0), Math.max(...results.map((r) => r.peakMiB)).toFixed(1), median(results.map((r) => r.baseMiB)).toFixed(1), results.at(-1)!.detail]);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
  const format = (cells: string[]) => cells.map((cell, i) => (i === 0 || i === 4 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(`machine: ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}; library at the end: ${count} articles`);
  console.log(format(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const line of lines) console.log(format(line));
  const ms = (key: string) => (figures[key] ? Math.round(median(figures[key].map((r) => r.ms))) : null);
  const peak = (key: string) => (figures[key] ? Math.round(Math.max(...figures[key].map((r) => r.peakMiB)) * 10) / 10 : null);
  const ratio = (a: number | null, b: number | null) => (a !== null && b ? Math.round((a / b) * 100) / 100 : null);
  console.log(
    JSON.stringify({
      articles: count,
      baselineArticles: BASELINE_ARTICLES,
      capMiB: CAP_MIB,
      baseline: {
        exportMs: { streamed: ms('streamedBaseline'), legacy: ms('legacyBaseline'), ratio: ratio(ms('streamedBaseline'), ms('legacyBaseline')) },
        exportPeakHeapMiB: { streamed: peak('streamedBaseline'), legacy: peak('legacyBaseline'), ratio: ratio(peak('streamedBaseline'), peak('legacyBaseline')) },
        importMs: ms('importBaseline'),
        importPeakHeapMiB: peak('importBaseline'),
        importAgainMs: ms('importAgainBaseline'),
        importAgainPeakHeapMiB: peak('importAgainBaseline'),
      },
      full: {
        exportMs: ms('streamedFull'),
        exportPeakHeapMiB: peak('streamedFull'),
        importGrowMs: ms('importGrow'),
        importGrowPeakHeapMiB: peak('importGrow'),
        importAgainMs: ms('importAgainFull'),
        importAgainPeakHeapMiB: peak('importAgainFull'),
      },
    }),
  );
} finally {
  rmSync(profile, { recursive: true, force: true });
  rmSync(extension, { recursive: true, force: true });
}
