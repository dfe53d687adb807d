// Extraction of what a tab shows, when the background has to start it itself (popup "Save",
// context menu, keyboard shortcut): raw sources through the fetch path, anything else by injecting
// the extraction bundle (host permission or the activeTab grant of the user's gesture).
import browser from 'webextension-polyfill';
import { isRawSourceUrl, looksLikeMirrorUrl } from '../core/detect';
import type { ExtractResult } from '../core/article';
import { EXTRACTOR_FILE, SOURCE_READER_FILE, type ExtractorGlobal } from '../content/extractor-global';
import { checkedExtractResult } from '../store/libraryFile';
import { extractFromUrl } from './source-extraction';

/** Whether the background itself fetches `url` instead of reading the tab (see core/hosts.ts). */
export function usesFetchPath(url: string): boolean {
  return isRawSourceUrl(url) && looksLikeMirrorUrl(url);
}

export async function injectExtractor(tabId: number, frameId = 0): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [EXTRACTOR_FILE] });
}

/** The whole core, for the extraction bundle that met a raw Markdown source shown as text (content/extractor.ts). */
export async function injectSourceReader(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [SOURCE_READER_FILE] });
}

/** `readAnyway`: the reader asked to read the page whatever it is (the generic reader's article). */
export async function extractTab(tabId: number, url: string, readAnyway = false): Promise<ExtractResult> {
  if (isRawSourceUrl(url)) return extractFromUrl(url);
  try {
    await injectExtractor(tabId);
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      // A promise: both browsers hand back what it settles to.
      func: (anyway: boolean) => (globalThis as ExtractorGlobal).mirrorReaderExtract?.(document, location.href, { readAnyway: anyway }) ?? null,
      args: [readAnyway],
    });
    // The answer comes from a web page's process: rebuilt by the import's checks, as page-extracted's is, or dropped.
    return checkedExtractResult(injection?.result) ?? { kind: 'not-article', reason: 'no result' };
  } catch (error) {
    return { kind: 'not-article', reason: `cannot read the tab: ${String(error)}` };
  }
}
