// Helpers of the classification of pages no family claims; the pages themselves (a tool's README, a generator
// script, an about page, a link list, an issue thread, a mirror's index) are page folders in tests/pages/generic.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { creditedItemLinksOf, repositoryLinkUrl } from '../../src/core/classify';
import type { SourcePage } from '../../src/core/page';

describe('repositoryLinkUrl', () => {
  const blobPage = { form: 'blob', location: { host: 'github', form: 'blob', owner: 'o', repo: 'r', branch: 'main', path: 'lists/a.md', blobUrl: 'https://github.com/o/r/blob/main/lists/a.md' } } as SourcePage;
  const rawPage = { ...blobPage, form: 'raw' } as SourcePage;
  const pagesPage = { form: 'html', location: { host: 'github-pages', form: 'pages', owner: 'o', repo: '', branch: '', path: '/r/lists/a.html', blobUrl: 'https://o.github.io/r/lists/a.html' } } as SourcePage;

  it('resolves "/path" in a file from the repository root', () => {
    expect(repositoryLinkUrl('/lists/b.md', rawPage)).toBe('https://github.com/o/r/blob/main/lists/b.md');
    expect(repositoryLinkUrl('/lists/b.md', blobPage)).toBe('https://github.com/o/r/blob/main/lists/b.md');
  });

  it('keeps github.com’s own rewriting of such links, and relative links, as they are', () => {
    expect(repositoryLinkUrl('/o/r/blob/main/lists/b.md', blobPage)).toBe('https://github.com/o/r/blob/main/lists/b.md');
    expect(repositoryLinkUrl('b.md', rawPage)).toBe('https://github.com/o/r/blob/main/lists/b.md');
  });

  it('resolves an HTML page’s links as a browser does', () => {
    expect(repositoryLinkUrl('/lists/b.html', pagesPage)).toBe('https://o.github.io/lists/b.html');
  });
});

describe('creditedItemLinksOf', () => {
  const page = { form: 'raw', location: { host: 'github', form: 'raw', owner: 'o', repo: 'r', branch: 'main', path: 'd.md', blobUrl: 'https://github.com/o/r/blob/main/d.md' } } as SourcePage;
  const body = (html: string) => new JSDOM(`<body>${html}</body>`).window.document.body;

  it('gives a digest’s numbered items, each by its own credited original, titled without the number', () => {
    const digest = body(`<h1>社会新闻 - 2025年11月12日</h1>
      <h2>1. 第一条新闻的标题</h2><h3>正文</h3><p>第一条。</p><h3>HTML格式</h3><p><strong>原文链接：</strong> <a href="https://a.example/1">https://a.example/1</a></p>
      <h2>2. 第二条新闻的标题</h2><h3>正文</h3><p>第二条。</p><h3>HTML格式</h3><p><strong>原文链接：</strong> <a href="https://a.example/2">https://a.example/2</a></p>`);
    expect(creditedItemLinksOf(digest, page)).toEqual([
      { title: '第一条新闻的标题', url: 'https://a.example/1' },
      { title: '第二条新闻的标题', url: 'https://a.example/2' },
    ]);
  });

  it('leaves an article whose own sections each credit a source (news-website’s "## 正文", "## 参考文献")', () => {
    const article = body(`<h1>标题</h1><h2>正文</h2><p>原文链接：<a href="https://a.example/1">点击</a></p><p>正文。</p>
      <h2>参考文献</h2><p>【1】…</p><p>原文地址：<a href="https://www.zhihu.com/answer/1">点击</a></p>`);
    expect(creditedItemLinksOf(article, page)).toBeNull();
  });
});
