// What volunteers' archives write around an article, read where no family knows the page. Fixtures are
// real files of a feed archive (duty-machine's 中国数字时代 mirror: "[标题](原文)" over a rule, "日期：" in
// RFC 822, the WordPress feed's footer), in every form a reader meets them.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseLooseDate } from '../../src/core/meta/date';
import { readMirrorSignals, withoutWikiMarkers } from '../../src/core/meta/mirror-signals';
import { articleOf, extractAs, fixture, FORMS, paragraphsOf } from '../fixtures/forms';

const ARCHIVE = 'https://github.com/some-archive/chinadigitaltimes/blob/master/articles';

describe('a feed archive\'s article (headline linking to the original, 日期 line, feed footer)', () => {
  const source = fixture('generic/cdt-archive-post.md');
  it.each(FORMS)('as %s: every field, and neither the date line nor the footer in the text', (form) => {
    const article = articleOf(extractAs(form, source, `${ARCHIVE}/400398_post.md`));
    expect(article.title).toBe('呦呦鹿鸣 | 冠状病毒可不分京籍非京籍哦');
    expect(article.published).toBe('2020-06-23');
    expect(article.outlet).toBe('中国数字时代');
    expect(article.originalUrl).toMatch(/^https:\/\/chinadigitaltimes\.net\/chinese\/2020\/06\//);
    const paragraphs = paragraphsOf(article.text);
    expect(paragraphs[0]).toMatch(/^今天，北京通报新增9例新冠肺炎确诊病例/);
    expect(paragraphs.at(-1)).toBe('没醒的诸君，醒醒，这是2020。');
    for (const clutter of ['日期：', 'Feed enhanced', 'Permalink', 'Post tags', 'del.icio.us']) expect(article.text).not.toContain(clutter);
  });

  it.each(FORMS)('as %s: a short post of a line and screenshots is still an article, framed by the archive', (form) => {
    const article = articleOf(extractAs(form, fixture('generic/cdt-archive-image-post.md'), `${ARCHIVE}/399990_post.md`));
    expect(article.title).toBe('【立此存照】新浪直播评论区真是让人大开眼界');
    expect(article.published).toBe('2020-06-28');
    expect(article.images.length).toBeGreaterThanOrEqual(3);
  });
});

describe('an archive of deleted WeChat articles (Jekyll posts: "原文来自…" credit, struck-through original)', () => {
  const ARCHIVE_POSTS = 'https://github.com/some-archive/some-archive.github.io/blob/master/_posts';

  it.each(FORMS)('as %s: the account as outlet, the deleted original, the author line, none of them in the text', (form) => {
    const article = articleOf(extractAs(form, fixture('generic/wechat-archive-post.md'), `${ARCHIVE_POSTS}/2018-05-13-badge.md`));
    expect(article.title).toBe('从“彩虹徽章”事件看性少数如何避免暴力冲突');
    expect(article.outlet).toBe('北京同志中心');
    expect(article.author).toBe('发声小组');
    expect(article.published).toBe('2018-05-13');
    expect(article.originalUrl).toBe('https://mp.weixin.qq.com/s/VmVTB6sWxhtrGKRQHVjxyg');
    const paragraphs = paragraphsOf(article.text);
    expect(paragraphs[0]).toBe('戴着彩虹徽章到798，就活该挨揍，不能还手？');
    expect(paragraphs.at(-1)).toMatch(/^最后我们想发起一个小小的接力/);
    expect(article.text).not.toMatch(/原文来自|作者：发声小组/);
  });

  it.each(FORMS)('as %s: a tool\'s link before the credit, the account\'s 丨 suffix cut from the title, the struck link as original', (form) => {
    const article = articleOf(extractAs(form, fixture('generic/wechat-archive-simpread-post.md'), `${ARCHIVE_POSTS}/2018-07-08-harassment.md`));
    expect(article.title).toBe('她曾以为自己能逃开教授的手');
    expect(article.outlet).toBe('人间theLivings');
    expect(article.originalUrl).toBe('https://mp.weixin.qq.com/s/G0JDXcRwq84tYV8k1fsA_w');
    expect(paragraphsOf(article.text).at(-1)).toBe('（应受访者要求：陈静、笑薇、小柯为化名）');
    expect(article.text).not.toMatch(/SimpRead|原文来自/);
  });
});

describe('the edges of archived WeChat posts (Terminus2049 posts, trimmed)', () => {
  const ARCHIVE_POSTS = 'https://github.com/some-archive/some-archive.github.io/blob/master/_posts';

  it.each(FORMS)('as %s: the "原创 作者" header is the author, not a heading of the text', (form) => {
    const article = articleOf(extractAs(form, fixture('generic/wechat-original-header-post.md'), `${ARCHIVE_POSTS}/2020-01-24-wuhan.md`));
    expect(article.author).toBe('武小卿');
    expect(paragraphsOf(article.text)[0]).toMatch(/^过年在公婆二老前尽孝/);
    expect(article.text).not.toContain('原创');
  });

  it.each(FORMS)('as %s: "△" caption lines become their photos\' captions', (form) => {
    const article = articleOf(extractAs(form, fixture('generic/wechat-caption-lines-post.md'), `${ARCHIVE_POSTS}/2018-12-24-dagongzidi.md`));
    expect(article.images.map((image) => image.caption)).toEqual(['北京大兴忠诚学校', '被取下的学校门牌']);
    expect(article.text).not.toContain('△');
  });

  it.each(FORMS)('as %s: a "（上图：…）" line is its photo\'s caption; the "文章已于…修改" note goes', (form) => {
    const article = articleOf(extractAs(form, fixture('generic/wechat-edit-note-post.md'), `${ARCHIVE_POSTS}/2019-02-02-qiuyu-tongbao.md`));
    expect(article.images.at(-1)?.caption).toBe('（上图：葛迎锋弟兄家的小秋雨过生日，要吹蜡烛了。帮爸爸把泡泡给他吹破，好吗？）');
    expect(article.text).not.toContain('文章已于');
    expect(paragraphsOf(article.text).filter((p) => !p.startsWith('（上图')).at(-1)).toMatch(/^戴志超弟兄的夫人陆灵芝在给他的信中说/);
  });
});

describe('a Markdown archive of a news site (navigation line, "转载自" credit after a US timestamp, wiki markers)', () => {
  it.each(FORMS)('as %s: the headline, not the navigation line, is the title; date, outlet and original from the credit', (form) => {
    const article = articleOf(extractAs(form, fixture('generic/gnews-archive-post.md'), 'https://github.com/some-archive/txt/blob/master/content/news/2444705.md'));
    expect(article.title).toBe('美国总统拜登与中国国家主席习近平进行通话');
    expect(article.published).toBe('2024-04-02');
    expect(article.outlet).toBe('GNews');
    expect(article.originalUrl).toBe('https://gnews.org/articles/2444705');
    expect(paragraphsOf(article.text)[1]).toMatch(/^美国总统拜登与中国国家主席习近平于美东时间4月2号星期二上午通话/);
    expect(article.text).not.toMatch(/\[\[|返回|轉載自/);
  });
});

describe('readMirrorSignals', () => {
  const body = (html: string): Element => new JSDOM(`<body>${html}</body>`).window.document.body;

  it('reads labelled lines at the top: date, source, author, original link; names their blocks', () => {
    const signals = readMirrorSignals(
      body('<h1>标题</h1><p>发布时间：2024年3月5日 10:20</p><p>来源：美国之音</p><p>作者：王某</p><p>原文链接：<a href="https://www.voachinese.com/a/x.html">点此</a></p><p>正文第一段，足够长的一句话。</p>'),
    );
    expect(signals).toMatchObject({ title: null, published: '2024-03-05', outlet: '美国之音', author: '王某', originalUrl: 'https://www.voachinese.com/a/x.html' });
    expect([...signals.blocks]).toEqual(['发布时间：2024年3月5日 10:20', '来源：美国之音', '作者：王某', '原文链接：点此']);
  });

  it('takes no headline from a link to a mirror, and no label from a long sentence', () => {
    const signals = readMirrorSignals(
      body(`<h2><a href="https://github.com/a/b/blob/main/x.md">另一篇镜像文章的标题</a></h2><p>来源：${'很长的一句话，'.repeat(30)}</p>`),
    );
    expect(signals.title).toBeNull();
    expect(signals.outlet).toBeNull();
    expect(signals.blocks.size).toBe(0);
  });
});

describe('wiki markers', () => {
  it('are reduced to their words, and nothing else changes', () => {
    expect(withoutWikiMarkers('[[zh:美国总统]][[zh:拜登]]与[[zh-hant:習近平]]通话 [[not a marker]] [x](y)')).toBe('美国总统拜登与習近平通话 [[not a marker]] [x](y)');
  });
});

describe('parseLooseDate', () => {
  it.each([
    ['Tue, 23 Jun 2020 21:03:47 +0000', '2020-06-23'],
    ['June 23, 2020', '2020-06-23'],
    ['4/2/2024 3:41 PM UTC', '2024-04-02'],
    ['2021-07-06T14:47:47.376Z', '2021-07-06'],
    ['二〇二〇年七月十日', '2020-07-10'],
    ['31 Feb 2020', null],
    ['no date here', null],
  ])('%s → %s', (text, expected) => expect(parseLooseDate(text)).toBe(expected));
});
