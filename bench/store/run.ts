// npm run bench:store — builds a 10,000-article library and times the library's main operations
// in real Chromium (an extension page, the extension's own IndexedDB) and in Node (fake-indexeddb).
// Prints a table, then as the last line one JSON object of the medians in ms.
//
// Environment: STORE_BENCH_ARTICLES (default 10000), STORE_BENCH_ONLY=node|chromium,
// CHROMIUM (default /usr/bin/chromium).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { openLibrary } from '../../src/store';
import { loadMaterial } from './material';
import { runStoreBench, type BenchOptions, type BenchResult, type Timings } from './measure';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const sharedDir = resolve(root, '../shared');
const only = process.env.STORE_BENCH_ONLY;
const options: Omit<BenchOptions, 'log'> = {
  articles: Number(process.env.STORE_BENCH_ARTICLES ?? 10_000),
  repeats: Number(process.env.STORE_BENCH_REPEATS ?? 30),
  exportRepeats: 3,
  imageEvery: 10,
  // A common two-character word and a rarer four-character one, both in the corpus.
  searchTerms: { two: '中共', four: '翻墙软件' },
};

type Operation = 'save' | 'list' | 'search' | 'open' | 'export';
type Medians = Record<Operation, number>;

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
  const library = await openLibrary({ factory: new IDBFactory() });
  try {
    return await runStoreBench(library, material, { ...options, log });
  } finally {
    library.close();
  }
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

async function runChromium(material: ReturnType<typeof loadMaterial>): Promise<{ result: BenchResult; dbBytes: number }> {
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
    const page = await context.newPage();
    page.on('console', (message) => log(message.text()));
    page.on('pageerror', (error) => log(`page error: ${error.message}`));
    await page.goto(`chrome-extension://${extensionId}/bench.html`);
    await page.waitForFunction(() => 'runStoreBench' in window);
    const result = await page.evaluate((benchOptions) => window.runStoreBench(benchOptions), options);
    await context.close();
    const indexedDbDir = join(profile, 'Default', 'IndexedDB');
    const dbBytes = readdirSync(indexedDbDir)
      .filter((entry) => entry.includes(extensionId))
      .reduce((sum, entry) => sum + directoryBytes(join(indexedDbDir, entry)), 0);
    return { result, dbBytes };
  } finally {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    rmSync(extension, { recursive: true, force: true });
  }
}

function medians(timings: Timings): Medians {
  const median = (values: number[]) => round(percentile(values, 50));
  return {
    save: median(timings.save),
    list: median(timings.list),
    // The slower of the two terms, so the goal holds for both.
    search: Math.max(median(timings.search2), median(timings.search4)),
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
    ['export all (JSON)', 'export'],
  ];
  const header = ['operation (ms)', ...runs.flatMap(([name]) => [`${name} median`, `${name} p95`])];
  const lines = rows.map(([label, key]) => [label, ...runs.flatMap(([, result]) => [percentile(result.timings[key], 50), percentile(result.timings[key], 95)].map((ms) => round(ms).toFixed(1)))]);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
  const format = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(format(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const line of lines) console.log(format(line));
}

const material = loadMaterial(sharedDir);
log(`material: ${material.paragraphs.length} paragraphs, ${material.titles.length} titles, ${material.outlets.length} outlets; ${options.articles} articles`);
const runs: [string, BenchResult][] = [];
const summary: Partial<Record<'chromium' | 'node', Medians>> = {};
if (only !== 'node') {
  const { result, dbBytes } = await runChromium(material);
  runs.push(['chromium', result]);
  summary.chromium = medians(result.timings);
  console.log(`Chromium: library built in ${(result.buildMs / 1000).toFixed(1)} s; database on disk ${(dbBytes / 1048576).toFixed(1)} MiB; export ${(result.exportChars / 1048576).toFixed(1)} M chars; hits ${result.hits.two}/${result.hits.four}`);
}
if (only !== 'chromium') {
  const result = await runNode(material);
  runs.push(['node', result]);
  summary.node = medians(result.timings);
  console.log(`Node: library built in ${(result.buildMs / 1000).toFixed(1)} s; export ${(result.exportChars / 1048576).toFixed(1)} M chars`);
}
printTable(runs);
console.log(JSON.stringify(summary));
