// Builds the stored records from an Article and reader state, and the public shapes back from them.
import type { Article } from '../core/article';
import { identityKey, mirrorKey, originalKey } from './keys';
import type { ArticleRecord, ListKey, SummaryRecord } from './schema';
import type { ArticleSummary, ListQuery, ReaderState, SavedArticle } from './types';

/** A filter a list index can range over (see listing.ts). */
export type Facet = 'all' | 'read' | 'starred' | 'archived' | 'archived-read' | 'outlet' | 'tag';
export type ListOrder = NonNullable<ListQuery['order']>;

export const INITIAL_STATE: ReaderState = { read: false, starred: false, archived: false, tags: [], position: 0 };

const MAX_TAGS = 50;
const MAX_TAG_LENGTH = 64;
const MAX_EXCERPT_LENGTH = 300;

export function normalizeTags(tags: readonly string[]): string[] {
  const clean = tags.map((tag) => tag.replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH)).filter(Boolean);
  return [...new Set(clean)].slice(0, MAX_TAGS);
}

function normalizePosition(position: number): number {
  return Number.isFinite(position) ? Math.min(Math.max(position, 0), 1) : 0;
}

/** Canonical URLs of every image the article shows. */
export function imageUrlsOf(article: Article): string[] {
  const urls = article.images.map((image) => image.canonicalUrl);
  if (article.leadImage) urls.unshift(article.leadImage.canonicalUrl);
  return [...new Set(urls)];
}

export function lookupKeys(article: Article, mirrorUrls: readonly string[]): Pick<ArticleRecord, 'originalKey' | 'mirrorKeys' | 'identityKey'> {
  const keys: Pick<ArticleRecord, 'originalKey' | 'mirrorKeys' | 'identityKey'> = {
    mirrorKeys: [...new Set(mirrorUrls.map(mirrorKey))],
  };
  const original = originalKey(article.originalUrl);
  if (original) keys.originalKey = original;
  const identity = identityKey(article);
  if (identity) keys.identityKey = identity;
  return keys;
}

/** 2021-07-05 → 20210705; no date sorts after every dated article. */
function publishedDay(published: string | null): number {
  const match = published?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return match ? Number(match[1]) * 10_000 + Number(match[2]) * 100 + Number(match[3]) : 0;
}

type ListFields = Pick<SummaryRecord, 'id' | 'savedAt' | 'published' | 'read' | 'starred' | 'archived' | 'outlet' | 'tags'>;

/** The sort part of a list key, negated so that ascending index order is newest first. */
export function listSortKey(summary: ListFields, order: ListOrder): ListKey {
  return order === 'saved' ? [-summary.savedAt, summary.id] : [-publishedDay(summary.published), -summary.savedAt, summary.id];
}

/** One key per filter the summary matches: [facet, value, …sort key]. */
function listKeysOf(summary: ListFields): Pick<SummaryRecord, 'bySaved' | 'byPublished'> {
  const facets: [Facet, string | number][] = [
    ['all', 0],
    ['read', Number(summary.read)],
    ['starred', Number(summary.starred)],
    ['archived', Number(summary.archived)],
    // The list's usual views ("unread, not archived") in one range instead of a filtered scan.
    ['archived-read', Number(summary.archived) * 2 + Number(summary.read)],
  ];
  if (summary.outlet) facets.push(['outlet', summary.outlet]);
  for (const tag of summary.tags) facets.push(['tag', tag]);
  const saved = listSortKey(summary, 'saved');
  const published = listSortKey(summary, 'published');
  return {
    bySaved: facets.map(([facet, value]) => [facet, value, ...saved]),
    byPublished: facets.map(([facet, value]) => [facet, value, ...published]),
  };
}

export function summaryOf(record: ArticleRecord, state: ReaderState): SummaryRecord {
  const { article } = record;
  const summary = {
    id: record.id,
    title: article.title,
    outlet: article.outlet,
    published: article.published,
    excerpt: article.excerpt.slice(0, MAX_EXCERPT_LENGTH),
    savedAt: record.savedAt,
    readingMinutes: article.readingMinutes,
    docNo: record.docNo,
    ...(record.variantOf ? { variantOf: record.variantOf } : {}),
  };
  return withState(summary, state);
}

/** The summary with a new reader state, and the list keys that follow from it. */
export function withState(summary: Omit<SummaryRecord, keyof ReaderState | 'bySaved' | 'byPublished'>, state: ReaderState): SummaryRecord {
  const fields = {
    ...summary,
    read: state.read,
    starred: state.starred,
    archived: state.archived,
    tags: normalizeTags(state.tags),
    position: normalizePosition(state.position),
  };
  return { ...fields, ...listKeysOf(fields) };
}

/** Just the reader state of a summary or saved article. */
export function stateOf(source: ReaderState): ReaderState {
  return { read: source.read, starred: source.starred, archived: source.archived, tags: source.tags, position: source.position };
}

export function savedArticleOf(record: ArticleRecord, summary: SummaryRecord): SavedArticle {
  return {
    id: record.id,
    article: record.article,
    mirrorUrls: record.mirrorUrls,
    savedAt: record.savedAt,
    updatedAt: record.updatedAt,
    ...stateOf(summary),
    ...(record.variantOf ? { variantOf: record.variantOf } : {}),
  };
}

export function publicSummary({ bySaved: _saved, byPublished: _published, docNo: _docNo, ...summary }: SummaryRecord): ArticleSummary {
  return summary;
}
