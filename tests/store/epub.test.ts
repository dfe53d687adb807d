import { describe, expect, test } from 'vitest';
import { png } from '../../scripts/png';
import type { Library } from '../../src/store';
import { unzip } from '../helpers/unzip';
import { CAMO, exportSample, freshLibrary, HOSTILE_TITLE, makeArticle, MISSING, STORED } from './fixtures';

const NOW = Date.UTC(2024, 0, 1);
const LABELS = { original: '原文', mirror: '镜像', image: (alt: string) => `图片：${alt}` };

function pngFile(url: string, fill = 200) {
  const bytes = png(2, Buffer.alloc(16, fill));
  return { url, type: 'image/png', bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer };
}

interface Book {
  names: string[];
  files: Map<string, Uint8Array>;
  text(name: string): string;
  xml(name: string): Document;
}

async function open(blob: Blob): Promise<Book> {
  const entries = unzip(new Uint8Array(await blob.arrayBuffer()));
  const files = new Map(entries.map((entry) => [entry.name, entry.bytes]));
  const text = (name: string) => new TextDecoder().decode(files.get(name) ?? new Uint8Array());
  const xml = (name: string) => {
    const doc = new DOMParser().parseFromString(text(name), name.endsWith('.opf') ? 'application/xml' : 'application/xhtml+xml');
    expect(doc.getElementsByTagName('parsererror'), `${name} is well-formed XML`).toHaveLength(0);
    return doc;
  };
  expect(entries[0]).toMatchObject({ name: 'mimetype', method: 0, extra: 0 });
  expect(text('mimetype')).toBe('application/epub+zip');
  return { names: entries.map((entry) => entry.name), files, text, xml };
}

