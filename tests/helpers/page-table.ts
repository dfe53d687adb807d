// The page table: pages in every form they can take, against their expectation (expected.json, or the corpus
// gold file). One test per page × form; a failure names the page, the form and the field. Prints pass counts
// per family and form. Two test files run it, so that their pages run in parallel: tests/core/pages.test.ts
// (the folders of tests/pages) and tests/core/corpus.test.ts (the shared corpus and seeds).
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeBytes, extract, extractSource, type Article, type ExtractResult, type RelatedLink } from '../../src/core';
import { renderCodebergFilePage } from './codeberg-page';
import { codebergUrlOf, isArticleGold, pagesUrlOf, rawUrlOf, type CorpusPage } from './corpus';
import { renderGithubBlobPage } from './github-page';
import { FILE_FORMS, type ArticleExpectation, type Form, type FormExpectation, type IndexExpectation, type OtherExpectation } from './pages';
import { renderPagesPost } from './pages-post';

export interface TestPage {
  name: string;
  /** The family the tally counts the page under. */
  family: string;
  url: string;
  bytes: Uint8Array;
  forms: Form[];
  sourceContains?: string[];
  /**
   * The corpus gold follows its annotators' conventions: titles compared without whitespace and a trailing (图),
   * the first paragraph's start found within its first 40 characters (after a dateline), clutter looked for in the
   * markup without whitespace. Folders are exact.
   */
  goldConventions: boolean;
  expectationIn(form: Form): FormExpectation;
}

/** The corpus names the table layout after its two outlets; the result reports one family. */
const FAMILY_OF_CORPUS_FAMILY: Record<string, string> = { djy: 'djy-table', ntdtv: 'djy-table' };

export function corpusTestPage(page: CorpusPage): TestPage {
  const family = FAMILY_OF_CORPUS_FAMILY[page.family] ?? page.family;
  const { gold } = page;
  const expectation = isArticleGold(gold) ? gold : gold.kind === 'index' ? ({ kind: 'index' } as const) : ({ kind: 'other' } as const);
  return { name: page.name, family, url: page.url, bytes: page.bytes, forms: FILE_FORMS, goldConventions: true, expectationIn: () => ({ family, ...expectation }) };
}

const squash = (text: string) => text.replace(/\s+/g, '');
const titleKey = (title: string) => squash(title).replace(/[（(](?:组|組)?[图圖][）)]$/u, '');
const utf8Lenient = new TextDecoder('utf-8');

/**
 * `read` on the document of a window made for it, then the window closed: an open jsdom window keeps its documents
 * alive, and a test file of some two thousand pages × forms ran out of heap without the close.
 */
function inWindow<T>(dom: JSDOM, read: (doc: Document) => T): T {
  try {
    return read(dom.window.document);
  } finally {
    dom.window.close();
  }
}

function extractServed(html: string, url: string): ExtractResult {
  return inWindow(new JSDOM(html, { url, contentType: 'text/html' }), (doc) => extract(doc, url));
}

/** What the browser shows for a text/plain response: the bytes read as UTF-8 in one <pre>. */
function extractRawPage(bytes: Uint8Array, url: string): ExtractResult {
  return inWindow(new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>', { url }), (doc) => {
    const pre = doc.createElement('pre');
    pre.textContent = utf8Lenient.decode(bytes);
    doc.body.append(pre);
    return extract(doc, url);
  });
}

function extractIn(page: TestPage, form: Form): ExtractResult {
  const source = decodeBytes(page.bytes);
  switch (form) {
    case 'source':
      return inWindow(new JSDOM(''), (doc) => extractSource(source, rawUrlOf(page.url), doc));
    case 'raw-page':
      return extractRawPage(page.bytes, rawUrlOf(page.url));
    case 'blob':
      return extractServed(renderGithubBlobPage(source, page.url), page.url);
    case 'pages':
      return extractServed(renderPagesPost(source, pagesUrlOf(page.url)), pagesUrlOf(page.url));
    case 'codeberg':
      return extractServed(renderCodebergFilePage(source, codebergUrlOf(page.url)), codebergUrlOf(page.url));
    case 'gitlab-pages': {
      const url = pagesUrlOf(page.url, 'gitlab.io');
      return extractServed(renderPagesPost(source, url), url);
    }
    case 'served':
      return extractServed(source, page.url);
  }
}

