// Served markup brought to GitHub's shape: what the blob and HTML forms copy out of the live page.
import { describe, expect, it } from 'vitest';
import { copyInGithubShape, type ChromeRule } from '../../src/core/forms/github-shape';

/** A served document holding `html` in its body, and an empty body of an inert document to copy into. */
function servedAndTarget(html: string): { served: Document; target: HTMLElement } {
  const served = document.implementation.createHTMLDocument('');
  served.body.innerHTML = html;
  return { served, target: document.implementation.createHTMLDocument('').body };
}

describe('copyInGithubShape', () => {
  it('keeps GitHub\'s elements and attributes, unwraps unknown elements, drops script-like ones and tracking pixels', () => {
    const { served, target } = servedAndTarget(
      '<p dir="auto" class="x" style="color:red" onclick="f()">正文<custom-tag data-x="1">内文</custom-tag><script>s()</script></p>' +
        '<img src="https://a.example/p.jpg" alt="图" width="1"><img src="https://a.example/q.jpg" alt="图二"><!-- 注 -->',
    );
    copyInGithubShape(served.body.childNodes, target);
    expect(target.innerHTML).toBe('<p dir="auto">正文内文</p><img src="https://a.example/q.jpg" alt="图二"><!-- 注 -->');
  });

  it('decides on the markup as it was served: a rule may read an element\'s parent that another rule unwraps', () => {
    const { served, target } = servedAndTarget('<details class="box"><summary>键</summary><p>值</p></details>');
    const chrome: ChromeRule = (el) => {
      if (el.localName === 'details') return 'unwrap';
      return el.localName === 'summary' && el.parentElement?.classList.contains('box') ? 'drop' : null;
    };
    copyInGithubShape(served.body.childNodes, target, chrome);
    expect(target.innerHTML).toBe('<p>值</p>');
  });

  it('takes an element a script made in another namespace, or a processing instruction, for no element of the article', () => {
    const { served, target } = servedAndTarget('<div></div>');
    const div = served.body.firstElementChild!;
    const foreign = served.createElementNS('urn:other', 'p');
    foreign.textContent = '文字';
    div.append(foreign, served.createProcessingInstruction('x', 'y'));
    copyInGithubShape(served.body.childNodes, target);
    expect(target.innerHTML).toBe('<div>文字</div>');
  });

  it('leaves the served page as it was', () => {
    const { served, target } = servedAndTarget('<p class="x"><span>一</span><script>s()</script></p>');
    const before = served.body.innerHTML;
    copyInGithubShape(served.body.childNodes, target);
    expect(served.body.innerHTML).toBe(before);
  });
});
