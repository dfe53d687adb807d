import type { ExtractResult } from './article';
import { ANY_PAGE, FAMILIES } from './families';
import { finalizeArticle } from './finalize';
import { pageFromSource, readServedPage } from './forms';
import { locateMirror } from './detect';
import { holdsMoreElementsThan } from './dom';
import type { SourcePage } from './page';
import { sourceTooLarge } from './source/size-guard';

// Past these sizes a page is no article, and parsing it would only cost the reader time.
export const MAX_SOURCE_CHARS = 4_000_000;
export const MAX_ELEMENTS = 60_000;

export interface ExtractOptions {
  /** The window DOMPurify binds to, for documents that have none of their own (clones, inert documents). */
  window?: Window;
  /**
   * The reader asked to read this page although it is no mirrored article ("Read this page anyway"): what
   * the generic reader finds is the article, whatever the page looks like.
   */
  readAnyway?: boolean;
}

type PurifyWindow = Window & typeof globalThis;

function windowFor(doc: Document, options: ExtractOptions): PurifyWindow {
  const win = options.window ?? doc.defaultView ?? (typeof window === 'undefined' ? null : window);
  if (!win) throw new TypeError('extract needs a Document with a window, or options.window');
  return win as PurifyWindow;
}

function extractPage(page: SourcePage, options: ExtractOptions): ExtractResult {
  if (holdsMoreElementsThan(page.body, MAX_ELEMENTS)) return { kind: 'not-article', reason: 'page too large', form: page.form };
  const asked = options.readAnyway === true;
  for (const family of FAMILIES) {
    const outcome = family.read(page);
    if (outcome.kind === 'verdict') return asked ? readAnyway(page, outcome.verdict) : outcome.verdict;
    if (outcome.kind === 'draft' && outcome.draft) return finalizeArticle(page, family.id, outcome.draft);
  }
  const verdict: ExtractResult = { kind: 'not-article', reason: 'no article text found', form: page.form };
  return asked ? readAnyway(page, verdict) : verdict;
}

/** The generic reader's article of a page the reader asked to read anyway; the verdict when even it finds none. */
function readAnyway(page: SourcePage, verdict: ExtractResult): ExtractResult {
  const outcome = ANY_PAGE.read(page, true);
  return outcome.kind === 'draft' && outcome.draft ? finalizeArticle(page, ANY_PAGE.id, outcome.draft) : verdict;
}

/**
 * Extract from a served page: a github.com blob view, a raw source page (text/plain shown in a <pre>),
 * or a full HTML page. `url` is the address it was served from. Never mutates `doc`.
 */
export function extract(doc: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  const reading = readServedPage(doc, url, windowFor(doc, options));
  if ('reason' in reading) return { kind: 'not-article', reason: reading.reason };
  return extractPage(reading.page, options);
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