const paragraphsOf = (text: string) => text.split(/\n\n+/).filter(Boolean);
const startOf = (paragraph: string | undefined, start: string) => paragraph?.slice(0, squash(start).length);

function checkLinks(actual: RelatedLink[], expected: number | string[] | RelatedLink[], field: string): void {
  if (typeof expected === 'number') expect(actual.length, field).toBe(expected);
  else if (expected.every((link) => typeof link === 'string')) expect(actual.map((link) => link.title), field).toEqual(expected);
  else expect(actual, field).toEqual(expected);
}

function checkImages(article: Article, expected: NonNullable<ArticleExpectation['images']>): void {
  if (typeof expected === 'number') {
    expect(article.images.length, 'images').toBe(expected);
    return;
  }
  expect(article.images.length, 'images').toBe(expected.length);
  expected.forEach((image, i) => {
    const actual = article.images[i];
    if (image.file !== undefined) expect(actual?.canonicalUrl.split('/').pop(), `image ${i + 1} file`).toBe(image.file);
    if (image.url !== undefined) expect(actual?.canonicalUrl, `image ${i + 1} url`).toBe(image.url);
    if (image.alt !== undefined) expect(actual?.alt, `image ${i + 1} alt`).toBe(image.alt);
    if (image.caption !== undefined) expect(actual?.caption, `image ${i + 1} caption`).toBe(image.caption);
  });
}

/** An article's expectation; a folder may leave fields unchecked, the corpus gold states them all. */
function checkArticle(result: ExtractResult, expected: Partial<ArticleExpectation> & { family: string }, goldConventions: boolean): void {
  expect(result.kind, `kind (${'reason' in result ? result.reason : ''})`).toBe('article');
  if (result.kind !== 'article') return;
  expect(result.family, 'family').toBe(expected.family);
  if (expected.title !== undefined) {
    if (goldConventions) expect(titleKey(result.title), 'title').toBe(titleKey(expected.title));
    else expect(result.title, 'title').toBe(expected.title);
  }
  if (expected.published !== undefined) expect(result.published, 'published').toBe(expected.published);
  if (expected.outlet !== undefined) expect(result.outlet, 'outlet').toBe(expected.outlet);
  if (expected.originalUrl !== undefined) expect(result.originalUrl, 'originalUrl').toBe(expected.originalUrl);
  if (expected.author !== undefined) expect(result.author, 'author').toBe(expected.author);
  if (expected.editor !== undefined) expect(result.editor, 'editor').toBe(expected.editor);
  const captions = new Set(result.images.map((image) => squash(image.caption)));
  const bodyParagraphs = paragraphsOf(result.text).map(squash).filter((p) => !captions.has(p));
  const { firstParagraphStart, lastParagraphStart } = expected;
  if (firstParagraphStart !== undefined) {
    if (goldConventions) expect(bodyParagraphs[0]?.slice(0, 40), 'first paragraph').toContain(squash(firstParagraphStart));
    else expect(startOf(bodyParagraphs[0], firstParagraphStart), 'first paragraph').toBe(squash(firstParagraphStart));
  }
  if (lastParagraphStart !== undefined && expected.endsAtLastParagraph) {
    expect(startOf(bodyParagraphs.at(-1), lastParagraphStart), 'last paragraph').toBe(squash(lastParagraphStart));
  } else if (lastParagraphStart !== undefined) {
    // Credit lines (责任编辑…) may follow the last paragraph proper.
    expect(bodyParagraphs.slice(-4).join('\n'), 'last paragraph').toContain(squash(lastParagraphStart));
  }
  if (expected.paragraphList) expect(paragraphsOf(result.text), 'paragraphs').toEqual(expected.paragraphList);
  for (const phrase of expected.mustContain ?? []) expect(result.text, `text: ${phrase}`).toContain(phrase);
  // Clutter is looked for in the text without whitespace, and in the markup as written (where removing whitespace
  // would join "<a href" into "ahref"); the corpus gold looks in the markup without whitespace too.
  const text = squash(result.text);
  const html = goldConventions ? squash(result.contentHtml) : result.contentHtml;
  for (const clutter of expected.mustNotContain ?? []) {
    expect(text, `clutter in text: ${clutter}`).not.toContain(squash(clutter));
    expect(html, `clutter in html: ${clutter}`).not.toContain(goldConventions ? squash(clutter) : clutter);
  }
  if (expected.images !== undefined) checkImages(result, expected.images);
  if (expected.related !== undefined) checkLinks(result.related, expected.related, 'related');
  if (expected.quotes) {
    const quotes = inWindow(new JSDOM(result.contentHtml), (doc) => Array.from(doc.querySelectorAll('blockquote'), (quote) => quote.textContent ?? ''));
    for (const phrase of expected.quotes) expect(quotes.some((quote) => quote.includes(phrase)), `in a quote: ${phrase}`).toBe(true);
  }
  if (expected.contentLinks) {
    const links = inWindow(new JSDOM(result.contentHtml), (doc) => Array.from(doc.body.querySelectorAll('a'), (a) => ({ title: a.textContent ?? '', url: a.getAttribute('href') ?? '' })));
    expect(links, 'links of the body').toEqual(expected.contentLinks);
  }
}

