import { describe, expect, it } from 'vitest';
import { fixture } from '../../fixtures/forms';
import { articleOf, extractAs, FORMS, paragraphsOf, sharePage } from './gfw-breaker-pages';

const MINGHUI_URL = 'http://www.minghui.org/mh/articles/2020/7/10/剥夺养老金违法面面观及应对策略-408718.html';

/** 明慧's article HTML as the generator pastes it: the dateline as bare text, then `depth` unclosed <p>s. */
function minghuiContent(dateline: string, depth: number): string {
  const paragraphs = Array.from({ length: depth }, (_, i) => `${' '.repeat(i + 2)}<p>\n${' '.repeat(i + 3)}第${i + 1}段正文，讲述案例的经过。`);
  return [
    '<div class="ar_articleContent" id="ar_bArticleContent">',
    ` ${dateline}某物业公司听说本小区某住户家孩子高考落榜，遂决定对该住户断水断电一个月。`,
    ...paragraphs,
    ...Array.from({ length: depth }, (_, i) => `${' '.repeat(depth - i + 1)}</p>`),
    '</div>',
  ].join('\n');
}

describe('minghui', () => {
  it.each(FORMS)('as %s: the opening text before the <p> cascade is the first paragraph, dated in Chinese numerals', (form) => {
    const source = sharePage('剥夺养老金违法面面观及应对策略', minghuiContent('【明慧网二零二零年七月十日】', 30), MINGHUI_URL);
    const article = articleOf(extractAs(form, source, 'https://github.com/some-mirror/mh-news/blob/master/pages/73/408718.md'));
    expect(article.family).toBe('minghui');
    expect(article.published).toBe('2020-07-10');
    expect(article.outlet).toBe('明慧网');
    expect(article.originalUrl).toBe(MINGHUI_URL);
    const paragraphs = paragraphsOf(article.text);
    expect(paragraphs).toHaveLength(31);
    expect(paragraphs[0]).toBe('【明慧网二零二零年七月十日】某物业公司听说本小区某住户家孩子高考落榜，遂决定对该住户断水断电一个月。');
    expect(paragraphs[30]).toBe('第30段正文，讲述案例的经过。');
    expect(article.text).not.toMatch(/手机上长按|原文地址|翻墙/);
  });

  it('is recognised by its dateline when the footer names no minghui.org address', () => {
    const source = sharePage('标题', minghuiContent('【明慧网二〇一九年十二月三十一日】', 3), 'https://example.org/mirror/1.html');
    const article = articleOf(extractAs('source', source));
    expect(article.family).toBe('minghui');
    expect(article.published).toBe('2019-12-31');
  });

  it('leaves other outlets of the generator to the gfwbreaker family, even when they cite 明慧网', () => {
    const content = '<div><p>【大纪元2020年10月14日讯】据明慧网不完全统计，至少有185人遭遇厄运。</p></div>';
    const article = articleOf(extractAs('source', sharePage('大连近两百人遭厄运', content, 'https://www.epochtimes.com/gb/20/10/10/n12466941.htm')));
    expect(article.family).toBe('gfwbreaker');
    expect(article.outlet).toBe('大纪元');
  });
});

describe('minghui pictures', () => {
  // gfw-breaker/mh-news pages/140/336623.md (trimmed): each picture sits in a one-cell table with its caption line.
  const source = fixture('minghui/picture-tables.md');

  it.each(FORMS)('as %s: a one-cell picture table becomes a figure captioned by its line', (form) => {
    const article = articleOf(extractAs(form, source, 'https://github.com/gfw-breaker/mh-news/blob/master/pages/140/336623.md'));
    expect(article.images.map((image) => image.caption)).toEqual([
      '图1：二零一六年十月二十日，新北市议会以跨党派议员的支持，无异议通过“声援中国民众控告迫害法轮功元凶江泽民”的人权提案。',
      '图5：新北市议员陈启能呼吁中国当局检讨并法办迫害元凶江泽民。',
    ]);
    expect(article.contentHtml).not.toContain('<table');
  });
});
