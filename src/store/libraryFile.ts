// The library file format, and the validation an import must pass before anything is written.
// Imported data is rebuilt field by field from what was checked: nothing else gets in. Article
// bodies go through the extraction core's sanitiser (the HTML policy, core/htmlPolicy.ts): what is
// stored is its output, and a body it would change is refused (Mirror Reader never wrote it).
//
// Version 2 (written since 0.2) is a stream of lines, each one JSON object, so that it is written and
// read a record at a time:
//   {"format":"mirror-reader-library","version":2,"exportedAt":"…"}   the header
//   {"image":{"url":…,"type":…,"base64":…}}                           an image, before the first article that uses it
//   {"article":{"id":…,"article":{…},"mirrorUrls":[…],…}}             an article with its reader state
//   {"end":{"articles":N,"images":M}}                                  the last line: how many came before
// A file without its end line, or whose counts differ, was cut short. Version 1 was one JSON object
// {format, version: 1, exportedAt, articles: […], images: […]}; it is still read.
import { isArticleId } from '../shared/article-id';
import type { Article, ArticleImage, ExtractResult, PageForm, RelatedLink } from '../core/article';
import { sanitizeForeignArticleHtml } from '../core/sanitize';
import { base64ToBytes, bytesToBase64 } from './base64';
import { LibraryError } from './errors';
import type { PageWindow } from './pageWindow';
import type { ImageFile, SavedArticle } from './types';

export const LIBRARY_FORMAT = 'mirror-reader-library';
/** The version exports write: a stream of lines. */
export const LIBRARY_FORMAT_VERSION = 2;
/** The version of one whole JSON object, written before 0.2. */
export const WHOLE_FILE_VERSION = 1;
/** The media type of the files exports write (JSON Lines; the options page names them .jsonl). */
export const LIBRARY_FILE_TYPE = 'application/jsonl';

export type LibraryFileArticle = SavedArticle;

export interface LibraryFileImage {
  url: string;
  type: string;
  base64: string;
}

/** A version 1 file, checked, its images decoded. */
export interface WholeLibraryFile {
  exportedAt: string;
  articles: LibraryFileArticle[];
  images: ImageFile[];
}

/** How many records a version 2 file holds, as its end line says. */
export interface LibraryFileCounts {
  articles: number;
  images: number;
}

/** One checked line of a version 2 file after the header. */
export type LibraryFileLine =
  | { kind: 'image'; image: ImageFile }
  | { kind: 'article'; entry: LibraryFileArticle }
  | { kind: 'end'; counts: LibraryFileCounts };

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
  /** A line of a version 2 file: an article's three long texts and its fields, or one image. */
  line: 3 * 4_000_000 + 1_000_000,
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

function image(value: unknown, path: string): ImageFile {
  const entry = record(value, path);
  const type = text(entry.type, `${path}.type`);
  if (!IMAGE_TYPE.test(type)) fail(`${path}.type`, 'an image type like image/jpeg');
  const url = webUrl(entry.url, `${path}.url`);
  const bytes = base64ToBytes(text(entry.base64, `${path}.base64`, LIMITS.imageBase64));
  return { url, type, bytes: bytes ?? reject(`${path}.base64 is not base64`) };
}

/** JSON.parse that refuses the keys that reach an object's prototype. `what` names the text in the message. */
function parseJson(json: string, what: string): unknown {
  try {
    return JSON.parse(json, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) reject(`${what} contains the forbidden key "${key}"`);
      return value;
    });
  } catch (error) {
    if (error instanceof LibraryError) throw error;
    return reject(`${what} is not complete JSON (cut short or damaged)`);
  }
}

/** The format version of a file whose header (the whole object for version 1) is `value`. */
function checkedVersion(value: unknown): number {
  const file = record(value, 'the file');
  if (file.format !== LIBRARY_FORMAT) reject('it is not a Mirror Reader library export');
  if (typeof file.version === 'number' && file.version > LIBRARY_FORMAT_VERSION) {
    reject(`it was made by a newer Mirror Reader (format version ${file.version}); update the extension first`);
  }
  if (file.version !== LIBRARY_FORMAT_VERSION && file.version !== WHOLE_FILE_VERSION) fail('version', `${WHOLE_FILE_VERSION} or ${LIBRARY_FORMAT_VERSION}`);
  text(file.exportedAt, 'exportedAt');
  return file.version;
}

/**
 * Whether `firstLine` is the header of a version 2 file (a stream of lines); false when it is no JSON
 * or a whole version 1 file, which is then read whole. Throws for any other JSON: a foreign file,
 * a newer version, a damaged header.
 */
export function isLineFileHeader(firstLine: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(firstLine);
  } catch {
    return false;
  }
  const header = value as Record<string, unknown> | null;
  if (typeof header === 'object' && header?.format === LIBRARY_FORMAT && header.version === WHOLE_FILE_VERSION) return false;
  return checkedVersion(parseJson(firstLine, 'the first line')) === LIBRARY_FORMAT_VERSION;
}

/** Parses and checks a whole version 1 file; throws LibraryError('bad-import') naming the first problem. */
export function parseWholeLibraryFile(json: string, win: PageWindow): WholeLibraryFile {
  const parsed = parseJson(json, 'it');
  if (checkedVersion(parsed) !== WHOLE_FILE_VERSION) fail('version', String(WHOLE_FILE_VERSION));
  const file = parsed as Record<string, unknown>;
  return {
    exportedAt: file.exportedAt as string,
    articles: list(file.articles, 'articles', LIMITS.articles).map((entry, i) => savedArticle(entry, `articles[${i}]`, win)),
    images: list(file.images, 'images', LIMITS.images).map((entry, i) => image(entry, `images[${i}]`)),
  };
}

/** Parses and checks line `lineNo` (1-based) of a version 2 file, after its header. */
export function parseLibraryLine(line: string, lineNo: number, win: PageWindow): LibraryFileLine {
  const where = `line ${lineNo}`;
  const value = record(parseJson(line, where), where);
  const keys = Object.keys(value);
  if (keys.length !== 1) fail(where, 'an object with one key: image, article or end');
  if ('image' in value) return { kind: 'image', image: image(value.image, `${where}: image`) };
  if ('article' in value) return { kind: 'article', entry: savedArticle(value.article, `${where}: article`, win) };
  if ('end' in value) {
    const end = record(value.end, `${where}: end`);
    return {
      kind: 'end',
      counts: { articles: number(end.articles, `${where}: end.articles`, 0, LIMITS.articles), images: number(end.images, `${where}: end.images`, 0, LIMITS.images) },
    };
  }
  return fail(where, 'an object with one key: image, article or end');
}

const MARKUP = /[<>&\u2028\u2029]/g;

/**
 * JSON whose text holds no markup character (they are written as \u escapes, which JSON.parse reads
 * back): the file stays inert text even if a browser is made to render it as HTML.
 */
function inertJson(value: unknown): string {
  return JSON.stringify(value).replace(MARKUP, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The lines of a version 2 file, each with its newline. */
export const libraryFileLines = {
  header: (exportedAt: string): string => `${inertJson({ format: LIBRARY_FORMAT, version: LIBRARY_FORMAT_VERSION, exportedAt })}\n`,
  image: ({ url, type, bytes }: ImageFile): string => `${inertJson({ image: { url, type, base64: bytesToBase64(bytes) } satisfies LibraryFileImage })}\n`,
  article: (entry: LibraryFileArticle): string => `${inertJson({ article: entry })}\n`,
  end: (counts: LibraryFileCounts): string => `${JSON.stringify({ end: counts })}\n`,
};

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
