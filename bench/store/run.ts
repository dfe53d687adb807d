// npm run bench:store — builds a library (10,000 articles unless told) and times the library's main
// operations in real Chromium (a bench page inside the built extension, the product's own library)
// and in Node (fake-indexeddb), then the popup's first paint against that library. Prints a table,
// then as the last line one JSON object of the medians in ms.
//
//   npm run bench:store -- --articles 100000 --only chromium [--repeats 30] [--keep DIR] [--shred]
//
// --keep DIR keeps the Chromium profile in DIR, and a later run with the same --articles measures the
// library built there instead of building it again (or finishes building it, if a run was stopped). --shred also times a delete's shred (a rotation
// of the whole library into new files).
//
// Environment: CHROMIUM (default /usr/bin/chromium).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { BrowserContext } from 'playwright-core';
import { launchWithExtension } from '../chromium';
import { build } from 'vite';
import { DEFAULT_DB_NAME } from '../../src/store';
import { databaseShelf } from '../../src/store/shelf';
import { loadMaterial } from './material';
import { LIBRARY_IMAGE_BYTES, runStoreBench, type BenchOptions, type BenchResult, type Timings } from './measure';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const sharedDir = resolve(root, '../shared');
/**
 * The whole-library export is one JSON string; at 10,000 articles with their images it is ~400 M
 * characters, near the longest string V8 can make, so larger libraries are measured without it.
 */
const EXPORT_LIMIT = 10_000;

const args = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    repeats: { type: 'string', default: '30' },
    only: { type: 'string' },
    /** A folder to keep the Chromium profile in: a later run with the same --articles reuses its library. */
    keep: { type: 'string' },
    /** Also time a shred of the whole library (store.md, "Erase means gone"). */
    shred: { type: 'boolean', default: false },
  },
}).values;
const only = args.only;
if (only !== undefined && only !== 'node' && only !== 'chromium') throw new Error(`--only takes node or chromium, not ${only}`);
const articles = Number(args.articles);
const options: Omit<BenchOptions, 'build'> = {
  articles,
  shred: args.shred,
  repeats: Number(args.repeats),
  exportRepeats: articles <= EXPORT_LIMIT ? 3 : 0,
  // A common two-character word and a rarer four-character one, both in the corpus.
  searchTerms: { two: '中共', four: '翻墙软件' },
};
if (!Number.isSafeInteger(options.articles) || options.articles < 1 || !Number.isSafeInteger(options.repeats) || options.repeats < 1) {
  throw new Error('--articles and --repeats take a positive whole number');
}

type Operation = 'save' | 'list' | 'search' | 'open' | 'export';
type Medians = Record<Operation, number | null>;

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

/** The bytes of the files under `path`; a file the database deletes meanwhile (a compaction) counts 0. */
function directoryBytes(path: string): number {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) return 0;
  if (!stats.isDirectory()) return stats.size;
  let entries: string[];
  try {
    entries = readdirSync(path);
  } catch {
    return 0;
  }
  return entries.reduce((sum, entry) => sum + directoryBytes(join(path, entry)), 0);
}

async function runNode(material: ReturnType<typeof loadMaterial>): Promise<BenchResult> {
  log('Node (fake-indexeddb):');
  return runStoreBench(databaseShelf(new IDBFactory(), DEFAULT_DB_NAME), material, { ...options, build: true }, { log });
}

/**
 * The real extension (the project's build) with the bench page beside its own pages, so that the
 * bench measures the product's library (its shelf, Storage Bucket and database) and the popup reads
 * what the bench built. `baseline.html` is popup.html without its scripts: the same page painted with
 * none of the extension's code, the baseline of the popup's first paint.
 */
async function buildBenchExtension(outDir: string, material: ReturnType<typeof loadMaterial>): Promise<void> {
  await build({ configFile: join(root, 'vite.config.ts'), root, logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    build: {
      outDir,
      emptyOutDir: false,
      minify: false,
      lib: { entry: join(here, 'extension/page.ts'), formats: ['es'], fileName: () => 'bench.js' },
    },
  });
  copyFileSync(join(here, 'extension/bench.html'), join(outDir, 'bench.html'));
  writeFileSync(join(outDir, 'material.json'), JSON.stringify(material));
  const popup = readFileSync(join(outDir, 'popup.html'), 'utf8');
  writeFileSync(join(outDir, 'baseline.html'), popup.replace(/<script\b[^>]*><\/script>|<link rel="modulepreload"[^>]*>/g, ''));
}

interface DiskFigures {
  /** The database's files once the library is built and measured. */
  bytes: number;
  /** What each article added to them over the second half of the build (undefined when a kept library was reused). */
  bytesPerArticle?: number;
}

