// Pages that reach the generic fallback but are no article: indexes and the rest a mirror repository
// holds. Fixtures in tests/fixtures/generic are written in the shapes such files have (a circumvention
// tool's README, a generator script, a mirror's list of articles), the about page is the corpus one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../src/core';
import { repositoryLinkUrl } from '../../src/core/classify';
import type { SourcePage } from '../../src/core/page';
import { extractAs, extractServed, fixture, FORMS } from '../fixtures/forms';
import { SHARED } from '../helpers/corpus';

const MIRROR = 'https://github.com/some-mirror/wall-news/blob/main';

function reasonOf(result: ExtractResult): string {
  expect(result.kind).toBe('not-article');
  return 'reason' in result ? result.reason : '';
}

describe('not articles', () => {
  it.each(FORMS)('a software README is one (as %s)', (form) => {
    expect(reasonOf(extractAs(form, fixture('generic/software-readme.md'), 'https://github.com/example-dev/v2ray-deploy/blob/master/README.md'))).toBe('software README');
  });

  it('software documentation is one under any name', () => {
    expect(reasonOf(extractAs('source', fixture('generic/software-readme.md'), 'https://github.com/example-dev/v2ray-deploy/blob/master/docs/guide.md'))).toBe('software documentation');
  });

  it('a code file is one, by its name or, under a Markdown name, by its text', () => {
    const code = fixture('generic/feed-fetcher.js.txt');
    expect(reasonOf(extractAs('source', code, `${MIRROR}/scripts/fetch.js`))).toBe('source code file');
    expect(reasonOf(extractAs('source', code, `${MIRROR}/notes/fetch.md`))).toBe('source code');
  });

  it.each(FORMS)('an about page is one (as %s)', (form) => {
    const about = readFileSync(join(SHARED, 'corpus/dev/feedx__NodeBE4__news-beyond-wall__about.md'), 'utf8');
    expect(reasonOf(extractAs(form, about, 'https://github.com/some-mirror/wall-news/blob/main/about.md'))).toBe('about page');
  });

  it.each(FORMS)('a list of tools and sites is a link list, no index (as %s)', (form) => {
    expect(reasonOf(extractAs(form, fixture('generic/link-list.md'), `${MIRROR}/resources.md`))).toBe('link list');
  });

  it('an issue thread is one', () => {
    const html = `<!DOCTYPE html><html><head><title>镜像更新停止了吗？ (#12) · Issues · some-mirror / wall-news · GitLab</title></head><body><main>
      <h1>镜像更新停止了吗？</h1><div class="note">${'最近一周没有看到新的文章，请问抓取脚本是不是被封了，能否换一个服务器继续运行，谢谢维护者的辛苦付出。'.repeat(4)}</div></main></body></html>`;
    expect(reasonOf(extractServed(html, 'https://gitlab.com/some-mirror/wall-news/-/issues/12'))).toBe('issue or pull-request thread');
  });
});

describe('indexes', () => {
  it.each(FORMS)('a list of article links is an index, its links absolute (as %s)', (form) => {
    const result = extractAs(form, fixture('generic/mirror-index.md'), `${MIRROR}/README.md`);
    expect(result.kind).toBe('index');
    if (result.kind !== 'index') return;
    expect(result.family).toBe('generic');
    // The title as cleanTitle has it: a spaced " · suffix" goes.
    expect(result.title).toBe('墙外新闻镜像');
    expect(result.links).toHaveLength(8);
    expect(result.links[0]?.title).toBe('台湾与BioNTech达成疫苗购买协议，打破数月僵局');
    // "更多文章" is navigation, not an article.
    expect(result.links.map((link) => link.title)).not.toContain('更多文章');
    if (form !== 'pages') expect(result.links[0]?.url).toBe(`${MIRROR}/posts/2021-07-13-taiwan-biontech.md`);
  });

  it('an article with many inline links is no index', () => {
    expect(extractAs('source', fixture('generic/tagged-commentary-epoch.md'), `${MIRROR}/posts/red-second-generation.md`).kind).toBe('article');
  });
});

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
