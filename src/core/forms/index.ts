import { locateMirror, type MirrorLocation } from '../detect';
import type { SourcePage } from '../page';
import { mirrorHostEntry } from '../hosts';
import { pageFromBlobView, renderedFileOf } from './blob';
import { nestsDeeperThan } from './depth';
import { pageFromHtml } from './html';
import { isUndecodable, rawTextOf } from './raw-text';

export type PageReading = { page: SourcePage } | { reason: string };

/** A served raw file's text, still to be rendered (forms/raw.ts: pageFromSource, which needs the Markdown renderer). */
export interface ServedSource {
  source: string;
  location: MirrorLocation;
}

/**
 * Recognise the form a served page takes and reduce it to a SourcePage, or hand back the text of a raw
 * source page: rendering Markdown takes the renderer and the YAML parser, which only that form needs,
 * so that a rendered page's extraction loads neither (src/content/extractor.ts).
 */
export function readServedPage(served: Document, url: string, win: Window & typeof globalThis): PageReading | ServedSource {
  const location = locateMirror(url);
  if (location.form === 'blob') {
    const contentRoot = mirrorHostEntry(location.host)?.contentRoots[0];
    const renderedFile = contentRoot ? renderedFileOf(served, contentRoot) : null;
    if (!renderedFile) return { reason: 'not a rendered file view' };
    if (nestsDeeperThan(renderedFile)) return { reason: 'markup nested too deep' };
    return { page: pageFromBlobView(served, renderedFile, location, win) };
  }
  const rawText = rawTextOf(served);
  if (rawText !== null && (location.form !== 'other' || served.contentType === 'text/plain')) {
    if (isUndecodable(rawText)) return { reason: 'undecodable text: fetch the bytes and decode them' };
    return { source: rawText, location };
  }
  if (served.body && nestsDeeperThan(served.body)) return { reason: 'markup nested too deep' };
  const page = pageFromHtml(served, location, win);
  return page ? { page } : { reason: 'empty page' };
}