/** One opening of a page: when its first contentful paint came, and the popup's list (its `list-rendered` mark). */
interface PaintSample {
  paint: number;
  list: number;
}

export interface PaintFigures {
  popup: PaintSample[];
  baseline: PaintSample[];
}

const POPUP_SIZE = { width: 420, height: 580 };
const PAINT_OPENINGS = 11;

/** Opens popup.html and its script-less baseline as tabs, interleaved, PAINT_OPENINGS times each. */
async function measurePaints(context: BrowserContext, extensionId: string): Promise<PaintFigures> {
  const open = async (path: string, ready: string): Promise<PaintSample> => {
    const page = await context.newPage();
    await page.setViewportSize(POPUP_SIZE);
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    await page.waitForSelector(ready);
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    const sample = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
      list: performance.getEntriesByName('list-rendered')[0]?.startTime ?? -1,
    }));
    await page.close();
    return sample;
  };
  const figures: PaintFigures = { popup: [], baseline: [] };
  for (let i = 0; i < PAINT_OPENINGS; i++) {
    figures.popup.push(await open('popup.html', '.row'));
    figures.baseline.push(await open('baseline.html', 'h1'));
  }
  return figures;
}

/** A kept profile remembers the size of the library built in it. */
const BUILT_MARK = 'built-library.json';

async function runChromium(material: ReturnType<typeof loadMaterial>): Promise<{ result: BenchResult; disk: DiskFigures; paints: PaintFigures }> {
  log('Chromium (the extension with a bench page):');
  const workDir = args.keep ? resolve(args.keep) : mkdtempSync(join(tmpdir(), 'store-bench-'));
  const extension = join(workDir, 'extension');
  const profile = join(workDir, 'profile');
  const mark = join(workDir, BUILT_MARK);
  const markedSize = existsSync(mark) ? (JSON.parse(readFileSync(mark, 'utf8')) as { articles: number }).articles : null;
  const built = markedSize === options.articles;
  // A library of another size goes; an unfinished build (no mark yet) is resumed where it stopped.
  if (markedSize !== null && !built) rmSync(profile, { recursive: true, force: true });
  mkdirSync(profile, { recursive: true });
  // Same folder, same extension id: a kept profile's library stays the extension's.
  await buildBenchExtension(extension, material);
  const context = await launchWithExtension(profile, extension, ['--disable-quic']);
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    // A fresh profile stores nothing else: its IndexedDB and Storage Bucket folders are the library.
    const dbBytes = (): number => ['IndexedDB', 'WebStorage'].map((dir) => join(profile, 'Default', dir)).filter(existsSync).reduce((sum, dir) => sum + directoryBytes(dir), 0);
    const sizes = new Map<number, number>();
    const page = await context.newPage();
    page.on('console', (message) => log(message.text()));
    page.on('pageerror', (error) => log(`page error: ${error.message}`));
    await page.exposeFunction('benchBuilt', (articles: number) => void sizes.set(articles, dbBytes()));
    await page.goto(`chrome-extension://${extensionId}/bench.html`);
    await page.waitForFunction(() => 'runStoreBench' in window);
    const result = await page.evaluate((benchOptions) => window.runStoreBench(benchOptions), { ...options, build: !built });
    if (!built) writeFileSync(mark, JSON.stringify({ articles: options.articles }));
    await page.close();
    log('  popup first paint');
    const paints = await measurePaints(context, extensionId);
    await context.close();
    // Growth over the second half, from the first size measured at or past half the library.
    const [halfway, halfwayBytes] = [...sizes].find(([articles]) => articles >= options.articles / 2) ?? [0, 0];
    const last = Math.max(0, ...sizes.keys());
    const bytesPerArticle = last === 0 ? undefined : last > halfway ? (sizes.get(last)! - halfwayBytes) / (last - halfway) : sizes.get(last)! / last;
    return { result, disk: { bytes: dbBytes(), bytesPerArticle }, paints };
  } finally {
    await context.close().catch(() => undefined);
    if (!args.keep) rmSync(workDir, { recursive: true, force: true });
  }
}

function medians(timings: Timings): Medians {
  const median = (values: number[]) => (values.length ? round(percentile(values, 50)) : null);
  return {
    save: median(timings.save),
    list: median(timings.list),
    // The slower of the two terms, so the goal holds for both.
    search: Math.max(median(timings.search2)!, median(timings.search4)!),
    open: median(timings.open),
    export: median(timings.export),
  };
}

