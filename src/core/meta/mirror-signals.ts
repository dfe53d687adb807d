import { removeAttributeLists } from '../clean/attribute-lists';
import { linesAtBreaks, splitLineParagraphs } from '../clean/blocks';
import { isLinkLine, isTextLabel, textOf, withText } from '../clean/clutter';
import { LINE_BULLET } from '../clean/wechat';
import { looksLikeMirrorUrl, parseUrl } from '../detect';
import { childElements, childNodesOf, closestByTag, descendantsByTag, firstDescendant, firstDescendantWhere, HEADING_TAGS, linksIn, textNodesIn } from '../dom';
import { collapseWhitespace } from '../text';
import { isDateOnly, parseLabelledDate, parseLooseDate } from './date';
import { isPlaceholder, readBylineLine, writersOfCredit } from './byline';
import { COMMENT_POINTER, CREDIT_DISCLAIMER, UPDATED_LABEL, isLabelledLine, KEYWORDS_LINE, LABELLED_LINES, LABEL_HEADING, ORIGINAL_LINK_LABEL, ORIGINAL_LINK_NAME_ALONE, ORIGINAL_NAME_BEFORE_LINK, ORIGINAL_LINK_WORDS, RUN_ON_LABEL, VIEW_COUNTER, VIEW_COUNTER_LABEL, CLOSING_VIEW_COUNTER, COUNTERS_LINE, HEADER_EXTRA_LABEL } from './labels';
import { readMetadataTable } from './metadata-table';
import { addressesPage, capturedUrl, isHttpUrl, originalUrlInText } from './original-url';
import { ACCOUNT_HOME, normaliseOutlet, outletOfName, PORTAL_ACCOUNT, PORTAL_ACCOUNT_NOTE, RUN_IN_NOTE_HOME } from './outlet';

// What volunteers' archives write around a mirrored article, whatever tool made them, read where no
// family knows the page: a first line that is the headline linking to the original ("[标题](原文)" over
// a rule), labelled lines at the top (日期：, 来源：, 作者：, 原文链接：…), and feed footers at the end
// (WordPress feeds: "© 作者 for 中国数字时代 | Permalink | … Post tags: … Feed enhanced by …").
// The blocks that hold only these signals are named, so that the caller takes them out of the text.

export interface MirrorSignals {
  /** The first line's headline, when it links to the original. */
  title: string | null;
  originalUrl: string | null;
  /** The original a box under the text links by its label alone (readClosingOriginalLink): yields to one the text credits. */
  closingOriginalUrl: string | null;
  published: string | null;
  outlet: string | null;
  author: string | null;
  /** The editor an archive's card names ("编辑：咬咬"): its line goes with the card. */
  editor: string | null;
  /** Collapsed texts of the blocks that carry only signals. */
  blocks: Set<string>;
  /** Which kinds of signal the page carries: what tells one kind of archive from another. */
  marks: Set<SignalMark>;
}

export type SignalMark = 'navigation' | 'headline-link' | 'labelled-date' | 'source-credit' | 'closing-credit' | 'feed-footer' | 'metadata-table' | 'outlet-as-writer';

// A list item too: the MkDocs news archive sets a portal's labelled lines as a list ("- **时间**: 2018-07-26 00:04:20",
// "- **作者**: 小小").
export const SIGNAL_BLOCK_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'small', 'li'];
/** The signals sit in the first and last few blocks; the text in between is the article's. */
const HEAD_BLOCKS = 6;
/** The head's items past its count of blocks that are still the head's: an editor's item and a keyword item under it. */
const ITEMS_UNDER_HEAD = 2;
const TAIL_BLOCKS = 4;
/** A labelled line is short; a longer block that starts with "来源：" is prose. */
const MAX_LINE_CHARS = 160;
/** A header line's counter with its count and a word or two after it. */
const MAX_COUNTER_PART_CHARS = 24;
/** A comma a run-on header line leaves after a value, before its next label: "作者：江峰 ， 来源：…". */
const TRAILING_COMMA = /[\s，,]{1,6}$/u;
/** What an outlet's channel adds to its name when credited as a writer ("希望之声TV", "法广中文网"); a name after it is a writer's
 * ("阿波罗网秦瑞报道"). */
const CHANNEL_SUFFIX = /^(?:TV|中文网|中文網|电台|電台|电视台|電視台|频道|頻道)?$/u;
/** Unless it is a label and one address, however long ("来源：<a href=\"https://mp.weixin.qq.com/s?__biz=…&chksm=…)"). */
const LABELLED_ADDRESS = /^[^\s：:]{1,12}\s{0,2}[：:]\s{0,2}(?:<a\s{1,3}href=|https?:\/\/)\S{1,2100}$/u;
/** A card has a dozen lines at most. */
const MAX_CARD_LINES = 12;
const HEADLINE_CHARS = { min: 4, max: 200 };

type Field = 'published' | 'outlet' | 'author' | 'originalUrl';
const LABELS: ReadonlyArray<readonly [Field, RegExp]> = [
  ['published', LABELLED_LINES.published],
  ['outlet', LABELLED_LINES.outlet],
  ['author', LABELLED_LINES.author],
  ['originalUrl', LABELLED_LINES.originalUrl],
];
// WeChat's header line over an original post: "原创 张三", "原创 陈季冰 大家-腾讯新闻" (the writer, then the account). Copied
// with a colon it may name a column or the account first ("原创：深度营", "原创：黄沙律师 深圳沙沙"): no writer then.
const WECHAT_ORIGINAL = /^原创(?:(\s{0,2}[：:])\s{0,4}|\s{1,4})([^\s:：]{1,20})(?:\s{1,4}\S{1,30}){0,3}$/u;
// The same header with the account's name linked to its profile, which WeChat addresses "javascript:void(0);": a renderer
// refuses the address and prints the link's syntax ("原创 朱光星 [风声OPINION](javascript:void(0);)", "狐狸罐头 [四环青年](…)",
// the account alone "[经视直播](…)"). No line of the text.
const WECHAT_PROFILE_HEADER = /^(?:原创\s{0,2}[：:]?\s{0,4}([^\s:：[\]]{1,20})\s{1,4}|[^\s[\]]{1,20}\s{1,4})?\[[^[\]]{1,40}\]\(javascript:void\(0\);?\)$/u;
// "原文来自微信公众号「新生8」：标题", "出自微信订阅号「羚羊实验室」：…", "本文来自微信公众号：原子智库（ID：…）",
// "原文来自南方周末：标题", "信息源自微信：标题", "本文转自微信公众号：「我在抱住」": who published it first, and a link to
// it (often struck through, the original being deleted). The words run on into 自己 are a sentence's: "说出自己的经历",
// "扭转自己的命运".
// An English repost credits the same way: "Reposted from Reuters: <URL>".
// "来源于微信公众号「面朝一勺海」，作者…" is a credit too, at the very start of its line only ("数据来源于…" is prose).
const SOURCE_CREDIT = /(?:原文|本文|信息|文章|内容|內容)?(?:来自|來自|出自|源自|[转轉][载載]?自)(?!己)\s{0,3}|^(?:来源于|來源於)\s{0,3}|\bRe(?:posted|published)\s{1,2}from\s{1,3}/u;
// A repost's closing line names where it took the text from and links it: "图文转自纽约时报： <URL>",
// "轉自佳士工人聲援團官網： <URL>". Only a line that opens with the credit ("图文" may come first): a last paragraph
// of prose may say what its photos came from ("这些照片来自[某人的推特](…)").
const CLOSING_CREDIT_OPENING = /^(?:图文|圖文)?$/u;
/** How far into its line a credit may start ("本文由简悦 SimpRead 转码，原文来自…"), when the line links to the original. */
const CREDIT_REACH = 40;
/**
 * A credit names a source and ends; a sentence that goes on past its full stop is prose that uses the words ("…造成全球范围的
 * 大灾难，来自众多国家政府和民间的索赔之声四起。中国大陆民众也…", "来自科隆大学的科学家团队…发表了一篇…报告。表示…"), on a
 * mirror that links its tags in every paragraph (禁闻网's) as on any other.
 */
const SENTENCE_END_THEN_PROSE = /[。！？](?=\s{0,2}\p{Script=Han}{2})/gu;
/** Quotes, title marks and a link's brackets: a mark inside them is a quoted title's ("原文来自「…我们还应看到什么？](…)",
 * "原文来自订阅号「王志安」：~~[疫苗又出事了！石家庄…](…)~~"). */
const OPENING_QUOTES = /[「『“《【[]/gu;
const CLOSING_QUOTES = /[」』”》】\]]/gu;

/** The text without its links' words: a linked title's marks are the title's ("原文来自订阅号「王志安」：~~[疫苗又出事了！石家庄…](…)~~"). */
function withoutLinkTexts(text: string, links: readonly Element[]): string {
  return links.reduce((rest, link) => rest.replace(textOf(link), ''), text);
}

/** How many quotes are open at the end of `text`. */
function openQuotes(text: string): number {
  return (text.match(OPENING_QUOTES)?.length ?? 0) - (text.match(CLOSING_QUOTES)?.length ?? 0);
}

/**
 * Whether a sentence goes on past its full stop outside quotes in `text`, which starts `openBefore` quotes deep: the
 * words may stand inside a quote the line opened before them ("所谓“新冠病毒源自美军实验室”的想法是“疯狂”的。外界解读…").
 */
