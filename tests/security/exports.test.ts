// Every export is inert, whatever the stored article holds. Every attack vector (vectors.ts) is
// stored as is (no sanitiser on the way: the worst a record can hold) in the body, the title, the
// metadata and the lead image, and every hostile library file is imported; each article that gets in
// is exported in every format. Markdown is rendered by markdown-it with raw HTML on; HTML files are
// checked as documents, rendered in a script-running jsdom window with the sentinel, and opened as
// file:// pages in real Chromium (when /usr/bin/chromium exists) with the sentinel installed and every
// request logged: nothing may execute, nothing may load. EPUBs are unzipped: every XML file must be
// well-formed, the package must declare no script and no remote resource, and each chapter is checked
// as an HTML export is (its images may only be the book's own files). Library files (JSON lines) must
// hold no markup character at all: rendered as HTML (jsdom with the sentinel, and Chromium as a
// file:// page named .html), they run and load nothing.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Article } from '../../src/core/article';
import type { ArticleExportFormat, Library } from '../../src/store';
import { editLibraryFile, fileOf, freshLibrary, imageFile, makeArticle, readLibraryFile, type LibraryFileParts } from '../store/fixtures';
import { unzip } from '../helpers/unzip';
import { ZipWriter } from '../../src/store/zip';
import { autoLoadedUrls, unsafeHtmlFindings } from './safe-html';
import { EVENTS, renderWithSentinel } from './sentinel-window';
import { ATTACKER_HOST, SENTINEL_FUNCTION, sentinelFor, VECTORS, type AttackVector } from './vectors';

// A hang guard, not a speed test: hundreds of exports take about a minute alone, and four to six on a machine
// as loaded as this project's shared one.
const HANG_GUARD_MS = 600_000;

const FORMATS: readonly ArticleExportFormat[] = ['markdown', 'html', 'single-html'];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const markdownIt = new MarkdownIt({ html: true });

/** What the checks found, per export; every list must stay empty. */
interface Exported {
  name: string;
  format: ArticleExportFormat;
  text: string;
}

const figures = { libraryFiles: 0, exports: 0, epubs: 0, executed: 0, loads: 0, importsTried: 0, importsRefused: 0, chromiumPages: 0, chromiumExecuted: 0, chromiumRequests: 0, chromiumFailures: 0 };
/** HTML exports of the vectors stored as is, kept for the Chromium pass (imports only ever hold less). */
const htmlFiles: Exported[] = [];

/** Library files written from the vectors stored as is, for the Chromium pass. */
const libraryFiles: string[] = [];

/**
 * Everything wrong with a library file: a markup character, a line that is not JSON, and (`render`)
 * what it does rendered as HTML.
 */
async function libraryFileProblems(name: string, text: string, render = true): Promise<string[]> {
  figures.libraryFiles++;
  const problems: string[] = [];
  if (/[<>&]/.test(text)) problems.push('a markup character');
  for (const [i, line] of text.trimEnd().split('\n').entries()) {
    try {
      JSON.parse(line);
    } catch {
      problems.push(`line ${i + 1} is not JSON`);
    }
  }
  if (!render) return problems.map((problem) => `${name} (library file): ${problem}`);
  // As if a browser were made to render the file as HTML.
  const sentinel = await renderWithSentinel(text);
  figures.executed += sentinel.executed.length;
  const loads = [...autoLoadedUrls(text), ...sentinel.requests];
  figures.loads += loads.length;
  problems.push(...unsafeHtmlFindings(text), ...sentinel.executed.map((id) => `executed ${id}`), ...loads.map((url) => `loads ${url}`));
  return problems.map((problem) => `${name} (library file): ${problem}`);
}

