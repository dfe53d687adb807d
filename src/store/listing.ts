// Lists: paged, newest first, filtered, served from two multiEntry indexes over the summaries.
// Each summary carries one key per filter it matches — [facet, value, …sort keys, id] — so a page
// with one filter is a single key-range read; further filters are checked on the rows that range
// returns. Sort keys are negated so that ascending index order is newest first (getAll has no
// "prev" direction).
import { LibraryError } from './errors';
import { listSortKey, publicSummary, type Facet, type ListOrder } from './records';
import type { ListKey, ReadTransaction, SummaryRecord } from './schema';
import type { FacetCount, ListPage, ListQuery, SearchFilters } from './types';

/** Arrays sort after numbers and strings: [facet, value, AFTER_ALL] closes a facet value's range. */
const AFTER_ALL: ListKey = [];
const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;
/** A range read returns more than a page when filters beyond the index's own have to be checked. */
const FILTERED_BATCH_FACTOR = 4;

/** The most selective filter of the query becomes the index range; the others are checked per record. */
function primaryFacet(query: ListQuery): [Facet, string | number] {
  if (query.tag !== undefined) return ['tag', query.tag];
  if (query.outlet !== undefined) return ['outlet', query.outlet];
  if (query.starred !== undefined) return ['starred', Number(query.starred)];
  if (query.archived !== undefined && query.unread !== undefined) return ['archived-read', Number(query.archived) * 2 + Number(!query.unread)];
  if (query.archived !== undefined) return ['archived', Number(query.archived)];
  if (query.unread !== undefined) return ['read', Number(!query.unread)];
  return ['all', 0];
}

/** Whether a summary passes the filters of a list query (also what a filtered search keeps). */
export function matchesFilters(summary: SummaryRecord, query: SearchFilters): boolean {
  return (
    (query.tag === undefined || summary.tags.includes(query.tag)) &&
    (query.outlet === undefined || summary.outlet === query.outlet) &&
    (query.starred === undefined || summary.starred === query.starred) &&
    (query.archived === undefined || summary.archived === query.archived) &&
    (query.unread === undefined || summary.read !== query.unread)
  );
}

function encodeCursor(order: ListOrder, tail: ListKey): string {
  return JSON.stringify([order, ...tail]);
}

function decodeCursor(cursor: string, order: ListOrder): ListKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(cursor);
  } catch {
    parsed = null;
  }
  const tailLength = order === 'saved' ? 2 : 3;
  if (
    Array.isArray(parsed) &&
    parsed.length === tailLength + 1 &&
    parsed[0] === order &&
    parsed.slice(1, -1).every((part) => typeof part === 'number' && Number.isFinite(part)) &&
    typeof parsed[tailLength] === 'string'
  ) {
    return parsed.slice(1) as ListKey;
  }
  throw new LibraryError('invalid-argument', 'This list position is no longer valid; start again from the first page.');
}

export async function listSummaries(tx: ReadTransaction, query: ListQuery): Promise<ListPage> {
  const order: ListOrder = query.order ?? 'saved';
  const limit = Math.min(Math.max(Math.floor(query.limit ?? DEFAULT_LIMIT), 1), MAX_LIMIT);
  const [facet, value] = primaryFacet(query);
  const index = tx.objectStore('summaries').index(order === 'saved' ? 'bySaved' : 'byPublished');
  const filterCount = [query.tag, query.outlet, query.starred, query.archived, query.unread].filter((f) => f !== undefined).length;
  const coveredByIndex = facet === 'all' ? 0 : facet === 'archived-read' ? 2 : 1;
  const batchSize = filterCount > coveredByIndex ? (limit + 1) * FILTERED_BATCH_FACTOR : limit + 1;
  const upper: ListKey = [facet, value, AFTER_ALL];

  let lower: ListKey = query.cursor ? [facet, value, ...decodeCursor(query.cursor, order)] : [facet, value];
  let lowerOpen = Boolean(query.cursor);
  const found: SummaryRecord[] = [];
  for (;;) {
    const batch = await index.getAll(IDBKeyRange.bound(lower, upper, lowerOpen, false), batchSize);
    for (const summary of batch) {
      if (matchesFilters(summary, query)) found.push(summary);
      if (found.length > limit) break;
    }
    const last = batch.at(-1);
    if (found.length > limit || batch.length < batchSize || !last) break;
    lower = [facet, value, ...listSortKey(last, order)];
    lowerOpen = true;
  }
  const page = found.slice(0, limit);
  const lastOnPage = page.at(-1);
  return {
    items: page.map(publicSummary),
    cursor: found.length > limit && lastOnPage ? encodeCursor(order, listSortKey(lastOnPage, order)) : null,
  };
}

/** Every saved article's id, newest saved first (as the list shows them). */
export function allIds(tx: ReadTransaction): Promise<string[]> {
  return tx.objectStore('summaries').index('bySaved').getAllKeys(IDBKeyRange.bound(['all', 0], ['all', 0, AFTER_ALL]));
}

/** Every value of a facet (outlet, tag) with its article count, most used first. */
export async function facetCounts(tx: ReadTransaction, facet: 'outlet' | 'tag'): Promise<FacetCount[]> {
  const index = tx.objectStore('summaries').index('bySaved');
  const counts: FacetCount[] = [];
  let cursor = await index.openKeyCursor(IDBKeyRange.bound([facet], [facet, AFTER_ALL]));
  while (cursor) {
    const value = String((cursor.key as ListKey)[1]);
    counts.push({ value, count: await index.count(IDBKeyRange.bound([facet, value], [facet, value, AFTER_ALL])) });
    cursor = await cursor.continue([facet, value, AFTER_ALL]);
  }
  return counts.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
