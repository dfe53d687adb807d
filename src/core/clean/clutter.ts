import type { RelatedLink } from '../article';
import { childElements, childNodesOf, closestByTag, descendantsByTag, firstDescendant, firstDescendantWhere, HEADING_TAGS, linksIn, textNodesIn } from '../dom';
import { collapseWhitespace, hanCount, SENTENCE_END, VISIBLE_CHAR } from '../text';
import { lineBlocks, linesAtBreaks, removeEdgeBreaks, removeFrom, removeJunkBefore, removeLines, replaceWithFigure, textAfter } from './blocks';
import { PORTAL_POST_LINE } from '../meta/date';
import { SUBSCRIBE_WORD, VIEW_COUNTER } from '../meta/labels';

// Mirror clutter shared by every family. Classes and ids are gone in GitHub's shape, so these rules
// read structure and text: link density, recurring promo words, pixel sizes. Bodies are built in detached
// trees, where isConnected is false for every node: "not yet removed" is asked as root.contains(el).

/** Promo and circumvention pitches the generators inject around and inside articles. */
export const PROMO_WORDS = /翻墙|翻牆|三退|退党|退黨|退出中共|禁书|禁書|禁闻网|手机上长按并复制|一键翻墙|法轮功真相|九评共产党|九評共產黨|大纪元首页|新唐人首页|免费翻墙|翻墙必看|动态网|自由门|无界浏览|新闻速递|网站代理|关注我们\s{0,2}(?:[Ff]acebook|脸书)|關注我們\s{0,2}(?:[Ff]acebook|臉書)/;

/** Headings that open related/hot/recommended lists (all taken out of the text), bare or in brackets (Yahoo 新聞's "【相關報道】"),
 * a portal's search suggestions (搜狐's "相关搜索", links to 搜狗's results), and a column's list of its series' parts
 * ("系列文章：" over the links to each part, 眾新聞's); Yahoo 新聞's "其他人也在看" and its partners' "更多 TVBS 報導：", "更多 NOWnews 今日新聞 報導",
 * the name set apart by spaces. */
export const RELATED_HEADINGS = /^[【[]?(?:系列文章|[\u4e00-\u9fff]{0,6}?相关(?:内容|文章|新闻)推荐|小编推荐(?:阅读)?|相关视频(?:攻略)?|相关(?:新闻|文章|阅读|链接|报道|报导|资讯|内容|搜索)?|相關(?:新聞|文章|閱讀|報導|報道|資訊|內容)?|热门(?:新闻|文章)?|熱門(?:新聞)?|推荐(?:阅读|文章)?|推薦(?:閱讀)?|延伸阅读|延伸閱讀|伸延阅读|伸延閱讀|拓展阅读|拓展閱讀|更多[\u4e00-\u9fff]{0,10}?(?:推荐|推薦)|编辑(?:部)?推荐|編輯(?:部)?推薦|更多\s?[\u4e00-\u9fffA-Za-z]{0,10}?\s?(?:新闻|新聞|文章|报道|報道|报导|報導)|最近文章|最多人(?:浏览|瀏覽|阅读|閱讀)|最新(?:新闻|文章)|今日热点|大家都在看|其他人也在看|Related)[】\]]?\s*[:：]?$/i;

/**
 * Of those, the ones that open the outlet's picks (hot, recommended, latest, searches) rather than the article's own
 * related links: their links are not the article's, and are not kept.
 */
const PICKS_HEADINGS = /^[【[]?(?:热门|熱門|推荐|推薦|编辑推荐|編輯推薦|更多|最新|今日热点|大家都在看|其他人也在看|相关搜索)/;

export function textOf(el: Element): string {
  return collapseWhitespace(el.textContent ?? '');
}

/** Share of an element's text that sits inside links. */
export function linkDensity(el: Element): number {
  const total = textOf(el).length;
  if (total === 0) return 0;
  // A link the sanitiser left bare among the blocks (its WeChat <section> unwrapped) is all link.
  if (el.localName === 'a') return 1;
  let linked = 0;
  // A tree walk: jsdom reads a live getElementsByTagName collection item by item in quadratic time (a
  // pasted list of 20,000 links took minutes), and querySelectorAll costs a selector match per call.
  for (const a of descendantsByTag(el, ['a'])) linked += textOf(a).length;
  return linked / total;
}

/** A block that is one link and nothing else. */
export function isLinkLine(block: Element): boolean {
  const links = linksIn(block);
  return links.length === 1 && textOf(links[0]!) === textOf(block);
}

/** An alt that says nothing of the picture: none, or a converter's "Image". */
const NO_ALT = /^(?:image)?$/iu;
/** A picture file's extension at the end of its address's path. */
const PICTURE_FILE = /\.(?:jpe?g|png|gif|webp|avif|bmp|svg)$/iu;

/** Whether `pictures` are a counter's pixels set together: two or more from one host, no alt, none addressed as a picture file
 * ("![Image](https://v.lndata.com/i/a80450,b1452855,c4007,i0,m202,h)" three times over 關鍵評論網's text). */
function arePixelRun(pictures: readonly Element[]): boolean {
  if (pictures.length < 2 || !pictures.every((img) => NO_ALT.test((img.getAttribute('alt') ?? '').trim()))) return false;
  const addresses = pictures.map((img) => {
    try {
      return new URL(img.getAttribute('src') ?? '');
    } catch {
      return null;
    }
  });
  return addresses.every((url) => url !== null && url.host === addresses[0]!.host && !PICTURE_FILE.test(url.pathname));
}

/** Counter and analytics images: 0–1 pixel sizes, a heading of pictures with no words nor alt text (a saved page's counters'
 * pixels in its title's place: "# ![](https://…/i/a80450,b1452855,…)![](…)"), or the same pixels in a block of their own over
 * the text. */
export function removeTrackingPixels(root: Element): void {
  for (const img of descendantsByTag(root, ['img'])) {
    const tiny = (attr: string) => /^\s*[01](?:px)?\s*$/i.test(img.getAttribute(attr) ?? 'x');
    if (tiny('width') || tiny('height')) img.remove();
  }
  for (const heading of descendantsByTag(root, HEADING_TAGS)) {
    const pictures = descendantsByTag(heading, ['img']);
    if (pictures.length > 0 && textOf(heading) === '' && pictures.every((img) => (img.getAttribute('alt') ?? '').trim() === '')) heading.remove();
  }
  const first = firstDescendantWhere(root, (el) => el.localName === 'img' || (el.localName === 'p' && textOf(el) !== ''));
  const block = first?.localName === 'img' ? first.parentElement : null;
  if (block && block !== root && textOf(block) === '' && arePixelRun(descendantsByTag(block, ['img']))) block.remove();
}

const EMPTY_REMOVABLE_TAGS = new Set(['p', 'div', 'span', 'center', 'blockquote', 'li', 'ul', 'ol', 'table', 'tr', 'td', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'strong', 'b', 'em', 'i']);

/** Elements left with neither text nor images once clutter is gone. */
export function removeEmptyElements(root: Element): void {
  // One post-order walk: an element is empty when none of its children kept visible text, an image or a rule.
  const hasContent = (el: Element): boolean => {
    let content = false;
    for (let node = el.firstChild; node; ) {
      const next = node.nextSibling;
      if (node.nodeType === 3) content ||= VISIBLE_CHAR.test(node.nodeValue ?? '');
      else if (node.nodeType === 1) content = hasContent(node as Element) || content;
      node = next;
    }
    if (content || el.localName === 'img' || el.localName === 'hr') return true;
    if (el !== root && EMPTY_REMOVABLE_TAGS.has(el.localName)) el.remove();
    return false;
  };
  hasContent(root);
}

const PROMO_BLOCK_TAGS = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'table', 'div', 'blockquote'];

/** A paragraph of the text is this long at least, and states something with a full stop; a promo block's lines are link
 * titles and pitches ("…载陈破空会员网站 www.chenpokongvip.com 诚请订阅！支持破空，支持中国民主化"), a video channel's with its
 * address spelt out ("章天亮开通自己的会员网站了！邀请您查看https://…  Paypal捐款帐号：… 您的捐款获得联邦抵税。"). */
const MIN_PROSE_PARAGRAPH_CHARS = 80;
const PROSE_FULL_STOP = /[。．]|\.(?:\s|$)/u;
const SPELT_ADDRESS = /https?:\/\/|www\./iu;

/** Whether a block holds a paragraph of the text: long, with few links and no promo word. 禁闻网's short story shares its
 * wrapper with the long titles of its related list and the pitch under them: the wrapper is link-dense and names 翻墙, but
 * it is the story's; the list and the pitch go on their own. */
function holdsProse(block: Element, words: RegExp, minLinkDensity: number): boolean {
  return descendantsByTag(block, ['p']).some((p) => {
    const text = textOf(p);
    const prose = text.length >= MIN_PROSE_PARAGRAPH_CHARS && PROSE_FULL_STOP.test(text) && !SPELT_ADDRESS.test(text);
    return prose && !words.test(text) && linkDensity(p) < minLinkDensity;
  });
}

/** Remove link-dense blocks that carry promo words (video lists, circumvention pitches, portal links). */
export function removePromoBlocks(root: Element, words: RegExp = PROMO_WORDS, minLinkDensity = 0.5): void {
  // One pass over the text spares the block-by-block pass on the many pages without promo words.
  if (!words.test(root.textContent ?? '')) return;
  for (const block of descendantsByTag(root, PROMO_BLOCK_TAGS)) {
    if (!root.contains(block)) continue;
    const text = textOf(block);
    if (text && words.test(text) && linkDensity(block) >= minLinkDensity && !holdsProse(block, words, minLinkDensity)) block.remove();
  }
}

/** Absolute links of a list-like element, for related lists and index pages. */
export function linksOf(el: Element, base: string): RelatedLink[] {
  const links: RelatedLink[] = [];
  for (const a of el.localName === 'a' ? [el] : linksIn(el)) {
    const title = textOf(a);
    const url = absoluteUrl(a.getAttribute('href') ?? '', base);
    if (title && url) links.push({ title, url });
  }
  return links;
}

// An href holding markup: an unclosed quote swallowed what followed it. A generator that cut its notice into a
// tweet's picture link leaves '<a href="ID</a></p><p>— name (@handle) <a href="…">date</a>'.
const SWALLOWED_MARKUP = '</';
const SWALLOWED_TAG = /<[^<>]{0,200}>?/g;

/** Links whose href swallowed the markup after it: its text comes back, as text, before the link's own, and the broken link goes. */
export function unwrapSwallowingLinks(root: Element): void {
  for (const a of linksIn(root)) {
    const href = a.getAttribute('href') ?? '';
    const at = href.indexOf(SWALLOWED_MARKUP);
    if (at < 0) continue;
    const swallowed = collapseWhitespace(href.slice(at).replace(SWALLOWED_TAG, ' '));
    a.replaceWith(...(swallowed ? [`${swallowed} `] : []), ...childNodesOf(a));
  }
}

export function absoluteUrl(href: string, base: string): string | null {
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

// What may hold a list's heading, what may be the heading's block, and the lists themselves.
const RELATED_HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'strong', 'b', 'div'];
const HEADING_BLOCK_TAGS = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div'];
const LIST_TAGS = ['ul', 'ol'];

/** Inline runs a heading may be wrapped in, alone: a WeChat editor's "<span><strong>推荐阅读</strong></span>". */
const HEADING_WRAPPER_TAGS = [...HEADING_BLOCK_TAGS, 'span', 'strong', 'b', 'em'];

/** A heading's line, with what it runs on into ("**推荐**：人物||…", a pick set on the heading's line), is this long at most. */
const MAX_HEADING_LINE_CHARS = 100;

/**
 * The heading's own unit, whose next siblings are its list: its block when that is a line (the pick run into it goes
 * with it), else its outermost block or inline wrapper that holds the heading alone. Never the root itself (a bare
 * <strong> heading sits right in it), nor a container of the text the sanitiser left it in (a WeChat editor's
 * <section>, unwrapped, leaves its heading in the container of the whole post).
 */
function headingUnit(heading: Element, headingText: string, root: Element): Element {
  const block = closestByTag(heading, HEADING_BLOCK_TAGS);
  if (block && block !== root && root.contains(block) && textOf(block).length <= MAX_HEADING_LINE_CHARS) return block;
  let unit = heading;
  for (let parent = unit.parentElement; parent && parent !== root && HEADING_WRAPPER_TAGS.includes(parent.localName) && textOf(parent) === headingText; parent = parent.parentElement) unit = parent;
  return unit;
}

/**
 * Take "相关新闻"-style lists out of the body: the heading (or a short paragraph acting as one) and the
 * list or link paragraphs that follow it; the article's own related links are returned as structured
 * links, the outlet's picks (热门新闻, 推荐阅读…) only removed.
 */
