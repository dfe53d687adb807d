// The content script runs the extraction a step a task (core/extract-served.ts: servedPageSteps), so that
// no task holds the page's thread for the whole of it; run back to back, the steps are extract() itself.
// A raw source shown as text comes back unrendered: its reader is the bundle with markdown-it and YAML.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { decodeBytes, extract, type ExtractResult } from '../../src/core';
import { servedPageSteps, type ServedSource } from '../../src/core/extract-served';
import { loadCorpus, pagesUrlOf, rawUrlOf } from '../helpers/corpus';
import { renderGithubBlobPage } from '../helpers/github-page';
import { renderPagesPost } from '../helpers/pages-post';

/** The steps' result and how many times they handed the thread back. */
function stepThrough(doc: Document, url: string, readAnyway = false): { result: ExtractResult | ServedSource; yields: number } {
  const steps = servedPageSteps(doc, url, { readAnyway });
  let yields = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { result: step.value, yields };
    yields++;
  }
}

const corpus = loadCorpus();
const articles = corpus.filter((page) => !('kind' in page.gold));
const notArticle = corpus.find((page) => 'kind' in page.gold && page.gold.kind === 'other');

describe('servedPageSteps', () => {
  it.each(articles.slice(0, 6).map((page) => [page.name, page] as const))('%s: blob view and Pages post, read, families and finalisation in three steps', (_name, page) => {
    const source = decodeBytes(page.bytes);
    for (const [html, url] of [
      [renderGithubBlobPage(source, page.url), page.url],
      [renderPagesPost(source, pagesUrlOf(page.url)), pagesUrlOf(page.url)],
    ] as const) {
      const doc = new JSDOM(html, { url }).window.document;
      const { result, yields } = stepThrough(doc, url);
      expect(yields).toBe(2);
      expect(result).toEqual(extract(doc, url));
    }
  });

  it('a page the reader reads anyway hands the thread back before its finalisation too', () => {
    expect(notArticle).toBeDefined();
    const doc = new JSDOM(renderGithubBlobPage(decodeBytes(notArticle!.bytes), notArticle!.url), { url: notArticle!.url }).window.document;
    const { result, yields } = stepThrough(doc, notArticle!.url, true);
    expect(result).toMatchObject({ kind: 'article', family: 'generic' });
    expect(yields).toBe(2);
    expect(result).toEqual(extract(doc, notArticle!.url, { readAnyway: true }));
  });

  it('a raw source shown as text comes back unrendered, for the whole core to read', () => {
    const page = articles[0]!;
    const url = rawUrlOf(page.url);
    const text = decodeBytes(page.bytes);
    const doc = new JSDOM('', { url, contentType: 'text/html' }).window.document;
    const pre = doc.createElement('pre');
    pre.textContent = text;
    doc.body.append(pre);
    const { result, yields } = stepThrough(doc, url);
    expect(yields).toBe(0);
    expect(result).toMatchObject({ source: text });
    expect(extract(doc, url).kind).toBe('article');
  });
});
