// Hostile and broken input: the core answers with a not-article result or an article, in bounded time,
// and never throws.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { decodeBytes, extract, extractSource } from '../../src/core';
import { MAX_ELEMENTS } from '../../src/core/extract';

const RAW_URL = 'https://raw.githubusercontent.com/someone/news/master/gb/20/1/2/n1.md';
const BLOB_URL = 'https://github.com/someone/news/blob/master/gb/20/1/2/n1.md';
const host = () => new JSDOM('').window.document;

/** A hang guard, not a speed mark: ten times what these take on a loaded machine (times belong in bench/). */
const HANG_GUARD_MS = 20_000;

/** The CPU time `run` takes, not wall time: a hang burns CPU, and other work on a shared machine is not counted. */
function timed<T>(run: () => T): { result: T; ms: number } {
  const start = process.cpuUsage();
  const result = run();
  const { user, system } = process.cpuUsage(start);
  return { result, ms: (user + system) / 1000 };
}

const PARAGRAPH = '【大纪元2020年01月02日讯】这是一段足够长的新闻正文，用来组成一篇文章的内容。'.repeat(3);

describe('bad input', () => {
  it('empty and whitespace-only files are not articles', () => {
    expect(extractSource('', RAW_URL, host())).toMatchObject({ kind: 'not-article', reason: 'empty file' });
    expect(extractSource(' \n\t\n', RAW_URL, host())).toMatchObject({ kind: 'not-article' });
  });

  it('binary junk is recognised as such', () => {
    const bytes = new Uint8Array(64 * 1024).map((_, i) => (i * 2654435761) % 256);
    const result = extractSource(decodeBytes(bytes), RAW_URL, host());
    expect(result.kind).toBe('not-article');
  });

  it('a 10 MB page is refused quickly, not parsed', () => {
    const huge = `### 标题\n\n${'<p>内容</p>'.repeat(1_300_000)}`;
    expect(huge.length).toBeGreaterThan(10_000_000);
    const { result, ms } = timed(() => extractSource(huge, RAW_URL, host()));
    expect(result).toMatchObject({ kind: 'not-article', reason: 'file too large' });
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });

  it('5,000-deep nesting is refused without overflowing the stack', () => {
    const deep = `${'<div>'.repeat(5000)}<p>${PARAGRAPH}</p>${'</div>'.repeat(5000)}`;
    const { result, ms } = timed(() => extractSource(deep, RAW_URL, host()));
    expect(result).toMatchObject({ kind: 'not-article', reason: 'markup nested too deep' });
    expect(ms).toBeLessThan(HANG_GUARD_MS);
    // Built node by node (parsing such markup in jsdom alone takes seconds); 1,000 levels already exceed the limit.
    const served = new JSDOM('<article class="markdown-body"></article>', { url: BLOB_URL }).window.document;
    let parent: Element = served.querySelector('article')!;
    for (let i = 0; i < 1000; i++) parent = parent.appendChild(served.createElement('div'));
    parent.textContent = PARAGRAPH;
    expect(extract(served, BLOB_URL)).toMatchObject({ kind: 'not-article', reason: 'markup nested too deep' });
  });

  it('100,000 paragraphs are refused as too large to be an article', () => {
    const many = Array.from({ length: 100_000 }, () => '<p>段落</p>').join('\n');
    const { result, ms } = timed(() => extractSource(many, RAW_URL, host()));
    expect(result).toMatchObject({ kind: 'not-article', reason: 'page too large' });
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });

  it('a served page past the element limit is refused before any family reads it', () => {
    const served = new JSDOM(`<article class="markdown-body"><h3>标题</h3><p>${PARAGRAPH}${'<br>'.repeat(MAX_ELEMENTS)}</p></article>`, { url: BLOB_URL }).window.document;
    const { result, ms } = timed(() => extract(served, BLOB_URL));
    expect(result).toMatchObject({ kind: 'not-article', reason: 'page too large' });
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });

  it('a served page of 50,000 line breaks, under the element limit, is read in bounded time', () => {
    // Rules that walked a block's `children` cost the square of their number in jsdom, whose collections
    // rescan themselves on every length read: 45 s of CPU here before, 2 s after.
    const served = new JSDOM(`<article class="markdown-body"><h3>标题</h3><p>${PARAGRAPH}</p>${'<br>'.repeat(50_000)}</article>`, { url: BLOB_URL }).window.document;
    const { result, ms } = timed(() => extract(served, BLOB_URL));
    expect(result.kind).toBe('not-article');
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });

  it('a Q&A compilation whose blank lines hold spaces is counted block by block and refused past the limit', () => {
    // The real page's answers (a Pincong-data Hugo post) separate with '\n    \n': repeated to the whole page's
    // 25,000 blocks, of which a search for two line feeds saw fewer than half; the 1.6 MB page never finished.
    const page = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../pages/generic/qa-compilation-images/source.md'), 'utf8');
    const frontMatterEnd = page.indexOf('\n---', 3) + '\n---'.length;
    const compilation = page.slice(0, frontMatterEnd) + page.slice(frontMatterEnd).repeat(150);
    const { result, ms } = timed(() => extractSource(compilation, RAW_URL, host()));
    expect(result).toMatchObject({ kind: 'not-article', reason: 'page too large' });
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });

  it('an MkDocs archive\'s directory page of 1,300 links with folded abstracts is an index, told in bounded time', () => {
    // The real page (news-website's 未分类/README.md, 1.2 MB, 1,315 entries) was read as an article of its abstracts,
    // and sanitising that body took over 10 s in jsdom.
    const page = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../pages/generic/mkdocs-archive-directory-page/source.md'), 'utf8');
    const firstEntry = page.indexOf('\n[');
    const entries = page.slice(firstEntry);
    const directory = page.slice(0, firstEntry) + Array.from({ length: 220 }, (_, copy) => entries.replaceAll('.md)', `_${copy}.md)`)).join('');
    const { result, ms } = timed(() => extractSource(directory, RAW_URL, host()));
    expect(result.kind).toBe('index');
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });

  it('a 10,000-row table is refused as too large to be an article', () => {
    const table = `<table>${'<tr><td>甲</td><td>乙</td></tr>'.repeat(10_000)}</table>`;
    expect(extractSource(table, RAW_URL, host())).toMatchObject({ kind: 'not-article', reason: 'page too large' });
  });

  it('the same table in Markdown is refused too, before it is parsed (one block: it took 47 s to extract)', () => {
    const table = `| 甲 | 乙 |\n| --- | --- |\n${'| 甲 | 乙 |\n'.repeat(10_000)}`;
    const { result, ms } = timed(() => extractSource(table, RAW_URL, host()));
    expect(result).toMatchObject({ kind: 'not-article', reason: 'page too large' });
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });

  it('the same table met as text on a page (a raw page, a code view) is refused by the same guards', () => {
    const table = `| 甲 | 乙 |\n| --- | --- |\n${'| 甲 | 乙 |\n'.repeat(10_000)}`;
    const rawPage = new JSDOM('<pre></pre>', { url: RAW_URL }).window.document;
    rawPage.querySelector('pre')!.textContent = table;
    const { result, ms } = timed(() => extract(rawPage, RAW_URL));
    expect(result).toMatchObject({ kind: 'not-article', reason: 'page too large' });
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });

  it('a Markdown file that is really code is not an article', () => {
    const code = "const fetch = require('node-fetch');\nasync function crawl(url) { const res = await fetch(url); return res.text(); }\n".repeat(150);
    expect(extractSource(code, RAW_URL, host())).toMatchObject({ kind: 'not-article', reason: 'source code' });
    expect(extractSource(`# 抓取脚本\n\n\`\`\`js\n${code}\`\`\`\n`, RAW_URL, host())).toMatchObject({ kind: 'not-article', reason: 'source code' });
  });

  it('broken UTF-8 decodes without throwing and without losing the valid text', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('新闻'), 0xff, 0xfe, ...new TextEncoder().encode('正文')]);
    const text = decodeBytes(bytes);
    expect(text).toContain('正文');
  });

  it('GBK bytes are decoded as GBK', () => {
    // "大纪元" in GBK.
    expect(decodeBytes(new Uint8Array([0xb4, 0xf3, 0xbc, 0xcd, 0xd4, 0xaa]))).toBe('大纪元');
  });

  it('a served page that is not a file view on github.com is not an article', () => {
    const doc = new JSDOM('<html><body><div class="issue">讨论</div></body></html>', { url: 'https://github.com/o/r/issues/1' }).window.document;
    expect(extract(doc, 'https://github.com/o/r/issues/1').kind).toBe('not-article');
  });

  it('extract leaves the served document untouched', () => {
    const html = `<html><body><article class="markdown-body"><h2>标题</h2><p>${PARAGRAPH}</p><img src="x.png" width="0"></article></body></html>`;
    const doc = new JSDOM(html, { url: BLOB_URL }).window.document;
    const before = doc.documentElement.outerHTML;
    extract(doc, BLOB_URL);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
