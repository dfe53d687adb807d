// The whole-library export format, and the validation an import must pass before anything is
// written. Imported data is rebuilt field by field from what was checked: nothing else gets in.
// Article bodies go through the extraction core's sanitiser (the HTML policy, core/htmlPolicy.ts):
// what is stored is its output, and a body it would change is refused (Mirror Reader never wrote it).
import { isArticleId } from '../shared/article-id';
import type { Article, ArticleImage, ExtractResult, PageForm, RelatedLink } from '../core/article';
import { sanitizeForeignArticleHtml } from '../core/sanitize';
import { LibraryError } from './errors';
import type { PageWindow } from './pageWindow';
import type { SavedArticle } from './types';

export const LIBRARY_FORMAT = 'mirror-reader-library';
export const LIBRARY_FORMAT_VERSION = 1;

export type LibraryFileArticle = SavedArticle;

export interface LibraryFileImage {
  url: string;
  type: string;
  base64: string;
}

export interface LibraryFile {
  format: typeof LIBRARY_FORMAT;
  version: typeof LIBRARY_FORMAT_VERSION;
  exportedAt: string;
  articles: LibraryFileArticle[];
  images: LibraryFileImage[];
}

export const LIMITS = {
  articles: 100_000,
  images: 200_000,
  imagesPerArticle: 1_000,
  mirrorUrls: 200,
  related: 500,
  /** An index page's links as its content script sends them; past these the rest are left (a batch takes 500). */
  indexLinks: 10_000,
  tags: 200,
  shortText: 1_000,
  longText: 4_000_000,
  url: 4_096,
  /** 8 MB of image bytes, the most the extension downloads for one image. */
  imageBase64: Math.ceil((8 * 1024 * 1024 * 4) / 3) + 4,
};
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const FORMS: readonly PageForm[] = ['blob', 'raw', 'html'];
const LANGS: readonly Article['lang'][] = ['zh-Hans', 'zh-Hant', 'en', 'und'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const IMAGE_TYPE = /^image\/[a-z0-9.+-]{1,50}$/i;
/** Times are milliseconds since 1970; anything past year 9999 is not a time. */
const MAX_TIME = 253_402_300_800_000;

function reject(reason: string): never {
  throw new LibraryError('bad-import', `This file cannot be imported: ${reason}. The library was not changed.`);
}

function fail(path: string, expected: string): never {
  reject(`${path} should be ${expected}`);
}

function record(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'an object');
  return value as Record<string, unknown>;
}

function list(value: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(value) || value.length > max) fail(path, `a list of at most ${max} entries`);
  return value;
}

function text(value: unknown, path: string, max = LIMITS.shortText): string {
  if (typeof value !== 'string' || value.length > max) fail(path, `text of at most ${max} characters`);
  return value;
}

function optionalText(value: unknown, path: string): string | null {
  return value === null ? null : text(value, path);
}

function flag(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') fail(path, 'true or false');
  return value;
}

function number(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) fail(path, `a number from ${min} to ${max}`);
  return value;
}

function oneOf<T extends string>(value: unknown, path: string, options: readonly T[]): T {
  if (!options.includes(value as T)) fail(path, `one of ${options.join(', ')}`);
  return value as T;
}

function webUrl(value: unknown, path: string): string {
  const url = text(value, path, LIMITS.url);
  let protocol = '';
  try {
    protocol = new URL(url).protocol;
  } catch {
    // reported below
  }
  if (protocol !== 'http:' && protocol !== 'https:') fail(path, 'an http(s) address');
  return url;
}

function optionalWebUrl(value: unknown, path: string): string | null {
  return value === null ? null : webUrl(value, path);
}

function articleImage(value: unknown, path: string): ArticleImage {
  const image = record(value, path);
  return {
    canonicalUrl: webUrl(image.canonicalUrl, `${path}.canonicalUrl`),
    loadedUrl: webUrl(image.loadedUrl, `${path}.loadedUrl`),
    alt: text(image.alt, `${path}.alt`),
    caption: text(image.caption, `${path}.caption`),
  };
}

function relatedLink(value: unknown, path: string): RelatedLink {
  const link = record(value, path);
  return { title: text(link.title, `${path}.title`), url: webUrl(link.url, `${path}.url`) };
}

function articleHtml(value: unknown, path: string, win: PageWindow): string {
  const html = sanitizeForeignArticleHtml(text(value, path, LIMITS.longText), win);
  return html ?? fail(path, 'article HTML without scripts, event handlers or unsafe links');
}

