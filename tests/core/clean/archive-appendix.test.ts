import { describe, expect, it } from 'vitest';
import { cutArchiveAppendix } from '../../../src/core/clean/archive-appendix';
import { elementOf as root } from '../../helpers/element';

const squashed = (el: Element) => el.innerHTML.replace(/\s+/g, ' ').replace(/> </g, '><').trim();
const metadataTable =
  '<table><tr><th>Attribute</th><th>Value</th></tr><tr><td>Original Link</td><td><a href="https://www.voachinese.com/a/x/1.html">https://www.voachinese.com/a/x/1.html</a></td></tr><tr><td>Date</td><td>2018-04-17</td></tr></table>';

describe('cutArchiveAppendix', () => {
  it('cuts from the machine summary\'s heading: summary, note, metadata table and the archive\'s line', () => {
    const el = root(`<p>正文末段。</p><h2>摘要与附加信息</h2><p>这篇文章讨论了……</p><blockquote><p>摘要与附加信息为自动生成，仅供检索与参考。</p></blockquote><h3>附加信息</h3>${metadataTable}<p>本文由某档案馆归档整理，仅供浏览。</p>`);
    cutArchiveAppendix(el);
    expect(squashed(el)).toBe('<p>正文末段。</p>');
  });

  it('finds the summary\'s heading over a summary of four paragraphs', () => {
    const el = root(`<p>正文末段。</p><h2>摘要与附加信息</h2><p>该文件为一篇新闻报道。</p><p>在文中，专家进行了交流。</p><p>此外，她探讨了身份认同。</p><p>整篇文章反映了其中的挑战。</p><blockquote><p>摘要与附加信息为自动生成，仅供检索与参考。</p></blockquote><h3>附加信息</h3>${metadataTable}`);
    cutArchiveAppendix(el);
    expect(squashed(el)).toBe('<p>正文末段。</p>');
  });

  it('takes a metadata table with the heading right over it only: an article\'s last section stays', () => {
    const el = root(`<h2>结语</h2><p>最后一段。</p>${metadataTable}`);
    cutArchiveAppendix(el);
    expect(squashed(el)).toBe('<h2>结语</h2><p>最后一段。</p>');
  });

  it('leaves a table of two columns that names no original, and a note that is no machine\'s', () => {
    const html = '<p>数据如下。</p><table><tr><td>年份</td><td>人数</td></tr><tr><td>2019</td><td>12</td></tr><tr><td>2020</td><td>15</td></tr></table><blockquote><p>以上数据为自己整理。</p></blockquote>';
    const el = root(html);
    const before = el.innerHTML;
    cutArchiveAppendix(el);
    expect(el.innerHTML).toBe(before);
  });
});
