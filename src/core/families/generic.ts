import { Readability } from '@mozilla/readability';
import { classifyPage, pageTitle } from '../classify';
import { cutArchiveAppendix } from '../clean/archive-appendix';
import { removeAttributeLists, withoutAttributeList } from '../clean/attribute-lists';
import { adoptSiblingCaptions, lineBlocks, removeFrom, removeLines, splitBreakParagraphs, textAfter } from '../clean/blocks';
import { removeContentsLines, removeCopyrightNotices, removePromoBlocks, removeSignOffs, removeTextLabel, signsOffAfter, takeEnglishByline, takeLinkOnlyLists, takeRelatedLists, textOf } from '../clean/clutter';
import { cleanWechatEdges, cutAtEndMark, takeWechatCredits, trimAccountFoot } from '../clean/wechat';
import { childNodesOf, descendantsByTag, HEADING_TAGS } from '../dom';
import type { IndexPage } from '../article';
import type { ArticleRules, Family, Selection, Source, Step } from '../family';
import { creditedOriginal, frontMatterOriginal } from '../finalize';
import { normaliseToGithubShape } from '../forms/github-shape';
import { namesTheSite } from '../forms/html';
import { frontMatterDate, isDateOnly, parseLooseDate } from '../meta/date';
import { readMetadataTable } from '../meta/metadata-table';
import { isHttpUrl } from '../meta/original-url';
import { CREDIT_LINES as LABELLED_CREDIT_LINES, LABELLED_LINES } from '../meta/labels';
import { removeArchiveHeaderNotes } from './archive-markers';
import { isNavigationLine, readMirrorSignals, SIGNAL_BLOCK_TAGS, splitLabelledLines, unwrapWikiMarkers, withoutWikiMarkers, type MirrorSignals } from '../meta/mirror-signals';
import { namesInstitution } from '../meta/byline';
import { ACCOUNT_KEY, normaliseOutlet, outletOfClosingSource, outletOfCredit, outletOfFeedKey, outletOfFrontMatter, outletOfUrl } from '../meta/outlet';
import { cleanTitle, headlineOfPageTitle, isChromeTitle, isHeadlineSized, titleOfPath } from '../meta/title';
import type { SourcePage } from '../page';
import { fromNote, leadDateline } from '../sources';
import { frontMatterString } from '../source/front-matter';
import { hanCount, lettersOnly, withoutSpaces } from '../text';

// Readability's thresholds count characters and ASCII commas as Latin text has them. A Han character
// carries about what three Latin letters do, so a block of Chinese prose holds a third of the commas
// ("fewer than 10 commas" marks a block as suspect); Chinese also ends clauses with 、；。！？.
const HAN_WEIGHT = 3;
// Readability's own minimum article size, in Latin-equivalent characters (≈ 170 Han characters).
const MIN_ARTICLE_WEIGHT = 500;
const CJK_CLAUSE_MARKS = /[，、；。！？]/g;
const CJK_CLAUSE_MARK_WEIGHT = 2;
// Credit lines restating where the text came from (the original's address is read before they go), and
// the share prompt of a mirror's QR code.
const CREDIT_LINES: readonly RegExp[] = [...LABELLED_CREDIT_LINES, /手机上长按并复制|手機上長按並複製/u];
/** A site's source line closes the text among its last lines (over the tags, the staff, a subscription pointer), under
 * the text's prose: a short page's head lines are the archive signals', read or left by them ("来源：[@校外讯息](tag page)"). */
const CLOSING_SOURCE_LINES = 10;
/** A paragraph of prose is longer than any head line; a page of pictures and short lines has a head of a few lines. */
const MIN_PROSE_CHARS = 80;
const HEAD_LINES = 6;
// A site footer under the text's last rule is a line or two of links and notices.
const MAX_TRAILER_CHARS = 120;
/** An account's foot under the last rule, with its sign-off prompt among its lines. */
const MAX_SIGNED_TRAILER_CHARS = 300;
// A byline longer than this is a sentence or a list, not a name.
const MAX_BYLINE_CHARS = 30;

