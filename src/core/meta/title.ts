import { collapseWhitespace, hanCount } from '../text';
import { normaliseOutlet } from './outlet';

// Decorations generators add to titles: media marks (图), （组图）, (视频), （視頻）, [World] section tags,
// " | site" suffixes.
const MEDIA_MARK = /\s{0,8}[（(](?:(?:组|組)?[图圖](?:\/[视視][频頻])?|[视視][频頻])[）)]\s{0,8}$/u;
const SECTION_PREFIX = /^\s*\[[A-Za-z][\w &-]{0,24}\]\s*/;
// Separators are matched from the start of their run of spaces only (the lookbehinds): a search retried
// from every space of a long run is quadratic. Chinese accounts also write 丨 or ｜ unspaced ("标题丨人间").
const SITE_SUFFIX = /(?<!\s)(?:\s{1,8}[|｜·–—-]\s{1,8}|[丨｜])([^|｜丨·–—-]{1,30})$/u;
// …or with a space before it only ("迷思 丨燕京书评"): read as unspaced.
const SPACES_BEFORE_BAR = /\s{1,8}([丨｜])/gu;
// A suffix that names a site, an account or a column is short and holds no sentence; one that is longer or
// asks a question is the headline's own second half ("尘肺门纪实0601 | 先行垫付是什么？工人该如何应对？").
const MAX_NAME_SUFFIX_CHARS = 10;
const SENTENCE_MARKS = /[，。？！、：；“”"?!,;]/u;
const MIN_TITLE_CHARS = 6;
// A character reference left as text: a converter escaped the title twice (Hugo front matter "回顾六四系列[11]&#65306;…",
// a page's "&amp;#65292;"), so the reader saw "&#65306;" where the page meant "：".
const CHARACTER_REFERENCE = /&#(?:(\d{1,7})|[xX]([\da-fA-F]{1,6}));/g;
const MAX_CODE_POINT = 0x10ffff;
// A title opened by a column tag ("【404重点】Matters｜掮客徐升") names the column first: what follows a bar is the headline.
const COLUMN_TAG = /^【[^】]{1,12}】/u;

/** The top-level domains of the sites' addresses titles carry. */
const SITE_DOMAINS = '(?:com|net|org|cn|tw|hk|mo|sg|my|ca|us|co|info|news|tv)(?![A-Za-z])';
/** A site's address in its name ("咕噜美国通 (Guruin.com)"): the suffix names the site, however long. */
const SITE_ADDRESS = new RegExp(`[A-Za-z0-9]\\.${SITE_DOMAINS}`, 'i');
/** A site's address set before the headline by a dash, as 央视国际 titled its pages ("CCTV.com-60%变性人术后生活不幸福"). */
const SITE_ADDRESS_PREFIX = new RegExp(`^[A-Za-z][A-Za-z0-9-]{0,30}(?:\\.[A-Za-z0-9-]{1,30}){0,2}\\.${SITE_DOMAINS}\\s{0,2}(?:--|[-－—_|｜])\\s{0,2}`, 'i');
/** Where an outlet's motto follows its name in a title's suffix. */
const OUTLET_MOTTO = /[，,]/u;

/** A site's name set after the headline by a dash with no space around it, as some systems title their pages ("…的改变—新闻—科学网",
 * "…染艾超16%-上海交通大学医学院-新闻网", "…的检索--翻译技术速递"): the last part, a known outlet or a word or a few that end on
 * what a news site is (SITE_NAME_END; "互联网" is no site). A headline's own second half after its dash ends on none ("…的泰国风俗--芭堤雅人妖表演", "性別重置手術-陰莖成形術"); a subtitle's "——" is the headline's. */
const UNSPACED_DASH_SUFFIX = /(?<=[^\s—－-])(?:--|－－|—|－|-)([^\s—－-]{2,14})$/u;
/** What a news site's name ends on: a site (网, but "互联网" is none), a paper, a magazine, its news or its digest. */
const SITE_NAME_END = /(?:(?<![联聯])[网網]|日报|日報|晚报|晚報|时报|時報|周刊|週刊|新闻|新聞|速递|速遞)$/u;
/** The part before a site's name may be its section or its owner ("—新闻—科学网", "-上海交通大学医学院-新闻网"): a site's name as well, or a
 * school's or hospital's name; the headline's own part ends on neither. */
const SITE_OWNER = /(?:大学|大學|学院|學院|医院|醫院)$/u;
const MAX_DASH_SUFFIX_PARTS = 2;

/** The title without a site's address before it (SITE_ADDRESS_PREFIX), when a headline's length is left. */
function withoutSiteAddressPrefix(title: string): string {
  const prefix = SITE_ADDRESS_PREFIX.exec(title);
  const rest = prefix ? title.slice(prefix[0].length) : title;
  return hanCount(rest) >= MIN_TITLE_CHARS ? rest : title;
}

/** The title without the site's name its system set after an unspaced dash (UNSPACED_DASH_SUFFIX), and its section or owner before it. */
function withoutDashedSiteName(title: string): string {
  let rest = title;
  for (let part = 0; part < MAX_DASH_SUFFIX_PARTS; part++) {
    const suffix = UNSPACED_DASH_SUFFIX.exec(rest);
    const name = suffix?.[1] ?? '';
    if (!suffix || SENTENCE_MARKS.test(name) || !(SITE_NAME_END.test(name) || normaliseOutlet(name) !== null || (part > 0 && SITE_OWNER.test(name)))) break;
    const before = rest.slice(0, suffix.index);
    if (hanCount(before) < MIN_TITLE_CHARS) break;
    rest = before;
  }
  return rest;
}

/** Width as set in a line of text: a Han character takes the room of two Latin letters. */
function displayWidth(text: string): number {
  return text.length + hanCount(text);
}

/** The title without its site suffix and the name cut, or the title whole and '' when its last segment is no name. */
function splitSiteSuffix(title: string): { title: string; name: string } {
  const whole = { title, name: '' };
  const probe = title.replace(SPACES_BEFORE_BAR, '$1');
  const suffix = SITE_SUFFIX.exec(probe);
  const name = suffix?.[1]?.trim() ?? '';
  // A suffix is cut only when it reads as a name and the rest is still a title of its own; a known outlet's name or one with
  // the site's address may be long ("标题 | Human Rights Watch", "标题 - 咕噜美国通 (Guruin.com)") and an outlet may add its
  // motto after a comma ("标题 - 维基新闻，自由的新闻源").
  const named = normaliseOutlet(name.split(OUTLET_MOTTO, 1)[0]) !== null || SITE_ADDRESS.test(name);
  if (!suffix || (!named && (name.length > MAX_NAME_SUFFIX_CHARS || SENTENCE_MARKS.test(name))) || COLUMN_TAG.test(title)) return whole;
  const withoutSuffix = probe.slice(0, suffix.index).trim();
  // A name is shorter than its headline: "数据吐槽中心 | 有趣的外资负面清单" is a column and its headline. Measured as set on the
  // page (a Han character as wide as two letters): "外表是骗人的 - iYouPort". A known outlet's name with its motto may be the
  // longer ("德国通过性别自决法 - 维基新闻，自由的新闻源").
  const nameSized = named || displayWidth(name) < displayWidth(withoutSuffix);
  return nameSized && withoutSuffix.length >= MIN_TITLE_CHARS && /\p{Script=Han}/u.test(withoutSuffix) ? { title: withoutSuffix, name } : whole;
}

/** The title with character references a converter left as text read as the characters they stand for. */
function withCharacterReferences(title: string): string {
  return title.replace(CHARACTER_REFERENCE, (reference, decimal: string | undefined, hex: string | undefined) => {
    const code = decimal === undefined ? Number.parseInt(hex ?? '', 16) : Number(decimal);
    return code > 0 && code <= MAX_CODE_POINT ? String.fromCodePoint(code) : reference;
  });
}

export function cleanTitle(raw: string): string {
  let title = collapseWhitespace(withCharacterReferences(raw));
  title = title.replace(SECTION_PREFIX, '').replace(MEDIA_MARK, '');
  const last = splitSiteSuffix(withoutDashedSiteName(withoutSiteAddressPrefix(title)));
  // A feed may name the outlet twice ("标题 – 法国国际广播电台 - RFI"); a second segment naming anything else is
  // the headline's own ("如何从信息源的头脑中挖掘情报 - 完整指南 - iYouPort").
  const outlet = normaliseOutlet(last.name);
  const before = outlet ? splitSiteSuffix(last.title) : null;
  return (before?.name && normaliseOutlet(before.name) === outlet ? before.title : last.title).trim();
}

// Titles a host or tool gives a page, never an article's: github.com's "PATH at BRANCH · OWNER/REPO · GitHub",
// bare file names, placeholders.
const CHROME_TITLES = [
  /·\s*GitHub$/,
  /^\S+ at \S+ · [\w.-]+\/[\w.-]+/,
  /^[\w.\-/ ]+\.(?:md|markdown|html?|txt)$/i,
  /^(?:untitled|index|home|readme|无标题|無標題|首页|首頁)$/i,
];

/** True for a title that names the page's host, file or site chrome rather than an article. */
export function isChromeTitle(title: string): boolean {
  const flat = collapseWhitespace(title);
  return flat === '' || CHROME_TITLES.some((pattern) => pattern.test(flat));
}

// Separators between headline and site name in page titles. Chinese sites write them unspaced
// ("标题_新浪网", "标题｜端传媒", "标题丨财新网"); ASCII ones count only with spaces around them, since
// "COVID-19" or "A|B" can sit inside a headline.
const PAGE_TITLE_SEPARATOR = /(?<!\s)\s{0,8}[_｜丨]\s{0,8}|(?<!\s)\s{1,8}[|\-–—·»:]\s{1,8}|(?<!\s)\s{0,8}——\s{0,8}/u;

/** The parts of a page title ("标题 – 站名 – 口号", "标题_网站名"). */
export function pageTitleParts(raw: string): string[] {
  return collapseWhitespace(raw).split(PAGE_TITLE_SEPARATOR).map((s) => s.trim()).filter(Boolean);
}

/**
 * The outlet a title's leading part names ("法广 | 北京拒绝…", "德国之声｜…": 中国数字时代 sets a repost's source so), or
 * null. Only a known outlet: a leading column or account name ("鱼眼观察 | …") is the headline's own.
 */
export function outletOfTitlePrefix(title: string): string | null {
  const [lead, ...rest] = pageTitleParts(title);
  return lead && rest.length > 0 && lead.length <= MAX_NAME_SUFFIX_CHARS ? normaliseOutlet(lead) : null;
}

const MIN_HEADLINE_HAN = 5;

/** Enough text to stand as a headline: 5 Han characters, or 3 words of other scripts. */
export function isHeadlineSized(text: string): boolean {
  return hanCount(text) >= MIN_HEADLINE_HAN || text.split(/\s+/).filter(Boolean).length >= 3;
}

/**
 * The headline inside a page title such as "标题_网站名" or "Site | Headline": the longest segment
 * that can stand as a headline, when the others look like site names; else the whole title cleaned.
 */
export function headlineOfPageTitle(raw: string): string {
  const segments = pageTitleParts(raw);
  // A known outlet's name in Latin letters may be the longest ("台湾公投不利同性婚姻 | Human Rights Watch").
  const names = (segment: string) => hanCount(segment) < MIN_HEADLINE_HAN && normaliseOutlet(segment) !== null;
  const longest = segments.filter((segment) => !names(segment)).reduce((a, b) => (b.length > a.length ? b : a), '');
  return cleanTitle(segments.length > 1 && isHeadlineSized(longest) ? longest : raw);
}

/**
 * A news page's own title without what its site adds after the headline: sections, tags, its name, a date ("标题 |
 * 焦点即时 | 川普2.0 | 世界新闻网", "标题 – DW – 2025年2月6日", "标题 | 跨性别女性 | 囚犯 | 大纪元"). The title runs to the first
 * part that can stand as a headline when every part after it is a name: too short for a headline, name-sized as a
 * suffix is, or the site's (`siteName`, or a known outlet's: "端傳媒 Initium Media"). A column before the headline
 * stays ("日报｜标题 | 端傳媒 Initium Media"). Else the whole title, cleaned.
 */
export function headlineBeforeSiteParts(raw: string, siteName: string): string {
  const flat = collapseWhitespace(raw);
  const parts = pageTitleParts(flat);
  const at = parts.findIndex(isHeadlineSized);
  const isName = (part: string) =>
    !isHeadlineSized(part) || (part.length <= MAX_NAME_SUFFIX_CHARS && !SENTENCE_MARKS.test(part)) || part === siteName || normaliseOutlet(part) !== null;
  if (at < 0 || !parts.slice(at + 1).every(isName)) return cleanTitle(flat);
  let end = 0;
  for (const part of parts.slice(0, at + 1)) end = flat.indexOf(part, end) + part.length;
  return cleanTitle(flat.slice(0, end));
}

// Jekyll post names and generators' item names carry the title: "_posts/2021-07-06-标题.md",
// "lists/site/1625597499000_标题.md". Only names in Han script are titles; Latin ones are slugs or ids.
const DATED_NAME = /^(?:\d{4}-\d{1,2}-\d{1,2}-|\d{12,14}_)/;
const MIN_PATH_TITLE_HAN = 6;

/** The title a file's name spells, or '' when the name is a slug, an id or no title at all. */
export function titleOfPath(path: string): string {
  const name = (path.split('/').pop() ?? '').replace(/\.[A-Za-z]{1,8}$/, '').replace(DATED_NAME, '');
  return hanCount(name) >= MIN_PATH_TITLE_HAN ? cleanTitle(name) : '';
}
