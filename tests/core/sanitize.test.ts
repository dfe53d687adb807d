import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../src/core/sanitize';

const win = window as unknown as Window & typeof globalThis;
const clean = (html: string) => sanitizeArticleHtml(html, win);

describe('sanitizeArticleHtml', () => {
  it('keeps the reading structure', () => {
    const html = '<h2>标题</h2><figure><img src="https://a.example/p.jpg" alt="图"><figcaption>说明</figcaption></figure><blockquote><p>引文</p></blockquote><table><tr><td>1</td></tr></table>';
    expect(clean(html)).toContain('<figcaption>说明</figcaption>');
    expect(clean(html)).toContain('<img src="https://a.example/p.jpg" alt="图">');
    expect(clean(html)).toContain('<td>1</td>');
  });

  it('removes anything executable or styled', () => {
    const out = clean(
      '<p onclick="x()" style="color:red" class="ad" id="main">正文<script>alert(1)</script></p><img src=x onerror=alert(1)><iframe src="https://e.example"></iframe><svg><script>1</script></svg><form action="https://e.example"><input></form>',
    );
    // A relative src is no safe URL here: finalize makes every URL absolute before sanitising.
    expect(out).toBe('<p>正文</p><img>');
  });

  it('keeps only http(s) and mailto links, opened safely', () => {
    const out = clean('<a href="javascript:alert(1)">a</a><a href="data:text/html,x">b</a><a href="vbscript:x">c</a><a href="https://ok.example/">d</a>');
    expect(out).not.toMatch(/javascript:|data:|vbscript:/);
    expect(out).toContain('<a href="https://ok.example/" rel="noopener noreferrer nofollow" target="_blank">d</a>');
  });
});
