import { frontMatterString, type FrontMatter } from '../source/front-matter';
import { SOURCE_CREDIT } from './labels';

// Outlets under one name each, whatever script, language or domain the page names them by; with the short keys a feed
// archive files some of them under (jekyll-import's `categories: cna`), which as words of a text name nothing.
const OUTLETS: ReadonlyArray<readonly [name: string, pattern: RegExp, feedKeys?: readonly string[]]> = [
  ['大纪元', /大[纪紀]元|epoch\s*times|epochtimes\.com/i],
  ['新唐人', /新唐人|\bntd(?:tv)?\b|ntdtv\.com/i],
  ['看中国', /看中[国國]|secretchina\.com|kanzhongguo/i],
  ['美国之音', /美[国國]之音|\bvoa\b|voachinese\.com|voanews\.com/i],
  ['自由亚洲电台', /自由[亚亞]洲|\brfa\b|rfa\.org/i],
  // BBC's pages name its Facebook page as their author (`article:author`), which scrapers keep as the post's author.
  ['BBC', /\bbbc\b|bbc\.com|bbc\.co\.uk|英[国國]广播|facebook\.com\/bbc/i],
  ['德国之声', /德[国國]之[声聲]|deutsche\s*welle|\bdw\b|dw\.com/i],
  ['纽约时报', /[纽紐][约約][时時][报報]|nytimes\.com|new\s*york\s*times|\bnyt\b/i],
  ['中央社', /中央社|cna\.com\.tw|focustaiwan/i, ['cna']],
  ['希望之声', /希望之[声聲]|soundofhope\.org|\bsoh\b/i],
  ['明慧网', /明慧[网網]?|minghui\.org/i],
  ['法广', /法[国國]?[广廣]播?|法[国國]国[际際][广廣]播|\brfi\b|rfi\.fr/i],
  ['路透', /路透|reuters/i],
  ['合众国际社', /合[众眾][国國][际際]社|united\s*press\s*international|\(upi\)|upi\.com/i],
  ['端传媒', /端[传傳]媒|theinitium\.com/i],
  ['自由时报', /自由[时時][报報]|ltn\.com\.tw/i],
  ['联合早报', /[联聯]合早[报報]|zaobao\.com/i],
  ['华尔街日报', /[华華][尔爾]街日[报報]|wsj\.com/i],
  ['FT中文网', /FT中文[网網]|ftchinese\.com/i],
  ['日经中文网', /日[经經]中文[网網]|日本[経经經][済济濟]新[聞闻]|nikkei\.com/i],
  ['中国数字时代', /中[国國]数字[时時]代|chinadigitaltimes\.net/i],
  // Feed archives of Asian outlets (agora0's monthly news archives, by `categories: rthk` / `kyodo`, the feed item's
  // host, a "来源: 半岛电视台" credit).
  ['香港电台', /香港[电電]台|\brthk\b/i],
  ['半岛电视台', /半[岛島][电電][视視]台|al\s*jazeera|aljazeera\.(?:net|com)/i, ['aj']],
  ['共同社', /共同社|\bkyodo(?:news)?\b/i],
  ['朝鲜日报', /朝[鲜鮮]日[报報]|\bchosun\b/i],
  ['朝日新闻', /朝日新[闻聞]|\basahi\b/i],
  ['NHK', /\bnhk\b|日本[广廣]播[协協][会會]/i],
  ['中央日报', /中央日[报報]|joongang|joins\.com/i, ['joins']],
  // By address only: the name is a word of many news texts.
  ['CNN', /(?:^|[./])cnn\.com\b/i],
  ['海峡时报', /海[峡峽][时時][报報]|straitstimes\.com/i],
  ['众新闻', /[众眾]新[闻聞]|hkcnews\.com/i],
  ['南华早报', /南[华華]早[报報]|scmp\.com|south\s*china\s*morning\s*post/i],
  ['新语丝', /新[语語][丝絲]|xys\.org|xinyusi\.org/i],
  // Its name, never the bare word: an economist is a person (a feed mirror files its English items as "经济学人en").
  ['经济学人', /[经經][济濟][学學]人|the\s*economist\b|economist\.com/i],
];