/** Text length as Latin-script characters would measure it: each Han character counts HAN_WEIGHT. */
export function latinEquivalentLength(text: string): number {
  return text.replace(/\s+/g, '').length + hanCount(text) * (HAN_WEIGHT - 1);
}

/** The method of Readability's that the subclass refines, which its type declarations leave out. */
interface ReadabilityInternals {
  _getNodeAncestors(this: Readability<Node>, node: Node, maxDepth?: number): Node[];
}

/**
 * Readability that counts Chinese clause marks where it counts commas to judge whether a block is prose, and takes
 * no quote for the text's container. A post that quotes a long text under a line or two of its own (a forum answer's
 * "以下是…（不是我写的，我转的）" over a blockquote) scored the quote above the post; Readability then keeps a short
 * sibling only when it ends a Latin sentence (". "), so the post's own Chinese lines were lost. A quote's paragraphs
 * count for the block around it.
 */
class CjkReadability extends Readability<Node> {
  _getCharCount(element: Element, separator = ','): number {
    const text = element.textContent ?? '';
    const count = text.split(separator).length - 1;
    return separator === ',' ? count + (text.match(CJK_CLAUSE_MARKS)?.length ?? 0) * CJK_CLAUSE_MARK_WEIGHT : count;
  }

  _getNodeAncestors(node: Node, maxDepth?: number): Node[] {
    const ancestors = (Readability.prototype as unknown as ReadabilityInternals)._getNodeAncestors.call(this, node, maxDepth);
    return ancestors.filter((ancestor) => (ancestor as Element).localName !== 'blockquote');
  }
}

/** Readability needs a whole document: a copy of the served one for HTML mirrors, else one around the body. */
function documentFor(page: SourcePage): Document {
  if (page.form === 'html' && page.served) return page.served.cloneNode(true) as Document;
  const doc = page.doc.implementation.createHTMLDocument('');
  // The body's children only: its own element differs by form (GitHub's <article>, a <div>).
  for (const child of childNodesOf(page.body)) doc.body.append(doc.importNode(child, true));
  return doc;
}

export interface ReadableContent {
  /** The main content, in GitHub's shape, owned by page.doc. */
  body: HTMLElement;
  /** Readability's title and byline guesses ('' when none). */
  title: string;
  byline: string;
}

/**
 * The page's main content found by Readability with CJK-aware measures; null when there is no
 * article-sized text. Shared with families whose pages embed whole scraped web pages.
 */
/** `minWeight`: the least text an article has (1 when the reader asked to read the page anyway). */
export function readableContent(page: SourcePage, minWeight: number = MIN_ARTICLE_WEIGHT): ReadableContent | null {
  const doc = documentFor(page);
  // Before Readability, which drops a tabset's heading and would leave its tabs as headings of nothing; on the
  // copy Readability reads, so that a family that gives up leaves the page as it was.
  if (doc.body) removeAttributeLists(doc.body);
  // As the archive signals read them: a header's labelled lines one block each, so that the lines they name are found.
  if (doc.body) splitLabelledLines(doc.body);
  // A lead set loose before one <p> holding the rest as lines (a pasted VOA body, "<div>lead<br><p>…<br><br>…</p></div>"):
  // as one paragraph the rest outscored the lead, which Readability then left out.
  if (doc.body) splitBreakParagraphs(doc.body);
  const pageText = doc.body?.textContent ?? '';
  // Scale Readability's 500-character retry threshold to the page's script mix.
  const scale = pageText.replace(/\s+/g, '').length / Math.max(1, latinEquivalentLength(pageText));
  const charThreshold = Math.max(1, Math.round(minWeight * scale));
  const parsed = new CjkReadability(doc, { charThreshold, keepClasses: false, serializer: (node) => node }).parse();
  if (!parsed?.content || latinEquivalentLength(parsed.textContent ?? '') < minWeight) return null;
  // Moved into a fresh element: jsdom keeps the live child lists Readability read up to date on every later insertion
  // and removal, which makes each of them cost the size of the list (quadratic over a long text's figures).
  const body = page.doc.createElement('div');
  body.append(...childNodesOf(page.doc.adoptNode(parsed.content)));
  // HTML mirrors' markup is the site's own; Readability's wrappers carry ids and classes.
  normaliseToGithubShape(body);
  return { body, title: parsed.title ?? '', byline: parsed.byline ?? '' };
}

