// Articles as an EPUB 3 book for e-readers: one XHTML chapter per article (a title block with outlet,
// author, date and links to the original and the mirror, then the body), the stored images as files,
// a table of contents and the package metadata. The body is the same inert DOM the other exports are
// written from (articleExport.ts), fitted to XHTML's content model so that epubcheck finds nothing;
// the text is in the reader's script (简/繁, articleScript.ts) and tagged with its language. Articles are
// written one at a time, so memory is bounded by the largest article, not the library.
import { webAddress } from '../core/htmlPolicy';
import type { ScriptConversion } from '../shared/settings';
import { CONTENT_STYLE, ENGLISH_LABELS, exportBody, languageTag } from './articleExport';
import { articleInScript } from './articleScript';
import { LibraryError } from './errors';
import type { PageWindow } from './pageWindow';
import type { ExportLabels, ImageFile, SavedArticle } from './types';
import { ZipWriter } from './zip';

export interface EpubArticle {
  saved: SavedArticle;
  /** The stored images the article uses, by canonical URL (those missing become links). */
  images: ReadonlyMap<string, ImageFile>;
}

export interface EpubOptions {
  script: ScriptConversion;
  /** The title of a book of several articles (a book of one has the article's); "Mirror Reader, <date>" by default. */
  title?: string;
  /** The labels of the links to the original, the mirror and images not in the book, in the reader's language. */
  labels?: ExportLabels;
  /** The export time (dcterms:modified, and the date of a book of several articles). */
  now?: number;
  /** Called after each article is written, with the number written so far. */
  onProgress?: (done: number) => void;
}

export const EPUB_TYPE = 'application/epub+zip';

const XHTML = 'http://www.w3.org/1999/xhtml';
const XML = 'http://www.w3.org/XML/1998/namespace';
const XMLNS = 'http://www.w3.org/2000/xmlns/';
const OPS = 'http://www.idpf.org/2007/ops';
const OPF = 'http://www.idpf.org/2007/opf';
const DC = 'http://purl.org/dc/elements/1.1/';
const ROOT = 'EPUB';
const CONTAINER =
  '<?xml version="1.0" encoding="UTF-8"?>\n<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">' +
  `<rootfiles><rootfile full-path="${ROOT}/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>\n`;
/** The UUID namespace of Mirror Reader's books (name-based UUIDs, RFC 9562 version 5). */
const BOOK_NAMESPACE = '6f1d3a52-8c0e-4b7e-9d55-2f64c1a0e7b3';

/** Characters XML 1.0 cannot hold (C0 controls but tab and newlines, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Image types every EPUB reader shows, told by their bytes (a stored type may be wrong); SVG is left out, as it can hold script. */
const IMAGE_SIGNATURES: readonly { type: string; extension: string; magic: readonly number[] }[] = [
  { type: 'image/jpeg', extension: 'jpg', magic: [0xff, 0xd8, 0xff] },
  { type: 'image/png', extension: 'png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/gif', extension: 'gif', magic: [0x47, 0x49, 0x46, 0x38] },
];

