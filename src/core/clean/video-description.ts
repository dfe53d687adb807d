import { closestByTag, descendantsByTag } from '../dom';
import { SENTENCE_END } from '../text';
import { RELATED_HEADINGS, textOf } from './clutter';

// A feed archive's post of a video (its original a YouTube watch page) holds the video's description, and the feed
// gave it without its line breaks: the channel's words about the video with the channel's own blocks run into them —
// its shop, sponsor and PayPal links, "訂閱…頻道" and "加入頻道會員" with their links, a WeChat ID to order its
// goods, its Telegram, Twitter and Facebook addresses, app and circumvention-tool downloads (美国之音) — and runs of
// hashtags ("#中國 #老楊到處說"). The blocks are often set apart by rules of dashes ("－－－－…", "=====…",
// "******"), and the channel's words may go on after them. A part the rules set apart that pitches (a call with its
// link or ID, or a part that is mostly links) goes whole; in the part before the first rule the pitch runs to its
// end, from the clause it starts in. A description that is only pitches leaves no text.

/** The original of a video post: a YouTube watch, shorts or live page, or its short link. */
const VIDEO_PAGE = /^https?:\/\/(?:(?:www|m)\.)?(?:youtube\.com\/(?:watch\b|shorts\/|live\/)|youtu\.be\/)/i;
/** A rule of dashes, equals signs or stars setting the description's parts apart. */
const RULE_RUN = /[－\-—=＝_＿━─~～*＊]{6,200}/gu;
/** What a channel's pitch says: a call to subscribe, join, sponsor, follow or download, a payment or social site. */
const PITCH_WORDS =
  /訂閱|订阅|贊助|赞助|支持|會員|会员|下載|下载|收聽|收听|收看|關注|关注|追蹤|追踪|課金|打賞|打赏|激賞|激赏|斗内|抖內|翻牆|翻墙|微信|PayPal|Paypal|Patreon|超級感謝|超级感谢|小鈴鐺|小铃铛|商業合作|商业合作|Telegram|Twitter|Facebook|Instagram|Discord|推特|脸书|臉書|網店|网店|商城|網頁|网页|官網|官网/gu;
