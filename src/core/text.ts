// Text measures that count Chinese properly: a Han character is a word's worth of reading.

const HAN = /\p{Script=Han}/u;
const HAN_GLOBAL = /\p{Script=Han}/gu;

// Reading speeds: ~400 Han characters a minute for Chinese readers, ~230 words a minute for Latin text.
const HAN_PER_MINUTE = 400;
const WORDS_PER_MINUTE = 230;

export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

export function hanCount(text: string): number {
  return text.match(HAN_GLOBAL)?.length ?? 0;
}

/** The text with no whitespace: how lines are compared when a converter spaced or wrapped them differently. */
export function withoutSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The text's letters and digits: its spaces, punctuation and quotation marks, however written, left out. */
export function lettersOnly(text: string): string {
  return text.replace(/[\p{P}\p{S}\s]/gu, '');
}

/** Characters without whitespace: what a reader would call the article's length in any script. */
export function cjkLength(text: string): number {
  return withoutSpaces(text).length;
}

/** A mark that ends a sentence, in Chinese or Latin text: a line holding one is a sentence, not a name or a label. */
export const SENTENCE_END = /[。！？!?]/u;
/** A character a reader sees: not a space, nor a zero-width one (a WeChat editor's "‍‍" spacer line, a BOM). */
export const VISIBLE_CHAR = /[^\s\u200b-\u200d\u2060\ufeff]/u;

const HAN_RUN = /\p{Script=Han}+/gu;
const LETTER_OR_DIGIT = /\p{L}|\p{N}/u;

export function readingMinutes(text: string): number {
  const han = hanCount(text);
  // Han text parts words as a space would: one space for a whole run (not one per character) splits the same.
  const words = text.replace(HAN_RUN, ' ').split(/\s+/).filter((w) => LETTER_OR_DIGIT.test(w)).length;
  return Math.max(1, Math.round(han / HAN_PER_MINUTE + words / WORDS_PER_MINUTE));
}

export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** Cut at a sentence end near `max` characters. */
export function excerptOf(text: string, max = 160): string {
  const flat = collapseWhitespace(text);
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const end = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('！'), cut.lastIndexOf('？'), cut.lastIndexOf('. '));
  return end > max / 2 ? cut.slice(0, end + 1) : `${cut}…`;
}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'figcaption', 'pre', 'td', 'th', 'dt', 'dd']);

/**
 * Plain text of a body: one paragraph per innermost block, separated by blank lines. One walk: text
 * collects into the nearest block, and a block that holds blocks gives only its loose text.
 */
export function plainTextOf(root: Element): string {
  const paragraphs: string[] = [];
  const flush = (text: string) => {
    const paragraph = collapseWhitespace(text);
    if (paragraph) paragraphs.push(paragraph);
  };
  // The element's text when no block lies within it; null once the paragraphs of its blocks are out.
  const walk = (el: Element): string | null => {
    let loose = '';
    let holdsBlocks = false;
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) loose += node.nodeValue ?? '';
      else if (node.nodeType === 1) {
        const child = node as Element;
        const firstOfChild = paragraphs.length;
        const text = walk(child);
        if (text !== null && !BLOCKS.has(child.localName)) {
          loose += child.localName === 'br' ? ' ' : text;
          continue;
        }
        // The loose text before a block is a paragraph of its own, ahead of those the block gave.
        const before = collapseWhitespace(loose);
        if (before) paragraphs.splice(firstOfChild, 0, before);
        loose = '';
        holdsBlocks = true;
        if (text !== null) flush(text);
      }
    }
    if (!holdsBlocks) return loose;
    flush(loose);
    return null;
  };
  const text = walk(root);
  if (text !== null) flush(text);
  return paragraphs.join('\n\n');
}
