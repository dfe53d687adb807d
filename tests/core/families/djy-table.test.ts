import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extract, extractSource, type Article, type ExtractResult, type IndexPage } from '../../../src/core';
import { fixture } from '../../fixtures/forms';
import { rawUrlOf } from '../../helpers/corpus';
import { renderGithubBlobPage } from '../../helpers/github-page';
import { renderPagesPost } from '../../helpers/pages-post';

// Pages shaped like the 大纪元 / 新唐人 table generator: navigation bar of image links, a row of text
// links, the article cell, a side cell of promo posters. Accounts and ids are made up.
const MIRROR = 'https://github.com/some-account/djy/blob/master';
const NAV = `<table border="0"><tr><td colspan="2" VALIGN=TOP>${['大纪元首页', '国际新闻', '大陆新闻', '评论', '文化']
  .map((name, i) => `<a href="${MIRROR}/gb/nsc${i}.md#1"><img src="https://raw.githubusercontent.com/some-account/www/master/t/djy/${i}.jpg" title="${name}"></a>`)
  .join('')}</td></tr>
<tr><td colspan="2" VALIGN=TOP><a target="_blank" href="${MIRROR}/gb/nf5657.md#1">三退</a> | <a target="_blank" href="${MIRROR}/gb/nf5773.md#1">贪腐淫乱</a> | <a target="_blank" href="https://github.com/some-account/www/blob/master/README.md#1">翻墙</a></td></tr>`;
const SIDE = `</td><td VALIGN=TOP><a href="${MIRROR}/gb/13/9/29/n3974789.md?dfh#1" target="_blank"><img src="https://raw.githubusercontent.com/some-account/djy/master/gb/300/shang-lnz.jpg" title="善良女子被中共投男牢"></a><br><a href="https://github.com/some-account/www/blob/master/README.md?dfh#1"><img src="https://raw.githubusercontent.com/some-account/djy/master/gb/300/fq1.jpg" title="下载免费翻墙软件"></a><br></td></tr></table>`;
const LEAD = '<img width="600" src="https://i.epochtimes.com/assets/uploads/2022/02/lead-600x400.jpg" />\n<h6>图为布林肯与拉夫罗夫在日内瓦会面前握手。(Getty Images)\n</h6>\n<hr>';

// 2022: credits and lists as <strong> headings with bare <li>, keyword links written as <ahref=…>.
const ARTICLE_2022 = `<a name="1" id="1" target="_blank"></a><span id="1"></span>
${NAV}
<tr><td VALIGN=TOP width="626"><h2 align=center>布林肯与俄外长通话 敦促普京撤军</h2>
${LEAD}
<p>【大纪元2022年02月02日讯】（大纪元记者张婷综合报导）为缓冲俄乌局势，美国国务卿<ahref="${MIRROR}/gb/tag/%E5%B8%83%E6%9E%97%E8%82%AF.md#1">布林肯</a>周二再次与俄罗斯外交部长进行了电话会谈。</p>
<p>国务院随后发布声明说，国务卿<a href="${MIRROR}/gb/tag/%E5%B8%83%E6%9E%97%E8%82%AF.md#1">布林肯</a>今天与俄罗斯外交部长进行了会谈。</p>
<p>原文：此处引用的是一句原话，并非出处。</p>
<p>详见<a href="${MIRROR}/gb/21/12/27/n13463289.md#1">此前报导</a>和<a href="${MIRROR}/gb/nsc413.md#1">大陆新闻</a>。</p>
<p>俄罗斯在乌克兰边境附近集结了超过10万名士兵。</p>
<p>责任编辑：林妍#</p>

<hr>


<strong>相关新闻：</strong>
<li><a href="${MIRROR}/gb/22/1/31/n13543789.md#1">美官员：俄在乌边境备战扩至血液等物资供应</a></li>
<hr>


<strong>编辑推荐：</strong>
<li><a href="${MIRROR}/gb/18/5/10/n10381511.md?dfh#1" target="_blank">关注3亿人三退</a></li>
<hr>

<strong>热门新闻：</strong>
<li><a href="${MIRROR}/gb/22/1/18/n13513761.md#1">【百年真相】凶手是谁？</a></li>
<hr>

<strong>本文转自<a href="https://www.epochtimes.com">大纪元</a>（国内需用<a href="https://github.com/some-account/www/blob/master/README.md#8">翻墙软件</a>才能访问）</strong><p>下载<a href="https://github.com/some-account/www/blob/master/README.md#8">翻墙软件</a>浏览原文：<a href="https://www.epochtimes.com/gb/22/2/1/n13547108.htm">布林肯与俄外长通话 敦促普京撤军</a></p><hr>

<strong>手机上长按并复制下面二维码分享本文章：</strong><br><br><img src="https://chart.apis.google.com/chart?cht=qr&chl=${MIRROR}/gb/22/2/1/n13547108.md%231" title="分享本文章">${SIDE}`;
const URL_2022 = `${MIRROR}/gb/22/2/1/n13547108.md`;

