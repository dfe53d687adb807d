import { describe, expect, it } from 'vitest';
import { linkDensity, removeBlogChrome, removeCopyrightNotices, removeEmptyElements, removeEndMarks, removeImageSyntaxText, removeInlineBoxes, removeMediaPlaceholders, removePromoBlocks, removeSignOffs, removeTextLabel, removeTrackingPixels, removeWriterBoxOverText, signsOffAfter, takeEnglishByline, takeRelatedLists, takeRelatedPointers, takeRunInPointers } from '../../../src/core/clean/clutter';
import { removeSocialEmbeds } from '../../../src/core/clean/embeds';

const BASE = 'https://github.com/x/djy/blob/master/gb/22/2/1/n1.md';

/** Bodies are built in detached elements: none of their nodes is connected to a document. */
function detached(html: string): HTMLDivElement {
  const div = document.implementation.createHTMLDocument('').createElement('div');
  div.innerHTML = html;
  return div;
}

describe('cleaners on detached bodies', () => {
  it('removeEmptyElements empties a body that is in no document', () => {
    const body = detached('<p>正文</p><p><a name="1"></a></p><div><span> </span></div><p><img src="a.jpg"></p>');
    removeEmptyElements(body);
    expect(body.innerHTML).toBe('<p>正文</p><p><img src="a.jpg"></p>');
  });

  it('removePromoBlocks removes link-dense promo blocks of a body that is in no document', () => {
    const body = detached('<p>正文</p><p><a href="https://git.io/x">下载免费翻墙软件</a></p>');
    removePromoBlocks(body);
    expect(body.innerHTML).toBe('<p>正文</p>');
  });

  // 禁闻网's short story (zydd999/bnews8 comments/20201219/1450585.md) in one wrapper with its related list's long titles and
  // the pitch under them: the wrapper is link-dense and names 翻墙, but holds the story; the pitch goes on its own.
  it('removePromoBlocks keeps a link-dense block that holds a paragraph of the text', () => {
    const story = `<p>${'国防部将终止和拜登团队的过渡合作，拜登阵营的高级官员表示震惊，且不了解内情。'.repeat(3)}</p>`;
    const titles = '<ul><li><a href="https://example.org/1">' + '五角大楼遭黑客全面入侵 紧急关机；六摇摆州共和党选举人投“替代”票给川普；'.repeat(4) + '</a></li></ul>';
    const pitch = '<p><a href="https://example.org/2">WIN/MAC/安卓/iOS高速翻墙</a></p>';
    const body = detached(`<div>${story}${titles}${pitch}</div>`);
    removePromoBlocks(body);
    expect(body.innerHTML).toBe(`<div>${story}${titles}</div>`);
    // A video page's channel pitch states nothing with a full stop: the wrapper goes with it (cbnews/20200423/1318125.md).
    const pitch2 = '<p>《关于中国的一百个常识》全集，以及其他着作，音频、文字、段子等，载陈破空会员网站 www.chenpokongvip.com 诚请订阅！支持破空，支持中国民主化，支持破空，支持中国民主化</p>';
    // Nor does one that spells out its addresses (章天亮's, cbnews/20201002/1407098.md).
    const donation = '<p>章天亮开通自己的会员网站了！邀请您查看https://zhangtianliang.landofhope.tv/ Paypal捐款帐号：https://www.paypal.me/tianliangtime 因为我们是符合美国联邦501（c）（3）的非营利机构，美国的朋友，您的捐款获得联邦抵税。</p>';
    const video = detached(`<div>${donation}${pitch2}${titles}${titles}${pitch}</div>`);
    removePromoBlocks(video);
    expect(video.innerHTML).toBe('');
  });
});

describe('removeTextLabel', () => {
  // project-polymorph/news-website's MkDocs pages: "## 正文" over the page's labelled lines, and again under them.
  it('takes every label over the text among its first lines, and no "正文" further down', () => {
    const body = detached('<h2>正文</h2><p><img src="a.jpg"></p><h2>正文</h2><p>中新网上海11月4日电 记者4日获悉。</p><h3>正文</h3><p>末段。</p>');
    removeTextLabel(body);
    expect(body.innerHTML).toBe('<p><img src="a.jpg"></p><p>中新网上海11月4日电 记者4日获悉。</p><h3>正文</h3><p>末段。</p>');
  });

  it('takes what the archive restated of the head over its last label, up to the first sentence, and keeps a foreword', () => {
    const body = detached('<h2>正文</h2><p>[image]</p><h3>文章时间</h3><p>（未标明具体日期）</p><p>分享：</p><p>[Scan me!]</p><h3>正文</h3><p>電影勇奪本屆康城影展最高榮譽金棕櫚大獎。</p>');
    removeTextLabel(body);
    expect(body.innerHTML).toBe('<p>電影勇奪本屆康城影展最高榮譽金棕櫚大獎。</p>');
    const runIn = detached('<p>正文： 伪娘 cross-dresser/newhalf 伪娘，通常指的是有女性美貌的男性。</p>');
    removeTextLabel(runIn);
    expect(runIn.innerHTML).toBe('<p>伪娘 cross-dresser/newhalf 伪娘，通常指的是有女性美貌的男性。</p>');
    const foreword = detached('<h4>前言</h4><p>本文将简单梳理历史上与酷儿相关的游戏。</p><h4>正文</h4><p>在大部分游戏中。</p>');
    removeTextLabel(foreword);
    expect(foreword.innerHTML).toBe('<h4>前言</h4><p>本文将简单梳理历史上与酷儿相关的游戏。</p><p>在大部分游戏中。</p>');
  });
});

describe('removeImageSyntaxText and removeTrackingPixels', () => {
  it('takes an inline icon\'s image syntax the renderer refused, and a heading of pixels with no words', () => {
    const body = detached('<h1><img src="https://v.example.com/i/a1,b2"><img src="https://v.example.com/i/a1,b3"></h1><p>正文第一段。</p><p>![tag icon](data:image/svg+xml,%3csvg%20xmlns=\'<a href="http://www.w3.org/2000/svg">http://www.w3.org/2000/svg\' fill=\'#6F6F6F\'/&gt;</a>)</p>');
    removeImageSyntaxText(body);
    removeTrackingPixels(body);
    expect(body.innerHTML).toBe('<p>正文第一段。</p>');
    const captioned = '<h2><img src="a.jpg" alt="示威者在场外"></h2><p>正文。</p>';
    const kept = detached(captioned);
    removeTrackingPixels(kept);
    expect(kept.innerHTML).toBe(captioned);
  });
});

