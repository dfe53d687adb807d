import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../src/core/sanitize';
import { SHARED } from '../helpers/corpus';

const win = window as unknown as Window & typeof globalThis;
const clean = (html: string) => sanitizeArticleHtml(html, win);

describe('sanitizeArticleHtml', () => {
  it('keeps the reading structure', () => {
    const html = '<h2>标题</h2><figure><img src="https://a.example/p.jpg" alt="图"><figcaption>说明</figcaption></figure><blockquote><p>引文</p></blockquote><table><tr><td>1</td></tr></table>';
    expect(clean(html)).toContain('<figcaption>说明</figcaption>');
    expect(clean(html)).toContain('<img src="https://a.example/p.jpg" alt="图">');
    expect(clean(html)).toContain('<td>1</td>');
  });

  it('removes anything executable or styled', () => {
    const out = clean(
      '<p onclick="x()" style="color:red" class="ad" id="main">正文<script>alert(1)</script></p><img src=x onerror=alert(1)><iframe src="https://e.example"></iframe><svg><script>1</script></svg><form action="https://e.example"><input></form>',
    );
    // A relative src is no safe URL here: finalize makes every URL absolute before sanitising.
    expect(out).toBe('<p>正文</p><img>');
  });

  it('keeps only http(s) and mailto links, opened safely', () => {
    const out = clean('<a href="javascript:alert(1)">a</a><a href="data:text/html,x">b</a><a href="vbscript:x">c</a><a href="https://ok.example/">d</a>');
    expect(out).not.toMatch(/javascript:|data:|vbscript:/);
    expect(out).toContain('<a href="https://ok.example/" rel="noopener noreferrer nofollow" target="_blank">d</a>');
  });
});

describe('data tables keep their shape (colspan, rowspan, lang, dir, datetime are plain values, not addresses)', () => {
  const crafted =
    '<table><caption>2021年各省数据</caption><thead><tr><th rowspan="2">省份</th><th colspan="2">人数</th></tr><tr><th>男</th><th>女</th></tr></thead>' +
    '<tbody><tr><td lang="en" dir="ltr">Hebei</td><td>1</td><td>2</td></tr></tbody></table><p><time datetime="2021-07-05">七月五日</time> <span lang="zh-Hant" dir="rtl">繁體</span></p>';

  it('in the core sanitiser, the reader and the import check', async () => {
    const out = clean(crafted);
    expect(out).toContain('<th rowspan="2">省份</th><th colspan="2">人数</th>');
    expect(out).toContain('<td lang="en" dir="ltr">Hebei</td>');
    expect(out).toContain('<time datetime="2021-07-05">');
    expect(out).toContain('<span lang="zh-Hant" dir="rtl">');
    const { articleBody } = await import('../../src/ui/shared/article-body');
    const holder = document.createElement('div');
    holder.append(articleBody(out));
    expect(holder.innerHTML).toBe(out);
  });

  it('a real table of the corpus', () => {
    const source = new TextDecoder().decode(readFileSync(join(SHARED, 'corpus/dev/djy__Kantas82__djy__gb_22_1_1_n13473292.md')));
    const row = /<tr><td colspan="2" VALIGN=TOP>[\s\S]*?<\/tr>/.exec(source)![0];
    const out = clean(`<table>${row}<tr><td>左</td><td>右</td></tr></table>`);
    expect(out).toMatch(/^<table><tbody><tr><td colspan="2"><a href="https:\/\/github.com\//);
    expect(out).not.toMatch(/valign/i);
  });
});
