import type { MirrorLocation } from '../detect';
import { childNodesOf, holdsInputForm } from '../dom';
import { mirrorHostEntry, THEME_CONTENT_ROOTS, WECHAT_POST_BODY } from '../hosts';
import { frontMatterString, type FrontMatter } from '../source/front-matter';
import type { SourcePage } from '../page';
import { repairLatin1MojibakeInTree } from '../source/mojibake';
import { copyInGithubShape, type ChromeRule } from './github-shape';
import { ORIGINAL_LINK_LABEL } from '../meta/labels';
import { headlineBeforeSiteParts, pageTitleParts } from '../meta/title';
import { parseLooseDate } from '../meta/date';
import { namesInstitution } from '../meta/byline';
import { blockPageReason, htmlTitleOf } from './block-page';
import { ACCOUNT_KEY, outletOfUrl } from '../meta/outlet';
import { isWechatPostUrl } from '../clean/wechat';
import { originalUrlInFoot } from '../meta/original-url';

// The post header is metadata, read separately; inside a broad root it would read as body text.
const themeChrome: ChromeRule = (el) => (el.classList.contains('post-header') || el.classList.contains('post-meta') ? 'drop' : null);

// Jekyll Now sets the title as the article's own first heading ("article.post > h1"), Mediumish in h1.article-headline,
// WeChat in h1#activity-name (a saved post: its og:title is the whole title too, "标题——副题", no site's part).
const TITLE_SOURCES = ['.post-title', 'article header h1', 'article > h1', '.article-headline', '.entry-title', '#activity-name'];
// The head's titles for sharing, then its <title>: each may carry the site's name, or its sections and tags.
const HEAD_TITLES = ['meta[property="og:title"]', 'meta[name="twitter:title"]'];
// The head's publication date: Open Graph's (some sites write it as a name, 星島日報), JSON-LD's (below), schema.org's
// as a meta, a video's release date, a portal's publishdate (央广网).
const PUBLISHED_TIME = 'meta[property="article:published_time"], meta[name="article:published_time"]';
const HEAD_DATES = [
  PUBLISHED_TIME,
  'meta[itemprop="datePublished"]',
  'meta[name="datePublished"]',
  'meta[property="og:release_date"]',
  'meta[name="publishdate"]',
];
// A theme's date printed as text: Blogger's date header over each post ("<span class=\"date-header\">2009-07-01</span>"),
// which its template, saved pages and script-made mirrors of a Blogger blog carry.
const THEME_DATES = ['.date-header'];
const JSON_LD = 'script[type="application/ld+json"]';
const JSON_LD_DATE = /"datePublished"\s{0,4}:\s{0,4}"([^"]{4,40})"/u;
// A head that declares the page one article: Open Graph's type, its publication time, schema.org's article types.
const ARTICLE_HEAD = `meta[property="og:type"][content="article" i], ${PUBLISHED_TIME}`;
const JSON_LD_ARTICLE = /"@type"\s{0,4}:\s{0,4}(?:\[\s{0,4})?"(?:News|Reportage)?Article"/u;

function firstText(doc: Document, selectors: string[]): string {
  for (const selector of selectors) {
    const el = doc.querySelector(selector);
    const text = (el?.localName === 'meta' ? el.getAttribute('content') : el?.textContent)?.trim();
    if (text) return text;
  }
  return '';
}

/**
 * Whether `name` is the served page's name for its site: its og:site_name, or a part of its <title> beside the
 * post's. Many themes write `<meta name="author" content="{{ site.name }}">` on every post, which names no writer.
 */
export function namesTheSite(name: string, served: Document, postTitle: string): boolean {
  if (!name || name === postTitle) return false;
  const siteName = served.querySelector('meta[property="og:site_name"]')?.getAttribute('content')?.trim();
  return name === siteName || pageTitleParts(htmlTitleOf(served)).includes(name);
}

/** The author a theme's head names, unless it names the site, or an institution (a portal's "腾讯网", "星島日報"). */
function headAuthor(doc: Document, postTitle: string): string {
  const name = firstText(doc, ['meta[name="author"]']);
  return namesTheSite(name, doc, postTitle) || namesInstitution(name) ? '' : name;
}

/** A theme's link to the post's category or tag in the site's index of them: "/categories/#大纪元", "/tags.html#封杀咪蒙". */
const TAXONOMY_LINK = /\/(categories|tags)(?:\.html|\/)?#/;

/**
 * The links a theme prints beside the post in the post's article (its header, its foot): outside the content root.
 * The theme's article is the outermost: a post of scraped HTML holds the source site's own.
 */
function linksBeside(root: Element): Element[] {
  let post: Element | null = null;
  for (let article = root.closest('article'); article; article = article.parentElement?.closest('article') ?? null) post = article;
  if (!post || post === root) return [];
  return Array.from(post.querySelectorAll('a[href]')).filter((link) => !root.contains(link));
}

/** The post's source, categories and tags as the theme's links beside it give them (the front matter they print). */
function linkedMetadata(root: Element, data: FrontMatter): void {
  for (const link of linksBeside(root)) {
    const text = link.textContent?.trim() ?? '';
    const href = link.getAttribute('href') ?? '';
    const taxonomy = TAXONOMY_LINK.exec(href)?.[1];
    // A theme's link to the post's source: Jekyll Now derivatives print the front matter's `from` so.
    if (ORIGINAL_LINK_LABEL.test(text)) data.from ??= href;
    else if (taxonomy && text) data[taxonomy] = [...((data[taxonomy] as string[] | undefined) ?? []), text];
  }
}

/**
 * A saved outlet page's own address: its canonical link or og:url when that addresses a known outlet (a whole news
 * page saved into a mirror keeps its head) or a WeChat post. A mirror theme's canonical names the mirror itself, never an outlet.
 */
function savedOutletAddress(doc: Document): string | null {
  for (const el of [doc.querySelector('link[rel="canonical"]'), doc.querySelector('meta[property="og:url"]')]) {
    const url = (el?.getAttribute('href') ?? el?.getAttribute('content'))?.trim();
    if (url && (outletOfUrl(url) || isWechatPostUrl(url))) return url;
  }
  return null;
}

// A saved WeChat post's head (its body is WECHAT_POST_BODY): the account's name over the post, and the posting time its
// script holds in China time, as WeChat shows it. The page's own "#publish_time" was written in the saving browser's
// zone, a day early for a post made before 8 a.m. in China: it is read only where the script gives no time.
const WECHAT_ACCOUNT = '#js_name';
const WECHAT_PUBLISH_TIME = '#publish_time';
const WECHAT_CREATE_TIME = /\bcreateTime\s{0,4}=\s{0,4}['"](\d{4}-\d{2}-\d{2}(?:\s\d{2}:\d{2})?)['"]/u;
// The page as WeChat served it before createTime (2020 and earlier) holds the posting time only as Unix seconds,
// `var ct = "1602135000"`, and #publish_time as a word its script replaced ("Today"): the seconds, read in China time.
const WECHAT_CREATE_SECONDS = /\bvar\s{1,4}ct\s{0,4}=\s{0,4}['"](\d{9,11})['"]/u;
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The posting time a WeChat page's script holds, China time ("2020-10-08 13:30"), or ''. */
function wechatScriptTime(script: string): string {
  const time = WECHAT_CREATE_TIME.exec(script)?.[1];
  if (time) return time;
  const seconds = WECHAT_CREATE_SECONDS.exec(script)?.[1];
  return seconds ? new Date(Number(seconds) * 1000 + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ') : '';
}

/** A saved WeChat post's body, or null when the page is none. */
export function wechatPostBody(doc: Document): Element | null {
  return doc.querySelector(WECHAT_POST_BODY);
}

/**
 * A WeChat post's editors set its lines, headings and picks in <section>s, a block each, which GitHub's sanitizer has no
 * name for: unwrapped, their text would run into one line ("近期活动<picks>", "多元 尊重 合作扫码获得…"). In a saved post's
 * body a section that holds a line (no block inside it) stays a paragraph of its own; one that holds blocks is unwrapped,
 * so that the text stays one run of paragraphs, as the reader's measure of it expects.
 */
const BLOCKS_IN_SECTION = 'section, p, div, h1, h2, h3, h4, h5, h6, ul, ol, table, blockquote, figure, pre';
// A section set in a run of text is part of its line: in an inline element (a drop cap's "<span><section>敏</section></span>"),
// or styled inline ("display: inline-block", a badge beside a heading).
const INLINE_PARENTS = new Set(['span', 'strong', 'b', 'em', 'i', 'a', 'font']);
const INLINE_STYLE = /display\s{0,4}:\s{0,4}inline/iu;
const wechatSections: ChromeRule = (el) =>
  el.localName === 'section' && !INLINE_PARENTS.has(el.parentElement?.localName ?? '') && !INLINE_STYLE.test(el.getAttribute('style') ?? '') && !el.querySelector(BLOCKS_IN_SECTION)
    ? 'paragraph'
    : null;

// WeChat's stand-in for a video its script had not yet loaded, in the post's body: a hidden "Play" button over the poster.
const WECHAT_VIDEO_STAND_IN = 'wx_video_context';
const wechatVideoStandIn: ChromeRule = (el) => (el.classList.contains(WECHAT_VIDEO_STAND_IN) ? 'drop' : null);

/** How a saved WeChat post's body is shaped: its player stand-ins go, its sections that hold a line stay paragraphs. */
export const wechatBodyChrome: ChromeRule = (el) => wechatVideoStandIn(el) ?? wechatSections(el);

/** A saved WeChat post's account and posting time, or null when the page is none. */
function wechatPostHead(doc: Document): { account: string; date: string } | null {
  if (!wechatPostBody(doc)) return null;
  let date = '';
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    date = wechatScriptTime(script.textContent ?? '');
    if (date) break;
  }
  return { account: firstText(doc, [WECHAT_ACCOUNT]), date: date || firstText(doc, [WECHAT_PUBLISH_TIME]) };
}

const squashed = (text: string) => text.replace(/\s/gu, '');

/**
 * The headline a page's head gives for sharing (og:title, twitter:title), '' when it gives none. Each title, and the
 * page's <title>, without the site's parts after the headline: the shortest that all the others hold ("标题" beside
 * "标题--万维读者网"), else the first.
 */
function headTitle(doc: Document): string {
  const siteName = firstText(doc, ['meta[property="og:site_name"]']);
  const shared = HEAD_TITLES.map((selector) => firstText(doc, [selector]));
  if (!shared.some(Boolean)) return '';
  const titles = [...shared, htmlTitleOf(doc)].map((title) => headlineBeforeSiteParts(title, siteName)).filter(Boolean);
  const heldByAll = titles.filter((title) => titles.every((other) => squashed(other).includes(squashed(title))));
  return heldByAll.reduce<string | undefined>((a, b) => (a === undefined || b.length < a.length ? b : a), undefined) ?? titles[0] ?? '';
}

/** The publication date the head gives, as written, or null: one a date reader reads. */
function headDate(doc: Document): string | null {
  const inMeta = HEAD_DATES.map((selector) => firstText(doc, [selector]));
  const inJsonLd = Array.from(doc.querySelectorAll(JSON_LD), (script) => JSON_LD_DATE.exec(script.textContent ?? '')?.[1] ?? '');
  return [inMeta[0] ?? '', ...inJsonLd, ...inMeta.slice(1)].find((date) => parseLooseDate(date) !== null) ?? null;
}

/** The date a theme prints as text (THEME_DATES), when a date reader reads it. */
function themeDate(doc: Document): string | null {
  const date = firstText(doc, THEME_DATES);
  return date && parseLooseDate(date) !== null ? date : null;
}

/** Whether the page's head declares it one article (a saved news page: its site's menus and lists are no index). */
export function declaresArticle(doc: Document): boolean {
  return doc.querySelector(ARTICLE_HEAD) !== null || Array.from(doc.querySelectorAll(JSON_LD)).some((script) => JSON_LD_ARTICLE.test(script.textContent ?? ''));
}

/**
 * The post's title: its theme's heading when the head's titles hold it (a mirror theme's post, whose head adds the
 * site's name: "标题 | 副题" stays whole), else the head's headline for sharing (on a saved news page the theme's
 * classes also head the sidebar's items, ".post-title", ".entry-title"), else the theme's heading.
 */
function postTitle(doc: Document): string {
  const theme = firstText(doc, TITLE_SOURCES);
  const heads = [...HEAD_TITLES.map((selector) => firstText(doc, [selector])), htmlTitleOf(doc)].map(squashed);
  if (theme && heads.some((head) => head.includes(squashed(theme)))) return theme;
  return headTitle(doc) || theme;
}

/** The title a page offers: its post's title (read once, into the head's metadata), else its <title>. */
export function hostTitleOf(doc: Document, head: FrontMatter | null): string {
  return frontMatterString(head, 'title') || htmlTitleOf(doc);
}

/**
 * What a theme (or a saved outlet page's head) prints about the post (title, date, author, original, site name,
 * categories, tags) read back as front matter. The served page's and a saved .html file's (raw.ts) alike.
 */
export function themeMetadata(doc: Document, root: Element): FrontMatter | null {
  const data: FrontMatter = {};
  const original = savedOutletAddress(doc);
  if (original) data.original_url = original;
  const title = postTitle(doc);
  if (title) data.title = title;
  const wechat = wechatPostHead(doc);
  const date = headDate(doc) ?? (wechat?.date || doc.querySelector('time[datetime]')?.getAttribute('datetime')) ?? themeDate(doc);
  if (date) data.date = date;
  if (wechat?.account) data[ACCOUNT_KEY] = wechat.account;
  // The credit box a blog theme sets under the post ("本文原始网址：<br><a>"), which the reader's article leaves out.
  const credited = doc.body ? originalUrlInFoot(doc.body) : null;
  if (credited) data.original_url ??= credited;
  // The site's name: the outlet when the outlet table knows it (outletOfFrontMatter reads `site`).
  const site = firstText(doc, ['meta[property="og:site_name"]']);
  if (site) data.site = site;
  const author = firstText(doc, ['[itemprop="author"] [itemprop="name"]', '.p-author']) || headAuthor(doc, title);
  if (author) data.author = author;
  linkedMetadata(root, data);
  return Object.keys(data).length > 0 ? data : null;
}

// The theme's own parts carry a class or id (or are page landmarks); a post's Markdown output does not.
const THEME_PARTS = 'header, footer, nav, aside, [hidden], [class], [id]';

/**
 * A post whose own HTML closes more elements than it opens (mirrored article HTML often does) ends the
 * theme's content element early: the rest of the post then follows it, up to the theme's next own part.
 */
function spilledPostContent(root: Element): Node[] {
  const spill: Node[] = [];
  for (let node = root.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).matches(THEME_PARTS)) break;
    spill.push(node);
  }
  return spill.some((node) => node.textContent?.trim()) ? spill : [];
}

/**
 * The first element `selector` finds, unless it is one entry of a list: a theme's list page sets each post's excerpt in
 * an element of its own, side by side (Bulma's `article.media` per entry), and the first entry is no page's content.
 */
function postRoot(served: Document, selector: string): Element | null {
  const first = served.querySelector(selector);
  const parent = first?.parentElement;
  const listed = parent && [...served.querySelectorAll(selector)].some((el) => el !== first && el.parentElement === parent);
  return listed ? null : first;
}

export function pageFromHtml(served: Document, location: MirrorLocation, win: Window & typeof globalThis): SourcePage | null {
  // A Pages site's theme roots from the registry; a user-added site or a forge's other pages: any theme's.
  const roots = (location.form === 'pages' && mirrorHostEntry(location.host)?.contentRoots) || THEME_CONTENT_ROOTS;
  const root = roots.map((s) => postRoot(served, s)).find((el) => el && el.textContent?.trim()) ?? served.body;
  if (!root) return null;
  const doc = served.implementation.createHTMLDocument('');
  const body = doc.body;
  const spill = root === served.body ? [] : spilledPostContent(root);
  const head = themeMetadata(served, root);
  const chrome: ChromeRule = wechatPostBody(served) ? (el) => themeChrome(el) ?? wechatBodyChrome(el) : themeChrome;
  copyInGithubShape([...childNodesOf(root), ...spill], body, chrome);
  repairLatin1MojibakeInTree(body);
  return {
    form: 'html',
    location,
    doc,
    body,
    frontMatter: head,
    hostTitle: hostTitleOf(served, head),
    takesInput: holdsInputForm(root),
    blockPage: blockPageReason(served),
    declaresArticle: declaresArticle(served),
    served,
    window: win,
  };
}