/** A heading closing on a full stop says a sentence of the text: headlines close on none. */
const SENTENCE_CLOSE = /。\s{0,4}$/u;

/**
 * The article's own heading: the first <h1> with words, else a heading before any paragraph. An <h1> saying a
 * sentence under an earlier heading is the text's (禁闻网's copies of 阿波罗网's roundups: the headline an <h2>,
 * then "<h1>大家好。本文包括…共9条。</h1>").
 */
function leadHeading(body: Element): Element | null {
  // A heading of pictures alone (a site's logo, its counters' pixels, an empty <h1></h1>) heads nothing.
  const blocks = descendantsByTag(body, ['h1', 'h2', 'h3', 'p']);
  const h1 = blocks.find((block) => block.localName === 'h1' && textOf(block) !== '');
  const first = blocks.find((block) => block.localName !== 'h1');
  const earlier = first && first.localName !== 'p' ? first : null;
  if (!h1) return earlier;
  const saysSentence = earlier !== null && blocks.indexOf(earlier) < blocks.indexOf(h1) && SENTENCE_CLOSE.test(textOf(h1));
  return saysSentence ? earlier : h1;
}

/**
 * Front matter first (the mirror's own title), then the article's heading, then what the host page calls
 * itself with its site name cut off, then the file's name; never GitHub's "PATH at BRANCH · OWNER/REPO · GitHub".
 * On an HTML page the first heading may be the site's logo: there it counts first only when it agrees
 * with the headline of the page title.
 */
function articleTitle(page: SourcePage, readabilityTitle: string): string {
  const headingElement = leadHeading(page.body);
  const heading = headingElement ? cleanTitle(textOf(headingElement)) : '';
  const savedHeadline = headingOfSavedFile(page, headingElement);
  const headlines = [page.hostTitle, readabilityTitle].map((title) => withoutSpaces(headlineOfPageTitle(title))).filter(Boolean);
  const agrees = (headline: string) => headline.includes(withoutSpaces(heading)) || withoutSpaces(heading).includes(headline);
  const headingAgrees = isHeadlineSized(heading) && (page.form !== 'html' || headlines.some(agrees));
  const candidates = [
    cleanTitle(frontMatterString(page.frontMatter, 'title')),
    savedHeadline,
    headingAgrees ? heading : '',
    headlineOfPageTitle(page.hostTitle),
    headlineOfPageTitle(readabilityTitle),
    heading,
    titleOfPath(page.location.path),
  ];
  // A Pages site's title is often just its name: the account, the repository, og:site_name, its host ("owner.gitlab.io").
  const owner = page.location.owner.toLowerCase();
  const siteNames = [owner, page.location.repo, siteNameOf(page)].filter(Boolean).map((name) => name.toLowerCase());
  const isSiteName = (title: string) => siteNames.includes(title.toLowerCase()) || (owner !== '' && title.toLowerCase().startsWith(`${owner}.`) && !/\s/u.test(title));
  return candidates.find((title) => title && !isChromeTitle(title) && !isNavigationLine(title) && !isSiteName(title)) ?? '';
}

/** The saving tool names a saved file by the page's title after its host's first label ("www_", "ge_"), the site's name after the
 * last " - " ("…_-_福建.md"), spaces as underscores, cut when long. */
const SAVED_FILE_PREFIX = /^[a-z0-9-]{1,24}_/u;
const SAVED_FILE_SITE_SUFFIX = /_-_(?:(?!_-_)[^/]){1,60}$/u;
/** Fewer letters name no headline. */
const MIN_SAVED_TITLE_LETTERS = 6;
/** The headline's heading stands among the page's first headings. */
const SAVED_TITLE_HEADINGS = 8;

/**
 * On a page the saving tool kept, the heading the file's name in its metadata table gives when the lead heading
 * is another: the site's name over its section over the story ("台灣聽力語言學會" over "最新消息" over "《台灣聽力語言學會雜誌50期》出版訊息"),
 * a site's page title over the story's ("臺南市政府性別主流化專區 - 行政院「…」委託研究報告" over "行政院「…」委託研究報告"); '' when none.
 */
