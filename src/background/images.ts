// Fetches an article's images for offline reading. The URL the page actually loaded comes first:
// on github.com it is GitHub's camo proxy, reachable where the original image host is blocked.
// Bounded in number, size, time and concurrency; an image that fails is simply left out (the
// reader shows a placeholder) and never holds up the save.
import type { ArticleImage } from '../core/article';
import type { ImageFile } from '../store/types';

export const IMAGE_LIMITS = {
  /** Parallel downloads: enough to hide latency, few enough not to hog a slow connection. */
  concurrency: 4,
  maxImages: 80,
  maxBytes: 8 * 1024 * 1024,
  timeoutMs: 20_000,
} as const;

export async function fetchImages(images: readonly ArticleImage[], fetchImpl: typeof fetch = fetch): Promise<ImageFile[]> {
  const unique = [...new Map(images.map((image) => [image.canonicalUrl, image])).values()].slice(0, IMAGE_LIMITS.maxImages);
  const fetched: ImageFile[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < unique.length) {
      const image = unique[next++]!;
      const file = await fetchFirstImage([image.loadedUrl, image.canonicalUrl], fetchImpl);
      if (file) fetched.push({ url: image.canonicalUrl, ...file });
    }
  };
  await Promise.all(Array.from({ length: Math.min(IMAGE_LIMITS.concurrency, unique.length) }, worker));
  return fetched;
}

type FetchedImage = Omit<ImageFile, 'url'>;

async function fetchFirstImage(urls: string[], fetchImpl: typeof fetch): Promise<FetchedImage | null> {
  for (const url of new Set(urls)) {
    if (!/^https?:/.test(url)) continue;
    const file = await fetchImage(url, fetchImpl);
    if (file) return file;
  }
  return null;
}

async function fetchImage(url: string, fetchImpl: typeof fetch): Promise<FetchedImage | null> {
  try {
    const response = await fetchImpl(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(IMAGE_LIMITS.timeoutMs),
    });
    if (!response.ok) return null;
    if (Number(response.headers.get('content-length') ?? 0) > IMAGE_LIMITS.maxBytes) return null;
    // The type as a Blob would carry it: the Content-Type header, lower case.
    const type = response.headers.get('content-type')?.trim().toLowerCase() ?? '';
    if (!type.startsWith('image/')) return null;
    const bytes = await response.arrayBuffer();
    if (bytes.byteLength === 0 || bytes.byteLength > IMAGE_LIMITS.maxBytes) return null;
    return { type, bytes };
  } catch {
    return null;
  }
}
