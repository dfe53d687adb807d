// Shared test material: a fresh fake IndexedDB per library, articles shaped like the core's output.
import 'fake-indexeddb/auto';
import { expect } from 'vitest';
import { Blob as NodeBlob } from 'node:buffer';
import { IDBFactory } from 'fake-indexeddb';
import type { Article } from '../../src/core/article';
import { openLibrary, type Library } from '../../src/store';
import { UPGRADE_STEPS } from '../../src/store/migrate';
import { openDatabase, type IndexCounters, type PendingDoc } from '../../src/store/schema';
import { COUNTERS } from '../../src/store/searchIndex';
import { forEachTerm } from '../../src/store/terms';

export interface TestLibrary {
  library: Library;
  factory: IDBFactory;
  name: string;
}

/** A library on its own fake IndexedDB, with a clock that advances one second per call. */
export async function freshLibrary(start = Date.UTC(2024, 0, 1)): Promise<TestLibrary> {
  const factory = new IDBFactory();
  let time = start;
  const name = 'test-library';
  const library = await openLibrary({ factory, name, now: () => (time += 1000) });
  return { library, factory, name };
}

let serial = 0;

/** An article as the core would extract it; `text` becomes the paragraphs of `contentHtml`. */
export function makeArticle(overrides: Partial<Article> = {}): Article {
  serial++;
  const text = overrides.text ?? `第${serial}篇文章的正文。\n\n这是测试用的段落，内容普通。`;
  const paragraphs = text
    .split(/\n\n+/)
    .map((paragraph) => `<p>${paragraph.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`)
    .join('');
  return {
    kind: 'article',
    family: 'djy',
    form: 'blob',
    title: `测试文章 ${serial}`,
    outlet: '大纪元',
    published: '2022-01-01',
    author: null,
    editor: null,
    originalUrl: `https://www.epochtimes.com/gb/22/1/1/n${serial}.htm`,
    mirrorUrl: `https://github.com/owner/djy/blob/master/gb/n${serial}.md`,
    lang: 'zh-Hans',
    leadImage: null,
    images: [],
    contentHtml: paragraphs,
    text,
    excerpt: text.slice(0, 60),
    length: text.length,
    readingMinutes: 1,
    related: [],
    ...overrides,
  };
}

export function imageFile(url: string, fill: number, size = 64, type = 'image/jpeg') {
  return { url, type, bytes: new Uint8Array(size).fill(fill).buffer };
}

export function articleImage(url: string, alt = '') {
  return { canonicalUrl: url, loadedUrl: url, alt, caption: '' };
}

/** The export tests' article: a hostile title and byline, a stored image shown through camo, an image never stored, most body elements. */
export const HOSTILE_TITLE = '</title><script>alert(1)</script>"标题"';
export const STORED = 'https://i.epochtimes.com/stored.jpg';
export const CAMO = 'https://camo.githubusercontent.com/abc';
export const MISSING = 'https://i.epochtimes.com/missing.jpg';

export function exportSample(overrides: Partial<Article> = {}): Article {
  return makeArticle({
    title: HOSTILE_TITLE,
    author: '记者 <b>王</b>',
    outlet: '大纪元',
    published: '2022-01-01',
    originalUrl: 'https://www.epochtimes.com/gb/22/1/1/n1.htm?a=1&b=2',
    images: [{ ...articleImage(STORED, '图一'), loadedUrl: CAMO }, articleImage(MISSING, '图二')],
    contentHtml:
      '<h2>小标题</h2><p>第一段，<strong>重点</strong>和<a href="https://example.org/x?a=1&amp;b=2" rel="noopener noreferrer nofollow" target="_blank">链接</a>。</p>' +
      `<figure><img src="${CAMO}" data-canonical-src="${STORED}" alt="图一"><figcaption>说明</figcaption></figure>` +
      `<p><img src="${MISSING}" alt="图二"></p><ul><li>一</li><li>二</li></ul><blockquote><p>引文</p></blockquote>`,
    text: '小标题\n\n第一段，重点和链接。\n\n说明\n\n一\n\n二\n\n引文',
    ...overrides,
  });
}