const dc = (opf: Document, name: string) => Array.from(opf.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', name), (el) => el.textContent);

/** The export sample, with its stored image a real PNG (the book keeps JPEG, PNG and GIF, told by their bytes). */
async function saveSample(library: Library, overrides: Parameters<typeof makeArticle>[0] = {}) {
  return library.save(exportSample(overrides), [pngFile(STORED)]);
}

describe('EPUB export', () => {
  test('one article: container, package, manifest that matches the files, spine, chapter', async () => {
    const { library } = await freshLibrary(NOW);
    const saved = await saveSample(library);
    const book = await open(await library.exportEpub([saved.id], 'original', { labels: LABELS }));
    expect(book.xml('META-INF/container.xml').querySelector('rootfile')?.getAttribute('full-path')).toBe('EPUB/content.opf');
    const opf = book.xml('EPUB/content.opf');
    const items = Array.from(opf.querySelectorAll('manifest > item'), (item) => [`EPUB/${item.getAttribute('href')}`, item.getAttribute('media-type')]);
    expect(items.map(([href]) => href).sort()).toEqual(book.names.filter((name) => name.startsWith('EPUB/') && !name.endsWith('.opf')).sort());
    expect(items).toContainEqual(['EPUB/images/1.png', 'image/png']);
    expect(opf.querySelector('item[properties="nav"]')?.getAttribute('href')).toBe('nav.xhtml');
    expect(Array.from(opf.querySelectorAll('spine > itemref'), (ref) => ref.getAttribute('idref'))).toEqual(['article-1']);

    expect(dc(opf, 'title')).toEqual([HOSTILE_TITLE]);
    expect(dc(opf, 'language')).toEqual(['zh-Hans']);
    expect(dc(opf, 'date')).toEqual(['2022-01-01']);
    expect(dc(opf, 'publisher')).toEqual(['大纪元']);
    expect(dc(opf, 'creator')).toEqual(['记者 <b>王</b>']);
    expect(dc(opf, 'source')).toEqual(['https://www.epochtimes.com/gb/22/1/1/n1.htm?a=1&b=2']);
    expect(dc(opf, 'identifier')[0]).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(opf.documentElement.getAttribute('unique-identifier')).toBe(opf.querySelector('[id="book-id"]')?.getAttribute('id'));
    expect(opf.querySelector('meta[property="dcterms:modified"]')?.textContent).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);

    const chapter = book.xml('EPUB/article-1.xhtml');
    expect(chapter.documentElement.namespaceURI).toBe('http://www.w3.org/1999/xhtml');
    expect(chapter.documentElement.getAttribute('lang')).toBe('zh-Hans');
    expect(chapter.documentElement.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang')).toBe('zh-Hans');
    expect(chapter.querySelector('title')?.textContent).toBe(HOSTILE_TITLE);
    const header = chapter.querySelector('article > header')!;
    expect(header.querySelector('h1')?.textContent).toBe(HOSTILE_TITLE);
    expect(header.querySelector('p')?.textContent).toBe('大纪元 · 记者 <b>王</b> · 2022-01-01');
    expect(Array.from(header.querySelectorAll('a'), (a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['原文', 'https://www.epochtimes.com/gb/22/1/1/n1.htm?a=1&b=2'],
      ['镜像', saved.article.mirrorUrl],
    ]);
    expect(chapter.querySelector('article > p strong')?.textContent).toBe('重点');
    expect(chapter.querySelector(`a[href="${MISSING}"]`)?.textContent).toBe('图片：图二');
    expect(Array.from(chapter.querySelectorAll('article > *'), (el) => el.localName)).toEqual(['header', 'h2', 'p', 'figure', 'p', 'ul', 'blockquote']);
  });

  test('stored images are files of the book; others become links, never remote images', async () => {
    const { library } = await freshLibrary(NOW);
    const first = await saveSample(library);
    // A second article showing the same image: one file in the book.
    const second = await saveSample(library, { title: '第二篇', originalUrl: 'https://www.epochtimes.com/gb/22/1/1/n2.htm' });
    const book = await open(await library.exportEpub([first.id, second.id], 'original'));
    expect(book.names.filter((name) => name.includes('images/'))).toEqual(['EPUB/images/1.png']);
    expect(book.files.get('EPUB/images/1.png')).toEqual(new Uint8Array(pngFile(STORED).bytes));
    for (const name of ['EPUB/article-1.xhtml', 'EPUB/article-2.xhtml']) {
      const chapter = book.xml(name);
      expect(Array.from(chapter.querySelectorAll('img'), (img) => [img.getAttribute('src'), img.getAttribute('alt')])).toEqual([['images/1.png', '图一']]);
      expect(chapter.querySelector(`a[href="${MISSING}"]`)?.textContent).toBe('Image: 图二');
      expect(book.text(name)).not.toContain(CAMO);
    }
  });

  test('an image whose bytes are not JPEG, PNG or GIF stays out of the book (an SVG can hold script)', async () => {
    const { library } = await freshLibrary(NOW);
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const saved = await library.save(exportSample(), [{ url: STORED, type: 'image/png', bytes: svg.buffer as ArrayBuffer }]);
    const book = await open(await library.exportEpub([saved.id], 'original'));
    expect(book.names.filter((name) => name.includes('images/'))).toEqual([]);
    expect(book.xml('EPUB/article-1.xhtml').querySelectorAll('img')).toHaveLength(0);
    expect(book.text('EPUB/content.opf')).not.toContain('image/');
  });

  test('several articles: a collection title with the date, a contents entry per article in order, opening on the contents', async () => {
    const { library } = await freshLibrary(NOW);
    const a = await saveSample(library, { title: '甲', outlet: '大纪元' });
    const b = await saveSample(library, { title: '乙', outlet: '新唐人', originalUrl: 'https://www.ntdtv.com/gb/2022/01/01/a1.html' });
    const c = await saveSample(library, { title: 'Third', lang: 'en', outlet: '大纪元', originalUrl: 'https://www.epochtimes.com/gb/22/1/1/n3.htm' });
    const progress: [number, number][] = [];
    const book = await open(await library.exportEpub([b.id, a.id, c.id], 'original', { onProgress: (done, total) => progress.push([done, total]) }));
    expect(progress).toEqual([[1, 3], [2, 3], [3, 3]]);
    const opf = book.xml('EPUB/content.opf');
    expect(dc(opf, 'title')[0]).toMatch(/^Mirror Reader, \d{4}-\d{2}-\d{2}$/);
    expect(dc(opf, 'date')).toEqual([dc(opf, 'title')[0]!.slice(-10)]);
    expect(dc(opf, 'language')).toEqual(['zh-Hans', 'en']);
    expect(dc(opf, 'publisher')).toEqual(['新唐人', '大纪元']);
    expect(dc(opf, 'source')).toHaveLength(3);
    expect(dc(opf, 'creator')).toEqual([]);
    expect(Array.from(opf.querySelectorAll('spine > itemref'), (ref) => ref.getAttribute('idref'))).toEqual(['nav', 'article-1', 'article-2', 'article-3']);
    const nav = book.xml('EPUB/nav.xhtml');
    const toc = nav.querySelector('nav')!;
    expect(toc.getAttributeNS('http://www.idpf.org/2007/ops', 'type')).toBe('toc');
    expect(Array.from(toc.querySelectorAll('ol > li > a'), (link) => [link.textContent, link.getAttribute('href'), link.getAttribute('lang')])).toEqual([
      ['乙', 'article-1.xhtml', null],
      ['甲', 'article-2.xhtml', null],
      ['Third', 'article-3.xhtml', 'en'],
    ]);
    expect(book.xml('EPUB/article-3.xhtml').documentElement.getAttribute('lang')).toBe('en');

    const titled = await open(await library.exportEpub([a.id, b.id], 'original', { title: '我的文库 2024-01-01' }));
    expect(dc(titled.xml('EPUB/content.opf'), 'title')).toEqual(['我的文库 2024-01-01']);
  });

  test('the identifier is stable: the same articles give the same book, others another', async () => {
    const { library } = await freshLibrary(NOW);
    const a = await saveSample(library);
    const b = await saveSample(library, { title: '乙', originalUrl: 'https://www.epochtimes.com/gb/22/1/1/n9.htm' });
    const identifier = async (ids: string[]) => dc((await open(await library.exportEpub(ids, 'original'))).xml('EPUB/content.opf'), 'identifier')[0];
    expect(await identifier([a.id, b.id])).toBe(await identifier([b.id, a.id]));
    expect(await identifier([a.id])).not.toBe(await identifier([a.id, b.id]));
  });

  test('the whole library, newest saved first', async () => {
    const { library } = await freshLibrary(NOW);
    for (const title of ['一', '二', '三']) await saveSample(library, { title, originalUrl: `https://www.epochtimes.com/gb/${title}.htm` });
    const nav = (await open(await library.exportEpub('all', 'original'))).xml('EPUB/nav.xhtml');
    expect(Array.from(nav.querySelectorAll('li > a'), (link) => link.textContent)).toEqual(['三', '二', '一']);
  });

  test('script choice: every text converted, languages retagged', async () => {
    const { library } = await freshLibrary(NOW);
    const saved = await saveSample(library, { contentHtml: `<p>国家<span lang="zh-Hans">发展</span><span lang="en">Hong Kong</span></p><p><img src="${STORED}" alt="图一"></p>` });
    const traditionalTitle = '</title><script>alert(1)</script>"標題"';
    const traditional = await open(await library.exportEpub([saved.id], 'traditional', { labels: LABELS }));
    const opf = traditional.xml('EPUB/content.opf');
    expect(dc(opf, 'title')).toEqual([traditionalTitle]);
    expect(dc(opf, 'language')).toEqual(['zh-Hant']);
    expect(dc(opf, 'publisher')).toEqual(['大紀元']);
    expect(dc(opf, 'creator')).toEqual(['記者 <b>王</b>']);
    const chapter = traditional.xml('EPUB/article-1.xhtml');
    expect(chapter.documentElement.getAttribute('lang')).toBe('zh-Hant');
    expect(chapter.documentElement.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang')).toBe('zh-Hant');
    expect(chapter.querySelector('h1')?.textContent).toBe(traditionalTitle);
    expect(chapter.querySelector('header p')?.textContent).toBe('大紀元 · 記者 <b>王</b> · 2022-01-01');
    expect(Array.from(chapter.querySelectorAll('article > p span'), (span) => [span.textContent, span.getAttribute('lang')])).toEqual([
      ['發展', 'zh-Hant'],
      ['Hong Kong', 'en'],
    ]);
    expect(chapter.querySelector('img')?.getAttribute('alt')).toBe('圖一');
    expect(traditional.xml('EPUB/nav.xhtml').querySelector('li > a')?.textContent).toBe(traditionalTitle);

    const back = await library.save(makeArticle({ title: '國家發展', lang: 'zh-Hant', text: '臺灣的國家。' }));
    const simplified = await open(await library.exportEpub([back.id], 'simplified'));
    expect(dc(simplified.xml('EPUB/content.opf'), 'language')).toEqual(['zh-Hans']);
    expect(simplified.xml('EPUB/article-1.xhtml').querySelector('article > p')?.textContent).toBe('台湾的国家。');

    const original = await open(await library.exportEpub([back.id], 'original'));
    expect(dc(original.xml('EPUB/content.opf'), 'language')).toEqual(['zh-Hant']);
    expect(original.xml('EPUB/article-1.xhtml').querySelector('h1')?.textContent).toBe('國家發展');
  });

  test('the body fits XHTML: blocks out of phrasing, items into lists, anchors and bad values out, no character XML refuses', async () => {
    const { library } = await freshLibrary(NOW);
    const saved = await library.save(
      makeArticle({
        title: '标题\u0001\udc00',
        contentHtml:
          '<p>甲<span><p>乙</p></span></p><ul><p>丙</p><li>丁</li></ul><p><a href="#note">注</a><a href="https://a.org/a b">外</a></p>' +
          '<table><tr><td colspan="0" dir="sideways">格</td></tr></table><figure><figcaption>一</figcaption><img src="https://a.org/i.jpg" alt=""><figcaption>二</figcaption></figure>' +
          '<p><time datetime="昨天">昨天</time>\u000b</p>',
      }),
    );
    const book = await open(await library.exportEpub([saved.id], 'original'));
    const chapter = book.xml('EPUB/article-1.xhtml');
    const body = chapter.querySelector('article')!;
    expect(body.querySelectorAll('p p, span p')).toHaveLength(0);
    expect(Array.from(body.querySelectorAll('ul > *'), (el) => el.localName)).toEqual(['li', 'li']);
    expect(body.querySelector('a[href^="#"]')).toBeNull();
    expect(body.querySelector('a[href="https://a.org/a%20b"]')?.textContent).toBe('外');
    expect(body.querySelector('td')?.attributes).toHaveLength(0);
    expect(body.querySelectorAll('figcaption')).toHaveLength(1);
    expect(body.querySelector('time')?.hasAttribute('datetime')).toBe(false);
    expect(chapter.querySelector('h1')?.textContent).toBe('标题');
    for (const char of ['\u0001', '\u000b', '\udc00']) expect(book.text('EPUB/article-1.xhtml')).not.toContain(char);
  });

  test('nothing to export is an error, not an empty book', async () => {
    const { library } = await freshLibrary(NOW);
    await expect(library.exportEpub('all', 'original')).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(library.exportEpub(['missing'], 'original')).rejects.toMatchObject({ code: 'not-found' });
  });
});
