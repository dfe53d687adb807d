// The article body as extension pages render it (jsdom: the DOM in which DOMPurify behaves as in a
// browser): re-sanitised, images disarmed before they reach the document, shown from the library.
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./browser-fake')).browserFake }));
const { articleBody, PENDING_SRC } = await import('../../src/ui/shared/article-body');
const { showImages } = await import('../../src/ui/shared/article-images');

function render(html: string): HTMLElement {
  const root = document.createElement('div');
  root.append(articleBody(html));
  return root;
}

describe('articleBody', () => {
  it('drops scripts, handlers, styles and forms even if the stored body has them', () => {
    const root = render('<p onclick="x()" style="color:red">正文<script>alert(1)</script></p><form><input></form><img src="https://a/x.png" onerror="alert(1)"><a href="javascript:alert(1)">链接</a>');
    expect(root.innerHTML).not.toMatch(/script|onclick|onerror|style=|<form|<input|javascript:/);
    expect(root.textContent).toContain('正文');
  });

  it('disarms every image: no src reaches the live document', () => {
    const root = render('<figure><img src="https://camo.githubusercontent.com/1" data-canonical-src="https://img.example/1.jpg" alt="图"><figcaption>说明</figcaption></figure>');
    const img = root.querySelector('img')!;
    expect(img.hasAttribute('src')).toBe(false);
    expect(img.getAttribute(PENDING_SRC)).toBe('https://camo.githubusercontent.com/1');
    expect(root.querySelector('figcaption')?.textContent).toBe('说明');
  });

  it('opens links in a new tab without a handle on the reader', () => {
    const link = render('<a href="https://www.epochtimes.com/">原文</a>').querySelector('a')!;
    expect(link.target).toBe('_blank');
    expect(link.rel).toContain('noopener');
  });
});

describe('showImages', () => {
  const body = (): HTMLElement => render('<img src="https://camo.githubusercontent.com/1" data-canonical-src="https://img.example/1.jpg" alt="倒塌现场">');

  it('shows the stored copy through a blob: URL, looked up by canonical URL', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:stored');
    const root = body();
    const stored = vi.fn(async () => new Blob(['x'], { type: 'image/png' }));
    await showImages(root, { stored, loadRemote: true });
    expect(stored).toHaveBeenCalledWith('https://img.example/1.jpg');
    expect(root.querySelector('img')?.getAttribute('src')).toBe('blob:stored');
  });

  it('with remote images off, a missing image becomes a placeholder and nothing is requested', async () => {
    const root = body();
    await showImages(root, { stored: async () => undefined, loadRemote: false });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.image-placeholder')?.textContent).toBe('倒塌现场');
  });

  it('a placeholder does not repeat the caption below it, and names the host it would come from', async () => {
    const root = render('<figure><img src="https://pic.dw.com/a.jpg" alt="抗议现场"><figcaption>抗议现场</figcaption></figure><p><img src="https://pic.dw.com/b.jpg" alt="人群"></p>');
    await showImages(root, { stored: async () => undefined, loadRemote: false, fetchMissing: async () => 'none' });
    const [first, second] = root.querySelectorAll<HTMLElement>('.image-placeholder');
    expect(first!.tagName).toBe('BUTTON');
    expect(first!.querySelector('.image-placeholder-label')?.textContent).toBe('imageNotSaved');
    expect(first!.querySelector('.image-placeholder-action')?.textContent).toBe('imageFetchFrom(pic.dw.com)');
    expect(second!.querySelector('.image-placeholder-label')?.textContent).toBe('人群');
  });

  it('pressing a placeholder asks for the missing images once, then shows every one now stored', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:fetched');
    const root = render('<p><img src="https://pic.dw.com/a.jpg" alt="一"></p><p><img src="https://pic.dw.com/b.jpg" alt="二"></p>');
    const store = new Map<string, Blob>();
    const fetchMissing = vi.fn(async (urls: string[]) => {
      for (const url of urls) store.set(url, new Blob(['x'], { type: 'image/jpeg' }));
      return 'stored' as const;
    });
    await showImages(root, { stored: async (url) => store.get(url), loadRemote: false, fetchMissing });
    expect(root.querySelectorAll('img')).toHaveLength(0);
    root.querySelector<HTMLElement>('.image-placeholder')!.click();
    await vi.waitFor(() => expect(root.querySelectorAll('img')).toHaveLength(2));
    expect(fetchMissing).toHaveBeenCalledTimes(1);
    expect(fetchMissing).toHaveBeenCalledWith(['https://pic.dw.com/a.jpg', 'https://pic.dw.com/b.jpg']);
    expect(root.querySelector('.image-placeholder')).toBeNull();
    expect(root.querySelector('img')!.getAttribute('src')).toBe('blob:fetched');
  });

  it('an unsaved article\'s placeholder loads the image as the page did (no referrer); a refusal leaves it', async () => {
    const root = body();
    await showImages(root, { stored: async () => undefined, loadRemote: false, fetchMissing: async () => 'remote' });
    root.querySelector<HTMLElement>('.image-placeholder')!.click();
    await vi.waitFor(() => expect(root.querySelector('img')?.getAttribute('src')).toBe('https://camo.githubusercontent.com/1'));
    expect(root.querySelector('img')!.referrerPolicy).toBe('no-referrer');
    const refused = body();
    await showImages(refused, { stored: async () => undefined, loadRemote: false, fetchMissing: async () => 'none' });
    refused.querySelector<HTMLElement>('.image-placeholder')!.click();
    await vi.waitFor(() => expect(refused.querySelector('.image-placeholder')?.getAttribute('aria-busy')).toBe('false'));
    expect(refused.querySelector('img')).toBeNull();
  });

  it('with remote images on, a missing image loads from where the page loaded it, without referrer', async () => {
    const root = body();
    await showImages(root, { stored: async () => undefined, loadRemote: true });
    const img = root.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('https://camo.githubusercontent.com/1');
    expect(img.referrerPolicy).toBe('no-referrer');
  });
});
