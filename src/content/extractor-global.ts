// The extraction bundles are injected on demand into the content script's isolated world and leave
// one function each there; the detector and the background call the first, which calls the second.
// Expandos on the isolated world's globalThis are invisible to the page.
import type { ExtractResult } from '../core/article';
import type { ExtractOptions } from '../core/extract';

type ExtractIn = (doc: Document, url: string, options?: Pick<ExtractOptions, 'readAnyway'>) => ExtractResult;

export interface ExtractorGlobal {
  /** content/extractor.js: extraction of what the tab shows. */
  mirrorReaderExtract?: (...args: Parameters<ExtractIn>) => Promise<ExtractResult>;
  /** content/source-reader.js: the whole core, for a raw Markdown source shown as text (rare on a tab). */
  mirrorReaderReadSource?: ExtractIn;
}

export const extractorGlobal = globalThis as typeof globalThis & ExtractorGlobal;

export const EXTRACTOR_FILE = 'content/extractor.js';
export const SOURCE_READER_FILE = 'content/source-reader.js';