/** The normalised outlet a name, byline or URL refers to, or null. */
export function normaliseOutlet(text: string | null | undefined): string | null {
  if (!text) return null;
  for (const [name, pattern] of OUTLETS) if (pattern.test(text)) return name;
  return null;
}

/** The portal's mark of an outlet's own account on it ("官方账号"), and the outlet's name before it, in 《》 or bare. */
const ACCOUNT_MARK = '官方(?:账号|帐号|帳號)';
const BRACKETED_NAME = '《([^》\\s]{1,20})》';
const BARE_NAME = '([^\\s《》]{1,20})';
/** A portal's note that a byline names an outlet's account on the portal, no writer: "澎湃新闻官方账号", "《每日新报》官方账号". */
export const PORTAL_ACCOUNT = new RegExp(`^(?:${BRACKETED_NAME}|${BARE_NAME})\\s{0,2}${ACCOUNT_MARK}$`, 'u');
/** The same note after a source's name ("每日新报 《每日新报》官方账号", "中国新闻网 官方账号") or in its place ("《深圳晶报》官方账号"). */
export const PORTAL_ACCOUNT_NOTE = new RegExp(`^${BRACKETED_NAME}${ACCOUNT_MARK}|\\s{1,2}(?:《[^》\\s]{1,20}》|[^\\s《》]{1,20})?${ACCOUNT_MARK}`, 'u');

// What a source line gives when it names no outlet: the internet at large ("来源：网络", "互联网", "网络（原作者不详）"), the
// site itself ("本站", "本站编辑"), an anonymous reader, nobody known, a template's placeholder ("来源名称") or a link's
// label ("查看原文"). And the mark of a story compiled from several reports after the outlet that compiled it ("光明网综合").
const NO_OUTLET_NAME =
  /^(?:网络|網絡|網路|互联网|互聯網|本站|本网|本網|综合|綜合|未知|不详|不詳|佚名|匿名网友|匿名網友|网友|網友|来源名称|來源名稱|查看原文|阅读原文|閱讀原文)(?:编辑|編輯)?(?:\s{0,2}[（(][^()（）]{0,16}[)）])?$/u;
const COMPILED_MARK = /(?:综合|綜合)$/u;

/** The outlet a source line names (one the table knows, else the name as written), or null when it names none. */
export function outletOfName(written: string): string | null {
  // "界面新闻官方账号", "《扬子晚报》官方账号": the portal's account of the outlet names the outlet.
  const account = PORTAL_ACCOUNT.exec(written);
  const name = account ? (account[1] ?? account[2] ?? '') : written;
  const known = normaliseOutlet(name);
  if (known) return known;
  if (NO_OUTLET_NAME.test(name)) return null;
  return name.replace(COMPILED_MARK, '').trim() || null;
}

/** The outlet a feed archive's category names: its short key ("cna"), else a name or key the table knows ("rthk"). */
export function outletOfFeedKey(key: string): string | null {
  const lowered = key.trim().toLowerCase();
  return OUTLETS.find(([, , feedKeys]) => feedKeys?.includes(lowered))?.[0] ?? normaliseOutlet(key);
}

/** The outlet an original-article URL belongs to, judged by its host only. */
export function outletOfUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return normaliseOutlet(new URL(url).hostname);
  } catch {
    return null;
  }
}

// Where feed generators name the source: Jekyll categories/tags hold the outlet even when `author` is a person.
const OUTLET_KEYS = ['categories', 'tags', 'author', 'source', 'site'];

/** The account a saved WeChat post names (forms/html.ts): its outlet, as an archive's credit to an account is, known or not. */
export const ACCOUNT_KEY = 'account';

/** The normalised outlet a post's front matter names, or null. */
export function outletOfFrontMatter(frontMatter: FrontMatter | null): string | null {
  for (const key of OUTLET_KEYS) {
    const value = frontMatterString(frontMatter, key);
    const outlet = key === 'categories' ? outletOfFeedKey(value) : normaliseOutlet(value);
    if (outlet) return outlet;
  }
  const account = frontMatterString(frontMatter, ACCOUNT_KEY);
  return account ? outletOfName(account) : null;
}

/** The normalised outlet a "来源：…" credit in the text names ("來源: 中央社"), or null. */
export function outletOfCredit(text: string): string | null {
  const named = SOURCE_CREDIT.exec(text)?.[1];
  return named ? normaliseOutlet(named) : null;
}
