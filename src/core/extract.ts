import type { ExtractResult } from './article';
import { locateMirror } from './detect';
import { extractPage, extractServedPage, windowFor, type ExtractOptions } from './extract-served';
import { pageFromSource } from './forms/raw';
import { sourceTooLarge } from './source/size-guard';

export { MAX_ELEMENTS, type ExtractOptions } from './extract-served';

// Past this size a source is no article, and parsing it would only cost the reader time.
export const MAX_SOURCE_CHARS = 4_000_000;

/**
 * Extract from a served page: a github.com blob view, a raw source page (text/plain shown in a <pre>),
 * or a full HTML page. `url` is the address it was served from. Never mutates `doc`.
 */
export function extract(doc: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  const served = extractServedPage(doc, url, options);
  // Source text read off the page (a raw page, a code view) passes the same guards as a fetched one.
  return 'kind' in served ? served : extractSource(served.source, url, doc, options);
}

/** Extract from raw source text (Markdown/HTML) fetched by the extension itself; `doc` lends its DOM. */
export function extractSource(source: string, url: string, doc: Document, options: ExtractOptions = {}): ExtractResult {
  if (!source.trim()) return { kind: 'not-article', reason: 'empty file', form: 'raw' };
  if (source.length > MAX_SOURCE_CHARS) return { kind: 'not-article', reason: 'file too large', form: 'raw' };
  if (source.slice(0, 8000).includes('\u0000')) return { kind: 'not-article', reason: 'binary file', form: 'raw' };
  const tooLarge = sourceTooLarge(source);
  if (tooLarge) return { kind: 'not-article', reason: tooLarge, form: 'raw' };
  const reading = pageFromSource(source, locateMirror(url), windowFor(doc, options));
  return 'reason' in reading ? { kind: 'not-article', reason: reading.reason, form: 'raw' } : extractPage(reading.page, options);
}
