// The data the extraction core produces. Pure data: structured-clone and JSON safe, so it can
// cross the extension's message channel and be stored in IndexedDB as is.

export interface ArticleImage {
  /** The image's own address (GitHub's data-canonical-src, or the src in raw/HTML forms). */
  canonicalUrl: string;
  /** The address the page actually loaded (camo proxy on github.com); equals canonicalUrl elsewhere. */
  loadedUrl: string;
  alt: string;
  caption: string;
}

export interface RelatedLink {
  title: string;
  url: string;
}

export interface Article {
  kind: 'article';
  /** Which mirror family's rules produced it ('generic' for the Readability fallback). */
  family: string;
  /** How the page was presented: github.com blob view, raw source, or a full HTML page. */
  form: PageForm;
  title: string;
  /** Normalised outlet name (大纪元, 新唐人, 看中国, 美国之音, …), or null when unknown. */
  outlet: string | null;
  /** ISO date (YYYY-MM-DD), or null when the page gives none. */
  published: string | null;
  author: string | null;
  editor: string | null;
  originalUrl: string | null;
  /** The canonical address of the mirrored file (github.com blob URL where one can be derived). */
  mirrorUrl: string;
  lang: 'zh-Hans' | 'zh-Hant' | 'en' | 'und';
  leadImage: ArticleImage | null;
  images: ArticleImage[];
  /** DOMPurify-sanitised body HTML: no scripts, no handlers, links absolute and safe. */
  contentHtml: string;
  /** Plain text of the body, paragraphs separated by blank lines. */
  text: string;
  excerpt: string;
  /** Length in characters, CJK-aware (each Han character counts, Latin words count as letters). */
  length: number;
  readingMinutes: number;
  related: RelatedLink[];
}

export type PageForm = 'blob' | 'raw' | 'html';

export interface IndexPage {
  kind: 'index';
  family: string;
  form: PageForm;
  title: string;
  mirrorUrl: string;
  links: RelatedLink[];
}

export interface NotArticle {
  kind: 'not-article';
  reason: string;
  form?: PageForm;
}

export type ExtractResult = Article | IndexPage | NotArticle;
