import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { extract, extractSource } from '../../../src/core';
import { articleOf, extractAs, FORMS, paragraphsOf, plusRulePage, PROMO, sharePage } from './gfw-breaker-pages';

// 看中国 as the generator pastes it: lead image, the promo block inside the article before the dateline,
// prettified inline tag links, ad slots, the site's trailer (来源, 本文短网址, 诚征荣誉会员 with its banner).
const KANZHONGGUO = `<div class="article_right">
 <p style="text-align:center">
  <img alt="普京与习近平" src="https://img5.secretchina.com/pic/2021/12-16/p1.jpg"/>
  <br>
   俄罗斯总统普京与中国领导人习近平举行视讯通话（图片来源：Getty Images）
  </br>
 </p>
 <div id="txt-mid1-t21-2017">


${PROMO}



<div>
  </div>
 </div>
 <p>
  【看中国2021年12月16日讯】（看中国记者卢苡芯综合报导）12月15日下午，俄罗斯总统普京与中国领导人
  <span href="https://www.secretchina.com/news/gb/tag/习近平" target="_blank">
   习近平
  </span>
  举行视讯通话。
 </p>
 <h4>
  <ok>
   这次中俄会谈的意图为何？
  </ok>
 </h4>
 <div>
  <center>
   <div id="div-gpt-ad-1589559869784-0">
   </div>
  </center>
 </div>
 <p>
  该分析表示，中俄这次通话强调了双方相互支持的方式。
  <p>
   来源:
   <span href="/news/gb/tag/看中国">
    看中国
   </span>
  </p>
  <p>
   本文短网址:
   <input name="lname" type="text" value="http://kzg.io/gb4AD0"/>
   版权所有，任何形式转载需看中国授权许可。
  </p>
  <p style="margin-bottom:12px;">
   <hr style="border-top: 1px dashed  ;" width="100%"/>
   <br/>
   【诚征荣誉会员】溪流能够汇成大海，小善可以成就大爱。
   <center>
    <span href="/kzgd/subscribe.html">
     <img alt="荣誉会员" src="/kzgd/ad/kzgmembership-20210704_728.gif" width="100%"/>
    </span>
   </center>
  </p>
 </p>
</div>
`;

// 自由亚洲电台 commentary: header image with its caption in a sibling block, paragraphs joined by <br><br>,
// the disclaimer and the credit line inside the last paragraph, no dateline.
const RFA = `<div id="headerimg">
 <img alt="华为创始人任正非（美联社）" src="https://www.rfa.org/mandarin/a.jpg" title="华为创始人任正非（美联社）"/>
 <div id="headerimgcontents">
  <div id="headerimgcaption">
   <span>
    华为创始人任正非（美联社）
   </span>
  </div>
 </div>
</div>

<hr/>


#### [翻墙必看视频（文昭、江峰、法轮功、八九六四、香港反送中...）](https://github.com/x/banned-news3/blob/master/pages/link3.md)

<div id="storytext">
 <p>
  在国际十分关注的中美贸易战中，华为经常被提及。
  <br/>
  <br/>
  被美国政府追究法律责任的公司中，以缴纳罚款换取和解的个案不少。
 </p>
 <p>
  <div class="image-inline captioned">
   <div>
    <img alt="2019年5月8日，孟晚舟离开住所前往法庭。（法新社）" src="https://www.rfa.org/mandarin/b.jpg"/>
   </div>
   <div class="image-caption">
    <span>
     2019年5月8日，孟晚舟离开住所前往法庭。（法新社）
    </span>
   </div>
  </div>
 </p>
 <p>
  所以任正非随口说的和解方案也必是黄粱一梦。
  <br/>
  <br/>
  <br/>
  自由亚洲电台记者  柳飞   编辑：何平  网编：瑞哲
  <br/>
  <br/>
  （文章只代表特约评论员个人的立场和观点）
 </p>
</div>
`;

