import { textOf } from '../clean/clutter';
import { isWechatCreditLine } from '../clean/wechat';
import { descendantsByTag } from '../dom';
import { CREDIT_LINES } from '../meta/labels';
import { readMirrorSignals, type MirrorSignals, type SignalMark } from '../meta/mirror-signals';
import type { SourcePage } from '../page';

// Volunteers' archive kinds are told apart by the first blocks of a page, read cheaply on the page's top
// level; only a page that shows a kind's opening has its archive signals read in full, and the signals
// must then carry the kind's marks.

/** How many top-level blocks an archive's opening spans (navigation, headline, credit and date lines). */
export const OPENING_BLOCKS = 6;

/** The page's first top-level blocks with text. */
export function openingBlocks(page: SourcePage): Element[] {
  const blocks: Element[] = [];
  for (let el = page.body.firstElementChild; el && blocks.length < OPENING_BLOCKS; el = el.nextElementSibling) {
    if (textOf(el) !== '') blocks.push(el);
  }
  return blocks;
}

/** The archive signals, when the page opens as the kind does and the signals carry all of `marks`. */
export function signalsWithMarks(page: SourcePage, opensAsKind: boolean, marks: readonly SignalMark[]): MirrorSignals | null {
  if (!opensAsKind) return null;
  const signals = readMirrorSignals(page.body);
  return marks.every((mark) => signals.marks.has(mark)) ? signals : null;
}

// Between an archive's credit or labelled lines and the rule under them its volunteers note what they know of the
// post ("第二次推送，仍被删除。", "Wikipedia : [事件](…)", "说明：网友更新了…失效链接", "4.18 [菜单栏非正式群发](…)"), or
// copy the account's masthead ("博雅天下旗下产品"). None of it is the article, which starts under the rule. A header
// is a few short lines, no picture.
const HEADER_LINE_TAGS = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div'];
const MAX_HEADER_LINES = 8;
const MAX_HEADER_LINE_CHARS = 120;
/** All of a header's notes together: more is the text itself, a short article's paragraphs under its labelled lines and
 * over its page's foot (a saved news page's "来源：…" and three paragraphs over the rule before "责任编辑：…"). */
const MAX_HEADER_NOTES_CHARS = 160;

/** The volunteers' lines in the header over the archive's first rule; null when the text starts before any rule. */
function headerNotes(body: Element, signals: MirrorSignals): Element[] | null {
  const notes: Element[] = [];
  let lines = 0;
  let notesChars = 0;
  let credited = false;
  for (const el of descendantsByTag(body, [...HEADER_LINE_TAGS, 'hr', 'img', 'ul', 'ol'])) {
    if (el.localName === 'hr') return credited ? notes : null;
    // A picture, or a list (the volunteers' related reading, which the shared steps keep as links): not a header of notes.
    if (el.localName === 'img' || el.localName === 'ul' || el.localName === 'ol') return null;
    const text = textOf(el);
    if (text === '' || descendantsByTag(el, HEADER_LINE_TAGS).length > 0) continue;
    if (++lines > MAX_HEADER_LINES || text.length > MAX_HEADER_LINE_CHARS) return null;
    // The credit and the writer's and staff's lines are read as fields by the shared steps, which take them out;
    // so is a line that strikes the deleted original or labels its address ("原文地址 ~~https://…~~").
    if (signals.blocks.has(text)) credited = true;
    else if (!isWechatCreditLine(text) && !namesOriginal(el, text)) {
      if ((notesChars += text.length) > MAX_HEADER_NOTES_CHARS) return null;
      notes.push(el);
    }
  }
  return null;
}

/** A line the credit steps read the original from: a struck link or address, or a labelled credit line. */
function namesOriginal(line: Element, text: string): boolean {
  return descendantsByTag(line, ['del', 's', 'strike']).length > 0 || CREDIT_LINES.some((credit) => credit.test(text));
}

/** Take out the volunteers' lines in the header over the archive's first rule; its signal and credit lines stay for the fields. */
export function removeArchiveHeaderNotes(body: Element, signals: MirrorSignals): void {
  for (const note of headerNotes(body, signals) ?? []) note.remove();
}
