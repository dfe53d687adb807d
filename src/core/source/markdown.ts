import MarkdownIt from 'markdown-it';

// GitHub-flavoured rendering with raw HTML allowed: mirror files mix Markdown and HTML freely.
// The output is never trusted: it is parsed into an inert document and sanitised downstream.
let markdown: InstanceType<typeof MarkdownIt> | null = null;

const ASTERISK = 0x2a;
// A letter of a script written without spaces between words (Han, kana, Hangul).
const UNSPACED_LETTER = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;
// A bold run opens on an opening quote or bracket ("「", "“", "《") and closes on any other mark ("：", "。", "，", "」").
const OPENING_MARK = /^[\p{Ps}\p{Pi}]$/u;
const CLOSING_MARK = /^[\p{P}]$/u;
// Bold's `**`: a single `*` by a Han letter is more often a mask over a name ("王*，") than emphasis.
const MIN_BOLD_RUN = 2;

/** The character before `start` and the one at `end` ('' at either end of the inline text, which stops at `limit`). */
function neighbours(src: string, start: number, end: number, limit: number): [string, string] {
  const before = Array.from(src.slice(Math.max(0, start - 2), start)).pop() ?? '';
  const after = end < limit ? String.fromCodePoint(src.codePointAt(end) ?? 0) : '';
  return [before, after];
}

/**
 * CommonMark lets `**` close only before a space or punctuation when punctuation stands before it,
 * and open only after one when punctuation follows it. Chinese puts no spaces round words, so a bold
 * run ending on its own full stop or colon ("**何清涟评论分析文章：**美国…", "他的**上半身是女性。**他既…")
 * or opening on a quote ("称自己为**「药娘」**。") was left as literal asterisks in the text. A Han,
 * kana or Hangul letter on the far side counts as the space would (the rule of markdown-it-cjk-friendly)
 * for a run of two or more, when the mark inside is one a bold run opens or closes on: masks over
 * names ("黄**，被告钱**，", "游*，") pair no more than before. `_` keeps CommonMark's rule, as it
 * stands inside names and addresses.
 */
function withUnspacedEmphasis(md: InstanceType<typeof MarkdownIt>): void {
  const Base = md.inline.State;
  md.inline.State = class extends Base {
    override scanDelims(start: number, canSplitWord: boolean): ReturnType<InstanceType<typeof Base>['scanDelims']> {
      const scanned = super.scanDelims(start, canSplitWord);
      if (this.src.charCodeAt(start) !== ASTERISK || scanned.length < MIN_BOLD_RUN || (scanned.can_open && scanned.can_close)) return scanned;
      const [before, after] = neighbours(this.src, start, start + scanned.length, this.posMax);
      return {
        ...scanned,
        can_open: scanned.can_open || (UNSPACED_LETTER.test(before) && OPENING_MARK.test(after)),
        can_close: scanned.can_close || (UNSPACED_LETTER.test(after) && CLOSING_MARK.test(before) && !OPENING_MARK.test(before)),
      };
    }
  };
}

export function renderMarkdown(source: string): string {
  // Built on first use, not when the bundle loads: the extraction bundle is injected into pages that
  // never render source text (blob views, Pages posts), and building it (linkify's patterns) is work
  // on the page's thread.
  if (!markdown) {
    markdown = new MarkdownIt({ html: true, linkify: true, breaks: false });
    withUnspacedEmphasis(markdown);
  }
  return markdown.render(source);
}
