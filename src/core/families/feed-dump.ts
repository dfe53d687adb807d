import { cutText, textOf } from '../clean/clutter';
import { descendantsByTag, textNodesIn } from '../dom';
import { isSeriesLine, readMirrorSignals } from '../meta/mirror-signals';
import { outletOfUrl } from '../meta/outlet';
import { OPENING_BLOCKS, openingBlocks } from './archive-markers';
import { readerFamily } from './generic';

// Backups of a site's feed written by a script that printed the feed library's content list as Python shows
// it (feedparser's `entry.content`, through str()): "# 标题 / 2021-03-15 /
// [{'type': 'text/html', 'language': None, 'base': 'https://chinadigitaltimes.net/chinese/feed', 'value': '…'}]",
// the item's text inside the quotes. The list's head and its closing "'}]" are no text; the feed's base
// address names the site. Python writes a no-break space inside the quotes as the escape "\xa0". The backup's first
// months (2020) kept the item's text and the closing "'}]" only: the tail alone, with no list opened in its block,
// marks such a file.
const DUMP_HEAD = /^\s{0,8}\[\{'type': '[\w/+.-]{1,40}', 'language': [^,]{1,40}, 'base': '([^'\s]{0,1000})', 'value': '/u;
const DUMP_TAIL = /'\}\]\s{0,8}$/u;
const DUMP_OPEN = "[{'";
const ESCAPED_NBSP = /\\xa0/gu;
const LINE_BLOCKS = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre'];
/** The block, among the opening ones, that starts with the dump's head, and the base address it names. */
function dumpHead(blocks: readonly Element[]): { block: Element; length: number; base: string } | null {
  for (const block of blocks) {
    const head = DUMP_HEAD.exec(block.textContent ?? '');
    if (head) return { block, length: head[0].length, base: head[1]! };
  }
  return null;
}

function lineBlocks(body: Element): Element[] {
  return descendantsByTag(body, LINE_BLOCKS).filter((block) => textOf(block) !== '');
}

/** The last line block when it closes on the list's tail, and the tail's length; `headless`: the file has no head, so
 * the block must open no list of its own (a code sample ending "[{'a': 'b'}]" is no dump). */
function dumpTail(body: Element, headless: boolean): { block: Element; length: number } | null {
  const last = lineBlocks(body).at(-1);
  const text = last?.textContent ?? '';
  const tail = DUMP_TAIL.exec(text);
  if (!last || !tail || (headless && text.includes(DUMP_OPEN))) return null;
  return { block: last, length: tail[0].length };
}

export const feedDump = readerFamily({
  id: 'feed-dump',
  recognise(page) {
    const head = dumpHead(openingBlocks(page));
    if (!head && !(DUMP_TAIL.test((page.body.textContent ?? '').trimEnd()) && dumpTail(page.body, true))) return null;
    const signals = readMirrorSignals(page.body);
    return { ...signals, outlet: signals.outlet ?? (head && outletOfUrl(head.base)) };
  },
  // Before the shared steps: the item's opening credit lines ("作者丨…", "原标题：…") share a block with the head.
  openingSteps: [
    ({ body }) => {
      const blocks = lineBlocks(body);
      const head = dumpHead(blocks.slice(0, OPENING_BLOCKS));
      if (head) {
        cutText(head.block, head.length, 'start');
        // The item may open with its series' mark, in the head's block ("…'value': ' 文章总汇：上海疫情").
        if (isSeriesLine(textOf(head.block))) head.block.remove();
      }
      const tail = dumpTail(body, !head);
      if (tail) cutText(tail.block, tail.length, 'end');
      for (const node of textNodesIn(body)) if (node.data.includes('\\xa0')) node.data = node.data.replace(ESCAPED_NBSP, '\u00a0');
    },
  ],
});
