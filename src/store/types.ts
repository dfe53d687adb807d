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
}

/** An image fetched for offline reading, keyed by the article image's canonicalUrl. */
export interface ImageBlob {
  url: string;
  blob: Blob;
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
}

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

export interface ImportReport {
  added: number;
  merged: number;
  images: number;
}

export interface StorageUsage {
  articles: number;
  images: number;
  bytesUsed: number | null;
  bytesQuota: number | null;
}
