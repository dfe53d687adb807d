import { locateMirror } from '../detect';
import type { SourcePage } from '../page';
import { githubMarkdownBody, pageFromBlobView } from './blob';
import { nestsDeeperThan } from './depth';
import { pageFromHtml } from './html';
import { isUndecodable, pageFromSource, rawTextOf } from './raw';

export { pageFromSource } from './raw';

export type PageReading = { page: SourcePage } | { reason: string };

/** Recognise the form a served page takes and reduce it to a SourcePage. */
export function readServedPage(served: Document, url: string, win: Window & typeof globalThis): PageReading {
  const location = locateMirror(url);
  const markdownBody = location.host === 'github' ? githubMarkdownBody(served) : null;
  if (markdownBody && nestsDeeperThan(markdownBody)) return { reason: 'markup nested too deep' };
  if (markdownBody) return { page: pageFromBlobView(served, markdownBody, location, win) };
  if (location.host === 'github') return { reason: 'not a rendered file view' };
  const rawText = rawTextOf(served);
  if (rawText !== null && (location.host !== 'other' || served.contentType === 'text/plain')) {
    if (isUndecodable(rawText)) return { reason: 'undecodable text: fetch the bytes and decode them' };
    return pageFromSource(rawText, location, win);
  }
  if (served.body && nestsDeeperThan(served.body)) return { reason: 'markup nested too deep' };
  const page = pageFromHtml(served, location, win);
  return page ? { page } : { reason: 'empty page' };
}
