// npm run check:repos GIT_DIR[:PREFIX]… — robustness at scale (a tool, not part of CI). Each GIT_DIR is a git
// directory of a mirror repository (the search tool's fetch brings them as /…/owner+name/repo); with PREFIX, only
// its files whose path starts so. Every file the detector offers (Markdown, HTML, plain text) of the newest commit is
// extracted as a raw source and as a github.com blob page, in a worker thread, so that a page that never returns is reported (and the worker
// replaced) instead of stopping the run. Only the extractions are timed: the test harness's own rendering of the
// blob page (github.com's work, not the extension's) runs on a clock of its own. Per repository it prints how many
// are articles / indexes / other (and why), throws, hangs, the slowest page (CPU time), and how many articles lack
// each field or keep a known kind of clutter. `--browser` measures every page over SLOW_MS (or hung) again in
// Chromium, as the extension meets it (jsdom is several times slower than a browser on large pages). `--sample N` writes N articles per repository to test-results/check-repos/ (fields, first and last
// paragraphs, the source text around them) to be read by eye.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { JSDOM } from 'jsdom';
import type { Browser } from 'playwright-core';
import type { PageTimings } from '../bench/extract-browser/entry';
import { median } from '../bench/stats';
import { CHROMIUM } from '../tests/e2e/browser';
import { decodeBytes, extract, extractSource, type ExtractResult } from '../src/core';
import { isArticleFile } from '../src/core/detect';
import { renderGithubBlobPage } from '../tests/helpers/github-page';

/** A page this slow would freeze a tab: listed by name. */
const SLOW_MS = 1000;
/** An extraction still running after this much CPU time counts as a hang: its worker is ended and the run goes on. */
const HANG_MS = 10 * SLOW_MS;
/** The test harness's own rendering of a blob page (markdown-it and DOMPurify in jsdom, minutes for a file of
 * megabytes) is given this long; past it the file's blob form is reported as not rendered, not as a hang. */
