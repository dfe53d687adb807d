// An article body (a DOM sanitised by the HTML policy, core/htmlPolicy.ts) to Markdown, for the
// one-article export. Inert by construction, whatever renders it (even with raw HTML on): every
// character of page text that Markdown reads as syntax is escaped (so no "<" ever reaches the output
// as such), code fences and code spans are longer than any backtick run they hold, links are written
// only for http(s) addresses, and images become links: nothing loads when the file is opened.
import { webAddress } from '../core/htmlPolicy';
import type { ExportLabels } from './types';

const BLOCKS = new Set(['p', 'div', 'figure', 'figcaption', 'table', 'tr', 'dl', 'dt', 'dd', 'caption']);
const HEADING = /^h([1-6])$/;
const STRONG = new Set(['strong', 'b']);
const EMPHASIS = new Set(['em', 'i']);
/** Markdown syntax anywhere in a line: escapes, code, emphasis, links and images, raw HTML and autolinks, tables, entities. */
const INLINE_SYNTAX = /[\\`*_[\]<>|!~&#]/g;
/** In a destination: what would end it, start a code span or escape, and whitespace (already encoded by URL, but to be sure). */
const DESTINATION_UNSAFE = /[\s<>()\\`]/g;

function escapeMarkdown(text: string): string {
  return text.replace(INLINE_SYNTAX, '\\$&');
}

/** At the start of a line, text must not open a list, a setext heading or a thematic break either. */
function escapeLineStart(text: string): string {
  return text.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** The longest run of backticks in `text`. */
function longestBacktickRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (const char of text) {
    run = char === '`' ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

/** A link destination from a checked web address; `&` escaped so that no character reference is decoded in it. */
function destination(url: URL): string {
  return url.href
    .replace(DESTINATION_UNSAFE, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
    .replace(/&/g, '\\&');
}

/** A link to an image (never `![…](…)`: opening the file must not fetch anything). */
export function imageLink(url: string | null | undefined, alt: string, labels: ExportLabels): string {
  const label = alt.replace(/\s+/g, ' ').trim();
  const address = webAddress(url);
  if (!address) return escapeMarkdown(label);
  return `[${escapeMarkdown(labels.image(label))}](${destination(address)})`;
}

/** An inline code span: delimiters longer than any backtick run inside, padded where the code touches them. */
function codeSpan(code: string): string {
  const text = code.replace(/\s+/g, ' ');
  if (!text.trim()) return '';
  const fence = '`'.repeat(longestBacktickRun(text) + 1);
  const pad = /^[` ]|[` ]$/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A fenced code block whose fence no line inside can close. */
function codeBlock(code: string): string {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(code) + 1));
  return `${fence}\n${code.replace(/\n$/, '')}\n${fence}`;
}

class MarkdownWriter {
  readonly #labels: ExportLabels;
  constructor(labels: ExportLabels) {
    this.#labels = labels;
  }

  readonly blocks: string[] = [];
  #line = '';
  #atLineStart = true;
  #prefix = ''; // "> " inside quotes
  #inHeading = false;
  #linkDepth = 0;
  readonly #lists: { ordered: boolean; count: number }[] = [];

  endBlock(): void {
    // Per line, not /[ \t]+\n/g: that pattern is retried from every space of a long run.
    const trimmed = this.#line.split('\n').map((row) => row.trimEnd()).join('\n').trim();
    if (trimmed) this.#push(trimmed);
    this.#line = '';
    this.#atLineStart = true;
  }

  #push(block: string): void {
    this.blocks.push(block.split('\n').map((row) => this.#prefix + row).join('\n'));
  }

  #markup(markup: string, lineStart = false): void {
    this.#line += markup;
    this.#atLineStart = lineStart;
  }

  #text(data: string): void {
    const collapsed = data.replace(/\s+/g, ' ');
    if (!collapsed.trim()) {
      if (!this.#atLineStart) this.#line += collapsed;
      return;
    }
    const escaped = escapeMarkdown(collapsed);
    this.#line += this.#atLineStart ? escapeLineStart(escaped.trimStart()) : escaped;
    this.#atLineStart = false;
  }

  #children(node: Node): void {
    for (const child of Array.from(node.childNodes)) this.node(child);
  }

  #block(el: Element): void {
    this.endBlock();
    this.#children(el);
    this.endBlock();
  }

  node(node: Node): void {
    if (node.nodeType === 3) this.#text((node as Text).data);
    else if (node.nodeType === 1) this.#element(node as Element);
    else if (node.nodeType === 11) this.#children(node);
  }

  #element(el: Element): void {
    const name = el.localName;
    const heading = HEADING.exec(name);
    if (heading) {
      this.endBlock();
      this.#markup(`${'#'.repeat(Number(heading[1]))} `, true);
      this.#inHeading = true;
      this.#children(el);
      this.#inHeading = false;
      this.endBlock();
    } else if (name === 'br') this.#markup(this.#inHeading ? ' ' : '\\\n', !this.#inHeading);
    else if (name === 'hr') {
      this.endBlock();
      this.blocks.push(`${this.#prefix}---`);
    } else if (name === 'img') {
      const alt = el.getAttribute('alt') ?? '';
      if (this.#linkDepth > 0) this.#text(alt);
      else this.#markup(imageLink(el.getAttribute('src') ?? el.getAttribute('data-canonical-src'), alt, this.#labels));
    } else if (name === 'a') this.#link(el);
    else if (STRONG.has(name) || EMPHASIS.has(name)) {
      const mark = STRONG.has(name) ? '**' : '*';
      this.#markup(mark);
      this.#children(el);
      this.#markup(mark);
    } else if (name === 'code') this.#markup(codeSpan(el.textContent ?? ''));
    else if (name === 'pre') {
      this.endBlock();
      this.#push(codeBlock(el.textContent ?? ''));
    } else if (name === 'td' || name === 'th') {
      this.#markup(' ');
      this.#children(el);
    } else if (name === 'blockquote') {
      this.endBlock();
      this.#prefix += '> ';
      this.#block(el);
      this.#prefix = this.#prefix.slice(2);
    } else if (name === 'ul' || name === 'ol') {
      this.endBlock();
      this.#lists.push({ ordered: name === 'ol', count: 0 });
      this.#block(el);
      this.#lists.pop();
    } else if (name === 'li') {
      this.endBlock();
      const list = this.#lists.at(-1);
      const marker = list?.ordered ? `${++list.count}. ` : '- ';
      this.#markup('  '.repeat(Math.max(this.#lists.length - 1, 0)) + marker, true);
      this.#children(el);
      this.endBlock();
    } else if (BLOCKS.has(name)) this.#block(el);
    else this.#children(el);
  }

  /** Only http(s) links become links (and never one inside another); anything else keeps its text. */
  #link(el: Element): void {
    const href = webAddress(el.getAttribute('href'));
    if (!href || this.#linkDepth > 0) {
      this.#children(el);
      return;
    }
    this.#markup('[');
    this.#linkDepth++;
    this.#children(el);
    this.#linkDepth--;
    this.#markup(`](${destination(href)})`);
  }
}

/** Markdown for a sanitised article body. */
export function bodyToMarkdown(body: Node, labels: ExportLabels): string {
  const writer = new MarkdownWriter(labels);
  writer.node(body);
  writer.endBlock();
  return writer.blocks.join('\n\n');
}

/** A heading line from page text (the title). */
export function markdownHeading(text: string): string {
  return `# ${escapeLineStart(escapeMarkdown(text.replace(/\s+/g, ' ').trim()))}`;
}
