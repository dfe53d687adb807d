// npm run bench:store — builds a library (10,000 articles unless told) and times the library's main
// operations in real Chromium (an extension page, the extension's own IndexedDB) and in Node
// (fake-indexeddb). Prints a table, then as the last line one JSON object of the medians in ms.
//
//   npm run bench:store -- --articles 100000 --only chromium [--repeats 30]
//
// Environment: CHROMIUM (default /usr/bin/chromium).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { DEFAULT_DB_NAME } from '../../src/store';
import { loadMaterial } from './material';
import { runStoreBench, type BenchOptions, type BenchResult, type Timings } from './measure';

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
  },
}).values;
const only = args.only;
if (only !== undefined && only !== 'node' && only !== 'chromium') throw new Error(`--only takes node or chromium, not ${only}`);
const articles = Number(args.articles);
const options: BenchOptions = {
  articles,
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

function directoryBytes(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.size;
  return readdirSync(path).reduce((sum, entry) => sum + directoryBytes(join(path, entry)), 0);
}

async function runNode(material: ReturnType<typeof loadMaterial>): Promise<BenchResult> {
  log('Node (fake-indexeddb):');
  return runStoreBench(new IDBFactory(), DEFAULT_DB_NAME, material, options, { log });
}

async function buildBenchExtension(material: ReturnType<typeof loadMaterial>): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'store-bench-ext-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      lib: { entry: join(here, 'extension/page.ts'), formats: ['es'], fileName: () => 'bench.js' },
    },
  });
  for (const file of ['manifest.json', 'bench.html', 'worker.js']) copyFileSync(join(here, 'extension', file), join(outDir, file));
  writeFileSync(join(outDir, 'material.json'), JSON.stringify(material));
  return outDir;
}

interface DiskFigures {
  /** The database's files once the library is built and measured. */
  bytes: number;
  /** What each article added to them over the second half of the build. */
  bytesPerArticle: number;
}

async function runChromium(material: ReturnType<typeof loadMaterial>): Promise<{ result: BenchResult; disk: DiskFigures }> {
  log('Chromium (extension page):');
  const extension = await buildBenchExtension(material);
  const profile = mkdtempSync(join(tmpdir(), 'store-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const indexedDbDir = join(profile, 'Default', 'IndexedDB');
    const dbBytes = (): number =>
      readdirSync(indexedDbDir)
        .filter((entry) => entry.includes(extensionId))
        .reduce((sum, entry) => sum + directoryBytes(join(indexedDbDir, entry)), 0);
    const sizes = new Map<number, number>();
    const page = await context.newPage();
    page.on('console', (message) => log(message.text()));
    page.on('pageerror', (error) => log(`page error: ${error.message}`));
    await page.exposeFunction('benchBuilt', (articles: number) => void sizes.set(articles, dbBytes()));
    await page.goto(`chrome-extension://${extensionId}/bench.html`);
    await page.waitForFunction(() => 'runStoreBench' in window);
    const result = await page.evaluate((benchOptions) => window.runStoreBench(benchOptions), options);
    await context.close();
    // Growth over the second half, from the first size measured at or past half the library.
    const [halfway, halfwayBytes] = [...sizes].find(([built]) => built >= options.articles / 2) ?? [0, 0];
    const bytes = dbBytes();
    const built = Math.max(...sizes.keys());
    return { result, disk: { bytes, bytesPerArticle: built > halfway ? (sizes.get(built)! - halfwayBytes) / (built - halfway) : bytes / options.articles } };
  } finally {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    rmSync(extension, { recursive: true, force: true });
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
const summary: Partial<Record<'chromium' | 'node', Medians & Partial<Record<'dbMiB' | 'dbKiBPerArticle', number>>>> = {};
if (only !== 'node') {
  const { result, disk } = await runChromium(material);
  runs.push(['chromium', result]);
  summary.chromium = { ...medians(result.timings), dbMiB: round(disk.bytes / 1048576), dbKiBPerArticle: round(disk.bytesPerArticle / 1024) };
  console.log(
    `Chromium: library of ${options.articles} built in ${(result.buildMs / 1000).toFixed(1)} s; database on disk ${(disk.bytes / 1048576).toFixed(1)} MiB, ` +
      `${(disk.bytesPerArticle / 1024).toFixed(1)} KiB more per article over the second half (text, index and 1–3 images of 12 KB); ` +
      `export ${(result.exportChars / 1048576).toFixed(1)} M chars; matches ${result.hits.two} (${options.searchTerms.two}) / ${result.hits.four} (${options.searchTerms.four})`,
  );
}
if (only !== 'chromium') {
  const result = await runNode(material);
  runs.push(['node', result]);
  summary.node = medians(result.timings);
  console.log(`Node: library built in ${(result.buildMs / 1000).toFixed(1)} s; export ${(result.exportChars / 1048576).toFixed(1)} M chars`);
}
printTable(runs);
console.log(`machine load per core (1-minute average): ${loadBefore} before, ${loadPerCore()} after (${cpus().length} cores)`);
console.log(JSON.stringify({ articles: options.articles, ...summary, loadPerCore: loadPerCore() }));