function headingOfSavedFile(page: SourcePage, lead: Element | null): string {
  const fileName = (readMetadataTable(page.body)?.fileName ?? '').replace(/\.[A-Za-z]{1,8}$/u, '');
  const named = lettersOnly(fileName.replace(SAVED_FILE_PREFIX, '').replace(SAVED_FILE_SITE_SUFFIX, ''));
  if (named.length < MIN_SAVED_TITLE_LETTERS) return '';
  // The name is cut when long: a headline may run on past it.
  const headline = (heading: Element) => cleanTitle(withoutAttributeList(textOf(heading)));
  const isNamed = (heading: Element) => {
    const letters = lettersOnly(headline(heading));
    return letters.length >= MIN_SAVED_TITLE_LETTERS && letters.startsWith(named);
  };
  if (lead && isNamed(lead)) return '';
  const heading = descendantsByTag(page.body, HEADING_TAGS).slice(0, SAVED_TITLE_HEADINGS).find((candidate) => candidate !== lead && isNamed(candidate));
  return heading ? headline(heading) : '';
}

/** The site's name its head gives (og:site_name), read back as front matter by the form. */
function siteNameOf(page: SourcePage): string {
  return frontMatterString(page.frontMatter, 'site');
}

/** Drop the heading that repeats the title at the top of the body. */
export function removeTitleHeading(body: Element, title: string): void {
  const heading = descendantsByTag(body, ['h1', 'h2', 'h3']).slice(0, 3).find((h) => withoutSpaces(cleanTitle(textOf(h))) === withoutSpaces(title));
  heading?.remove();
}

// A feed's byline over its machine timestamp, set as one line ("刘文<br>2025-11-01T07:24:12.594Z": DW's items as
// jekyll-import keeps them): a name, no sentence, then the generator's ISO 8601 time.
const BYLINE_OVER_TIMESTAMP = /^[^，。！？：:\d]{1,30}?\s{0,3}(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)$/u;

/** A site's line of the post's day and its sections set apart by bullets (關鍵評論網's "2022/09/21 性別 • 讀者投書", "2018/02/09 •
 * 健康 • 香港中文大學《大學線》"). */
const DATED_SECTIONS_LINE = /^(\d{4}\/\d{1,2}\/\d{1,2})(?:\s{1,2}[^\s•。，]{1,20})?(?:\s{1,2}•\s{1,2}[^\s•。，]{1,30}){1,4}$/u;
/** A news section's name over the day, the other way round (地球圖輯隊's "性別新聞 2022-02-23"). */
const SECTION_THEN_DAY = /^[^\s•。，\d]{1,6}(?:新聞|新闻|報導|报导|專題|专题|評論|评论)\s{1,2}(\d{4}-\d{1,2}-\d{1,2})$/u;
const DAY = '(\\d{4}(?:年\\d{1,2}月\\d{1,2}日|[-/]\\d{1,2}[-/]\\d{1,2}))';
const TIME = '(?:\\s{1,2}\\d{1,2}:\\d{2})?';
/** How many of the text's first paragraphs a site may set over its dated line. */
const HEAD_LINES_OVER_DATE = 2;
/** Other sites' head lines that give the day: a wiki news story's dateline on a line of its own ("【2024年3月9日讯】"); 聯合新聞網's
 * day and time over the desk's byline ("2024-05-30 12:18 聯合報／ 記者林孟潔／台北即時報導", "… 中央社／華盛頓29日綜合外電報導",
 * "… 中央社／ 台北31日電"); a byline with the day ("By 新西兰中文先驱网· 2023年03月27日 12:07"); the day with the reads
 * ("2021年02月16日 • 3万次阅读"); and 關鍵評論網's line of sections after its series ("彩虹群像 2018/02/08 社會 • 陳娉婷"). */
