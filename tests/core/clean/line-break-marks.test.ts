import { describe, expect, it } from 'vitest';
import { replaceLineBreakMarks } from '../../../src/core/clean/line-break-marks';
import { elementOf as root } from '../../helpers/element';

describe('replaceLineBreakMarks', () => {
  it('breaks a line where kramdown would, inside and after inline markup, and drops a mark that ends a block', () => {
    const el = root('<p>风雪；\\\n开路者。</p><p>其一是：<strong>“告一段落”</strong>\\\n其二是。\\</p>');
    replaceLineBreakMarks(el);
    expect(el.innerHTML).toBe('<p>风雪；<br>开路者。</p><p>其一是：<strong>“告一段落”</strong><br>其二是。</p>');
  });

  it('leaves code, a backslash inside a line, and one before inline markup', () => {
    const html = '<pre>make \\\n  all</pre><p>路径 C:\\data 在此</p><p>反斜杠\\<em>强调</em></p><p><code>a \\\nb</code></p>';
    const el = root(html);
    replaceLineBreakMarks(el);
    expect(el.innerHTML).toBe(html);
  });
});
