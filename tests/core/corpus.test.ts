// The corpus table: every real page, in every form it can take, against its gold file.
// One test per page × form; a failure names the page, the form and the field.
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeBytes, extract, extractSource, type ExtractResult } from '../../src/core';
import { renderCodebergFilePage } from '../helpers/codeberg-page';
import { renderGithubBlobPage } from '../helpers/github-page';
import { renderPagesPost } from '../helpers/pages-post';
import { codebergUrlOf, isArticleGold, loadCorpus, loadSeeds, pagesUrlOf, rawUrlOf, type ArticleGold, type CorpusPage } from '../helpers/corpus';

type Form = 'source' | 'raw-page' | 'blob' | 'pages' | 'codeberg' | 'gitlab-pages';
const FORMS: Form[] = ['source', 'raw-page', 'blob', 'pages', 'codeberg', 'gitlab-pages'];

const squash = (text: string) => text.replace(/\s+/g, '');
// Gold convention: a trailing "(图)" may be dropped from titles.
const titleKey = (title: string) => squash(title).replace(/[（(](?:组|組)?[图圖][）)]$/u, '');
const utf8Lenient = new TextDecoder('utf-8');

function servedDocument(html: string, url: string, contentType = 'text/html'): Document {
  return new JSDOM(html, { url, contentType }).window.document;
}

/** What the browser shows for a text/plain response: the bytes read as UTF-8 in one <pre>. */
function rawPageDocument(bytes: Uint8Array, url: string): Document {
  const doc = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>', { url }).window.document;
  const pre = doc.createElement('pre');
  pre.textContent = utf8Lenient.decode(bytes);
  doc.body.append(pre);
  return doc;
}

function run(page: CorpusPage, form: Form): ExtractResult {
  const source = decodeBytes(page.bytes);
  switch (form) {
    case 'source':
      return extractSource(source, rawUrlOf(page.url), new JSDOM('').window.document);
    case 'raw-page':
      return extract(rawPageDocument(page.bytes, rawUrlOf(page.url)), rawUrlOf(page.url));
    case 'blob':
      return extract(servedDocument(renderGithubBlobPage(source, page.url), page.url), page.url);
    case 'pages':
      return extract(servedDocument(renderPagesPost(source, pagesUrlOf(page.url)), pagesUrlOf(page.url)), pagesUrlOf(page.url));
    case 'codeberg':
      return extract(servedDocument(renderCodebergFilePage(source, codebergUrlOf(page.url)), codebergUrlOf(page.url)), codebergUrlOf(page.url));
    case 'gitlab-pages': {
      const url = pagesUrlOf(page.url, 'gitlab.io');
      return extract(servedDocument(renderPagesPost(source, url), url), url);
    }
  }
}

function paragraphsOf(text: string): string[] {
  return text.split(/\n\n+/).map(squash).filter(Boolean);
}

function checkArticle(result: ExtractResult, gold: ArticleGold): void {
  expect(result.kind, `kind (${'reason' in result ? result.reason : ''})`).toBe('article');
  if (result.kind !== 'article') return;
  expect(titleKey(result.title), 'title').toBe(titleKey(gold.title));
  expect(result.published, 'published').toBe(gold.published);
  expect(result.outlet, 'outlet').toBe(gold.outlet);
  expect(result.originalUrl, 'originalUrl').toBe(gold.originalUrl);
  const paragraphs = paragraphsOf(result.text);
  const captions = new Set(result.images.map((image) => squash(image.caption)));
  const bodyParagraphs = paragraphs.filter((p) => !captions.has(p));
  expect(bodyParagraphs[0]?.slice(0, 40), 'first paragraph').toContain(squash(gold.firstParagraphStart));
  // Credit lines (责任编辑…) may follow the last paragraph proper.
  const tail = bodyParagraphs.slice(-4).join('\n');
  expect(tail, 'last paragraph').toContain(squash(gold.lastParagraphStart));
  const html = squash(result.contentHtml);
  for (const clutter of gold.mustNotContain) {
    expect(squash(result.text), `clutter in text: ${clutter}`).not.toContain(squash(clutter));
    expect(html, `clutter in html: ${clutter}`).not.toContain(squash(clutter));
  }
  if (gold.images !== undefined) expect(result.images.length, 'images').toBe(gold.images);
}

/** GBK files read as UTF-8 by the browser are unreadable in the page: the extension refetches the bytes. */
function isGbk(page: CorpusPage): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(page.bytes);
    return false;
  } catch {
    return true;
  }
}

const tally = new Map<string, { passed: number; total: number }>();
function record(family: string, form: Form, passed: boolean): void {
  for (const key of [family, `${family}/${form}`]) {
    const entry = tally.get(key) ?? { passed: 0, total: 0 };
    entry.total++;
    if (passed) entry.passed++;
    tally.set(key, entry);
  }
}

const pages = [...loadSeeds(), ...loadCorpus()];

describe.each(pages)('$name', (page) => {
  it.each(FORMS)('as %s', (form) => {
    let passed = false;
    try {
      const result = run(page, form);
      if (form === 'raw-page' && isGbk(page)) {
        expect(result.kind).toBe('not-article');
        expect('reason' in result && result.reason).toMatch(/undecodable/);
      } else if (isArticleGold(page.gold)) {
        checkArticle(result, page.gold);
      } else {
        expect(result.kind, 'kind').toBe(page.gold.kind === 'index' ? 'index' : 'not-article');
      }
      passed = true;
    } finally {
      record(page.family, form, passed);
    }
  });
});

afterAll(() => {
  const lines = [...tally.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, { passed, total }]) => `${key.padEnd(24)} ${passed}/${total}`);
  console.log(`corpus pass counts (page × form):\n${lines.join('\n')}`);
});
