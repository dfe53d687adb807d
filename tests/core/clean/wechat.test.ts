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
});
