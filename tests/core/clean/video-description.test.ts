import { describe, expect, it } from 'vitest';
import { removeChannelPitches } from '../../../src/core/clean/video-description';
import { elementOf as root } from '../../helpers/element';

const paragraphs = (el: Element) => [...el.querySelectorAll('p')].map((p) => p.textContent);

// Video posts of 禁闻网's text edition (zydd999/bnews8, bannedvideo/ and taiwannews/): the description a paragraph a block.
describe('removeChannelPitches', () => {
  it('takes out hashtag runs, blocks of links, and a pitch from the clause it starts in, past a lone dash', () => {
    const el = root(
      '<p>#乔治亚州 #听证会<br>\n乔治亚的听证会呈现重磅证据，有个开票所 监票员被骗离开<br>\n–<br>\n支持“大纪元”让全世界看到正义：https://donate.example.org</p>' +
        '<p>来宾：汪浩、黄世聪</p><p>脸书粉丝专页：https://www.facebook.com/x/<br>Twitter：https://twitter.com/x</p><p>#川普<br>#拜登</p>' +
        '<p>毕竟固定利率风险是可控的。以下为加入youtube会员链接：<br>\nhttps://www.youtube.com/channel/x/join<br>\n推特：https://twitter.com/x</p>',
    );
    removeChannelPitches(el);
    expect(paragraphs(el)).toEqual(['乔治亚的听证会呈现重磅证据，有个开票所 监票员被骗离开', '来宾：汪浩、黄世聪', '毕竟固定利率风险是可控的。']);
  });

  it('takes out an embedded post that pitches with its signature, and the label of a related list left empty', () => {
    const el = root('<p>正文一段。</p><blockquote><p>世界上最快捷、穩定VPN https://t.co/abc</p><p>— 德傳媒 (@SHENCHUANWH) May 6, 2020</p></blockquote><p># # #<br>相关文章：</p>');
    removeChannelPitches(el);
    expect(el.textContent).toBe('正文一段。');
  });

  it('keeps the show\'s own lines: its topics, guests and airtimes', () => {
    const html = '<p>习近平不遵守国际秩序!庞皮欧吁北约联手对付中共?!</p><p>最美主持人：陈凝观<br>播出时间：壹电视新闻台CH49 每周一至周五晚间八点到十点</p>';
    const el = root(html);
    removeChannelPitches(el);
    expect(el.innerHTML).toBe(html);
  });
});
