import { closestByTag, descendantsByTag } from '../dom';
import { frontMatterString, type FrontMatter } from '../source/front-matter';

// Publication dates as mirror pages write them. Order of trust (the gold convention): the article's
// own dateline, then front matter, then an unambiguous date in the file's path.

// Zero is written 零, 〇 (U+3007), or by typists ○ (U+25CB, a circle) and Ｏ (full-width letter): 二○二○年.
const DIGITS: Record<string, number> = { 〇: 0, '○': 0, Ｏ: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 二零二零 → 2020 (digit by digit); 十 / 二十一 / 三十 → 10 / 21 / 30 (tens). */
export function chineseNumeralValue(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (!text.includes('十')) {
    let value = 0;
    for (const ch of text) {
      const digit = DIGITS[ch];
      if (digit === undefined) return null;
      value = value * 10 + digit;
    }
    return text ? value : null;
  }
  const parts = text.split('十');
  if (parts.length !== 2) return null;
  const [tens = '', units = ''] = parts;
  const tensValue = tens === '' ? 1 : DIGITS[tens];
  const unitsValue = units === '' ? 0 : DIGITS[units];
  if (tensValue === undefined || unitsValue === undefined || tens.length > 1 || units.length > 1) return null;
  return tensValue * 10 + unitsValue;
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const NUMERAL = '[0-9０-９〇○Ｏ零一二三四五六七八九十]';
const CHINESE_DATE = new RegExp(`(${NUMERAL}{2,4})\\s*年\\s*(${NUMERAL}{1,3})\\s*月\\s*(${NUMERAL}{1,3})\\s*日`);

function toAsciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** The first 年月日 date in a text, in Arabic or Chinese numerals; two-digit years are 20xx. */
export function parseChineseDate(text: string): string | null {
  const match = CHINESE_DATE.exec(toAsciiDigits(text));
  if (!match) return null;
  const [, y = '', m = '', d = ''] = match;
  let year = chineseNumeralValue(y);
  const month = chineseNumeralValue(m);
  const day = chineseNumeralValue(d);
  if (year === null || month === null || day === null) return null;
  if (year < 100) year += 2000;
  return isoDate(year, month, day);
}

// 【大纪元2026年02月05日讯】, 【看中国2023年2月22日讯】, 【明慧网二零二零年七月十日】, （大纪元记者…2019年7月21日报导）
const DATELINE = new RegExp(`[【\\[（(]([^】\\]）)]{0,24}?${NUMERAL}{2,4}\\s{0,4}年\\s{0,4}${NUMERAL}{1,3}\\s{0,4}月\\s{0,4}${NUMERAL}{1,3}\\s{0,4}日[^】\\]）)]{0,12})[】\\]）)]`);

/** The dateline a Chinese news article opens with, searched in its first few hundred characters. */
export function parseDateline(text: string): string | null {
  const head = text.slice(0, 600);
  const match = DATELINE.exec(head);
  return match ? parseChineseDate(match[1] ?? '') : null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\\.?';
// Feeds (RFC 822: "Tue, 23 Jun 2020 21:03:47 +0000") and English pages ("June 23, 2020").
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s{1,3}${MONTH_NAME},?\\s{1,3}(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_NAME}\\s{1,3}(\\d{1,2}),?\\s{1,3}(\\d{4})\\b`, 'i');
// Archives written by US tools: "4/2/2024 3:41 PM UTC" is April 2nd.
const US_NUMERIC_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;

const monthNumber = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/**
 * Dates as front matter, feeds and archive tools write them: ISO timestamps, YYYY-MM-DD, Chinese, RFC 822
 * and English month names, US M/D/YYYY. The calendar date as written is kept (no time-zone shift).
 */
/**
 * Front-matter keys that date a post, most trusted first. Wiki.js writes `date` as the page's last edit and
 * `dateCreated` as its first publication, so the creation date goes first; Jekyll and Hugo write only `date`.
 */
const FRONT_MATTER_DATE_KEYS = ['dateCreated', 'date'] as const;
/** Hugo's last edit; Hugo reads front-matter keys in any case, and archive scripts write "Lastmod". */
const LAST_EDIT_KEYS = ['lastmod', 'Lastmod'] as const;

/**
 * The date a post's front matter gives it, or null. A post is never edited before it was published, so a date
 * after its last edit is no publication date (an archive's pinning date, "2029-01-01" on a post edited in 2020);
 * the edit is then the nearest day known.
 */
export function frontMatterDate(frontMatter: FrontMatter | null): string | null {
  for (const key of FRONT_MATTER_DATE_KEYS) {
    const date = parseLooseDate(frontMatterString(frontMatter, key));
    if (!date) continue;
    const edited = lastEditDate(frontMatter);
    return edited && edited < date ? edited : date;
  }
  return null;
}

function lastEditDate(frontMatter: FrontMatter | null): string | null {
  for (const key of LAST_EDIT_KEYS) {
    const date = parseLooseDate(frontMatterString(frontMatter, key));
    if (date) return date;
  }
  return null;
}

/** A title that is a numeric date and nothing else: "2022-12-30", "2022.12.30", "2022/12/30". */
const NUMERIC_DATE_TITLE = /^\d{4}([-/.])\d{1,2}\1\d{1,2}$/;
/** A digest is filed within months of its day; a title date further back is a date the text is about. */
const MAX_FILING_DELAY_DAYS = 366;
const DAY_MS = 86_400_000;

/**
 * The day a page titled by a numeric date alone is of (a daily digest, "2023-03-31"), when it is no later than the
 * date the page was filed and at most a year before it; null otherwise.
 */
export function titleDate(title: string, filed: string | null): string | null {
  const line = title.trim();
  const day = NUMERIC_DATE_TITLE.test(line) ? parseLooseDate(line) : null;
  if (!day || !filed) return day;
  const delay = (Date.parse(filed) - Date.parse(day)) / DAY_MS;
  return delay >= 0 && delay <= MAX_FILING_DELAY_DAYS ? day : null;
}

/** A site's date with a two-digit year and its time, as Chinese news systems print it over the text ("时间： 10-06-04 09:51",
 * 内蒙古新闻网's): year, month, day, the year 20xx. Only with the time of day: a bare "10-06-04" may be a day first. */
const SHORT_YEAR_DATE = /^(\d{2})-(\d{1,2})-(\d{1,2})\s{1,3}\d{1,2}:\d{2}(?::\d{2})?$/;

/** The date a labelled line's value gives: any `parseLooseDate` reads, or a two-digit year's with its time (SHORT_YEAR_DATE). */
export function parseLabelledDate(value: string): string | null {
  const short = SHORT_YEAR_DATE.exec(value.trim());
  return short ? isoDate(2000 + Number(short[1]), Number(short[2]), Number(short[3])) : parseLooseDate(value);
}

export function parseLooseDate(value: string): string | null {
  const iso = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(value);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const chinese = parseChineseDate(value);
  if (chinese) return chinese;
  const dayFirst = DAY_MONTH_YEAR.exec(value);
  if (dayFirst) return isoDate(Number(dayFirst[3]), monthNumber(dayFirst[2] ?? ''), Number(dayFirst[1]));
  const monthFirst = MONTH_DAY_YEAR.exec(value);
  if (monthFirst) return isoDate(Number(monthFirst[3]), monthNumber(monthFirst[1] ?? ''), Number(monthFirst[2]));
  const us = US_NUMERIC_DATE.exec(value);
  return us ? isoDate(Number(us[3]), Number(us[1]), Number(us[2])) : null;
}

/**
 * Dates in mirror paths: djy `gb/19/7/21/n123.md`, ntdtv `gb/2018/06/29/a123.md`, a static site's built post
 * `2021/09/20/slug/index.html` (Hexo's and Jekyll's permalinks),
 * Jekyll `_posts/2021-07-01-title.md`, archives filing by month `2022/03/20220316-1090666.md` (the year and
 * month said twice), a WordPress mirror's day folder over the post's number `cbnews/20200610/1342591.md` (禁闻网's
 * permalink). Only shapes that cannot be anything else.
 */
export function parsePathDate(path: string): string | null {
  const jekyll = /(?:^|\/)(\d{4})-(\d{2})-(\d{2})-[^/]+$/.exec(path);
  if (jekyll) return isoDate(Number(jekyll[1]), Number(jekyll[2]), Number(jekyll[3]));
  const full = /(?:^|\/)(\d{4})\/(\d{1,2})\/(\d{1,2})\/(?:[^/]+\/index\.html?|[^/]+)$/.exec(path);
  if (full) return isoDate(Number(full[1]), Number(full[2]), Number(full[3]));
  const monthly = /(?:^|\/)(\d{4})\/(\d{2})\/(\d{4})(\d{2})(\d{2})[-_][^/]*$/.exec(path);
  if (monthly && monthly[1] === monthly[3] && monthly[2] === monthly[4]) return isoDate(Number(monthly[1]), Number(monthly[2]), Number(monthly[5]));
  const dayFolder = /(?:^|\/)(\d{4})(\d{2})(\d{2})\/\d{1,12}\.(?:md|markdown|html?)$/.exec(path);
  if (dayFolder) return isoDate(Number(dayFolder[1]), Number(dayFolder[2]), Number(dayFolder[3]));
  const short = /(?:^|\/)gb\/(\d{2})\/(\d{1,2})\/(\d{1,2})\/n\d[^/]*$/.exec(path);
  if (short) return isoDate(2000 + Number(short[1]), Number(short[2]), Number(short[3]));
  return null;
}

/** A date filing a story in its site's address, as a whole path segment or three: "hrw.org/zh-hans/news/2018/10/10/323286",
 * "news.sina.cn/gn/2015-03-20/detail-….d.html", "gxnews.com.cn/staticpages/20110531/newgx….shtml". Digits inside a segment
 * ("/n263371144.shtml", "/20240310-123.html") may be an id. */
const ADDRESS_DATE = /\/(\d{4})(?:\/(\d{1,2})\/(\d{1,2})|-(\d{2})-(\d{2})|(\d{2})(\d{2}))(?=\/)/;

/** The date in an original's address (ADDRESS_DATE), or null. */
export function parseAddressDate(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const match = ADDRESS_DATE.exec(path);
  if (!match) return null;
  const [, year, ...parts] = match;
  const [month, day] = parts.filter((part) => part !== undefined);
  return isoDate(Number(year), Number(month), Number(day));
}

/**
 * A portal's line over a user's post: who posted, when, and where from or through which account (腾讯新闻's "尘语者
 * 2025-02-06 12:54发布于湖南 +关注", "新黄河 2025-02-15 06:51 发布于 山东新黄河客户端官方账号", 凤凰网's "2018年05月30日
 * 13:42:40 来自浙江省", "时间： 2024年10月24日 08:00:46 来自北京市"). Its time of day sets it apart from a sentence. It dates the
 * page, and is no text.
 */
export const PORTAL_POST_LINE = /^(?:(?:时间|時間|日期)\s{0,2}[：:]\s{0,2}|[^\s\d，。：:]{1,20}\s{1,3})?(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)\s{0,3}\d{1,2}:\d{2}(?::\d{2})?\s{0,3}(?:发布于|發佈於|来自|來自)\s{0,2}[^\s，。]{2,24}(?:\s{0,2}\+\s{0,2}关注)?$/u;

// Lines that only date a page, as feeds and site templates print them above the text.
const DATE_ONLY_LINES = [
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\s+\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*(?:GMT|UTC|[+-]\d{4}))?$/i,
  // A 12-hour time too: 大纪元's "2024-11-26 4:16 PM", 联合早报's "2022年9月6日 7:31 PM"; a blog's stamp in brackets ("(2012-06-05
  // 09:39:38)", 新浪博客); 中央社's, with its last update ("2024/8/15 17:53（8/15 21:36 更新）").
  /^[(（]?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[T ]\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}|\s{0,2}[AP]M)?)?[)）]?(?:\s{0,2}[（(]\d{1,2}\/\d{1,2}\s{1,2}\d{1,2}:\d{2}\s{0,2}更新[)）])?$/,
  /^\d{1,2}\/\d{1,2}\/\d{4}(?:\s{0,4}-?\s{0,4}\d{1,2}:\d{2})?$/,
  // A day, its time zone, then the time (香港電台's "2024-04-29 HKT 11:30").
  /^\d{4}-\d{1,2}-\d{1,2}\s{1,2}(?:HKT|GMT|UTC|CST)\s{1,2}\d{1,2}:\d{2}$/,
  /^(?:(?:发布|發佈|發布|更新)(?:时间|時間|于|於)?\s{0,4}[：:]?\s{0,4})?\d{4}\s{0,4}年\s{0,4}\d{1,2}\s{0,4}月\s{0,4}\d{1,2}\s{0,4}日(?:\s{0,4}\d{1,2}:\d{2}(?::\d{2})?(?:\s{0,2}[AP]M)?)?$/,
  /^\d+\s*(?:秒|分钟|分鐘|小时|小時|天)前$/,
  PORTAL_POST_LINE,
  // Minima's post date over the text of a built Jekyll page ("Nov 4, 2024"), kept where the page is read as its file.
  /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s{1,2}\d{1,2},\s{1,2}\d{4}$/,
  // Drupal's "submitted" line in Chinese, over a post of any Drupal site: "Anonymous (未验证) 在 星期二, 12/02/2014 - 09:26 提交".
  /^[^\n]{1,60}\s在\s{1,4}星期[一二三四五六日天]\s{0,2}[,，]\s{0,4}\d{1,2}\/\d{1,2}\/\d{4}\s{0,4}-\s{0,4}\d{1,2}:\d{2}\s{1,4}提交$/u,
];

/** True for a line that is nothing but a date or time ("Mon, 12 Jul 2021 14:26:25 GMT", "9 分钟前"). */
export function isDateOnly(text: string): boolean {
  const line = text.trim();
  return line !== '' && DATE_ONLY_LINES.some((pattern) => pattern.test(line));
}

// The dateline opens the text: it sits in the first few paragraphs.
const DATELINE_PARAGRAPHS = 3;

/** The dateline in a body's first paragraphs, captions aside: "资料照…（2012年7月13日）" dates a photo, not the article. */
export function parseLeadDateline(root: Element): string | null {
  const lead: string[] = [];
  for (const p of descendantsByTag(root, ['p'])) {
    if (closestByTag(p, ['figure'])) continue;
    lead.push(p.textContent ?? '');
    if (lead.length === DATELINE_PARAGRAPHS) break;
  }
  return parseDateline(lead.join('\n'));
}
