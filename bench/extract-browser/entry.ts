// The bench bundle, evaluated in each served page: the core's extract and Mozilla Readability, timed
// in the page on its live document. Both are run the way a reader meets them: our extract on the
// page's own document (it reads it into an inert copy and must leave it untouched), Readability on a
// clone (its parse() takes the document apart). Each call is one task of its own; the page's thread
// turns between them, as it would between a content script's message and the next. A third call
// times the floor of any safe extraction: the sanitiser alone (the article policy, DOMPurify) on a
// copy of the element the detector takes for the article, with no reading of it at all.
import { Readability } from '@mozilla/readability';
import { extract } from '../../src/core';
import { servedPageSteps } from '../../src/core/extract-served';
import { sanitizeArticleBody } from '../../src/core/sanitize';
import { articleRoot } from '../../src/content/candidate';
import { longPageOf } from '../../src/content/long-page';
import type { LongPage } from '../../src/shared/messages';

export interface PageTimings {
  /** What extract made of the page: article, index or not-article. */
  kind: string;
  /**
   * The first extraction after the bundle was evaluated, as the content script runs it (content/extractor.ts:
   * its steps a task each, a raw source then read whole): the longest of those tasks, and all of them.
   */
  coldMs: number;
  coldTotalMs: number;
  ours: number[];
  readability: number[];
  /** The sanitiser alone on the article's element (the floor of a safe extraction). */
  sanitizerOnly: number[];
  /** Whether the live document's markup changed across all the calls (it must not). */
  mutated: boolean;
}

export interface ExtractBench {
  measure(rounds: number, warmup: number): Promise<PageTimings>;
  /** Only extract, `times` over, for a profiler to sample. */
  repeatExtract(times: number): Promise<void>;
}

declare global {
  interface Window {
    mirrorReaderBench?: ExtractBench;
  }
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

// A message turns the event loop without the 4 ms clamp that nested timers get.
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

const extractHere = () => extract(document, location.href);

/**
 * The cold extraction in the content script's tasks: each step timed, with the event loop turned between. The
 * content script first asks whether the page is long (content/long-page.ts), in the first step's task; a long
 * page's one task on the tab is that and serialising the page for the extension's own page.
 */
async function coldStepsHere(): Promise<{ kind: string; tasksMs: number[] }> {
  let longPage: LongPage | null = null;
  const checkMs = time(() => (longPage = longPageOf(document, location.href, false)));
  if (longPage) return { kind: extractHere().kind, tasksMs: [checkMs] };
  const tasksMs: number[] = [];
  const steps = servedPageSteps(document, location.href);
  let kind = '';
  for (;;) {
    let step: IteratorResult<void, ReturnType<typeof extract> | { source: string }> | undefined;
    tasksMs.push(time(() => (step = steps.next())));
    if (step?.done) {
      const served = step.value;
      if ('kind' in served) kind = served.kind;
      else tasksMs.push(time(() => (kind = extractHere().kind)));
      break;
    }
    await nextTask();
  }
  tasksMs[0]! += checkMs;
  return { kind, tasksMs };
}
const readabilityHere = () => new Readability(document.cloneNode(true) as Document).parse();
const sanitizerOnlyHere = () => {
  const root = articleRoot(document) ?? document.body;
  const inert = document.implementation.createHTMLDocument('');
  inert.body.append(inert.importNode(root, true));
  return sanitizeArticleBody(inert.body, window).innerHTML;
};

window.mirrorReaderBench = {
  async measure(rounds, warmup) {
    const markupBefore = document.documentElement.outerHTML;
    const { kind, tasksMs } = await coldStepsHere();
    const coldMs = Math.max(...tasksMs);
    const coldTotalMs = tasksMs.reduce((sum, ms) => sum + ms, 0);
    const runs = [extractHere, readabilityHere, sanitizerOnlyHere];
    const figures = runs.map((): number[] => []);
    for (let round = 0; round < warmup + rounds; round++) {
      // Taking turns at going first, so that no side always runs on a heap another just filled.
      for (let i = 0; i < runs.length; i++) {
        const at = (i + round) % runs.length;
        await nextTask();
        const ms = time(runs[at]!);
        if (round >= warmup) figures[at]!.push(ms);
      }
    }
    const [ours = [], readability = [], sanitizerOnly = []] = figures;
    return { kind, coldMs, coldTotalMs, ours, readability, sanitizerOnly, mutated: document.documentElement.outerHTML !== markupBefore };
  },
  async repeatExtract(times) {
    for (let i = 0; i < times; i++) {
      await nextTask();
      extractHere();
    }
  },
};
