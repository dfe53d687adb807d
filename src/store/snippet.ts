// A short excerpt around the first match, as text segments with the matched terms marked, so the
// UI highlights without innerHTML. Matching runs on folded text, which has the same length as the
// original (see fold.ts), so positions carry over and the reader sees their own script.
import { foldText } from './fold';
import { queryTokens, runsOf } from './tokenize';
import type { SearchHit } from './types';

const CONTEXT_BEFORE = 30;
const SNIPPET_LENGTH = 120;

/** Where `needle` occurs in `folded`; word needles only as whole words ("art" not in "party"). */
function occurrences(folded: string, needle: string, wholeWord: boolean): number[] {
  const found: number[] = [];
  for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
    const isolated = !wholeWord || (!/[\p{L}\p{N}]/u.test(folded[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(folded[at + needle.length] ?? ''));
    if (isolated) found.push(at);
  }
  return found;
}

/** The query's terms: its whole runs ("民主运动", "biontech"), or for a run absent as a whole, its tokens. */
function termsToMark(folded: string, foldedQuery: string): { needle: string; wholeWord: boolean; at: number[] }[] {
  const terms = [];
  for (const run of runsOf(foldedQuery)) {
    const needle = foldedQuery.slice(run.start, run.end);
    const wholeWord = run.kind === 'word';
    const at = occurrences(folded, needle, wholeWord);
    if (at.length) terms.push({ needle, wholeWord, at });
    else for (const token of queryTokens(needle)) terms.push({ needle: token, wholeWord, at: occurrences(folded, token, wholeWord) });
  }
  return terms;
}

export function buildSnippet(text: string, query: string): SearchHit['snippet'] {
  const folded = foldText(text);
  const terms = termsToMark(folded, foldText(query));
  const first = Math.min(...terms.flatMap((term) => term.at.slice(0, 1)));
  let start = Number.isFinite(first) ? Math.max(0, first - CONTEXT_BEFORE) : 0;
  if (/[\udc00-\udfff]/.test(text[start] ?? '')) start--; // don't split a surrogate pair
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (/[\ud800-\udbff]/.test(text[end - 1] ?? '')) end++;

  const marked = new Uint8Array(end - start);
  for (const { needle, at } of terms) {
    for (const position of at) {
      for (let i = Math.max(position, start); i < Math.min(position + needle.length, end); i++) marked[i - start] = 1;
    }
  }
  const segments: SearchHit['snippet'] = [];
  for (let i = 0; i < marked.length; ) {
    let j = i;
    while (j < marked.length && marked[j] === marked[i]) j++;
    segments.push({ text: text.slice(start + i, start + j).replace(/\s+/g, ' '), mark: marked[i] === 1 });
    i = j;
  }
  if (start > 0) segments.unshift({ text: '…', mark: false });
  if (end < text.length) segments.push({ text: '…', mark: false });
  return segments;
}
