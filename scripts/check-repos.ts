// npm run check:repos DIR… — robustness at scale (a tool, not part of CI). Each DIR is a git directory of a
// mirror repository (the search tool's fetch brings them as /…/owner+name/repo). Every Markdown and HTML
// file of its newest commit is extracted as a raw source and as a github.com blob page; per repository it
// prints how many are articles / indexes / other, throws, and the slowest, and how many articles lack each
// field or keep a known kind of clutter. `--sample N` writes N articles per repository to
// test-results/check-repos/ (title, fields, first and last paragraphs) to be read by eye.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { decodeBytes, extract, extractSource, type Article, type ExtractResult } from '../src/core';
import { renderGithubBlobPage } from '../tests/helpers/github-page';

const SOURCE_FILE = /\.(?:md|markdown|html?)$/i;
/** A page this slow would freeze a tab: listed by name. */
const SLOW_MS = 1000;
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

interface RepoFile {
  path: string;
  bytes: Buffer;
}

function git(gitDir: string, ...args: string[]): Buffer {
  return execFileSync('git', ['--git-dir', gitDir, '-c', 'core.quotepath=false', ...args], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
}

/** The snapshot's Markdown and HTML files; its largest files may be listed but absent (left out). */
function filesOf(gitDir: string): RepoFile[] {
  const paths = git(gitDir, 'ls-tree', '-r', '--name-only', 'HEAD').toString('utf8').split('\n').filter((path) => SOURCE_FILE.test(path));
  return paths.flatMap((path) => {
    try {
      return [{ path, bytes: git(gitDir, 'show', `HEAD:${path}`) }];
    } catch {
      return [];
    }
  });
}

/** owner/name from the fetch tool's folder (…/owner+name/repo) or a plain folder name. */
function repoName(gitDir: string): string {
  const folder = basename(gitDir) === 'repo' ? basename(dirname(gitDir)) : basename(gitDir);
  return folder.replace('+', '/');
}

function timed(run: () => ExtractResult): { result: ExtractResult | null; ms: number; error: string | null } {
  const started = performance.now();
  try {
    return { result: run(), ms: performance.now() - started, error: null };
  } catch (error) {
    return { result: null, ms: performance.now() - started, error: String(error) };
  }
}

async function checkRepo(gitDir: string, sample: number): Promise<string[]> {
  const repo = repoName(gitDir);
  const counts = { article: 0, index: 0, other: 0, throws: 0 };
  const missing = Object.fromEntries(FIELDS.map((field) => [field, 0])) as Record<(typeof FIELDS)[number], number>;
  const clutter = new Map<string, number>();
  const slow: string[] = [];
  const articles: Array<{ path: string; article: Article }> = [];
  let slowest = 0;
  const files = filesOf(gitDir);
  for (const { path, bytes } of files) {
    const blobUrl = `https://github.com/${repo}/blob/HEAD/${encodeURI(path)}`;
    const source = decodeBytes(new Uint8Array(bytes));
    const rawUrl = `https://raw.githubusercontent.com/${repo}/HEAD/${encodeURI(path)}`;
    const blank = new JSDOM('');
    const served = new JSDOM(renderGithubBlobPage(source, blobUrl), { url: blobUrl });
    const runs = [timed(() => extractSource(source, rawUrl, blank.window.document)), timed(() => extract(served.window.document, blobUrl))];
    // jsdom keeps a window's documents alive until it is closed and the task that used it has ended.
    blank.window.close();
    served.window.close();
    await new Promise((resolve) => setImmediate(resolve));
    for (const run of runs) {
      slowest = Math.max(slowest, run.ms);
      if (run.ms > SLOW_MS) slow.push(`${path} (${Math.round(run.ms)} ms)`);
      if (run.error) counts.throws++;
    }
    const result = runs[0]!.result;
    if (!result) continue;
    if (result.kind === 'article') {
      counts.article++;
      articles.push({ path, article: result });
      for (const field of FIELDS) if (!result[field]) missing[field]++;
      for (const [name, pattern] of CLUTTER) if (pattern.test(result.text)) clutter.set(name, (clutter.get(name) ?? 0) + 1);
    } else if (result.kind === 'index') counts.index++;
    else counts.other++;
  }
  if (sample > 0) writeSample(repo, articles, sample);
  const share = (n: number): string => `${n} (${counts.article ? Math.round((100 * n) / counts.article) : 0} %)`;
  return [
    `| ${repo} | ${files.length} | ${counts.article} | ${counts.index} | ${counts.other} | ${counts.throws} | ${Math.round(slowest)} ms | ${FIELDS.map((field) => share(missing[field])).join(' | ')} | ${[...clutter].map(([name, n]) => `${name} ${n}`).join(', ') || '—'} |`,
    ...slow.map((line) => `  slow: ${line}`),
  ];
}

function writeSample(repo: string, articles: Array<{ path: string; article: Article }>, count: number): void {
  const out = resolve('test-results/check-repos');
  mkdirSync(out, { recursive: true });
  const step = Math.max(1, Math.floor(articles.length / count));
  const picked = articles.filter((_, index) => index % step === 0).slice(0, count);
  const paragraphs = (text: string): string[] => text.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
  const lines = picked.flatMap(({ path, article }) => {
    const body = paragraphs(article.text);
    return [
      `## ${path}`,
      `title: ${article.title}`,
      `outlet: ${article.outlet} · published: ${article.published} · author: ${article.author} · images: ${article.images.length}`,
      `original: ${article.originalUrl}`,
      `first: ${body[0]?.slice(0, 160)}`,
      `last: ${body.at(-1)?.slice(0, 160)}`,
      '',
    ];
  });
  writeFileSync(join(out, `${repo.replace('/', '+')}.md`), lines.join('\n'));
}

const args = process.argv.slice(2);
const sampleAt = args.indexOf('--sample');
const sample = sampleAt >= 0 ? Number(args[sampleAt + 1]) : 0;
const dirs = args.filter((arg, index) => !arg.startsWith('--') && index !== sampleAt + 1);
if (dirs.length === 0) {
  console.error('usage: npm run check:repos [-- --sample N] GIT_DIR…');
  process.exit(2);
}
console.log(`| repository | files | articles | indexes | other | throws | slowest | no title | no date | no outlet | no original | clutter left |`);
console.log(`| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |`);
for (const dir of dirs) for (const line of await checkRepo(dir, sample)) console.log(line);