/** A pitch is a pitch when its link or handle follows within this many characters: "PayPal支持我們：http://…". */
const PITCH_LINK_WINDOW = 80;
/** The link, handle or ID a pitch gives: "http://bit.ly/…", "@shuzhaiyehua", "添加微信諮詢：zhujiu30". */
const PITCH_LINK = /https?:\/\/|bit\.ly\/|t\.me\/|@[A-Za-z0-9_]{3,30}|[：:]\s{0,2}[A-Za-z][\w-]{2,30}[\d_]/;
/** A part after a rule whose links make up this share of its text is a block of links. */
const LINK_BLOCK_SHARE = 0.3;
/** A web address run into the text: the description has no spaces to end it, so its ASCII run does. */
const LINK = /https?:\/\/[!-~]{1,300}/gu;
/** A label's colon just before a link: "傑克網路商城：https://…". */
const LABEL_COLON = /[：:]\s{0,2}$/u;
/** A character that ends a label, read back from its colon. */
const LABEL_END = /[\s。！？：:]/u;
/** A label before its link is this long at most: "傑克網路商城", "六度世界". */
const MAX_LABEL_CHARS = 16;
/** One tag of a closing run of hashtags: "#中國 ", "#楊錦麟". */
const HASHTAG = /^[^\s#。，！？：:]{1,30}\s{0,3}$/u;
/** A tag opening a part, a space after it: "#中國 ". */
const LEADING_HASHTAG = /^#[^\s#。，！？：:]{1,30}\s{1,3}/u;
/** Tags a run holds at most: a longer run of "#" pieces is text. */
const MAX_HASHTAGS = 40;
/** The dash that set the pitch apart, left closing the words before it ("…留下重要的一笔！ –"). */
const TRAILING_DASHES = /[\s–—-]{1,8}$/u;
/** Marks a description sets before a section's label ("# # #" over "相关文章："). */
const SECTION_MARKS = /^[#\s]{1,20}/u;
/** Blocks whose text is the description; their other markup is inline. */
const TEXT_BLOCK_TAGS = ['p', 'div'];

/** Whether `url` is a video page, whose post holds the video's description. */
function isVideoPage(url: string | null | undefined): boolean {
  return !!url && VIDEO_PAGE.test(url);
}

/** A dash standing alone between spaces: the description's parts set apart by a line of one dash ("…听证会<br>–<br>支持…"). */
const LONE_DASH = /\s[–—]\s/gu;

/** Where the clause holding `at` starts: after the last sentence end, lone dash or web address before it. */
function clauseStart(text: string, at: number): number {
  let start = 0;
  for (let i = at - 1; i >= 0; i--) {
    if (!SENTENCE_END.test(text.charAt(i))) continue;
    start = i + 1;
    break;
  }
  for (const dash of text.slice(0, at).matchAll(LONE_DASH)) start = Math.max(start, (dash.index ?? 0) + dash[0].length);
  for (const link of text.slice(0, at).matchAll(LINK)) start = Math.max(start, (link.index ?? 0) + link[0].length);
  return start;
}

/** Where the channel's pitch starts in one part of the description (a call with its link or ID), or null. */
function pitchStart(part: string): number | null {
  for (const word of part.matchAll(PITCH_WORDS)) {
    const at = word.index ?? 0;
    if (PITCH_LINK.test(part.slice(at, at + PITCH_LINK_WINDOW))) return at;
  }
  return null;
}

/** Whether a part is mostly web addresses. */
function isLinkBlock(part: string): boolean {
  let linked = 0;
  for (const link of part.matchAll(LINK)) linked += link[0].length;
  return part.length > 0 && linked / part.length >= LINK_BLOCK_SHARE;
}

/** `text` without the hashtags opening it. */
function withoutLeadingHashtags(text: string): string {
  let rest = text;
  for (let n = 0, tag = LEADING_HASHTAG.exec(rest); tag && n < MAX_HASHTAGS; n++, tag = LEADING_HASHTAG.exec(rest)) rest = rest.slice(tag[0].length);
  return rest;
}

/** `text` without a closing run of hashtags. */
function withoutHashtags(text: string): string {
  let from = text.indexOf('#');
  for (let n = 0; from >= 0 && n < MAX_HASHTAGS; n++, from = text.indexOf('#', from + 1)) {
    const tags = text.slice(from + 1).split('#');
    if (tags.length <= MAX_HASHTAGS && tags.every((tag) => HASHTAG.test(tag))) return text.slice(0, from).trim();
  }
  return text;
}

/** `text` without a label and its link closing it ("…。六度世界：https://6do.world"), or null when it has none. */
function withoutTrailingLink(text: string): string | null {
  const links = [...text.matchAll(LINK)];
  const last = links[links.length - 1];
  if (!last || (last.index ?? 0) + last[0].length !== text.length) return null;
  const colon = LABEL_COLON.exec(text.slice(0, last.index));
  if (!colon) return null;
  let start = colon.index;
  while (start > 0 && colon.index - start < MAX_LABEL_CHARS && !LABEL_END.test(text.charAt(start - 1))) start--;
  return text.slice(0, start).trim();
}

/** `text` without labelled links closing it. */
function withoutTrailingLinks(text: string): string {
  let rest = text.trim();
  for (let shorter = withoutTrailingLink(rest); shorter !== null; shorter = withoutTrailingLink(rest)) rest = shorter;
  return rest;
}

/** The parts of a description the channel wrote about the video, without its pitches and hashtags. */
function descriptionParts(text: string): string[] {
  const parts: string[] = [];
  text.split(RULE_RUN).forEach((part, i) => {
    const pitch = pitchStart(part);
    if (i === 0) parts.push(pitch === null ? part : part.slice(0, clauseStart(part, pitch)));
    else if (pitch === null && !isLinkBlock(part)) parts.push(part);
  });
  return parts.map((part) => withoutTrailingLinks(withoutHashtags(withoutLeadingHashtags(part.trim())))).filter((part) => part !== '');
}

/**
 * A video post whose description a copy sets a paragraph a block (禁闻网's text edition, a video post known by its pointer to
 * the viewing guide): the channel's blocks go — a run of hashtags, a block that is mostly links ("脸书粉丝专页：https://…<br>
 * Twitter：https://…"), a pitch with its link, from the clause it starts in ("…现在您可以透过年代新闻APP，随时随地收看…官网：https://…"),
 * and the label of the related list the copy leaves out ("# # # 相关文章：").
 */
export function removeChannelPitches(root: Element): void {
  for (const block of descendantsByTag(root, TEXT_BLOCK_TAGS)) {
    if (!root.contains(block) || descendantsByTag(block, TEXT_BLOCK_TAGS).length > 0) continue;
    const text = textOf(block);
    const pitch = pitchStart(text);
    const before = pitch === null ? text : text.slice(0, clauseStart(text, pitch));
    const kept = withoutHashtags(withoutLeadingHashtags(before)).replace(TRAILING_DASHES, '').trim();
    // An embedded post that pitches goes whole, with its signature ("— 德傳媒 (@SHENCHUANWH) May 6, 2020").
    if (kept === '' || isLinkBlock(before) || RELATED_HEADINGS.test(kept.replace(SECTION_MARKS, ''))) (closestByTag(block, ['blockquote']) ?? block).remove();
    else if (kept !== text) block.textContent = kept;
  }
}

/** A video post's description without the channel's pitch and hashtags; each part a paragraph of its own. */
export function trimVideoDescription(root: Element, originalUrl: string | null | undefined): void {
  if (!isVideoPage(originalUrl)) return;
  for (const block of descendantsByTag(root, TEXT_BLOCK_TAGS)) {
    if (!root.contains(block) || descendantsByTag(block, TEXT_BLOCK_TAGS).length > 0) continue;
    const text = textOf(block);
    const parts = descriptionParts(text);
    if (parts.length === 1 && parts[0] === text) continue;
    const doc = block.ownerDocument;
    block.replaceWith(
      ...parts.map((part) => {
        const p = doc.createElement('p');
        p.textContent = part;
        return p;
      }),
    );
  }
}