/** A related list as it follows its heading: a list, or a block mostly of links. */
const isListed = (block: Element | null): boolean => !!block && (LIST_TAGS.includes(block.localName) || (textOf(block) !== '' && linkDensity(block) > 0.6));

/** An item of a list whose links the converter lost: a story's title, its date or kind ("2018年09月20日 快讯"), no statement
 * (a title may ask or exclaim: "“你考虑过父母的幸福吗？”"). */
const MAX_RELATED_ITEM_CHARS = 60;

/** Whether nothing of `root` follows `unit`'s parent: what follows `unit` closes the text. */
function closesText(unit: Element, root: Element): boolean {
  for (let parent = unit.parentElement; parent && parent !== root; parent = parent.parentElement) if (parent.nextElementSibling) return false;
  return true;
}

/** Whether `first` and every block after it are a related list's items closing the text, its titles in headings of their
 * own (Human Rights Watch's "更多报导" over "2018年09月20日 快讯" over a linked title, their pictures between): lists, links,
 * short headings and lines, pictures. */
function closesWithItems(first: Element | null): boolean {
  let headed = false;
  for (let block: Element | null = first; block; block = block.nextElementSibling) {
    headed ||= HEADING_TAGS.includes(block.localName);
    if (isListed(block)) continue;
    const text = textOf(block);
    if (text.length > MAX_RELATED_ITEM_CHARS || text.includes('。') || (text === '' && !firstDescendant(block, 'img'))) return false;
  }
  return headed;
}

export function takeRelatedLists(root: Element, base: string, headings: RegExp = RELATED_HEADINGS): RelatedLink[] {
  const related: RelatedLink[] = [];
  for (const heading of descendantsByTag(root, RELATED_HEADING_TAGS)) {
    const headingText = textOf(heading);
    if (!root.contains(heading) || childElements(heading).length > 2 || !headings.test(headingText)) continue;
    const own = !PICKS_HEADINGS.test(headingText);
    const start = headingUnit(heading, headingText, root);
    let next = start.nextElementSibling;
    // Items no list holds, when the heading stands alone over them and they close the text; up to the next list's heading.
    const closing = textOf(start) === headingText && closesText(start, root) && closesWithItems(next);
    start.remove();
    while (next && (closing ? !headings.test(textOf(next)) : isListed(next))) {
      const after = next.nextElementSibling;
      if (own) related.push(...linksOf(next, base));
      next.remove();
      next = after;
    }
  }
  return related;
}

// A post's pointers to the site's other posts at the head or the foot of its text (中国数字时代's "相关阅读"): a label, "相关阅读：",
// "延伸阅读", "推荐阅读", after a topic or the site's name ("伦敦涂鸦墙事件相关阅读：", "中国数字时代相关阅读：", "（CDT编者注）相关阅读："),
// its links run into its line ("相关阅读：[【立此存照】…](…/675212.html)") or under it, a line or a list item each; the feed's
// converter may have lost the links under a label closing the text (one title a line). What follows the run is the text's.
// Yahoo 新聞's partners' label runs its links in the same way ("更多 TVBS 報導：[…](…)" over three more).
const POINTER_LABEL = /^[^\s。！？，,：:]{0,12}(相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|更多\s?[\u4e00-\u9fffA-Za-z]{1,10}\s?(?:報導|报道|新聞|新闻))\s{0,2}[：:]?$/u;
const POINTER_TAGS = ['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol'];
const MAX_POINTERS = 8;
const MAX_POINTER_LABEL_CHARS = 40;

/** A pointer's line, or a list of them: links to posts by title and nothing else (a bare address is a quote's, not a pointer). */
function isPointerItem(block: Element): boolean {
  const links = linksIn(block);
  if (links.length === 0 || links.some((link) => BARE_ADDRESS.test(textOf(link)))) return false;
  if (LIST_TAGS.includes(block.localName)) return childElements(block).every((item) => item.localName === 'li' && linksIn(item).length > 0 && SEPARATORS_ONLY.test(textOutsideLinks(item)));
  return SEPARATORS_ONLY.test(textOutsideLinks(block));
}

/** A title the converter left without its link, under a label closing the text: a short line, no sentence. */
function isUnlinkedPointer(block: Element): boolean {
  const text = textOf(block);
  return block.localName === 'p' && linksIn(block).length === 0 && text.length <= MAX_RELATED_LINE_CHARS && !text.includes('。');
}

/** The label word of the pointer label `block` opens with when its links are all it holds besides ("相关阅读：[…](…)"), or null. */
function pointerLabel(block: Element): string | null {
  if (LIST_TAGS.includes(block.localName) || linksIn(block).some((link) => BARE_ADDRESS.test(textOf(link)))) return null;
  const outside = textOutsideLinks(block);
  if (outside.length > MAX_POINTER_LABEL_CHARS) return null;
  // The separators between the links, left after the label, are a loop's to trim.
  let end = outside.length;
  while (end > 0 && SEPARATORS_ONLY.test(outside[end - 1]!)) end--;
  const label = outside.slice(0, end);
  const match = POINTER_LABEL.exec(label);
  return match && textOf(block).startsWith(label) ? match[1]! : null;
}

/** Take out the runs of pointers heading and closing the text; their links, but the outlet's picks (推荐阅读), as related links. */
export function takeRelatedPointers(root: Element, base: string): RelatedLink[] {
  const related: RelatedLink[] = [];
  const units = descendantsByTag(root, POINTER_TAGS).filter((unit) => !closestByTag(unit.parentElement ?? root, ['li', 'blockquote']) && textOf(unit) !== '');
  const take = (label: Element, word: string, items: readonly Element[]) => {
    if (!PICKS_HEADINGS.test(word)) for (const item of [label, ...items]) related.push(...linksOf(item, base));
    for (const item of [label, ...items]) item.remove();
  };
  const first = units[0];
  const firstWord = first && pointerLabel(first);
  if (first && firstWord) {
    const items: Element[] = [];
    for (let next = first.nextElementSibling; next && items.length < MAX_POINTERS && isPointerItem(next); next = next.nextElementSibling) items.push(next);
    take(first, firstWord, items);
  }
  // The foot: a label the Markdown ran into the line over it ("不断出现的“长相辱包”\n相关阅读："), its links already taken as a list.
  const last = units.at(-1);
  const lastText = last && root.contains(last) ? (last.textContent ?? '').trimEnd() : '';
  const lastLine = lastText.lastIndexOf('\n');
  const trailing = lastText.slice(lastLine + 1).trim();
  if (last && lastLine > 0 && trailing.length <= MAX_POINTER_LABEL_CHARS && POINTER_LABEL.test(trailing)) cutText(last, (last.textContent ?? '').length - lastLine, 'end');
  // Then the last lines, last first, up to a label.
  const tail = units.filter((unit) => root.contains(unit)).slice(-(MAX_POINTERS + 1)).reverse();
  const labelAt = tail.findIndex((unit) => pointerLabel(unit) !== null || !(isPointerItem(unit) || isUnlinkedPointer(unit)));
  const label = tail[labelAt];
  const word = label && labelAt < tail.length - 1 ? pointerLabel(label) : null;
  if (!label || !word) return related;
  const items = tail.slice(0, labelAt).reverse();
  // Titles without links only under a label of their own: a linked label's run is links.
  const linked = items.every(isPointerItem);
  if (linked || (linksIn(label).length === 0 && items.every(isUnlinkedPointer))) take(label, word, items);
  return related;
}

// A pointer a keyword plugin sets inside a paragraph, after the word it keys on (WordPress's, on 禁闻网: "…候选人乔.拜登【相关阅读:
// <a>拜登伪胜选 美洲2总统不睬…</a>】（Joe Biden）已宣布获胜…"): the bracketed label, its links and the closing bracket go, and the
// paragraph's own words on both sides stay. Known by the label opening the bracket and by nothing but links before it closes.
const RUN_IN_POINTER_OPEN = /【\s{0,2}(?:相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀)\s{0,2}[：:]\s{0,2}$/u;
const RUN_IN_POINTER_CLOSE = /^\s{0,2}】/u;
const RUN_IN_POINTER_HINT = /【\s{0,2}(?:相关|相關|延伸|推荐|推薦)/u;
/** The plugin links a post or a few; a longer run is no pointer. */
const MAX_RUN_IN_LINKS = 4;
/** Node types (the DOM's constants, which a window-free core does not reach). */
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Take out the pointers run into paragraphs (RUN_IN_POINTER_OPEN), their links as related links. */
export function takeRunInPointers(root: Element, base: string): RelatedLink[] {
  const related: RelatedLink[] = [];
  if (!RUN_IN_POINTER_HINT.test(root.textContent ?? '')) return related;
  for (const label of textNodesIn(root)) {
    const open = RUN_IN_POINTER_OPEN.exec(label.data);
    if (!open) continue;
    const run: ChildNode[] = [];
    let next = label.nextSibling;
    while (next && run.length <= 2 * MAX_RUN_IN_LINKS) {
      const isLink = next.nodeType === ELEMENT_NODE && (next as Element).localName === 'a' && !BARE_ADDRESS.test(textOf(next as Element));
      if (!isLink && !(next.nodeType === TEXT_NODE && SEPARATORS_ONLY.test(next.textContent ?? ''))) break;
      run.push(next);
      next = next.nextSibling;
    }
    const links = run.filter((node): node is Element => node.nodeType === ELEMENT_NODE);
    if (!next || next.nodeType !== TEXT_NODE || !RUN_IN_POINTER_CLOSE.test(next.textContent ?? '') || links.length === 0 || links.length > MAX_RUN_IN_LINKS) continue;
    for (const link of links) related.push(...linksOf(link, base));
    for (const node of run) node.remove();
    label.data = label.data.slice(0, open.index);
    next.textContent = (next.textContent ?? '').replace(RUN_IN_POINTER_CLOSE, '');
  }
  return related;
}

