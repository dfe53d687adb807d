// A search: query tokens → ranked documents (searchIndex.ts) → live summaries → snippets.
import { LibraryError } from './errors';
import { foldText } from './fold';
import { matchesFilters } from './listing';
import { publicSummary } from './records';
import type { ReadTransaction, SummaryRecord } from './schema';
import { rankDocuments } from './searchIndex';
import { buildSnippet } from './snippet';
import { queryTokens } from './tokenize';
import { eachOf } from './transaction';
import type { SearchPage, SearchQuery } from './types';

const DEFAULT_SEARCH_LIMIT = 20;
const MAX_SEARCH_LIMIT = 200;
/** Summaries looked up per round while walking the ranked documents. */
const LOOKUP_BATCH = 200;
/** How many matches a search counts by default before it says "at least". */
export const DEFAULT_COUNT_UP_TO = 1_000;

function pageStart(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const start = Number(cursor);
  if (!Number.isSafeInteger(start) || start < 0) throw new LibraryError('invalid-argument', 'The search cursor is not one this library gave.');
  return start;
}

/**
 * Ranked hits that pass `filters`, from `cursor` on. The filters apply before the page is cut, so a
 * filtered search reaches every match; with `count`, ranked documents are looked up to say how many match,
 * up to `options.countUpTo` (a plain first page stops as soon as it is full).
 */
export async function searchLibrary(tx: ReadTransaction, query: string, options: SearchQuery = {}, count = false): Promise<SearchPage> {
  const tokens = queryTokens(foldText(query));
  if (tokens.length === 0) return { hits: [], total: 0, totalIsAtLeast: false, cursor: null };
  const limit = Math.min(Math.max(Math.floor(options.limit ?? DEFAULT_SEARCH_LIMIT), 1), MAX_SEARCH_LIMIT);
  const start = pageStart(options.cursor);
  const summaries = tx.objectStore('summaries');
  const ranked = await rankDocuments(tx, tokens);

  // Ranked documents may be stale (deleted or re-indexed articles): keep those a summary still points to.
  const hits: { summary: SummaryRecord; score: number }[] = [];
  const filtered = [options.tag, options.outlet, options.starred, options.archived, options.unread].some((filter) => filter !== undefined);
  let matched = 0;
  // Counting goes one past the page, to know whether another follows, and on to the count's bound.
  const countUpTo = Math.max(Math.floor(options.countUpTo ?? DEFAULT_COUNT_UP_TO), start + limit + 1);
  const enough = count ? countUpTo : start + limit;
  let at = 0;
  let uncounted = false;
  while (at < ranked.size && matched < enough) {
    // An unfiltered page asks for as many as it still needs (stale documents are rare).
    const batch = count || filtered ? LOOKUP_BATCH : Math.min(LOOKUP_BATCH, start + limit - matched);
    const slice = ranked.slice(at, at + batch);
    const found = await eachOf(slice, ({ docNo }) => summaries.index('docNo').get(docNo));
    found.forEach((summary, i) => {
      if (!summary || !matchesFilters(summary, options)) return;
      if (count && matched === enough) {
        uncounted = true;
        return;
      }
      if (matched >= start && matched < start + limit) hits.push({ summary, score: slice[i]!.score });
      matched++;
    });
    at += batch;
  }
  // Documents past the bound were not looked up: as many of them may match as not.
  const totalIsAtLeast = count && matched === countUpTo && (uncounted || at < ranked.size);
  const records = await eachOf(hits, ({ summary }) => tx.objectStore('articles').get(summary.id));
  return {
    hits: hits.map(({ summary, score }, i) => ({
      summary: publicSummary(summary),
      score,
      snippet: buildSnippet(records[i]?.article.text ?? summary.excerpt, query),
    })),
    total: matched,
    totalIsAtLeast,
    cursor: matched > start + limit ? String(start + limit) : null,
  };
}