describe('removeImageSyntaxText before a caption', () => {
  // 阿特网's pictures in the MkDocs archive, addresses with spaces in them: "![](https://example.com/Upload/640 (23)(13).jpg)".
  it('takes image syntax the renderer refused opening a line, addresses with spaces and brackets, and keeps the caption after it', () => {
    const body = detached('<p>![](https://example.com/Upload/640 (23)(13).jpg) ![](https://example.com/Upload/640 (24)(13).jpg)<br>王凝慧《角锥体与抛物线II》（静帧）2021。<br>图片来源：某某艺术中心</p><p>正文第一段（2021）。</p>');
    removeImageSyntaxText(body);
    expect(body.innerHTML).toBe('<p>王凝慧《角锥体与抛物线II》（静帧）2021。<br>图片来源：某某艺术中心</p><p>正文第一段（2021）。</p>');
  });
});

describe('removeTrackingPixels over the text', () => {
  // 關鍵評論網's counters in the MkDocs archive: "![Image](https://v.lndata.com/i/a80450,b1452855,…)" three times over the text.
  it('takes a block of counter pixels from one host over the text, and keeps a row of pictures', () => {
    const body = detached('<p><img src="https://v.example.com/i/a1,b2,c3" alt="Image"><img src="https://v.example.com/i/a1,b2,c4" alt="Image"></p><p>正文第一段。</p>');
    removeTrackingPixels(body);
    expect(body.innerHTML).toBe('<p>正文第一段。</p>');
    const row = '<p><img src="https://img.example.com/a.jpg"><img src="https://img.example.com/b.jpg"></p><p>正文第一段。</p>';
    const kept = detached(row);
    removeTrackingPixels(kept);
    expect(kept.innerHTML).toBe(row);
    const alone = '<p><img src="https://v.example.com/i/a1,b2,c3" alt="Image"></p><p>正文第一段。</p>';
    const single = detached(alone);
    removeTrackingPixels(single);
    expect(single.innerHTML).toBe(alone);
  });
});

describe('removeWriterBoxOverText', () => {
  const text = '<p>如果雙性人孩子太早接受手術，可能造成他們性別不安。</p><p>根據衛福部推估，全台每年約40名新生兒是雙性人。</p>';
  it('takes the writer\'s picture named as the page credits them, the line about them and the summary\'s label', () => {
    const body = detached(`<p><img src="a.jpg" alt="某某某"></p><p>畢業於台大中文系，曾任某某網記者，專長性別議題。</p><p>我們想讓你知道的是</p>${text}`);
    removeWriterBoxOverText(body, '某某某');
    expect(body.innerHTML).toBe(text);
  });

  it('takes a picture with no alt that links the writer\'s page on the site, and the line about them, whoever the page credits', () => {
    const body = detached(`<p><a href="https://news.example.com/author/time"><img src="a.png" alt=""></a></p><p>某雜誌是全球最受信賴的新聞來源，透過卓越報導捕捉形塑我們生活的事件。</p>${text}`);
    removeWriterBoxOverText(body, null);
    expect(body.innerHTML).toBe(text);
    const tagged = `<p><a href="https://news.example.com/tag/time"><img src="a.png" alt=""></a></p><p>某雜誌是全球最受信賴的新聞來源。</p>${text}`;
    const kept = detached(tagged);
    removeWriterBoxOverText(kept, null);
    expect(kept.innerHTML).toBe(tagged);
  });

  it('takes a portal\'s summary label alone, with no writer known', () => {
    const body = detached(`<p>核心提示：</p>${text}`);
    removeWriterBoxOverText(body, null);
    expect(body.innerHTML).toBe(text);
  });

  it('keeps a picture named otherwise, and a long paragraph under the writer\'s picture', () => {
    const other = `<p><img src="a.jpg" alt="示威者在場外"></p><p>畢業於台大中文系，曾任某某網記者，專長性別議題。</p>${text}`;
    const body = detached(other);
    removeWriterBoxOverText(body, '某某某');
    expect(body.innerHTML).toBe(other);
    const long = `<p><img src="a.jpg" alt="某某某"></p><p>${'某某某今天在記者會上表示，'.repeat(20)}各方應當冷靜。</p>${text}`;
    const kept = detached(long);
    removeWriterBoxOverText(kept, '某某某');
    expect(kept.innerHTML).toBe(long);
  });
});

describe('linkDensity', () => {
  // Parsed as a document: innerHTML on a detached element is itself quadratic in jsdom.
  const linkBlock = (count: number) =>
    new DOMParser().parseFromString(`<div>${Array.from({ length: count }, (_, i) => `<a href="https://example.org/${i}">链接${i}</a> 说明`).join(' ')}</div>`, 'text/html').body.firstElementChild!;
  it('is the share of text inside links', () => {
    expect(linkDensity(detached('<a href="#">一二</a>三四'))).toBe(0.5);
    expect(linkDensity(detached(''))).toBe(0);
  });

  // A pasted link list of thousands of links once took minutes: jsdom reads a long live collection item by
  // item in quadratic time. A hang guard, not a speed test: 20,000 links take about 0.4 s on a loaded
  // machine, quadratic reading would take hours.
  const HANG_GUARD_MS = 5_000;
  it('reads a list of 20,000 links without hanging', () => {
    const block = linkBlock(20_000);
    const started = performance.now();
    expect(linkDensity(block)).toBeGreaterThan(0.5);
    expect(performance.now() - started).toBeLessThan(HANG_GUARD_MS);
  });
});

