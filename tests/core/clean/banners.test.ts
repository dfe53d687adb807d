import { describe, expect, it } from 'vitest';
import { removePromoBanners } from '../../../src/core/clean/banners';
import { elementOf as root } from '../../helpers/element';

const text = '<p>有意思的是，食石兽排泄出来的“废物”和我们日常所见到的沙子是一样的，科学家们无法将食石兽进行一个分类。</p>';

describe('removePromoBanners', () => {
  // 禁闻网's text edition under its text (zydd999/bnews8): the ad is a span that opens it, not a link.
  it('takes out a line of circumvention downloads and ads that links them', () => {
    const el = root(`${text}<p><a href="https://example.org/wiki/app">PC翻墙、安卓VPN翻墙APP</a>、<span>AD：搬瓦工官方翻墙服务Just My Socks，不怕被墙</span></p><p>来源：科学星</p>`);
    removePromoBanners(el);
    expect(el.textContent).toBe('有意思的是，食石兽排泄出来的“废物”和我们日常所见到的沙子是一样的，科学家们无法将食石兽进行一个分类。来源：科学星');
  });

  it.each([
    ['a sentence about circumvention', '<p>他说，<a href="https://example.org/a">翻墙</a>的人越来越多，翻墙软件也越来越难找。</p>'],
    ['a line naming it twice without a link', '<p>翻墙软件、翻墙教程</p>'],
  ])('keeps %s', (_, line) => {
    const el = root(`${text}${line}`);
    removePromoBanners(el);
    expect(el.innerHTML).toBe(`${text}${line}`);
  });
});
