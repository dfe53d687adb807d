import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/core';
import { loadCorpus } from '../../helpers/corpus';
import { articleOf, creditLinkPage, extractAs, FORMS, paragraphsOf, sharePage } from './gfw-breaker-pages';

// 美国之音 as the 2018 generator pastes it: the site's "published" block, then the text with its
// dateline span ahead of the first paragraph and figures with captions.
const VOA = `<div class="published">
 <span class="date" title="中国时间">
  <time datetime="2018-09-05T07:45:09+08:00">
   2018年9月5日 07:45
  </time>
 </span>
</div>
<br/>
<div class="wsw">
 <span class="dateline">
  华盛顿 —
 </span>
 <p>
  中国外交影响力在全球各地持续扩张。
 </p>
 <div class="wsw__embed">
  <figure class="media-image js-media-expand">
   <div class="img-wrap">
    <div class="thumb">
     <img alt="瑙鲁共和国地图" src="https://gdb.voanews.com/FE300F41_w250_r0_s.png"/>
    </div>
   </div>
   <figcaption>
    <span class="caption">
     瑙鲁共和国地图
    </span>
   </figcaption>
  </figure>
 </div>
 <p>
  声明说，美国与太平洋地区伙伴合作。
 </p>
</div>
`;

// 路透: empty <h3>s between paragraphs, a dateline without a year, credits and the trust badge at the end.
const REUTERS = `<div class="StandardArticleBody_body">
 <p>
  路透华盛顿8月31日 - 美国国家反情报与安全中心主任称，中国间谍机构正在用假的领英账户招募美国人。
 </p>
 <h3>
 </h3>
 <p>
  中国外交部否认了这一指控。(完)
 </p>
 <div class="Attribution_container">
  <div class="Attribution_attribution">
   <p class="Attribution_content">
    编译 白云; 审校 李爽
   </p>
  </div>
 </div>
 <div class="StandardArticleBody_trustBadgeContainer">
  <span class="StandardArticleBody_trustBadgeTitle">
   我们的标准：
  </span>
  <span class="trustBadgeUrl">
   <a href="https://www.thomsonreuters.cn/about-us-1.pdf">
    汤森路透“信任原则”
   </a>
  </span>
 </div>
</div>`;

const VOA_URL = 'https://www.voachinese.com/a/nauru-taiwan-20180904/4557810.html';
const REUTERS_URL = 'https://cn.reuters.com/article/exclusive-us-china-spy-accusation-0902-idCNKCS1LI0CX?feedType=RSS&feedName=CNTopGenNews';

describe('gfwbreaker2018', () => {
  it.each(FORMS)('美国之音 as %s: dated by the published block, dateline kept in its paragraph', (form) => {
    const article = articleOf(extractAs(form, creditLinkPage('参加太平洋岛国对话 中国代表团遭瑙鲁冷遇', VOA, VOA_URL)));
    expect(article.family).toBe('gfwbreaker2018');
    expect(article.title).toBe('参加太平洋岛国对话 中国代表团遭瑙鲁冷遇');
    expect(article.published).toBe('2018-09-05');
    expect(article.outlet).toBe('美国之音');
    expect(article.originalUrl).toBe(VOA_URL);
    expect(paragraphsOf(article.text)).toEqual(['华盛顿 — 中国外交影响力在全球各地持续扩张。', '瑙鲁共和国地图', '声明说，美国与太平洋地区伙伴合作。']);
    expect(article.images).toHaveLength(1);
    expect(article.images[0]?.caption).toBe('瑙鲁共和国地图');
    expect(article.contentHtml).not.toMatch(/07:45|原文链接|禁闻聚合|翻墙/);
  });

  it.each(FORMS)('路透 as %s: undated (no year in the dateline), credits and trust badge gone', (form) => {
    const article = articleOf(extractAs(form, creditLinkPage('独家：美国指责中国通过领英进行“极具攻击性”的间谍行动', REUTERS, REUTERS_URL)));
    expect(article.published).toBeNull();
    expect(article.outlet).toBe('路透');
    expect(article.originalUrl).toBe(REUTERS_URL);
    expect(article.editor).toBe('李爽');
    expect(article.author).toBeNull();
    expect(paragraphsOf(article.text)).toEqual(['路透华盛顿8月31日 - 美国国家反情报与安全中心主任称，中国间谍机构正在用假的领英账户招募美国人。', '中国外交部否认了这一指控。(完)']);
    expect(article.contentHtml).not.toMatch(/<h3|编译|我们的标准|信任原则/);
  });

  it('leaves a later page that merely quotes a 原文链接 to the later generator', () => {
    const content = '<div><p>【看中国2020年9月14日讯】正文。</p><p>原文链接：https://example.org/source</p></div>';
    const article = articleOf(extractAs('source', sharePage('标题', content, 'https://www.secretchina.com/news/gb/2020/09/14/1.html')));
    expect(article.family).toBe('gfwbreaker');
    expect(article.originalUrl).toBe('https://www.secretchina.com/news/gb/2020/09/14/1.html');
  });

  describe('the 美国之音 page that was UTF-8 read as Latin-1 and saved again', () => {
    const page = loadCorpus().find((p) => p.name.endsWith('z__yoerrvp_4556771.md'));
    if (!page) throw new Error('corpus page missing');

    it('really is mojibake in the file', () => {
      expect(decodeBytes(page.bytes)).toContain('ä¸­å');
    });

    it.each(FORMS)('is repaired as %s: text, caption, alt, date block and dateline', (form) => {
      const article = articleOf(extractAs(form, decodeBytes(page.bytes), page.url));
      expect(article.title).toBe('中非合作论坛领导人开圆桌会议 讨论债务、投资与贸易失衡');
      expect(article.published).toBe('2018-09-04');
      expect(paragraphsOf(article.text)[0]).toMatch(/^华盛顿 — 中国领导人习近平与来自非洲几十/);
      expect(article.images[0]?.alt).toBe('习近平2018年9月4日主持中非合作论坛圆桌会议');
      expect(article.text).not.toMatch(/[ä-ï][\u0080-\u00bf]/);
    });
  });
});