describe('takeRelatedLists', () => {
  // Yahoo 新聞's rail and its partners' lists: "其他人也在看", "更多 TVBS 報導：" (the name set apart by spaces).
  it('takes Yahoo\'s "其他人也在看" and "更多 TVBS 報導：" with their lists', () => {
    for (const heading of ['<h2>其他人也在看</h2>', '<p>更多 TVBS 報導：</p>']) {
      const body = detached(`<div><p>正文。</p>${heading}<ul><li><a href="https://hk.news.yahoo.com/a.html">甲</a></li><li><a href="https://hk.news.yahoo.com/b.html">乙</a></li></ul></div>`);
      takeRelatedLists(body, BASE);
      expect(body.innerHTML).toBe('<div><p>正文。</p></div>');
    }
  });

  // Human Rights Watch's foot in the MkDocs archive: "更多报导" over dated titles in headings of their own, their pictures between.
  it('takes a related heading\'s items that close the text though no list holds them', () => {
    const body = detached('<div><p>正文。</p><h2>更多报导</h2><h3>2018年09月20日 快讯</h3><h4><a href="https://www.hrw.org/news/2018/09/20/322715">香港认可同性伴侣申请签证</a></h4><p><img src="a.jpg"></p><h4>2017年11月15日 Report</h4><p>中国对LGBT人士的扭转治疗</p></div>');
    takeRelatedLists(body, BASE);
    expect(body.innerHTML).toBe('<div><p>正文。</p></div>');
    const told = '<div><p>正文。</p><h2>更多报导</h2><p>另据报道，当地法院已受理此案。</p></div>';
    const kept = detached(told);
    takeRelatedLists(kept, BASE);
    expect(kept.innerHTML).toBe('<div><p>正文。</p><p>另据报道，当地法院已受理此案。</p></div>');
  });

  // 眾新聞's columns (hkarchivist/hkcnews-article-archive, a Wayback-recovered archive): "**系列文章：**" over a paragraph
  // linking each part of the series, the page's own among them, closing the text.
  it('takes a column\'s list of its series\' parts', () => {
    const body = detached('<p>正文。</p><p><strong>系列文章：</strong></p><p><a href="https://web.archive.org/web/20210712042008/https://bit.ly/3b3ibhr">新聞不自由　災難在後頭——《新聞自由　攸關生死》1</a></p><p><a href="https://web.archive.org/web/20210712042008/https://bit.ly/3a9G8SZ">錯誤方針導致錯誤政策——《新聞自由　攸關生死》2</a></p>');
    expect(takeRelatedLists(body, BASE).map((link) => link.title)).toEqual(['新聞不自由 災難在後頭——《新聞自由 攸關生死》1', '錯誤方針導致錯誤政策——《新聞自由 攸關生死》2']);
    expect(body.textContent).toBe('正文。');
  });

  // A 腾讯新闻 page of the MkDocs archive (project-polymorph/news-website): "**推荐**：人物||…" closing the text.
  it('takes a heading with the line it runs on into, the pick set on its line', () => {
    const body = detached('<p>正文。</p><hr><p><strong>推荐</strong>：人物||《毒舌律师》成票房赢家</p><p><strong>上文</strong>：扯白||这个设计风格</p>');
    takeRelatedLists(body, BASE);
    expect([...body.children].map((el) => el.textContent)).toEqual(['正文。', '', '上文：扯白||这个设计风格']);
  });

  it('takes a bare <strong> heading sitting right in the root, and the <li> links after it', () => {
    const body = detached('<p>正文</p><strong>相关新闻：</strong>\n<li><a href="/x/djy/blob/master/gb/22/1/31/n2.md#1">美官员：俄在乌边境备战</a></li>\n<li><a href="https://www.epochtimes.com/gb/22/1/31/n3.htm">联合国安理会开会</a></li><hr>');
    expect(takeRelatedLists(body, BASE, /^相关新闻[：:]?$/)).toEqual([
      { title: '美官员：俄在乌边境备战', url: 'https://github.com/x/djy/blob/master/gb/22/1/31/n2.md#1' },
      { title: '联合国安理会开会', url: 'https://www.epochtimes.com/gb/22/1/31/n3.htm' },
    ]);
    expect(body.innerHTML).toBe('<p>正文</p>\n\n<hr>');
  });

  it('takes a heading block and the quoted list after it', () => {
    const body = detached('<h4>下载<a href="https://git.io/x">翻墙软件</a>浏览<a href="http://www.epochtimes.com">大纪元</a>相关新闻：</h4><blockquote><li><a href="http://www.epochtimes.com/gb/19/7/19/n1.htm">香港反送中</a></li></blockquote><p>其后</p>');
    expect(takeRelatedLists(body, BASE, /相关新闻[：:]?$/).map((link) => link.title)).toEqual(['香港反送中']);
    expect(body.innerHTML).toBe('<p>其后</p>');
  });

  it('takes the outlet\'s picks (热门, 推荐, 最新…) out of the text without keeping them as the article\'s related links', () => {
    const body = detached('<p>正文</p><h3>推荐阅读</h3><ul><li><a href="https://www.epochtimes.com/gb/a.htm">神韵作品</a></li></ul><h3>延伸阅读</h3><ul><li><a href="https://www.epochtimes.com/gb/b.htm">此前报导</a></li></ul><h3>熱門新聞</h3><ul><li><a href="https://www.epochtimes.com/b5/c.htm">TVB艺人</a></li></ul>');
    expect(takeRelatedLists(body, BASE).map((link) => link.title)).toEqual(['此前报导']);
    expect(body.innerHTML).toBe('<p>正文</p>');
  });
});