const DATED_HEAD_LINES: readonly RegExp[] = [
  new RegExp(`^【${DAY}[讯訊]】$`, 'u'),
  new RegExp(`^${DAY}${TIME}\\s{1,2}[^\\s／/]{1,12}\\s{0,2}[／/][^。！？\\n]{1,40}(?:報導|报导|報道|报道|[電电])$`, 'u'),
  new RegExp(`^By\\s{1,2}[^·•\\n]{1,30}[·•]\\s{0,2}${DAY}${TIME}$`, 'u'),
  new RegExp(`^${DAY}\\s{0,2}[•·]\\s{0,2}[\\d.]{1,6}万?次(?:阅读|閱讀|浏览|瀏覽)$`, 'u'),
  /^[^\s•。，\d]{1,12}\s{1,2}(\d{4}\/\d{1,2}\/\d{1,2})\s{1,2}[^\s•。，]{1,20}(?:\s{1,2}•\s{1,2}[^\s•。，]{1,30}){1,4}$/u,
];
/** Every line of a site's own shape that gives the day over the text; each captures the day first. */
const LEAD_DATE_LINES: readonly RegExp[] = [BYLINE_OVER_TIMESTAMP, DATED_SECTIONS_LINE, SECTION_THEN_DAY, ...DATED_HEAD_LINES];

/**
 * Take out the date-only lines templates print above the text ("发布时间：2021年07月05日 10:38",
 * "2021-07-06T14:47:47.376Z", "9 分钟前", a byline over a timestamp, a day over the post's sections); the first that reads as a
 * calendar date is returned.
 */
function takeLeadDateLines(body: Element): string | null {
  let date: string | null = null;
  let paragraphs = 0;
  for (const el of descendantsByTag(body, ['p', 'div', 'time', 'i', 'em', 'small', 'span'])) {
    if (!body.contains(el)) continue;
    const text = textOf(el);
    const stamped = LEAD_DATE_LINES.reduce<RegExpExecArray | null>((found, line) => found ?? line.exec(text), null);
    // A line of the site's own shape may stand under a line the site set over it (维基新闻's call to follow it over its dateline);
    // a bare date only over the text.
    if (stamped || (paragraphs === 0 && isDateOnly(text))) {
      date ??= parseLooseDate(stamped?.[1] ?? text);
      el.remove();
    } else if (el.localName === 'p' && text && ++paragraphs > HEAD_LINES_OVER_DATE) break;
  }
  return date;
}

/**
 * A short site footer set off by the last horizontal rule ("本站每日同步… | 返回首页"), or an account's foot set off so, which
 * runs longer: its appeal or its name and slogans over its QR prompt ("…NGOCN正在推行一个长期性的小额资助计划…" over "如果你愿意
 * 支持我们，请扫描下图二维码…", "经济观察报书评 eeobook …" over "长按识别二维码").
 */
function cutTrailerAfterRule(body: Element): void {
  const rules = descendantsByTag(body, ['hr']).filter((rule) => !underlinesHeading(rule));
  const last = rules[rules.length - 1];
  if (!last) return;
  const length = textAfter(last, body).length;
  if (length <= MAX_TRAILER_CHARS || (length <= MAX_SIGNED_TRAILER_CHARS && signsOffAfter(last, body))) removeFrom(last, body);
}

/**
 * A rule right under a heading is its underline, no footer's edge: a converter sets each section heading so ("## ★结尾"
 * over "---", a Blogger post made Markdown), and the last section's closing lines are the post's.
 */
function underlinesHeading(rule: Element): boolean {
  const before = rule.previousElementSibling;
  return before !== null && HEADING_TAGS.includes(before.localName);
}

/** Blocks that carry only the archive's signals (a labelled date line, a feed footer) are no text. */
function removeSignalBlocks(body: Element, signals: MirrorSignals): void {
  if (signals.blocks.size === 0) return;
  for (const block of descendantsByTag(body, [...SIGNAL_BLOCK_TAGS, 'div'])) {
    if (body.contains(block) && signals.blocks.has(textOf(block))) block.remove();
  }
}

// "By: 胡某", "文／王赫", "作者：王赫".
const BYLINE_LABEL = /^(?:by|文|作者)\s*[:：/／]?\s*/i;

