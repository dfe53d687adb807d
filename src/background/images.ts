// Fetches an article's images for offline reading. The URL the page actually loaded comes first:
// on github.com it is GitHub's camo proxy, reachable where the original image host is blocked.
// Bounded in number, size, time and concurrency; an image that fails is simply left out (the
// reader shows a placeholder) and never holds up the save.
import type { ArticleImage } from '../core/article';
import type { ImageBlob } from '../store/types';

export const IMAGE_LIMITS = {
  /** Parallel downloads: enough to hide latency, few enough not to hog a slow connection. */
  concurrency: 4,
  maxImages: 80,
  maxBytes: 8 * 1024 * 1024,
  timeoutMs: 20_000,
} as const;

export async function fetchImages(images: readonly ArticleImage[], fetchImpl: typeof fetch = fetch): Promise<ImageBlob[]> {
  const unique = [...new Map(images.map((image) => [image.canonicalUrl, image])).values()].slice(0, IMAGE_LIMITS.maxImages);
  const fetched: ImageBlob[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < unique.length) {
      const image = unique[next++]!;
      const blob = await fetchFirstImage([image.loadedUrl, image.canonicalUrl], fetchImpl);
      if (blob) fetched.push({ url: image.canonicalUrl, blob });
    }
  };
  await Promise.all(Array.from({ length: Math.min(IMAGE_LIMITS.concurrency, unique.length) }, worker));
  return fetched;
}

async function fetchFirstImage(urls: string[], fetchImpl: typeof fetch): Promise<Blob | null> {
  for (const url of new Set(urls)) {
    if (!/^https?:/.test(url)) continue;
    const blob = await fetchImage(url, fetchImpl);
    if (blob) return blob;
  }
  return null;
}

async function fetchImage(url: string, fetchImpl: typeof fetch): Promise<Blob | null> {
  try {
    const response = await fetchImpl(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(IMAGE_LIMITS.timeoutMs),
    });
    if (!response.ok) return null;
    if (Number(response.headers.get('content-length') ?? 0) > IMAGE_LIMITS.maxBytes) return null;
    const blob = await response.blob();
    if (blob.size === 0 || blob.size > IMAGE_LIMITS.maxBytes || !blob.type.startsWith('image/')) return null;
    return blob;
  } catch {
    return null;
  }
}