// 2018–2019 新唐人: credits as #### headings and > quotes, video placeholders, no dateline.
const NTDTV_MIRROR = 'https://github.com/some-account/ntdtv/blob/master';
const VIDEO_2019 = `<a name="1" id="1" target="_blank"></a><span id="1"></span>
${NAV}
<tr><td VALIGN=TOP width="626"><h2 align=center>【睿眼看世界】一路台湾行，一路小惊喜</h2>
<img src="https://i.ntdtv.com/assets/uploads/2019/09/1-181-800x450.jpg" />
<h6>文睿（视频截图）</h6>
<hr>
	<p>一路<a href="${NTDTV_MIRROR}/gb/台湾行.md">台湾行</a>，一路小惊喜，台湾，我一定会再去的</p>
<p><a width="600" b="338" src="https://www.youtube.com/embed/kpMO2DiXYWM" frameborder="0" allowfullscreen></a><img src="https://raw.githubusercontent.com/some-account/djy/master/gb/300/djtsp.jpg" title="国内需用翻墙软件观看"  alt="国内需用翻墙观看"><h3 align=center>(视频.国内需下载<a href="https://git.io/fjmgJ">翻墙软件</a>进入原文观看)</h3><hr></p>
<p>第二段，另一段视频之前的文字。<img src="http://www.hehaibao.com/qr/index.php?m=1&e=L&p=6&t=&d=${NTDTV_MIRROR}/gb/2019/09/26/a102673342.md%231"></p>
<p>相关视频：?<div class="video_fit_container"><a width="764" b="430" class="video_frame" src=""></a><a href="https://git.io/JeG92"><img width="600" src="https://raw.githubusercontent.com/some-account/www/master/t/ntdtv/ntdtv600.jpg" title="进入原文观看"  alt="进入原文观看"></a><h3 align=center>(视频.国内建议下载<a href="https://git.io/JesJV">翻墙软件</a>进入原文观看)</h3><hr><a src="https://www.youtube.com/embed/TUO_xTbNcXs"></a>
</div></p>
<p>（责任编辑：李明）</p>
<hr>

#### 本文转自<a href="https://www.ntdtv.com">新唐人</a>（国内需用<a href="https://git.io/JesJV">翻墙软件</a>才能访问）
> 原文：<a href="https://www.ntdtv.com/gb/2019/09/26/a102673342.html">【睿眼看世界】一路台湾行，一路小惊喜</a>
#### 下载<a href="https://git.io/JesJV">翻墙软件</a>浏览<a href="https://www.ntdtv.com">新唐人</a>相关新闻：
> <li><a href="https://www.ntdtv.com/gb/2019/10/11/a102683445.html">【拍案惊奇】香港少女失踪</a></li>

#### 下载<a href="https://git.io/JesJV">翻墙软件</a>浏览<a href="https://www.ntdtv.com">新唐人</a>热门新闻：
> <li><a href="https://www.ntdtv.com/gb/2019/10/10/a102683219.html">嘴上抵制身体诚实</a></li>
<hr>

#### 手机上长按并复制下面二维码分享本文章：<br><br><img src="http://www.hehaibao.com/qr/index.php?d=${NTDTV_MIRROR}/gb/2019/09/26/a102673342.md%231" title="分享本文章">${SIDE}`;
const URL_VIDEO = `${NTDTV_MIRROR}/gb/2019/09/26/a102673342.md`;

