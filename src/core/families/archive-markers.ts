import { textOf } from '../clean/clutter';
import { linksIn } from '../dom';
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

/** A block that is one link and nothing else. */
export function isLinkLine(block: Element): boolean {
  const links = linksIn(block);
  return links.length === 1 && textOf(links[0]!) === textOf(block);
}