// An account's sign-off: "扫码关注…", "可长按图片扫码收听", "扫码了解更多！", "长按识别二维码…", "点击下方二维码…", "欢迎关注我们", "欢迎搜寻dw.chinese", "赞赏", "微信搜索“燕京书评”…",
// "防失联，请关注…", "后台回复「…」提取", "长按二维码关注", "点击链接，阅读更多往期精彩文章", WeChat's "微信扫一扫" under a QR code, "扫一扫关注【…】",
// the account card's count of its posts ("这是“刻真”第84篇文章", over the text "【这是半佛仙人的第69篇原创】"), a group's QR caption ("群二维码失效则，添加小编微信号"),
// a call to follow it by the account card WeChat sets under the post ("点击下方卡片，关注极客之家"), the heading of its comments ("留言评论", "精选留言") over their screenshot, a call to star the account ("请朋友们将“观人随笔”加“星标”"), and a copy tool's "SaveSave" (the quote after 微信搜索 sometimes typed the wrong way round: ”燕京书评“); the rule set over the
// sign-off goes with it.
const SIGN_OFF = /微信搜[索尋]\s{0,2}[“”"「『]|防失[联聯]|^(?:精选|精選|写|寫)?留言(?:评论|評論)?$|^(?:评论|評論)\s{0,2}[：:]?\s{0,2}(?:说说你的看法|說說你的看法)?$|[后後]台回[复覆]|微信[扫掃]一[扫掃]|[扫掃]一[扫掃](?:关注|關注)|^(?:Save){2,3}$|扫码(?:关注|添加|加入|阅读|支持|联系|订阅|收听|观看|了解|下载|获得|获取)|掃碼(?:關注|添加|加入|閱讀|支持|聯繫|聯系|訂閱|收聽|觀看|了解|下載|獲得|獲取)|扫描(?:下方|上方|下图|上图)?二维码|(?:长按|長按)二[维維]码|往期精彩|阅读更多往期|原创不易|原創不易|点击[^，。]{0,6}阅读原文|點擊[^，。]{0,6}閱讀原文|欢迎加(?:我的)?微信|歡迎加(?:我的)?微信|閱讀更多往期|(?:分享|转发|轉發)给[^，。,]{0,6}朋友|掃描(?:下方|上方|下圖|上圖)?二維碼|(?:长按|長按)(?:识别|識別|扫描|掃描|关注|關注)|识别二维码|識別二維碼|点击(?:下方|下面的)?二维码|欢迎关注|歡迎關注|[欢歡]迎搜[寻尋]|点击关注|點擊關注|(?:点击|點擊)(?:下方|上方)?(?:卡片|名片)[，,\s]{0,2}(?:关注|關注)|关注[^，。,]{0,6}(?:公众号|微信号)|關注[^，。,]{0,6}(?:公眾號|微信號)|赞赏|讚賞|打赏|打賞|(?:这|這)是\s{0,2}[“"「][^”"」]{1,12}[”"」]\s{0,2}第\s{0,2}\d{1,5}\s{0,2}篇|^[【[]?(?:这|這)是[^，。！？\s“"「]{1,12}的\s{0,2}第\s{0,2}\d{1,5}\s{0,2}篇原[创創][】\]]?$|(?:添加|加)小[编編]微信|二[维維][码碼]已?失效|(?:加|设为|設為|设置|設置)\s{0,2}[“"「]?\s{0,2}星[标標]/u;
// An account's call to add its WeChat by the QR code beside it, or to follow or star it so as not to get lost: "加微信，防迷路：",
// "可以加上面的微信", "更多好内容请关注“法度Lawbj”，防走丢", "设为星标，以防走失".
const ADD_WECHAT_PROMPT = /(?:微信|关注|關注|星标|星標)[^。！？]{0,12}防(?:迷路|走丢|走失)|加(?:上面|下面|上方|下方|上图|下图|上圖|下圖)的?微信/u;
/** A sign-off is a line or two; the text before the last few blocks is the article's. */
const MAX_SIGN_OFF_CHARS = 80;
const SIGN_OFF_TAIL_BLOCKS = 8;
const SIGN_OFF_TAGS = ['p', 'figcaption', 'blockquote', 'h4', 'h5', 'h6', 'strong'];

/**
 * The account's disclaimer over or under a reposted text: "*文章为作者独立观点，不代表虎嗅网立场", "文中图片…来源于
 * 网络，不代表舒城365观点", "[摘编自其它媒体，不代表德国之声观点]"; in its other wordings, "本文仅表达作者个人观点，
 * 并不反映半岛电视台编辑立场", and after the outlet's one-sentence pledge, "德国之声致力于…。文中评论及分析仅代表作者或专家
 * 个人立场。", 自由亚洲电台's "（文章只代表特约评论员个人的立场和观点）". Said of the text itself, never of someone in the news.
 */
const DISCLAIMER =
  /^[[［(（【*＊]?\s{0,2}(?:[^。！？]{0,60}[。！？]\s{0,2})?[^。！？]{0,12}(?:本文|文中|文章|以上|此文|该文|該文|内容|內容|作者|摘编|摘編|声明|聲明|免责|免責)[^。！？]{0,30}(?:不代表|[并並]?不反映|(?:[仅僅]|只)代表[^。！？]{0,6}(?:作者|[个個]人|本人))[^。！？]{0,16}(?:立场|立場|观点|觀點)/u;
const MAX_DISCLAIMER_CHARS = 200;

/** A line that says the text does not speak for the account or site that carries it. */
export function isDisclaimerLine(text: string): boolean {
  return text.length <= MAX_DISCLAIMER_CHARS && DISCLAIMER.test(text);
}

/**
 * A credit for the post's title image, which the mirror does not carry: "题图为《独生国度》剧照，图片：IMDB", "**封面图为…" (a
 * footnote's asterisks), "本文封面图：…1942年作品《…》", "标题图：…的漫画。…".
 */
const TITLE_IMAGE_CREDIT = /^[*＊]{0,2}(?:本文|文章)?(?:题图|題圖|头图|頭圖|标题图|標題圖|封面图|封面圖)\s{0,2}(?:为|為|是|来自|來自|[：:|｜])/u;
const MAX_TITLE_IMAGE_CREDIT_CHARS = 100;

function isTitleImageCredit(text: string): boolean {
  return text.length <= MAX_TITLE_IMAGE_CREDIT_CHARS && TITLE_IMAGE_CREDIT.test(text);
}

/**
 * An account's tag under its post: its originality mark ("土逗原创") or the platform's contract line ("本账号系网易新闻·网易号“各有态度”签约账号",
 * "本文系网易新闻·网易号“各有态度”特色内容。").
 */
const ACCOUNT_TAG = /^\p{Script=Han}{2,10}原创$|^本(?:账号|帳號|帐号|文)系[^。！？]{0,30}(?:签约账号|簽約帳號|签约帐号|特色内容|特色內容)。?$/u;
/** The first half of a sign-off set as a line of its own: "如果有想说的话，" over "欢迎以留言来表达。". */
const RUN_ON_LEAD = /^[^。！？]{1,20}[，,]$/u;

/**
 * An account's call to share, like or comment: "请随手点个好看", "点击文末好看，帮喜欢的文章冲榜", "欢迎以留言来表达", "欢迎朋友圈分享", "认同请转发分享", "赶紧转发给你的亲朋好友吧！", "转给身边更多的人~", the like button named in quotes ("优质内容需要你的 “在看” 支持"). At the
 * end it is a sign-off, but no QR code goes with it (the picture beside it is the post's), and at the head it is
 * the writer's own word ("个人新作…欢迎转发").
 */
const SHARE_PROMPT = /[点點](?:击|擊)?(?:个|個|一下|下|文末|下方)?\s{0,2}(?:好看|在看)|(?:^|赶紧|趕緊|赶快|趕快)(?:转发|轉發|转|轉)给[^，。,！!]{0,8}(?:亲朋好友|親朋好友|身边|身邊|朋友|家人)|[“"「]\s{0,2}(?:好看|在看)\s{0,2}[”"」]|(?:欢迎|歡迎)[^，。,]{0,6}留言|(?:欢迎|歡迎)[^，。,]{0,4}(?:转发|轉發|分享)|[请請](?:随手|隨手)?(?:转发|轉發|点赞|點讚)/u;

/** A short line that is an account's sign-off prompt ("扫码关注…", "长按识别二维码"), which a QR code goes with. */
export function isSignOffLine(text: string): boolean {
  return text.length <= MAX_SIGN_OFF_CHARS && (SIGN_OFF.test(text) || ADD_WECHAT_PROMPT.test(text));
}

/** Whether an account's sign-off prompt stands in `root` after `node` (an account's foot set off by a rule). */
export function signsOffAfter(node: Node, root: Element): boolean {
  return firstDescendantWhere(root, (line) => SIGN_OFF_TAGS.includes(line.localName) && isSignOffLine(textOf(line)), node) !== null;
}

/** A short call to share, like or comment ("欢迎朋友圈分享"); no QR code goes with it. */
export function isSharePrompt(text: string): boolean {
  return text.length <= MAX_SIGN_OFF_CHARS && SHARE_PROMPT.test(text);
}

/** The element beside `el` in one direction, line breaks between them passed over (a QR code, <br>, its prompt). */
function siblingPastBreaks(el: Element, direction: 'previousElementSibling' | 'nextElementSibling'): Element | null {
  let sibling = el[direction];
  while (sibling?.localName === 'br') sibling = sibling[direction];
  return sibling;
}

/**
 * The QR code a sign-off prompt sits with goes: in the prompt's own figure, or the image block just before or after
 * it (line breaks between passed over). Returns the prompt's unit, its figure or itself, still to be removed.
 */
export function removeQrCodeBeside(block: Element): Element {
  const unit = closestByTag(block, ['figure']) ?? block;
  for (const neighbour of [siblingPastBreaks(unit, 'previousElementSibling'), siblingPastBreaks(unit, 'nextElementSibling')]) {
    if (neighbour && textOf(neighbour) === '' && descendantsByTag(neighbour, ['img']).length + (neighbour.localName === 'img' ? 1 : 0) > 0) neighbour.remove();
  }
  return unit;
}

/**
 * Take out an account's sign-off near the end of the text: its short prompt lines ("扫码关注…", "长按识别二维码"),
 * with the line that opens a prompt split in two, and the QR code image each one sits with (in its own figure, or
 * the image block just before or after it), its disclaimer and tag, and the credit of a title image the mirror does
 * not carry.
 */
export function removeSignOffs(root: Element): void {
  const blocks = descendantsByTag(root, SIGN_OFF_TAGS).filter((block) => textOf(block) !== '');
  for (const block of blocks.slice(-SIGN_OFF_TAIL_BLOCKS)) {
    const text = textOf(block);
    // A call to share signs off a text: opening a short post, it is the writer's note on it.
    const sharePrompt = block !== blocks[0] && isSharePrompt(text) && !isSignOffLine(text);
    if (!root.contains(block) || !(sharePrompt || isSignOffLine(text) || isDisclaimerLine(text) || isTitleImageCredit(text) || ACCOUNT_TAG.test(text))) continue;
    const unit = sharePrompt ? (closestByTag(block, ['figure']) ?? block) : removeQrCodeBeside(block);
    if (root.contains(unit)) removeSignOffUnit(unit, sharePrompt || isSignOffLine(text));
  }
}

/**
 * The second half of a prompt set as a line of its own, the account's slogan or ID: "看到真实的世界" under "扫码订阅NGOCN精选邮件",
 * "（CU-JIAN）" under "欢迎关注微信公众号：CU检说法". A few words, no sentence, no picture.
 */
const MAX_PROMPT_TAIL_CHARS = 16;
export const isPromptTail = (el: Element): boolean => {
  const text = textOf(el);
  return text !== '' && text.length <= MAX_PROMPT_TAIL_CHARS && !SENTENCE_END.test(text) && !firstDescendant(el, 'img');
};

/** Take out a sign-off's unit with the rule over it and, for a prompt, the line it was split from ("如果有想说的话，") and its second half. */
export function removeSignOffUnit(unit: Element, prompt: boolean): void {
  const lead = siblingPastBreaks(unit, 'previousElementSibling');
  if (lead && prompt && RUN_ON_LEAD.test(textOf(lead))) lead.remove();
  const tail = siblingPastBreaks(unit, 'nextElementSibling');
  if (tail && prompt && isPromptTail(tail)) tail.remove();
  removeJunkBefore(unit);
  unit.remove();
}

// A theme's date as it prints it: "2021年7月13日", "2021-07-13", "July 13, 2021", "Monday, March 19, 2018", "13 July 2021".
const MONTH_NAME = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\\.?';
const WEEKDAY = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s{1,4})?';
const THEME_DATE = `(?:\\d{4}\\s{0,2}年\\s{0,2}\\d{1,2}\\s{0,2}月\\s{0,2}\\d{1,2}\\s{0,2}日|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|${WEEKDAY}${MONTH_NAME}\\s{1,4}\\d{1,2},?\\s{1,4}\\d{4}|\\d{1,2}\\s{1,4}${MONTH_NAME},?\\s{1,4}\\d{4})`;
// A theme's or a news site's posted-on line, above or under the post: "Published 2021年7月13日 2021年4月14日" (the
// second date the update's), "Posted on July 13, 2021 by admin", "发布于 2021-07-13", Yahoo 新聞's "更新日期：2024年4月3日",
// "发布于: 2022-07-19 18:30". The date was read with the page's metadata; the line is no text.
const POSTED_ON_LABEL =
  'Published|Posted(?:\\s{1,4}on)?|Updated|Last\\s{1,4}updated|发布于|發佈於|發布於|发表于|發表於|更新于|更新於|(?:发布|發佈|發布|发表|發表|更新)(?:日期|时间|時間)';
const POSTED_ON_DATE = `${THEME_DATE}(?:\\s{1,4}\\d{1,2}:\\d{2}(?::\\d{2})?)?`;
const POSTED_ON_LINE = new RegExp(
  `^(?:${POSTED_ON_LABEL})\\s{0,4}[:：]?\\s{0,4}${POSTED_ON_DATE}(?:\\s{0,4}[,|·]?\\s{0,4}${POSTED_ON_DATE}){0,2}(?:\\s{1,4}by\\s{1,4}\\S.{0,40})?$`,
  'iu',
);
// A platform's stamp of where the user posted from, its "IP属地" (搜狐号's "发布于：广东省", set over the post or under it;
// Weibo's and Zhihu's "IP属地：北京"): a line of its own, no text.
const POSTED_FROM_STAMP = /^(?:发布于|發佈於|IP属地|IP屬地)\s{0,2}[：:]\s{0,2}\p{Script=Han}{2,8}$/u;

// A Hugo shortcode a site's source kept where the built page had a player ("{{< video src=\"…/embed/…\" >}}",
// "{{% youtube id %}}"): markup the mirror cannot show, no words.
const HUGO_SHORTCODE_LINE = /^\{\{[<%]\s{0,4}[\w/-]{1,40}(?:\s[^{}]{0,2000})?[>%]\}\}$/u;

// A blog's link back to the contents of the series a post belongs to, a line of its own under the post ("回到本系列的目录",
// "返回目录"): navigation, no text.
const CONTENTS_LINK_LINE = /^(?:回到|返回|回)\s{0,2}(?:本系列|本專題|本专题|系列|專題|专题)?的?\s{0,2}(?:目录|目錄|索引)$/u;

// WeChat's button to a post's source kept as a line of its own, its link lost ("阅读原文"), or a site's "閱讀全文" over a cut text
// (Yahoo 新聞's), or "原始連結" under a partner's story: a button, never a line of text.
const READ_ORIGINAL_BUTTON = /^[阅閱][读讀][原全]文$|^原始[連链][結结接]$/u;

// A site's follow button kept as a line of its own ("追蹤我們", "关注我们"), or its call to follow it on a platform (维基新闻's
// "欢迎追踪中文维基新闻Instagram！", "欢迎加入Yahoo奇摩电影戏剧粉丝团，接收更多Movie讯息！", 当今大马's "关注《当今大马》WhatsApp频道
// 随时接收新闻推送。"), and its column's call for submissions over every piece in it (關鍵評論網's "投稿請寄到
// oped@thenewslens.com 來信請附上…", 维基新闻's "新聞徵稿中！請幫忙完善稿件。").
const FOLLOW_BUTTON = /^(?:追蹤|追踪|關注|关注)(?:我們|我们)?$|^(?:欢迎|歡迎)(?:追蹤|追踪|關注|关注|加入)[^，。！!]{1,30}(?:Instagram|Facebook|Twitter|Telegram|YouTube|WhatsApp|X|微博|脸书|臉書|粉丝团|粉絲團)[^。！!]{0,20}[！!。]?$|^(?:追蹤|追踪|關注|关注|加入)[^，。！!]{1,30}(?:Instagram|Facebook|Twitter|Telegram|YouTube|WhatsApp|LINE|微博|脸书|臉書)\s{0,2}(?:频道|頻道|粉丝团|粉絲團|专页|專頁)?[，,\s]{0,2}(?:随时|隨時|第一时间|第一時間)(?:接收|獲得|获得|掌握)[^。！!]{0,20}[！!。]?$/u;
/** A related label run into its items' titles on one line (星島's "相關新聞：廣州拒批變性舞蹈家金星登台 … 「變性女星」金星離婚"): the
 * links are gone, their titles left as a line; a partner's pointer to more of its stories so ("更多 TVBS 報導：李玲葦血尿不止超驚悚 …",
 * "更多親子天下文章：擁抱玫瑰少年…"). */
const RELATED_RUN_IN = /^(?:相[關关]新[聞闻]|相[關关][報报][導导道]|延伸[閱阅][讀读]|推[薦荐][閱阅][讀读]|更多\s{0,2}[^\s：:。，]{1,10}\s{0,2}(?:[報报][導导道]|文章))\s{0,2}[：:]\s{0,2}[^。\n]{1,300}$/u;
/** A paper's SMS edition's pitch over the text ("温州手机报，移动发送wzsjb到10658000 联通发送…"), and WeChat's instructions for
 * sharing a page ("请用微信 扫一扫 扫描上面的二维码，然后点击页面右上角的 ... 图标…"). */
const SMS_EDITION_PITCH = /^[^，。\s]{0,12}手机报[，,]\s{0,2}(?:移动|联通|电信)\s{0,2}发送/u;
const WECHAT_SHARE_STEPS = /^请用微信\s{0,2}扫一扫\s{0,2}扫描[^。]{0,40}二维码/u;
/** A reposting site's note that it has the writer's leave, naming no one, set over the text ("本文已获得作者授权"; 腾讯新闻's). */
const LEAVE_NOTE = /^(?:本文|文章)已?(?:获得?|獲得?|经|經)(?:作者|原作者)?授[权權](?:转载|轉載|发布|發布|刊登)?[。.]?$/u;
const SUBMISSION_NOTE = /^投稿[請请]寄[到至]\s{0,2}[\w.+-]{1,64}@|^新[聞闻][徵征]稿中[！!]\s{0,2}[請请][幫帮]忙完善稿件。?$/u;
/** A site's mailbox for tips, with its address, set among the text's paragraphs (阿波罗网's "我们阿波罗网刚刚开了1个爆料邮箱，请大家和我们
 * 联系。地址是：…", "阿波罗网爆料邮箱地址是：…"; the address a copy hides as "[email protected]"). */
const TIP_MAILBOX_NOTE = /^[（(]?[^。！？\n]{0,20}(?:爆料|報料|报料)(?:邮箱|郵箱|信箱)[^\n]{0,30}?[：:]\s{0,2}(?:\[email\s{0,2}protected\]|[\w.+-]{1,64}@[\w.-]{1,120})[。.]?[）)]?$/u;
/** A site's appeal for gifts giving the address to give at, set among the paragraphs (阿波罗网's "…被取消广告。再次申请还是被拒。
 * 贝宝Paypal赞助地址是：https://…，可以小额，月付。…", "请您用信用卡和美国Paypal赞助，地址为：https://…"): a short paragraph, the
 * appeal most of it; a story that cites a fund's address says more. */
const DONATION_ADDRESS = /(?:赞助|贊助|捐款|捐助|打赏|打賞)[^。\n]{0,8}(?:地址|網址|网址|链接|鏈接)(?:是|为|為)?\s{0,2}[：:]\s{0,2}https?:\/\//u;
const MAX_DONATION_APPEAL_CHARS = 200;
const isDonationAppeal = (text: string): boolean => text.length <= MAX_DONATION_APPEAL_CHARS && DONATION_ADDRESS.test(text);
/** A video channel's call to subscribe and ring its bell, set among a story made from its programme (阿波罗网's "请您在订阅阿波罗网的
 * 时候，不要忘了点击订阅按钮旁的小铃铛图案…", "欢迎订阅【天路漫游】别忘打开小铃铛…"), or to subscribe at its address (大纪元's "🔔点击订阅
 * 「大纪元新闻网」：http://…"): a short line. The words are two plain searches (one pattern with a gap between them is not linear). */
const BELL_WORD = /小铃铛|小鈴鐺/u;
const SUBSCRIBE_AT = /^\S{0,2}\s{0,2}(?:点击|點擊)?(?:订阅|訂閱)\s{0,2}「[^」\n]{1,30}」\s{0,2}[：:]\s{0,2}https?:\/\//u;
const MAX_SUBSCRIBE_CALL_CHARS = 150;
const isChannelSubscribeCall = (text: string): boolean =>
  text.length <= MAX_SUBSCRIBE_CALL_CHARS && ((SUBSCRIBE_WORD.test(text) && BELL_WORD.test(text)) || SUBSCRIBE_AT.test(text));

// What a blog's feed or theme adds around a post: the like widget copied without its script (WordPress
// Jetpack: "赞过：" over "赞 正在加载……"), the feed's own footers ("The post 标题 first appeared on 寒冬.", a
// feed plugin's "Feed enhanced by Better Feed from Ozh"), the posted-on line, the series' contents link; and WeChat's
// source button a page saved from the post kept.
const BLOG_CHROME_LINES = [
  /^(?:赞过|讚過|喜欢|喜歡|按讚|Like this)\s{0,2}[：:]$/iu,
  /^(?:赞|讚|喜欢|喜歡|Like)\s{0,2}(?:正在加载|正在載入|載入中|Loading)/iu,
  /^The post .{1,300} (?:first appeared|appeared first) on .{1,100}$/u,
  /^Feed enhanced by .{1,80}$/u,
  POSTED_ON_LINE,
  POSTED_FROM_STAMP,
  PORTAL_POST_LINE,
  HUGO_SHORTCODE_LINE,
  CONTENTS_LINK_LINE,
  READ_ORIGINAL_BUTTON,
  FOLLOW_BUTTON,
  SUBMISSION_NOTE,
  TIP_MAILBOX_NOTE,
  isDonationAppeal,
  isChannelSubscribeCall,
  LEAVE_NOTE,
  RELATED_RUN_IN,
  SMS_EDITION_PITCH,
  WECHAT_SHARE_STEPS,
];
const BLOG_CHROME_HINT = new RegExp(`正在加载|正在載入|載入中|Loading|first appeared on|appeared first on|Feed enhanced by|${POSTED_ON_LABEL}|IP[属屬]地|\\d:\\d{2}\\s{0,3}[来來]自|\\{\\{[<%]|目录|目錄|索引|[阅閱][读讀][原全]文|追蹤|追踪|關注|关注|投稿|徵稿|征稿|相[關关]新[聞闻]|相[關关][報报]|延伸[閱阅]|推[薦荐][閱阅]|更多|授[权權]|手机报|扫一扫|粉丝团|粉絲團|WhatsApp|爆料|報料|报料|赞助|贊助|捐款|捐助|打赏|打賞|订阅|訂閱`, 'i');

/** Take out a blog's like widget, its feed's footer line, its posted-on line, a platform's posted-from stamp, its series' contents link,
 * WeChat's source button, and a site's calls for tips, gifts and subscribers set among the paragraphs. */
export function removeBlogChrome(root: Element): void {
  if (BLOG_CHROME_HINT.test(root.textContent ?? '')) removeLines(root, BLOG_CHROME_LINES);
}

// A news site's box about the columnist, closing each of their posts under a rule: the avatar, whose alt is the
// name line set under it ("博客 | 周日"), then a few lines about them. Site chrome, the same under every post.
const MAX_AUTHOR_BOX_CHARS = 500;

/** Take out a columnist's box under the text's last rule: an avatar captioned with the name line after it. */
export function removeAuthorBox(root: Element): void {
  const rules = descendantsByTag(root, ['hr']);
  const rule = rules[rules.length - 1];
  if (!rule || textAfter(rule, root).length > MAX_AUTHOR_BOX_CHARS) return;
  const avatarBlock = siblingPastBreaks(rule, 'nextElementSibling');
  const avatar = avatarBlock && (avatarBlock.localName === 'img' ? avatarBlock : descendantsByTag(avatarBlock, ['img'])[0]);
  const name = collapseWhitespace(avatar?.getAttribute('alt') ?? '');
  if (!avatarBlock || name === '') return;
  // The name line, or the caption it already became (a short line under a picture is its caption).
  const nameLine = textOf(avatarBlock) === '' ? siblingPastBreaks(avatarBlock, 'nextElementSibling') : avatarBlock.localName === 'figure' ? avatarBlock : null;
  if (nameLine && textOf(nameLine) === name) removeFrom(rule, root);
}

// A news site's box about the writer over the text (關鍵評論網's): their picture, whose alt is the writer's name the page credits, and a
// few lines about them under it ("畢業於台大中文系，曾任關鍵評論網記者，…"); then the label of the site's summary ("我們想讓你知道的是", a
// portal's "核心提示：", "摘要："), whose summary stays.
const MAX_WRITER_BIO_CHARS = 200;
/** The box is among the text's first blocks. */
const WRITER_BOX_REACH = 6;
// Or a picture with no alt that links the writer's page on the site ("[![](…png)](https://www.thenewslens.com/author/time)").
const WRITER_PAGE = /^https?:\/\/[^/?#]{1,100}\/(?:author|authors|writer|writers|columnist|columnists)\/[^/?#]{1,100}\/?$/u;
const SUMMARY_LABEL = /^(?:我們想讓你知道的是|我们想让你知道的是|核心提示\s{0,2}[：:]?|(?:内容)?(?:摘要|提要)\s{0,2}[：:])$/u;

/** Take out the writer's box over the text, their picture (named `author`, or linking their page) and the paragraph about them, and
 * the summary's label. */
export function removeWriterBoxOverText(root: Element, author: string | null): void {
  const blocks = lineBlocks(root).slice(0, WRITER_BOX_REACH);
  for (const block of blocks) if (SUMMARY_LABEL.test(textOf(block))) block.remove();
  const isWriterPicture = (block: Element): boolean => {
    const links = linksIn(block);
    const named = author !== null && descendantsByTag(block, ['img']).some((img) => collapseWhitespace(img.getAttribute('alt') ?? '') === author);
    return named || (links.length === 1 && WRITER_PAGE.test(links[0]!.getAttribute('href') ?? ''));
  };
  const picture = blocks.find((block) => root.contains(block) && textOf(block) === '' && descendantsByTag(block, ['img']).length > 0 && isWriterPicture(block));
  const bio = picture && siblingPastBreaks(picture, 'nextElementSibling');
  if (!picture || !bio || descendantsByTag(bio, ['img']).length > 0) return;
  const about = textOf(bio);
  if (about.length > MAX_WRITER_BIO_CHARS || !SENTENCE_END.test(about.at(-1) ?? '') || !siblingPastBreaks(bio, 'nextElementSibling')) return;
  picture.remove();
  bio.remove();
}

// A blog's end mark, set as a paragraph of its own after the last one (iYouPort's "⚪️", a tombstone "∎"): a
// symbol that says "the end", no text; or the word between dashes that a WeChat post carries onto the sites that copy it
// ("- END -", which the Markdown made a list item "END -"; "— THE END —"). (In a WeChat archive's post, "-END-" is
// clean/wechat.ts's, with what follows it.)
const END_MARK = /^(?:[⚪⚫○◯●■□∎◆◇]\uFE0F?|[-—–]{0,3}\s{0,2}(?:THE\s)?END\s{0,2}[-—–]{0,3})$/u;
const END_MARK_HINT = /[⚪⚫○◯●■□∎◆◇]|END/u;
const END_MARK_TAGS = ['p', 'div', 'li'];

// Markdown's image syntax shown as text: a converter escaped it ("[!\[\](https://….jpg)](…)" reads "![](https://….jpg)"),
// or indented it into a code block of its own (a feed item's "                     ![GitHub](https://…/close-button.png)"),
// or the renderer refused its address: a site's icon drawn inline ("![tag icon](data:image/svg+xml,%3csvg…)"), whose
// namespace address the renderer then linked, and showed decoded, spaces and all.
const IMAGE_SYNTAX_TEXT = /^!\[[^\]]{0,200}\]\((?:\S{1,2048}|data:image\/[^\n]{1,8192})\)$/u;
const IMAGE_SYNTAX_TAGS = ['p', 'div', 'li', 'pre'];
// Or the renderer refused an address with spaces in it ("![](https://example.com/Upload/640 (23)(13).jpg)"), the picture's
// caption after it on the line: the syntax opening the line goes, the caption stays.
const IMAGE_SYNTAX_LEAD = /^\s{0,8}(?:!\[[^\]\n]{0,200}\]\((?:[^()\n]|\([^()\n]{0,40}\)){1,2048}\)\s{0,8}){1,10}/u;

/** Take out an image's Markdown syntax shown as text: the picture's address, not words. */
export function removeImageSyntaxText(root: Element): void {
  if (!(root.textContent ?? '').includes('![')) return;
  for (const block of descendantsByTag(root, IMAGE_SYNTAX_TAGS)) {
    if (!root.contains(block)) continue;
    if (IMAGE_SYNTAX_TEXT.test(textOf(block))) block.remove();
    else {
      const lead = IMAGE_SYNTAX_LEAD.exec(block.textContent ?? '');
      if (!lead) continue;
      cutText(block, lead[0].length, 'start');
      if (root.contains(block)) removeEdgeBreaks(block);
    }
  }
}

// A news site's image and video placeholders that a scraper kept as paragraphs of their own: BBC's "Image copyright
// Getty Images Image caption …" (or the caption alone) and "Media playback is unsupported on your device Media caption …"
// (lower case in BBC's layout of autumn 2020: "image copyright Reuters image caption …", "media caption …"), and their machine
// translations ("图片版权EPA图片说明…", "您的设备不支持媒体播放。媒体标题…", the caption alone "媒体标题…"); the picture or video is gone, its credit and
// caption are no text. Where the scraper ran the next paragraph into the line ("…on SundayGermany has expanded
// curbs….", "Getty ImagesA former US treasury secretary says….") it holds text and stays: BBC's captions end with no
// full stop, and a translated caption is short, one sentence at most. 關鍵評論網's credit under its lead picture ("Photo Credit:
// 中央社", on the picture's line or its own) is one too: a credit, which the text's first words would otherwise name as the outlet.
const MEDIA_PLACEHOLDER = /^(?:[Ii]mage copyright\s|[Ii]mage caption\s|media caption\s|Media playback is unsupported on your device)/u;
const TRANSLATED_MEDIA_PLACEHOLDER = /^(?:图片版权|图片说明|媒体标题|您的设备不支持媒体播放。)/u;
// BBC 中文's own credit for a picture in its layout of 2025, "图像来源，Getty Images" (德国之声's "图像来源: picture-alliance/dpa"),
// alone or over the caption, set after a line break: the credit goes, the caption stays.
const PICTURE_CREDIT = /^(?:图像来源|圖像來源)\s{0,2}[，,:：]/u;
const PHOTO_CREDIT = /^[Pp]hoto [Cc]redit\s{0,2}[:：]\s{0,2}\S/u;
const isPhotoCredit = (text: string): boolean => PHOTO_CREDIT.test(text) && text.length <= MAX_PICTURE_CREDIT_CHARS;
const MAX_PICTURE_CREDIT_CHARS = 80;
// BBC 中文's own video placeholder, a line alone where the player was; and the caption of a video or a recording the page
// played, its label before it ("视频加注文字，…", "音頻加註文字，…"): the player is gone, its caption describes nothing here.
// In its layout of 2020 the player's caption, its title and length run together ("Play video, "挑战性别刻板印象的…", 节目全长 5,0805:08").
const CHINESE_MEDIA_PLACEHOLDER = /^你的器材不支持播放多媒体材料$|^Play video, "[^"\n]{0,200}", (?:节目全长|節目全長|Duration) [\d,:]{1,16}$/u;
const PLAYER_CAPTION = /^(?:视频|視頻|音频|音頻)加[注註]文字\s{0,2}[，,]/u;
// A saved page's stand-in for a picture or a video it lost, its label in brackets on a line of its own ("[图片]", "[金星早期影像]",
// "[视频缩略图]"); a footnote's number ("[1]") is no stand-in.
const PICTURE_STAND_IN = /^\[(?!\d{1,3}\])[^[\]]{1,20}\]$/u;
const ENDS_LATIN_SENTENCE = /[.!?]["”’)]?$/u;
const INNER_SENTENCE_END = /[。！？](?=.)/u;
const MAX_PLACEHOLDER_CHARS = 400;
const MAX_TRANSLATED_PLACEHOLDER_CHARS = 100;
// CNN's video player, its labels run into the video's title, twice, and its length: "JUST WATCHED Experts call for more
// testing Replay More Videos ... MUST WATCH Experts call for more testing 03:05"; translated, title and labels reworded
// ("刚刚观看…重播更多视频...必须观看…03:48", "只需观看…", "守望…重放更多视频...守望…11:22"): its middle label and its length mark it.
const PLAYER_MIDDLE = /Replay More Videos \.{3} MUST WATCH |重[播放]更多视频\.{3}/u;
const PLAYER_END = /\d{1,2}:\d{2}$/u;
/** One pass over the text spares the paragraph-by-paragraph pass on the many pages with no placeholder. */
const MEDIA_PLACEHOLDER_HINT = /[Pp]hoto [Cc]redit|[Ii]mage copyright|[Ii]mage caption|media caption|Media playback|图片版权|图片说明|媒体标题|您的设备不支持|你的器材不支持|Play video, |Replay More Videos|更多视频|图像来源|圖像來源|加[注註]文字/u;
// BBC 中文's consent box over an embedded post (YouTube, Instagram, X), the post itself not loaded: its skip link ("跳过 YouTube
// 帖子"), its heading ("允许Google YouTube内容"), its cookie notice, its disclaimer ("告知: BBC 不对外来网站内容负责…") and its end
// ("结尾 YouTube 帖子").
const EMBED_CONSENT_LINES: readonly RegExp[] = [
  /^(?:跳过|跳過|结尾|結尾) \w{1,30} 帖子$/u,
  /^(?:允许|允許)[\w ]{1,30}(?:内容|內容)$/u,
  /^此文包含[^。]{1,40}提供的(?:内容|內容)。/u,
  /^告知[:：]\s{0,2}BBC\s{0,2}不[对對]外来网站(?:内容|內容)[负負]责/u,
];

/** A block's pictures in its place, its words (a credit, a notice) gone. */
function keepPicturesOnly(block: Element): void {
  block.replaceWith(...descendantsByTag(block, ['img']));
}

/** A picture's credit as its line's only words: its author's name linking the picture's page on Wikimedia Commons
 * ("[Shih-Shiuan Kao](https://commons.wikimedia.org/wiki/File:…)" under 關鍵評論網's lead pictures). */
const COMMONS_FILE_PAGE = /^https?:\/\/commons\.(?:m\.)?wikimedia\.org\/wiki\/File:/u;
function isCommonsCredit(block: Element): boolean {
  const links = linksIn(block);
  return links.length === 1 && textOf(links[0]!) === textOf(block) && COMMONS_FILE_PAGE.test(links[0]!.getAttribute('href') ?? '');
}

function isMediaPlaceholder(text: string): boolean {
  if (CHINESE_MEDIA_PLACEHOLDER.test(text)) return true;
  if (isPhotoCredit(text)) return true;
  if (PLAYER_CAPTION.test(text)) return text.length <= MAX_PLACEHOLDER_CHARS;
  if (PLAYER_MIDDLE.test(text) && PLAYER_END.test(text)) return text.length <= MAX_PLACEHOLDER_CHARS;
  if (MEDIA_PLACEHOLDER.test(text)) return text.length <= MAX_PLACEHOLDER_CHARS && !ENDS_LATIN_SENTENCE.test(text);
  const translated = TRANSLATED_MEDIA_PLACEHOLDER.exec(text);
  return !!translated && text.length <= MAX_TRANSLATED_PLACEHOLDER_CHARS && !INNER_SENTENCE_END.test(text.slice(translated[0].length));
}

/** Take out paragraphs that are only a scraped page's image or video placeholder, its credit and caption, and BBC's consent box
 * over a post it embeds. */
export function removeMediaPlaceholders(root: Element): void {
  const text = root.textContent ?? '';
  if (text.includes('帖子')) removeLines(root, EMBED_CONSENT_LINES);
  if (text.includes('[')) for (const block of descendantsByTag(root, ['p'])) if (linksIn(block).length === 0 && PICTURE_STAND_IN.test(textOf(block))) block.remove();
  for (const block of descendantsByTag(root, ['p'])) if (firstDescendant(block, 'img') && isCommonsCredit(block)) keepPicturesOnly(block);
  if (!MEDIA_PLACEHOLDER_HINT.test(text)) return;
  for (const image of descendantsByTag(root, ['img'])) cutCopyrightBeside(image);
  for (const caption of descendantsByTag(root, ['figcaption'])) {
    const label = CAPTION_LABEL.exec(caption.textContent ?? '');
    if (label) cutText(caption, label[0].length, 'start');
  }
  for (const block of descendantsByTag(root, ['p'])) {
    const text = textOf(block);
    // The credit on its picture's line goes, the picture stays.
    if (firstDescendant(block, 'img')) {
      if (isPhotoCredit(text)) keepPicturesOnly(block);
      continue;
    }
    if (PICTURE_CREDIT.test(text)) cutPictureCredit(block, text);
    else if (isMediaPlaceholder(text)) block.remove();
    else if (CAPTION_LABEL.test(text)) captionPicture(block, text);
  }
}

/** A labelled caption set as a paragraph of its own (a saved page's "图像加注文字，…"): the caption of the picture right over it,
 * else a line without its label. */
function captionPicture(block: Element, text: string): void {
  const above = block.previousElementSibling;
  const pictures = above ? [...(above.localName === 'img' ? [above] : []), ...descendantsByTag(above, ['img'])] : [];
  const caption = text.replace(CAPTION_LABEL, '');
  if (above && pictures.length === 1 && textOf(above) === '' && !firstDescendant(above, 'figcaption')) {
    replaceWithFigure(above, pictures[0]!, caption);
    block.remove();
  } else cutText(block, text.length - caption.length, 'start');
}

// BBC's credit set loose beside its picture in its layout of 2020, "图片版权 Reuters/Twitter" (its spans unwrapped): no caption.
const LOOSE_PICTURE_COPYRIGHT = /^(?:图片版权|圖片版權|Image copyright)\s{0,2}[^。！？.!?]{1,60}$/u;

const LOOSE_TEXT_TAGS = new Set(['span', 'small', 'i', 'em']);
// The label over its caption there, kept for screen readers: "Image caption 中国驻英国大使…"; in BBC 中文's layout of 2023 on,
// "图像加注文字，…".
const CAPTION_LABEL = /^\s{0,40}(?:(?:Image caption|图片说明)\s{1,40}|[图圖]像加[注註]文字\s{0,2}[，,]\s{0,2})(?=\S)/u;

/** Take out the credit left as loose text (or short inline runs) right after a picture. */
function cutCopyrightBeside(image: Element): void {
  const loose: ChildNode[] = [];
  for (let node = image.nextSibling; node && (node.nodeType === 3 || (LOOSE_TEXT_TAGS.has((node as Element).localName) && !firstDescendant(node as Element, 'img'))); node = node.nextSibling) loose.push(node);
  if (LOOSE_PICTURE_COPYRIGHT.test(collapseWhitespace(loose.map((node) => node.textContent ?? '').join(' ')))) for (const node of loose) node.remove();
}

/** Take a picture's credit off the line that holds it: up to its line break, or the whole line when it is only the credit. */
function cutPictureCredit(block: Element, text: string): void {
  const lineBreak = childElements(block).find((child) => child.localName === 'br');
  if (!lineBreak) {
    if (text.length <= MAX_PICTURE_CREDIT_CHARS) block.remove();
    return;
  }
  while (block.firstChild && block.firstChild !== lineBreak) block.firstChild.remove();
  lineBreak.remove();
  if (textOf(block) === '') block.remove();
}

// A news site's pointer to another of its stories set inside the text, its link lost, the scraper keeping the box's
// label run into the headline: the Straits Times' "Related Story Coronavirus explainers: What you should know to protect
// yourself", CNN's "Related content Where abandoned airplanes sit…" and "Related video: The evolution of red lipstick",
// machine-translated ("相关故事冠状病毒解释者：…", "相关内容…"; not "相关视频：…", the label 中国数字时代 sets over a video it
// shows). A headline ends with no full stop; where the scraper ran the next paragraph into it ("…compliance Some experts
// have warned….", "…。”他说。") the line holds text and stays.
const INLINE_RELATED_LABEL = /^(?:Related (?:Story|content|video:) |相关(?:故事|内容))\S/u;
const SENTENCE_CLOSE = /[.!]["”’)]?$|[。！]/u;
const MAX_INLINE_RELATED_CHARS = 200;

// A news site's newsletter and follow boxes set inside the text, kept by a scraper as a paragraph: CNN's sections' ("Get CNN
// Health's weekly newsletter Sign up here to get The Results Are In…", "Get our free weekly newsletter Sign up for CNN
// Opinion's new newsletter. Join us on Twitter and Facebook", "Follow CNN Health on Facebook and Twitter See the latest
// news…"), machine-translated ("获取CNN Health的每周时事通讯…", "获取我们的免费每周时事通讯注册CNN Opinion的…").
const INLINE_SIGNUP_BOX = /^(?:Get CNN [\w ]{1,30}'s weekly newsletter|Get our free weekly newsletter Sign up|Follow CNN \w{1,20}(?: Join us)? on (?:Facebook|Twitter)|获取CNN[\w ]{1,30}的每周|获取我们的免费每周|在Facebook和Twitter上关注CNN|关注CNN\S{1,10}在Twitter和Facebook上)/u;
const MAX_SIGNUP_BOX_CHARS = 300;

// A section's note to its readers set inside the text: BBC Travel's box of spring 2020, its label run into it ("Our coverage
// during coronavirus While travelling is on hold…, BBC Travel will continue to inform…", translated "我们在冠状病毒期间的报道
// 由于…"), BBC Future's note over the stories it brought back ("…BBC Future is updating some of our most popular nutrition
// stories…", "…BBC Future带来了一些我们最受欢迎的营养故事。").
const SECTION_NOTE_BOX = /^(?:Our coverage during coronavirus\s|我们在冠状病毒期间的报道)|BBC Future (?:is|are) (?:updating|bringing back) some of our most popular|BBC Future[^。，]{0,12}一些我们最受欢迎的/u;
const MAX_SECTION_NOTE_CHARS = 700;

// A news site's picks box inside the text, its links lost: the heading ("More like this:", "You might also like:",
// "You may also be interested in:", machine-translated "更像这样：", "您可能还喜欢：", "您也可能对。。。有兴趣：") over up to five
// headlines, a list or lines opening with a dash or bullet ("- The homes that reflect their owners", "-反映主人的房屋", "• Why
// the world is running out of sand"). The scraper may have run the heading into the next paragraph ("You might also like:One
// aspect that…"): the heading goes, the text stays; run into its headlines ("…interested in:• Why the French love to say
// no• …") the whole line goes.
const PICKS_BOX_HEADING = /^(?:More like this|You might also like|You may also (?:like|be interested in)|更像这样|您可能还喜欢|你可能还喜欢|您也可能对。。。有兴趣|您可能也?对以下内容也?感兴趣)\s{0,2}[:：]?/u;
const PICK_LINE = /^[-•]\s{0,2}\S/u;
const MAX_PICKS = 5;
const MAX_PICK_CHARS = 120;

function isInlineBox(text: string): boolean {
  if (INLINE_SIGNUP_BOX.test(text)) return text.length <= MAX_SIGNUP_BOX_CHARS;
  if (SECTION_NOTE_BOX.test(text)) return text.length <= MAX_SECTION_NOTE_CHARS;
  return text.length <= MAX_INLINE_RELATED_CHARS && INLINE_RELATED_LABEL.test(text) && !SENTENCE_CLOSE.test(text);
}

/** Whether `el` holds one of a picks box's headlines: a short list of short lines, or a line opening with a dash or bullet. */
function isPicks(el: Element): boolean {
  const text = textOf(el);
  if (el.localName === 'p') return text.length <= MAX_PICK_CHARS && PICK_LINE.test(text);
  if (el.localName !== 'ul' && el.localName !== 'ol') return false;
  const items = descendantsByTag(el, ['li']);
  return items.length > 0 && items.length <= MAX_PICKS && items.every((item) => textOf(item).length <= MAX_PICK_CHARS);
}

/** Take out a picks box's heading (`block`) and the headlines under it; a heading run into text loses only itself. */
function removePicksBox(block: Element, heading: string): void {
  const text = textOf(block);
  if (heading.length < text.length) {
    // Run in: only after the heading's colon ("You might also like:One aspect…"); "More like this story…" is a sentence.
    if (!/[:：]$/u.test(heading)) return;
    const rest = text.slice(heading.length);
    if (PICK_LINE.test(rest) && rest.length <= MAX_PICKS * MAX_PICK_CHARS) block.remove();
    else cutText(block, (block.textContent ?? '').indexOf(heading) + heading.length, 'start');
    return;
  }
  for (let next = block.nextElementSibling, taken = 0; next && taken < MAX_PICKS && isPicks(next); taken++) {
    const picks = next;
    next = next.nextElementSibling;
    picks.remove();
    if (picks.localName !== 'p') break;
  }
  block.remove();
}

/** Take out paragraphs that are a news site's box set inside the text: a pointer to another story, its label and
 * headline without the link, a newsletter or follow box, a section's note to its readers, or a picks box. */
export function removeInlineBoxes(root: Element): void {
  const text = root.textContent ?? '';
  if (!/Related |相关|CNN|BBC|More like this|You m(?:ight|ay) also|更像这样|可能还喜欢|可能也?对|也可能对|冠状病毒期间/u.test(text)) return;
  for (const block of descendantsByTag(root, ['p'])) {
    if (!root.contains(block) || firstDescendant(block, 'img')) continue;
    const blockText = textOf(block);
    const heading = PICKS_BOX_HEADING.exec(blockText);
    if (heading) removePicksBox(block, heading[0]);
    else if (isInlineBox(blockText)) block.remove();
  }
}

// A scraped page's byline left as the text's first paragraph: CNN's "Written by Oscar Holland, CNN", "Written by Tom Page;
// Video by …, CNN", the same out of order ("Ashley Strickland , CNN Written by"), translated ("由CNN的Oscar Holland撰写").
// The writer is read from the page's own credit; the line is no text. A line the next paragraph ran into ends as a sentence does.
// A column's byline in lenticular brackets opening the text, the writer's note run on under it (眾新聞's 眾聲 and blogs:
// "【撰文：林社炳】 作者為資深新聞工作者，現已退休", "【撰文：瓦丸／攝影：壹一】"): the writers' credit, no text. A bracket the
// text runs on from ("【撰文：X】雨，疏疏碎碎…") is the text's first sentence and stays.
const BRACKETED_BYLINE = '【(?:撰文|作者|文)\\s{0,2}[：:][^】]{1,80}】(?:\\s{0,4}(?:作者|筆者|笔者)(?:為|为|是|係)[^\\n]{1,200})?';
const LEAD_BYLINE = new RegExp(`^(?:Written by\\s[^.!?]{2,100}|[^.!?]{2,60}\\sWritten by|由[^。，！？]{1,40}撰写|${BRACKETED_BYLINE})$`, 'u');
// An English op-ed's byline over its text, a block of its own or the first line of one, the writer's description in
// emphasis on the line under it (眾新聞's "By Alvin Chan" over "***A 17 year old student's view on global affairs***", "**By
// Benedict Rogers**", "By Professor Ben Cowling, School of Public Health, …"): the writer's credit, no text. The name runs
// to a comma or semicolon; a sentence opening "By" ("By August 17, 2017, he could declare…") names a day or ends as one.
const ENGLISH_BYLINE = /^By\s{1,2}(\p{Lu}[^\d,;!?"“”:]{1,60}?)\s{0,2}(?:[,;][^!?"“”]{1,150})?(?<!\.)$/u;
/** A byline stands among the first blocks of the text (an editor's note may come first). */
const ENGLISH_BYLINE_BLOCKS = 3;
// BBC's article head in its layout of autumn 2020, as the scraper kept it: the headline (and the writer's lines, if any)
// run into the time label and the topic the page is filed under, "Cheng Lei: … detained in China Published duration 6
// hours ago Related Topics Coronavirus pandemic", over one to three paragraphs; translated "…发布时间1小时前相关主题…".
// The headline is the page's title, the rest no text; the label, closing the head, marks it.
const BBC_HEAD_END = /(?:\sPublished duration \d{1,3} (?:minutes?|hours?|days?) ago(?: Related Topics [^.!?]{1,80})?|发布时间\s?\d{1,3}\s?(?:分钟|小时|天)之?前(?:相关主题[^。！？]{1,40})?)$/u;
const MAX_BBC_HEAD_BLOCKS = 3;
const MAX_BBC_HEAD_CHARS = 300;
// A theme's share buttons' label, kept alone over the text when the reader took their column with the post (Mediumish).
const SHARE_LABEL = /^(?:Share(?: this(?: post| article)?)?|分享(?:到|本文|此文)?)[:：]?$/iu;
// A link's label the scraper kept as the last paragraph, where it stopped reading: CNN's "Read More" (translated "阅读更多"),
// the Straits Times' "READ MORE HERE" closing each section of its round-ups.
const MORE_LABEL = /^(?:Read [Mm]ore(?: [Hh]ere)?|READ MORE(?: HERE)?|阅读更多|閱讀更多)$/u;
// The heading of an account's picks closing the text once the picks themselves are gone (links and cards taken as
// clutter): "继续阅读：", "推荐阅读" with the asterisks of an unrendered bold run ("**** 推荐阅读********"), a portal's "相关报道".
const PICKS_HEADING_LEFT = /^[*\s]{0,12}(?:(?:继续|繼續|推荐|推薦|延伸|相关|相關|更多|往期)(?:阅读|閱讀)|相关报道|相關報導|相关新闻|相關新聞)[*\s]{0,12}[：:]?[*\s]{0,12}$/u;

// A news site's standard closing lines, kept by a scraper: BBC's features ("Join more than three million BBC Travel fans
// by liking us on Facebook…", "If you liked this story, sign up for the weekly bbc.com features newsletter…", "If you
// would like to comment on this story or anything else you have seen on BBC Culture…", "Love TV? Join BBC Culture’s TV fans
// on Facebook…") and regions ("Follow BBC
// Yorkshire on Facebook…", "Follow Newsbeat on Instagram…", "Listen to Newsbeat live at…"; entertainment's "Follow us on
// Facebook, or on Twitter @BBCNewsEnts…").
const SITE_FOOTER_LINE = /^(?:Love [\w ]{1,20}\? Join BBC|Join more than [\w ]{1,40} fans by liking us on Facebook|(?:And i|I)f you liked this story, sign up for the weekly bbc\.com|If you would like to comment on this story or anything else you have seen on BBC|Follow (?:BBC|Newsbeat)\b[^.]{0,60}\bon (?:Facebook|Twitter|Instagram)|Follow us on (?:Facebook|Twitter)\b[^.]{0,40}@BBC|Listen to Newsbeat live)/u;
// The same machine-translated ("通过在Facebook上赞我们…加入超过300万BBC Travel粉丝。", "如果您喜欢这个故事，请注册bbc.com每周…",
// "如果您想评论这个故事或在BBC Culture上看到的…", "喜欢影视吗？加入Facebook上的BBC文化…", "在Facebook或Twitter @BBCNewsEnts上关注我们。",
// "在Instagram，Facebook，Twitter和YouTube上关注Newsbeat。"), and BBC News' call for readers' stories closing a report
// ("How have you been affected by…? Share your experiences by emailing haveyoursay@bbc.co.uk.", "Please include a contact
// number if you are willing to speak to a BBC journalist…", "如果您愿意与BBC记者交谈，请提供联系电话。…").
const TRANSLATED_SITE_FOOTER_LINE = /^(?:通过在Facebook上(?:赞|喜欢)我们|如果您喜欢这个故事，请注册bbc\.com|如果您想评论这个故事或在BBC|(?:喜欢|爱)(?:影视|电影|电视)吗？加入|在Facebook或Twitter @BBC|在[\w，、和 ]{1,40}上关注(?:BBC|Newsbeat))/u;
const READERS_CALL_LINE = /by emailing haveyoursay@bbc\.co\.uk\.?$|电子邮件至haveyoursay@bbc\.co\.uk|^Please include a contact number if you are willing to speak to a BBC journalist|^如果您愿意与BBC记者交谈/u;
const MAX_SITE_FOOTER_CHARS = 300;
// A paper's own lines under its text: The Economist's print-edition footnote ("This article appeared in the Asia section of
// the print edition under the headline …") and its pointer to a newsletter of its own ("Editor’s note: Some of our covid-19
// coverage is free for readers of The Economist Today, our daily newsletter. …", "For more coverage of climate change,
// register for The Climate Issue, our fortnightly newsletter, or visit our climate-change hub").
const PRINT_EDITION_LINE = /^This article appeared in the [^.]{1,60} section of the print edition\b/u;
const OWN_NEWSLETTER_LINE = /^[^.]{0,120}\bour (?:daily|weekly|fortnightly|monthly) newsletter\b/u;
// A feature series' blurb closing each of its stories: "Culinary Roots is a series from BBC Travel connecting to…", "Why We
// Are What We Are is a BBC Travel series examining…", translated "《烹饪根源》是BBC Travel的系列节目，…", "Comeback Cities是英国
// 广播公司（BBC）的旅行丛书，…".
const SERIES_BLURB = /^[^.!?]{2,60} is an? (?:series from BBC \w{1,10}\b|[^.!?]{0,40}\bBBC \w{1,10} series\b)|^[^。！？]{2,40}是[^。！？]{0,16}(?:BBC ?\w{1,10}|BBC旅行|英国广播公司(?:（BBC）)?的?旅行社?)的?(?:系列|丛书)/u;

// A pointer to another post that a feed's converter left without its link, closing or opening the text: "相关阅读：【404文库】【重温】
// 人民日报 | 全票当选更危险" (a line that still links is a related list's, read with the shared steps).
const UNLINKED_RELATED_LINE = /^(?:相关阅读|相關閱讀|延伸阅读|延伸閱讀)\s{0,2}[：:]\s{0,2}\S/u;
const MAX_RELATED_LINE_CHARS = 100;
// 中国数字时代's outro closing its podcast and video posts (【404文库】, 【404档案馆】, 【CDTV】): its pitch for submissions ("中国数字
// 时代 CDT 致力于记录和传播中文互联网上被审查的信息…欢迎大家通过电报(Telegram)平台 向我们投稿…", its QR code under it), the pointer
// to the call ("了解更多投稿信息，请阅读中国数字时代征稿说明") and to its channels ("欢迎读者访问 CDT播客 和 CDT视频 收听/观看更多相关内容。").
const CDT_OUTRO_LINE = /^(?:中国数字时代\s{0,2}CDT\s{0,2}致力于记录和传播|了解更多投稿信息|欢迎读者访问\s{0,2}CDT播客)/u;
const MAX_CDT_OUTRO_CHARS = 200;

// A programme's standing blurb over each episode's text, saying where to listen: "《404档案馆》讲述中国审查与反审查的故事，同时以文字、
// 音频和视频的形式发布。播客节目可在 Apple Podcasts, Google Podcasts, Spotify 或泛用型播客客户端搜索“404档案馆”进行收听，视频节目可在
// Youtube“中国数字时代· 404档案馆”频道收看。" (under an editor's note when there is one).
const LISTENING_POINTER = /可在\s{0,2}(?:Apple Podcasts|Google Podcasts|Spotify|YouTube|Youtube|小宇宙|喜马拉雅)/u;
const ENDS_AT_LISTENING = /(?:收听|收聽|收看)[。.]?$/u;
const MAX_PROGRAMME_BLURB_CHARS = 300;
const PROGRAMME_BLURB_BLOCKS = 3;

function isProgrammeBlurb(text: string): boolean {
  return text.length <= MAX_PROGRAMME_BLURB_CHARS && LISTENING_POINTER.test(text) && ENDS_AT_LISTENING.test(text);
}

function isCdtOutroLine(text: string): boolean {
  return text.length <= MAX_CDT_OUTRO_CHARS && CDT_OUTRO_LINE.test(text);
}
// A link whose text is its address names no post: the converter's anchor left open ("相关阅读：<a href=\"https://…/668078.html)"),
// linkified.
const BARE_ADDRESS = /^https?:\/\/\S{1,2048}$/u;
// A series' pointer to its previous issue opening the text: CDT's weekly "上期周报：【CDT周报】第174期：…", its serials'
// "接上期：【CDT连载】巴奴的救赎（17）". Linked or not, it is navigation.
const PREVIOUS_ISSUE_LINE = /^(?:上期周报|接上期)\s{0,2}[：:]\s{0,2}\S/u;

// BBC's topic list closing a page of its layout of autumn 2020, one topic a paragraph after the label: "Related Topics
// History" / "Belgium" (translated "相关主题历史" / "比利时"). Links to topic pages, lost; a topic is a name, not a sentence.
const TOPICS_LABEL = /^(?:Related Topics\s|相关主题)\S/u;
const MAX_TOPIC_CHARS = 60;
const MAX_TOPIC_LINES = 6;

/** The first `count` of `blocks` that hold text, read no further. */
export function withText(blocks: readonly Element[], count: number): Element[] {
  const found: Element[] = [];
  for (const block of blocks) {
    if (found.length === count) break;
    if (textOf(block) !== '') found.push(block);
  }
  return found;
}

/** The label opening BBC's topic list, when the text's last paragraphs are that list (and text comes before it). */
function topicsLabel(blocks: readonly Element[]): Element | null {
  // The last lines, last first, and the one before them: the label needs text above it.
  const lines = withText(blocks.slice().reverse(), MAX_TOPIC_LINES + 1);
  for (const [i, line] of lines.slice(0, MAX_TOPIC_LINES).entries()) {
    const text = textOf(line);
    if (text.length > MAX_TOPIC_CHARS) return null;
    if (TOPICS_LABEL.test(text)) return i + 1 < lines.length ? line : null;
    if (SENTENCE_END.test(text) || ENDS_LATIN_SENTENCE.test(text)) return null;
  }
  return null;
}

/** Take `count` characters of text off one end of `block`, whatever nodes (a linkified address) hold them. */
export function cutText(block: Element, count: number, end: 'start' | 'end'): void {
  const nodes = textNodesIn(block);
  if (end === 'end') nodes.reverse();
  let left = count;
  for (const node of nodes) {
    if (left <= 0) break;
    const text = node.data;
    const cut = Math.min(left, text.length);
    node.data = end === 'start' ? text.slice(cut) : text.slice(0, text.length - cut);
    left -= cut;
  }
  // A link the head held (the base address, linkified) is left empty: it goes.
  for (const link of descendantsByTag(block, ['a'])) if (textOf(link) === '' && !link.querySelector('img')) link.remove();
  if (textOf(block) === '' && !block.querySelector('img')) block.remove();
}

// 中国数字时代's archive tags closing a post, each naming a collection of its archive (CDS): "CDS档案 | 李文亮",
// "CDS档案｜新冠病毒事件总汇", several in a row, on a line of their own or run into the last paragraph ("…叼飞盘。 CDS档案|胡锡进");
// their links lost (the feed backup's first months keep the text alone, Python's "\xa0" escape in it), they are no text.
const ARCHIVE_TAG = 'CDS档案';
const ARCHIVE_TAG_NAME = /^[\s\u00a0]{0,3}(?:\\xa0)?[\s\u00a0]{0,3}[|｜][^|｜]{1,80}$/u;

/** Where the run of archive tags closing `text` starts, or -1. */
function archiveTagsStart(text: string): number {
  for (let start = text.indexOf(ARCHIVE_TAG); start >= 0; start = text.indexOf(ARCHIVE_TAG, start + 1)) {
    const names = text.slice(start + ARCHIVE_TAG.length).split(ARCHIVE_TAG);
    if (names.every((name) => ARCHIVE_TAG_NAME.test(name))) return start;
  }
  return -1;
}

/** Take the archive tags off the end of a closing block; whether the block had any. */
function cutArchiveTags(block: Element): boolean {
  const text = block.textContent ?? '';
  const start = text.includes(ARCHIVE_TAG) ? archiveTagsStart(text.trimEnd()) : -1;
  if (start < 0) return false;
  cutText(block, text.length - start, 'end');
  return true;
}

// 中央社's date code after the staff credit that closes its text, its Minguo date run into the line ("…（編輯：呂佳蓉/朱建陵）1141110",
// "（譯者：…）1141105"; once the Western date, "（編譯：陳正健）20251113"): the credit stays, the code is no text.
const CREDIT_DATE_CODE = /[（(](?:編輯|編譯|譯者|编辑|编译|译者)\s{0,2}[：:][^（）()]{1,40}[）)]\s{0,2}(\d{5,8})$/u;

// 纽约时报中文网's pointers, each a link alone, under its text: to the English original ("点击查看本文英文版。") and, closing
// a writer's note, to the writer's page ("点击查看更多关于他的信息。").
const NYT_POINTER = /^(?:点击查看本文英文版|點擊查看本文英文版|点击查看更多关于(?:他|她|他们|她们)的信息|點擊查看更多關於(?:他|她|他們|她們)的信息)。?$/u;
// 纽约时报中文网's byline opening its text, the writers in capitals, a Chinese name among them ("ANTON TROIANOVSKI, PAUL SONNE",
// "黄安伟, ERIC SCHMITT"), its <address> lost.
const BYLINE_NAME_SEPARATOR = /,\s{0,2}|、|\sAND\s/u;
const CAPITALS_NAME = /^[A-Z][A-Z .'’-]{1,60}[A-Z.]$/u;
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;
const MAX_CAPITALS_BYLINE_CHARS = 120;

function isCapitalsByline(text: string): boolean {
  if (text.length > MAX_CAPITALS_BYLINE_CHARS) return false;
  const names = text.split(BYLINE_NAME_SEPARATOR);
  const latin = names.filter((name) => CAPITALS_NAME.test(name) && name.includes(' ') && !name.includes('  '));
  return latin.length > 0 && names.every((name) => latin.includes(name) || HAN_NAME.test(name));
}

/** Take out 纽约时报中文网's byline in capitals opening a Chinese text, and its pointers under it. */
function removeNytEdges(root: Element): void {
  for (const link of descendantsByTag(root, ['a'])) if (NYT_POINTER.test(textOf(link))) link.remove();
  const lead = textNodesIn(root).find((node) => node.data.trim() !== '');
  if (lead && !closestByTag(lead.parentElement ?? root, ['h1', 'h2', 'h3']) && isCapitalsByline(lead.data.trim()) && hanCount(root.textContent ?? '') > 0) lead.remove();
}

// BBC 中文's byline block in its layout of 2023 on, a label over a list: "Article Information" over "Author, 吕嘉鸿", "Role, BBC 中文",
// the date ("2025年11月5日", "22 分钟前", a saved page's "Date: 2021年12月15日") and "Reporting from 台北".
// Its case as the page was saved: "Article information" before 2025.
const BBC_BYLINE_LABEL = /^Article information$/i;
const BBC_BYLINE_HINT = /Article information/i;

function removeBbcBylineBlock(root: Element): void {
  if (!BBC_BYLINE_HINT.test(root.textContent ?? '')) return;
  const label = descendantsByTag(root, ['strong', 'b', 'p', 'h2', 'h3']).find((el) => BBC_BYLINE_LABEL.test(textOf(el)));
  if (!label) return;
  const parent = label.parentElement;
  const line = parent && parent !== root && parent.localName === 'p' && BBC_BYLINE_LABEL.test(textOf(parent)) ? parent : label;
  const list = line.nextElementSibling;
  if (list && (list.localName === 'ul' || list.localName === 'ol')) list.remove();
  line.remove();
}

/** Take the date code off a closing block that ends in a staff credit. */
function cutCreditDateCode(block: Element): void {
  const text = block.textContent ?? '';
  const code = CREDIT_DATE_CODE.exec(text.trimEnd())?.[1];
  if (code) cutText(block, text.length - text.trimEnd().length + code.length, 'end');
}

function isClosingLine(block: Element): boolean {
  const text = textOf(block);
  if (MORE_LABEL.test(text) || PICKS_HEADING_LEFT.test(text)) return true;
  if (text.length <= MAX_SITE_FOOTER_CHARS && [SITE_FOOTER_LINE, TRANSLATED_SITE_FOOTER_LINE, READERS_CALL_LINE, SERIES_BLURB, PRINT_EDITION_LINE, OWN_NEWSLETTER_LINE].some((line) => line.test(text))) return true;
  return isCdtOutroLine(text) || isUnlinkedRelatedLine(block);
}

/** A related post named without its link: "相关阅读：【404文库】…" (a link whose text is its bare address names none). */
function isUnlinkedRelatedLine(block: Element): boolean {
  const text = textOf(block);
  return text.length <= MAX_RELATED_LINE_CHARS && UNLINKED_RELATED_LINE.test(text) && linksIn(block).every((link) => BARE_ADDRESS.test(textOf(link)));
}

// BBC 中文's sections under its text in its layout of 2023 on, each under a heading, saved with a page: its picks ("你或许还对这些
// 内容感兴趣：" over a video), the story's topics ("相关主题内容"), its related stories and the most read ("更多相关内容", "热读").
const BBC_CLOSING_HEADING = /^(?:你或许还对这些内容感兴趣|你或許還對這些內容感興趣|相关主题内容|相關主題內容|更多相关内容|更多相關內容|热读|熱讀|最多人阅读|最多人閱讀)\s{0,2}[：:]?$/u;

/** Take out BBC's sections from the first of their headings on, when they are the smaller part of the text, with the picture
 * set alone right over them, uncaptioned (BBC's bar): the text's own pictures have their captions by now. */
function cutBbcClosingSections(root: Element): void {
  const heading = descendantsByTag(root, HEADING_TAGS).find((el) => BBC_CLOSING_HEADING.test(textOf(el)));
  if (!heading) return;
  const after = textAfter(heading, root).length;
  if (after >= (root.textContent ?? '').length - after - textOf(heading).length) return;
  const above = heading.previousElementSibling;
  const bar = above && textOf(above) === '' && (above.localName === 'img' || descendantsByTag(above, ['img']).length === 1);
  removeFrom(bar ? above : heading, root);
}

/** Whether every piece of text among `nodes` is in emphasis: a writer's description set under the byline. */
function isEmphasised(nodes: readonly ChildNode[]): boolean {
  return nodes.every((node) => (node.nodeType === 1 ? ['em', 'strong', 'i', 'b'].includes((node as Element).localName) : (node.textContent ?? '').trim() === ''));
}

/** Take out an English byline opening the text (ENGLISH_BYLINE), with its line of description; the writer it names. */
export function takeEnglishByline(root: Element): string | null {
  for (const block of withText(descendantsByTag(root, ['p']), ENGLISH_BYLINE_BLOCKS)) {
    const lines = linesAtBreaks(childNodesOf(block));
    const first = collapseWhitespace(lines[0]!.map((node) => node.textContent ?? '').join(''));
    const name = ENGLISH_BYLINE.exec(first)?.[1];
    if (name === undefined || lines.length > 2 || (lines.length === 2 && !isEmphasised(lines[1]!))) continue;
    block.remove();
    return name.trim();
  }
  return null;
}

/**
 * Take out what a scraper left opening the text, a byline, a share buttons' label, BBC's head or a series' pointer to
 * its previous issue or a related post named without its link, a programme's blurb or a view counter, and what a scraper or a feed's converter left closing it: BBC's
 * topic list, a "Read More" label, a site's standard closing lines, a related post named without its link, CDT's outro, its archive tags, 中央社's date code; 纽约时报中文网's
 * byline and pointers, BBC 中文's byline block and its sections under the text.
 */
export function removeScrapedEdges(root: Element): void {
  removeBbcBylineBlock(root);
  cutBbcClosingSections(root);
  // Only the edges are read: the paragraphs in between are the text's.
  const blocks = descendantsByTag(root, ['p']);
  const opening = withText(blocks, MAX_BBC_HEAD_BLOCKS);
  const headEnd = opening.findIndex((block) => BBC_HEAD_END.test(textOf(block)));
  const head = opening.slice(0, headEnd + 1);
  if (headEnd >= 0 && head.reduce((chars, block) => chars + textOf(block).length, 0) <= MAX_BBC_HEAD_CHARS) for (const block of head) block.remove();
  const first = blocks.find((block) => root.contains(block) && textOf(block) !== '');
  const firstText = first ? textOf(first) : '';
  const previousIssue = firstText.length <= MAX_RELATED_LINE_CHARS && PREVIOUS_ISSUE_LINE.test(firstText);
  if (first && (LEAD_BYLINE.test(firstText) || SHARE_LABEL.test(firstText) || previousIssue || isUnlinkedRelatedLine(first))) first.remove();
  for (const block of withText(blocks.filter((block) => root.contains(block)), PROGRAMME_BLURB_BLOCKS)) {
    const text = textOf(block);
    // A site's view counter set as a line of its own over the text (文学城's "被阅读次数 33261", "人气: 167") is no text.
    if (isProgrammeBlurb(text) || VIEW_COUNTER.test(text)) block.remove();
  }
  removeNytEdges(root);
  const topics = topicsLabel(blocks);
  if (topics) removeFrom(topics, root);
  for (let i = blocks.length - 1; i >= 0 && blocks[i] !== first; i--) {
    const last = blocks[i]!;
    if (textOf(last) === '') continue;
    if (isClosingLine(last)) {
      // The QR code of the outro's submissions bot stands right under its pitch (a picture over an outro line is the text's).
      const under = isCdtOutroLine(textOf(last)) ? siblingPastBreaks(last, 'nextElementSibling') : null;
      if (under && textOf(under) === '' && (under.localName === 'img' || firstDescendant(under, 'img'))) under.remove();
      last.remove();
    }
    else {
      cutCreditDateCode(last);
      if (!cutArchiveTags(last) || root.contains(last)) break;
    }
  }
}

/** Take out end marks standing alone among the text's last blocks. */
export function removeEndMarks(root: Element): void {
  if (!END_MARK_HINT.test(root.textContent ?? '')) return;
  const tail = descendantsByTag(root, END_MARK_TAGS).filter((block) => textOf(block) !== '').slice(-SIGN_OFF_TAIL_BLOCKS);
  for (const block of tail) if (root.contains(block) && END_MARK.test(textOf(block))) block.remove();
}

// An outlet's rights notice (© 2021 德国之声版权声明：…, 版权声明：…未经授权不得转载, its label in a bold run left unrendered
// "**版权声明：**以上内容为…" or after the outlet's name "财新博客版权声明：…", 未经允许禁止转载, 本文未经允许请勿转载,
// 本文版权归“棱镜”公众号所有…, 文章为每日人物原创 侵权必究, （…。版权属于财新网，禁止转载。）) is not article text; nor is a
// blog theme's licence box under every post ("许可协议" over "本文采用 署名-非商业性使用-相同方式共享 4.0 国际 许可协议，转载请注明出处。").
const COPYRIGHT_NOTICE = /^[\s(（*＊]{0,4}(?:©|\(c\)|copyright\b|版[权權](?:声明|聲明|所有))|^[^\s，,。：:]{1,8}版[权權](?:声明|聲明)[：:]|侵[权權]必究|^(?:本文|文章)?版[权權][归歸][^，,。]{1,24}所有|版[权權](?:属于|屬於|归|歸)[^，,。]{1,24}[，,]\s{0,2}(?:禁止|严禁|嚴禁|谢绝|謝絕|请勿|請勿|不得)\s{0,2}[转轉][载載]|未[经經]\s{0,2}(?:授[权權]|允[许許]|许可|許可)[\s，,]{0,3}(?:不得|禁止|严禁|嚴禁|谢绝|謝絕|请勿|請勿)[^，,。]{0,8}?[转轉][载載]|[转轉][载載]请联系|[转轉][載载]請聯繫|all rights reserved|^(?:许可协议|許可協議)$|(?:许可协议|許可協議)[，,]\s{0,2}[转轉][载載][请請]注明出[处處]/i;
// A ban that names copying with reprinting: "…未经许可，严禁复制、转载、篡改或再发布。" (三联生活周刊's foot).
const COPYING_BAN = /未[经經]\s{0,2}(?:授[权權]|允[许許]|许可|許可)[\s，,]{0,3}(?:不得|禁止|严禁|嚴禁|请勿|請勿)\s{0,2}(?:复制|複製|摘编|摘編)[、，,]\s{0,2}[转轉][载載]/u;
const COPYRIGHT_HINT = /©|\(c\)|copyright|版[权權]|授[权權]|未[经經]|[转轉][载載][请請]|侵[权權]|rights reserved|许可协议|許可協議/i;
// A notice is a line or two; a longer block that mentions copyright is text about it.
const MAX_NOTICE_CHARS = 160;
const NOTICE_TAGS = ['p', 'div', 'li', 'small', 'em', 'strong', 'b', 'i', 'figcaption'];

/** A short line that is a copyright notice. */
export function isCopyrightNoticeLine(text: string): boolean {
  return text.length <= MAX_NOTICE_CHARS && (COPYRIGHT_NOTICE.test(text) || COPYING_BAN.test(text));
}

/** Remove short blocks that are copyright notices; a picture the notice credits stays ("![…](…)" over "© 2017 路透社"). */
export function removeCopyrightNotices(root: Element): void {
  if (!COPYRIGHT_HINT.test(root.textContent ?? '')) return;
  for (const block of descendantsByTag(root, NOTICE_TAGS)) {
    if (root.contains(block) && isCopyrightNoticeLine(textOf(block))) keepPicturesOnly(block);
  }
}

// Share of an item's text its one link must hold for the item to be "just a link".
const LINK_ITEM_DENSITY = 0.9;

/**
 * Take out lists whose every item is a single link (related-article lists set inside or after the text)
 * and return their links; `isRelated` can restrict them to, say, the outlet's own site.
 */
export function takeLinkOnlyLists(root: Element, base: string, isRelated: (url: string) => boolean = () => true): RelatedLink[] {
  const related: RelatedLink[] = [];
  for (const list of descendantsByTag(root, LIST_TAGS)) {
    if (!root.contains(list)) continue;
    const items = childElements(list);
    const linkOnly = items.length > 0 && items.every((item) => item.localName === 'li' && linksIn(item).length === 1 && linkDensity(item) >= LINK_ITEM_DENSITY);
    if (!linkOnly) continue;
    const links = linksOf(list, base);
    if (!links.every((link) => isRelated(link.url))) continue;
    related.push(...links);
    list.remove();
  }
  return related;
}

// A page's own table of contents set as a line: "[第一节](#第一节) | [第二节](#第二节)". Its links lead to
// headings further down the same page; outside them only separators.
const MIN_CONTENTS_LINKS = 2;
const SEPARATORS_ONLY = /^[\s|｜·•/、,，]*$/u;

// An archive's label over the text it saved: "## 正文" (the body's heading in project-polymorph's MkDocs archive), "**正文:**".
const TEXT_LABEL_WORDS = '正文|正文内容|正文內容|內文';
const TEXT_LABEL = new RegExp(`^(?:${TEXT_LABEL_WORDS})\\s{0,2}[：:]?$`, 'u');
// Run into the first paragraph: "正文： 伪娘 cross-dresser/newhalf 伪娘，通常指的是…".
const TEXT_LABEL_RUN_IN = new RegExp(`^\\s{0,8}(?:${TEXT_LABEL_WORDS})\\s{0,2}[：:]\\s{0,2}(?=\\S)`, 'u');
export const isTextLabel = (text: string): boolean => TEXT_LABEL.test(text);
/** The label is among the first lines. */
const TEXT_LABEL_REACH = 3;
/** The archive's restatement of the page's head runs a few lines: short ones, none a sentence. */
const RESTATED_HEAD_REACH = 12;
const MAX_RESTATED_HEAD_CHARS = 60;

/**
 * Remove the labels an archive sets over the text ("正文"): headings of nothing; the MkDocs archive sets one over the page's
 * labelled lines and another under them. What it restated of the page's head over its last label goes too, its fields
 * read: its sections' labels ("时间与来源", "文章信息", "文章时间"), their values ("2023年7日", "（未标明具体日期）"), the page's
 * share buttons ("分享：", "[用微信扫描二维码]"), its pictures' placeholders ("[image]"); up to the first sentence, for a text's
 * own lines over a label (a foreword) are sentences.
 */
export function removeTextLabel(root: Element): void {
  const lines = withText(descendantsByTag(root, HEADING_BLOCK_TAGS.filter((tag) => tag !== 'div')), RESTATED_HEAD_REACH);
  const isSentence = (block: Element) => textOf(block).length > MAX_RESTATED_HEAD_CHARS || SENTENCE_END.test(textOf(block).at(-1) ?? '') || !!firstDescendant(block, 'img');
  const prose = lines.findIndex(isSentence);
  const head = prose < 0 ? lines : lines.slice(0, prose);
  const last = head.findLastIndex((block) => isTextLabel(textOf(block)));
  for (const [i, block] of lines.entries()) if (i <= last || (i < TEXT_LABEL_REACH && isTextLabel(textOf(block)))) block.remove();
  // The label run into the first paragraph ("正文： 伪娘 cross-dresser/newhalf 伪娘，通常指的是…").
  const first = withText(descendantsByTag(root, ['p']), 1)[0];
  const runIn = first && TEXT_LABEL_RUN_IN.exec(first.textContent ?? '');
  if (first && runIn) cutText(first, runIn[0].length, 'start');
}

/** The text of `block` that its links do not hold. */
function textOutsideLinks(block: Element): string {
  let rest = textOf(block);
  for (const a of linksIn(block)) rest = rest.replace(textOf(a), '');
  return rest;
}

/** Take out paragraphs that are a line of links to the page's own sections (in-page anchors, "#…"). */
export function removeContentsLines(root: Element): void {
  for (const p of descendantsByTag(root, ['p'])) {
    const links = linksIn(p);
    if (links.length < MIN_CONTENTS_LINKS || !links.every((a) => (a.getAttribute('href') ?? '').startsWith('#'))) continue;
    if (SEPARATORS_ONLY.test(textOutsideLinks(p))) p.remove();
  }
}
