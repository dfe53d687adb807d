// npm run bench:extract:browser — our extraction against Readability's parse() in real Chromium.
// Each corpus page is served by the e2e fixture server as the real hosts serve it (github.com blob
// view, raw.githubusercontent.com file, GitHub Pages post); the bench bundle (entry.ts, built by bundle.ts with
// Vite) is evaluated in the page and times extract(document, location.href) against Readability on a
// clone of the same live document, interleaved, BENCH_ROUNDS rounds after a warm-up. Figures per page
// and form: median and p95 of both, their ratio, the sanitiser alone on the article's element (the
// floor of any safe extraction), the cold first extraction as the content script runs it (its steps a task
// each: `cold` is the longest), the evaluation of the extraction bundle as it
// ships (content/extractor.js, minified: the task the injection takes), and the longest of these
// blocks (each call is one task: the time the page's thread is blocked). The detector never extracts
// a raw file on its page (raw hosts take the fetch path, in an extension page), so the raw form's
// figures stand for that path. bench/extract.bench.ts is the same comparison under jsdom, in Node.
//
// Environment: BENCH_ROUNDS (default 20), BENCH_FORMS (default blob,raw,pages), BENCH_PROFILE=n (after
// the run, sample the n slowest pages with the DevTools protocol's profiler and print the functions
// with the most self time), CHROMIUM_PATH (default: Debian's Chromium, as for the e2e tests).
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { launchPlain } from '../../tests/e2e/browser';
import { startFixtureServer } from '../../tests/e2e/fixture-server';
import { ascending, median, quantile } from '../stats';
import { buildBenchBundle } from './bundle';
import type { PageTimings } from './entry';
import { sourceLines, timeByFunction, type CpuProfile, type FunctionTimes } from './profile';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const WARMUP = 3;
const PROFILED_PAGES = Number(process.env.BENCH_PROFILE ?? 0);
const PROFILE_CALLS = 40;
const ALL_FORMS = ['blob', 'raw', 'pages'] as const;
const FORMS = ALL_FORMS.filter((form) => !process.env.BENCH_FORMS || process.env.BENCH_FORMS.split(',').includes(form));

const here = dirname(fileURLToPath(import.meta.url));

interface Row extends PageTimings {
  name: string;
  form: (typeof ALL_FORMS)[number];
  url: string;
  /** Evaluating the extraction bundle as it ships, in a fresh realm of the page. */
  loadMs: number;
}

/** The extraction bundle as the extension ships it (vite.config.ts builds content scripts so): minified. */
async function buildShippedExtractor(): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'warn',
    root: join(here, '../..'),
    build: { write: false, target: 'es2022', lib: { entry: join(here, '../../src/content/extractor.ts'), formats: ['iife'], name: 'mirrorReader', fileName: () => 'extractor.js' } },
  })) as Rolldown.RolldownOutput[];
  const chunk = output[0]?.output[0];
  if (!chunk || chunk.type !== 'chunk') throw new Error('the extraction bundle was not built');
  return chunk.code;
}

/**
 * Milliseconds the page's thread takes to evaluate `code` in a fresh realm of the page (a same-origin
 * frame, as the content script's isolated world is one of its own): parsing, compiling, running its
 * top level. Indirect eval, which the bypassed CSP allows here; the extension injects a file instead.
 */
async function evaluationMs(page: Page, code: string): Promise<number> {
  return page.evaluate((source) => {
    const frame = document.createElement('iframe');
    document.documentElement.append(frame);
    const realm = frame.contentWindow as unknown as { eval(code: string): unknown; performance: Performance };
    const start = performance.now();
    realm.eval(source);
    const ms = performance.now() - start;
    frame.remove();
    return ms;
  }, code);
}

/**
 * Opens `url` in a new tab and evaluates the bench bundle there, through the DevTools protocol. CSP is
 * bypassed: a raw.githubusercontent.com file is served sandboxed ("sandbox" with no allow-scripts), where
 * no page callback may run (DOMPurify's Trusted Types policy, a message listener), while the extension's
 * own worlds are exempt from the page's CSP. The other forms carry no CSP.
 */
