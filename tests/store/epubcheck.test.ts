// EPUBs of real mirrored articles (../shared/corpus/dev), extracted by the core and saved with their
// images, checked by Debian's epubcheck (the validator CI runs): no error and no warning; and so is a
// book of every attack vector stored as is. The test fails, not skips, where epubcheck is missing:
// CI installs it (.ci/run).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { png } from '../../scripts/png';
import { decodeBytes, extractSource } from '../../src/core';
import type { Library, SavedArticle } from '../../src/store';
import { ZipWriter } from '../../src/store/zip';
import { isArticleGold, loadCorpus, rawUrlOf } from '../helpers/corpus';
import { sentinelFor, VECTORS } from '../security/vectors';
import { freshLibrary, makeArticle } from './fixtures';

const EPUBCHECK = '/usr/bin/epubcheck';
const run = promisify(execFile);

/** epubcheck's verdict on a file: its message counts and the messages themselves. */
async function epubcheck(path: string): Promise<{ errors: number; warnings: number; messages: string[] }> {
  // Debian's epubcheck is a jar run through binfmt (jarwrapper), which a container may lack: start it with java.
  const { stdout, stderr } = await run('java', ['-jar', EPUBCHECK, path], { maxBuffer: 16 << 20 }).catch((error: { stdout: string; stderr: string }) => error);
  const output = `${stdout}\n${stderr}`;
  const counts = /Messages: (\d+) fatals? \/ (\d+) errors? \/ (\d+) warnings?/.exec(output);
  if (!counts) throw new Error(`epubcheck gave no verdict:\n${output}`);
  return { errors: Number(counts[1]) + Number(counts[2]), warnings: Number(counts[3]), messages: output.split('\n').filter((line) => /^(FATAL|ERROR|WARNING)/.test(line)) };
}

describe('EPUBs of real articles pass epubcheck', () => {
  let library: Library;
  const saved: SavedArticle[] = [];
  let dir = '';
  const figures: string[] = [];

  beforeAll(async () => {
    expect(existsSync(EPUBCHECK), `${EPUBCHECK} is missing: apt-get install epubcheck`).toBe(true);
    dir = mkdtempSync(join(tmpdir(), 'mirror-reader-epub-'));
    ({ library } = await freshLibrary());
    const doc = new JSDOM('').window.document;
    for (const [n, page] of loadCorpus().entries()) {
      if (!isArticleGold(page.gold)) continue;
      const article = extractSource(decodeBytes(page.bytes), rawUrlOf(page.url), doc);
      if (article.kind !== 'article') continue;
      // Every image of the article stored (a small PNG each), as if the reader had saved it online.
      const images = [article.leadImage, ...article.images].flatMap((image, i) => {
        if (!image) return [];
        const bytes = png(4, Buffer.alloc(64, (n * 31 + i * 7) % 256));
        return [{ url: image.canonicalUrl, type: 'image/png', bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer }];
      });
      saved.push(await library.save(article, images));
    }
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (figures.length) console.log(`\nepubcheck: ${figures.join('; ')}`);
  });

  async function check(name: string, ids: string[], script: 'original' | 'simplified' | 'traditional', from = library): Promise<void> {
    const path = join(dir, `${name}.epub`);
    writeFileSync(path, new Uint8Array(await (await from.exportEpub(ids, script, { labels: { original: '原文', mirror: '镜像', image: (alt) => `图片：${alt}` } })).arrayBuffer()));
    const started = performance.now();
    const verdict = await epubcheck(path);
    figures.push(`${name}: ${ids.length} articles, ${verdict.errors} errors, ${verdict.warnings} warnings, ${Math.round(performance.now() - started)} ms`);
    expect(verdict.messages).toEqual([]);
    expect([verdict.errors, verdict.warnings]).toEqual([0, 0]);
  }

  test('the check can fail: a book whose chapter loads a remote image and whose package names a missing file', async () => {
    const zip = new ZipWriter();
    await zip.add('mimetype', 'application/epub+zip', false);
    await zip.add('META-INF/container.xml', '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>', true);
    await zip.add('content.opf', '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">x</dc:identifier><dc:title>x</dc:title><dc:language>zh</dc:language><meta property="dcterms:modified">2024-01-01T00:00:00Z</meta></metadata><manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/><item id="c" href="c.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="c"/></spine></package>', true);
    await zip.add('c.xhtml', '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body><p><img src="https://example.org/a.png" alt=""/></p></body></html>', true);
    const path = join(dir, 'control.epub');
    writeFileSync(path, new Uint8Array(await zip.finish('application/epub+zip').arrayBuffer()));
    const verdict = await epubcheck(path);
    expect(verdict.errors).toBe(3);
    expect(verdict.messages.join('\n')).toMatch(/RSC-001.*nav\.xhtml[^]*RSC-006/);
  });

  test('the corpus gives articles, some with images', () => {
    expect(saved.length).toBeGreaterThanOrEqual(20);
    expect(saved.filter((article) => article.article.images.length > 0).length).toBeGreaterThanOrEqual(3);
  });

  test('one article with images, in Traditional script', async () => {
    const withImages = saved.filter((article) => article.article.images.length > 0).sort((a, b) => b.article.images.length - a.article.images.length);
    await check('one-with-images', [withImages[0]!.id], 'traditional');
  });

  test('every corpus article in one book, as they were written', async () => {
    await check('all', saved.map((article) => article.id), 'original');
  });

  test(`a book of every attack vector (${VECTORS.length}) stored as is, in the body and every field`, async () => {
    const { library: hostile } = await freshLibrary();
    const ids: string[] = [];
    for (const vector of VECTORS) {
      const s = sentinelFor(vector.id);
      const article = makeArticle({
        title: `标题 ${vector.payload}`,
        outlet: vector.payload,
        author: vector.payload,
        originalUrl: `https://attacker.example/original/${vector.id}?a=<b>&c="d"`,
        leadImage: { canonicalUrl: `${s.url}/lead.jpg`, loadedUrl: `${s.url}/lead.jpg`, alt: vector.payload, caption: vector.payload },
        contentHtml: `<p>检测点${vector.id}。</p>${vector.payload}`,
        text: vector.payload,
      });
      ids.push((await hostile.save(article)).id);
    }
    await check('attack-vectors', ids, 'simplified', hostile);
  });
});
