// Entry of the on-demand extraction bundle: the whole core, loaded only on candidate pages.
import { extract } from '../core';
import { extractorGlobal } from './extractor-global';

extractorGlobal.mirrorReaderExtract ??= (doc, url, options) => {
  try {
    return extract(doc, url, { readAnyway: options?.readAnyway === true });
  } catch (error) {
    return { kind: 'not-article', reason: `extraction failed: ${String(error)}` };
  }
};
