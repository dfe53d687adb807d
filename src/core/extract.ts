import type { ExtractResult } from './article';

/**
 * Extract from a served page: a github.com blob view, a raw source page (text/plain shown in a <pre>),
 * or a full HTML page. `url` is the address it was served from. Never mutates `doc`.
 */
export function extract(_doc: Document, _url: string): ExtractResult {
  throw new Error('not implemented yet');
}

/** Extract from raw source text (Markdown/HTML) fetched by the extension itself. */
export function extractSource(_source: string, _url: string, _doc: Document): ExtractResult {
  throw new Error('not implemented yet');
}