// The minimal variant: no table, a ```diff block as the caption, a 原文地址 credit.
const MINIMAL = `<a name="1" id="1" target="_blank">&nbsp;</a> <span id="1">&nbsp;</span>
<h1>违章停车被拖走的门槛拟提高 市议会听证</h1>
<img src="http://i.epochtimes.com/assets/uploads/2019/04/lead-600x400.png" />

\`\`\`diff
- 4月29日市议会对有关交通违章停车的11个提案进行听证。 (奥利弗/大纪元)
\`\`\`
<hr>
<p>【大纪元2019年04月30日讯】（大纪元记者施萍纽约报导）昨天市议会召开联合会议，对<a href="${MIRROR}/gb/tag/%E5%81%9C%E8%BD%A6%E7%BD%9A%E5%8D%95.md">停车罚单</a>相关的11个法案进行了第一次听证。</p>
<p>Int 1141提案禁止市政机构任意降低罚单金额。◇</p>
<p>责任编辑：家瑞</p>
<p>原文地址： <a href="http://www.epochtimes.com/gb/19/4/30/n11223652.htm">http://www.epochtimes.com/gb/19/4/30/n11223652.htm</a>    （国内需用<a href="https://git.io/fjmgJ">翻墙软件</a>才能访问）</p>
`;
const URL_MINIMAL = `${MIRROR}/gb/19/4/30/n11223652.md`;

const entry = (path: string, title: string) =>
  `<tr><td><h3><a href="${MIRROR}/gb/${path}.md#1" target="_blank">${title}</a><br></h3><a href="${MIRROR}/gb/${path}.md#1"><img width="150" src="http://i.epochtimes.com/assets/uploads/2019/08/${path.replace(/\//g, '-')}-150x120.jpg"></a>摘要……<br>2019年08月23日 6:11 PM</td></tr>`;
const CHANNEL_LIST = `${NAV}<tr><td width="707"><h3><p><strong>文化艺术</strong></p></h3></td><td VALIGN=TOP rowspan=50><a href="https://git.io/fj9l0"><img width="130" src="https://raw.githubusercontent.com/some-account/djy/master/gb/130/gudianwu.jpg" title="神韵古典舞技巧表演"></a></td></tr>
${entry('19/8/21/n11467583', '【命理篇】婚姻有预兆吗？')}
${entry('19/8/17/n11460065', '小王子撒谎无诚信 遵佛陀教诲终成大忍之士')}
${entry('19/8/21/n11468119', '不会写书法？ 就学“看书法”吧！')}
${entry('19/8/8/n11440258', '《笑谈风云》第24集 历史变局（4）')}
${entry('19/8/23/n11470893', '八二三炮战与我')}
<tr><td><h3><a href="${MIRROR}/gb/news2007.md#1">上一页</a>&nbsp;&nbsp;<a href="${MIRROR}/gb/news2007.md#1">1</a>&nbsp;&nbsp;2&nbsp;&nbsp;<a href="${MIRROR}/gb/news2007_3.md#1">下一页</a></h3></td></tr>
</table><h4>手机上长按并复制下列链接或二维码分享本文章：</h4>`;

const README = `<a name="1" target="_blank"></a>
<img src="https://raw.githubusercontent.com/some-account/1/master/t/fq4.jpg"><br>

<h2>海外最大的中文时报 《大纪元》 新闻同步</h2>

#### 本项目旨在为不会翻墙的网友提供自由的新闻资讯。
<h3>
<p><a target="_blank" href="${MIRROR}/gb/nsc413.md?fl#1">大纪元大陆时事</a></p>
<p><a target="_blank" href="${MIRROR}/gb/n24hr.md?fl#1">大纪元全球热点</a></p>
</h3>

#### 本项目短网址： https://git.io/dajiyan

#### 看《大纪元》更多新闻请下载 [一键翻墙软件](https://github.com/some-account/2/edit/master/README.md#1)
`;

type Form = 'source' | 'blob' | 'pages';
const FORMS: Form[] = ['source', 'blob', 'pages'];

function extractAs(form: Form, source: string, blobUrl: string): ExtractResult {
  if (form === 'source') return extractSource(source, rawUrlOf(blobUrl), new JSDOM('').window.document);
  if (form === 'blob') return extract(new JSDOM(renderGithubBlobPage(source, blobUrl), { url: blobUrl }).window.document, blobUrl);
  const url = blobUrl.replace('https://github.com/some-account/', 'https://some-account.github.io/').replace('/blob/master/', '/').replace(/\.md$/, '.html');
  return extract(new JSDOM(renderPagesPost(source, url), { url }).window.document, url);
}

