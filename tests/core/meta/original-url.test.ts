import { describe, expect, it } from 'vitest';
import { addressesPage, originalUrlAfterLabel, originalUrlInLinks, originalUrlInText } from '../../../src/core/meta/original-url';
import { elementOf as root } from '../../helpers/element';

describe('originalUrlAfterLabel', () => {
  it.each([
    ['> 原文：', '<blockquote><p>原文：<a href="http://www.epochtimes.com/gb/17/11/20/n9870365.htm">标题</a></p></blockquote>', 'http://www.epochtimes.com/gb/17/11/20/n9870365.htm'],
    ['浏览原文：', '<p>下载<a href="https://github.com/x/www/blob/master/README.md#8">翻墙软件</a>浏览原文：<a href="https://www.epochtimes.com/gb/22/2/1/n13547108.htm">标题</a></p>', 'https://www.epochtimes.com/gb/22/2/1/n13547108.htm'],
    ['原文地址： (URL as the text)', '<p>原文地址： <a href="http://www.epochtimes.com/gb/19/4/30/n11223652.htm">http://www.epochtimes.com/gb/19/4/30/n11223652.htm</a> （国内需用<a href="https://git.io/fjmgJ">翻墙软件</a>才能访问）</p>', 'http://www.epochtimes.com/gb/19/4/30/n11223652.htm'],
    ['原文链接（需翻墙访问）：', '<p>原文链接（需翻墙访问）：<a href="https://www.ntdtv.com/gb/2019/09/26/a102673342.html">标题</a></p>', 'https://www.ntdtv.com/gb/2019/09/26/a102673342.html'],
  ])('takes the link after %s', (_label, html, url) => expect(originalUrlAfterLabel(root(html))).toBe(url));

  it('skips the outlet home page and the download link a credit line also carries', () => {
    const credit = root('<h4>本文转自<a href="https://www.ntdtv.com">新唐人</a>（国内需用<a href="https://git.io/JesJV">翻墙软件</a>才能访问）</h4><blockquote><p>原文：<a href="https://www.ntdtv.com/gb/2018/06/29/a1381600.html">标题</a></p></blockquote>');
    expect(originalUrlAfterLabel(credit)).toBe('https://www.ntdtv.com/gb/2018/06/29/a1381600.html');
  });

  it('finds nothing without a labelled link', () => {
    expect(originalUrlAfterLabel(root('<p>原文：一句引用的原话。</p><p>见<a href="https://example.com/a">此处</a></p>'))).toBeNull();
    expect(originalUrlAfterLabel(root('<p>原文：<a href="#1">锚点</a></p>'))).toBeNull();
  });
});

describe('originalUrlInLinks', () => {
  it.each([
    ['a link named as the original', '<p><a href="https://www.voachinese.com/a/7000001.html">浏览原文</a></p>', 'https://www.voachinese.com/a/7000001.html'],
    ['a bold label opening its block', '<p><strong>原文：</strong><a href="https://www.rfa.org/mandarin/yataibaodao/a.html">标题</a></p>', 'https://www.rfa.org/mandarin/yataibaodao/a.html'],
    ['a reprint credit', '<p>本文转自<a href="https://www.dw.com/zh/a-1">德国之声</a></p>', 'https://www.dw.com/zh/a-1'],
    ['a link name inside the block', '<p>（以上二段的原文链接 <a href="https://example.com/a">见此</a>）</p>', 'https://example.com/a'],
    ['"原文" right before a struck link', '<p>作者红雨青山，微信原文<del><a href="https://mp.weixin.qq.com/s/pCcd">链接</a></del>，图片已丢失。</p>', 'https://mp.weixin.qq.com/s/pCcd'],
    ['"查看原文" right before its link', '<p>对原文有删减，查看原文<a href="https://mp.weixin.qq.com/s/2OBo">请点此</a></p>', 'https://mp.weixin.qq.com/s/2OBo'],
  ])('takes %s', (_what, html, url) => expect(originalUrlInLinks(root(html))).toBe(url));

  it('takes no link of a sentence that only uses the word 原文', () => {
    // A Q&A compilation's answer: the recording's "原文", and a link to a search for a name.
    const answer = '<p>录音原文过于反动，以至于没法放出完整版。比<a href="https://zhida.zhihu.com/search?q=x">毕姥爷</a>严重个七八倍。</p>';
    expect(originalUrlInLinks(root(answer))).toBeNull();
  });
});

