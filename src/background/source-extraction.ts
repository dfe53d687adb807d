// Runs the fetch path in whatever page has a DOM: Firefox's background page itself, or Chrome's
// offscreen document (the service worker has no DOMParser).
import type { ExtractResult } from '../core/article';
import { send } from '../shared/send';

// chrome.offscreen and chrome.runtime.getContexts are Chrome-only and not in the polyfill's types.
declare const chrome: {
  offscreen: { createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void> };
  runtime: { getContexts(filter: { contextTypes: string[] }): Promise<unknown[]> };
};

const OFFSCREEN_URL = 'offscreen.html';

export async function extractFromUrl(url: string): Promise<ExtractResult> {
  // The Firefox build knows it at build time, which leaves the offscreen code out of it.
  if (import.meta.env.MODE === 'firefox' || typeof DOMParser === 'function') {
    const { extractUrl } = await import('../offscreen/extract-url');
    return extractUrl(url, document);
  }
  await ensureOffscreenDocument();
  return send({ type: 'offscreen-extract', url });
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
      justification: 'Extract articles from mirrored Markdown/HTML sources fetched by the extension.',
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}