/** Every record of every store, for "nothing changed" checks. */
export async function dumpDatabase(factory: IDBFactory, name: string): Promise<Record<string, unknown[]>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const stores = [...db.objectStoreNames];
  const tx = db.transaction(stores, 'readonly');
  const dump: Record<string, unknown[]> = {};
  await Promise.all(
    stores.map(
      (store) =>
        new Promise<void>((resolve, reject) => {
          const keys = tx.objectStore(store).getAllKeys();
          const values = tx.objectStore(store).getAll();
          values.onsuccess = () => {
            dump[store] = (values.result as unknown[]).map((value, i) => [keys.result[i], value]);
            resolve();
          };
          values.onerror = () => reject(values.error);
        }),
    ),
  );
  db.close();
  return dump;
}

/**
 * Brings a version 1 database to version 2 as version 2 kept it on disk: through the chain's own
 * step, then with its pending documents as tokens and its counters as two numbers. Returns what
 * version 3 should make of them.
 */
export async function upgradeToVersion2(factory: IDBFactory, name: string): Promise<{ pending: PendingDoc[]; counters: IndexCounters }> {
  const db = await openDatabase({ factory, name, version: 2, steps: UPGRADE_STEPS, onClosed: () => undefined });
  const tx = db.transaction(['pending', 'meta'], 'readwrite');
  const pending = (await tx.objectStore('pending').getAll()) as PendingDoc[];
  const counters = (await tx.objectStore('meta').get(COUNTERS)) as IndexCounters;
  for (const doc of pending) {
    let terms = '\n';
    forEachTerm(doc, (token, weight) => (terms += `${token}\t${weight}\n`));
    void tx.objectStore('pending').put({ docNo: doc.docNo, terms } as never);
  }
  void tx.objectStore('pending').put({ docNo: 999_999, terms: '\n孤\t2\n' } as never); // its article is gone
  void tx.objectStore('meta').delete(COUNTERS);
  void tx.objectStore('meta').put(counters.nextDocNo as never, 'nextDocNo');
  void tx.objectStore('meta').put(counters.documents as never, 'documents');
  await tx.done;
  db.close();
  return { pending, counters };
}

type FileRecord = Record<string, unknown>;

/** A version 2 library file's records, to edit and write back (tests of damaged and hostile files). */
export interface LibraryFileParts {
  header: FileRecord;
  articles: Array<FileRecord & { id: string; article: FileRecord }>;
  images: FileRecord[];
}

export function readLibraryFile(text: string): LibraryFileParts {
  const lines = text.split('\n');
  expect(lines.pop()).toBe(''); // every line ends with a newline
  const [header, ...records] = lines.map((line) => JSON.parse(line) as FileRecord);
  const parts: LibraryFileParts = { header: header!, articles: [], images: [] };
  for (const record of records) {
    if ('article' in record) parts.articles.push(record.article as LibraryFileParts['articles'][number]);
    else if ('image' in record) parts.images.push(record.image as FileRecord);
  }
  return parts;
}

/** Writes parts back as an export does: each image before the first article that shows it, then the end line. */
export function writeLibraryFile({ header, articles, images }: LibraryFileParts): string {
  const lines = [JSON.stringify(header)];
  const left = new Map(images.map((image) => [image.url, image]));
  for (const entry of articles) {
    // Damaged entries (a test's) may lack any of these.
    const article = entry.article as { leadImage?: { canonicalUrl: string } | null; images?: Array<{ canonicalUrl: string } | null> } | null;
    const shown = Array.isArray(article?.images) ? article.images.map((image) => image?.canonicalUrl) : [];
    for (const url of [article?.leadImage?.canonicalUrl, ...shown]) {
      const image = left.get(url);
      if (image) lines.push(JSON.stringify({ image }));
      left.delete(url);
    }
    lines.push(JSON.stringify({ article: entry }));
  }
  for (const image of left.values()) lines.push(JSON.stringify({ image }));
  lines.push(JSON.stringify({ end: { articles: articles.length, images: images.length } }));
  return `${lines.join('\n')}\n`;
}

/** A library file's text changed by `edit`. */
export function editLibraryFile(text: string, edit: (parts: LibraryFileParts) => void): string {
  const parts = readLibraryFile(text);
  edit(parts);
  return writeLibraryFile(parts);
}

/** A file chosen in the file picker: Node's Blob, which has stream() like a browser's (jsdom's has not). */
export function fileOf(content: string | Uint8Array<ArrayBuffer>): Blob {
  return new NodeBlob([content]) as unknown as Blob;
}