const HARNESS_MS = 12 * HANG_MS;
const HANG_POLL_MS = 500;
const SLOW_REMEASURES = 3;
/** A fresh worker after this many files bounds the memory jsdom keeps between pages. */
const FILES_PER_WORKER = 400;
/** Progress on stderr every so many files: a long run shows it is alive. */
const PROGRESS_EVERY = 250;
/** Text left in an article that a reader should never see: the kinds the issue names, and GitHub's chrome. */
const CLUTTER: ReadonlyArray<readonly [string, RegExp]> = [
  ['feed footer', /Feed enhanced by|Permalink \||Post tags:/],
  ['date line', /^(?:日期|时间|發佈時間|发布时间)[：:]/m],
  ['original credit line', /^(?:原文来自|原文來自|本文来自|原文链接|原文地址)/m],
  ['social embed', /在 Instagram 查看|View this post on Instagram|pic\.twitter\.com/],
  ['wiki marker', /\[\[zh:/],
  ['navigation', /:house:|返回首页|返回目录/],
];
const FIELDS = ['title', 'published', 'outlet', 'originalUrl'] as const;
/** How much of the source and of each paragraph a sample shows. */
const SAMPLE_CHARS = 240;

interface Job {
  repo: string;
  path: string;
  bytes: Uint8Array;
}

/** What a worker sends back for one file: the raw-source result, and the slower form's time (CPU). */
interface Outcome {
  path: string;
  source: string;
  result: ExtractResult | null;
  /** What the blob page was read as; 'not rendered' when the harness gave up on rendering it. */
  blobKind: string | null;
  blobTitle: string | null;
  error: string | null;
  ms: number;
}

/** Where github.com shows the file and where it serves it raw. */
function addressesOf(job: Job): { blobUrl: string; rawUrl: string } {
  return {
    blobUrl: `https://github.com/${job.repo}/blob/HEAD/${encodeURI(job.path)}`,
    rawUrl: `https://raw.githubusercontent.com/${job.repo}/HEAD/${encodeURI(job.path)}`,
  };
}

// ---- worker: extracts one file at a time ----

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Tells the main thread whose CPU time follows: an extraction's (bounded by HANG_MS) or the test harness's
 * rendering of the blob page (bounded by HARNESS_MS, and no page's cost: github.com renders it, not the extension). */
type Clock = { clock: 'extract' | 'harness' };
/** What the worker sends: a clock change, the raw form's outcome before the blob page is rendered (kept if
 * the harness gives up), and the whole outcome. */
type WorkerMessage = Clock | { raw: Outcome } | Outcome;
const NOT_RENDERED = 'not rendered';

/** One extraction on the extraction clock, its CPU time (the main thread only waits, so a shared machine's
 * other work does not count against the page). */
function timed<T>(run: () => T): { value: T; ms: number } {
  parentPort!.postMessage({ clock: 'extract' } satisfies Clock);
  const started = cpuMs();
  const value = run();
  return { value, ms: cpuMs() - started };
}

/** A slow extraction is measured SLOW_REMEASURES times more and keeps its median, so that a burst of load on
 * the machine or a garbage collection of earlier pages' documents is not reported as the page's cost. */
function medianMs(first: number, again: () => number): number {
  if (first <= SLOW_MS) return first;
  const times = [first];
  for (let i = 0; i < SLOW_REMEASURES; i++) times.push(again());
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

/** Both forms of one file, each extraction timed on its own; the blob page is rendered once and read again by
 * each remeasure (extract leaves the document it reads untouched). */
function extractBoth(job: Job): Outcome {
  const source = decodeBytes(job.bytes);
  const { blobUrl, rawUrl } = addressesOf(job);
  const blank = new JSDOM('');
  const extractRaw = () => extractSource(source, rawUrl, blank.window.document);
  const outcome: Outcome = { path: job.path, source, result: null, blobKind: null, blobTitle: null, error: null, ms: 0 };
  let served: JSDOM | null = null;
  try {
    const raw = timed(extractRaw);
    outcome.result = raw.value;
    outcome.ms = medianMs(raw.ms, () => timed(extractRaw).ms);
    parentPort!.postMessage({ raw: outcome } satisfies WorkerMessage);
    parentPort!.postMessage({ clock: 'harness' } satisfies Clock);
    served = new JSDOM(renderGithubBlobPage(source, blobUrl), { url: blobUrl });
    const document = served.window.document;
    const extractBlob = () => extract(document, blobUrl);
    const blob = timed(extractBlob);
    outcome.blobKind = blob.value.kind;
    outcome.blobTitle = blob.value.kind === 'article' ? blob.value.title : null;
    outcome.ms = Math.max(outcome.ms, medianMs(blob.ms, () => timed(extractBlob).ms));
  } catch (thrown) {
    outcome.error = thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown);
  } finally {
    blank.window.close();
    served?.window.close();
  }
  return outcome;
}

function runWorker(): void {
  parentPort!.on('message', (job: Job) => parentPort!.postMessage(extractBoth(job)));
  parentPort!.postMessage(WORKER_READY);
}

// ---- main thread: reads the repositories, hands files to a worker, tabulates ----

interface RepoFile {
  path: string;
  bytes: Buffer;
}

function git(gitDir: string, args: string[], input?: string): Buffer {
  return execFileSync('git', ['--git-dir', gitDir, '-c', 'core.quotepath=false', ...args], { input, maxBuffer: 2 ** 31, stdio: ['pipe', 'pipe', 'ignore'] });
}

/** The snapshot's files the detector offers (those whose path starts with `prefix` if given), read in one
 * `git cat-file --batch`; its largest files may be listed but absent (left out). */
function filesOf(gitDir: string, prefix: string | null): RepoFile[] {
  const entries = git(gitDir, ['ls-tree', '-r', '-z', 'HEAD'])
    .toString('utf8')
    .split('\0')
    .map((line) => line.match(/^\S+ blob (\S+)\t(.+)$/s))
    .filter((match): match is RegExpMatchArray => match !== null && isArticleFile(match[2]!) && match[2]!.startsWith(prefix ?? ''));
  const batch = git(gitDir, ['cat-file', '--batch'], entries.map((entry) => entry[1]).join('\n') + '\n');
  const files: RepoFile[] = [];
  let at = 0;
  for (const [, , path] of entries) {
    const headerEnd = batch.indexOf(0x0a, at);
    const header = batch.subarray(at, headerEnd).toString('latin1').split(' ');
    at = headerEnd + 1;
    if (header[1] !== 'blob') continue;
    const size = Number(header[2]);
    files.push({ path: path!, bytes: batch.subarray(at, at + size) });
    at += size + 1;
  }
  return files;
}

/** owner/name from the fetch tool's folder (…/owner+name/repo, or …/owner+name/repo/.git for a snapshot
 * with a work tree) or a plain folder name. */
function repoName(gitDir: string): string {
  const withoutDotGit = basename(gitDir) === '.git' ? dirname(gitDir) : gitDir;
  const folder = basename(withoutDotGit) === 'repo' ? basename(dirname(withoutDotGit)) : basename(withoutDotGit);
  return folder.replace('+', '/');
}

// A worker does not inherit tsx's loader from `node --import tsx`: it registers it, then loads this file.
const WORKER_READY = 'ready';
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); });`;

/** One worker at a time; a file that runs past HANG_MS ends it and the next file gets a new one. */
class Extractor {
  private worker: Worker | null = null;
  private filesDone = 0;

  async run(job: Job): Promise<Outcome | 'hang'> {
    if (!this.worker || this.filesDone >= FILES_PER_WORKER) await this.replace();
    const worker = this.worker!;
    this.filesDone++;
    return new Promise((resolve) => {
      const settle = (outcome: Outcome | 'hang'): void => {
        clearInterval(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        resolve(outcome);
      };
      const end = (outcome: Outcome | 'hang'): void => {
        this.worker = null;
        void worker.terminate();
        settle(outcome);
      };
      // A worker that dies (out of memory, say) is a finding on this file; the next file gets a new one.
      const onError = (error: unknown): void => {
        this.worker = null;
        settle({ path: job.path, source: '', result: null, blobKind: null, blobTitle: null, error: `worker died: ${String(error)}`, ms: 0 });
      };
      // Counted in CPU time, as the pages are: on a busy machine a slow page's wall time says nothing.
      let clock: Clock['clock'] = 'extract';
      let startedCpu = cpuMs();
      let raw: Outcome | null = null;
      const onMessage = (message: WorkerMessage): void => {
        if ('clock' in message) {
          clock = message.clock;
          startedCpu = cpuMs();
        } else if ('raw' in message) raw = message.raw;
        else settle(message);
      };
      const timer = setInterval(() => {
        if (cpuMs() - startedCpu < (clock === 'extract' ? HANG_MS : HARNESS_MS)) return;
        end(clock === 'harness' && raw ? { ...raw, blobKind: NOT_RENDERED, blobTitle: null } : 'hang');
      }, HANG_POLL_MS);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage(job);
    });
  }

  /** A new worker, once it has loaded the core: its start-up (seconds on a loaded machine) is no page's time. */
  private async replace(): Promise<void> {
    await this.worker?.terminate();
    const worker = new Worker(WORKER_BOOT, { eval: true });
    await new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
    });
    worker.removeAllListeners('error');
    this.worker = worker;
    this.filesDone = 0;
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
  }
}

/** How many times `--browser` extracts a page (after one cold extraction, the content script's tasks). */
const BROWSER_ROUNDS = 3;
/** A page whose measure in Chromium has not returned after this long (wall time) is reported as a hang there. */
const BROWSER_HANG_MS = 6 * HANG_MS;

/**
 * `--browser`: a page that was slow in jsdom, served at its real addresses in Chromium (the blob page as the
 * harness renders it, the raw file as text; every other request refused) with the browser bench's bundle: the
 * longest task of the content script's cold extraction, and the median of BROWSER_ROUNDS extractions.
 */
class BrowserMeasure {
  private constructor(
    private readonly browser: Browser,
    private readonly bundle: string,
  ) {}

  // Loaded here, not at the top: every worker thread loads this file too, and needs neither.
  static async start(): Promise<BrowserMeasure> {
    const [{ buildBenchBundle }, { chromium }] = await Promise.all([import('../bench/extract-browser/bundle'), import('playwright-core')]);
    const [{ code }, browser] = await Promise.all([buildBenchBundle(), chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] })]);
    return new BrowserMeasure(browser, code);
  }

  async measure(job: Job): Promise<string> {
    const source = decodeBytes(job.bytes);
    const { blobUrl, rawUrl } = addressesOf(job);
    const bodies = new Map([
      [blobUrl, { contentType: 'text/html; charset=utf-8', body: renderGithubBlobPage(source, blobUrl) }],
      [rawUrl, { contentType: 'text/plain; charset=utf-8', body: source }],
    ]);
    const figures: string[] = [];
    for (const [form, url] of [['blob', blobUrl], ['raw', rawUrl]] as const) {
      const page = await this.browser.newPage();
      await page.route('**/*', (route) => {
        const served = bodies.get(route.request().url());
        return served ? route.fulfill(served) : route.abort();
      });
      let timer: NodeJS.Timeout | undefined;
      try {
        await page.goto(url);
        await page.evaluate(this.bundle);
        const measured = page.evaluate((rounds) => window.mirrorReaderBench!.measure(rounds, 0), BROWSER_ROUNDS);
        const hung = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), BROWSER_HANG_MS)));
        const timings: PageTimings | null = await Promise.race([measured, hung]);
        figures.push(timings ? `${form} ${timings.kind}: median ${Math.round(median(timings.ours))} ms, longest task ${Math.round(timings.coldMs)} ms` : `${form}: hang (over ${BROWSER_HANG_MS / 1000} s)`);
      } finally {
        clearTimeout(timer);
        await page.close();
      }
    }
    return `  in Chromium: ${job.path}: ${figures.join('; ')}`;
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

interface SampledArticle {
  path: string;
  source: string;
  article: Extract<ExtractResult, { kind: 'article' }>;
}

/** `GIT_DIR`, or `GIT_DIR:PREFIX` for the files of a repository too large to run whole whose path starts so. */
async function checkRepo(target: string, sample: number, extractor: Extractor, browser: BrowserMeasure | null): Promise<string[]> {
  const [gitDir, prefix = null] = target.split(':') as [string, string?];
  const repo = repoName(gitDir);
  const counts = { article: 0, index: 0, other: 0, throws: 0, hangs: 0, formsDisagree: 0 };
  const missing = Object.fromEntries(FIELDS.map((field) => [field, 0])) as Record<(typeof FIELDS)[number], number>;
  const clutter = new Map<string, number>();
  const reasons = new Map<string, number>();
  const findings: string[] = [];
  // Printed as found too: a long run shows its findings before its table.
  const found = (line: string): void => {
    findings.push(line);
    console.error(`${repo}${line}`);
  };
  const articles: SampledArticle[] = [];
  const slowJobs: Job[] = [];
  let slowest = { ms: 0, path: '' };
  const files = filesOf(gitDir, prefix);
  for (const [index, { path, bytes }] of files.entries()) {
    if (index % PROGRESS_EVERY === 0) console.error(`${repo}: ${index}/${files.length}`);
    const job = { repo, path, bytes: new Uint8Array(bytes) };
    const outcome = await extractor.run(job);
    if (outcome === 'hang' || outcome.ms > SLOW_MS) slowJobs.push(job);
    if (outcome === 'hang') {
      counts.hangs++;
      found(`  hang: ${path} (over ${HANG_MS / 1000} s)`);
      continue;
    }
    if (outcome.ms > slowest.ms) slowest = { ms: outcome.ms, path };
    if (outcome.ms > SLOW_MS) found(`  slow: ${path} (${Math.round(outcome.ms)} ms)`);
    if (outcome.error) {
      counts.throws++;
      found(`  throw: ${path}: ${outcome.error.split('\n').slice(0, 3).join(' | ')}`);
      continue;
    }
    const result = outcome.result!;
    const blobTitle = result.kind === 'article' ? result.title : null;
    if (outcome.blobKind === NOT_RENDERED) {
      found(`  blob page not rendered by the harness in ${HARNESS_MS / 1000} s: ${path} (raw form only)`);
    } else if (outcome.blobKind !== result.kind || outcome.blobTitle !== blobTitle) counts.formsDisagree++;
    if (result.kind === 'article') {
      counts.article++;
      articles.push({ path, source: outcome.source, article: result });
      for (const field of FIELDS) if (!result[field]) missing[field]++;
      for (const [name, pattern] of CLUTTER) if (pattern.test(result.text)) clutter.set(name, (clutter.get(name) ?? 0) + 1);
    } else if (result.kind === 'index') counts.index++;
    else {
      counts.other++;
      reasons.set(result.reason, (reasons.get(result.reason) ?? 0) + 1);
    }
  }
  if (sample > 0) writeSample(repo, articles, sample);
  if (browser) for (const job of slowJobs) found(await browser.measure(job));
  const share = (n: number): string => `${n} (${counts.article ? Math.round((100 * n) / counts.article) : 0} %)`;
  return [
    `| ${repo}${prefix ? ` (${prefix}…)` : ''} | ${files.length} | ${counts.article} | ${counts.index} | ${counts.other} | ${counts.throws} | ${counts.hangs} | ${Math.round(slowest.ms)} ms | ${counts.formsDisagree} | ${FIELDS.map((field) => share(missing[field])).join(' | ')} | ${[...clutter].map(([name, n]) => `${name} ${n}`).join(', ') || '—'} |`,
    `  slowest: ${slowest.path}`,
    `  other: ${[...reasons].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${reason} ${n}`).join(', ') || '—'}`,
    ...findings,
  ];
}

