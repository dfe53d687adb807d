// No page can freeze the reader's tab: extraction runs on the page's main thread, so every input must
// take time linear in its size. Each adversarial input below once made a pattern of the core backtrack
// quadratically (CREDIT_TEXT on "原文（" × 30,000 froze a github.com tab for 24.5 s; isPixelSize on a
// 30 KB width for 18.5 s). Each is extracted at two sizes, served (blob view) and as a raw source; the
// least of several times is compared, so the machine's speed and load cancel out: linear ≈ 8×,
// quadratic ≈ 64×. The longest single extraction, a 10 MB page included, is printed as a figure.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { extract, extractSource } from '../../src/core';
import { originalUrlAfterLabel, originalUrlInText } from '../../src/core/meta/original-url';

const BLOB_URL = 'https://github.com/someone/news/blob/master/gb/20/1/2/n1.md';
const RAW_URL = 'https://raw.githubusercontent.com/someone/news/master/gb/20/1/2/n1.md';
const PARAGRAPH = '【大纪元2020年01月02日讯】这是一段足够长的新闻正文，用来组成一篇文章的内容。'.repeat(3);
const SMALL = 2_000;
const GROWTH = 8;
/** Linear growth is about 8×, quadratic about 64×; the margin absorbs a noisy machine. */
const MAX_RATIO = 24;
/** Guards against a hang only (ten times a loaded machine's time); speed is measured in bench/. */
const HANG_GUARD_MS = 30_000;

/** Markup a hostile page can hold, `n` units long: each fed a pattern of the core its worst case. */
const ADVERSARIES: Record<string, (n: number) => string> = {
  'credit text 原文（': (n) => `<p>${PARAGRAPH}</p><p>${'原文（'.repeat(n)}</p>`,
  'credit label before a link': (n) => `<p>${PARAGRAPH}</p><p>${'原文('.repeat(n)}<a href="https://example.org/a">链接</a></p>`,
  'image width': (n) => `<p>${PARAGRAPH}</p><p><img src="https://example.org/a.png" width="${'0'.repeat(n)}${' '.repeat(n)}x"></p>`,
  'image opacity': (n) => `<p>${PARAGRAPH}</p><p><img src="https://example.org/a.png" style="opacity:${'0'.repeat(n)}${' '.repeat(n)}."></p>`,
  'spaces before a line break': (n) => `<p>${PARAGRAPH}${' '.repeat(n)}x\n正文</p>`,
  'tag-like text with no end': (n) => `<p>${PARAGRAPH}</p><p>&lt;A${'-'.repeat(n)}</p>\n\n<A${'-'.repeat(n)}`,
  'keyword link': (n) => `<p>${PARAGRAPH}<a href="/gb/d${'é'.repeat(n)}m">词</a></p>`,
  'generator page links': (n) => `<p>${PARAGRAPH}<a href="${'/pages/'.repeat(n)}x">链接</a></p>`,
  'title separators': (n) => `<h2>标题${' '.repeat(n)}-${' '.repeat(n)}</h2><p>${PARAGRAPH}</p>`,
};

const servedPage = (markup: string): Document =>
  new JSDOM(`<html><head><title>n1.md</title></head><body><article class="markdown-body">${markup}</article></body></html>`, { url: BLOB_URL }).window.document;
const hostDocument = (): Document => new JSDOM('').window.document;

let longest = { ms: 0, what: '' };

/** The least of a few runs (a loaded machine only ever adds time); documents are built outside the timing. */
function leastMs(run: () => void, prepare: () => void = () => undefined, rounds = 5): number {
  let least = Infinity;
  for (let i = 0; i < rounds; i++) {
    prepare();
    const started = performance.now();
    run();
    least = Math.min(least, performance.now() - started);
  }
  return least;
}