async function openWithBundle(context: BrowserContext, url: string, bundle: string): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setBypassCSP', { enabled: true });
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status()}`);
  await page.evaluate(bundle);
  return { page, cdp };
}

const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');
const fmt = (ms: number, width = 8) => ms.toFixed(2).padStart(width);

const { code: bundle, map: bundleMap } = await buildBenchBundle();
const shippedExtractor = await buildShippedExtractor();
const server = await startFixtureServer();
const context = await launchPlain(server.port);
const version = context.browser()?.version() ?? 'unknown';
console.log(`browser extraction benchmark: ${server.pages.length} pages × ${FORMS.length} forms in Chromium ${version}, ${ROUNDS} rounds after ${WARMUP} warm-up`);
console.log(`machine: ${cpus().length} cpus, load average ${load()} (1, 5, 15 min) at start`);

const rows: Row[] = [];
try {
  for (const corpusPage of server.pages) {
    const urls = server.urls(corpusPage);
    for (const form of FORMS) {
      const { page } = await openWithBundle(context, urls[form], bundle);
      try {
        const loadMs = await evaluationMs(page, shippedExtractor);
        const timings = await page.evaluate(({ rounds, warmup }) => window.mirrorReaderBench!.measure(rounds, warmup), { rounds: ROUNDS, warmup: WARMUP });
        rows.push({ name: corpusPage.name, form, url: urls[form], loadMs, ...timings });
      } finally {
        await page.close();
      }
    }
  }

  console.log(`\n${'page'.padEnd(52)} ${'form'.padEnd(5)} ${'kind'.padEnd(11)} ${'ours med'.padStart(8)} ${'ours p95'.padStart(8)} ${'rdb med'.padStart(8)} ${'rdb p95'.padStart(8)}  ratio ${'floor'.padStart(6)} ${'cold'.padStart(7)} ${'load'.padStart(7)} ${'longest'.padStart(7)}`);
  for (const row of rows) {
    const ours = ascending(row.ours);
    const theirs = ascending(row.readability);
    console.log(
      `${row.name.slice(0, 52).padEnd(52)} ${row.form.padEnd(5)} ${row.kind.padEnd(11)} ${fmt(quantile(ours, 0.5))} ${fmt(quantile(ours, 0.95))} ${fmt(quantile(theirs, 0.5))} ${fmt(quantile(theirs, 0.95))}  ${ratioOf(row).toFixed(2)} ${floorRatioOf(row).toFixed(2).padStart(6)} ${fmt(row.coldMs, 7)} ${fmt(row.loadMs, 7)} ${fmt(longestBlock(row), 7)}${row.mutated ? '  LIVE DOCUMENT CHANGED' : ''}`,
    );
  }

  if (PROFILED_PAGES > 0) await profileSlowest(rows, PROFILED_PAGES);

  const mutated = rows.filter((row) => row.mutated);
  if (mutated.length) console.log(`extract changed the live document of ${mutated.length} pages: ${mutated.map((row) => `${row.name} (${row.form})`).join(', ')}`);
  console.log(`\nmachine: load average ${load()} at end`);
  for (const form of FORMS) {
    const ofForm = rows.filter((row) => row.form === form);
    console.log(
      `${form.padEnd(5)}: ours median ${median(ofForm.map((row) => median(row.ours))).toFixed(2)} ms, readability median ${median(ofForm.map((row) => median(row.readability))).toFixed(2)} ms, ratio ${median(ofForm.map(ratioOf)).toFixed(2)}, sanitiser alone ${median(ofForm.map(floorRatioOf)).toFixed(2)}`,
    );
  }
  const longest = worst(rows, longestBlock);
  const longestCall = worst(rows, longestCallOf);
  console.log(`extraction bundle evaluation (the injection), median page: ${median(rows.map((row) => row.loadMs)).toFixed(2)} ms; cold first extraction, median page: ${median(rows.map((row) => row.coldTotalMs)).toFixed(2)} ms in all, its longest task ${median(rows.map((row) => row.coldMs)).toFixed(2)} ms`);
  console.log(`longest extract call, median page (chromium): ${median(rows.map(longestCallOf)).toFixed(2)} ms; longest: ${longestCallOf(longestCall).toFixed(2)} ms (${longestCall.name}, ${longestCall.form})`);
  console.log(`longest block, median page (chromium): ${median(rows.map(longestBlock)).toFixed(2)} ms`);
  console.log(`median per page (chromium): ${median(rows.map((row) => median(row.ours))).toFixed(2)} ms`);
  console.log(`longest block (chromium): ${longestBlock(longest).toFixed(2)} ms (${longest.name}, ${longest.form})`);
  console.log(`sanitiser alone on the article, median ratio vs readability (chromium): ${median(rows.map(floorRatioOf)).toFixed(2)}`);
  console.log(`median ratio vs readability (chromium): ${median(rows.map(ratioOf)).toFixed(2)}`);
} finally {
  await context.close();
  await server.stop();
}

function ratioOf(row: Row): number {
  return median(row.ours) / median(row.readability);
}

/** The floor's ratio: the sanitiser alone on the article's element against Readability. */
function floorRatioOf(row: Row): number {
  return median(row.sanitizerOnly) / median(row.readability);
}

/** The longest task of an extraction on the page: a warm extract call, or the cold extraction's longest step. */
function longestCallOf(row: Row): number {
  return Math.max(row.coldMs, ...row.ours);
}

/** The longest task extraction gives the page's thread: the bundle's evaluation or an extract call. */
function longestBlock(row: Row): number {
  return Math.max(row.loadMs, longestCallOf(row));
}

function worst(rows: Row[], measure: (row: Row) => number): Row {
  return rows.reduce((worstRow, row) => (measure(row) > measure(worstRow) ? row : worstRow));
}

/**
 * Samples extract alone on the `count` slowest pages: the cold first call (compiling what it runs) and
 * PROFILE_CALLS warm ones; prints where the time goes per page, then over all for each.
 */
async function profileSlowest(measured: Row[], count: number): Promise<void> {
  const slowest = [...measured].sort((a, b) => median(b.ours) - median(a.ours)).slice(0, count);
  const placeOfLine = sourceLines(bundleMap);
  const overall = { cold: emptyTimes(), warm: emptyTimes() };
  const sample = async (cdp: CDPSession, page: Page, times: number, into: FunctionTimes) => {
    await cdp.send('Profiler.start');
    await page.evaluate((n) => window.mirrorReaderBench!.repeatExtract(n), times);
    const { profile } = await cdp.send('Profiler.stop');
    const sampled = timeByFunction(profile as CpuProfile, placeOfLine);
    for (const kind of ['self', 'total'] as const) for (const [name, ms] of sampled[kind]) into[kind].set(name, (into[kind].get(name) ?? 0) + ms);
    return sampled;
  };
  for (const row of slowest) {
    const { page, cdp } = await openWithBundle(context, row.url, bundle);
    try {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await sample(cdp, page, 1, overall.cold);
      await page.evaluate(() => window.mirrorReaderBench!.repeatExtract(3));
      printTop(`profile: ${row.name} (${row.form}), ${PROFILE_CALLS} warm extract calls`, await sample(cdp, page, PROFILE_CALLS, overall.warm), 8);
    } finally {
      await page.close();
    }
  }
  printTop(`profile: ${slowest.length} slowest pages, cold first calls together`, overall.cold, 20);
  printTop(`profile: ${slowest.length} slowest pages, warm calls together`, overall.warm, 20);
}

function emptyTimes(): FunctionTimes {
  return { self: new Map(), total: new Map() };
}

/** The functions with the most self time, and those of the core with the most total time (where its stages spend). */
function printTop(title: string, times: FunctionTimes, top: number): void {
  const sampledMs = [...times.self.values()].reduce((sum, ms) => sum + ms, 0);
  const lines = (ofTimes: Map<string, number>, keep: (name: string) => boolean) =>
    [...ofTimes]
      .filter(([name]) => keep(name))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => `  ${((ms / sampledMs) * 100).toFixed(1).padStart(5)}%  ${fmt(ms)} ms  ${name}`);
  console.log(`\n${title} (sampled ${sampledMs.toFixed(0)} ms)\n self time:\n${lines(times.self, () => true).join('\n')}`);
  console.log(` total time, functions of src/core:\n${lines(times.total, (name) => name.includes('(src/core/')).join('\n')}`);
}