function printTable(runs: [string, BenchResult][]): void {
  const rows: [string, keyof Timings][] = [
    ['save one article + 2 images', 'save'],
    ['list first page of 50', 'list'],
    [`search 2 chars (${options.searchTerms.two})`, 'search2'],
    [`search 4 chars (${options.searchTerms.four})`, 'search4'],
    ['open one article + its images', 'open'],
    [`export all (JSON${options.exportRepeats ? '' : `; skipped past ${EXPORT_LIMIT} articles`})`, 'export'],
  ];
  const header = ['operation (ms)', ...runs.flatMap(([name]) => [`${name} median`, `${name} p95`])];
  const cell = (values: number[], p: number) => (values.length ? round(percentile(values, p)).toFixed(1) : '—');
  const lines = rows.map(([label, key]) => [label, ...runs.flatMap(([, result]) => [cell(result.timings[key], 50), cell(result.timings[key], 95)])]);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
  const format = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(format(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const line of lines) console.log(format(line));
}

const loadPerCore = () => (loadavg()[0]! / cpus().length).toFixed(2);
const material = loadMaterial(sharedDir);
log(`material: ${material.paragraphs.length} paragraphs, ${material.titles.length} titles, ${material.outlets.length} outlets; ${options.articles} articles`);
const loadBefore = loadPerCore();
const runs: [string, BenchResult][] = [];
const summary: Partial<Record<'chromium' | 'node', Medians & Record<string, number | null>>> = {};
if (only !== 'node') {
  const { result, disk, paints } = await runChromium(material);
  runs.push(['chromium', result]);
  const median = (values: number[]) => round(percentile(values, 50));
  const popupPaint = median(paints.popup.map((sample) => sample.paint));
  const baselinePaint = median(paints.baseline.map((sample) => sample.paint));
  const listPainted = median(paints.popup.map((sample) => sample.list));
  summary.chromium = {
    ...medians(result.timings),
    dbMiB: round(disk.bytes / 1048576),
    dbKiBPerArticle: disk.bytesPerArticle === undefined ? null : round(disk.bytesPerArticle / 1024),
    popupPaint,
    baselinePaint,
    popupOwn: round(popupPaint - baselinePaint),
    listPainted,
    popupSearch2: round(result.hits.countMs.two),
    popupSearch4: round(result.hits.countMs.four),
    delete: result.shred && round(result.shred.deleteMs),
    shred: result.shred && round(result.shred.shredMs),
  };
  const growth = disk.bytesPerArticle === undefined ? 'built by an earlier run' : `${(disk.bytesPerArticle / 1024).toFixed(1)} KiB more per article over the second half of the build`;
  console.log(
    `Chromium: library of ${options.articles} ${result.buildMs > 0 ? `built in ${(result.buildMs / 1000).toFixed(1)} s` : 'kept from an earlier run'}; database on disk ${(disk.bytes / 1048576).toFixed(1)} MiB (${growth}; ` +
      `text, index and 1–3 images of ${LIBRARY_IMAGE_BYTES / 1000} KB each); export file ${(result.exportChars / 1048576).toFixed(1)} MiB; ` +
      `unarchived matches ${result.hits.two} (${options.searchTerms.two}) / ${result.hits.four} (${options.searchTerms.four}), ` +
      `the popup's search that counts them (every match's summary looked up) ${result.hits.countMs.two.toFixed(0)} / ${result.hits.countMs.four.toFixed(0)} ms` +
      (result.slowestBuild
        ? `; slowest save of the build ${result.slowestBuild.save.ms.toFixed(0)} ms (article ${result.slowestBuild.save.article}), ` +
          `slowest step of an index merge ${result.slowestBuild.mergeStep.ms.toFixed(0)} ms (after article ${result.slowestBuild.mergeStep.article})`
        : '') +
      (result.shred ? `; delete one article ${result.shred.deleteMs.toFixed(1)} ms, then its shred (the library rotated into new files) ${(result.shred.shredMs / 1000).toFixed(1)} s` : ''),
  );
  console.log(
    `Popup (popup.html as a tab, ${paints.popup.length} openings, medians): first contentful paint ${popupPaint.toFixed(1)} ms; the same page without the extension's scripts ` +
      `${baselinePaint.toFixed(1)} ms, so the extension's own share is ${(popupPaint - baselinePaint).toFixed(1)} ms (${(((popupPaint - baselinePaint) / popupPaint) * 100).toFixed(0)} %, ratio ${(popupPaint / baselinePaint).toFixed(2)}); ` +
      `list of 50 painted at ${listPainted.toFixed(1)} ms`,
  );
}
if (only !== 'chromium') {
  const result = await runNode(material);
  runs.push(['node', result]);
  summary.node = medians(result.timings);
  console.log(`Node: library built in ${(result.buildMs / 1000).toFixed(1)} s; export file ${(result.exportChars / 1048576).toFixed(1)} MiB`);
}
printTable(runs);
console.log(`machine load per core (1-minute average): ${loadBefore} before, ${loadPerCore()} after (${cpus().length} cores)`);
console.log(JSON.stringify({ articles: options.articles, ...summary, loadPerCore: loadPerCore() }));
