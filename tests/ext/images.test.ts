import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./browser-fake')).browserFake }));
const { fetchImages: fetchWith, IMAGE_LIMITS } = await import('../../src/background/images');
import type { ArticleImage } from '../../src/core/article';

/** The hosts the tests' extension may reach: GitHub's camo and the image host of `image()`. */
const REACHABLE = /^https:\/\/(camo\.githubusercontent\.com|img\.example)\//;
const fetchImages = (images: ArticleImage[], fetchImpl: (url: RequestInfo | URL) => Promise<Response>) =>
  fetchWith(images, { fetchImpl: fetchImpl as typeof fetch, mayReach: async (url) => REACHABLE.test(url) });

const image = (n: number): ArticleImage => ({ canonicalUrl: `https://img.example/${n}.jpg`, loadedUrl: `https://camo.githubusercontent.com/${n}`, alt: '', caption: '' });
const png = (): Response => new Response(new Uint8Array([137, 80, 78, 71]), { headers: { 'content-type': 'image/png' } });

describe('fetchImages', () => {
  it('fetches the URL the page loaded (camo) first and keys the image by the canonical URL', async () => {
    const asked: string[] = [];
    const files = await fetchImages([image(1)], async (url) => (asked.push(String(url)), png()));
    expect(asked).toEqual(['https://camo.githubusercontent.com/1']);
    expect(files.map((file) => file.url)).toEqual(['https://img.example/1.jpg']);
  });

  it('hands over the bytes and the type the server named', async () => {
    const [file] = await fetchImages([image(1)], async () => new Response(new Uint8Array([1, 2, 3]), { headers: { 'content-type': 'Image/PNG' } }));
    expect(file?.type).toBe('image/png');
    expect([...new Uint8Array(file!.bytes)]).toEqual([1, 2, 3]);
  });

  it('never falls back from camo to the original host: an image camo fails for is left out', async () => {
    const asked: string[] = [];
    const files = await fetchImages([image(1), image(2)], async (url) => {
      asked.push(String(url));
      return String(url).endsWith('/1') ? png() : new Response('nope', { status: 404 });
    });
    expect(files.map((b) => b.url)).toEqual(['https://img.example/1.jpg']);
    expect(asked.sort()).toEqual(['https://camo.githubusercontent.com/1', 'https://camo.githubusercontent.com/2']);
  });

  it('asks no host the extension may not reach (the request would go out, only its answer be hidden)', async () => {
    const asked: string[] = [];
    const elsewhere = { canonicalUrl: 'https://tracker.example/a.jpg', loadedUrl: 'https://tracker.example/a.jpg', alt: '', caption: '' };
    await fetchImages([elsewhere, image(1)], async (url) => (asked.push(String(url)), png()));
    expect(asked).toEqual(['https://camo.githubusercontent.com/1']);
  });

  it('sends no credentials and no referrer', async () => {
    const inits: RequestInit[] = [];
    await fetchWith([image(1)], { fetchImpl: (async (_url: RequestInfo | URL, init?: RequestInit) => (inits.push(init!), png())) as typeof fetch, mayReach: async () => true });
    expect(inits[0]).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
  });

  it('keeps to a budget of images and bytes per article', async () => {
    const many = Array.from({ length: 100 }, (_, n) => image(n));
    expect(await fetchImages(many, async () => png())).toHaveLength(IMAGE_LIMITS.maxImages);
    const big = () => new Response(new Uint8Array(6 * 1024 * 1024), { headers: { 'content-type': 'image/png' } });
    const files = await fetchImages(Array.from({ length: 10 }, (_, n) => image(n)), async () => big());
    expect(files.reduce((sum, file) => sum + file.bytes.byteLength, 0)).toBeLessThanOrEqual(IMAGE_LIMITS.maxArticleBytes);
    expect(files).toHaveLength(Math.floor(IMAGE_LIMITS.maxArticleBytes / (6 * 1024 * 1024)));
  });

  it('rejects what is not an image, and what is too big', async () => {
    const html = await fetchImages([image(1)], async () => new Response('<html>', { headers: { 'content-type': 'text/html' } }));
    const huge = await fetchImages([image(2)], async () => new Response(png().body, { headers: { 'content-length': String(IMAGE_LIMITS.maxBytes + 1), 'content-type': 'image/png' } }));
    expect(html).toEqual([]);
    expect(huge).toEqual([]);
  });

  it('never runs more than the concurrency limit at once, and fetches each image once', async () => {
    let running = 0;
    let peak = 0;
    const images = [...Array.from({ length: 12 }, (_, n) => image(n)), image(3)];
    const files = await fetchImages(images, async () => {
      peak = Math.max(peak, ++running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      return png();
    });
    expect(peak).toBe(IMAGE_LIMITS.concurrency);
    expect(files).toHaveLength(12);
  });

  it('skips non-web addresses', async () => {
    const files = await fetchImages([{ ...image(1), loadedUrl: 'data:image/png;base64,xx', canonicalUrl: 'javascript:alert(1)' }], async () => png());
    expect(files).toEqual([]);
  });
});
