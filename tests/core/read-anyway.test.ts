// "Read this page anyway": a page that is no mirrored article (a repository's README portal, a channel
// list, an about page) is read by the generic reader when the reader asks, and only then.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { decodeBytes, extract } from '../../src/core';
import { loadCorpus } from '../helpers/corpus';
import { renderGithubBlobPage } from '../helpers/github-page';

const notArticles = loadCorpus().filter((page) => 'kind' in page.gold);

describe('readAnyway', () => {
  it('the corpus has pages that are no article', () => expect(notArticles.length).toBeGreaterThan(1));

  it.each(notArticles.map((page) => [page.name, page] as const))('%s: its verdict by default, an article with text when asked', (_name, page) => {
    const html = renderGithubBlobPage(decodeBytes(page.bytes), page.url);
    const doc = new JSDOM(html, { url: page.url }).window.document;
    const verdict = extract(doc, page.url);
    expect(verdict.kind).not.toBe('article');
    const read = extract(doc, page.url, { readAnyway: true });
    expect(read.kind).toBe('article');
    if (read.kind !== 'article') return;
    expect(read.title.length).toBeGreaterThan(0);
    expect(read.text.length).toBeGreaterThan(0);
    expect(read.family).toBe('generic');
  });
});
