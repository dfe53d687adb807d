import type { IndexPage, NotArticle, RelatedLink } from './article';
import type { SourcePage } from './page';

/** What a family's rules found; the shared finalisation fills the gaps and builds the Article. */
export interface FamilyDraft {
  title: string;
  /** The cleaned article body (in page.doc). */
  body: HTMLElement;
  outlet?: string | null;
  published?: string | null;
  author?: string | null;
  editor?: string | null;
  originalUrl?: string | null;
  related?: RelatedLink[];
}

/**
 * One mirror family: how to recognise its pages (markers of the layout, never the mirror account's
 * name), which of its pages are not articles, and where each field lives.
 */
export interface Family {
  id: string;
  /** Cheap markers on the normalised page; the first family that matches handles it. */
  matches(page: SourcePage): boolean;
  /** Index and other non-article pages of the family; null for an article. */
  classify?(page: SourcePage): IndexPage | NotArticle | null;
  /** The article, or null when the page turns out not to hold one. */
  extract(page: SourcePage): FamilyDraft | null;
}