describe('gfwbreaker: 2019+ article pages', () => {
  it.each(FORMS)('看中国 page as %s: promo block, ads and site trailer gone, metadata from dateline and footer', (form) => {
    const article = articleOf(extractAs(form, sharePage('普京与习近平视讯通话 背后动机引发国际关注(图)', KANZHONGGUO, 'https://www.secretchina.com/news/gb/2021/12/16/992558.html')));
    expect(article.family).toBe('gfwbreaker');
    expect(article.title).toBe('普京与习近平视讯通话 背后动机引发国际关注');
    expect(article.published).toBe('2021-12-16');
    expect(article.outlet).toBe('看中国');
    expect(article.originalUrl).toBe('https://www.secretchina.com/news/gb/2021/12/16/992558.html');
    expect(article.author).toBe('卢苡芯');
    const paragraphs = paragraphsOf(article.text);
    expect(paragraphs[0]).toBe('俄罗斯总统普京与中国领导人习近平举行视讯通话（图片来源：Getty Images）');
    // Prettified tag links no longer break the sentence with spaces.
    expect(paragraphs[1]).toBe('【看中国2021年12月16日讯】（看中国记者卢苡芯综合报导）12月15日下午，俄罗斯总统普京与中国领导人习近平举行视讯通话。');
    expect(paragraphs.at(-1)).toBe('该分析表示，中俄这次通话强调了双方相互支持的方式。');
    expect(article.text).toContain('这次中俄会谈的意图为何？');
    expect(article.text).not.toMatch(/来源:\s*看中国/);
    for (const clutter of ['天安门自焚真相', '翻墙必看视频', '秦鹏快评', '首页', '法轮功真相', '手机上长按', '原文地址', '本文短网址', '版权所有', '荣誉会员', 'kzgmembership', '946060.md']) {
      expect(article.contentHtml).not.toContain(clutter);
    }
    expect(article.images.map((image) => image.canonicalUrl)).toEqual(['https://img5.secretchina.com/pic/2021/12-16/p1.jpg']);
  });

  it.each(FORMS)('RFA commentary as %s: undated, paragraphs split, sibling caption adopted, credits read then dropped', (form) => {
    const article = articleOf(extractAs(form, sharePage('评论 | 刘青：华为有无与美国和解之路', RFA, 'https://www.rfa.org/mandarin/pinglun/liuqing/lq-12172019104851.html')));
    expect(article.published).toBeNull();
    expect(article.outlet).toBe('自由亚洲电台');
    expect(article.author).toBe('柳飞');
    expect(article.editor).toBe('何平');
    const captions = article.images.map((image) => image.caption);
    expect(captions).toEqual(['华为创始人任正非（美联社）', '2019年5月8日，孟晚舟离开住所前往法庭。（法新社）']);
    const body = paragraphsOf(article.text).filter((p) => !captions.includes(p));
    expect(body).toEqual([
      '在国际十分关注的中美贸易战中，华为经常被提及。',
      '被美国政府追究法律责任的公司中，以缴纳罚款换取和解的个案不少。',
      '所以任正非随口说的和解方案也必是黄粱一梦。',
    ]);
    expect(article.text).not.toMatch(/文章只代表|网编|翻墙/);
  });

  it('the earliest footer ("+++" rule, Markdown links to the page and its QR code) is cut too', () => {
    const content = '<div>\n<p>【大纪元2019年03月01日讯】正文第一段。</p>\n<p>正文第二段。</p>\n</div>';
    const article = articleOf(extractAs('source', plusRulePage('旧版页面的标题', content, 'https://www.epochtimes.com/gb/19/3/1/n1.htm')));
    expect(paragraphsOf(article.text)).toEqual(['【大纪元2019年03月01日讯】正文第一段。', '正文第二段。']);
    expect(article.contentHtml).not.toMatch(/\+\+\+|946060|手机上长按/);
    expect(article.originalUrl).toBe('https://www.epochtimes.com/gb/19/3/1/n1.htm');
    expect(article.outlet).toBe('大纪元');
  });

  it('keeps a site subhead that carries a tag link, drops the generator lines that pitch its tools', () => {
    const content = [
      '<div>',
      '<p>【新唐人2020年10月06日讯】正文第一段。</p>',
      '<h4>全球<a href="https://www.ntdtv.com/gb/退党.htm">退党</a>服务中心的说明</h4>',
      '<p>正文第二段。</p>',
      '</div>',
      '',
      '#### 五毛举报越来越频繁，请网友们前往下载 [一键翻墙软件](https://github.com/x/ssr)，并将此项目推荐给亲友',
    ].join('\n');
    const article = articleOf(extractAs('source', sharePage('标题', content, 'https://www.ntdtv.com/gb/2020/10/05/a1.html')));
    expect(paragraphsOf(article.text)).toEqual(['【新唐人2020年10月06日讯】正文第一段。', '全球退党服务中心的说明', '正文第二段。']);
  });

  it.each([
    ['采访/常春 编辑/尚燕 后制/钟元', '常春', '尚燕'],
    ['采访编辑/李明 后制/萧宇', null, null],
    ['记者：唐家婕 责编：何平 网编：洪伟', '唐家婕', '何平'],
  ])('closing credit line "%s" is read, then dropped', (credit, author, editor) => {
    const content = `<div>\n<p>【新唐人2020年10月06日讯】正文第一段。</p>\n<p>正文最后一段。</p>\n<p>${credit}</p>\n</div>`;
    const article = articleOf(extractAs('source', sharePage('标题', content, 'https://www.ntdtv.com/gb/2020/10/05/a1.html')));
    expect(paragraphsOf(article.text)).toEqual(['【新唐人2020年10月06日讯】正文第一段。', '正文最后一段。']);
    expect(article.author).toBe(author);
    expect(article.editor).toBe(editor);
  });

  it('takes the site\'s related-article list out of the body, as links', () => {
    const content = [
      '<div>',
      '<p>【大纪元2020年03月09日讯】正文第一段。</p>',
      '<p>正文最后一段。</p>',
      '<h4>相关文章</h4>',
      '<ul><li><a href="https://www.epochtimes.com/gb/20/3/8/n1.htm">神韵在美国中西部巡演</a></li><li><a href="https://www.epochtimes.com/gb/20/3/7/n2.htm">舞蹈教师赞神韵</a></li></ul>',
      '</div>',
    ].join('\n');
    const article = articleOf(extractAs('source', sharePage('标题', content, 'https://www.epochtimes.com/gb/20/3/9/n11926044.htm')));
    expect(paragraphsOf(article.text)).toEqual(['【大纪元2020年03月09日讯】正文第一段。', '正文最后一段。']);
    expect(article.related).toEqual([
      { title: '神韵在美国中西部巡演', url: 'https://www.epochtimes.com/gb/20/3/8/n1.htm' },
      { title: '舞蹈教师赞神韵', url: 'https://www.epochtimes.com/gb/20/3/7/n2.htm' },
    ]);
  });

  it('a page where the generator found no article ("-") is no article', () => {
    const result = extractSource(sharePage('标题', '-', 'https://www.ntdtv.com/gb/2020/10/05/a1.html'), 'https://raw.githubusercontent.com/x/y/master/pages/a/1.md', new JSDOM('').window.document);
    expect(result.kind).toBe('not-article');
  });
});