/**
 * The writer: front-matter author unless it names the outlet, else Readability's byline if it reads as a name and
 * not as the site's (Readability reads a theme's site-wide author meta too) nor an institution's ("腾讯网", "新华社").
 */
function authorOf(page: SourcePage, byline: string): string | null {
  const author = frontMatterString(page.frontMatter, 'author') || byline.trim().replace(BYLINE_LABEL, '');
  const isName = author.length <= MAX_BYLINE_CHARS && !/\d|https?:|www\./i.test(author) && !namesInstitution(author);
  const siteName = page.served !== null && namesTheSite(author, page.served, frontMatterString(page.frontMatter, 'title'));
  return author && isName && !siteName && !normaliseOutlet(author) ? author : null;
}

/** How much the generic reader asks of a page. */
interface GenericOptions {
  /** The least text an article has (Readability's measure, CJK-weighted). */
  minWeight: number;
  /** Lists of links stay in the text: on a page the reader asked to read anyway they may be all there is. */
  keepLinkLists: boolean;
}

/**
 * The page's main content by Readability; an archive's own headline-and-date frame says "article", however short, and
 * so does a feed item's front matter: its headline, date and original or outlet (a three-line news item, 香港电台's as
 * jekyll-import keeps them), and a saved WeChat post's head: its title, posting time and account (a notice of a few lines).
 */
function selectReadable(page: SourcePage, signals: MirrorSignals, { minWeight }: GenericOptions): Selection | null {
  const framed = (signals.title !== null && signals.published !== null) || isFeedItem(page) || isSavedWechatPost(page);
  const readable = readableContent(page, framed ? 1 : minWeight);
  return readable && { body: readable.body, notes: { readabilityTitle: readable.title, byline: readable.byline } };
}

// jekyll-import's `link`, or, where its older importer wrote none, a category naming a known outlet ("categories:
// rthk"). Never a feed mirror's `from` post: it may be a stub of the feed's summary, or a test post. The archive's
// built pages print neither: there the address it is filed at names the outlet.
function isFeedItem(page: SourcePage): boolean {
  if (outletOfPermalink(page.location.path) !== null) return true;
  const fm = page.frontMatter;
  if (!frontMatterString(fm, 'title') || !frontMatterString(fm, 'date')) return false;
  return isHttpUrl(frontMatterString(fm, 'link')) || (!frontMatterString(fm, 'from') && outletOfFeedKey(frontMatterString(fm, 'categories')) !== null);
}

function isSavedWechatPost(page: SourcePage): boolean {
  const fm = page.frontMatter;
  return [ACCOUNT_KEY, 'title', 'date'].every((key) => frontMatterString(fm, key) !== '');
}

// Jekyll's default permalink, `/:categories/:year/:month/:day/:title.html`: the segment over the date is the post's
// category ("/pen/2411/rthk/2024/11/01/RTHK-….html", a feed archive's built page, whose theme prints no category).
const DATE_PERMALINK_CATEGORY = /(?:^|\/)([a-z][a-z0-9_-]{1,30})\/\d{4}\/\d{2}\/\d{2}\/[^/]{1,300}\.html$/i;

/** The outlet a built post's address files it under, by its category as a feed archive keys it ("rthk", "cna"). */
function outletOfPermalink(path: string): string | null {
  const category = DATE_PERMALINK_CATEGORY.exec(path)?.[1];
  return category ? outletOfFeedKey(category) : null;
}

/** Whether the block right before `line` shows a picture with no caption of its own, which `line` credits. */
function underPicture(line: Element): boolean {
  const previous = line.previousElementSibling;
  if (!previous) return false;
  const pictures = descendantsByTag(previous, ['img']).length + (previous.localName === 'img' ? 1 : 0);
  return pictures > 0 && descendantsByTag(previous, ['figcaption']).every((caption) => textOf(caption) === '');
}

