import { locateMirror } from '../detect';
import type { SourcePage } from '../page';
import { mirrorHostEntry } from '../hosts';
import { codeViewTextOf, pageFromBlobView, renderedFileOf } from './blob';
import { nestsDeeperThan } from './depth';
import { pageFromHtml } from './html';
import { isUndecodable, rawTextOf } from './raw-text';

/** Why text read off a page is no source: a GBK file read as UTF-8 has lost its bytes. */
const UNDECODABLE = 'undecodable text: fetch the bytes and decode them';

export type PageReading = { page: SourcePage } | { reason: string };

/** A served raw file's text, still to be rendered (forms/raw.ts: pageFromSource, which needs the Markdown renderer). */
export interface ServedSource {
  source: string;
}

/**
 * Recognise the form a served page takes and reduce it to a SourcePage, or hand back the source text it
 * shows (a raw page, a forge's code view): rendering Markdown takes the renderer and the YAML parser, which
 * only that form needs, so that a rendered page's extraction loads neither (src/content/extractor.ts).
 */
export function readServedPage(served: Document, url: string, win: Window & typeof globalThis): PageReading | ServedSource {
  const location = locateMirror(url);
  if (location.form === 'blob') {
    const entry = mirrorHostEntry(location.host);
    const contentRoot = entry?.contentRoots[0];
    const renderedFile = contentRoot ? renderedFileOf(served, contentRoot) : null;
    if (!renderedFile) {
      // A file the forge shows as code (an .html page): its text is the source, read as a raw file is.
      const code = entry?.codeView ? codeViewTextOf(served, entry.codeView) : null;
      if (code === null) return { reason: 'not a rendered file view' };
      return isUndecodable(code) ? { reason: UNDECODABLE } : { source: code };
    }
    if (nestsDeeperThan(renderedFile)) return { reason: 'markup nested too deep' };
    return { page: pageFromBlobView(served, renderedFile, location, win) };
  }
  const rawText = rawTextOf(served);
  if (rawText !== null && (location.form !== 'other' || served.contentType === 'text/plain')) {
    if (isUndecodable(rawText)) return { reason: UNDECODABLE };
    return { source: rawText };
  }
  if (served.body && nestsDeeperThan(served.body)) return { reason: 'markup nested too deep' };
  const page = pageFromHtml(served, location, win);
  return page ? { page } : { reason: 'empty page' };
}
