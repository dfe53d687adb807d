// A page too long to read on the tab's thread: Readability's selection and the sanitiser each run as
// one task whose cost follows the text, so a Q&A compilation of 0.3–0.6 M characters held a tab for
// up to 1.5 s in Chromium (docs/extension.md, "Long pages"). Its markup goes to the extension's own page,
// which reads it inert (background/source-extraction.ts); the tab only serialises it.
import type { ExtractResult } from '../core/article';
import { MAX_LONG_PAGE_CHARS, type LongPage } from '../shared/messages';
import { send } from './send';

/** Past this much text a page is read in the extension's own page; a long news article has 10–30 thousand. */
export const MAX_TEXT_READ_IN_TAB = 100_000;

/** The text a reader sees, short of the scripts' (github.com's blob view carries the whole file again in one). */
function visibleTextLength(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  let length = body.textContent?.length ?? 0;
  for (const script of Array.from(body.getElementsByTagName('script'))) length -= script.textContent?.length ?? 0;
  return length;
}

/** What the tab sends of a long page: its markup, or the text a text/plain file shows; null for a page to read here. */
export function longPageOf(doc: Document, url: string, readAnyway: boolean): LongPage | null {
  if (visibleTextLength(doc) <= MAX_TEXT_READ_IN_TAB) return null;
  const plain = doc.contentType === 'text/plain';
  return { url, content: plain ? (doc.body?.textContent ?? '') : doc.documentElement.outerHTML, contentType: plain ? 'text/plain' : 'text/html', readAnyway };
}

/** The long page read in the extension's own page. */
export async function readElsewhere(page: LongPage): Promise<ExtractResult> {
  if (page.content.length > MAX_LONG_PAGE_CHARS) return { kind: 'not-article', reason: 'page too large' };
  const result = await send({ type: 'read-long-page', ...page });
  return (result as ExtractResult | undefined) ?? { kind: 'not-article', reason: 'long page not read' };
}