function genericSteps({ keepLinkLists }: GenericOptions): Step<MirrorSignals>[] {
  const steps: Array<Step<MirrorSignals> | false> = [
    ({ page, frame, notes }) => {
      notes.title = withoutWikiMarkers(frame.title ?? articleTitle(page, notes.readabilityTitle ?? ''));
    },
    ({ body }) => unwrapWikiMarkers(body),
    ({ body, notes }) => removeTitleHeading(body, notes.title ?? ''),
    ({ body, frame }) => removeSignalBlocks(body, frame),
    ({ body }) => cutArchiveAppendix(body),
    ({ body }) => removeTextLabel(body),
    // A saved WeChat post's date is its posting time: a date opening its text is the text's (an event's day).
    ({ body, page, notes }) => {
      if (!isSavedWechatPost(page)) notes.dateLine = takeLeadDateLines(body);
    },
    ({ body }) => adoptSiblingCaptions(body),
    // A site's source line under the text is read before the staff and credit lines go; one right under a picture is the
    // picture's credit ("来源：Harper Bazaar Singapore").
    ({ body, notes }) => {
      const all = lineBlocks(body);
      const prose = all.findIndex((line) => textOf(line).length >= MIN_PROSE_CHARS);
      const head = prose < 0 ? HEAD_LINES : prose + 1;
      const lines = all.slice(Math.max(head, all.length - CLOSING_SOURCE_LINES)).filter((line) => !underPicture(line));
      notes.closingOutlet = outletOfClosingSource(lines.map(textOf));
    },
    ({ body }) => cleanWechatEdges(body),
    ({ body }) => cutAtEndMark(body),
    // The writer and editor a post credits in its staff lines are read before the lines go.
    ({ body, notes }) => {
      const credits = takeWechatCredits(body);
      const byline = takeEnglishByline(body);
      notes.creditedAuthor = credits.author ?? byline;
      notes.creditedEditor = credits.editor;
    },
    ({ body }) => trimAccountFoot(body),
    // The credited original is read before the credit lines go.
    ({ body, page, frame, notes }) => {
      notes.originalUrl = frame.originalUrl ?? creditedOriginal(page, body, body.textContent ?? '') ?? frame.closingOriginalUrl;
    },
    ({ body }) => removeLines(body, CREDIT_LINES),
    ({ body }) => cutTrailerAfterRule(body),
    // On a page read anyway, links are the text: a block of them that mentions 翻墙 may be all there is.
    !keepLinkLists && (({ body }) => removePromoBlocks(body)),
    ({ body }) => removeContentsLines(body),
    ({ body }) => removeCopyrightNotices(body),
    ({ body }) => removeSignOffs(body),
    !keepLinkLists && (({ body, page, related }) => related.push(...takeRelatedLists(body, page.location.blobUrl), ...takeLinkOnlyLists(body, page.location.blobUrl))),
  ];
  return steps.filter((step): step is Step<MirrorSignals> => step !== false);
}

const genericFields: ArticleRules<MirrorSignals>['fields'] = {
  originalUrl: [fromNote('originalUrl')],
  outlet: [
    // A post whose front matter names its original at a known outlet's address is that outlet's: the outlets its topic
    // tags, its text's first words or a picture's credit name are what the story is about or whose photo it shows (a
    // Wayback-recovered archive's `original_url` at hkcnews.com, tagged "香港電台" and opening "香港電台編導…").
    ({ page }) => outletOfUrl(frontMatterOriginal(page)),
    ({ page }) => outletOfFrontMatter(page.frontMatter),
    ({ page }) => outletOfPermalink(page.location.path),
    ({ frame }) => frame.outlet,
    ({ page }) => outletOfCredit(page.body.textContent ?? ''),
    fromNote('closingOutlet'),
  ],
  // The gold convention: dateline, explicit date text, then the shared front matter (or the theme's date) and path. A
  // saved WeChat post's posting time is its date before any in its text: a notice opens with its event's day.
  published: [({ page }) => (isSavedWechatPost(page) ? frontMatterDate(page.frontMatter) : null), leadDateline, fromNote('dateLine'), ({ frame }) => frame.published],
  author: [({ frame }) => frame.author, fromNote('creditedAuthor'), ({ page, notes }) => authorOf(page, notes.byline ?? '')],
  editor: [({ frame }) => frame.editor, fromNote('creditedEditor')],
};