describe('takeRelatedPointers', () => {
  const CDT = 'https://chinadigitaltimes.net/chinese/';
  const texts = (body: Element) => [...body.children].map((el) => el.textContent);

  // Yahoo 新聞's copy of a TVBS story: its partner's label, the name set apart by spaces, its links run into its line.
  it('takes Yahoo\'s "更多 TVBS 報導：" closing the text, its links run in', () => {
    const tvbs = 'https://news.tvbs.com.tw/entertainment/';
    const body = detached(`<p>正文。</p><p>更多 TVBS 報導：<a href="${tvbs}1">甲</a><br><a href="${tvbs}2">乙</a></p>`);
    expect(takeRelatedPointers(body, tvbs)).toEqual([]);
    expect(texts(body)).toEqual(['正文。']);
  });

  // 中国数字时代's pointers (tomyangsh/news-backup 2023-08: 维舟｜…, 【CDT百科】“242”…): the run heading the text goes, and the
  // paragraph after it is the text's; a pointer between two paragraphs stays.
  it('takes the run heading the text, not the text after it nor a pointer in the middle', () => {
    const body = detached(
      `<p>相关阅读：<a href="${CDT}1.html">【网络民议】甲</a></p><p><a href="${CDT}2.html">【立此存照】乙</a></p><p>正文第一段。</p>` +
        `<p>相关阅读：<a href="${CDT}3.html">【敏感词库】丙</a></p><p>正文最后一段。</p>`,
    );
    expect(takeRelatedPointers(body, CDT).map((link) => link.title)).toEqual(['【网络民议】甲', '【立此存照】乙']);
    expect(texts(body)).toEqual(['正文第一段。', '相关阅读：【敏感词库】丙', '正文最后一段。']);
  });

  it('takes a label closing the text with the list under it; a list the text resumes after stays', () => {
    const list = `<ul><li><a href="${CDT}4.html">【CDTV】丁</a></li></ul>`;
    const closing = detached(`<p>正文。</p><p>中国数字时代相关阅读：</p>${list}`);
    expect(takeRelatedPointers(closing, CDT).map((link) => link.url)).toEqual([`${CDT}4.html`]);
    expect(texts(closing)).toEqual(['正文。']);
    const resumed = detached(`<p>正文。</p><p>相关阅读：</p>${list}<p>正文接着说。</p>`);
    expect(takeRelatedPointers(resumed, CDT)).toEqual([]);
    expect(texts(resumed)).toEqual(['正文。', '相关阅读：', '【CDTV】丁', '正文接着说。']);
  });

  it('takes the outlet\'s picks (推荐阅读) out without keeping them, and leaves a quoted address (a tweet\'s "相关阅读：https://t.co/…")', () => {
    const picks = detached(`<p>正文。</p><p>推荐阅读：<a href="${CDT}5.html">戊</a></p>`);
    expect(takeRelatedPointers(picks, CDT)).toEqual([]);
    expect(texts(picks)).toEqual(['正文。']);
    const tweet = detached('<p>相关阅读：<a href="https://t.co/x">https://t.co/x</a></p><p>正文。</p>');
    takeRelatedPointers(tweet, CDT);
    expect(texts(tweet)).toEqual(['相关阅读：https://t.co/x', '正文。']);
  });
});

describe('takeRunInPointers', () => {
  const SITE = 'https://www.bannedbook.org/bnews/';
  // 禁闻网's keyword plugin (zydd999/bnews8 cbnews/20201109/1427980.md): a pointer after the word it keys on, run into the paragraph.
  it('takes the bracketed pointer and its links out of the paragraph, and keeps the words on both sides', () => {
    const body = detached(
      `<p>候选人乔.<span><a href="${SITE}comments/1.html">拜登</a></span>【相关阅读:<a href="${SITE}topimagenews/2.html">拜登伪胜选 美洲2总统不睬</a>】（Joe Biden）已宣布获胜。</p>` +
        `<p>说到川普。【相關閱讀：<a href="${SITE}3.html">甲</a> <a href="${SITE}4.html">乙</a>】下一句。</p>`,
    );
    expect(takeRunInPointers(body, SITE).map((link) => link.title)).toEqual(['拜登伪胜选 美洲2总统不睬', '甲', '乙']);
    expect([...body.children].map((p) => p.textContent)).toEqual(['候选人乔.拜登（Joe Biden）已宣布获胜。', '说到川普。下一句。']);
  });

  it('leaves a bracket the label opens over words, not links only, and one never closed', () => {
    const html = `<p>【相关阅读：<a href="${SITE}5.html">丙</a>等文章】正文。</p><p>【延伸阅读：<a href="${SITE}6.html">丁</a></p>`;
    const body = detached(html);
    expect(takeRunInPointers(body, SITE)).toEqual([]);
    expect(body.innerHTML).toBe(html);
  });
});

