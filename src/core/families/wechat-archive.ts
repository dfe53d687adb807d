import { openingBlocks, removeArchiveHeaderNotes, signalsWithMarks } from './archive-markers';
import { struckLink } from '../meta/mirror-signals';
import { readerFamily } from './generic';

// Archives of deleted WeChat articles (Jekyll sites such as Terminus2049's): a post opens with the credit
// "原文来自微信公众号「账号」：[标题](原文)" — the link often struck through, the original being deleted —
// sometimes a "作者：" line and a rule, then the article as the account published it, often ending in the
// account's sign-off with a QR code. The account is the outlet, the struck link the original; some credits
// name the account and strike its post with no "来自" ("呦呦鹿鸣：~~[标题](原文)~~").
const CREDIT_OPENER = /(?:来自|來自|出自|源自)(?!己)/u;

export const wechatArchive = readerFamily({
  id: 'wechat-archive',
  recognise(page) {
    const credited = openingBlocks(page).some((block) => CREDIT_OPENER.test(block.textContent ?? '') || struckLink(block) !== null);
    return signalsWithMarks(page, credited, ['source-credit']);
  },
  openingSteps: [({ body, frame }) => removeArchiveHeaderNotes(body, frame)],
});