/** An article whose every field an attacker wrote: the vector in the body, title, metadata, lead image and captions. */
function hostileArticle(vector: AttackVector): Article {
  const s = sentinelFor(vector.id);
  return makeArticle({
    title: `标题 ${vector.payload}`,
    outlet: vector.payload,
    author: `<img src=x onerror="${s.js}">${vector.payload}`,
    editor: vector.payload,
    originalUrl: `https://${ATTACKER_HOST}/original/${vector.id}?a=<b>&c="d"`,
    leadImage: { canonicalUrl: `${s.url}/lead.jpg`, loadedUrl: `${s.url}/lead-loaded.jpg`, alt: vector.payload, caption: vector.payload },
    images: [{ canonicalUrl: `${s.url}/stored.svg`, loadedUrl: `${s.url}/camo`, alt: vector.payload, caption: '' }],
    contentHtml: `<p>检测点${vector.id}。</p>${vector.payload}<p><img src="${s.url}/camo" data-canonical-src="${s.url}/stored.svg" alt="${vector.id}"></p>`,
    text: vector.payload,
    excerpt: vector.payload,
  });
}

/** A stored image that is itself hostile: an SVG with a script and a remote load (inlined as an <img>, it must stay dead). */
function hostileSvg(vector: AttackVector) {
  const s = sentinelFor(vector.id);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" onload="${s.js}"><script>${s.js}</script><image href="${s.url}/svg-image"/></svg>`;
  return { url: `${s.url}/stored.svg`, type: 'image/svg+xml', bytes: new TextEncoder().encode(svg).buffer as ArrayBuffer };
}

