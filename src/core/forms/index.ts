import { locateMirror } from '../detect';
import type { SourcePage } from '../page';
import { githubMarkdownBody, pageFromBlobView } from './blob';
import { pageFromHtml } from './html';
import { isUndecodable, pageFromSource, rawTextOf } from './raw';

export { pageFromSource } from './raw';

export type PageReading = { page: SourcePage } | { reason: string };

/** Recognise the form a served page takes and reduce it to a SourcePage. */
export function readServedPage(served: Document, url: string): PageReading {
  const location = locateMirror(url);
  const markdownBody = location.host === 'github' ? githubMarkdownBody(served) : null;
  if (markdownBody) return { page: pageFromBlobView(served, markdownBody, location) };
  if (location.host === 'github') return { reason: 'not a rendered file view' };
  const rawText = rawTextOf(served);
  if (rawText !== null && (location.host !== 'other' || served.contentType === 'text/plain')) {
    if (isUndecodable(rawText)) return { reason: 'undecodable text: fetch the bytes and decode them' };
    return { page: pageFromSource(rawText, location, served) };
  }
  const page = pageFromHtml(served, location);
  return page ? { page } : { reason: 'empty page' };
}
