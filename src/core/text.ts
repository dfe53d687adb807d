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

/** Characters without whitespace: what a reader would call the article's length in any script. */
export function cjkLength(text: string): number {
  return text.replace(/\s+/g, '').length;
}

export function readingMinutes(text: string): number {
  const han = hanCount(text);
  const words = text.replace(HAN_GLOBAL, ' ').split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w)).length;
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

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, td, th, dt, dd';

/** Plain text of a body: one paragraph per block, separated by blank lines. */
export function plainTextOf(root: Element): string {
  const paragraphs: string[] = [];
  for (const block of Array.from(root.querySelectorAll(BLOCKS))) {
    // The innermost block owns its text; outer ones would repeat it.
    if (block.querySelector(BLOCKS)) continue;
    const text = collapseWhitespace(block.textContent ?? '');
    if (text) paragraphs.push(text);
  }
  if (paragraphs.length === 0) {
    const all = collapseWhitespace(root.textContent ?? '');
    if (all) paragraphs.push(all);
  }
  return paragraphs.join('\n\n');
}
