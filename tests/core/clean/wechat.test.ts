import { describe, expect, it } from 'vitest';
import { takeWechatCredits } from '../../../src/core/clean/wechat';
import { elementOf } from '../../helpers/element';

const text = '<p>「台灣女兒」某某日前在巴黎奧運參賽時無端捲入性別爭議，讓她備感壓力，不過她還是展現強大意志力。</p><p>對於這些不友善的聲音，某某依舊維持一貫風度。</p>';

describe('takeWechatCredits', () => {
  it('takes a byline whose name comes before its role, and reads no byline in a link\'s "閱讀全文"', () => {
    const credited = elementOf(`<p>秦前红教授 文</p>${text}`);
    expect(takeWechatCredits(credited).author).toBe('秦前红');
    // Yahoo 奇摩新聞's button over a cut text, saved as a line of its own.
    const button = elementOf(`<p>閱讀全文</p>${text}`);
    expect(takeWechatCredits(button).author).toBeNull();
  });

  it("takes a column's writer from the bracketed byline, digits, Latin letters and quotes with the name, a note after it left out", () => {
    const cases: Array<[string, string]> = [
      ['【撰文：1B學生】', '1B學生'],
      ['【撰文：地圖開發專家Homing TAM】', '地圖開發專家Homing TAM'],
      ['【撰文：保險代理「保險刀」】', '保險代理「保險刀」'],
      ['【撰文：楊某某（駐韓獨立記者、某新聞平台創辦人）】', '楊某某'],
      ['【撰文：家興，自由撰稿人】', '家興'],
      ['【撰文：梁某某@廚職背遊】', '梁某某'],
      ['【撰文：《雙城對倒》作者鄺某某】', '鄺某某'],
      ['【撰文：林某某】 作者為資深新聞工作者，現已退休', '林某某'],
    ];
    for (const [byline, writer] of cases) expect(takeWechatCredits(elementOf(`<p>${byline}</p>${text}`)).author).toBe(writer);
  });

  // 人民报's stories as 禁闻网 copies them (zydd999/bnews8 ccpdope/): the writer's name alone under the headline, the same
  // name in the credit closing the text; and its disclaimer in brackets run into the first paragraph.
  it('takes a writer named alone at the head when the closing credit names them, and a disclaimer run into the first paragraph', () => {
    const el = elementOf('<p>\t张目</p><p><b>孙大午曾明言，自己是个干净的人。</b></p><p>【来源：<a href="https://renminbao.com/">人民报</a>，文章内容并不代表本网立场和观点。】亿万富豪孙大午，1954年6月出生。</p><p>好在，天快亮了。（文/张目）△</p>');
    expect(takeWechatCredits(el).author).toBe('张目');
    expect(el.textContent).toBe('孙大午曾明言，自己是个干净的人。亿万富豪孙大午，1954年6月出生。好在，天快亮了。（文/张目）△');
    // A short line whose name the closing credit does not give is a heading or a place, and stays.
    const uncredited = elementOf('<p>武汉封城</p><p>正文。（文/张目）</p>');
    expect(takeWechatCredits(uncredited).author).toBeNull();
    expect(uncredited.querySelectorAll('p')).toHaveLength(2);
  });

  it('reads no byline in a line that is one link ("陳皓桓庭上陳情全文")', () => {
    const pointer = elementOf(`${text}<p><a href="https://www.example.com/article/41612">陳某某庭上陳情全文</a></p>`);
    expect(takeWechatCredits(pointer).author).toBeNull();
  });
});
