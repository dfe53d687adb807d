// Pages shaped like the gfw-breaker generator's output (its write_page() in every version), for the
// family tests of gfwbreaker, minghui and gfwbreaker2018, and the forms a reader meets them in.
import { JSDOM } from 'jsdom';
import { extract, extractSource, type ExtractResult } from '../../../src/core';
import { rawUrlOf } from '../../helpers/corpus';
import { renderGithubBlobPage } from '../../helpers/github-page';
import { renderPagesPost } from '../../helpers/pages-post';

export const BLOB_URL = 'https://github.com/some-mirror/banned-news/blob/master/pages/p1/946060.md';
const PAGES_URL = 'https://some-mirror.github.io/banned-news/pages/p1/946060.html';

const MENU = '#### [首页](../../README.md) &nbsp;&nbsp;|&nbsp;&nbsp; [法轮功真相](https://github.com/x/basic/blob/master/README.md) &nbsp;&nbsp;|&nbsp;&nbsp; [手把手翻墙教程](https://github.com/x/guides/wiki)';
const TAIL = '#### [首页](../../README.md) &nbsp;|&nbsp; [一键翻墙软件](https://github.com/x/nogfw/blob/master/README.md) &nbsp;| [《九评共产党》](https://github.com/x/9ping.md/blob/master/README.md)';
export const PROMO = [
  '---',
  '#### 💥 [《伪火》 - 天安门自焚真相 ](http://203.0.113.5:10000/videos/blog/weihuo.html)&nbsp; |&nbsp; [“1400例”谎言揭秘](http://203.0.113.5:10000/videos/blog/jiexi1400.html)',
  '#### [ 🎬  翻墙必看视频（YouTube热门频道、网站代理 ...）](http://203.0.113.5:81/youtube.html)',
  '#### [ 🔥  秦鹏快评：中共官员到底在想什么呢？](http://203.0.113.5:10000/videos/news/qp03.html)',
].join('\n\n');

/** A 2019+ article page: title, menu, the site's HTML, share line + QR + 原文地址, menu, counter pixel. */
export function sharePage(title: string, content: string, originalUrl: string): string {
  return [
    `### ${title}`,
    '------------------------',
    '',
    MENU,
    '',
    '',
    content,
    '<hr/>',
    '手机上长按并复制下列链接或二维码分享本文章：<br/>',
    `${BLOB_URL} <br/>`,
    `<a href='${BLOB_URL}'><img src='${BLOB_URL}.png'/></a> <br/>`,
    `原文地址（需翻墙访问）：${originalUrl}`,
    '',
    '',
    '------------------------',
    TAIL,
    '',
    `<img src='http://counter.example/pages/p1/946060.md' width='0px' height='0px'/>`,
  ].join('\n');
}

/** The earliest share footer: a "+++" rule, Markdown links for the page and its QR code, no pixel. */
export function plusRulePage(title: string, content: string, originalUrl: string): string {
  return [
    `### ${title}`,
    '------------------------',
    '',
    content,
    '+++++++++++++++++++++++++++++++++++++++++++++++++++++++++++<br/><br/>',
    '手机上长按并复制下列链接或二维码分享本文章：<br/>',
    `[${BLOB_URL}](${BLOB_URL})<br/>`,
    `[<img src='${BLOB_URL}.png'/>](${BLOB_URL})<br/>`,
    `原文地址（需翻墙访问）：${originalUrl}`,
    '',
    '',
    '------------------------',
    TAIL,
  ].join('\n');
}

/** A 2018 article page: title, the site's HTML, 原文链接：URL, the 禁闻聚合首页 line. */
export function creditLinkPage(title: string, content: string, originalUrl: string): string {
  return [
    `### ${title}`,
    '------------------------',
    '',
    content,
    `<br/>原文链接：${originalUrl}`,
    '',
    '',
    '------------------------',
    '#### [禁闻聚合首页](https://github.com/x/banned-news/blob/master/README.md) &nbsp;|&nbsp;  [一键翻墙软件](https://github.com/x/nogfw/blob/master/README.md)',
  ].join('\n');
}

export type Form = 'source' | 'raw-page' | 'blob' | 'pages';
export const FORMS: Form[] = ['source', 'raw-page', 'blob', 'pages'];

/** Extract a source file as the reader meets it in one form. */
export function extractAs(form: Form, source: string, blobUrl = BLOB_URL): ExtractResult {
  const rawUrl = rawUrlOf(blobUrl);
  switch (form) {
    case 'source':
      return extractSource(source, rawUrl, new JSDOM('').window.document);
    case 'raw-page': {
      const doc = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>', { url: rawUrl }).window.document;
      const pre = doc.createElement('pre');
      pre.textContent = source;
      doc.body.append(pre);
      return extract(doc, rawUrl);
    }
    case 'blob':
      return extract(new JSDOM(renderGithubBlobPage(source, blobUrl), { url: blobUrl }).window.document, blobUrl);
    case 'pages':
      return extract(new JSDOM(renderPagesPost(source, PAGES_URL), { url: PAGES_URL }).window.document, PAGES_URL);
  }
}

/** The article of a result, failing the test when there is none. */
export function articleOf(result: ExtractResult) {
  if (result.kind !== 'article') throw new Error(`expected an article, got ${result.kind}${'reason' in result ? `: ${result.reason}` : ''}`);
  return result;
}

export function paragraphsOf(text: string): string[] {
  return text.split(/\n\n+/).filter(Boolean);
}
