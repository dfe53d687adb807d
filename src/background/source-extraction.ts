// Runs extraction in whatever page has a DOM: Firefox's background page itself, or Chrome's offscreen
// document (the service worker has no DOMParser). Two jobs: the fetch path, and long pages a tab sent.
import type { ExtractResult } from '../core/article';
import type { LongPage, RequestOf } from '../shared/messages';
import { send } from '../shared/send';

// chrome.offscreen and chrome.runtime.getContexts are Chrome-only and not in the polyfill's types.
declare const chrome: {
  offscreen: { createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void> };
  runtime: { getContexts(filter: { contextTypes: string[] }): Promise<unknown[]> };
};

const OFFSCREEN_URL = 'offscreen.html';

type OffscreenRequest = RequestOf<'offscreen-extract'> | RequestOf<'offscreen-read-long-page'>;

/**
 * `here` where the background has a DOM of its own (the Firefox build knows it at build time, which leaves the
 * offscreen code out of it), else the same request sent to the offscreen document.
 */
async function withDom(here: (extraction: typeof import('../offscreen/extraction')) => Promise<ExtractResult> | ExtractResult, request: OffscreenRequest): Promise<ExtractResult> {
  if (import.meta.env.MODE === 'firefox' || typeof DOMParser === 'function') return here(await import('../offscreen/extraction'));
  await ensureOffscreenDocument();
  return send(request) as Promise<ExtractResult>;
}

export function extractFromUrl(url: string): Promise<ExtractResult> {
  return withDom((extraction) => extraction.extractUrl(url, document), { type: 'offscreen-extract', url });
}

export function readLongPageHere(page: LongPage): Promise<ExtractResult> {
  return withDom((extraction) => extraction.readLongPage(page, document), { ...page, type: 'offscreen-read-long-page' });
}

let creating: Promise<void> | null = null;

async function ensureOffscreenDocument(): Promise<void> {
  const existing = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (existing.length > 0) return;
  // Two saves at once must not both try to create it (Chrome allows one).
  creating ??= chrome.offscreen
    .createDocument({
      url: OFFSCREEN_URL,
      reasons: ['DOM_PARSER'],
      justification: 'Extract articles from mirrored Markdown/HTML sources fetched by the extension, and from long pages a tab sent.',
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}
