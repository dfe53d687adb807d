// Public entry of the extraction core: DOM in, ExtractResult out. No extension APIs here, so the
// same code runs in a content script, an extension page, and Node under jsdom (tests, CLI, bench).
export type { Article, ArticleImage, ExtractResult, IndexPage, NotArticle, PageForm, RelatedLink } from './article';
export { extract, extractSource, type ExtractOptions } from './extract';
export { decodeBytes } from './source/decode';
export { looksLikeMirrorUrl } from './detect';
