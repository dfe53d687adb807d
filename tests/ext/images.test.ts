import { describe, expect, it } from 'vitest';
import { fetchImages, IMAGE_LIMITS } from '../../src/background/images';
import type { ArticleImage } from '../../src/core/article';

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

  it('falls back to the canonical URL, and leaves out an image both fail for', async () => {
    const files = await fetchImages([image(1), image(2)], async (url) => {
      if (String(url).includes('camo')) throw new TypeError('blocked');
      return String(url).endsWith('1.jpg') ? png() : new Response('nope', { status: 404 });
    });
    expect(files.map((b) => b.url)).toEqual(['https://img.example/1.jpg']);
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
