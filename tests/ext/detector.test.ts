// The content script's cheap decisions, under jsdom: markers, soft navigations, waiting for GitHub
// to render the next file.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleRoot, leadingText } from '../../src/content/candidate';
import { watchNavigations } from '../../src/content/navigation';
import { waitForArticle } from '../../src/content/wait-for-article';

const chinese = (n: number): string => '中华民国台湾香港新闻自由人权'.repeat(Math.ceil(n / 12)).slice(0, n);

describe('article markers', () => {
  it('finds the rendered Markdown holding a Chinese article', () => {
    document.body.innerHTML = `<nav>GitHub</nav><article class="markdown-body"><p>${chinese(200)}</p></article>`;
    expect(articleRoot(document)?.className).toBe('markdown-body');
  });

  it('finds the file a code view shows (an .html page) in its textarea\'s value, past a long file tree', () => {
    document.body.innerHTML = `<nav>${'<a>folder/file.html</a>'.repeat(400)}</nav><div class="react-code-lines"></div><textarea id="read-only-cursor-text-area"></textarea>`;
    // The value React gives the textarea, which its text nodes need not hold.
    document.querySelector('textarea')!.value = `<html><body><p>${chinese(200)}</p></body></html>`;
    expect(articleRoot(document)?.id).toBe('read-only-cursor-text-area');
  });

  it('finds the file Forgejo\'s code view shows, one table row a line', () => {
    const rows = ['<html><body>', `<p>${chinese(200)}</p>`, '</body></html>'].map((line, i) => `<tr><td class="lines-num"><span data-line-number="${i + 1}"></span></td><td class="lines-code chroma"><code class="code-inner">${line.replace(/</g, '&lt;')}\n</code></td></tr>`);
    document.body.innerHTML = `<nav>Codeberg</nav><div class="file-view code-view"><table><tbody>${rows.join('')}</tbody></table></div>`;
    expect(articleRoot(document)?.className).toBe('file-view code-view');
  });

  it('finds nothing on an English README or a page with a few Chinese words', () => {
    document.body.innerHTML = `<article class="markdown-body"><p>${'npm install things. '.repeat(100)} 中文说明</p></article>`;
    expect(articleRoot(document)).toBeNull();
  });

  it('reads only the leading text, not the whole page', () => {
    document.body.innerHTML = `<p>${'a'.repeat(50)}</p><p>${'b'.repeat(50)}</p><p>${'c'.repeat(10_000)}</p>`;
    expect(leadingText(document.body, 80)).toBe('a'.repeat(50) + 'b'.repeat(30));
  });
});

describe('navigations', () => {
  beforeEach(() => history.replaceState({}, '', '/owner/repo/blob/master/a.md'));

  it('reports the first page, each soft navigation once, and aborts the previous page', () => {
    const seen: { url: string; signal: AbortSignal }[] = [];
    watchNavigations((url, signal) => seen.push({ url, signal }), 'github.com');
    expect(seen.map((page) => page.url)).toEqual([location.href]);
    history.pushState({}, '', '/owner/repo/blob/master/b.md');
    document.dispatchEvent(new Event('turbo:render'));
    document.dispatchEvent(new Event('soft-nav:react-done')); // GitHub may fire several events per navigation
    expect(seen.map((page) => new URL(page.url).pathname)).toEqual(['/owner/repo/blob/master/a.md', '/owner/repo/blob/master/b.md']);
    expect(seen[0]!.signal.aborted).toBe(true);
    expect(seen[1]!.signal.aborted).toBe(false);
  });

  it('does not count a jump to an anchor as a navigation', () => {
    const seen: string[] = [];
    watchNavigations((url) => seen.push(url), 'github.com');
    history.pushState({}, '', '#user-content-1');
    document.dispatchEvent(new Event('pjax:end'));
    expect(seen).toHaveLength(1);
  });
});

describe('pages that plant articles', () => {
  beforeEach(() => history.replaceState({}, '', '/news/2021/a.html'));

  // A Pages site looping history.pushState and a synthetic turbo:render planted an article per turn.
  it('on a site other than github.com, only the load counts: the page\'s own events and address changes do not', () => {
    const seen: string[] = [];
    watchNavigations((url) => seen.push(url), 'someone.github.io');
    for (let i = 0; i < 5; i++) {
      history.pushState({}, '', `/news/2021/planted-${i}.html`);
      document.dispatchEvent(new Event('turbo:render'));
      window.dispatchEvent(new PopStateEvent('popstate'));
    }
    expect(seen.map((url) => new URL(url).pathname)).toEqual(['/news/2021/a.html']);
  });

  it('on github.com an event without an address change is no navigation', () => {
    const seen: string[] = [];
    watchNavigations((url) => seen.push(url), 'github.com');
    for (let i = 0; i < 5; i++) document.dispatchEvent(new Event('turbo:render'));
    expect(seen).toHaveLength(1);
  });
});

describe('waiting for the next file to render', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('ignores the previous file still on screen and resolves once the new one is there', async () => {
    document.body.innerHTML = `<article class="markdown-body"><p>旧${chinese(100)}</p></article>`;
    const previous = leadingText(articleRoot(document)!, 300);
    const waiting = waitForArticle(document, previous, new AbortController().signal);
    document.querySelector('article')!.innerHTML = `<p>新${chinese(100)}</p>`;
    await vi.advanceTimersByTimeAsync(200);
    expect((await waiting)?.textContent?.startsWith('新')).toBe(true);
  });

  it('gives up when the page navigates again', async () => {
    document.body.innerHTML = '<p>loading</p>';
    const controller = new AbortController();
    const waiting = waitForArticle(document, null, controller.signal);
    controller.abort();
    expect(await waiting).toBeNull();
  });

  it('gives up after a while on a page that never shows an article', async () => {
    document.body.innerHTML = '<p>loading</p>';
    const waiting = waitForArticle(document, null, new AbortController().signal);
    await vi.advanceTimersByTimeAsync(11_000);
    expect(await waiting).toBeNull();
  });
});