describe('removeSignOffs', () => {
  it('takes 燕京书评\'s sign-off with its quotes typed the wrong way round, and the rule over it', () => {
    // NodeBE4/oped2 _posts/2020-10-01-张爱玲与电影的“半生缘”.md
    const body = detached('<p>正文。</p><p>最后一段正文。</p><p>————</p><p>微信搜索”燕京书评“（Pekingbooks）：重申文化想象，重塑文字力量。</p>');
    removeSignOffs(body);
    expect(body.innerHTML).toBe('<p>正文。</p><p>最后一段正文。</p>');
  });

  it('takes an account\'s sign-off and its QR code off the end, not the text that mentions a code earlier', () => {
    const body = detached(
      '<p>正文里说到扫码支付的普及，这是文章的一部分，而且很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长。</p><p>最后一段正文。</p>' +
        '<figure><img src="https://i.imgur.com/qr.jpg"><figcaption>扫码关注彩虹小组</figcaption></figure><p><img src="https://i.imgur.com/qr2.jpg"></p><p>长按识别二维码</p>',
    );
    removeSignOffs(body);
    expect(body.querySelectorAll('img')).toHaveLength(0);
    expect([...body.querySelectorAll('p')].map((p) => p.textContent)).toEqual([expect.stringMatching(/^正文里说到扫码支付/), '最后一段正文。']);
  });

  // The last lines of archived WeChat posts (Terminus2049: 2018-06-09-mutianflowerless-gaokao, 2018-07-29-bei-da-…,
  // 2019-06-13-da-tao-gang, 2016-12-01-YueXin-zishu-2016).
  // And a WeChat exporter's copy closing on the account card's prompt (a WeChat article archive's 9.1k Star 的一站式 AI 后端神器….md).
  it.each(['防失联，请关注木田君的另一个家：木田君的镐头', '【后台回复「20180724jsletter」提取】', '微信扫一扫', 'SaveSave', '点击下方卡片，关注极客之家'])('takes the sign-off line "%s"', (line) => {
    const body = detached(`<p>正文最后一段，说到关注和回复这些词也不要紧。</p><p>${line}</p>`);
    removeSignOffs(body);
    expect([...body.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['正文最后一段，说到关注和回复这些词也不要紧。']);
  });

  // A call to add the account's WeChat by its QR code, or to follow it so as not to get lost (Pincong-data-2026 reposts:
  // "…/e9b5dd4f….md" closes 孙立平's posts so, "…/ec145a1d….md", "…/d7be50e0….md"; news-backup's "设为星标，以防走失"); a text
  // may still tell readers to keep from getting lost.
  it.each(['可以加上面的微信', '加微信，防迷路：', '更多好内容请关注“法度Lawbj”，防走丢', '设为星标，以防走失'])('takes the call to add the account "%s" with its QR code', (line) => {
    const body = detached(`<p>出门记得带上地图防迷路，给孩子戴上防走失手环。</p><p>${line}</p><p><img src="https://i.imgur.com/qr.jpg"></p>`);
    removeSignOffs(body);
    expect(body.innerHTML).toBe('<p>出门记得带上地图防迷路，给孩子戴上防走失手环。</p>');
  });

  it('takes the call to like "点击文末好看" (Terminus2049 2019-03-13-da-jia), not a line that says something looks good', () => {
    const body = detached('<p>正文最后一段。</p><p>这家店的菜点下去好看又好吃。</p><p>点击文末好看，帮喜欢的文章冲榜</p>');
    removeSignOffs(body);
    expect([...body.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['正文最后一段。', '这家店的菜点下去好看又好吃。']);
  });

  // WeChat accounts' posts on 禁闻网 (zydd999/bnews8 lifebaike/20200823/1384536.md, lifebaike/20201108/1427676.md).
  it('takes a call to pass the post on to family and friends, not a sentence that tells of passing something on', () => {
    const body = detached('<p>正文最后一段。</p><p>他把消息转给身边的朋友，朋友都不信。</p><p>赶紧转发给你的亲朋好友吧！</p><p>转给身边更多的人~</p>');
    removeSignOffs(body);
    expect([...body.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['正文最后一段。', '他把消息转给身边的朋友，朋友都不信。']);
  });

  it('takes a feed item\'s disclaimer in its other wordings (仅代表作者…, 并不反映…), not a statement the news reports', () => {
    const body = detached(
      '<p>正文最后一段。</p><p>外交部发言人说。该声明仅代表中方立场。</p>' +
        '<p>本文仅表达作者个人观点，并不反映半岛电视台编辑立场。</p>' +
        '<p><em>德国之声致力于为您提供客观中立的新闻报道，以及展现多种角度的评论分析。文中评论及分析仅代表作者或专家个人立场。</em></p>',
    );
    removeSignOffs(body);
    expect([...body.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['正文最后一段。', '外交部发言人说。该声明仅代表中方立场。']);
  });

  it('takes a call to look an account up ("欢迎搜寻dw.chinese")', () => {
    const body = detached('<p>正文最后一段。</p><p><em>DW中文有<a href="https://www.instagram.com/dw.chinese/">Instagram</a>！欢迎搜寻dw.chinese，看更多深入浅出的图文与影音报道。</em></p>');
    removeSignOffs(body);
    expect([...body.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['正文最后一段。']);
  });
});

describe('signsOffAfter', () => {
  // It reads only what follows the rule (a long compilation's foot without its whole text; comparing every line's
  // position with the rule's cost seconds in Chromium on a page of 25,000 lines).
  it('finds a sign-off prompt after the rule, however deep, and none before it', () => {
    const body = detached('<p>扫码关注我们</p><p>正文</p><hr><div><blockquote><p>长按识别二维码</p></blockquote></div>');
    const rule = body.querySelector('hr')!;
    expect(signsOffAfter(rule, body)).toBe(true);
    body.querySelector('div')!.remove();
    expect(signsOffAfter(rule, body)).toBe(false);
  });
});

describe('removeSocialEmbeds', () => {
  it('takes out an embedded Instagram post (prompt, caption, share line, placeholder) and keeps the text around it', () => {
    const body = detached(
      '<p>正文第一段。</p><blockquote><p><img src="https://example.org/placeholder.png"></p><p><a href="https://www.instagram.com/p/abc/">在 Instagram 查看这则贴文</a></p><p>帖子的说明文字 #标签</p><p>A post shared by 某人 (@someone)</p></blockquote><p>正文第二段。</p>' +
        '<p><a href="https://www.instagram.com/p/def/">View this post on Instagram</a></p><blockquote><p>一段普通的引文。</p></blockquote>',
    );
    removeSocialEmbeds(body);
    expect(body.querySelectorAll('img')).toHaveLength(0);
    expect([...body.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['正文第一段。', '正文第二段。', '一段普通的引文。']);
  });

  it('takes out a tweet embed left with nothing but its prompt (BBC timeline, NodeBE4/news-beyond-wall)', () => {
    const body = detached(
      '<p>中國副總理孫春蘭在武漢青山區一住宅小區視察時，多名住戶隔空高呼發洩不滿。</p><blockquote> <a href="https://twitter.com/globaltimesnews/status/1235770706765451264?ref_src=twsrc%5Etfw">View on Twitter</a> </blockquote><p>中國國家主席習近平抵達武漢，考察防疫工作。</p>',
    );
    removeSocialEmbeds(body);
    expect(body.querySelector('blockquote')).toBeNull();
    expect(body.textContent).not.toContain('View on Twitter');
  });
});

describe('removeBlogChrome', () => {
  // 關鍵評論網's head in the MkDocs archive: its follow button and its op-ed column's call for submissions.
  it('takes a follow button and a call for submissions, and keeps a sentence that opens on the word', () => {
    const body = detached('<p>追蹤我們</p><p>投稿請寄到 oped@thenewslens.com 來信請附上投稿人真實名字。</p><p>关注我们的读者都知道这件事。</p>');
    removeBlogChrome(body);
    expect(body.innerHTML).toBe('<p>关注我们的读者都知道这件事。</p>');
  });

  // 维基新闻's call to follow it and its call to finish a draft; Yahoo 奇摩新聞's button to the cut text, and to a partner's original.
  it('takes a call to follow a site on a platform, a wiki\'s call for drafts and a read-on button', () => {
    const body = detached('<p>欢迎追踪中文维基新闻Instagram！</p><p>新聞徵稿中！請幫忙完善稿件。</p><p>閱讀全文</p><p>原始連結</p><p>欢迎加入Yahoo奇摩电影戏剧粉丝团，接收更多Movie讯息！</p><p>关注《某某大马》WhatsApp频道 随时接收新闻推送。</p><p>关注他的YouTube频道的人越来越多。</p><p>欢迎追踪这起案件的读者留言。</p>');
    removeBlogChrome(body);
    expect(body.innerHTML).toBe('<p>关注他的YouTube频道的人越来越多。</p><p>欢迎追踪这起案件的读者留言。</p>');
  });

  // 阿波罗网's mailbox for tips among a roundup's paragraphs (zydd999/bnews8 topimagenews/20200624/, 20200629/), its address
  // hidden by the copy; a sentence that asks for tips in passing stays.
  it('takes a site\'s mailbox for tips set among the paragraphs, and keeps a sentence that mentions it', () => {
    const kept = '<p>如果网友有相关线索，也欢迎您通过爆料邮箱提供给我们。</p>';
    const body = detached(`<p>正文。</p><p>我们某某网刚刚开了1个爆料邮箱，请大家和我们联系。地址是：<a href="/cdn-cgi/l/email-protection">[email\u00a0protected]</a>。</p><p>（我们某某网刚刚开了1个<a href="/tag/">爆料</a>邮箱，请大家和我们联系。地址是：tips@example.org。）</p><p>某某网爆料邮箱地址是：tips@example.org</p>${kept}`);
    removeBlogChrome(body);
    expect(body.innerHTML).toBe(`<p>正文。</p>${kept}`);
  });

  // 阿波罗网's appeal for gifts among its stories' paragraphs (zydd999/bnews8 topimagenews/20200324/, 20200330/); a story
  // that gives a fund's address in a longer paragraph stays.
  it('takes a site\'s short appeal for gifts with the address to give at', () => {
    const kept = `<p>${'受灾地区的居民仍然缺少饮用水和药品，当地的志愿者组织呼吁各界伸出援手。'.repeat(6)}该组织的捐款网址是：https://example.org/give</p>`;
    const body = detached(`<p>正文。</p><p>某某网的油管频道在报道后被举报，同时被取消广告。再次申请还是被拒。贝宝Paypal赞助地址是：https://donate.example.org/someone。可以选择小额，月付。</p><p>请您用信用卡和美国Paypal赞助，地址为：https://donate.example.org/someone。可以选择小额，月付。</p>${kept}`);
    removeBlogChrome(body);
    expect(body.innerHTML).toBe(`<p>正文。</p>${kept}`);
  });

  // Video channels' calls to subscribe in stories made from their programmes (zydd999/bnews8 topimagenews/, cnnews/); a sentence
  // about a newsletter's subscribers stays.
  it('takes a channel\'s call to subscribe and ring its bell', () => {
    const kept = '<p>如果你订阅了我们的时事通讯，每周四你会在你注册的信箱中收到一封免费电子邮件。</p>';
    const body = detached(`<p>正文。</p><p>请您在订阅某某网的时候，不要忘了点击订阅按钮旁的小铃铛图案，在第一时间收到我们新节目上传的通知。</p><p>🔔点击订阅「某某新闻网」：http://bit.ly/abc 💐点击订阅「某某领袖」：http://bit.ly/def</p><p>欢迎订阅【某某漫游】别忘打开小铃铛，您就将第1时间收到更新！</p>${kept}`);
    removeBlogChrome(body);
    expect(body.innerHTML).toBe(`<p>正文。</p>${kept}`);
  });

  // 星島's related titles run into their label on one line, their links gone; TVBS's and 親子天下's pointers to more of their stories.
  it('takes a related label run into its titles, and keeps a sentence under the label', () => {
    const body = detached('<p>相關新聞：廣州拒批某某登台 因她在台上展示「彩虹旗」？ 某某離婚</p><p>更多 TVBS 報導：某某血尿不止超驚悚 《生而為人》前進夏威夷國際影展</p><p>更多某某文章：擁抱玫瑰少年：愛，讓孩子自信做自己</p><p>相关新闻：据报道，警方已经介入调查。</p><p>更多文章：作者表示，稍后会整理成册。</p>');
    removeBlogChrome(body);
    expect(body.innerHTML).toBe('<p>相关新闻：据报道，警方已经介入调查。</p><p>更多文章：作者表示，稍后会整理成册。</p>');
  });

  // 腾讯新闻's note over a reposted text that it has the writer's leave, naming no one.
  it('takes a note of the writer\'s leave that names no one, and keeps a credit that names the source', () => {
    const body = detached('<p>本文已获得作者授权</p><p>本文经授权转载自某某独立媒体</p><p>不同人对跨性别门诊的印象，大致是两个极端。</p>');
    removeBlogChrome(body);
    expect(body.innerHTML).toBe('<p>本文经授权转载自某某独立媒体</p><p>不同人对跨性别门诊的印象，大致是两个极端。</p>');
  });

  // 温州网's pitch for its SMS edition over the text, and WeChat's steps for sharing a page.
  it('takes a paper\'s SMS edition pitch and WeChat\'s sharing steps', () => {
    const body = detached('<blockquote><p>某某手机报，移动发送abc到10658000 联通发送821到106557877</p></blockquote><p>请用微信 扫一扫 扫描上面的二维码，然后点击页面右上角的 ... 图标</p><p>据某某报道，事件发生在凌晨。</p>');
    removeBlogChrome(body);
    expect(body.innerHTML).toBe('<blockquote></blockquote><p>据某某报道，事件发生在凌晨。</p>');
  });

  it.each([
    'Published 2021年7月13日 2021年4月14日',
    'Posted on July 13, 2021 by admin',
    'Posted on 13 July 2021',
    'Posted on Monday, March 19, 2018 Saturday, March 24, 2018',
    '发布于 2021-07-13',
  ])('takes out the theme\'s posted-on line %s', (line) => {
    const body = detached(`<p>正文。</p><div><strong>${line.split(' ')[0]}</strong> ${line.split(' ').slice(1).join(' ')}</div>`);
    removeBlogChrome(body);
    expect(body.innerHTML).toBe('<p>正文。</p>');
  });

  // 澎湃新闻's pages of WeChat posts in the MkDocs archive (project-polymorph/news-website): the source button, its link lost.
  it('takes out WeChat\'s source button left as a line, not a sentence that names it', () => {
    const body = detached('<p>正文。</p><p>阅读原文</p><p>监制：某某</p><p>点击阅读原文，了解更多。</p>');
    removeBlogChrome(body);
    expect(body.innerHTML).toBe('<p>正文。</p><p>监制：某某</p><p>点击阅读原文，了解更多。</p>');
  });

  // 搜狐号's stamp over the post (project-polymorph/news-website 搜狐新闻); Weibo's and Zhihu's "IP属地".
  it('takes out a platform\'s posted-from stamp wherever it stands, not a sentence that says where a thing came from', () => {
    const body = detached('<p>发布于：广东省</p><p>正文。</p><p><strong>IP属地：</strong>北京</p><p>来自四川省汉源县的小姐妹。</p><p>发布于：北京市的报告指出，情况好转。</p>');
    removeBlogChrome(body);
    expect(body.innerHTML).toBe('<p>正文。</p><p>来自四川省汉源县的小姐妹。</p><p>发布于：北京市的报告指出，情况好转。</p>');
  });

  it('keeps a sentence that opens with the word', () => {
    const body = detached('<p>Published 2021-07-13, the report found that most cases went unreported.</p>');
    removeBlogChrome(body);
    expect(body.textContent).toContain('the report found');
  });
});

describe('removeEndMarks', () => {
  it('takes out an end mark standing alone after the last paragraph, not one ending a paragraph', () => {
    const body = detached('<p>正文。</p><p>最后一段。⚪️</p><p> ⚪️ </p><p>The Original Headline</p>');
    removeEndMarks(body);
    expect(body.innerHTML).toBe('<p>正文。</p><p>最后一段。⚪️</p><p>The Original Headline</p>');
  });

  // A WeChat story copied onto a site (真实故事计划's on chuse8.com): "- END -", which the Markdown made a list item "END -".
  it('takes out the word END between dashes, a paragraph or a list item of its own, not a sentence ending on it', () => {
    const body = detached('<p>正文。</p><p>*应讲述者要求，文中人物信息有模糊</p><ul><li>END -</li></ul><p>— THE END —</p>');
    removeEndMarks(body);
    expect(body.innerHTML).toBe('<p>正文。</p><p>*应讲述者要求，文中人物信息有模糊</p><ul></ul>');
    const told = detached('<p>正文。</p><p>The story has no END</p>');
    removeEndMarks(told);
    expect(told.innerHTML).toBe('<p>正文。</p><p>The story has no END</p>');
  });
});

describe('removeMediaPlaceholders', () => {
  // BBC 中文's player in its layout of 2020; 關鍵評論網's credit under its lead picture, linking the picture's Commons page.
  it('takes a gone player\'s title and length, and a picture\'s credit linking its Commons page', () => {
    const body = detached('<p>Play video, "挑战性别刻板印象的香港跨性别武术家", 节目全长 5,0805:08</p><p><img src="a.jpg"><br><a href="https://commons.wikimedia.org/wiki/File:Pride.jpg">Some Photographer</a></p><p>正文第一段。</p><p><img src="b.jpg"><br><a href="https://example.org/a">某某網站</a></p>');
    removeMediaPlaceholders(body);
    expect(body.innerHTML).toBe('<img src="a.jpg"><p>正文第一段。</p><p><img src="b.jpg"><br><a href="https://example.org/a">某某網站</a></p>');
  });

  // 關鍵評論網's credit under its lead picture, which the text's first words would otherwise name as the outlet.
  it('takes a picture\'s "Photo Credit:" line, a lost picture\'s stand-in and a gone player\'s caption under BBC\'s label', () => {
    const body = detached('<p><img src="a.jpg"><br>Photo Credit: Reuters／達志影像</p><p>[金星早期影像]</p><p>photo credit：大學線</p><p>图像来源: picture-alliance/dpa/Bildfunk/epa/J. L. Scalzo</p><p>Photo Credit: 中央社</p><p>视频加注文字，跨性别男性谢浩霖在2017年申请司法复核。终审法院判他们胜诉。</p><p>如果男跨女直接主張自己該使用女性權益。</p>');
    removeMediaPlaceholders(body);
    expect(body.innerHTML).toBe('<img src="a.jpg"><p>如果男跨女直接主張自己該使用女性權益。</p>');
  });

  // OliverCWY/News 2020/04/05 (a scraped BBC page and its machine translation): image and video placeholders as paragraphs.
  it("takes out a scraped page's image and video placeholders, credit and caption", () => {
    const body = detached(
      '<p>Image copyright PA Media Image caption The Queen will reflect on the "enormous changes" to daily life</p><p>The Queen is to stress the value of self-discipline.</p>' +
        '<p>图片版权PA Media图片说明女王将反思日常生活的“巨大变化”</p><p>Image copyright Getty Images</p>' +
        // OliverCWY/News 2020/08/22: a caption with no credit, translated.
        '<p>图片说明有些乐队可能需要根据舞台上的距离规则调整舞台表演</p>' +
        '<p>Media playback is unsupported on your device Media caption Rishi Sunak: "The government is going to step in and help to pay people\'s wages"</p>',
    );
    removeMediaPlaceholders(body);
    expect(body.innerHTML).toBe('<p>The Queen is to stress the value of self-discipline.</p>');
  });

  // OliverCWY/News 2020/05/05 (a scraped CNN opinion and its machine translation): CNN's video player, title twice and length.
  it("takes out CNN's video player, translated too", () => {
    const body = detached(
      "<p>JUST WATCHED Von der Leyen: I hope US will join vaccine conference Replay More Videos ... MUST WATCH Von der Leyen: I hope US will join vaccine conference 02:26</p>" +
        '<p>Why it is so difficult?</p><p>刚刚观看冯德莱恩：我希望美国将参加疫苗会议重播更多视频...必须观看冯德莱恩：我希望美国将参加疫苗会议02:26</p>' +
        // OliverCWY/News 2020/03: the labels translated otherwise.
        '<p>刚看完纳瓦尔尼：普京的政权是建立在腐败之上（2018）重放更多视频...一定要看纳瓦尔尼：普京的政权是建立在腐败之上（2018）03:23</p>' +
        "<p>守望医生：'我们的面具是我们唯一的盔甲'重放更多视频...守望医生：'我们的面具是我们唯一的盔甲'11:22</p>",
    );
    removeMediaPlaceholders(body);
    expect(body.innerHTML).toBe('<p>Why it is so difficult?</p>');
  });

  // OliverCWY/News 2020/03/21/BBC.md: the scraper ran the article's first paragraph into the placeholder.
  it('keeps a placeholder the next paragraph ran into: it ends as a sentence does', () => {
    const body = detached(
      '<p>Image copyright Getty ImagesMcDonald\'s will close all 1,270 of its restaurants in the UK by the end of Monday, as fears over the spread of coronavirus escalate.</p>',
    );
    removeMediaPlaceholders(body);
    expect(body.textContent).toContain("McDonald's will close all 1,270");
  });
});

describe('removeInlineBoxes', () => {
  // OliverCWY/News 2020/05 (scraped CNN and Straits Times pages and their machine translations): a box pointing to
  // another story, its label run into the headline, the link lost.
  it("takes out a news site's pointers to its other stories, translated too", () => {
    const body = detached(
      '<p>Related content 13 of the most spectacular footbridges around the world</p><p>The bridge is a critical traffic artery.</p>' +
        '<p>Related video: The evolution of red lipstick</p><p>相关故事锁定在印尼包含冠状病毒吗？测试套件和透明度可能是更好的解药</p><p>相关内容世界上最好的船上潜水船</p>' +
        // tomyangsh/news-backup (中国数字时代): its own label over a video it shows stays.
        '<p>相关视频：【CDTV】武汉上万名退休人员在市政府前聚集抗议</p>',
    );
    removeInlineBoxes(body);
    expect(body.innerHTML).toBe('<p>The bridge is a critical traffic artery.</p><p>相关视频：【CDTV】武汉上万名退休人员在市政府前聚集抗议</p>');
  });

  // OliverCWY/News 2020/05/05 (a CNN opinion and its machine translation): the section's newsletter and follow boxes.
  it("takes out a news site's newsletter and follow boxes, translated too", () => {
    const body = detached(
      "<p>Get our free weekly newsletter Sign up for CNN Opinion's new newsletter. Join us on Twitter and Facebook</p><p>Follow CNN Opinion Join us on Twitter and Facebook</p>" +
        '<p>And curiously, the cure must not be worse than the disease.</p><p>获取我们的免费每周时事通讯注册CNN Opinion的新时事通讯。加入我们的Twitter和Facebook</p>' +
        '<p>在Facebook和Twitter上关注CNN Health在Facebook和Twitter上查看最新新闻并与CNN Health分享您的评论。</p>',
    );
    removeInlineBoxes(body);
    expect(body.innerHTML).toBe('<p>And curiously, the cure must not be worse than the disease.</p>');
  });

  // OliverCWY/News 2020/03: the scraper ran the next paragraph into the pointer; the line holds text and stays.
  it('keeps a pointer the next paragraph ran into: it ends as a sentence does', () => {
    const body = detached(
      '<p>Related Story Coronavirus: Malaysian King goes out to check on restricted movement order complianceSome experts have warned Malaysians not to be complacent.</p>' +
        '<p>相关内容意大利最好的海滩和岛屿“现在粉红色几乎消失了，很难看到。”他说。</p>',
    );
    removeInlineBoxes(body);
    expect(body.querySelectorAll('p')).toHaveLength(2);
  });
});

describe('removeCopyrightNotices', () => {
  // Human Rights Watch's lead picture in the MkDocs archive: "![caption](…)" over its credit "© 2017 路透社", one paragraph.
  it('keeps the picture a notice credits', () => {
    const body = detached('<p><img src="a.jpg" alt="平权婚姻支持者在场外庆祝拥抱。"><br>© 2017 路透社</p><p>人权不应交由投票表决。</p>');
    removeCopyrightNotices(body);
    expect(body.innerHTML).toBe('<img src="a.jpg" alt="平权婚姻支持者在场外庆祝拥抱。"><p>人权不应交由投票表决。</p>');
  });

  // Info-cn/Terminus 2018-04-25-pku-president (火星试验室): the account's notice after the interview.
  it('takes out a rights notice', () => {
    const body = detached('<p>林建华：这些都是要做要完善的。</p><p>本文未经允许请勿转载</p><p>本文由 日本通 授权 日本通 发表，版权属作者所有，未经许可，严禁通过任何形式转载。</p>');
    removeCopyrightNotices(body);
    expect(body.innerHTML).toBe('<p>林建华：这些都是要做要完善的。</p>');
  });

  // free-xueq-jianb.github.io docs/2022/04/11/meet_jianbing (Hexo, Stellar theme): the licence box under every post.
  it("takes out a blog theme's licence box, its label and its notice", () => {
    const body = detached(
      '<p>（2022.4.11）</p><div><div><span>许可协议</span></div><div><p>本文采用 <a href="https://creativecommons.org/licenses/by-nc-sa/4.0/">署名-非商业性使用-相同方式共享 4.0 国际</a> 许可协议，转载请注明出处。</p></div></div>',
    );
    removeCopyrightNotices(body);
    expect(body.textContent).toBe('（2022.4.11）');
  });
});

describe('takeEnglishByline', () => {
  const opEd = '<p>United States President Donald Trump\'s latest move to double metal tariffs on Turkey is a stab in the back.</p><p>That is the reason why the West needs Turkey.</p>';

  it("takes an op-ed's byline opening the text, with the writer's description under it, and gives the writer", () => {
    const body = detached(`<p>By Alvin Chan<br>\n <em><strong>A 17 year old student's view on global affairs</strong></em></p>${opEd}`);
    expect(takeEnglishByline(body)).toBe('Alvin Chan');
    expect(body.textContent).not.toContain('By Alvin Chan');
    expect(body.textContent).not.toContain('17 year old');
    const noted = detached(`<p>Editor's note: This is translated by the author from his original Chinese article.</p><p><strong>By Professor Ben Cowling, School of Public Health, The University of Hong Kong</strong></p>${opEd}`);
    expect(takeEnglishByline(noted)).toBe('Professor Ben Cowling');
    expect(noted.textContent).toContain("Editor's note");
  });

  it('leaves a sentence that opens with "By", and a byline run into the text', () => {
    const sentence = detached(`<p>By August 17, 2017, he could declare "mission accomplished."</p>${opEd}`);
    expect(takeEnglishByline(sentence)).toBeNull();
    expect(sentence.textContent).toContain('By August 17');
    const runOn = detached(`<p>By Alvin Chan<br>United States President Donald Trump's latest move.<br>That is the reason.</p>${opEd}`);
    expect(takeEnglishByline(runOn)).toBeNull();
  });
});