describe('originalUrlInText', () => {
  // One label vocabulary (meta/labels.ts): the traditional-script labels and every source label credit a URL
  // in text as their simplified forms do.
  it.each([
    ['原文链接（需翻墙访问）：https://www.ntdtv.com/gb/2019/09/26/a102673342.html', 'https://www.ntdtv.com/gb/2019/09/26/a102673342.html'],
    ['原文鏈接（需翻牆訪問）：https://www.ntdtv.com/b5/2019/09/26/a102673342.html', 'https://www.ntdtv.com/b5/2019/09/26/a102673342.html'],
    ['原文連結：https://www.ntdtv.com/b5/2019/09/26/a102673342.html。', 'https://www.ntdtv.com/b5/2019/09/26/a102673342.html'],
    ['出處：https://www.cna.com.tw/news/aipl/202308010100.aspx', 'https://www.cna.com.tw/news/aipl/202308010100.aspx'],
  ])('%s', (text, url) => expect(originalUrlInText(text)).toBe(url));
});

describe('addressesPage', () => {
  it('takes a site\'s bare root for no page, with or without its slash', () => {
    expect(addressesPage('http://206.189.252.32:8088/')).toBe(false);
    expect(addressesPage('http://littleantvoice.blogspot.com')).toBe(false);
    expect(addressesPage('https://mp.weixin.qq.com//')).toBe(false);
  });

  // tomyangsh/news-backup 2023-06 (中国数字时代's card): "来源：" linking CDT's page for the platform the post came from.
  it("takes an archive's page for a name for no page", () => {
    expect(addressesPage('https://chinadigitaltimes.net/space/%E6%8E%A8%E7%89%B9')).toBe(false);
    expect(addressesPage('https://chinadigitaltimes.net/chinese/694950.html')).toBe(true);
  });

  // tomyangsh/news-backup 2023-11…2024-06 (中国数字时代's card): "来源：[微博](https://weibo.com/u/…)" names the account, not its post;
  // a card template's Wayback link left unfilled ("web.archive.org/web/原文链接") captures nothing.
  it("takes a Weibo account's home and a Wayback address that captures nothing for no page", () => {
    expect(addressesPage('https://weibo.com/u/7841478845')).toBe(false);
    expect(addressesPage('https://weibo.com/1926909715')).toBe(false);
    expect(addressesPage('https://weibo.com/1926909715/NopetnVVw')).toBe(true);
    expect(addressesPage('https://web.archive.org/web/')).toBe(false);
    expect(addressesPage('https://web.archive.org/web/%E5%8E%9F%E6%96%87%E9%93%BE%E6%8E%A5')).toBe(false);
    expect(addressesPage('https://web.archive.org/web/20231017230702/https://mp.weixin.qq.com/s/gISILPjDTlygEsxsciSRng')).toBe(true);
  });

  // tomyangsh/news-backup 2022-10…2023-03 (中国数字时代's card): a column's own posts give "来源：" its column page (37 of
  // 2,544 articles of 2023-0 and 2022-1); a blog's category, tag and author pages list posts.
  it("takes an archive's column page and a blog's category, tag or author page for no page", () => {
    expect(addressesPage('https://chinadigitaltimes.net/chinese/404-archives')).toBe(false);
    expect(addressesPage('https://chinadigitaltimes.net/chinese/media-recommendations/')).toBe(false);
    expect(addressesPage('https://chinadigitaltimes.net/chinese/693219')).toBe(true);
    expect(addressesPage('https://chinadigitaltimes.net/chinese/?p=690475')).toBe(true);
    expect(addressesPage('https://www.example-blog.org/category/news/')).toBe(false);
    expect(addressesPage('https://www.example-blog.org/tag/%E4%BA%BA%E6%9D%83')).toBe(false);
    expect(addressesPage('https://www.example-blog.org/author/someone/')).toBe(false);
    expect(addressesPage('https://www.example-blog.org/2020/05/category-of-crimes/')).toBe(true);
  });

  it('takes any path or query for a page', () => {
    expect(addressesPage('https://www.rfa.org/mandarin/yataibaodao/2020/01/01/a.html')).toBe(true);
    expect(addressesPage('https://mp.weixin.qq.com/s?__biz=MzA&mid=1')).toBe(true);
    expect(addressesPage('https://www.bbc.com/zhongwen/simp')).toBe(true);
  });
});
