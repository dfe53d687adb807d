// A search: query tokens → ranked documents (searchIndex.ts) → live summaries → snippets.
import { foldText } from './fold';
import { publicSummary } from './records';
import type { ReadTransaction, SummaryRecord } from './schema';
import { rankDocuments } from './searchIndex';
import { buildSnippet } from './snippet';
import { queryTokens } from './tokenize';
import { eachOf } from './transaction';
import type { SearchHit } from './types';

const DEFAULT_SEARCH_LIMIT = 20;
const MAX_SEARCH_LIMIT = 200;

export async function searchLibrary(tx: ReadTransaction, query: string, requestedLimit = DEFAULT_SEARCH_LIMIT): Promise<SearchHit[]> {
  const tokens = queryTokens(foldText(query));
  if (tokens.length === 0) return [];
  const limit = Math.min(Math.max(Math.floor(requestedLimit), 1), MAX_SEARCH_LIMIT);
  const summaries = tx.objectStore('summaries');
  const ranked = await rankDocuments(tx, tokens);

  // Ranked documents may be stale (deleted or re-indexed articles): keep those a summary still points to.
  const hits: { summary: SummaryRecord; score: number }[] = [];
  for (let start = 0; start < ranked.length && hits.length < limit; start += limit) {
    const slice = ranked.slice(start, start + limit);
    const found = await eachOf(slice, ({ docNo }) => summaries.index('docNo').get(docNo));
    found.forEach((summary, i) => {
      if (summary && hits.length < limit) hits.push({ summary, score: slice[i]!.score });
    });
  }
  const records = await eachOf(hits, ({ summary }) => tx.objectStore('articles').get(summary.id));
  return hits.map(({ summary, score }, i) => ({
    summary: publicSummary(summary),
    score,
    snippet: buildSnippet(records[i]?.article.text ?? summary.excerpt, query),
  }));
}
