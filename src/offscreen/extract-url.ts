// The fetch path: the extension downloads a mirror's source itself (raw pages it cannot read
// through a content script, links saved without opening them) and extracts it in one of its own
// pages — the offscreen document in Chrome, the background page in Firefox.
import { decodeBytes, extractSource } from '../core';
import type { ExtractResult } from '../core/article';

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
