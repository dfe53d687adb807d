import type { ScriptConversion } from '../shared/settings';
import type { Article } from '../core/article';

// What the reader does to an article; kept across re-saves of the same article.
export interface ReaderState {
  read: boolean;
  starred: boolean;
  archived: boolean;
  tags: string[];
  /** Scroll position as a fraction 0..1 of the body. */
  position: number;
}

export interface SavedArticle extends ReaderState {
  id: string;
  article: Article;
  /** Every mirror address the article was reached through. */
  mirrorUrls: string[];
  savedAt: number;
  updatedAt: number;
  /** Another mirror's copy that differs from the one saved first (that one's id): both are kept. */
  variantOf?: string;
}

/**
 * An image fetched for offline reading, keyed by the article image's canonicalUrl. Bytes, not a
 * Blob: they are what the library stores, and a Blob's bytes would first have to come back from
 * the browser's blob store (a round trip that cost more than a millisecond per save).
 */
export interface ImageFile {
  url: string;
  /** Its MIME type, image/… */
  type: string;
  bytes: ArrayBuffer;
}

export interface ArticleSummary {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  excerpt: string;
  savedAt: number;
  read: boolean;
  starred: boolean;
  archived: boolean;
  tags: string[];
  /** Reading position 0..1, for a progress mark in the list. */
  position: number;
  readingMinutes: number;
  /** Saved from a mirror whose copy differs from the one saved first (its id): both are kept. */
  variantOf?: string;
}

/**
 * Filters combine (all must hold). A boolean filter left out means "either": `unread: true` lists
 * unread articles only, `unread: false` read ones only; `archived: false` hides the archive.
 */
export interface ListQuery {
  order?: 'saved' | 'published';
  limit?: number;
  cursor?: string | null;
  unread?: boolean;
  starred?: boolean;
  archived?: boolean;
  outlet?: string;
  tag?: string;
}

/** The filters a list and a search share. */
export type SearchFilters = Pick<ListQuery, 'unread' | 'starred' | 'archived' | 'outlet' | 'tag'>;

export interface SearchQuery extends SearchFilters {
  /** Hits per page (default 20, at most 200). */
  limit?: number;
  /** From the previous page; null or absent for the first. */
  cursor?: string | null;
  /**
   * Matches are counted up to this many (default 1,000); past it `totalIsAtLeast` is set. Counting every match
   * of a common word looks up every matching article: 13 s for 中共 in a library of 100,000.
   */
  countUpTo?: number;
}

/** One page of a filtered search: the filters apply before the page is cut. */
export interface SearchPage {
  hits: SearchHit[];
  /** How many saved articles match the words and the filters (counted up to `countUpTo`). */
  total: number;
  /** More match than `total`: counting stopped there. */
  totalIsAtLeast: boolean;
  /** For the next page, or null after the last. */
  cursor: string | null;
}

/** A filter value with the number of saved articles that have it (outlets, tags). */
export interface FacetCount {
  value: string;
  count: number;
}

export interface ListPage {
  items: ArticleSummary[];
  cursor: string | null;
}

export interface SearchHit {
  summary: ArticleSummary;
  score: number;
  /** Snippet as text segments; `mark` segments are the matched terms, for highlighting without innerHTML. */
  snippet: { text: string; mark: boolean }[];
}

export type ArticleExportFormat = 'markdown' | 'html' | 'single-html';

/** How an exported article reads: in the reader's script (简/繁), its link labels in the reader's language. */
export interface ArticleExportOptions {
  script?: ScriptConversion;
  labels?: ExportLabels;
}

export interface ExportLabels {
  original: string;
  mirror: string;
  /** A link that stands for an image (alt may be empty). */
  image(alt: string): string;
}

export interface ImportReport {
  added: number;
  merged: number;
  images: number;
}

/** What `remove` took away, so that `restore` can put it back (the UI's undo). */
export interface RemovedArticle {
  saved: SavedArticle;
  /** Images only this article used; images shared with other articles stay in the library. */
  images: ImageFile[];
}

export interface StorageUsage {
  articles: number;
  images: number;
  bytesUsed: number | null;
  bytesQuota: number | null;
}
