// The bench bundle, evaluated in each served page: the core's extract and Mozilla Readability, timed
// in the page on its live document. Both are run the way a reader meets them: our extract on the
// page's own document (it reads it into an inert copy and must leave it untouched), Readability on a
// clone (its parse() takes the document apart). Each call is one task of its own; the page's thread
// turns between them, as it would between a content script's message and the next.
import { Readability } from '@mozilla/readability';
import { extract } from '../../src/core';

export interface PageTimings {
  /** What extract made of the page: article, index or not-article. */
  kind: string;
  /** The first extract call after the bundle was evaluated: the cold call a reader's tab meets. */
  coldMs: number;
  ours: number[];
  readability: number[];
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
const readabilityHere = () => new Readability(document.cloneNode(true) as Document).parse();

window.mirrorReaderBench = {
  async measure(rounds, warmup) {
    const markupBefore = document.documentElement.outerHTML;
    let kind = '';
    const coldMs = time(() => {
      kind = extractHere().kind;
    });
    const ours: number[] = [];
    const readability: number[] = [];
    for (let round = 0; round < warmup + rounds; round++) {
      // Taking turns at going first, so that neither side always runs on a heap the other just filled.
      const order = round % 2 === 0 ? [extractHere, readabilityHere] : [readabilityHere, extractHere];
      const figures = new Map<() => unknown, number>();
      for (const run of order) {
        await nextTask();
        figures.set(run, time(run));
      }
      if (round < warmup) continue;
      ours.push(figures.get(extractHere)!);
      readability.push(figures.get(readabilityHere)!);
    }
    return { kind, coldMs, ours, readability, mutated: document.documentElement.outerHTML !== markupBefore };
  },
  async repeatExtract(times) {
    for (let i = 0; i < times; i++) {
      await nextTask();
      extractHere();
    }
  },
};
