// Entry of the bundle that reads a raw Markdown source shown as text in a tab: the whole core, with
// the Markdown renderer and the YAML parser. Injected by the background at extractor.ts's request.
import { extract } from '../core';
import { extractorGlobal } from './extractor-global';

extractorGlobal.mirrorReaderReadSource ??= (doc, url, options) => {
  try {
    return extract(doc, url, { readAnyway: options?.readAnyway === true });
  } catch (error) {
    return { kind: 'not-article', reason: `extraction failed: ${String(error)}` };
  }
};
