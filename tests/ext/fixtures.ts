// Small articles for the unit tests of the extension shell.
import type { Article } from '../../src/core/article';

export function fakeArticle(overrides: Partial<Article> = {}): Article {
  return {
    kind: 'article',
    family: 'generic',
    form: 'blob',
    title: '测试文章',
    outlet: '大纪元',
    published: '2022-01-01',
    author: null,
    editor: null,
    originalUrl: 'https://www.epochtimes.com/gb/22/1/1/n1.htm',
    mirrorUrl: 'https://github.com/owner/repo/blob/master/a.md',
    lang: 'zh-Hans',
    leadImage: null,
    images: [],
    contentHtml: '<p>正文</p>',
    text: '正文',
    excerpt: '正文',
    length: 2,
    readingMinutes: 1,
    related: [],
    ...overrides,
  };
}
