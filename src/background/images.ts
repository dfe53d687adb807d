// Fetches an article's images for offline reading, under the request rule (issue #9): a host learns
// nothing from the extension that it would not learn from the reader viewing the page without it.
// - Only the URL the page itself loaded is fetched: on github.com that is GitHub's camo proxy, and
//   never the original host behind it (that would take away GitHub's shield of the reader's address).
// - Only from hosts the extension may reach (its host permissions): elsewhere the request would still
//   go out, and only its answer would be hidden.
// - Without credentials or referrer; the Origin header that would name the extension is removed by a
//   session rule (request-rules.ts).
// Bounded per article in number and bytes, in time and in concurrency; an image that fails is left out
// (the reader shows a placeholder) and never holds up the save.
import browser from 'webextension-polyfill';
import type { ArticleImage } from '../core/article';
import type { ImageFile } from '../store/types';

export const IMAGE_LIMITS = {
  /** Parallel downloads: enough to hide latency, few enough not to hog a slow connection. */
  concurrency: 4,
  /** Per article: no page can fill the library through one save. */
  maxImages: 40,
  /** Per image. */
  maxBytes: 8 * 1024 * 1024,
  /** All images of one article together; past it the rest are left out. */
  maxArticleBytes: 24 * 1024 * 1024,
  timeoutMs: 20_000,
} as const;

export interface ImageFetching {
  fetchImpl?: typeof fetch;
  /** Whether the extension may reach the URL's host (its host permissions by default). */
  mayReach?: (url: string) => Promise<boolean>;
}

/** Whether the extension holds a host permission for `url`'s origin. */
export async function hasHostPermission(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] });
  } catch {
    return false;
  }
}

export async function fetchImages(images: readonly ArticleImage[], { fetchImpl = fetch, mayReach = hasHostPermission }: ImageFetching = {}): Promise<ImageFile[]> {
  const unique = [...new Map(images.map((image) => [image.canonicalUrl, image])).values()].slice(0, IMAGE_LIMITS.maxImages);
  const fetched: ImageFile[] = [];
  let bytesLeft: number = IMAGE_LIMITS.maxArticleBytes;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < unique.length) {
      const image = unique[next++]!;
      if (!/^https?:\/\//.test(image.loadedUrl) || !(await mayReach(image.loadedUrl))) continue;
      const file = await fetchImage(image.loadedUrl, fetchImpl);
      if (!file || file.bytes.byteLength > bytesLeft) continue;
      bytesLeft -= file.bytes.byteLength;
      fetched.push({ url: image.canonicalUrl, ...file });
    }
  };
  await Promise.all(Array.from({ length: Math.min(IMAGE_LIMITS.concurrency, unique.length) }, worker));
  return fetched;
}

async function fetchImage(url: string, fetchImpl: typeof fetch): Promise<Omit<ImageFile, 'url'> | null> {
  try {
    const response = await fetchImpl(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      // The page has just loaded it: a cached copy answers without a second request where it can.
      cache: 'force-cache',
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
