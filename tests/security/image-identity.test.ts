// An image's identity (canonicalUrl) comes from GitHub's data-canonical-src only where GitHub wrote it:
// a camo-proxied image of the blob view. A page author who writes the attribute themselves (raw Markdown
// with HTML, a Pages post) must not name another article's picture with it (issue #9, §2).
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extract, extractSource } from '../../src/core';

const PARAGRAPH = '【大纪元2020年01月02日讯】这是一段足够长的新闻正文，用来组成一篇文章的内容。'.repeat(3);
const VICTIM = 'https://i.epochtimes.com/assets/victim-photo.jpg';
const OWN = 'https://attacker.example/own.svg';
const RAW_URL = 'https://raw.githubusercontent.com/someone/news/master/gb/20/1/2/n1.md';
const BLOB_URL = 'https://github.com/someone/news/blob/master/gb/20/1/2/n1.md';
const PAGES_URL = 'https://someone.github.io/news/2020/01/02/n1.html';

const imagesOf = (result: ReturnType<typeof extract>) => (result.kind === 'article' ? result.images : []);

describe('image identity', () => {
  it('ignores a data-canonical-src the author wrote in a raw source', () => {
    const source = `### 标题一二三四五\n\n${PARAGRAPH}\n\n<img src="${OWN}" data-canonical-src="${VICTIM}">\n\n${PARAGRAPH}\n`;
    const images = imagesOf(extractSource(source, RAW_URL, new JSDOM('').window.document));
    expect(images.map((image) => image.canonicalUrl)).toEqual([OWN]);
  });

  it('ignores it on an HTML mirror page', () => {
    const html = `<html><head><title>标题</title></head><body><article><h1>标题一二三四五</h1><p>${PARAGRAPH}</p><p><img src="${OWN}" data-canonical-src="${VICTIM}"></p><p>${PARAGRAPH}</p></article></body></html>`;
    const images = imagesOf(extract(new JSDOM(html, { url: PAGES_URL }).window.document, PAGES_URL));
    expect(images.map((image) => image.canonicalUrl)).not.toContain(VICTIM);
  });

  it('takes it from a camo-proxied image of the blob view, where GitHub sets it', () => {
    const camo = 'https://camo.githubusercontent.com/abc/def';
    const html = `<html><body><article class="markdown-body"><h3>标题一二三四五</h3><p>${PARAGRAPH}</p><p><img src="${camo}" data-canonical-src="${VICTIM}"></p><p>${PARAGRAPH}</p></article></body></html>`;
    const images = imagesOf(extract(new JSDOM(html, { url: BLOB_URL }).window.document, BLOB_URL));
    expect(images).toEqual([expect.objectContaining({ canonicalUrl: VICTIM, loadedUrl: camo })]);
  });
});