function sentenceGoesOn(text: string, openBefore: number): boolean {
  for (const mark of text.matchAll(SENTENCE_END_THEN_PROSE)) {
    if (openBefore + openQuotes(text.slice(0, mark.index)) === 0) return true;
  }
  return false;
}
// The platform and kind of account before its name, and a user-id label ("信息源自微博id 周Wayne", "原文来自豆瓣ID「大兔纸装文艺」").
const ACCOUNT_KIND = /^(?:微信|微博|豆瓣(?=\s{0,3}(?:id|ID|用户|用戶)))?\s{0,3}(?:公众号|公眾號|公号|公號|订阅号|訂閱號|服务号|服務號|号|號)?(?:\s{0,3}(?:id|ID|用户|用戶|账号|帳號|帐号)(?=\s|\p{Script=Han}|[「“『【[]))?/u;
/** An outlet and the kind of its account before the account's quoted name: "新京报微信公众号「重案组37号」" (not two sources: "Matters和订阅号「胡泳」"). */
const OUTLET_BEFORE_ACCOUNT = /^[^\s：:「」“”『』【】和与與及、]{1,12}(?:微信)?(?:公众号|公眾號|订阅号|訂閱號)(?=[「“『【])/u;
/** The kind written after the name instead: "原文来自做書公众号，作者…". */
const KIND_AFTER_NAME = /(?<=\S)(?:微信)?(?:公众号|公眾號|公号|公號|订阅号|訂閱號)$/u;
// Where an account's name ends: a colon, a note, a space, a strike, or the clause after it ("出自微信公号 historiciz，标题").
const ACCOUNT_END = /[：:（(\s~，,。]/u;
const CLAUSE_END = /[，。；;]/u;
/** An account-id note after a credited name: "特稿痴迷者 （微信帐号：tegaocmz）". */
const ACCOUNT_ID_NOTE = /\s{0,3}[（(](?:微信)?\s{0,2}(?:帐号|账号|帳號|号|號|ID|id)\s{0,2}[：:][^（）()]{0,40}[）)]$/u;
/** A list of sources going on after a platform's name: "微博、推特等社交平台". */
const LIST_GOES_ON = /^[、，,]/u;
/** Marks no account name holds: a note, a clause, a link's brackets. */
const NOT_IN_NAME = /[（(，,。、[\]~「」“”]/u;
/** An account's name in quotes or brackets: 「人间theLivings」, “北京同志中心”, 『…』, "…", 【飞言不可的阿飞】, [雷斯林]. */
const QUOTE_PAIRS: Record<string, string> = { '「': '」', '“': '”', '『': '』', '"': '"', '【': '】', '[': ']', '《': '》' };
// An archive's navigation line above the article ("### [:house:返回](README.md)", "返回首页", "回到目录"): never a title.
const NAVIGATION = /^(?::[a-z_]{1,30}:|\p{Extended_Pictographic}\uFE0F?)?\s{0,3}(?:返回|回到|回上|回首|back\b|home\b)|^(?:首页|首頁|目录|目錄|主页|主頁)$/iu;
const TITLE_TAGS = ['h1', 'h2', 'h3'];
/** When a source's post was posted, after its name on the source's line: "京报网 于 2004-03-30 09:59:28 被阅读次数 10" (文学城),
 * "海南新闻网 发表于: 2006-04-07 11:01:28", the line's end near: what may follow is a counter. */
const POSTED_AT = /\s{1,4}(?:于|發表於|发表于\s{0,2}[：:]?)\s{0,4}(\d{4}-\d{1,2}-\d{1,2}(?:\s{1,2}\d{1,2}:\d{2}(?::\d{2})?)?)/u;
const MAX_AFTER_POSTED_AT = 61;
/** A date and time with no label of its own closing a value (after spaces or a bar) or opening it: "华商报 2003.06.21 08:42",
 * "2007.06.3007:55" (run together), "澎湃新闻 | 2023年07月26日 16:11:30", "2022-11-15 健康醫療網". */
const VALUE_DATE = '(\\d{4}\\s{0,2}[.\\-/年]\\s{0,2}\\d{1,2}\\s{0,2}[.\\-/月]\\s{0,2}\\d{1,2}日?(?:\\s{0,2}\\d{1,2}:\\d{2}(?::\\d{2})?)?)';
/** A day and month with no year, and maybe the time: "03月04日08:24", "10月31日", "01.04 08:47". */
const DAY_WITHOUT_YEAR = /^\d{1,2}\s{0,2}[月.\-/]\s{0,2}\d{1,2}日?(?:\s{0,2}\d{1,2}:\d{2}(?::\d{2})?)?$/u;
/** A year alone, as an archive's head gives it when it knew no day ("时间: 2023年"): it dates no day. */
const YEAR_ALONE = /^\d{4}\s{0,2}年$/u;
/** What an archive's head gives for a date it could not read, short and in no clause: a weekday ("时间: 周二"), a day of the
 * month ("时间： 19日"), a relative time ("发布时间: 4天前"), a read time ("时间：原创 30分"), the link it took for one ("时间: 阅读原文"). */
const UNREAD_DATE_VALUE = /^[^，,。；;！？!?]{1,12}$/u;
const CLOSING_DATE = new RegExp(`(?:\\s[|｜])?\\s{1,4}${VALUE_DATE}$`, 'u');

/** When a source's line says its post was posted: after the name, the line ending near the date, or a date closing it. */
function postedAtOf(value: string): RegExpExecArray | null {
  const posted = POSTED_AT.exec(value);
  if (posted && value.length - posted.index - posted[0].length <= MAX_AFTER_POSTED_AT) return posted;
  return CLOSING_DATE.exec(value);
}
const OPENING_DATE = new RegExp(`^${VALUE_DATE}\\s{1,4}(?=\\D)`, 'u');
/** A news site's page of a topic's stories ("https://news.un.org/zh/news/topic/human-rights"), which a header line links by
 * the topic's name. */
const TOPIC_PAGE = /\/topics?\/[^/?#]{1,200}\/?$/u;
const FEED_FOOTER = /Feed enhanced by|\|\s{0,3}Permalink\s{0,3}\||Post tags\s{0,3}:|del\.icio\.us/i;
// 新语丝's own lines round each article it publishes, reposted with it: the writer between middle dots under the title
// ("·方舟子·"), and at the end the article's number ("(XYS20251020)") over the site's mark ("◇◇新语丝(www.xys.org)…◇◇").
const DOTTED_BYLINE = /^[·•]\s{0,2}([^·•\s]{1,20})\s{0,2}[·•]$/u;
const PUBLISHER_CLOSING_LINE = /^[(（]XYS\d{6,10}[)）]$|^◇◇\s{0,2}新[语語][丝絲]/u;
// A repost's credit of the writer, the day and the paper the text first ran in, under its title (full-width spaces
// after the name): "作者：RON SUSKIND  2025年11月4日纽约时报", "作者：尹宣  2007-01-31中华读书报" (新语丝's reposts of the
// Times' Chinese columns). No line of the text.
const DATED_CREDIT = /^作者\s{0,2}[：:]\s{0,2}([\p{L}·.,'’-](?:[\p{L}·.,'’ -]{0,58}[\p{L}.])?) (\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})\s{0,2}(\p{Script=Han}{2,12})$/u;
/** How far after "©" a feed names its site ("© 大号冲塔 for 中国数字时代, …"). */
const FEED_SITE_REACH = 100;
const MAX_NAME_CHARS = 40;
const STRUCK_TAGS = ['del', 's', 'strike'];
/** The account's name before its struck-through post: "呦呦鹿鸣：". */
const STRUCK_CREDIT_NAME = /^([^\s：:]{1,20})\s{0,2}[：:]\s{0,2}$/u;
// An archive's card over the text restates the record, one labelled line each (中国数字时代's "CDT 档案卡":
// 标题：, 作者：, 发表日期：, 来源：, 主题归类：, CDS收藏：, 版权说明：); the lines no field is read from are no text either.
// 投稿人 names who sent the text in, 备份 the archive's backup copy, "404 日期" the day the original was deleted.
const CARD_LINE = /^(?:CDT\s{0,2}档案卡$|(?:标题|標題|主题归类|主題歸類|CDS收藏|版权说明|版權說明|投稿人|投稿|备份|404\s{0,2}日期)\s{0,4}[：:])/u;
/** A card may name its editor ("编辑：咬咬"); outside a card such a line is the post's own credit, read with its staff lines. */
const CARD_STAFF_LINE = /^(?:编辑|編輯|责编|責編)\s{0,4}[：:]/u;
/** The card's own heading: where a card begins, wherever it stands (CDT sets it after an article's lead too). */
const CARD_HEADING = /^CDT\s{0,2}档案卡$/u;
// CDT's card with no heading (its Markdown from late 2023 on) opens on its title line, the post's author on the next
// ("标题：…" over "作者：…"; an anonymous post's card goes on to its date or source): where it stands after an article's
// lead, that pair is where it begins.
const CARD_TITLE_LINE = /^(?:标题|標題)\s{0,4}[：:]/u;
const CARD_SECOND_LINES = [LABELLED_LINES.author, LABELLED_LINES.published, LABELLED_LINES.outlet];
// A feed's series mark over an item, linking the series' collection: "文章总汇：上海疫情", "中国数字时代有关“徐州八孩母亲” 文章总汇".
const SERIES_LINE = /^(?:文章[总總][汇匯]\s{0,2}[：:]\s{0,2}[^\s：:]{1,30}|[^\s“"「]{0,20}有关[“"「][^”"」]{1,30}[”"」]\s{0,2}文章[总總][汇匯])$/u;

/** Whether a line is a feed's series mark ("文章总汇：上海疫情"): no text. */
export function isSeriesLine(text: string): boolean {
  return SERIES_LINE.test(text);
}

/** A scraper's list of writers, as long as the page's credits ("authors: Joshua Berlinger, Adam Renton, Rob Picheta, …"). */
const AUTHORS_LIST_LINE = /^[Aa]uthors\s{0,4}:/u;
/** A keyword line may list a few dozen words. */
const MAX_KEYWORDS_LINE_CHARS = 400;
/** The names of a page's other language versions. */
const LANGUAGE_LINK = /^(?:中文(?:翻[译譯]|版|原文)?|英文(?:版|原文)?|[简簡]体(?:中文|版)?|[繁][體体](?:中文|版)?|English(?:\s{1,2}(?:version|translation))?|Chinese(?:\s{1,2}(?:version|translation))?)$/iu;
/** Words of a label for the link, not of an account's name: "微信文章二次复活：~~[标题](…)~~". */
const LINK_LABEL_WORDS = /文章|链接|鏈接|連結|原文|全文|网址|網址|存档|存檔|备份|備份/u;

// A saved reader page's meta line under its headline, each field behind an emoji: "📅 2026-07-22 13:04
// 🔗 阅读原文 🔙 返回日历". The calendar emoji opens the line; its date comes right after it.
const CALENDAR_LABEL = /^(?:\u{1F4C5}|\u{1F5D3}\uFE0F?)\s{0,3}/u;
/** "2026-07-22 13:04", "2026年7月22日 13:04": the date and time after the calendar emoji. */
const DATE_REACH = 24;

// A wiki's link markers left in exported text: "[[zh:白宫]]" reads 白宫.
const WIKI_MARKER = /\[\[[a-z]{2,3}(?:-[A-Za-z]{2,4})?:([^[\]\n]{1,60})\]\]/g;

/** The text with wiki link markers ("[[zh:白宫]]") reduced to their words. */
export function withoutWikiMarkers(text: string): string {
  return text.includes('[[') ? text.replace(WIKI_MARKER, '$1') : text;
}

/** Reduces wiki link markers in every text node under `root` to their words. */
export function unwrapWikiMarkers(root: Element): void {
  if (!root.textContent?.includes('[[')) return;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    text.data = withoutWikiMarkers(text.data);
  }
}

/** An archive's navigation line ("### [:house:返回](README.md)", "返回首页"): never a headline. */
export function isNavigationLine(text: string): boolean {
  return NAVIGATION.test(text);
}

/**
 * The page as its lines are read, and as the copy Readability reads holds them (readableContent): a site engine's
 * attribute lists off ("## 来源: 新浪文教 { data-search-exclude }" names 新浪文教), labelled lines set apart by single
 * breaks one block each. A copy where either is needed, else the page itself.
 */
function asReadLines(served: Element): Element {
  if (!served.textContent?.includes('{') && !firstDescendant(served, 'br')) return served;
  const copy = served.cloneNode(true) as Element;
  removeAttributeLists(copy);
  splitLabelledLines(copy);
  return copy;
}

/** A paragraph of labelled lines set apart by single breaks ("来源: 美国之音<br>时间: …") becomes one block a line. */
export function splitLabelledLines(root: Element): void {
  splitLineParagraphs(root, (line) => line.length <= MAX_KEYWORDS_LINE_CHARS && isLabelledLine(line));
}

/** A list item that is no labelled line nor a staff line (a site's tags, its friends' links, an article's points): it counts for none of the
 * head's blocks, so that a short page's labelled lines under it are still read. */
function isUnlabelledItem(block: Element): boolean {
  const text = textOf(block);
  return block.localName === 'li' && !isLabelledLine(text) && !CARD_STAFF_LINE.test(text) && !(isLinkLine(block) && ORIGINAL_LINK_LABEL.test(text));
}

export function readMirrorSignals(served: Element): MirrorSignals {
  const body = asReadLines(served);
  const signals: MirrorSignals = { title: null, originalUrl: null, closingOriginalUrl: null, published: null, outlet: null, author: null, editor: null, blocks: new Set(), marks: new Set() };
  const blocks = descendantsByTag(body, SIGNAL_BLOCK_TAGS).filter((block) => !SIGNAL_BLOCK_TAGS.includes(block.parentElement?.localName ?? '') && !isUnlabelledItem(block));
  // Only the first and last blocks with text are read: the article between them is not measured here.
  const leading = withText(blocks, HEAD_BLOCKS + MAX_CARD_LINES);
  // Navigation lines first: out of the text, and the heading after them is the headline.
  let first = 0;
  while (first < leading.length && first < HEAD_BLOCKS && isNavigationLine(textOf(leading[first]!))) signals.blocks.add(textOf(leading[first++]!));
  if (first > 0) signals.marks.add('navigation');
  // A label set as a heading over its value ("## 来源" over "新浪新闻") is one line of the head with its value.
  const head: Element[] = [];
  const labelHeadings: Array<[heading: Element, value: Element]> = [];
  let headEnd = first;
  // A keyword or category line names no field and counts for none of the head's blocks ("分類: 社會" over "作者: …").
  let keywordLines = 0;
  for (; headEnd < leading.length && head.length + labelHeadings.length - keywordLines < HEAD_BLOCKS; headEnd++) {
    const block = leading[headEnd]!;
    const next = leading[headEnd + 1];
    if (next && isLabelHeading(block) && !HEADING_TAGS.includes(next.localName)) labelHeadings.push([block, leading[++headEnd]!]);
    else head.push(block);
    if (KEYWORDS_LINE.test(textOf(block))) keywordLines++;
  }
  const headline = head[0] && headlineLink(head[0]);
  if (headline) {
    signals.marks.add('headline-link');
    signals.title = headline.title;
    signals.originalUrl = headline.url;
    signals.blocks.add(headline.title);
  } else if (first > 0 && head[0] && TITLE_TAGS.includes(head[0].localName)) signals.title = headlineUnderNavigation(head, signals);
  // A card runs as long as it runs (CDT's has seven lines), its labelled lines ("来源：", "发表日期：") with it once it
  // has begun in the head.
  let cardBegun = false;
  for (const [i, block] of head.entries()) {
    cardBegun ||= CARD_LINE.test(textOf(block));
    // An editor's line under the head's read lines is the head's (青海新闻网's, 3DM's "编辑：孔令磊" under the date, source and author).
    if (i > 0 && signals.blocks.has(textOf(head[i - 1]!)) && readStaffLine(block, signals)) continue;
    // A date alone under a byline read on its own line is the byline's (Yahoo's "赖意文／综合报道" over "2024年11月1日").
    if (i > 0 && signals.blocks.has(textOf(head[i - 1]!)) && readBylineLine(textOf(head[i - 1]!)) && isDateOnly(textOf(block))) {
      signals.published ??= parseLooseDate(textOf(block));
      signals.blocks.add(textOf(block));
      continue;
    }
    readLabelledLine(block, signals, cardBegun);
  }
  // Labels set as headings are read after the head's own lines: the portal's source under a heading ("## 来源" over
  // "新浪新闻") yields to one the text's lines name.
  for (const [heading, value] of labelHeadings) readValueUnderHeading(heading, value, signals);
  const headRead = head.length > 0 && signals.blocks.has(textOf(head.at(-1)!));
  // A keyword item under the head's read lines, an editor's item between at most, is the head's past the head's count of lines
  // (雅昌's "- 标签: Wu Tsang" under its time, source, writer and editor items): it names no field and is no text.
  if (headRead) {
    for (const block of leading.slice(headEnd, headEnd + ITEMS_UNDER_HEAD)) {
      const text = textOf(block);
      if (text.length <= MAX_KEYWORDS_LINE_CHARS && KEYWORDS_LINE.test(text)) signals.blocks.add(text);
      else if (!CARD_STAFF_LINE.test(text)) break;
    }
  }
  readCardLines(leading.slice(headEnd), cardBegun, signals, headRead);
  // A card after the lead: from its heading on.
  if (!cardBegun) {
    const start = cardStart(blocks);
    if (start >= 0) readCardLines(withText(blocks.slice(start), MAX_CARD_LINES), true, signals);
  }
  readEmojiMetaLine(body, signals);
  readBylineList(body, signals);
  readAccountHead(head, signals);
  readAccountCard(head, signals);
  for (const block of head) if (PICTURE_SECTION_LABEL.test(textOf(block))) signals.blocks.add(textOf(block));
  for (const block of withText(blocks.slice().reverse(), TAIL_BLOCKS)) {
    const text = textOf(block);
    if (PUBLISHER_CLOSING_LINE.test(text)) {
      signals.outlet ??= normaliseOutlet(text);
      signals.blocks.add(text);
      continue;
    }
    if (!FEED_FOOTER.test(text)) {
      readClosingCredit(block, text, signals);
      continue;
    }
    const site = feedSite(text);
    if (site) signals.outlet ??= outletOfName(site);
    signals.marks.add('feed-footer');
    signals.blocks.add(text);
  }
  readClosingOriginalLink(body, signals);
  // The saving tool's table of the page's metadata under the text: what the lines over the text left open.
  const table = readMetadataTable(body);
  if (table) {
    signals.originalUrl ??= table.originalUrl;
    signals.published ??= table.published;
    signals.outlet ??= table.outlet;
    signals.marks.add('metadata-table');
  }
  // The outlet's own post (中国数字时代's columns) names no source: the outlet its card credits as the writer is its outlet.
  if (signals.marks.has('outlet-as-writer')) signals.outlet ??= signals.author;
  return signals;
}

/** 美国之音's byline, set as a list over the lead picture ("<ul><li>锺辰芳</li></ul>" then the figure; the desk's name,
 * "美国之音", when no writer is named; "路透社（美国之音中文部翻译）"): a name each item, with a short note at most, no sentence. */
const BYLINE_ITEM = /^[\p{Script=Han}·]{2,6}(?:[（(][^（）()]{1,16}[）)])?$/u;
const BYLINE_ITEM_NOTE = /[（(].{1,16}[）)]$/u;
const MAX_BYLINE_ITEMS = 3;

/**
 * A byline list opening the text over its lead picture (美国之音's pages as copies keep them): its writers, an outlet's
 * name among them as the outlet; no text. Only a list that nothing but the head's read lines stands over in its block
 * (禁闻网's notices stand over that block), with a picture right under it: a list of points or of links opens no text so.
 */
function readBylineList(body: Element, signals: MirrorSignals): void {
  const list = firstDescendantWhere(body, (el) => el.localName === 'ul' || el.localName === 'ol');
  const items = list ? childElements(list) : [];
  if (!list || items.length === 0 || items.length > MAX_BYLINE_ITEMS) return;
  const names = items.map((item) => textOf(item));
  if (!items.every((item, i) => item.localName === 'li' && BYLINE_ITEM.test(names[i]!))) return;
  const picture = list.nextElementSibling;
  if (!picture || !(picture.localName === 'figure' || firstDescendant(picture, 'figure'))) return;
  for (const block of descendantsByTag(list.parentElement ?? body, SIGNAL_BLOCK_TAGS)) {
    if (list.contains(block)) break;
    if (textOf(block) && !signals.blocks.has(textOf(block))) return;
  }
  const writers: string[] = [];
  for (const name of names) {
    const outlet = normaliseOutlet(name.replace(BYLINE_ITEM_NOTE, ''));
    if (outlet) signals.outlet ??= outlet;
    else writers.push(name);
    signals.blocks.add(name);
  }
  if (writers.length > 0) signals.author ??= writers.join('、');
}

/** The page's foot is read this far back: the link under the text may have a tag list after it (禁闻网's "本文标签：" and its dozen tags). */
const CLOSING_LINKS = 40;
/** A foot credits the original and may credit the copy it was taken from (禁闻网: the outlet's page, then its own). */
const MAX_CLOSING_CREDITS = 2;

/** A link on a line of its own that names it the original: the label alone as its text ("<a>原文链接</a>") or before it ("原文链接：<a>标题</a>"). */
function isOriginalLinkLine(link: Element): boolean {
  const line = link.parentElement;
  if (!line) return false;
  const [lineText, linkText] = [textOf(line), textOf(link)];
  if (lineText === linkText) return ORIGINAL_LINK_NAME_ALONE.test(linkText);
  return linkText !== '' && lineText.endsWith(linkText) && ORIGINAL_NAME_BEFORE_LINK.test(lineText.slice(0, -linkText.length));
}

/** A post's address: a page file or a long number closing its path ("…/2020/1101/1518699.html"), no site's or section's home. */
const POST_PATH = /(?:\.s?html?|\/\d{5,12}\/?)$/iu;
/** A source's name is a few words. */
const MAX_LINKED_SOURCE_CHARS = 12;

/**
 * A source line at the foot that links the outlet's name to the story's page, its byline after it: 禁闻网's copies of 阿波罗网
 * ("来源：<a href=…/2020/1101/1518699.html>阿波罗网</a>林亿综合报道"). A name linked to a site's home or section is no credit.
 */
function isLinkedSourceLine(link: Element): boolean {
  const line = link.parentElement;
  const linkText = textOf(link);
  if (!line || linkText === '' || linkText.length > MAX_LINKED_SOURCE_CHARS || linksIn(line)[0] !== link) return false;
  const label = LABELLED_LINES.outlet.exec(textOf(line));
  return !!label && textOf(line).slice(label[0].length).startsWith(linkText) && POST_PATH.test(parseUrl(link.getAttribute('href') ?? '')?.pathname ?? '');
}

/**
 * The original a page's foot credits in a box of its own under the text, a line Readability drops as a link block (禁闻网's
 * "<div><a href=…>原文链接</a></div>", "原文链接：<a>标题</a>" over "本文的图文或视频完整版：<a>标题</a>", a linked source line over them):
 * the first such link, when every
 * one the page holds is among its last links. A digest's many "原文链接" credit its items, not the page. It is the page the
 * mirror copied: an original the text itself credits ("阅读原文：<a>…</a>", "消息来源：…" over a reposted story) comes first.
 */
function readClosingOriginalLink(body: Element, signals: MirrorSignals): void {
  const links = linksIn(body);
  const sourceLines = new Set(links.filter(isLinkedSourceLine));
  const credits = links.filter((link) => sourceLines.has(link) || isOriginalLinkLine(link));
  const closing = links.slice(-CLOSING_LINKS);
  // A credit the page repeats (a text edition that gives a story's foot twice) is one credit.
  const credited = new Set(credits.map((link) => link.getAttribute('href') ?? ''));
  if (credits.length === 0 || credited.size > MAX_CLOSING_CREDITS || !credits.every((link) => closing.includes(link))) return;
  const href = credits[0]!.getAttribute('href') ?? '';
  if (!isHttpUrl(href) || looksLikeMirrorUrl(href)) return;
  signals.closingOriginalUrl = href;
  // A linked source line stays for the foot's readers: it names the outlet too ("來源： [TVBS](…)", Yahoo 奇摩新聞's partners).
  for (const link of credits) if (!sourceLines.has(link)) signals.blocks.add(textOf(link.parentElement!));
}

/** Where a card after the lead begins: its heading, or its title line with the author's, date or source line next. */
function cardStart(blocks: readonly Element[]): number {
  return blocks.findIndex((block, i) => {
    const text = textOf(block);
    if (CARD_HEADING.test(text)) return true;
    const next = CARD_TITLE_LINE.test(text) ? withText(blocks.slice(i + 1), 1)[0] : undefined;
    return !!next && CARD_SECOND_LINES.some((label) => label.test(textOf(next)));
  });
}

/** A staff line ("编辑：咬咬", CARD_STAFF_LINE): its editor read and its line named; false for any other line. */
function readStaffLine(block: Element, signals: MirrorSignals): boolean {
  const text = textOf(block);
  const staff = CARD_STAFF_LINE.exec(text);
  if (!staff) return false;
  const name = text.slice(staff[0].length).trim();
  if (name.length <= MAX_NAME_CHARS) signals.editor ??= name || null;
  signals.blocks.add(text);
  return true;
}

/** An archive card's lines from `blocks` on, as far as they run; its labelled lines too once the card has begun; its staff
 * lines, and a staff line right under the head's read lines (`underHead`). */
function readCardLines(blocks: readonly Element[], cardBegun: boolean, signals: MirrorSignals, underHead = false): void {
  for (const [i, block] of blocks.entries()) {
    const text = textOf(block);
    if ((cardBegun || (underHead && i === 0)) && readStaffLine(block, signals)) continue;
    if (CARD_LINE.test(text)) signals.blocks.add(text);
    else if (cardBegun) readLabelledLine(block, signals, true);
    if (!signals.blocks.has(text)) break;
  }
}

/**
 * A repost's closing credit line with its link ("图文转自纽约时报： <URL>"): the outlet and the original, and no text.
 * A support group's own Pages site may be what it credits ("图文转自佳士工人声援团官网： <https://….github.io/…>"): the
 * line is a credit all the same, but an address that looks like a mirror's is not taken for the original.
 */
function readClosingCredit(block: Element, text: string, signals: MirrorSignals): void {
  if (text.length > MAX_LINE_CHARS) return;
  const links = linksIn(block);
  const credit = sourceCredit(text, links);
  if (!credit || !links.some((a) => isHttpUrl(a.getAttribute('href') ?? '')) || !CLOSING_CREDIT_OPENING.test(credit.before)) return;
  // At the end a linked name is the post's title ("转载自：[Mac 电脑使用 ClashX Pro 作为网关旁路由](…)"), not its site.
  const linkedName = links.some((a) => textOf(a) === credit.account);
  if (credit.account && !linkedName) signals.outlet ??= outletOfName(credit.account);
  signals.originalUrl ??= creditedLink(block);
  signals.marks.add('closing-credit');
  signals.blocks.add(text);
}

/** A portal's button to follow the account whose post the page is (新浪看点's, 网易号's): "关注", "+关注", "离线关注". */
const FOLLOW_BUTTON = /^(?:\+\s{0,2}|离线|離線)?(?:关注|關注)$/u;
/** Over the button, the account's name and, on a line of its own, its note and the posting time ("优质影视领域创作者
 * 2020.05.03 21:44", "观察者网官方账号 2022.06.20 13:24", "2022-08-27 00:59 江西"). */
const MAX_ACCOUNT_HEAD_LINES = 2;
const MAX_ACCOUNT_HEAD_LINE_CHARS = 40;

/**
 * A portal's head over an account's post, from the account's name to the follow button under it ("观察者网" over "观察者网官方账号
 * 2022.06.20 13:24" over "关注"): the account is the post's source, the time its date, and none of it is text.
 */
function readAccountHead(head: readonly Element[], signals: MirrorSignals): void {
  const button = head.findIndex((block) => FOLLOW_BUTTON.test(textOf(block)));
  // With no button, the account's note ("观察者网官方账号 2023.03.15 13:21") under its name ("## 观察者网") makes the head, or
  // the posting time under the name set as a heading.
  const note = button < 0 ? head.findIndex((block, i) => isAccountNote(textOf(block)) || (i > 0 && isPostingUnderName(head[i - 1]!, firstLineOf(block)))) : -1;
  const end = button >= 1 ? button : note + 1;
  if (end < 2 && button < 1) return;
  // The article's own heading is no line of the head.
  const lines = head.slice(Math.max(0, end - MAX_ACCOUNT_HEAD_LINES), end).filter((block) => block.localName !== 'h1');
  // The posting time or a labelled line may open a paragraph of the head's lines ("2021.11.05 14:35<br>来源：新浪新闻<br>…").
  const texts = lines.map(firstLineOf);
  if (texts.length === 0 || texts.some((text) => text.length > MAX_ACCOUNT_HEAD_LINE_CHARS || CLAUSE_END.test(text))) return;
  const [name, posting] = texts.length === 2 ? texts : [texts[0]!, null];
  // The name is a heading under the headline; a post's own title set as a heading over its date line (a feed archive's "## 标题"
  // over "**日期：** …") is none, nor is a heading that repeats the headline ("## 武汉伪娘cos照超性感" under the same title).
  const headline = head.find((block) => block.localName === 'h1');
  const underName = button < 0 && lines.length === 2 && headline !== undefined && textOf(headline) !== name && isPostingUnderName(lines[0]!, posting!);
  if (!isNameLike(name!) || (button < 0 && !posting?.startsWith(name!) && !underName)) return;
  // The note names the outlet whose account it is ("## 猛犸新闻" over "《东方今报》官方账号 …", "## 新浪娱乐V" over "新浪娱乐官方账号 …").
  const noted = posting === null ? null : CLOSING_DATE.exec(posting);
  const account = noted && PORTAL_ACCOUNT.test(posting!.slice(0, noted.index).trim()) ? outletOfName(posting!.slice(0, noted.index).trim()) : null;
  if (!NEWS_SECTION.test(name!)) signals.outlet ??= account ?? outletOfName(name!);
  const posted = posting === null ? null : (CLOSING_DATE.exec(posting) ?? OPENING_DATE.exec(posting));
  // The time alone on its line ("2023.04.24 21:45") dates the post too.
  signals.published ??= posted ? parseLooseDate(posted[1]!) : posting === null ? null : leadingDate(posting);
  for (const text of button >= 1 ? [...texts, textOf(head[button]!)] : texts) signals.blocks.add(text);
}

/** A block's text up to its first break. */
function firstLineOf(block: Element): string {
  if (!firstDescendant(block, 'br')) return textOf(block);
  const [first = []] = linesAtBreaks(childNodesOf(block));
  return collapseWhitespace(first.map((node) => node.textContent ?? '').join(''));
}

/** The name on an account's card: the line is its links to the account's home and nothing else (ACCOUNT_HOME), or null. */
export function accountCardName(block: Element): string | null {
  const links = linksIn(block);
  const home = links[0]?.getAttribute('href') ?? '';
  if (links.length === 0 || links.length > 2 || !ACCOUNT_HOME.test(home) || links.some((link) => link.getAttribute('href') !== home)) return null;
  return textOf(block) === links.map(textOf).join(' ') ? textOf(links[0]!) : null;
}

/** A portal's card of the account whose post the page is, over the post (its name linking the account's home): the account is
 * the post's source, and the line no text. */
function readAccountCard(head: readonly Element[], signals: MirrorSignals): void {
  for (const block of head) {
    const name = accountCardName(block);
    // The archive links a labelled line to the home too ("[来源: 澎湃新闻](…)"): read as labelled.
    if (name === null || /[：:]/u.test(name)) continue;
    signals.blocks.add(textOf(block));
    const runIn = RUN_IN_NOTE_HOME.test(linksIn(block)[0]!.getAttribute('href') ?? '');
    if (runIn ? PORTAL_ACCOUNT.test(name) : isNameLike(name)) signals.outlet ??= outletOfName(name);
    return;
  }
}

/** An account's note on a portal, short and in no clause: "优质影视领域创作者", "原创作者", "《东方今报》官方账号". */
const ACCOUNT_NOTE = /^[^\s，。；;：:]{1,20}$/u;

/** The archive's own heading over a section of the page's details ("## 视频信息", "## 相关信息", "## 事件概述"), no account's name. */
const SECTION_NAME = /(?:信息|概述|概要|简介|摘要|详情|资料|内容|提示)$/u;
/** A site's news section over its dated item, set as an account's name would be (a society's and a hospital's "## 最新消息" over
 * "### 2024-06-20", "## 新闻中心"): the head's lines all the same, but it names no outlet. */
const NEWS_SECTION = /^(?:(?:最新|最近)(?:消息|動態|动态|公告|資訊|资讯|新聞|新闻)|(?:新聞|新闻)(?:稿|中心|動態|动态)|(?:活動|活动)(?:與|与)消息)$/u;

/** The level the archive sets a portal's head's parts at, the account's name among them ("## 信息时报"); a sub-heading under
 * the headline is the text's ("### 第69期"). */
const ACCOUNT_NAME_TAG = 'h2';

/**
 * The posting time under the account's name set as a heading (the MkDocs archive's "## 信息时报" over "2004.03.25 03:46", "## 迷影生活"
 * over "优质影视领域创作者 2020.05.03 21:44", "## 新闻晨报" over "**时间**: 2015.06.03 05:49"): alone, after the account's note or after
 * a date's label. The archive's label over the text ("## 正文") and over a section of details ("## 视频信息") name none.
 */
function isPostingUnderName(name: Element, posting: string): boolean {
  if (name.localName !== ACCOUNT_NAME_TAG || isLabelHeading(name) || isTextLabel(textOf(name)) || SECTION_NAME.test(textOf(name))) return false;
  const time = CLOSING_DATE.exec(posting);
  const label = LABELLED_LINES.published.exec(posting);
  const dated = label ? posting.slice(label[0].length).trim() : posting;
  return leadingDate(dated) !== null || DAY_WITHOUT_YEAR.test(dated) || (time !== null && ACCOUNT_NOTE.test(posting.slice(0, time.index).trim())) || isSourceOrWriterLine(textOf(name), posting) || isBareAccountNote(posting);
}

/** The portal's labelled head lines under the account's name: its source or its writer with a value ("## 封面新闻" over
 * "**来源**: 华西都市报", "## 新华网" over "**作者：** 新华网官方账号"; 新浪's head, 30 of the archive's 新浪新闻 pages). The name reads as
 * an outlet's, or the value names it ("## 参考消息" over "来源: 参考消息网"): a column's title ("## 拨乱反正" over "作者: 黄杰士") or a
 * subtitle over the same lines is the text's. */
function isSourceOrWriterLine(name: string, text: string): boolean {
  const label = LABELLED_LINES.outlet.exec(text) ?? LABELLED_LINES.author.exec(text);
  const value = label === null ? '' : text.slice(label[0].length).trim();
  return value !== '' && isNameLike(value) && (normaliseOutlet(name) !== null || OUTLET_NAME_END.test(name) || value.includes(name));
}

/** A portal's note of an outlet's account with the posting time: "观察者网官方账号 2023.03.15 13:21". */
function isAccountNote(text: string): boolean {
  const time = CLOSING_DATE.exec(text);
  return time !== null && PORTAL_ACCOUNT.test(text.slice(0, time.index).trim());
}

/** The label of a portal's picture section among the head's lines, its pictures under it or gone ("## 重要图片", "**重要图片：**"). */
const PICTURE_SECTION_LABEL = /^重要(?:图片|圖片)\s{0,2}[：:]?$/u;

/** The posting time as the archive ran it together, unread ("01.2318:35", "04月28日06:35"). */
const RUN_TOGETHER_TIME = /\s{0,2}[\d.:月日]{4,16}$/u;

/** Under the account's name, its note with that time or none ("## 红星新闻" over "《红星新闻》官方账号 01.2318:35", "## 新华网" over
 * "新华网官方账号"). */
const isBareAccountNote = (text: string): boolean => PORTAL_ACCOUNT.test(text.replace(RUN_TOGETHER_TIME, ''));

/**
 * The meta line of a saved reader page: a short <div> above the first paragraph that opens with a calendar
 * emoji and a date; its link that credits the original ("🔗 阅读原文") is the original.
 */
function readEmojiMetaLine(body: Element, signals: MirrorSignals): void {
  for (const el of descendantsByTag(body, ['p', 'div'])) {
    const text = textOf(el);
    if (el.localName === 'p' && text !== '') return;
    if (el.localName !== 'div' || text.length > MAX_LINE_CHARS) continue;
    const label = CALENDAR_LABEL.exec(text);
    const date = label && parseLooseDate(text.slice(label[0].length, label[0].length + DATE_REACH));
    if (!date) continue;
    signals.published ??= date;
    const credit = linksIn(el).find((a) => {
      const href = a.getAttribute('href') ?? '';
      return ORIGINAL_LINK_WORDS.test(textOf(a)) && isHttpUrl(href) && !looksLikeMirrorUrl(href);
    });
    signals.originalUrl ??= credit?.getAttribute('href') ?? null;
    signals.blocks.add(text);
    return;
  }
}

/** The site a feed footer credits: "© AUTHOR for SITE, …" (a scan, not one pattern with two open-ended runs). */
function feedSite(text: string): string | null {
  const mark = text.indexOf('©');
  if (mark < 0) return null;
  const after = text.slice(mark, mark + FEED_SITE_REACH);
  const credit = /\sfor\s/.exec(after);
  if (!credit) return null;
  const site = after.slice(credit.index + credit[0].length).split(/[,|]/, 1)[0]!.trim();
  return site && site.length <= MAX_NAME_CHARS ? site : null;
}

/** A block that is one link and nothing else, to an address outside the mirrors: the headline and its original. */
function headlineLink(block: Element): { title: string; url: string } | null {
  const links = linksIn(block);
  const title = textOf(block);
  const href = links[0]?.getAttribute('href') ?? '';
  // A link labelled only as the original ("~~[原文地址](…)~~") is the credit, read with the labelled lines.
  if (links.length !== 1 || textOf(links[0]!) !== title || !isHttpUrl(href) || looksLikeMirrorUrl(href) || ORIGINAL_LINK_LABEL.test(title)) return null;
  return title.length >= HEADLINE_CHARS.min && title.length <= HEADLINE_CHARS.max ? { title, url: href } : null;
}

/** What a news outlet's or its channel's name ends with ("北京青年报", "温州网", "大公报", "中华网娱乐综合" as compiled by 中华网娱乐):
 * a place ("2024-07-20 23:12 上海", "烟台 …", where a portal's post was sent from) or a section ("电视剧 2024-09-15 20:18") beside
 * the time names none. */
const OUTLET_NAME_END = /(?:网|網|报|報|社|电台|電台|视台|視台|新闻|新聞|周刊|週刊|传媒|傳媒|电视|電視|卫视|衛視|频道|頻道|杂志|雜誌|娱乐|娛樂|体育|體育|财经|財經|科技)(?:综合|綜合|编译|編譯)?$/u;
/** A date with its time of day, which sets a header line apart from a sentence that opens on a date; the year may be left out
 * (澎湃's "澎湃新闻 02-13 10:31"), and then it dates nothing. */
const TIMED_DATE = '((?:\\d{4}\\s{0,2}[.\\-/年]\\s{0,2})?\\d{1,2}\\s{0,2}[.\\-/月]\\s{0,2}\\d{1,2}日?\\s{0,2}\\d{1,2}:\\d{2}(?::\\d{2})?)';
/** A source's name beside it: a few words, no digit, no clause, no reporter's byline ("記者莊漢昌／台南報導"). */
const NAME_BY_DATE = '([^\\s\\d|｜，。；;：:、/／]{2,16})';
/** A portal's header line of the source's name and the time, in either order: "中国新闻网 | 2023年05月25日 14:49:26",
 * "2024-08-03 05:02:18 大公报", "2024年12月3日 16:50 美国之音". */
const DATED_NAME = new RegExp(`^(?:${NAME_BY_DATE}\\s{0,2}[|｜]?\\s{1,4}${TIMED_DATE}|${TIMED_DATE}\\s{1,4}${NAME_BY_DATE})$`, 'u');

/** A header line of a date and the source's name: the name linking the source's own copy (or a topic's page: no name), the
 * link's text all the rest of the line after the date, or unlinked beside the date and its time (DATED_NAME, the name '' when
 * it names no outlet); its date and the name, null for any other line (its links are read only when a date opens it). */
function datedSourceOf(block: Element, text: string): { date: string; name: string } | null {
  const dated = OPENING_DATE.exec(text);
  const rest = dated ? text.slice(dated[0].length) : '';
  const links = linksIn(block);
  const href = dated && links.length === 1 && textOf(links[0]!) === rest ? (links[0]!.getAttribute('href') ?? '') : '';
  // A topic's page the line links by the topic's name ("2022年8月22日 [人权](/zh/news/topic/human-rights)", UN News) names no source.
  if (dated && TOPIC_PAGE.test(href)) return { date: dated[1]!, name: '' };
  if (dated && isHttpUrl(href) && !looksLikeMirrorUrl(href) && isNameLike(rest)) return { date: dated[1]!, name: rest };
  const named = DATED_NAME.exec(text);
  if (!named) return null;
  const name = named[1] ?? named[4]!;
  return { date: named[2] ?? named[3]!, name: normaliseOutlet(name) !== null || OUTLET_NAME_END.test(name) || PORTAL_ACCOUNT.test(name) ? name : '' };
}

/**
 * One labelled line of an archive's head. `inCard`: the line is an archive card's, under its heading or title line,
 * whose 来源 records where the archive took the post from.
 */
function readLabelledLine(block: Element, signals: MirrorSignals, inCard: boolean, text = textOf(block)): void {
  // A keyword list is as long as it is; it names no field.
  if (text.length <= MAX_KEYWORDS_LINE_CHARS && KEYWORDS_LINE.test(text)) {
    signals.blocks.add(text);
    return;
  }
  if (text.length > MAX_LINE_CHARS && !LABELLED_ADDRESS.test(text) && !(text.length <= MAX_KEYWORDS_LINE_CHARS && AUTHORS_LIST_LINE.test(text))) return;
  if (isLanguageSwitch(block, text) || isSeriesLine(text)) {
    signals.blocks.add(text);
    return;
  }
  if (CARD_LINE.test(text)) {
    signals.blocks.add(text);
    return;
  }
  if (isLinkLine(block) && ORIGINAL_LINK_LABEL.test(text)) {
    signals.originalUrl ??= creditedLink(block);
    signals.blocks.add(text);
    return;
  }
  const dated = DATED_CREDIT.exec(text);
  if (dated) {
    signals.author ??= dated[1]!;
    signals.published ??= parseLooseDate(dated[2]!);
    signals.outlet ??= outletOfName(dated[3]!);
    signals.blocks.add(text);
    return;
  }
  // A byline on its own line ("赖意文／综合报道", "記者徐郁雯／台北報導 2017-09-20 19:25:50"): the writer, the date after it.
  const byline = readBylineLine(text);
  if (byline) {
    if (byline.writer) signals.author ??= byline.writer;
    if (byline.date) signals.published ??= parseLooseDate(byline.date);
    signals.blocks.add(text);
    return;
  }
  const dotted = DOTTED_BYLINE.exec(text);
  if (dotted) {
    signals.author ??= dotted[1]!;
    signals.blocks.add(text);
    return;
  }
  const credit = sourceCredit(text, linksIn(block));
  if (credit) {
    if (credit.account) signals.outlet ??= outletOfName(credit.account);
    // What precedes a credit may date the article ("4/2/2024 3:41 PM UTC 轉載自GNews").
    if (credit.before) signals.published ??= parseLooseDate(credit.before);
    signals.originalUrl ??= creditedLink(block);
    signals.marks.add('source-credit');
    signals.blocks.add(text);
    return;
  }
  const profileHeader = WECHAT_PROFILE_HEADER.exec(text);
  if (profileHeader) {
    if (profileHeader[1]) signals.author ??= profileHeader[1];
    signals.blocks.add(text);
    return;
  }
  const wechatOriginal = WECHAT_ORIGINAL.exec(text);
  if (wechatOriginal) {
    if (!wechatOriginal[1]) signals.author ??= wechatOriginal[2]!;
    signals.blocks.add(text);
    return;
  }
  // A portal's header line of the date and the source's name it links, no label: "2023年07月25日 11:22 [观察者网](…)" (新浪);
  // the link is to the source's copy of the text: one to a topic's page names the topic ("2022年8月22日 [人权](…/topic/human-rights)",
  // UN News).
  const datedSource = datedSourceOf(block, text);
  if (datedSource) {
    signals.published ??= parseLooseDate(datedSource.date);
    signals.outlet ??= outletOfName(datedSource.name);
    signals.blocks.add(text);
    return;
  }
  // The portal's pointer to the comments, alone or after the date ("2007年02月13日08:29 我来说两句(1)").
  const pointer = COMMENT_POINTER.exec(text);
  const pointed = pointer && pointer.index > 0 ? leadingDate(text.slice(0, pointer.index)) : null;
  if (pointer && (pointer.index === 0 || pointed)) {
    signals.published ??= pointed;
    signals.blocks.add(text);
    return;
  }
  // The site's date over the text with its counter ("2024年12月22日 889点阅", "更新 2024-11-26 4:16 PM 人气 238"), or the counter
  // alone ("阅读次数: 5228").
  // When it was last updated, alone ("更新：2022年9月6日 7:31 PM") or stamped so (大纪元's), dates no posting.
  const updated = UPDATED_LABEL.exec(text);
  const stamp = updated ? text.slice(updated[0].length) : text;
  const counted = CLOSING_VIEW_COUNTER.test(stamp) ? leadingDate(stamp) : null;
  if (counted || VIEW_COUNTER.test(text) || COUNTERS_LINE.test(text) || (updated && leadingDate(stamp))) {
    if (!updated) signals.published ??= counted;
    signals.blocks.add(text);
    return;
  }
  const parts = runOnParts(text);
  if (parts) {
    for (const part of parts) if (readLabelledPart(part, block, signals, inCard) === null) signals.published ??= leadingDate(part);
    signals.blocks.add(text);
    return;
  }
  const labelled = readLabelledPart(text, block, signals, inCard);
  if (labelled === 'line') signals.blocks.add(text);
  if (labelled !== null) return;
  // The struck post alone on its line, under a credit that names the account: the original.
  const link = struckLink(block);
  if (link && textOf(link) === text && signals.marks.has('source-credit')) {
    signals.originalUrl ??= creditedLink(block);
    signals.blocks.add(text);
    return;
  }
  // Last: a labelled line ("原文：~~[标题](…)~~") names no account.
  const struck = struckCredit(block, text);
  if (struck) {
    if (struck.account) signals.outlet ??= outletOfName(struck.account);
    signals.originalUrl ??= creditedLink(block);
    signals.marks.add('source-credit');
    signals.blocks.add(text);
  }
}

function isLabelHeading(block: Element): boolean {
  return HEADING_TAGS.includes(block.localName) && LABEL_HEADING.test(textOf(block));
}

/**
 * A value under its label set as a heading, read as its labelled line ("来源：新浪教育 时间： 2016.04.25 10:06"), from its
 * text alone (a link beside the value is the portal's, "[原文链接](…/keyword.d.html)"): the portal's note that a source is an
 * account of its own ("每日新报 《每日新报》官方账号") is left out, and a date with no label of its own closing or opening the
 * line ("华商报 2003.06.21 08:42") is the date. Both lines are no text once read.
 */
function readValueUnderHeading(heading: Element, valueBlock: Element, signals: MirrorSignals): void {
  // A value that is a labelled line of its own ("## 来源" over "**来源**: [搜狐娱乐](…)") is read as it is, its links with it.
  if (isLabelledLine(textOf(valueBlock))) {
    readLabelledLine(valueBlock, signals, false);
    if (signals.blocks.has(textOf(valueBlock))) signals.blocks.add(textOf(heading));
    return;
  }
  const unlinked = collapseWhitespace(textNodesIn(valueBlock).filter((node) => !closestByTag(node.parentElement ?? valueBlock, ['a'])).map((node) => node.data).join(''));
  const text = (unlinked || textOf(valueBlock)).replace(PORTAL_ACCOUNT_NOTE, '$1');
  const closing = CLOSING_DATE.exec(text);
  const opening = closing ? null : OPENING_DATE.exec(text);
  const date = closing ?? opening;
  const value = closing ? text.slice(0, closing.index) : opening ? text.slice(opening[0].length) : text;
  const line = valueBlock.ownerDocument.createElement('p');
  line.textContent = `${textOf(heading).replace(/[：:]$/u, '')}：${value}`;
  const lineText = textOf(line);
  const readBefore = signals.blocks.has(lineText);
  readLabelledLine(line, signals, false);
  if (readBefore || !signals.blocks.has(lineText)) return;
  signals.blocks.delete(lineText);
  if (date) signals.published ??= parseLooseDate(date[1]!);
  signals.blocks.add(textOf(heading));
  signals.blocks.add(textOf(valueBlock));
}

/**
 * One labelled line, or one part of a header line that runs several together: 'line' when it was read as a labelled line
 * (the line is no text), 'prose' when its label opens a sentence, null when it opens with no label read here.
 */
function readLabelledPart(text: string, block: Element, signals: MirrorSignals, inCard: boolean): 'line' | 'prose' | null {
  for (const [field, label] of LABELS) {
    const match = label.exec(text);
    if (!match) continue;
    // The reposting site's disclaimer after the value, and the comma before it or before the next label, are no part of it.
    const value = text.slice(match[0].length).replace(CREDIT_DISCLAIMER, '').replace(TRAILING_COMMA, '').trim();
    // "publish date: None", "authors: ": a generator's line that knows no value is no text either; nor is an anchor left
    // open around no address ("来源：<a href=\"https://…/原文 URL)", a template's placeholder).
    if (isPlaceholder(value) || (value.startsWith('<a ') && !bareAddress(value))) {
      return 'line';
    }
    // "作者：<a href=\"https://chinadigitaltimes.net/space/BBC)": the anchor's text, the writer's name, lost, only the address
    // of the archive's page for them left: no writer is read, and the line is the card's all the same (the card reads on).
    if (field === 'author' && bareAddress(value)) {
      return 'line';
    }
    // "作者：澎湃新闻官方账号": the portal's account of an outlet, which is the source and no writer.
    const account = field === 'author' ? PORTAL_ACCOUNT.exec(value) : null;
    if (account) {
      const name = account[1] ?? account[2]!;
      signals.outlet ??= outletOfName(name);
      return 'line';
    }
    // "来源：~~https://…~~": a source given as an address is the original, no outlet.
    const credited = field === 'outlet' && bareAddress(value) ? 'originalUrl' : field;
    // "文章来源: 京报网 于 2004-03-30 09:59:28 被阅读次数 10": the source, then when it was posted and the site's counter; a
    // news site's source line closes with the date alone ("来源：澎湃新闻 | 2023年07月26日 16:11:30", "来源：环球网 2021年06月22日"),
    // and so may a writer's ("作者：Jabberoc 2023-04-19").
    const postedAt = credited === 'outlet' || credited === 'author' ? postedAtOf(value) : null;
    if (postedAt) signals.published ??= parseLooseDate(postedAt[1]!);
    const read = readField(credited, postedAt ? value.slice(0, postedAt.index) : value, block);
    if (read === null) {
      // A portal's date line that gives no year ("时间：03月04日08:24", "日期：09月13日 15:50") or no date at all ("时间: 周二") dates
      // nothing, and is no text.
      if (credited === 'published' && (DAY_WITHOUT_YEAR.test(value) || YEAR_ALONE.test(value) || UNREAD_DATE_VALUE.test(value))) return 'line';
      // Outside a card, an outlet's channel credited as the writer ("作者: 希望之声TV", 禁闻网's video posts) names the outlet.
      const named = credited === 'author' && !inCard ? normaliseOutlet(value) : null;
      const channelOf = named && value.startsWith(named) && CHANNEL_SUFFIX.test(value.slice(named.length)) ? named : null;
      if (channelOf) signals.outlet ??= channelOf;
      // A card's line is the card's whatever its value reads as, and the card reads on past it: "作者：中国数字时代" (an
      // outlet that wrote its own post, the card's writer all the same), "发表日期：2014.7" (a month).
      if (!inCard) return channelOf ? 'line' : 'prose';
      if (credited === 'author' && value.length <= MAX_NAME_CHARS) signals.author ??= value;
      if (credited === 'author' && normaliseOutlet(value) === value) signals.marks.add('outlet-as-writer');
      return 'line';
    }
    if (signals[credited] === null && read !== '') signals[credited] = read;
    // "来源：华夏早报 [标题](原文)": the title the source line links is the original; so is the struck post a line
    // links by its account's name ("来源：~~[火星试验室](原文)~~"), struck as the archive strikes a deleted original.
    // So is a capture the line links ("来源：[微信公众号“建设性意见”](https://web.archive.org/web/https://mp.weixin.qq.com/s/…)").
    const linksCapture = linksIn(block).some((a) => capturedUrl(a.getAttribute('href') ?? '') !== null);
    // A link that addresses no page is the site's own ("来源：澎湃新闻 [中国青年网](http://www.youth.cn/)"), no original.
    const sourceLink = credited === 'outlet' && (nameBeforeTitle(value, block) !== null || struckLink(block) !== null || linksCapture) ? creditedLink(block) : null;
    if (sourceLink && addressesPage(sourceLink)) signals.originalUrl ??= sourceLink;
    // A card's source linked by its name is the post the archive took ("来源：[微信公众号“PeepingTom”](https://mp.weixin.qq.com/s/…)",
    // "[微博](https://weibo.com/<id>/<post>)"), unless the link is to where the source is rather than to a post (CDT's
    // page for the name, its feed). Outside a card such a link is the source's own page ("来源: [国际](https://news.tvbs.com.tw/world)").
    if (credited === 'outlet' && inCard) {
      const links = linksIn(block);
      const linked = links.length === 1 && textOf(links[0]!) === value ? creditedLink(block) : null;
      if (linked && addressesPage(linked)) signals.originalUrl ??= linked;
    }
    if (credited === 'published') signals.marks.add('labelled-date');
    return 'line';
  }
  return null;
}

/**
 * A portal's header line that runs its labelled lines together ("来源：搜狐体育 作者：钟伟", "2016-12-14 05:20:00 来源: 中关村在线"),
 * in its parts: each opens with a label, the first may be the date alone. Null for any other line.
 */
function runOnParts(text: string): string[] | null {
  const parts = text.split(RUN_ON_LABEL).map((part) => part.replace(PART_EDGE_MARKS, ''));
  if (parts.length < 2) return null;
  const first = parts[0]!;
  // A counter is a number and a word or two ("人气：4610 次 评论（165）"): "2024-08-21 浏览:601 从字面意思…" is the text's first
  // line run on under the site's.
  if (parts.some((part) => VIEW_COUNTER_LABEL.test(part) && part.length > MAX_COUNTER_PART_CHARS)) return null;
  // The staff or the section may come first ("编辑: 编辑大大 日期: 2024-08-03 18:12 来源: …", "栏目：热点透视 来源：本站 日期：…").
  const staffFirst = HEADER_EXTRA_LABEL.test(first) && parts.slice(1).some(isLabelledLine);
  // An originality mark or a share bar's words may open it ("原创 时间: … 来源: 商业时光网", "分享评论 时间： … 来源： 相因网 关注度： 2479"):
  // a word or two of no label, over two labelled parts or more and the site's counters.
  const markFirst = LEAD_MARK.test(first) && parts.slice(1).filter(isLabelledLine).length > 1 && parts.slice(1).every((part) => isLabelledLine(part) || HEADER_EXTRA_LABEL.test(part));
  return isLabelledLine(first) || leadingDate(first) !== null || staffFirst || markFirst ? parts : null;
}

/** The dash a header line sets between the date and the source, left closing the date's part ("2016-08-02 14:40:55 - 来源：…"). */
const PART_EDGE_MARKS = /\s{1,4}[-–—]{1,2}$/u;
/** A mark of no label opening a header line: "原创", "分享评论". */
const LEAD_MARK = /^[\p{Script=Han}A-Za-z]{1,4}$/u;

/** A header line's date standing alone, with its time, and the site's counter after it: "2016-12-14 05:20:00", "2012年04月06日
 * 06:52", "2024年12月22日 889点阅", 大纪元's "更新 2024-11-26 4:16 PM 人气 238". */
function leadingDate(part: string): string | null {
  // When the page was last updated dates no posting ("更新: 2022年8月24日 5:44 PM" among a header line's parts).
  if (UPDATED_LABEL.test(part)) return null;
  const date = part.replace(CLOSING_VIEW_COUNTER, '');
  return isDateOnly(date) ? parseLooseDate(date) : null;
}

/** The link `rest` opens with: a linked account ("转载自[戰友之聲](…)…") or the post itself ("来自：[标题](…)"). */
function linkAt(rest: string, links: readonly Element[]): Element | undefined {
  return links.find((a) => textOf(a) !== '' && rest.startsWith(textOf(a)));
}

/** Whether a link's text can be an account's name rather than a post's title. */
function isNameLike(text: string): boolean {
  return text.length <= MAX_NAME_CHARS && !NOT_IN_NAME.test(text) && !/[：:]/u.test(text);
}

/** "文字版：", "文字稿：": a transcript's label before its title. */
const TRANSCRIPT_LABEL = /^文字[版稿]\s{0,2}[：:]?\s{0,2}/u;
/**
 * What a generator leaves between a run-in credit and the title after it: a quote mark ("…](…)> **标题**"), a heading
 * mark ("…](…)# 标题"), spaces.
 */
const RUN_IN_LEAD = /^[>#\s]{1,8}/u;

/** Bold marks Markdown left as text: CommonMark's emphasis does not close after Chinese punctuation ("**文字版：****标题**"). */
const UNRENDERED_BOLD = /\*{2,4}/gu;

/** A post's own title as an archive sets it after a credit: without a quote mark, stray bold marks and a transcript's label. */
function postTitle(text: string): string {
  return text.replace(UNRENDERED_BOLD, '').replace(RUN_IN_LEAD, '').replace(TRANSCRIPT_LABEL, '').trim();
}

/** A credit the generator ran into a heading after its words: where it starts, the account's link, and the words after it. */
function runInCredit(heading: Element): { start: number; href: string; after: string } | null {
  const text = textOf(heading);
  const lead = SOURCE_CREDIT.exec(text);
  if (!lead || lead.index === 0) return null;
  const rest = text.slice(lead.index + lead[0].length);
  const link = linkAt(rest, linksIn(heading));
  if (!link || !isNameLike(textOf(link))) return null;
  return { start: lead.index, href: link.getAttribute('href') ?? '', after: rest.slice(textOf(link).length) };
}

/** A line that is only a credit to a site's home ("轉載自[戰友之聲](http://….blogspot.com)"): where posts were taken from, no post. */
function isHomeCredit(block: Element): boolean {
  const text = textOf(block);
  const credit = sourceCredit(text, linksIn(block));
  const href = creditedLink(block);
  return !!credit?.account && text.endsWith(credit.account) && href !== null && !addressesPage(href);
}

/**
 * The headline under an archive's navigation line. A generator may run the credit into it ("# 郭文貴先生視頻的文字版轉載自[戰友之聲](…)"):
 * the headline is what comes before a credit that links its account. A credit to a site's home rather than a post makes
 * the heading the archive section's, the same over each of its posts ("郭文貴先生視頻的文字版"): the post's own title
 * follows the credit, run into the heading after it, or as the first line after a credit line of its own. The section's
 * heading and that line are then no text.
 */
function headlineUnderNavigation(head: readonly Element[], signals: MirrorSignals): string {
  const heading = head[0]!;
  const text = textOf(heading);
  const runIn = runInCredit(heading);
  if (runIn) {
    const title = addressesPage(runIn.href) ? '' : postTitle(runIn.after);
    if (!title) return text.slice(0, runIn.start).trim();
    signals.blocks.add(text);
    return title;
  }
  const [, creditLine, titleLine] = head;
  // A line that is only a link (the source post's address, an outlet's name) is no title.
  const linkOnly = titleLine !== undefined && linksIn(titleLine).some((link) => textOf(link) === textOf(titleLine));
  const title = creditLine && titleLine && !linkOnly && isHomeCredit(creditLine) ? postTitle(textOf(titleLine)) : '';
  if (!title || title.length > HEADLINE_CHARS.max) return text;
  signals.blocks.add(text);
  signals.blocks.add(textOf(titleLine!));
  return title;
}

/** A "原文来自…" credit: the account or outlet it names (null when it names none, as in "源自微信：标题"). */
function sourceCredit(text: string, links: readonly Element[]): { account: string | null; before: string } | null {
  const lead = SOURCE_CREDIT.exec(text);
  if (!lead || (lead.index > 0 && (links.length === 0 || lead.index > CREDIT_REACH)) || sentenceGoesOn(withoutLinkTexts(text.slice(lead.index), links), openQuotes(text.slice(0, lead.index)))) return null;
  const afterLead = text.slice(lead.index + lead[0].length);
  const kind = ACCOUNT_KIND.exec(afterLead)?.[0] ?? '';
  // "原文来自公号~~[硝美丽](…)~~": a strike GitHub did not render leaves its marks around the name.
  // "原文来自◎骚客文艺 | 董啸": a bullet the account sets before its name is no part of it.
  // "来源于：爱霸国际英语<br>时间：2017-02-18": the name ends where a header label runs on after it.
  const rest = afterLead.slice(kind.length).replace(/^[：:]/u, '').trimStart().replace(/^~~/u, '').replace(LINE_BULLET, '').split(RUN_ON_LABEL, 1)[0]!;
  // "源自微信：标题": the platform, then straight to the title.
  const before = text.slice(0, lead.index);
  if (/^(?:微信|微博)\s{0,3}$/u.test(kind) && /^[：:]/u.test(afterLead.slice(kind.length))) return { account: null, before };
  // "新京报微信公众号「重案组37号 」": an outlet's account, its name in the quotes.
  const ownAccount = rest.replace(OUTLET_BEFORE_ACCOUNT, '');
  const close = QUOTE_PAIRS[ownAccount.charAt(0)];
  const quotedText = close && ownAccount.includes(close, 1) ? ownAccount.slice(1, ownAccount.indexOf(close, 1)) : '';
  // "出自公号 ~~[「北窗：标题」](…)~~": the quotes hold the post's share title, the account before its colon.
  const quoted = links.some((a) => textOf(a).includes(quotedText)) ? quotedText.split(/[：:]/u, 1)[0]! : quotedText;
  // A name with spaces ends at its colon: "信息源自Black Lives China： ~~[标题](…)~~"; an address's colon is none of
  // a name's ("来自新浪微博 ~~https://m.weibo.cn/…~~").
  const colon = rest.search(/[：:](?!\/\/)/u);
  const spaced = colon > 0 && colon <= MAX_NAME_CHARS && !NOT_IN_NAME.test(rest.slice(0, colon)) ? rest.slice(0, colon) : '';
  const end = rest.search(ACCOUNT_END);
  // A credit that links its post straight after the label ("原文来自：~~[带血的庞氏，p2p消亡简史](…)~~") names no account.
  const linkedTo = linkAt(rest, links);
  const linked = linkedTo && textOf(linkedTo);
  const named = linked === undefined ? rest.slice(0, end < 0 ? rest.length : end) : isNameLike(linked) ? linked : '';
  const account = (quoted || spaced || named).trim().replace(KIND_AFTER_NAME, '');
  return { account: account && account.length <= MAX_NAME_CHARS ? account : null, before };
}

/**
 * A line that is only a link to the page in another language, a sibling file of the mirror ("[中文翻译](…_zh.md)",
 * "[English](….md)"): navigation, not text. A link to a web address may be the credited original and stays.
 */
function isLanguageSwitch(block: Element, text: string): boolean {
  const href = linksIn(block)[0]?.getAttribute('href') ?? '';
  return isLinkLine(block) && LANGUAGE_LINK.test(text) && !/^[a-z][a-z+.-]{0,20}:|^\/\//iu.test(href);
}

/** A link struck through: the archive's mark of a deleted original. */
export function struckLink(block: Element): Element | null {
  return linksIn(block).find((a) => closestByTag(a, STRUCK_TAGS) !== null) ?? null;
}

/**
 * "呦呦鹿鸣：~~[响水灰犀牛](原文)~~": the account named before its struck-through post, with no "来自"; a label
 * for the link ("微信文章二次复活：~~[…](…)~~") makes it a credit that names no account.
 */
function struckCredit(block: Element, text: string): { account: string | null } | null {
  const link = struckLink(block);
  const title = link ? textOf(link) : '';
  if (!link || title === '' || !text.endsWith(title)) return null;
  const name = STRUCK_CREDIT_NAME.exec(text.slice(0, text.length - title.length))?.[1] ?? '';
  if (name === '') return null;
  if (LINK_LABEL_WORDS.test(name)) return { account: null };
  const close = QUOTE_PAIRS[name.charAt(0)];
  return { account: close && name.endsWith(close) ? name.slice(1, -1) : name };
}

/**
 * The original a credit line links to: a struck-through link (the original was deleted: the archive's
 * reason to exist), else the line's last link (a tool's link may come first: "本文由[简悦]转码，原文来自…").
 */
function creditedLink(block: Element): string | null {
  const links = linksIn(block).filter((a) => {
    const href = a.getAttribute('href') ?? '';
    return isHttpUrl(href) && !looksLikeMirrorUrl(href);
  });
  const chosen = links.find((a) => closestByTag(a, STRUCK_TAGS) !== null) ?? links.at(-1);
  return chosen?.getAttribute('href') ?? null;
}

/**
 * A value that is one web address and nothing else, a strike GitHub did not render around it ("~~https://…~~"), or an
 * anchor a feed's converter left open ("<a href=\"https://mp.weixin.qq.com/s/…)").
 */
function bareAddress(value: string): string | null {
  const unclosed = UNCLOSED_ANCHOR.exec(value);
  const address = (unclosed ? unclosed[1]! : value).replace(/^~~|~~$/gu, '').trim();
  return isHttpUrl(address) && !/\s/u.test(address) ? address : null;
}

function readField(field: Field, value: string, block: Element): string | null {
  if (field === 'published') return parseLabelledDate(value);
  if (field === 'originalUrl') return creditedLink(block) ?? originalUrlInText(value) ?? bareAddress(value);
  if (field === 'author') return writersOfCredit(value, MAX_NAME_CHARS);
  const named = nameBeforeTitle(value, block) ?? value;
  if (!named || named.length > MAX_NAME_CHARS) return null;
  // "来源：财新网，~~[原文](…)~~": the outlet, then a clause of its own.
  const outlet = accountName(named.split(CLAUSE_END, 1)[0]!.replace(ACCOUNT_ID_NOTE, '').trim());
  // A source that names none ("来源：网络") is read all the same: the line is a source line, no text.
  return outletOfName(outlet) ?? '';
}

/**
 * The name a source line gives before the title it links ("来源：华夏早报 [南方周末毙稿：…](…)", "来源：公众号量产基地：
 * ~~[专访…](…)~~"), or null when no link's text follows a name.
 */
function nameBeforeTitle(value: string, block: Element): string | null {
  const starts = linksIn(block)
    .map((a) => textOf(a))
    .filter((title) => title !== '')
    .map((title) => value.indexOf(title))
    .filter((at) => at > 0);
  if (starts.length === 0) return null;
  return value.slice(0, Math.min(...starts)).replace(TITLE_LEAD, '');
}

const UNCLOSED_ANCHOR = /^<a\s{1,3}href=["']?([^\s"'<>()]{1,2048})["')]?$/u;

/** What sets a name off from the title after it: spaces, a colon, a strike's marks, a bar ("红星新闻 | [中国青年网](…)"). */
const TITLE_LEAD = /[\s：:~|｜]{1,8}$/u;

/** An account's name without its platform and kind, or the quotes around it: "微信公众号“白彤东”" names 白彤东, "微信公众号“3号厅检票员工”" 3号厅检票员工; empty when the quotes hold none. */
function accountName(name: string): string {
  const bare = name.slice(ACCOUNT_KIND.exec(name)?.[0].length ?? 0).trim();
  // "微博、推特等社交平台": the platform is one of a list the source names, no account's kind.
  if (LIST_GOES_ON.test(bare)) return name;
  const close = QUOTE_PAIRS[bare.charAt(0)];
  // "微信公众号“”": a card's template left the account's name empty; the kind alone names no one.
  if (close && bare === bare.charAt(0) + close) return '';
  const unquoted = close && bare.length > 2 && bare.endsWith(close) ? bare.slice(1, -1) : bare;
  return unquoted || name;
}