/** Everything wrong with one export; sentinel calls and loads are counted into the figures. */
async function problemsOf({ name, format, text }: Exported): Promise<string[]> {
  figures.exports++;
  if (format === 'markdown') {
    const rendered = markdownIt.render(text);
    const sentinel = await renderWithSentinel(rendered);
    figures.executed += sentinel.executed.length;
    const loads = [...autoLoadedUrls(rendered), ...sentinel.requests];
    figures.loads += loads.length;
    return [
      ...unsafeHtmlFindings(rendered),
      ...sentinel.executed.map((id) => `executed ${id}`),
      ...loads.map((url) => `loads ${url}`),
      ...(/(?<!\\)!\[/.test(text) ? ['an image in Markdown'] : []),
    ].map((problem) => `${name} (${format}): ${problem}`);
  }
  if (!name.startsWith('import ')) htmlFiles.push({ name, format, text });
  const doc = new JSDOM(text).window.document;
  const problems: string[] = [];
  const heads = Array.from(doc.head.children, (el) => el.outerHTML.replace(/<style>.*<\/style>/s, '<style>'));
  const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
  if (!/^default-src 'none'; img-src data:;/.test(csp)) problems.push(`CSP ${csp}`);
  for (const head of heads) if (!/^<(meta charset|meta http-equiv="Content-Security-Policy"|meta name="(referrer|viewport)"|title>|style>)/.test(head)) problems.push(`in <head>: ${head}`);
  const article = doc.querySelector('body > article');
  if (!article || doc.body.children.length !== 1) problems.push('the body is not one <article>');
  const header = article?.querySelector(':scope > header');
  for (const el of Array.from(header?.querySelectorAll('*') ?? [])) {
    if (!['h1', 'p', 'a'].includes(el.localName)) problems.push(`in the header: <${el.localName}>`);
    if (el.localName === 'a' && !/^https?:/.test(el.getAttribute('href') ?? '')) problems.push(`in the header: href ${el.getAttribute('href')}`);
  }
  header?.remove();
  // Images inlined from the library are data: images, and only those: they load nothing.
  for (const img of Array.from(article?.querySelectorAll('img[src^="data:"]') ?? [])) {
    if (/^data:image\/[a-z0-9.+-]+;base64,[A-Za-z0-9+/=]*$/i.test(img.getAttribute('src')!)) img.removeAttribute('src');
  }
  const body = article?.innerHTML ?? '';
  const sentinel = await renderWithSentinel(body);
  figures.executed += sentinel.executed.length;
  const loads = [...autoLoadedUrls(body).filter((url) => !url.startsWith('data:image/')), ...sentinel.requests.filter((url) => !url.startsWith('data:'))];
  figures.loads += loads.length;
  problems.push(...unsafeHtmlFindings(body), ...sentinel.executed.map((id) => `executed ${id}`), ...loads.map((url) => `loads ${url}`));
  return problems.map((problem) => `${name} (${format}): ${problem}`);
}

const XHTML = 'http://www.w3.org/1999/xhtml';
const XMLNS = 'http://www.w3.org/2000/xmlns/';
/** The book's own image files: the only images a chapter may show. */
const BOOK_IMAGE = /^images\/\d+\.(?:jpg|png|gif)$/;
const BOOK_MEDIA_TYPES = new Set(['application/xhtml+xml', 'text/css', 'image/jpeg', 'image/png', 'image/gif']);

/** Everything wrong with one EPUB: XML that does not parse, anything the package lets run or load, and each chapter's findings. */
async function epubProblems(name: string, book: Blob): Promise<string[]> {
  figures.epubs++;
  const problems: string[] = [];
  for (const { name: file, bytes } of unzip(new Uint8Array(await book.arrayBuffer()))) {
    if (!/\.(?:xhtml|opf|xml)$/.test(file)) continue;
    const doc = new DOMParser().parseFromString(new TextDecoder().decode(bytes), file.endsWith('.xhtml') ? 'application/xhtml+xml' : 'application/xml');
    if (doc.getElementsByTagName('parsererror').length) {
      problems.push(`${file}: not well-formed XML`);
      continue;
    }
    if (file.endsWith('.opf')) {
      for (const item of Array.from(doc.querySelectorAll('manifest > item'))) {
        if (!BOOK_MEDIA_TYPES.has(item.getAttribute('media-type') ?? '')) problems.push(`${file}: media type ${item.getAttribute('media-type')}`);
        if (!['nav', null].includes(item.getAttribute('properties'))) problems.push(`${file}: properties ${item.getAttribute('properties')}`);
      }
    }
    if (!file.endsWith('.xhtml')) continue;
    // As an e-reader parses it: elements of XHTML only, no attribute in a namespace but xml:lang.
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      if (el.namespaceURI !== XHTML) problems.push(`${file}: foreign element <${el.localName}> (${el.namespaceURI})`);
      for (const attr of Array.from(el.attributes)) {
        if (attr.namespaceURI && attr.namespaceURI !== XMLNS && !['xml:lang', 'epub:type'].includes(attr.name)) problems.push(`${file}: attribute ${attr.name}`);
      }
    }
    for (const el of Array.from(doc.querySelector('head')?.children ?? [])) {
      const styleSheet = el.localName === 'link' && el.getAttribute('rel') === 'stylesheet' && el.getAttribute('href') === 'style.css';
      if (el.localName !== 'title' && !styleSheet) problems.push(`${file}: in <head>: ${el.outerHTML}`);
    }
    // A chapter is one <article> (a title block, then the body); the contents one <nav> of links to chapters.
    const root = doc.body?.firstElementChild;
    if (!root || doc.body.children.length !== 1 || !['article', 'nav'].includes(root.localName)) problems.push(`${file}: the body is not one <article> or <nav>`);
    const header = root?.querySelector(':scope > header');
    for (const el of Array.from(header?.querySelectorAll('*') ?? [])) {
      if (!['h1', 'p', 'a'].includes(el.localName)) problems.push(`${file}: in the header: <${el.localName}>`);
      if (el.localName === 'a' && !/^https?:/.test(el.getAttribute('href') ?? '')) problems.push(`${file}: in the header: href ${el.getAttribute('href')}`);
    }
    header?.remove();
    for (const link of Array.from(root?.querySelectorAll(':scope > ol > li > a') ?? [])) {
      if (!/^article-\d+\.xhtml$/.test(link.getAttribute('href') ?? '')) problems.push(`${file}: contents link ${link.getAttribute('href')}`);
      link.removeAttribute('href');
    }
    for (const img of Array.from(root?.querySelectorAll('img') ?? [])) if (BOOK_IMAGE.test(img.getAttribute('src') ?? '')) img.removeAttribute('src');
    // Written out as HTML (what the checks below parse), not as XML with a namespace declaration per element.
    const body = root ? (document.importNode(root, true) as Element).innerHTML : '';
    // The contents hold only the titles as text: the element checks suffice, the sentinel page is for the chapters.
    const sentinel = root?.localName === 'nav' ? { executed: [], requests: [] } : await renderWithSentinel(body);
    figures.executed += sentinel.executed.length;
    const loads = [...autoLoadedUrls(body), ...sentinel.requests];
    figures.loads += loads.length;
    problems.push(...[...unsafeHtmlFindings(body), ...sentinel.executed.map((id) => `executed ${id}`), ...loads.map((url) => `loads ${url}`)].map((problem) => `${file}: ${problem}`));
  }
  return problems.map((problem) => `${name} (epub): ${problem}`);
}

