import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/core/source/markdown';

describe('renderMarkdown: bold runs in text written without spaces', () => {
  it('closes a bold run that ends on its own punctuation before a Han letter', () => {
    expect(renderMarkdown('**何清涟评论分析文章：**美国2024大选日即将到来')).toContain('<strong>何清涟评论分析文章：</strong>美国');
    expect(renderMarkdown('他的**上半身是女性，下半身是男性。**他既不是男孩')).toContain('<strong>上半身是女性，下半身是男性。</strong>他既');
  });

  it('opens a bold run on a quote after a Han letter', () => {
    expect(renderMarkdown('她们称呼自己为**「药娘」**。')).toContain('为<strong>「药娘」</strong>。');
  });

  it('keeps masked digits, spaced asterisks and CommonMark emphasis as they were', () => {
    expect(renderMarkdown('132****2088 2024-08-11')).toContain('132****2088');
    expect(renderMarkdown('注 * ：数据')).toContain('注 * ：数据');
    // Masks over names before a comma, two asterisks or one, pair no more than before.
    expect(renderMarkdown('原告黄**，被告钱**，均未到庭')).toContain('原告黄**，被告钱**，');
    expect(renderMarkdown('在街上四处游*，当发现目标男*角色之后')).toContain('四处游*，当发现目标男*角色');
    expect(renderMarkdown('**bold** and *it*')).toContain('<strong>bold</strong> and <em>it</em>');
  });
});