const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim();
/** Source text without tags, for finding where a paragraph sits in it (bounded: a stray `<` ends nothing). */
const sourceText = (source: string): string => squeeze(source.replace(/<[^<>]{0,2000}>/g, ' ').replace(/&nbsp;/g, ' '));
/** How many characters of a paragraph's start locate it in the source. */
const ANCHOR_CHARS = 12;

/** What the source holds just before `paragraph` (`side` 'before') or after it: the text a reader would
 * miss if it belongs to the article, or the clutter rightly left out. */
function around(text: string, paragraph: string, side: 'before' | 'after'): string {
  const anchor = paragraph.slice(0, ANCHOR_CHARS);
  const at = side === 'before' ? text.indexOf(anchor) : text.lastIndexOf(anchor);
  if (at < 0) return '(not found in the source)';
  if (side === 'before') return text.slice(Math.max(0, at - SAMPLE_CHARS), at);
  const end = text.indexOf(paragraph.slice(-ANCHOR_CHARS), at);
  const after = end < 0 ? at + paragraph.length : end + ANCHOR_CHARS;
  return text.slice(after, after + SAMPLE_CHARS);
}

/** N articles spread evenly over the repository, each with what it takes to judge it against its source. */
function writeSample(repo: string, articles: SampledArticle[], count: number): void {
  const out = resolve('test-results/check-repos');
  mkdirSync(out, { recursive: true });
  const step = Math.max(1, Math.floor(articles.length / count));
  const picked = articles.filter((_, index) => index % step === 0).slice(0, count);
  const paragraphs = (text: string): string[] => text.split(/\n{2,}/).map(squeeze).filter(Boolean);
  const lines = picked.flatMap(({ path, source, article }, index) => {
    const body = paragraphs(article.text);
    const shown = body.length > 4 ? [...body.slice(0, 2), '…', ...body.slice(-2)] : body;
    const text = sourceText(source);
    return [
      `## ${index + 1}. ${path}`,
      `title: ${article.title}`,
      `published: ${article.published} · outlet: ${article.outlet} · original: ${article.originalUrl}`,
      `author: ${article.author} · paragraphs: ${body.length} · images: ${article.images.length} · family: ${article.family}`,
      `source before the first paragraph: ${body[0] ? around(text, body[0], 'before') : ''}`,
      ...shown.map((paragraph) => `> ${paragraph.slice(0, SAMPLE_CHARS)}`),
      `source after the last paragraph: ${body.length ? around(text, body.at(-1)!, 'after') : ''}`,
      '',
    ];
  });
  writeFileSync(join(out, `${repo.replace('/', '+')}.md`), lines.join('\n'));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const sampleAt = args.indexOf('--sample');
  const sample = sampleAt >= 0 ? Number(args[sampleAt + 1]) : 0;
  const browser = args.includes('--browser') ? await BrowserMeasure.start() : null;
  const dirs = args.filter((arg, index) => !arg.startsWith('--') && (sampleAt < 0 || index !== sampleAt + 1));
  if (dirs.length === 0) {
    console.error('usage: npm run check:repos [-- --sample N] [--browser] GIT_DIR[:PREFIX]…');
    process.exit(2);
  }
  console.log(`| repository | files | articles | indexes | other | throws | hangs | slowest | raw ≠ blob | no title | no date | no outlet | no original | clutter left |`);
  console.log(`| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |`);
  const extractor = new Extractor();
  try {
    for (const dir of dirs) for (const line of await checkRepo(dir, sample, extractor, browser)) console.log(line);
  } finally {
    await extractor.close();
    await browser?.close();
  }
}

if (isMainThread) await main();
else runWorker();