function timeExtraction(what: string, markup: string, form: 'served' | 'raw', rounds = 5): number {
  let doc: Document = hostDocument();
  const ms = leastMs(
    () => (form === 'served' ? extract(doc, BLOB_URL) : extractSource(markup, RAW_URL, doc)),
    () => (doc = form === 'served' ? servedPage(markup) : hostDocument()),
    rounds,
  );
  expect(ms, `${what} (${form}) took ${ms.toFixed(0)} ms`).toBeLessThan(HANG_GUARD_MS);
  if (ms > longest.ms) longest = { ms, what: `${what} (${form}, ${(markup.length / 1024).toFixed(0)} KiB)` };
  return ms;
}

describe('extraction is linear on adversarial pages', () => {
  for (const [what, make] of Object.entries(ADVERSARIES)) {
    for (const form of ['served', 'raw'] as const) {
      test(`${what} (${form})`, () => {
        timeExtraction(what, make(SMALL), form); // warm-up
        const ratio = timeExtraction(what, make(SMALL * GROWTH), form) / Math.max(timeExtraction(what, make(SMALL), form), 0.05);
        expect(ratio, `${GROWTH}× the input took ${ratio.toFixed(1)}× the time`).toBeLessThan(MAX_RATIO);
      });
    }
  }

  test('the credit patterns themselves, on text alone', () => {
    const timeText = (n: number): number => leastMs(() => originalUrlInText('原文（'.repeat(n)));
    timeText(SMALL);
    expect(timeText(SMALL * GROWTH * 4) / Math.max(timeText(SMALL * 4), 0.05)).toBeLessThan(MAX_RATIO);
    const label = (n: number): Element => servedPage(`<p>${'原文('.repeat(n)}<a href="https://example.org/a">链接</a></p>`).querySelector('article')!;
    let root = label(SMALL);
    const timeLabel = (n: number): number => leastMs(() => originalUrlAfterLabel(root), () => (root = label(n)));
    timeLabel(SMALL);
    expect(timeLabel(SMALL * GROWTH * 4) / Math.max(timeLabel(SMALL * 4), 0.05)).toBeLessThan(MAX_RATIO);
  });

  test('a 10 MB page of every adversary together', () => {
    const unit = Object.values(ADVERSARIES).map((make) => make(200)).join('');
    const huge = unit.repeat(Math.ceil(10_000_000 / unit.length));
    expect(huge.length).toBeGreaterThanOrEqual(10_000_000);
    // One round each: jsdom takes most of a minute to parse 10 MB (the browser's parser is not ours to time).
    timeExtraction('10 MB of adversaries', huge, 'raw', 1);
    timeExtraction('10 MB of adversaries', huge, 'served', 1);
    console.log(`adversarial extraction: longest ${longest.ms.toFixed(0)} ms, ${longest.what}`);
  }, 600_000);
});

// A zhihu question mirrored with all its answers (a Pincong-data Hugo post) is one long run of short answers and
// images; the 1.6 MB ones never finished. Work is counted, not timed: the characters the core reads through
// textContent, on the real page's answers once and repeated. Linear growth reads about GROWTH times more; the step
// that asked every image's text-bearing ancestor for its text read the square.
describe('work grows linearly on a real Q&A compilation', () => {
  const page = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../pages/generic/qa-compilation-images/source.md'), 'utf8');
  const frontMatterEnd = page.indexOf('\n---', 3) + '\n---'.length;
  const compilation = (copies: number): string => page.slice(0, frontMatterEnd) + page.slice(frontMatterEnd).repeat(copies);

  function charactersRead(source: string): number {
    const win = new JSDOM('').window;
    const textContent = Object.getOwnPropertyDescriptor(win.Node.prototype, 'textContent')!;
    let read = 0;
    Object.defineProperty(win.Node.prototype, 'textContent', {
      ...textContent,
      get(this: Node) {
        const text = textContent.get!.call(this) as string | null;
        read += text?.length ?? 0;
        return text;
      },
    });
    expect(extractSource(source, RAW_URL, win.document).kind).toBe('article');
    return read;
  }

  test('text read, once and eight times the answers', () => {
    const ratio = charactersRead(compilation(GROWTH)) / charactersRead(compilation(1));
    expect(ratio, `${GROWTH}× the answers read ${ratio.toFixed(1)}× the text`).toBeLessThan(2 * GROWTH);
  }, 120_000);
});