/** `body` checks (and may rewrite) the article HTML: the import sanitises it, a message only bounds it. */
function article(value: unknown, path: string, body: (value: unknown, path: string) => string): Article {
  const a = record(value, path);
  if (a.kind !== 'article') fail(`${path}.kind`, '"article"');
  const published = optionalText(a.published, `${path}.published`);
  if (published !== null && !DATE.test(published)) fail(`${path}.published`, 'a date like 2021-07-05');
  const contentHtml = body(a.contentHtml, `${path}.contentHtml`);
  const title = text(a.title, `${path}.title`);
  if (!title.trim()) fail(`${path}.title`, 'a title');
  return {
    kind: 'article',
    family: text(a.family, `${path}.family`),
    form: oneOf(a.form, `${path}.form`, FORMS),
    title,
    outlet: optionalText(a.outlet, `${path}.outlet`),
    published,
    author: optionalText(a.author, `${path}.author`),
    editor: optionalText(a.editor, `${path}.editor`),
    originalUrl: optionalWebUrl(a.originalUrl, `${path}.originalUrl`),
    mirrorUrl: webUrl(a.mirrorUrl, `${path}.mirrorUrl`),
    lang: oneOf(a.lang, `${path}.lang`, LANGS),
    leadImage: a.leadImage === null ? null : articleImage(a.leadImage, `${path}.leadImage`),
    images: list(a.images, `${path}.images`, LIMITS.imagesPerArticle).map((image, i) => articleImage(image, `${path}.images[${i}]`)),
    contentHtml,
    text: text(a.text, `${path}.text`, LIMITS.longText),
    excerpt: text(a.excerpt, `${path}.excerpt`, LIMITS.longText),
    length: number(a.length, `${path}.length`, 0, LIMITS.longText),
    readingMinutes: number(a.readingMinutes, `${path}.readingMinutes`, 0, LIMITS.longText),
    related: list(a.related, `${path}.related`, LIMITS.related).map((link, i) => relatedLink(link, `${path}.related[${i}]`)),
  };
}

function savedArticle(value: unknown, path: string, win: PageWindow): LibraryFileArticle {
  const entry = record(value, path);
  const id = text(entry.id, `${path}.id`);
  if (!isArticleId(id)) fail(`${path}.id`, 'an id of letters, digits, - and _');
  return {
    id,
    article: article(entry.article, `${path}.article`, (html, at) => articleHtml(html, at, win)),
    mirrorUrls: list(entry.mirrorUrls, `${path}.mirrorUrls`, LIMITS.mirrorUrls).map((url, i) => webUrl(url, `${path}.mirrorUrls[${i}]`)),
    savedAt: number(entry.savedAt, `${path}.savedAt`, 0, MAX_TIME),
    updatedAt: number(entry.updatedAt, `${path}.updatedAt`, 0, MAX_TIME),
    read: flag(entry.read, `${path}.read`),
    starred: flag(entry.starred, `${path}.starred`),
    archived: flag(entry.archived, `${path}.archived`),
    tags: list(entry.tags, `${path}.tags`, LIMITS.tags).map((tag, i) => text(tag, `${path}.tags[${i}]`)),
    position: number(entry.position, `${path}.position`, 0, 1),
  };
}

function image(value: unknown, path: string): LibraryFileImage {
  const entry = record(value, path);
  const type = text(entry.type, `${path}.type`);
  if (!IMAGE_TYPE.test(type)) fail(`${path}.type`, 'an image type like image/jpeg');
  return { url: webUrl(entry.url, `${path}.url`), type, base64: text(entry.base64, `${path}.base64`, LIMITS.imageBase64) };
}

/** Parses and checks a whole export; throws LibraryError('bad-import') naming the first problem. */
export function parseLibraryFile(json: string, win: PageWindow): LibraryFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) reject(`it contains the forbidden key "${key}"`);
      return value;
    });
  } catch (error) {
    if (error instanceof LibraryError) throw error;
    reject('it is not complete JSON (cut short or damaged)');
  }
  const file = record(parsed, 'the file');
  if (file.format !== LIBRARY_FORMAT) reject('it is not a Mirror Reader library export');
  if (typeof file.version === 'number' && file.version > LIBRARY_FORMAT_VERSION) {
    reject(`it was made by a newer Mirror Reader (format version ${file.version}); update the extension first`);
  }
  if (file.version !== LIBRARY_FORMAT_VERSION) fail('version', String(LIBRARY_FORMAT_VERSION));
  return {
    format: LIBRARY_FORMAT,
    version: LIBRARY_FORMAT_VERSION,
    exportedAt: text(file.exportedAt, 'exportedAt'),
    articles: list(file.articles, 'articles', LIMITS.articles).map((entry, i) => savedArticle(entry, `articles[${i}]`, win)),
    images: list(file.images, 'images', LIMITS.images).map((entry, i) => image(entry, `images[${i}]`)),
  };
}

/**
 * An extraction result as the content script sends it, rebuilt from checked fields (the same checks as
 * an import's); null when anything is off. The body is only bounded here (the background has no DOM):
 * the readers sanitise it again before showing it, and the exports are written from a sanitised DOM.
 */
export function checkedExtractResult(value: unknown): ExtractResult | null {
  try {
    const result = record(value, 'result');
    if (result.kind === 'article') return article(result, 'result', (html, at) => text(html, at, LIMITS.longText));
    if (result.kind === 'index') {
      return {
        kind: 'index',
        family: text(result.family, 'result.family'),
        form: oneOf(result.form, 'result.form', FORMS),
        title: text(result.title, 'result.title'),
        mirrorUrl: webUrl(result.mirrorUrl, 'result.mirrorUrl'),
        // A long channel list is still an index: its first links are taken, not the page refused.
        links: list(Array.isArray(result.links) ? result.links.slice(0, LIMITS.indexLinks) : result.links, 'result.links', LIMITS.indexLinks).map((link, i) =>
          relatedLink(link, `result.links[${i}]`),
        ),
      };
    }
    if (result.kind === 'not-article') {
      return { kind: 'not-article', reason: text(result.reason, 'result.reason'), ...(result.form === undefined ? {} : { form: oneOf(result.form, 'result.form', FORMS) }) };
    }
    return null;
  } catch (error) {
    if (error instanceof LibraryError) return null;
    throw error;
  }
}
