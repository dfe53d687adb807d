import { describe, expect, it } from 'vitest';
import { removeAttributeLists } from '../../../src/core/clean/attribute-lists';
import { elementOf as root } from '../../helpers/element';

const squashed = (el: Element) => el.innerHTML.replace(/\s+/g, ' ').replace(/> </g, '><').trim();

describe('removeAttributeLists', () => {
  it('takes a class list off the end of a block, with or without kramdown\'s colon', () => {
    const el = root('<blockquote><p>以下文本为音频转录结果。 {.is-warning}</p></blockquote><ul><li>链接 {: .links-list .wide}</li></ul>');
    removeAttributeLists(el);
    expect(squashed(el)).toBe('<blockquote><p>以下文本为音频转录结果。</p></blockquote><ul><li>链接</li></ul>');
  });

  it('takes MkDocs attribute lists off too: a data-* mark, an id, a name=value pair', () => {
    const el = root('<h2>正文 { data-search-exclude }</h2><h2>汉网-武汉晚报 { data-search-exclude }</h2><p>引言 {#lead}</p><p>图 { width="300" .center }</p>');
    removeAttributeLists(el);
    expect(squashed(el)).toBe('<h2>正文</h2><h2>汉网-武汉晚报</h2><p>引言</p><p>图</p>');
  });

  it('leaves braces that are no class list, and any in code', () => {
    const html = '<p>集合 {a, b}</p><p>写作 <code>x {.y}</code></p><p>中间 {.tabset} 还有字</p><p>模板 {name}</p><p>条件 { a = b }</p><p>编号 {#1}</p>';
    const el = root(html);
    removeAttributeLists(el);
    expect(el.innerHTML).toBe(html);
  });

  it('drops a tabset with its player-only tabs and stops at a tab with text', () => {
    const el = root('<h1>Tabs {.tabset}</h1><h2>B站</h2><div></div><h2>YouTube</h2><div> </div><h2>文字稿</h2><p>正文</p><h2>后记</h2><p>尾</p>');
    removeAttributeLists(el);
    expect(squashed(el)).toBe('<h2>文字稿</h2><p>正文</p><h2>后记</h2><p>尾</p>');
  });
});