describe('gfwbreaker: indexes', () => {
  const README = [
    '### 禁闻聚合【新闻、评论、历史等】',
    '',
    '#### 大纪元新闻网 &nbsp;-&nbsp; [头条集锦](indexes/E头条集锦.md?t=1) &nbsp;|&nbsp; [港澳新闻](indexes/E港澳新闻.md?t=1) &nbsp;|&nbsp; [大陆新闻](indexes/E大陆新闻.md?t=1)',
    '#### 看中国新闻网 &nbsp;-&nbsp; [看大陆](indexes/S看大陆.md?t=1) &nbsp;|&nbsp; [看官场](indexes/S看官场.md?t=1) &nbsp;|&nbsp; [看民生](indexes/S看民生.md?t=1)',
    '#### 学习 [手把手翻墙教程](https://github.com/x/guides/wiki)，自由浏览互联网',
  ].join('\n');
  const CHANNEL = [
    '#### 由于频繁封锁，请参考 [手把手翻墙教程](https://github.com/x/guides/wiki/)',
    ...['政法官员：我们上共产党的当了', '中共目标之一：破坏家庭和人伦', '二十一年前的“5.13”这一天', '安全感从哪里来？', '谁怕好人多？', '梧桐树　凤凰台'].map(
      (title, i) => `#### [${title}](../pages/19/42${i}.md?t=05190102) \n`,
    ),
    '#### [《九评共产党》](https://github.com/x/9ping.md/blob/master/README.md)',
  ].join('\n');

  it.each(FORMS)('a README portal as %s lists its channels, absolute', (form) => {
    const result = extractAs(form, README, 'https://github.com/some-mirror/banned-news/blob/master/README.md');
    expect(result.kind).toBe('index');
    if (result.kind !== 'index') return;
    expect(result.title).toBe('禁闻聚合【新闻、评论、历史等】');
    expect(result.links.map((link) => link.title)).toEqual(['头条集锦', '港澳新闻', '大陆新闻', '看大陆', '看官场', '看民生']);
    if (form !== 'pages') expect(result.links[3]?.url).toBe('https://github.com/some-mirror/banned-news/blob/master/indexes/S%E7%9C%8B%E5%A4%A7%E9%99%86.md?t=1');
  });

  it('a channel list names itself after its file and lists its articles, not the promo links', () => {
    const result = extractAs('source', CHANNEL, 'https://github.com/some-mirror/mh-news/blob/master/indexes/S看大陆.md');
    expect(result).toMatchObject({ kind: 'index', family: 'gfwbreaker', title: '看大陆' });
    if (result.kind !== 'index') return;
    expect(result.links).toHaveLength(6);
    expect(result.links[0]).toEqual({ title: '政法官员：我们上共产党的当了', url: 'https://github.com/some-mirror/mh-news/blob/master/pages/19/420.md?t=05190102' });
  });

  it('an article with a list of links to other pages stays an article', () => {
    const related = ['一', '二', '三', '四', '五', '六'].map((n) => `<li><a href="../../pages/p1/${n}.md">相关文章${n}</a></li>`).join('');
    const content = `<div>\n<p>【看中国2020年9月14日讯】${'正文内容，'.repeat(60)}</p>\n<ul>${related}</ul>\n</div>`;
    expect(extractAs('source', sharePage('标题', content, 'https://www.secretchina.com/news/gb/2020/09/14/1.html')).kind).toBe('article');
    expect(extractAs('source', `### 标题\n\n<p>${'正文内容，'.repeat(60)}</p>\n<ul>${related}</ul>`).kind).not.toBe('index');
  });
});