function articleOf(result: ExtractResult): Article {
  expect(result.kind, 'reason' in result ? result.reason : '').toBe('article');
  return result as Article;
}

function indexOf(result: ExtractResult): IndexPage {
  expect(result.kind).toBe('index');
  return result as IndexPage;
}

const paragraphs = (article: Article) => article.text.split(/\n\n+/);

describe.each(FORMS)('djy table layout as %s', (form) => {
  const article = () => articleOf(extractAs(form, ARTICLE_2022, URL_2022));

  it('takes the h2 title, the dateline and the credited original', () => {
    const result = article();
    expect(result.family).toBe('djy-table');
    expect(result.title).toBe('布林肯与俄外长通话 敦促普京撤军');
    expect(result.published).toBe('2022-02-02');
    expect(result.outlet).toBe('大纪元');
    expect(result.originalUrl).toBe('https://www.epochtimes.com/gb/22/2/1/n13547108.htm');
    expect(result.editor).toBe('林妍');
  });

  it('makes the lead image and its h6 caption one figure, and drops nav icons, posters and the QR code', () => {
    const result = article();
    expect(result.images.map((image) => image.canonicalUrl)).toEqual(['https://i.epochtimes.com/assets/uploads/2022/02/lead-600x400.jpg']);
    expect(result.images[0]?.caption).toBe('图为布林肯与拉夫罗夫在日内瓦会面前握手。(Getty Images)');
    expect(paragraphs(result)[1]).toMatch(/^【大纪元2022年02月02日讯】/);
  });

  it('keeps the words of keyword links in their sentence, malformed <ahref> ones too', () => {
    const result = article();
    expect(result.text).toContain('美国国务卿布林肯周二再次与俄罗斯外交部长');
    expect(result.text).toContain('国务卿布林肯今天与俄罗斯外交部长');
    expect(result.contentHtml).not.toMatch(/ahref|gb\/tag\//);
  });

  it('keeps links to other articles and channels', () => {
    const body = document.createElement('div');
    body.innerHTML = article().contentHtml;
    expect(Array.from(body.querySelectorAll('a'), (a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['此前报导', `${MIRROR}/gb/21/12/27/n13463289.md#1`],
      ['大陆新闻', `${MIRROR}/gb/nsc413.md#1`],
    ]);
  });

  it('cuts the tail from the first list heading, keeping the article\'s own related news (not the hot list) as related links', () => {
    const result = article();
    expect(paragraphs(result).slice(-2)).toEqual(['俄罗斯在乌克兰边境附近集结了超过10万名士兵。', '责任编辑：林妍#']);
    expect(result.text).toContain('原文：此处引用的是一句原话，并非出处。');
    for (const clutter of ['相关新闻', '编辑推荐', '热门新闻', '本文转自', '手机上长按', '贪腐淫乱', '善良女子被中共投男牢', 'chart.apis']) {
      expect(result.contentHtml).not.toContain(clutter);
    }
    expect(result.related).toEqual([
      { title: '美官员：俄在乌边境备战扩至血液等物资供应', url: `${MIRROR}/gb/22/1/31/n13543789.md#1` },
    ]);
  });
});

describe.each(FORMS)('新唐人 video page as %s', (form) => {
  const article = () => articleOf(extractAs(form, VIDEO_2019, URL_VIDEO));

  it('keeps the 【…】 title prefix and dates the page by its path when the text has no dateline', () => {
    const result = article();
    expect(result.title).toBe('【睿眼看世界】一路台湾行，一路小惊喜');
    expect(result.published).toBe('2019-09-26');
    expect(result.outlet).toBe('新唐人');
    expect(result.originalUrl).toBe('https://www.ntdtv.com/gb/2019/09/26/a102673342.html');
  });

  it('turns video placeholders into a note: the caption of a bare poster frame, or a line of its own', () => {
    const result = article();
    expect(result.images.map((image) => [image.canonicalUrl.split('/').pop(), image.caption])).toEqual([
      ['1-181-800x450.jpg', '文睿（视频截图）'],
      ['djtsp.jpg', '（视频：请到原文观看）'],
    ]);
    expect(paragraphs(result)).toEqual([
      '文睿（视频截图）',
      '一路台湾行，一路小惊喜，台湾，我一定会再去的',
      '（视频：请到原文观看）',
      '第二段，另一段视频之前的文字。',
      '（视频：请到原文观看）',
      '（责任编辑：李明）',
    ]);
    expect(result.contentHtml).not.toMatch(/翻墙|相关视频|ntdtv600|hehaibao/);
    // The generator's "下载翻墙软件浏览新唐人热门新闻" is the outlet's hot list when the page was mirrored.
    expect(result.related).toEqual([]);
  });
});

describe.each(FORMS)('minimal djy variant as %s', (form) => {
  it('reads the h1 title, the ```diff caption and the 原文地址 credit', () => {
    const result = articleOf(extractAs(form, MINIMAL, URL_MINIMAL));
    expect(result.family).toBe('djy-table');
    expect(result.title).toBe('违章停车被拖走的门槛拟提高 市议会听证');
    expect(result.published).toBe('2019-04-30');
    expect(result.originalUrl).toBe('http://www.epochtimes.com/gb/19/4/30/n11223652.htm');
    expect(result.images[0]?.caption).toBe('4月29日市议会对有关交通违章停车的11个提案进行听证。 (奥利弗/大纪元)');
    expect(result.text).toContain('对停车罚单相关的11个法案');
    expect(paragraphs(result).at(-1)).toBe('责任编辑：家瑞');
    expect(result.contentHtml).not.toMatch(/原文地址|diff|<pre/);
  });
});

describe.each(FORMS)('djy index pages as %s', (form) => {
  it('reads a channel list (table, linked headings, no article heading) as an index of its entries', () => {
    const result = indexOf(extractAs(form, CHANNEL_LIST, `${MIRROR}/gb/news2007_2.md`));
    expect(result.family).toBe('djy-table');
    expect(result.title).toBe('文化艺术');
    expect(result.links.map((link) => link.title)).toEqual([
      '【命理篇】婚姻有预兆吗？',
      '小王子撒谎无诚信 遵佛陀教诲终成大忍之士',
      '不会写书法？ 就学“看书法”吧！',
      '《笑谈风云》第24集 历史变局（4）',
      '八二三炮战与我',
    ]);
    expect(result.links[0]?.url).toBe(`${MIRROR}/gb/19/8/21/n11467583.md#1`);
  });

  it('reads a README portal as an index of its channel lists', () => {
    const result = indexOf(extractAs(form, README, `${MIRROR}/README.md`));
    expect(result.title).toBe('海外最大的中文时报 《大纪元》 新闻同步');
    expect(result.links).toEqual([
      { title: '大纪元大陆时事', url: `${MIRROR}/gb/nsc413.md?fl#1` },
      { title: '大纪元全球热点', url: `${MIRROR}/gb/n24hr.md?fl#1` },
    ]);
  });
});

describe('djy family markers', () => {
  const source = (text: string, blobUrl: string) => extractSource(text, rawUrlOf(blobUrl), new JSDOM('').window.document);

  it('leaves gfw-breaker pages of 大纪元 articles to their own family', () => {
    const page = `### 副主席陈文辉简历从银保监会官网撤下\n------------------------\n\n<p>【大纪元2018年09月10日讯】（大纪元记者洪宁综合报导）${'银保监会官网显示，副主席的名字已被撤掉。'.repeat(20)}</p>\n<p>责任编辑：高静</p>\n\n原文链接：http://www.epochtimes.com/gb/18/9/10/n10703555.htm\n`;
    const result = source(page, 'https://github.com/x/banned-news/blob/master/pages/nsc413/n10703555.md');
    expect(result.kind === 'article' && result.family).not.toBe('djy-table');
  });

  it('does not take a table of a few image links for the navigation bar', () => {
    const page = `<table><tr><td><a href="/a"><img src="/a.png"></a><a href="/b"><img src="/b.png"></a></td></tr><tr><td><h2>标题</h2><p>${'正文。'.repeat(120)}</p></td></tr></table>`;
    const result = source(page, `${MIRROR}/gb/22/2/1/n1.md`);
    expect(result.kind === 'article' && result.family).not.toBe('djy-table');
  });

  it('takes a list inside the text, before the editor line, as related links and keeps the text after it; a hot list is no related link', () => {
    const page = `${NAV}<tr><td><h2>标题</h2>\n<p>【大纪元2022年02月02日讯】第一段。</p>\n<p><strong>相关新闻：</strong></p>\n<li><a href="${MIRROR}/gb/22/1/31/n1.md#1">此前的报导</a></li>\n<p>第二段，列表之后的正文。</p>\n<p>责任编辑：林妍</p>\n<p><strong>热门新闻：</strong></p>\n<li><a href="${MIRROR}/gb/22/1/18/n2.md#1">热门的报导</a></li>${SIDE}`;
    const result = articleOf(source(page, `${MIRROR}/gb/22/2/1/n3.md`));
    expect(paragraphs(result)).toEqual(['【大纪元2022年02月02日讯】第一段。', '第二段，列表之后的正文。', '责任编辑：林妍']);
    expect(result.related.map((link) => link.title)).toEqual(['此前的报导']);
  });

  it('gives a table whose title has nothing after it but the tail to the next family', () => {
    const page = `${NAV}<tr><td><h2>只有标题</h2>\n<strong>相关新闻：</strong>\n<li><a href="${MIRROR}/gb/22/1/31/n1.md">别的新闻</a></li>${SIDE}`;
    const result = source(page, `${MIRROR}/gb/22/2/1/n2.md`);
    expect(result.kind === 'article' && result.family).not.toBe('djy-table');
  });
});

describe('djy article pictures linked to their full-size file', () => {
  // kevelena/djy gb/10/4/2/n2864885.md (trimmed): a 2010 article in the later template, whose pictures are
  // WordPress caption figures, each image wrapped in a link to its full-size file.
  const source = fixture('djy/wp-caption-article.md');
  const blobUrl = `${MIRROR}/gb/10/4/2/n2864885.md`;

  it.each(FORMS)('keeps the figures with their captions and drops the share button (%s)', (form) => {
    const article = articleOf(extractAs(form, source, blobUrl));
    expect(article.images.map((image) => [image.canonicalUrl.split('/').pop(), image.caption.slice(0, 12)])).toEqual([
      ['PK2A001126N000000007PAA-new-600x400.jpg', '图为明 沈周《山水册．独'],
      ['PK2A001126N000000007PAA-new-600x381.jpg', '王畬听说王屋山中有洞天、'],
      ['c690e9f407755fa2057ff208c9d64e35-600x454.jpg', '图为清 汪由敦《临黄庭经'],
    ]);
    expect(article.contentHtml).not.toMatch(/facebook|fb_share|hehaibao/);
  });

  it('reads no author from a column label that opens the title', () => {
    const article = articleOf(extractAs('source', source, blobUrl));
    expect(article.title).toBe('神仙故事：素慕仙道 真人授宝经');
    expect(article.author).toBeNull();
    expect(article.editor).toBe('王堇');
    expect(article.published).toBe('2010-04-02');
  });
});

describe('djy article quoting a tweet whose media the generator replaced by a placeholder', () => {
  // snbck/djy gb/19/12/10/n11714181.md (trimmed, re-encoded from GBK): the tweet's picture became the
  // generator's twitter.jpg with "(twitter视频或图片.国内建议下载翻墙软件进入原文观看)" under it.
  const source = fixture('djy/tweet-placeholder-article.md');
  const blobUrl = `${MIRROR}/gb/19/12/10/n11714181.md`;

  it.each(FORMS)('keeps the quoted tweet as a quote and drops the placeholder and its notice (%s)', (form) => {
    const article = articleOf(extractAs(form, source, blobUrl));
    expect(article.family).toBe('djy-table');
    expect(article.images).toEqual([]);
    expect(article.text).not.toMatch(/原文观看|twitter视频或图片/);
    const doc = new DOMParser().parseFromString(article.contentHtml, 'text/html');
    const quote = doc.querySelector('a[href*="/VOAChinese/status/1204205587858427904"]')?.closest('blockquote');
    expect(quote?.textContent).toMatch(/^\s*家住洛杉矶的美国七年级生马腾·埃文（Matan Even）/);
    expect(quote?.textContent).toContain('— 美国之音中文网 (@VOAChinese)');
  });
});
