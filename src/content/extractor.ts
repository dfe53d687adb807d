// Entry of the on-demand extraction bundle, loaded only on candidate pages: the core's extraction of a
// served page short of rendering Markdown (core/extract-served.ts), so that a rendered page — a blob
// view, a Pages post — loads neither the Markdown renderer nor the YAML parser (~70 % of the core).
// A raw source shown as text (raw hosts take the fetch path; this is a Pages site's .md served as
// text/plain, or a reader's own site) has the background inject the whole core (source-reader.ts).
// A long page is sent to the extension's own page to read (background/source-extraction.ts).
import type { ExtractResult } from '../core/article';
import { servedPageSteps, type ExtractSteps } from '../core/extract-served';
import { extractorGlobal } from './extractor-global';
import { longPageOf, readElsewhere } from './long-page';
import { send } from './send';

/**
 * The next task of the page's event loop: a message on a channel of this isolated world (the page sees
 * nothing), which, unlike a timer, is neither clamped nor throttled in a background tab.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Runs the steps a task each, so that the page's thread is never held for the whole extraction. */
async function runStepsInTasks<T>(steps: ExtractSteps<T>): Promise<T> {
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await nextTask();
  }
}

async function readSource(doc: Document, url: string, readAnyway: boolean): Promise<ExtractResult> {
  if (!extractorGlobal.mirrorReaderReadSource) await send({ type: 'inject-source-reader' });
  const readSourceHere = extractorGlobal.mirrorReaderReadSource;
  return readSourceHere ? readSourceHere(doc, url, { readAnyway }) : { kind: 'not-article', reason: 'source reader unavailable', form: 'raw' };
}

extractorGlobal.mirrorReaderExtract ??= async (doc, url, options) => {
  const readAnyway = options?.readAnyway === true;
  try {
    const longPage = longPageOf(doc, url, readAnyway);
    if (longPage) return await readElsewhere(longPage);
    const served = await runStepsInTasks(servedPageSteps(doc, url, { readAnyway }));
    return 'kind' in served ? served : await readSource(doc, url, readAnyway);
  } catch (error) {
    return { kind: 'not-article', reason: `extraction failed: ${String(error)}` };
  }
};