describe('gfwbreaker: GitHub Pages spill', () => {
  it('takes back the footer that the site HTML pushed out of the theme content element', () => {
    // The site HTML closes one <div> more than it opens: on Pages the footer lands after .post-content.
    const content = '<div>\n<p>【看中国2020年9月14日讯】正文。</p>\n</div>\n</div>';
    const article = articleOf(extractAs('pages', sharePage('标题', content, 'https://www.secretchina.com/news/gb/2020/09/14/946060.html')));
    expect(article.originalUrl).toBe('https://www.secretchina.com/news/gb/2020/09/14/946060.html');
    expect(article.text).toBe('【看中国2020年9月14日讯】正文。');
  });

  it('finds the title under the site-title link that the primer theme puts inside .markdown-body', () => {
    const url = 'https://some-mirror.github.io/banned-news/pages/p1/946060.html';
    const post = new MarkdownIt({ html: true }).render(sharePage('标题在这里', '<div>\n<p>【看中国2020年9月14日讯】正文。</p>\n</div>', 'https://www.secretchina.com/news/gb/2020/09/14/946060.html'));
    const html = `<!DOCTYPE html><html><head><title>banned-news</title></head><body><div class="container-lg px-3 my-5 markdown-body"><h1><a href="https://some-mirror.github.io/banned-news/">banned-news</a></h1>${post}</div></body></html>`;
    const article = articleOf(extract(new JSDOM(html, { url }).window.document, url));
    expect(article.family).toBe('gfwbreaker');
    expect(article.title).toBe('标题在这里');
    expect(article.text).toBe('【看中国2020年9月14日讯】正文。');
  });
});