/** A kind of page the generic reader reads: its markers, and what it adds to the shared rules. */
export interface ReaderKind {
  id: string;
  /** Markers of the kind on the page as served; the archive signals they found are the frame. */
  recognise(page: SourcePage): MirrorSignals | null;
  /** The kind's own index pages, before the shared verdict on indexes and non-articles. */
  classify?(page: SourcePage, signals: MirrorSignals): IndexPage | null;
  /** The kind's own cleaning before the shared steps: a frame around the text they would read as text. */
  openingSteps?: readonly Step<MirrorSignals>[];
  /** The kind's own cleaning, after the shared steps. */
  steps?: readonly Step<MirrorSignals>[];
}

const ARTICLE_READING: GenericOptions = { minWeight: MIN_ARTICLE_WEIGHT, keepLinkLists: false };

/** A family read by Readability with the archive signals and the shared clutter rules. */
export function readerFamily(kind: ReaderKind, options: GenericOptions = ARTICLE_READING, lastTitles: readonly Source<MirrorSignals>[] = []): Family<MirrorSignals> {
  return {
    id: kind.id,
    recognise: kind.recognise,
    classify: (page, signals) => kind.classify?.(page, signals) ?? classifyPage(page, kind.id),
    article: {
      select: (page, signals) => selectReadable(page, signals, options),
      steps: [...(kind.openingSteps ?? []), ...genericSteps(options), ...(kind.steps ?? [])],
      minTextChars: 0,
      fields: { ...genericFields, title: [fromNote('title'), ...lastTitles] },
    },
  };
}

/**
 * A saved page whose head names its headline (front matter read back from og:title) opens with the site's links: a
 * linked line there that is not the headline (a menu's, a sidebar's latest story) is no headline linking to its
 * original.
 */
function withoutStrayHeadline(signals: MirrorSignals, page: SourcePage): MirrorSignals {
  // Only a head that declares one article names the headline so: a Markdown post's front matter titles its own line,
  // its quotation marks written another way ("「…」" over a linked "\"…\"").
  if (!page.declaresArticle || !signals.marks.has('headline-link')) return signals;
  const named = lettersOnly(cleanTitle(frontMatterString(page.frontMatter, 'title')));
  const linked = lettersOnly(signals.title ?? '');
  if (!named || named.includes(linked) || linked.includes(named)) return signals;
  const blocks = new Set(signals.blocks);
  blocks.delete(signals.title ?? '');
  const marks = new Set(signals.marks);
  marks.delete('headline-link');
  return { ...signals, title: null, originalUrl: null, blocks, marks };
}

/**
 * A saved WeChat post's posting time is its date (its head's): a labelled date among its first lines is its text's, an
 * event's day ("时间：2013年9月7日(周六) 15:00 至 17:00"), and stays in it.
 */
function withoutLabelledDate(signals: MirrorSignals): MirrorSignals {
  const blocks = new Set([...signals.blocks].filter((text) => !LABELLED_LINES.published.test(text)));
  return { ...signals, published: null, blocks };
}

// Read on the page as served: Readability may drop the headline line that links to the original. An archive's
// labelled lines over a rule ("来源：…", "文：…") head its text as a credit does a WeChat archive's.
const ANY_KIND: ReaderKind = {
  id: 'generic',
  recognise: (page) => {
    const signals = withoutStrayHeadline(readMirrorSignals(page.body), page);
    return isSavedWechatPost(page) ? withoutLabelledDate(signals) : signals;
  },
  openingSteps: [({ body, frame }) => removeArchiveHeaderNotes(body, frame)],
};

/** Unknown mirrored news: Readability with the shared mirror clutter rules and CJK-aware measures. */
export const generic = readerFamily(ANY_KIND);

/**
 * Any page as an article, however little text it has: the reader asked to read it anyway. A page that is no
 * article may have no headline: then what it calls itself, or its file's name.
 */
export const anyPage = readerFamily(ANY_KIND, { minWeight: 1, keepLinkLists: true }, [({ page }) => pageTitle(page), ({ page }) => fileNameOf(page.location.path)]);

function fileNameOf(path: string): string {
  const name = path.split('/').pop() ?? '';
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
