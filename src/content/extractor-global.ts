// The extraction bundle (content/extractor.js) is injected on demand into the content script's
// isolated world and leaves this one function there; the detector and the background call it.
// Expandos on the isolated world's globalThis are invisible to the page.
import type { ExtractResult } from '../core/article';
import type { ExtractOptions } from '../core/extract';

export interface ExtractorGlobal {
  mirrorReaderExtract?: (doc: Document, url: string, options?: Pick<ExtractOptions, 'readAnyway'>) => ExtractResult;
}

export const extractorGlobal = globalThis as typeof globalThis & ExtractorGlobal;

export const EXTRACTOR_FILE = 'content/extractor.js';
