// Extraction of a page as the browser serves it, short of rendering a raw Markdown source: that form
// needs the Markdown renderer and the YAML parser (forms/raw.ts, ~70 % of the whole core's bundle), so
// the content script's bundle for rendered pages is built on this module alone (src/content/extractor.ts)
// and extract.ts adds the raw form for everything else.
import type { Article, ExtractResult } from './article';
import { ANY_PAGE, FAMILIES } from './families';
import { finalizeArticle } from './finalize';
import { readServedPage, type ServedSource } from './forms';
import { holdsMoreElementsThan } from './dom';
import type { SourcePage } from './page';

export type { ServedSource } from './forms';

// Past this size a page is no article, and parsing it would only cost the reader time.
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

export function windowFor(doc: Document, options: ExtractOptions): PurifyWindow {
  const win = options.window ?? doc.defaultView ?? (typeof window === 'undefined' ? null : window);
  if (!win) throw new TypeError('extract needs a Document with a window, or options.window');
  return win as PurifyWindow;
}

/** Work done in steps: a caller that must not hold the thread long turns the event loop at each yield. */
export type ExtractSteps<T> = Generator<void, T, void>;

/** The steps' result, run back to back (Node, the tests, an extension page). */
export function runSteps<T>(steps: ExtractSteps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export function extractPage(page: SourcePage, options: ExtractOptions): ExtractResult {
  return runSteps(pageSteps(page, options));
}

/** The families' reading, then the finalisation of the first draft (sanitiser, measures): a step each. */
function* pageSteps(page: SourcePage, options: ExtractOptions): ExtractSteps<ExtractResult> {
  if (holdsMoreElementsThan(page.body, MAX_ELEMENTS)) return { kind: 'not-article', reason: 'page too large', form: page.form };
  const asked = options.readAnyway === true;
  for (const family of FAMILIES) {
    const outcome = family.read(page);
    if (outcome.kind === 'verdict') return asked ? yield* readAnywaySteps(page, outcome.verdict) : outcome.verdict;
    if (outcome.kind === 'draft' && outcome.draft) {
      yield;
      return articleOrNothing(finalizeArticle(page, family.id, outcome.draft), nothingFound(page));
    }
  }
  const verdict = nothingFound(page);
  return asked ? yield* readAnywaySteps(page, verdict) : verdict;
}

/** The generic reader's article of a page the reader asked to read anyway; the verdict when even it finds none. */
function* readAnywaySteps(page: SourcePage, verdict: ExtractResult): ExtractSteps<ExtractResult> {
  const outcome = ANY_PAGE.read(page, true);
  if (!(outcome.kind === 'draft' && outcome.draft)) return verdict;
  yield;
  return articleOrNothing(finalizeArticle(page, ANY_PAGE.id, outcome.draft), verdict);
}

const nothingFound = (page: SourcePage): ExtractResult => ({ kind: 'not-article', reason: 'no article text found', form: page.form });

/** The article, unless the finalisation's cleaning left neither text nor picture of it (a post that was only a video's stand-in). */
function articleOrNothing(article: Article, nothing: ExtractResult): ExtractResult {
  return article.text.trim() !== '' || article.images.length > 0 ? article : nothing;
}

/**
 * What extract() makes of a served page (never mutating `doc`), except a raw source page (text/plain
 * shown in a <pre>), whose text comes back unrendered for extract() to render.
 */
export function extractServedPage(doc: Document, url: string, options: ExtractOptions = {}): ExtractResult | ServedSource {
  return runSteps(servedPageSteps(doc, url, options));
}

/**
 * extractServedPage in three steps: reading the page into its inert copy, the families, the finalisation.
 * The content script turns the page's event loop between them: a first call compiles the core as it
 * runs (~12 ms in one task), and once read, the work is on the copy, whatever the live page does.
 */
export function* servedPageSteps(doc: Document, url: string, options: ExtractOptions = {}): ExtractSteps<ExtractResult | ServedSource> {
  const reading = readServedPage(doc, url, windowFor(doc, options));
  if ('source' in reading) return reading;
  if ('reason' in reading) return { kind: 'not-article', reason: reading.reason };
  yield;
  return yield* pageSteps(reading.page, options);
}
