import { describe, expect, it } from 'vitest';
import { removeEmptyElements, removePromoBlocks, takeRelatedLists } from '../../../src/core/clean/clutter';

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
});

describe('takeRelatedLists', () => {
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
});
