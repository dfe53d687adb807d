// Entry of the on-demand extraction bundle, loaded only on candidate pages: the core's extraction of a
// served page short of rendering Markdown (core/extract-served.ts), so that a rendered page — a blob
// view, a Pages post — loads neither the Markdown renderer nor the YAML parser (~70 % of the core).
// A raw source shown as text (raw hosts take the fetch path; this is a Pages site's .md served as
// text/plain, or a reader's own site) has the background inject the whole core (source-reader.ts).
import type { ExtractResult } from '../core/article';
import { extractServedPage } from '../core/extract-served';
import { extractorGlobal } from './extractor-global';
import { send } from './send';

async function readSource(doc: Document, url: string, readAnyway: boolean): Promise<ExtractResult> {
  if (!extractorGlobal.mirrorReaderReadSource) await send({ type: 'inject-source-reader' });
  const readSourceHere = extractorGlobal.mirrorReaderReadSource;
  return readSourceHere ? readSourceHere(doc, url, { readAnyway }) : { kind: 'not-article', reason: 'source reader unavailable', form: 'raw' };
}

extractorGlobal.mirrorReaderExtract ??= async (doc, url, options) => {
  const readAnyway = options?.readAnyway === true;
  try {
    const served = extractServedPage(doc, url, { readAnyway });
    return 'kind' in served ? served : await readSource(doc, url, readAnyway);
  } catch (error) {
    return { kind: 'not-article', reason: `extraction failed: ${String(error)}` };
  }
};
