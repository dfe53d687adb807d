// The keys that decide whether two saves are the same article (see docs/store.md, "Dedupe rule"):
// the original publisher's URL, the mirrored file's address, and outlet + title + date.
import type { Article } from '../core/article';
import { locateMirror, withoutQuery } from '../core/detect';

const TRACKING_PARAM = /^(?:utm_|fbclid$|gclid$|spm$)/i;

/** A loop, not `/\/+$/`: that pattern is quadratic on a long run of slashes followed by anything else. */
function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  return path.slice(0, end);
}

/** The publisher URL without the differences that don't change the page: scheme, www., #hash, tracking. */
export function originalKey(url: string | null): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const params = [...parsed.searchParams].filter(([name]) => !TRACKING_PARAM.test(name));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const path = parsed.pathname.length > 1 ? withoutTrailingSlashes(parsed.pathname) : '';
  // A site's bare root names no article (the core gives none as an original: `addressesPage`), and a key shared by
  // every article that credits a site would make them copies of one, and past MAX_COPIES unsaveable.
  if (!path && !query) return undefined;
  return `${host}${parsed.port ? `:${parsed.port}` : ''}${path}${query}`;
}

/** A mirrored file's address in one form whichever way it was reached (blob view, raw, jsDelivr…). */
export function mirrorKey(url: string): string {
  return withoutQuery(locateMirror(url).blobUrl);
}

/**
 * outlet + title + published date, for articles that name no original URL. Needs a title and at
 * least one of outlet/date: a bare title ("README", "首页") would merge unrelated pages.
 */
export function identityKey(article: Pick<Article, 'outlet' | 'title' | 'published'>): string | undefined {
  const title = article.title.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
  if (!title || (!article.outlet && !article.published)) return undefined;
  return JSON.stringify([article.outlet ?? '', title, article.published ?? '']);
}
