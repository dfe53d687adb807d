// Extraction in one of the extension's own pages — the offscreen document in Chrome, the background
// page in Firefox — for what no tab should read on its own thread:
// - the fetch path: the extension downloads a mirror's source itself (raw pages it cannot read through
//   a content script, links saved without opening them);
// - a long page a tab sent (content/extractor.ts): read here, the tab's thread is never held for seconds.
import { decodeBytes, extract, extractSource } from '../core';
import type { ExtractResult } from '../core/article';
import type { LongPage } from '../shared/messages';

/** A host that never answers must not hold a save (or a batch waiting on it) forever. */
const SOURCE_FETCH_TIMEOUT_MS = 30_000;

export async function extractUrl(url: string, doc: Document): Promise<ExtractResult> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', signal: AbortSignal.timeout(SOURCE_FETCH_TIMEOUT_MS) });
  } catch (error) {
    return { kind: 'not-article', reason: `fetch failed: ${String(error)}` };
  }
  if (!response.ok) return { kind: 'not-article', reason: `HTTP ${response.status}` };
  try {
    // Bytes, not response.text(): many mirrored files are GBK served as UTF-8.
    const source = decodeBytes(new Uint8Array(await response.arrayBuffer()));
    return extractSource(source, response.url || url, doc);
  } catch (error) {
    return { kind: 'not-article', reason: `extraction failed: ${String(error)}` };
  }
}

/** A long page a tab sent: its markup parsed here (inert: no script runs, no image loads), or its text. */
export function readLongPage({ url, content, contentType, readAnyway }: LongPage, doc: Document): ExtractResult {
  try {
    if (contentType === 'text/plain') return extractSource(content, url, doc, { readAnyway });
    const view = doc.defaultView;
    if (!view) return { kind: 'not-article', reason: 'no window to parse the page in' };
    return extract(new view.DOMParser().parseFromString(content, 'text/html'), url, { readAnyway, window: view as Window & typeof globalThis });
  } catch (error) {
    return { kind: 'not-article', reason: `extraction failed: ${String(error)}` };
  }
}
