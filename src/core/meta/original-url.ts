import { closestByTag, linksIn } from '../dom';
import { LINK_CREDIT_LABEL, ORIGINAL_LINK_BLOCK_WORDS, ORIGINAL_LINK_WORDS, ORIGINAL_RIGHT_BEFORE_LINK, URL_CREDIT_LABEL } from './labels';

// Where the mirrored article was first published, as the mirror pages credit it.

// 本文转自…浏览原文, 原文地址（需翻墙访问）：URL, 原文链接：URL, 原文：URL
// Found in two steps, each linear: the labels, then (sticky, from each label's end) an optional note, a
// colon and the URL, every run bounded. As one pattern with unbounded runs, "原文（" repeated 30,000
// times froze a tab for 24 s.
const CREDIT_TEXT_URL = /\s{0,8}(?:[（(][^）)]{0,40}[）)])?\s{0,8}[：:]?\s{0,8}(https?:\/\/\S{1,2048})/uy;
/** Closing punctuation a credited URL runs into in Chinese text (a strike's "~~" after it: asFollowed). */
const URL_TRAILER = new Set(['）', ')', '】', '」', '》', ',', '，', '。', ';', '；']);

export function isHttpUrl(value: string): boolean {
  return /^https?:\/\/[^\s/]+\.[^\s/]+/i.test(value);
}

function creditedUrl(text: string): string | undefined {
  for (const label of text.matchAll(URL_CREDIT_LABEL)) {
    CREDIT_TEXT_URL.lastIndex = label.index + label[0].length;
    const url = CREDIT_TEXT_URL.exec(text)?.[1];
    if (url) return url;
  }
  return undefined;
}

/**
 * An original as a browser follows it: backslashes in an http(s) address are slashes ("gb\19\12\23\n….htm"),
 * the marks of a strike GitHub did not render, which a linkifier took into the link ("…/667529321/~~"), go, an ampersand
 * a converter escaped twice ("?__biz=…&amp;mid=…") is one, and a Wayback capture's address is the captured page's.
 */
export function asFollowed(url: string | null): string | null {
  return url && (capturedUrl(url) ?? url).replaceAll('\\', '/').replaceAll('&amp;', '&').replace(/~{1,8}$/u, '');
}

// A Wayback Machine capture's address: "https://web.archive.org/web/20180304052818/https://news.ifeng.com/…", the
// stamp optional ("web/https://mp.weixin.qq.com/s/…") and maybe flagged ("20180304052818id_").
const WAYBACK_CAPTURE = /^https?:\/\/web\.archive\.org\/web\/(?:[\d*]{1,14}(?:[a-z]{1,3}_)?\/)?(https?:\/\/\S{1,2048})$/iu;

/** The address a Wayback capture is of: a credit that links the capture credits the page captured. */
export function capturedUrl(url: string): string | null {
  return WAYBACK_CAPTURE.exec(url)?.[1] ?? null;
}

/** A site's feed ("https://chinadigitaltimes.net/chinese/feed", an archive card's 来源 for the site's own posts). */
const FEED_PATH = /\/(?:feed|rss)(?:\/|\.xml)?$/iu;

// 中国数字时代's page for a name ("https://chinadigitaltimes.net/space/推特"): its card's 来源 links it when the source is
// a platform or a person, not a post.
const ARCHIVE_NAME_PAGE = /^(?:www\.)?chinadigitaltimes\.net$/u;
const NAME_PAGE_PATH = /^\/space\/[^/]{1,200}$/u;
// Its column's page ("https://chinadigitaltimes.net/chinese/404-archives", "…/media-recommendations"): the card's 来源 for
// the column's own posts. A post there is "/chinese/693219" or "/chinese/?p=693219", digits.
const COLUMN_PAGE_PATH = /^\/chinese\/[a-z\d-]{0,40}[a-z][a-z\d-]{0,40}\/?$/u;
// A blog's page listing a category's, a tag's or an author's posts (WordPress "/category/…", "/tag/…", "/author/…").
const TAXONOMY_PAGE_PATH = /\/(?:category|tag|author)\/[^/]{1,200}\/?$/u;

// A Weibo account's home ("https://weibo.com/u/7841478845", "weibo.com/1926909715"): where its posts are, none of them
// ("weibo.com/1926909715/NopetnVVw" is one).
const WEIBO_HOST = /^(?:www\.|m\.)?weibo\.(?:com|cn)$/u;
const ACCOUNT_HOME_PATH = /^\/(?:u\/)?\d{5,12}\/?$/u;
/** A Wayback address that captures no page: a card template's placeholder ("web.archive.org/web/", "…/web/原文链接"). */
const WAYBACK_HOST = /^(?:www\.)?web\.archive\.org$/u;

/**
 * Whether an original addresses a page: a site's bare root ("http://206.189.252.32:8088/", an outlet's home), its
 * feed, a blog's category, tag or author page, an archive's page for a name or a column, or an account's home is where
 * the article was, not the article, and is no
 * original; nor is a Wayback address that captures nothing.
 */
