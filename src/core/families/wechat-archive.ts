import { openingBlocks, signalsWithMarks } from './archive-markers';
import { textOf } from '../clean/clutter';
import { isWechatCreditLine } from '../clean/wechat';
import { descendantsByTag } from '../dom';
import { struckLink, type MirrorSignals } from '../meta/mirror-signals';
import { readerFamily } from './generic';

// Archives of deleted WeChat articles (Jekyll sites such as Terminus2049's): a post opens with the credit
// "原文来自微信公众号「账号」：[标题](原文)" — the link often struck through, the original being deleted —
// sometimes a "作者：" line and a rule, then the article as the account published it, often ending in the
// account's sign-off with a QR code. The account is the outlet, the struck link the original; some credits
// name the account and strike its post with no "来自" ("呦呦鹿鸣：~~[标题](原文)~~").
const CREDIT_OPENER = /来自|來自|出自|源自/u;

// Between the credit and the rule under it the archive's volunteers note what they know of the post: "第二次推送，
// 仍被删除。", "Wikipedia : [事件](…)", "说明：网友更新了…失效链接", "4.18 [菜单栏非正式群发](…)".
// None of it is the article, which starts under the rule. A header is a few short lines, no picture.
const HEADER_LINE_TAGS = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div'];
const MAX_HEADER_LINES = 8;
const MAX_HEADER_LINE_CHARS = 120;

/** The volunteers' lines in the header over the archive's first rule; null when the text starts before any rule. */
function headerNotes(body: Element, signals: MirrorSignals): Element[] | null {
  const notes: Element[] = [];
  let lines = 0;
  let credited = false;
  for (const el of descendantsByTag(body, [...HEADER_LINE_TAGS, 'hr', 'img'])) {
    if (el.localName === 'hr') return credited ? notes : null;
    if (el.localName === 'img') return null;
    const text = textOf(el);
    if (text === '' || descendantsByTag(el, HEADER_LINE_TAGS).length > 0) continue;
    if (++lines > MAX_HEADER_LINES || text.length > MAX_HEADER_LINE_CHARS) return null;
    // The credit and the writer's and staff's lines are read as fields by the shared steps, which take them out.
    if (signals.blocks.has(text)) credited = true;
    else if (!isWechatCreditLine(text)) notes.push(el);
  }
  return null;
}

export const wechatArchive = readerFamily({
  id: 'wechat-archive',
  recognise(page) {
    const credited = openingBlocks(page).some((block) => CREDIT_OPENER.test(block.textContent ?? '') || struckLink(block) !== null);
    return signalsWithMarks(page, credited, ['source-credit']);
  },
  openingSteps: [
    ({ body, frame }) => {
      for (const note of headerNotes(body, frame) ?? []) note.remove();
    },
  ],
});
