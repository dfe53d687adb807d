import { locateMirror } from '../detect';
import type { SourcePage } from '../page';
import { mirrorHostEntry } from '../hosts';
import { pageFromBlobView, renderedFileOf } from './blob';
import { nestsDeeperThan } from './depth';
import { pageFromHtml } from './html';
import { isUndecodable, pageFromSource, rawTextOf } from './raw';

export { pageFromSource } from './raw';

export type PageReading = { page: SourcePage } | { reason: string };

/** Recognise the form a served page takes and reduce it to a SourcePage. */
export function readServedPage(served: Document, url: string, win: Window & typeof globalThis): PageReading {
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
    return pageFromSource(rawText, location, win);
  }
  if (served.body && nestsDeeperThan(served.body)) return { reason: 'markup nested too deep' };
  const page = pageFromHtml(served, location, win);
  return page ? { page } : { reason: 'empty page' };
}