function checkIndex(result: ExtractResult, expected: IndexExpectation & { family: string }): void {
  expect(result.kind, `kind (${'reason' in result ? result.reason : ''})`).toBe('index');
  if (result.kind !== 'index') return;
  expect(result.family, 'family').toBe(expected.family);
  if (expected.title !== undefined) expect(result.title, 'title').toBe(expected.title);
  if (expected.links !== undefined) checkLinks(result.links, expected.links, 'links');
  for (const title of expected.mustNotList ?? []) expect(result.links.map((link) => link.title), 'links').not.toContain(title);
}

function checkOther(result: ExtractResult, expected: OtherExpectation): void {
  expect(result.kind, 'kind').toBe('not-article');
  if (expected.reason !== undefined) expect('reason' in result && result.reason, 'reason').toBe(expected.reason);
}

/** GBK files read as UTF-8 by the browser are unreadable in the page: the extension refetches the bytes. */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function check(page: TestPage, form: Form): void {
  for (const phrase of page.sourceContains ?? []) expect(decodeBytes(page.bytes), `source: ${phrase}`).toContain(phrase);
  const result = extractIn(page, form);
  const expected = page.expectationIn(form);
  if (form === 'raw-page' && !isUtf8(page.bytes)) {
    expect(result.kind).toBe('not-article');
    expect('reason' in result && result.reason).toMatch(/undecodable/);
  } else if (expected.kind === 'index') {
    checkIndex(result, expected);
  } else if (expected.kind === 'other') {
    checkOther(result, expected);
  } else {
    checkArticle(result, expected, page.goldConventions);
  }
}

/** One test per page × form, and the pass counts per family and form printed after them. */
export function describePageTable(pages: readonly TestPage[]): void {
  const tally = new Map<string, { passed: number; total: number }>();
  const record = (family: string, form: Form, passed: boolean): void => {
    for (const key of [family, `${family}/${form}`]) {
      const entry = tally.get(key) ?? { passed: 0, total: 0 };
      entry.total++;
      if (passed) entry.passed++;
      tally.set(key, entry);
    }
  };
  describe.each(pages)('$name', (page) => {
    it.each(page.forms)('as %s', (form) => {
      let passed = false;
      try {
        check(page, form);
        passed = true;
      } finally {
        record(page.family, form, passed);
      }
    });
  });
  afterAll(() => {
    const lines = [...tally.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, { passed, total }]) => `${key.padEnd(24)} ${passed}/${total}`);
    console.log(`pass counts (page × form):\n${lines.join('\n')}`);
  });
}
