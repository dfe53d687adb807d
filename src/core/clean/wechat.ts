import { closestByTag, descendantsByTag } from '../dom';
import { collapseWhitespace } from '../text';
import { imageHolder, MAX_CAPTION_CHARS, replaceWithFigure } from './blocks';

// The edges of WeChat posts as archives keep them (Terminus2049 and its like): a photo's caption in the
// block after it, marked "△"/"▲" or written as a credit ("图片来源：网络", "图 | 木田无花公众号"), or a bare
// <figcaption> the Markdown left outside any figure, or "（上图：…）"; and the "文章已于2019-02-02修改" note under the text.
// A caption becomes its photo's; a credit with no photo before it, and the edit note, go.

/** The arrow WeChat editors put before a caption: "△北京大兴忠诚学校", "▲6月8日，…视频截图". */
const CAPTION_MARK = /^[△▲]\s{0,2}/u;
/** A caption that points at its photo: "（上图：萧律师进不去的地方）". */
const POINTS_UP = /^[（(]?\s{0,2}(?:上|左|右)[图圖]\s{0,2}[：:]/u;
/** A photo credit: "图片来源：网络", "（图片来源于网络。）", "图｜网络", "题图摄影：…"; not "图/文：" (a byline). */
const PHOTO_CREDIT = /^[（(]?\s{0,2}(?:题图|題圖|头图|頭圖|封面|配图|配圖)?(?:(?:图片|圖片|照片|摄影|攝影)\s{0,2}(?:来源|來源|来自|來自|源自|[|｜:：/／])|[图圖]\s{0,2}(?:来源|來源|源)?\s{0,2}[|｜:：/／](?!\s{0,2}文))/u;
/** A credit standing alone is a line; a longer block that opens the same way is text about a picture. */
const MAX_CREDIT_CHARS = 40;
/** WeChat's note that the post was edited: "文章已于2019-02-02修改", "公众号：zhouzhiyuan360 文章已于修改". */
const EDIT_NOTE = /文章已于\s{0,2}[-\d年月日\s]{0,16}修改$/u;
const MAX_EDIT_NOTE_CHARS = 60;
const LINE_TAGS = ['p', 'figcaption', 'h4', 'h5', 'h6', 'div'];

const textOf = (el: Element): string => collapseWhitespace(el.textContent ?? '');

function isCaptionLine(block: Element): boolean {
  const text = textOf(block);
  return text !== '' && text.length <= MAX_CAPTION_CHARS && (block.localName === 'figcaption' || CAPTION_MARK.test(text) || POINTS_UP.test(text) || PHOTO_CREDIT.test(text));
}

/** Captions in the block after their photo become the photo's; lone credits and edit notes go. */
export function cleanWechatEdges(root: Element): void {
  for (const img of descendantsByTag(root, ['img'])) {
    if (!root.contains(img) || closestByTag(img, ['figure'])) continue;
    const holder = imageHolder(img, root);
    const next = holder.nextElementSibling;
    if (holder === root || textOf(holder) !== '' || !next || descendantsByTag(next, ['img']).length > 0 || !isCaptionLine(next)) continue;
    replaceWithFigure(holder, img, textOf(next).replace(CAPTION_MARK, ''));
    next.remove();
  }
  for (const line of descendantsByTag(root, LINE_TAGS)) {
    if (!root.contains(line) || closestByTag(line, ['figure']) || descendantsByTag(line, ['img']).length > 0) continue;
    const text = textOf(line);
    const credit = text.length <= MAX_CREDIT_CHARS && PHOTO_CREDIT.test(text);
    const editNote = text.length <= MAX_EDIT_NOTE_CHARS && EDIT_NOTE.test(text);
    if (credit || editNote) line.remove();
  }
}