async function exportAll(library: Library, id: string, name: string): Promise<string[]> {
  const problems: string[] = [];
  for (const format of FORMATS) problems.push(...(await problemsOf({ name, format, text: await library.exportArticle(id, format) })));
  problems.push(...(await epubProblems(name, await library.exportEpub([id], 'traditional'))));
  return problems;
}

describe('every export is inert, whatever the stored article holds', () => {
  test('the checks can fail: a live <img onerror> in Markdown, a remote image, a page without the CSP', async () => {
    const s = sentinelFor('control');
    expect(await problemsOf({ name: 'control', format: 'markdown', text: `# x <img src=x onerror="${s.js}">\n\n![a](${s.url})` })).toEqual(
      expect.arrayContaining([expect.stringMatching(/event handler onerror/), expect.stringMatching(/executed control/), expect.stringMatching(/loads/), expect.stringMatching(/an image in Markdown/)]),
    );
    const page = `<!doctype html><html><head><meta http-equiv="refresh" content="0;url=${s.url}"></head><body><article><img src="${s.url}" onerror="${s.js}"></article></body></html>`;
    expect(await problemsOf({ name: 'control', format: 'html', text: page })).toEqual(
      expect.arrayContaining([expect.stringMatching(/CSP/), expect.stringMatching(/in <head>: <meta http-equiv="refresh"/), expect.stringMatching(/executed control/), expect.stringMatching(/loads/)]),
    );
    const zip = new ZipWriter();
    await zip.add('EPUB/content.opf', '<package><manifest><item href="a.js" media-type="text/javascript" properties="scripted"/></manifest></package>', true);
    await zip.add('EPUB/broken.xhtml', '<html><p>unclosed</html>', true);
    const chapter = `<html xmlns="${XHTML}"><head><title>x</title><script>${s.js}</script></head><body><article><header><h1>x</h1><svg xmlns="http://www.w3.org/2000/svg"/></header><img src="${s.url}" onerror="${s.js}"/></article></body></html>`;
    await zip.add('EPUB/article-1.xhtml', chapter, true);
    expect(await epubProblems('control', zip.finish('application/epub+zip'))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/media type text\/javascript/),
        expect.stringMatching(/properties scripted/),
        expect.stringMatching(/broken\.xhtml: not well-formed XML/),
        expect.stringMatching(/in <head>: <script/),
        expect.stringMatching(/foreign element <svg>/),
        expect.stringMatching(/event handler onerror/),
        expect.stringMatching(/executed control/),
        expect.stringMatching(/loads/),
      ]),
    );
    const file = `{"format":"mirror-reader-library","version":2}\n{"article":{"title":"<img src=${s.url} onerror=${s.js}>"}}\n`;
    expect(await libraryFileProblems('control', file)).toEqual(
      expect.arrayContaining([expect.stringMatching(/a markup character/), expect.stringMatching(/event handler onerror/), expect.stringMatching(/executed control/), expect.stringMatching(/loads/)]),
    );
    expect(await libraryFileProblems('control', '{"a":1}\n{"b"\n')).toEqual(['control (library file): line 2 is not JSON']);
    figures.libraryFiles -= 2;
    figures.exports -= 2;
    figures.epubs -= 1;
    figures.executed = 0;
    figures.loads = 0;
    htmlFiles.length = 0;
  });

  test(`every vector stored as is (${VECTORS.length}), in every field, exported in every format`, async () => {
    const { library } = await freshLibrary();
    const problems: string[] = [];
    for (const vector of VECTORS) {
      const saved = await library.save(hostileArticle(vector), [hostileSvg(vector)]);
      problems.push(...(await exportAll(library, saved.id, vector.id)));
    }
    const file = await (await library.exportLibrary()).text();
    expect(readLibraryFile(file).articles).toHaveLength(VECTORS.length);
    libraryFiles.push(file);
    problems.push(...(await libraryFileProblems('every vector', file)));
    expect(problems.slice(0, 20), `${problems.length} problems`).toEqual([]);
  }, HANG_GUARD_MS);

  describe('hostile library files', () => {
    let json = '';
    beforeAll(async () => {
      const { library } = await freshLibrary();
      const url = 'https://i.epochtimes.com/a.jpg';
      await library.save(makeArticle({ text: '导入的文章。', images: [{ canonicalUrl: url, loadedUrl: url, alt: '图', caption: '' }] }), [imageFile(url, 7)]);
      json = await (await library.exportLibrary()).text();
    });

    type Entry = LibraryFileParts['articles'][number];
    const edit = (change: (entry: Entry) => void): string => editLibraryFile(json, (file) => change(file.articles[0]!));

    /** Imports a file into an empty library; if it gets in, every format of it is checked. */
    async function importAndExport(name: string, file: string): Promise<string[]> {
      figures.importsTried++;
      const { library } = await freshLibrary();
      const outcome = await library.importLibrary(fileOf(file)).then(() => 'imported', (error: unknown) => error);
      if (outcome !== 'imported') {
        expect(outcome, name).toMatchObject({ code: 'bad-import' });
        figures.importsRefused++;
        return [];
      }
      const problems = await exportAll(library, readLibraryFile(file).articles[0]!.id, `import ${name}`);
      // Without a markup character the file renders as plain text; the vectors' file is rendered above.
      return [...problems, ...(await libraryFileProblems(`import ${name}`, await (await library.exportLibrary()).text(), false))];
    }

    test('the tokenizer gap: U+00A0 around "=" hid a <meta http-equiv=refresh> inside an attribute', async () => {
      const s = sentinelFor('nbsp-meta');
      const body = `<p title\u00a0=\u00a0"x><meta http-equiv=refresh content=0;url=${s.url}>">正文</p>`;
      expect(await importAndExport('nbsp-meta', edit((entry) => void (entry.article.contentHtml = body)))).toEqual([]);
    });

    test(`every vector (${VECTORS.length}) in the body, the title, the captions and the lead image of an imported article`, async () => {
      const problems: string[] = [];
      for (const vector of VECTORS) {
        const s = sentinelFor(vector.id);
        problems.push(...(await importAndExport(`${vector.id} in the body`, edit((entry) => void (entry.article.contentHtml = `<p>正文</p>${vector.payload}`)))));
        const file = edit((entry) => {
          Object.assign(entry.article, { title: `标题${vector.payload}`.slice(0, 1000), author: vector.payload.slice(0, 1000), excerpt: vector.payload });
          entry.article.leadImage = { canonicalUrl: `${s.url}/lead.jpg`, loadedUrl: `${s.url}/lead.jpg`, alt: vector.payload.slice(0, 1000), caption: vector.payload.slice(0, 1000) };
        });
        problems.push(...(await importAndExport(`${vector.id} in the metadata`, file)));
      }
      expect(problems.slice(0, 20), `${problems.length} problems`).toEqual([]);
    }, HANG_GUARD_MS);
  });

  test.runIf(existsSync(CHROMIUM))('HTML exports opened as file:// pages in Chromium: no sentinel fires, no request leaves', async () => {
    expect(htmlFiles).toHaveLength(VECTORS.length * 2);
    const { chromium } = await import('playwright-core');
    const dir = mkdtempSync(join(tmpdir(), 'mirror-reader-exports-'));
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const context = await browser.newContext();
      const executed: string[] = [];
      const requests: string[] = [];
      await context.exposeBinding(SENTINEL_FUNCTION, (_source, id: unknown) => void executed.push(String(id)));
      // Nothing reaches a network: every request but the page itself is logged and refused.
      await context.route(/^(?!file:)/, (route) => route.abort());
      context.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith('file:') && !url.startsWith('data:')) requests.push(url);
      });
      const page = await context.newPage();
      // The checks can fail: a page without the CSP that runs the sentinel and loads from the attacker.
      const control = sentinelFor('chromium-control');
      const controlPath = join(dir, 'control.html');
      writeFileSync(controlPath, `<!doctype html><script>${control.js}</script><img src="${control.url}.png">`);
      await page.goto(pathToFileURL(controlPath).href, { waitUntil: 'load' });
      expect(executed).toEqual(['chromium-control']);
      expect(requests).toEqual([`${control.url}.png`]);
      executed.length = 0;
      requests.length = 0;
      const failures: string[] = [];
      for (const [i, file] of htmlFiles.entries()) {
        const path = join(dir, `${i}.html`);
        writeFileSync(path, file.text);
        const before = [executed.length, requests.length];
        figures.chromiumPages++;
        try {
          await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
          await page.evaluate((events) => {
            for (const el of Array.from(document.querySelectorAll('*'))) {
              for (const type of events) el.dispatchEvent(new Event(type, { bubbles: false }));
            }
          }, EVENTS);
          await page.waitForTimeout(20);
        } catch (error) {
          failures.push(`${file.name} (${file.format}): ${String(error).split('\n')[0]}`); // e.g. a meta refresh navigated away
        }
        if (page.url() !== pathToFileURL(path).href) failures.push(`${file.name} (${file.format}): navigated to ${page.url()}`);
        failures.push(
          ...executed.slice(before[0]).map((id) => `${file.name} (${file.format}): executed ${id}`),
          ...requests.slice(before[1]).map((url) => `${file.name} (${file.format}): requested ${url}`),
        );
        figures.chromiumExecuted = executed.length;
        figures.chromiumRequests = requests.length;
      }
      // The library file renamed .html: the worst a browser could be made to do with it.
      expect(libraryFiles).toHaveLength(1);
      for (const [i, text] of libraryFiles.entries()) {
        const path = join(dir, `library-${i}.html`);
        writeFileSync(path, text);
        const before = [executed.length, requests.length];
        figures.chromiumPages++;
        await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
        const elements = await page.evaluate(() => document.body.querySelectorAll('*').length);
        if (elements) failures.push(`library file ${i}: ${elements} elements in the rendered page`);
        failures.push(...executed.slice(before[0]).map((id) => `library file ${i}: executed ${id}`), ...requests.slice(before[1]).map((url) => `library file ${i}: requested ${url}`));
      }
      figures.chromiumExecuted = executed.length;
      figures.chromiumRequests = requests.length;
      figures.chromiumFailures = failures.length;
      expect(failures.slice(0, 20), `${failures.length} failures`).toEqual([]);
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});

afterAll(() => {
  console.log(
    `\nExports: ${VECTORS.length} vectors stored as is + ${figures.importsTried} hostile imports (${figures.importsRefused} refused), ` +
      `${figures.exports} exports in ${FORMATS.length} formats, ${figures.epubs} EPUBs and ${figures.libraryFiles} library files; executed: ${figures.executed}; loads: ${figures.loads}; ` +
      `Chromium file:// pages: ${figures.chromiumPages}, executed: ${figures.chromiumExecuted}, requests: ${figures.chromiumRequests}, failures: ${figures.chromiumFailures}`,
  );
});