/** Elements that are phrasing content (the rest of the policy's elements are flow only). */
const PHRASING = new Set(['a', 'abbr', 'b', 'br', 'cite', 'code', 'del', 'em', 'i', 'img', 'ins', 'mark', 'q', 'ruby', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u']);
/** Elements whose content is phrasing content only (transparent a, ins and del keep their parent's). */
const PHRASING_CONTENT = new Set([...PHRASING, 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'dt', 'caption', 'rt', 'rp'].filter((name) => !['a', 'ins', 'del'].includes(name)));
/** Elements that may only stand in one of these parents. */
const PARENTS: Readonly<Record<string, readonly string[]>> = {
  li: ['ul', 'ol'],
  dt: ['dl'],
  dd: ['dl'],
  caption: ['table'],
  thead: ['table'],
  tbody: ['table'],
  tfoot: ['table'],
  tr: ['table', 'thead', 'tbody', 'tfoot'],
  td: ['tr'],
  th: ['tr'],
  figcaption: ['figure'],
  rt: ['ruby'],
  rp: ['ruby'],
};
/** Parents that hold only certain children, and the element that takes in anything else. */
const WRAPPERS: Readonly<Record<string, string>> = { ul: 'li', ol: 'li', dl: 'dd', table: 'tbody', thead: 'tr', tbody: 'tr', tfoot: 'tr', tr: 'td' };

function imageSignature(bytes: ArrayBuffer): (typeof IMAGE_SIGNATURES)[number] | undefined {
  const head = new Uint8Array(bytes.slice(0, 8));
  return IMAGE_SIGNATURES.find(({ magic }) => magic.every((byte, i) => head[i] === byte));
}

interface Chapter {
  href: string;
  title: string;
  lang: string | null;
}

/** The book's metadata, gathered as the chapters are written. */
interface Book {
  ids: string[];
  chapters: Chapter[];
  images: Map<string, { href: string; type: string }>;
  first: SavedArticle | null;
  /** First seen first: languages, outlets, original addresses. */
  languages: Set<string>;
  outlets: Set<string>;
  sources: Set<string>;
}

/** Writes the articles, one at a time, as an EPUB 3 file (a LibraryError 'invalid-argument' when there is none). */
export async function articlesToEpub(articles: Iterable<EpubArticle> | AsyncIterable<EpubArticle>, win: PageWindow, options: EpubOptions): Promise<Blob> {
  const now = new Date(options.now ?? Date.now());
  const zip = new ZipWriter();
  await zip.add('mimetype', EPUB_TYPE, false); // first and stored: how a reader recognises the file
  await zip.add('META-INF/container.xml', CONTAINER, true);
  await zip.add(`${ROOT}/style.css`, `${CONTENT_STYLE}header{margin-bottom:1.5em}\n`, true);
  const book: Book = { ids: [], chapters: [], images: new Map(), first: null, languages: new Set(), outlets: new Set(), sources: new Set() };
  for await (const article of articles) {
    await writeChapter(zip, book, article, win, options);
    zip.flush();
    options.onProgress?.(book.chapters.length);
  }
  if (!book.first) throw new LibraryError('invalid-argument', 'An EPUB needs at least one article.');
  const single = book.chapters.length === 1 ? book.first : null;
  const date = now.toISOString().slice(0, 10);
  const title = single ? book.chapters[0]!.title : (options.title ?? `Mirror Reader, ${date}`);
  const language = book.languages.values().next().value ?? 'und';
  await zip.add(`${ROOT}/nav.xhtml`, navDocument(win, book, title, language), true);
  await zip.add(`${ROOT}/content.opf`, packageDocument(win, book, { title, language, single, now, identifier: await bookIdentifier(book.ids) }), true);
  return zip.finish(EPUB_TYPE);
}

async function writeChapter(zip: ZipWriter, book: Book, { saved: stored, images }: EpubArticle, win: PageWindow, options: EpubOptions): Promise<void> {
  const saved = await articleInScript(stored, options.script, win);
  const { article } = saved;
  const labels = options.labels ?? ENGLISH_LABELS;
  const newImages: ImageFile[] = [];
  const body = exportBody(saved, win, images, (image) => {
    const written = book.images.get(image.url);
    if (written) return written.href;
    const signature = imageSignature(image.bytes);
    if (!signature) return null;
    const href = `images/${book.images.size + 1}.${signature.extension}`;
    book.images.set(image.url, { href, type: signature.type });
    newImages.push(image);
    return href;
  }, labels);
  for (const image of newImages) await zip.add(`${ROOT}/${book.images.get(image.url)!.href}`, new Uint8Array(image.bytes), false);
  fitContentModel(body, false, false);

  const lang = languageTag(article.lang);
  const doc = xhtmlDocument(win, article.title, lang);
  const links = [
    [article.originalUrl, labels.original],
    [article.mirrorUrl, labels.mirror],
  ].flatMap(([url, label]) => {
    const address = webAddress(url);
    return address ? [element(doc, 'a', { href: address.href }, label!)] : [];
  });
  const meta = [article.outlet, article.author, article.published].filter((part): part is string => Boolean(part));
  const header = element(
    doc,
    'header',
    {},
    element(doc, 'h1', {}, article.title),
    ...(meta.length ? [element(doc, 'p', { class: 'meta' }, meta.join(' · '))] : []),
    ...(links.length ? [element(doc, 'p', { class: 'meta' }, ...links.flatMap((link, i) => (i ? [' · ', link] : [link])))] : []),
  );
  doc.body.append(element(doc, 'article', {}, header, doc.importNode(body, true)));

  const href = `article-${book.chapters.length + 1}.xhtml`;
  await zip.add(`${ROOT}/${href}`, serialize(win, doc), true);
  book.ids.push(saved.id);
  book.chapters.push({ href, title: article.title, lang });
  book.first ??= saved;
  if (lang) book.languages.add(lang);
  if (article.outlet) book.outlets.add(article.outlet);
  const original = webAddress(article.originalUrl);
  if (original) book.sources.add(original.href);
}

/**
 * Fits the sanitised body to the content model XHTML validators check, which an HTML parser does not
 * enforce: a flow element inside phrasing content, a list item outside a list, a link in a link, text
 * straight in a table. Misplaced elements give way to their content, or a list or table takes stray
 * content into an item or cell. Attributes are kept only with values a validator accepts.
 */
function fitContentModel(parent: Node, phrasing: boolean, inLink: boolean): void {
  const parentName = parent.nodeType === 1 ? (parent as Element).localName : '';
  let child = parent.firstChild;
  while (child) {
    const next = child.nextSibling;
    const wrapper = WRAPPERS[parentName];
    if (child.nodeType === 3 && wrapper && child.textContent!.trim()) {
      child = wrapInto(child, wrapper);
      continue;
    }
    if (child.nodeType !== 1) {
      child = next;
      continue;
    }
    const el = child as Element;
    const name = el.localName;
    const parents = PARENTS[name];
    if (wrapper && !parents?.includes(parentName)) {
      child = wrapInto(el, wrapper);
      continue;
    }
    const misplaced = (parents ? !parents.includes(parentName) : phrasing && !PHRASING.has(name)) || (inLink && name === 'a') || (name === 'figcaption' && !isFigureEdge(el));
    if (misplaced || (name === 'a' && !fitLink(el))) {
      child = el.firstChild ?? next;
      el.replaceWith(...Array.from(el.childNodes));
      continue;
    }
    fitAttributes(el);
    fitContentModel(el, PHRASING_CONTENT.has(name) || (phrasing && PHRASING.has(name)), inLink || name === 'a');
    child = next;
  }
}

function wrapInto(node: ChildNode, name: string): Element {
  const wrapper = node.ownerDocument!.createElementNS(XHTML, name);
  node.replaceWith(wrapper);
  wrapper.append(node);
  return wrapper;
}

/** A figure's caption is its first or last element, and there is one. */
function isFigureEdge(caption: Element): boolean {
  const figure = caption.parentElement!;
  const captions = Array.from(figure.children).filter((el) => el.localName === 'figcaption');
  return captions[0] === caption && (figure.firstElementChild === caption || figure.lastElementChild === caption);
}

/** Keeps a link to a web or mail address (written as a valid URL); in-page anchors point nowhere in a chapter. */
function fitLink(link: Element): boolean {
  try {
    const url = new URL(link.getAttribute('href') ?? '');
    if (!['http:', 'https:', 'mailto:'].includes(url.protocol)) return false;
    link.setAttribute('href', url.href);
    return true;
  } catch {
    return false;
  }
}

const ATTRIBUTE_VALUES: Readonly<Record<string, RegExp>> = { dir: /^(?:ltr|rtl|auto)$/, colspan: /^[1-9][0-9]{0,2}$/, rowspan: /^[0-9]{1,3}$/ };

function fitAttributes(el: Element): void {
  for (const { name, value } of Array.from(el.attributes)) {
    const pattern = ATTRIBUTE_VALUES[name];
    if ((pattern && !pattern.test(value)) || (name === 'lang' && !languageTag(value)) || name === 'datetime') el.removeAttribute(name);
  }
}

function element(doc: Document, name: string, attributes: Record<string, string>, ...children: (Node | string)[]): Element {
  const el = doc.createElementNS(doc.documentElement.namespaceURI, name);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
  el.append(...children);
  return el;
}

function setLanguage(el: Element, lang: string | null): void {
  if (!lang) return;
  el.setAttributeNS(XML, 'xml:lang', lang);
  el.setAttribute('lang', lang);
}

/** An XHTML document with a title and the book's style sheet. */
function xhtmlDocument(win: PageWindow, title: string, lang: string | null): Document {
  const doc = win.document.implementation.createDocument(XHTML, 'html', null);
  const html = doc.documentElement;
  setLanguage(html, lang);
  html.append(element(doc, 'head', {}, element(doc, 'title', {}, title), element(doc, 'link', { rel: 'stylesheet', type: 'text/css', href: 'style.css' })), element(doc, 'body', {}));
  return doc;
}

function serialize(win: PageWindow, doc: Document): string {
  const xml = new win.XMLSerializer().serializeToString(doc).replace(NOT_XML, '');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${doc.documentElement.localName === 'html' ? '<!DOCTYPE html>\n' : ''}${xml}\n`;
}

/** The table of contents: one entry per article. */
function navDocument(win: PageWindow, book: Book, title: string, lang: string): string {
  const doc = xhtmlDocument(win, title, lang);
  doc.documentElement.setAttributeNS(XMLNS, 'xmlns:epub', OPS);
  const entries = book.chapters.map((chapter) => {
    const link = element(doc, 'a', { href: chapter.href }, chapter.title);
    if (chapter.lang && chapter.lang !== lang) link.setAttribute('lang', chapter.lang);
    return element(doc, 'li', {}, link);
  });
  const nav = element(doc, 'nav', { id: 'toc' }, element(doc, 'h1', {}, title), element(doc, 'ol', {}, ...entries));
  nav.setAttributeNS(OPS, 'epub:type', 'toc');
  doc.body.append(nav);
  return serialize(win, doc);
}

interface PackageFacts {
  title: string;
  language: string;
  /** The article of a book of one (whose date, author and addresses the book takes). */
  single: SavedArticle | null;
  now: Date;
  identifier: string;
}

/** content.opf: metadata, every file, and the reading order. */
function packageDocument(win: PageWindow, book: Book, facts: PackageFacts): string {
  const doc = win.document.implementation.createDocument(OPF, 'package', null);
  const root = doc.documentElement;
  root.setAttribute('version', '3.0');
  root.setAttribute('unique-identifier', 'book-id');
  root.setAttributeNS(XMLNS, 'xmlns:dc', DC);
  const dc = (name: string, text: string, attributes: Record<string, string> = {}): Element => {
    const el = doc.createElementNS(DC, `dc:${name}`);
    for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
    el.textContent = text;
    return el;
  };
  const article = facts.single?.article;
  const published = article?.published && /^\d{4}-\d{2}-\d{2}$/.test(article.published) ? article.published : null;
  const languages = book.languages.size ? [...book.languages] : [facts.language];
  const metadata = element(
    doc,
    'metadata',
    {},
    dc('identifier', facts.identifier, { id: 'book-id' }),
    dc('title', facts.title),
    ...languages.map((lang) => dc('language', lang)),
    dc('date', published ?? facts.now.toISOString().slice(0, 10)),
    ...(article?.author ? [dc('creator', article.author)] : []),
    ...[...book.outlets].map((outlet) => dc('publisher', outlet)),
    ...[...book.sources].map((source) => dc('source', source)),
    element(doc, 'meta', { property: 'dcterms:modified' }, `${facts.now.toISOString().slice(0, 19)}Z`),
  );
  const item = (id: string, href: string, type: string, properties?: string): Element =>
    element(doc, 'item', { id, href, 'media-type': type, ...(properties ? { properties } : {}) });
  const manifest = element(
    doc,
    'manifest',
    {},
    item('nav', 'nav.xhtml', 'application/xhtml+xml', 'nav'),
    item('style', 'style.css', 'text/css'),
    ...book.chapters.map((chapter, i) => item(`article-${i + 1}`, chapter.href, 'application/xhtml+xml')),
    ...[...book.images.values()].map((image, i) => item(`image-${i + 1}`, image.href, image.type)),
  );
  // A book of several articles opens on its contents.
  const spine = element(doc, 'spine', {}, ...(facts.single ? [] : [element(doc, 'itemref', { idref: 'nav' })]), ...book.chapters.map((_, i) => element(doc, 'itemref', { idref: `article-${i + 1}` })));
  root.append(metadata, manifest, spine);
  return serialize(win, doc);
}

/** urn:uuid: a name-based UUID of the articles' ids, so that exporting the same articles again gives the same book. */
async function bookIdentifier(ids: readonly string[]): Promise<string> {
  const namespace = Uint8Array.from(BOOK_NAMESPACE.replace(/-/g, '').match(/../g)!, (pair) => parseInt(pair, 16));
  const name = new TextEncoder().encode([...ids].sort().join('\n'));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', new Uint8Array([...namespace, ...name])), 0, 16);
  digest[6] = (digest[6]! & 0x0f) | 0x50;
  digest[8] = (digest[8]! & 0x3f) | 0x80;
  const hex = Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