export function addressesPage(url: string): boolean {
  try {
    const { hostname, pathname, search } = new URL(url);
    if (FEED_PATH.test(pathname) || TAXONOMY_PAGE_PATH.test(pathname)) return false;
    if (ARCHIVE_NAME_PAGE.test(hostname) && (NAME_PAGE_PATH.test(pathname) || (COLUMN_PAGE_PATH.test(pathname) && search === ''))) return false;
    if ((WEIBO_HOST.test(hostname) && ACCOUNT_HOME_PATH.test(pathname)) || (WAYBACK_HOST.test(hostname) && capturedUrl(url) === null)) return false;
    return pathname.replaceAll('/', '') !== '' || search !== '';
  } catch {
    return true;
  }
}

/** The credited original URL in a text such as "原文地址（需翻墙访问）：https://…". */
export function originalUrlInText(text: string): string | null {
  const url = creditedUrl(text);
  if (!url) return null;
  let end = url.length;
  while (end > 0 && URL_TRAILER.has(url[end - 1]!)) end--;
  return url.slice(0, end);
}

/** More text before a link than any credit label: only the end of a long text node is read. */
const LABEL_WINDOW = 80;

/** How much of the block that holds a link is read for its credit words. */
const BLOCK_LABEL_CHARS = 40;
/** The blocks a credit line is written in; a link's other ancestors (a strike, a bold run) are inside its line. */
const LINE_TAGS = ['p', 'li', 'blockquote', 'td', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div'];

/** Nodes read back from a link for the text before it: a label is next to its link, past a strike or a bold run. */
const MAX_NODES_BEFORE_LINK = 12;

/** Up to `chars` characters of the text of `line` right before `link` (read backwards: a long line costs nothing more). */
function textBeforeLink(line: Element, link: Element, chars: number): string {
  let before = '';
  let node: Node = link;
  for (let visited = 0; visited < MAX_NODES_BEFORE_LINK && before.length < chars; visited++) {
    if (node.previousSibling) {
      node = node.previousSibling;
      while (node.lastChild) node = node.lastChild;
    } else if (node.parentNode && node.parentNode !== line) node = node.parentNode;
    else break;
    if (node.nodeType === node.TEXT_NODE) before = (node.textContent ?? '') + before;
  }
  return before.slice(-chars);
}

/**
 * The link whose own words credit the original ("浏览原文", "原文链接"…), or whose line opens with such words, or that
 * "原文" labels right before it.
 */
export function originalUrlInLinks(root: Element): string | null {
  // A line's opening words, read once however many links it holds (a page without paragraphs is one line).
  const openings = new Map<Element, string>();
  for (const link of linksIn(root)) {
    const href = link.getAttribute('href') ?? '';
    if (!isHttpUrl(href)) continue;
    const block = closestByTag(link, LINE_TAGS);
    const line = block && root.contains(block) ? block : root;
    if (!openings.has(line)) openings.set(line, (line.textContent ?? '').slice(0, BLOCK_LABEL_CHARS));
    if (
      ORIGINAL_LINK_WORDS.test(link.textContent ?? '') ||
      ORIGINAL_LINK_BLOCK_WORDS.test(openings.get(line)!) ||
      ORIGINAL_RIGHT_BEFORE_LINK.test(textBeforeLink(line, link, LABEL_WINDOW))
    )
      return href;
  }
  return null;
}

/**
 * The link that directly follows a "原文：" label. Stricter than originalUrlInLinks: credit blocks also
 * link the outlet's home page and circumvention downloads, and only the labelled link is the article.
 */
export function originalUrlAfterLabel(root: Element): string | null {
  return linksIn(root).find(isLabelledCredit)?.getAttribute('href') ?? null;
}

function isLabelledCredit(link: Element): boolean {
  const before = textNodeBeforeLink(link);
  return before !== null && LINK_CREDIT_LABEL.test((before.textContent ?? '').slice(-LABEL_WINDOW)) && isHttpUrl(link.getAttribute('href') ?? '');
}

/** How much text may follow a credit box's link: a line or two of the page's foot. */
const FOOT_CHARS = 300;

/**
 * The original a page's credit box gives under the post, its link labelled ("本文原始网址：<br><a>…</a>") and followed by
 * no more than a line or two: deeper in the page, a labelled link credits a passage the text quotes.
 */
export function originalUrlInFoot(root: Element): string | null {
  const link = linksIn(root).findLast(isLabelledCredit);
  if (!link) return null;
  let after = 0;
  for (let node: Node | null = link; node && node !== root && after <= FOOT_CHARS; node = node.parentNode) {
    for (let next = node.nextSibling; next && after <= FOOT_CHARS; next = next.nextSibling) after += (next.textContent ?? '').trim().length;
  }
  return after <= FOOT_CHARS ? link.getAttribute('href') : null;
}

const isLineBreak = (node: Node | null): boolean => node?.nodeType === 1 && (node as Element).localName === 'br';

/**
 * The text node right before a link, or before the line break over it: a blog theme's credit box ends a line with its
 * label and sets the link under it ("本文原始网址：<br><a>…</a>").
 */
function textNodeBeforeLink(link: Element): Node | null {
  let node = link.previousSibling;
  if (node && node.nodeType === node.TEXT_NODE && !node.textContent?.trim() && isLineBreak(node.previousSibling)) node = node.previousSibling;
  if (node && isLineBreak(node)) node = node.previousSibling;
  return node && node.nodeType === node.TEXT_NODE ? node : null;
}
