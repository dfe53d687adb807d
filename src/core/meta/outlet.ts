import { frontMatterString, type FrontMatter } from '../source/front-matter';
import { hanCount } from '../text';
import { LABELLED_LINES, RUN_ON_LABEL, SITE_CLOSING_CREDIT, SOURCE_CREDIT, SOURCE_LABEL_ALONE } from './labels';

// Outlets under one name each, whatever script, language or domain the page names them by; with the short keys a feed
// archive files some of them under (jekyll-import's `categories: cna`), which as words of a text name nothing.
const OUTLETS: ReadonlyArray<readonly [name: string, pattern: RegExp, feedKeys?: readonly string[]]> = [
  // "来源：DJY", as 禁闻网 credits it.
  ['大纪元', /大[纪紀]元|epoch\s*times|epochtimes\.com|^djy$/i],
  ['新唐人', /新唐人|\bntd(?:tv)?\b|ntdtv\.com/i],
  // "来源：KZG" and "来源：secretchina", as 禁闻网 credits it.
  ['看中国', /看中[国國]|secretchina(?:\.com)?\b|kanzhongguo|^kzg$/i],
  ['美国之音', /美[国國]之音|\bvoa\b|voachinese\.com|voanews\.com/i],
  ['自由亚洲电台', /自由[亚亞]洲|\brfa\b|rfa\.org/i],
  // BBC's pages name its Facebook page as their author (`article:author`), which scrapers keep as the post's author.
  ['BBC', /\bbbc\b|bbc\.com|bbc\.co\.uk|英[国國]广播|facebook\.com\/bbc/i],
  ['德国之声', /德[国國]之[声聲]|deutsche\s*welle|\bdw\b|dw\.com/i],
  ['纽约时报', /[纽紐][约約][时時][报報]|nytimes\.com|new\s*york\s*times|\bnyt\b/i],
  ['中央社', /中央社|中央通[讯訊]社|central\s{0,2}news\s{0,2}agency|cna\.com\.tw|focustaiwan/i, ['cna']],
  ['希望之声', /希望之[声聲]|soundofhope\.org|\bsoh\b/i],
  ['明慧网', /明慧[网網]?|minghui\.org/i],
  // The name alone or in its title marks: "人民" and "报" run on in a sentence too ("替人民报仇").
  ['人民报', /^人民[报報]$|《人民[报報]》|renminbao\.com/i],
  ['法广', /法[国國]?[广廣]播?|法[国國]国[际際][广廣]播|\brfi\b|rfi\.fr/i],
  ['路透', /路透|reuters/i],
  ['合众国际社', /合[众眾][国國][际際]社|united\s*press\s*international|\(upi\)|upi\.com/i],
  ['端传媒', /端[传傳]媒|theinitium\.com/i],
  ['自由时报', /自由[时時][报報]|ltn\.com\.tw/i],
  // "来源：早报", as 联合早报 credits itself.
  ['联合早报', /[联聯]合早[报報]|zaobao\.com|^早[报報]$/i],
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
  // Its news desk ("【Yahoo 新聞報道】", an archive's "来源: Yahoo新闻"), never Yahoo's other sections ("Yahoo奇摩遊戲編輯").
  ['Yahoo新闻', /yahoo\s{0,2}(?:奇摩)?\s{0,2}新[闻聞]|news\.yahoo\.com/i],
  // A wiki's news site, its pages' suffix too ("标题 - 维基新闻，自由的新闻源").
  ['维基新闻', /[维維]基新[闻聞]|wikinews\.org/i],
  // Papers and sites of the Chinese-language press abroad that archives keep, by name or address (a page that names none is
  // credited to its original's address: "https://www.singtao.ca/…", "https://www.thenewslens.com/article/40919").
  ['关键评论网', /[关關][键鍵][评評][论論][网網]|the\s{0,2}news\s{0,2}lens|thenewslens\.com/i],
  ['星岛日报', /星[岛島]日[报報]|星[岛島][头頭]条|singtao\.(?:ca|com)|stheadline\.com/i],
  ['世界日报', /世界日[报報]|worldjournal\.com/i],
  ['星洲日报', /星洲日[报報]|sinchew\.com\.my/i],
  ['苹果日报', /[苹蘋]果日[报報]|appledaily\.com/i],
  ['阿波罗网', /阿波[罗羅](?:新[闻聞])?[网網]|aboluowang\.com/i],
  ['立场新闻', /立[场場]新[闻聞]|thestandnews\.com/i],
  ['联合新闻网', /[联聯]合新[闻聞][网網]|(?:^|[./])udn\.com\b/i],
  // Taiwan's TV news sites as 禁闻网's copies credit them: "来源：三立", "三立网", "三立新闻", "新头壳newtalk", "新头壳洪圣斐编译报道".
  ['三立新闻网', /三立新[闻聞](?:[网網])?|三立[网網]|^三立$|setn\.com/i],
  ['新头壳', /新[头頭][壳殼]|\bnewtalk\b|newtalk\.tw/i],
  ['基督邮报', /基督[邮郵][报報]|christianpost\.com/i],
  // Names that are words of many texts ("中国报道", "上报"): by the whole name or address only.
  ['中国报', /^中[国國][报報]$|(?:^|[./])chinapress\.com\.my\b/i],
  ['上报', /^上[报報]$|(?:^|[./])upmedia\.mg\b/i],
  ['侨报', /^[侨僑][报報]$|(?:^|[./])uschinapress\.com\b/i],
  // Organisations whose reports archives keep, by their whole name or address only: a text's first words often quote them
  // ("人权观察说…" in another outlet's story).
  ['人权观察', /^(?:人[权權][观觀]察|human\s{0,2}rights\s{0,2}watch)$|(?:^|[./])hrw\.org\b/i],
  ['国际特赦组织', /^(?:国际特赦组织|國際特赦組織|amnesty\s{0,2}international)$|(?:^|[./])amnesty\.org\b/i],
  ['联合国新闻', /^(?:联合国新闻|聯合國新聞|UN\s{0,2}News)$|(?:^|[./])news\.un\.org\b/i],
  ['联合国日内瓦办事处', /^(?:联合国日内瓦办事处|聯合國日內瓦辦事處)$|(?:^|[./])ungeneva\.org\b/i],
  ['光华日报', /^光[华華]日[报報]$|(?:^|[./])kwongwah\.com\.my\b/i],
  // Sites that name themselves in their address and foot only, their pages saved with no source line: by the whole name or
  // the address (an archive's copy of 東網's "…｜即时新闻｜on.cc东网", TVBS's, swissinfo's, UNDP's pages). Not a portal's, whose
  // users post there (澎湃号, 网易号).
  ['东网', /^(?:on\.cc\s{0,2})?[东東][网網]$|(?:^|[./])on\.cc$/i],
  ['TVBS新闻', /^TVBS\s{0,2}新[闻聞][网網]?$|(?:^|[./])tvbs\.com\.tw$/i],
  ['星岛环球网', /^星[岛島][环環]球[网網]$|(?:^|[./])stnn\.cc$/i],
  ['中文先驱报', /^中文先[驱驅][报報]$|(?:^|[./])chineseherald\.co\.nz$/i],
  ['当今大马', /^[当當]今大[马馬]$|(?:^|[./])malaysiakini\.com$/i],
  ['基督教今日报', /^基督教今日[报報]$|(?:^|[./])cdn-news\.org$/i],
  ['SWI swissinfo.ch', /^(?:SWI\s{1,2})?swissinfo(?:\.ch)?$|(?:^|[./])swissinfo\.ch$/i],
  ['联合国开发计划署', /^(?:联合国开发计划署|聯合國開發計劃署|UNDP)$|(?:^|[./])undp\.org$/i],
  // Foreign outlets' Chinese editions, saved with no source line: RNZ's (its headlines end "| RNZ News"), Indonesia's VOI's.
  ['RNZ', /^(?:RNZ(?:\s{1,2}(?:News|Chinese))?|RNZ中文|Radio New Zealand)$|(?:^|[./])rnz\.co\.nz$/i],
  ['VOI', /^VOI$|(?:^|[./])voi\.id$/i],
];

/** The normalised outlet a name, byline or URL refers to, or null. */
export function normaliseOutlet(text: string | null | undefined): string | null {
  if (!text) return null;
  for (const [name, pattern] of OUTLETS) if (pattern.test(text)) return name;
  return null;
}

/** The one outlet `text` names, or null when it names none or several (a compiled story's sources: "综合整理报道 ／法新社、
 * 美联社、明报、中央社、美国之音、世界日报"). */
export function soleOutletIn(text: string): string | null {
  const named = OUTLETS.filter(([, pattern]) => pattern.test(text));
  return named.length === 1 ? named[0]![0] : null;
}

/** The portal's mark of an outlet's own account on it ("官方账号"), and the outlet's name before it, in 《》 or bare. */
// "官方账号" on any portal, "官方澎湃号" on 澎湃's ("Brut原色视频官方澎湃号").
const ACCOUNT_MARK = '官方(?:账号|帐号|帳號|澎湃号|澎湃號)';
/** A portal's badge of an account's field after its name ("优质影视领域创作者", "国际领域创作者", "法律领域创作者": 新浪看点's, 澎湃号's). */
const CREATOR_BADGE = /(?<=\S)(?:优质|優質)?\p{Script=Han}{2}(?:领域|領域)创作者$/u;

/** An account's name without the portal's badge run into it ("纽约时间国际领域创作者" → 纽约时间, "彭益鸿法律领域创作者" → 彭益鸿). */
export const withoutCreatorBadge = (name: string): string => name.replace(CREATOR_BADGE, '');

/** A link to an account's home on a portal, the account's card set alone on its line over or under the post: 凤凰号's
 * "[冰汝看美国](https://ishare.ifeng.com/mediaShare/home/1249526/media)", 网易号's "[游民星空](https://www.163.com/dy/media/T1502267589752.html)"
 * (its note a second link to the same home, "国内的综合性娱乐媒体"), 澎湃号's "[SME科技故事官方澎湃号](https://m.thepaper.cn/user_interaction_4219054)". */
export const ACCOUNT_HOME = /\/(?:mediaShare\/home\/\d{1,12}\/media|dy\/media\/T\d{1,20}\.html|user_interaction_\d{1,12}|gov_\d{1,12})(?:[?#]|$)/u;
/** 澎湃号's card runs the account's note into its name ("一枚自由的橡果自由撰稿", "惊蛰青年《新周刊》旗下品牌"): the name is read only
 * through the official account's mark ("译言译言网官方澎湃号"). */
export const RUN_IN_NOTE_HOME = /\/(?:user_interaction|gov)_\d/u;

const BRACKETED_NAME = '《([^》\\s]{1,20})》';
const BARE_NAME = '([^\\s《》]{1,20})';
/** A portal's note that a byline names an outlet's account on the portal, no writer: "澎湃新闻官方账号", "《每日新报》官方账号". */
export const PORTAL_ACCOUNT = new RegExp(`^(?:${BRACKETED_NAME}|${BARE_NAME})\\s{0,2}${ACCOUNT_MARK}$`, 'u');
/** The same note after a source's name ("每日新报 《每日新报》官方账号", "中国新闻网 官方账号") or in its place ("《深圳晶报》官方账号"). */
export const PORTAL_ACCOUNT_NOTE = new RegExp(`^${BRACKETED_NAME}${ACCOUNT_MARK}|\\s{1,2}(?:《[^》\\s]{1,20}》|[^\\s《》]{1,20})?${ACCOUNT_MARK}`, 'u');

// What a source line gives when it names no outlet: the internet at large ("来源：网络", "互联网", "网络（原作者不详）"), the
// site itself ("本站", "本站编辑"), the writer's blog ("博客", "作者博客"), the web at large (禁闻网's "网文转载"), an anonymous reader, nobody known, a template's placeholder ("来源名称"), a link's
// label ("查看原文"), a portal's word for its posting users ("澎湃号作者") or their channel ("澎湃号·湃客", "澎湃号·媒体"), a bare kind of item ("文章", a category page's
// label) or a portal's channel for the items it takes from others (新浪's "市场资讯"). And the mark of a story compiled or
// translated from others' reports after the outlet that made it ("光明网综合", "天维网编译", an account's "有艺境综合整理自网络",
// "健康醫療網／編輯部整理").
const NO_OUTLET_NAME =
  /^(?:网络|網絡|網路|互联网|互聯網|本站|本网|本網|(?:综合|綜合)(?:新闻|新聞|报道|報道|报导|報導)?|(?:作者)?(?:博客|部落格)|网文(?:转载)?|網文(?:轉載)?|网络转载|網絡轉載|未知|不详|不詳|佚名|匿名网友|匿名網友|网友|網友|来源名称|來源名稱|查看原文|阅读原文|閱讀原文|市场资讯|市場資訊|澎湃号作者|澎湃號作者|澎湃[号號](?:[·・](?:湃客|媒体|媒體|政务|政務))?|湃客|文章|新闻|新聞)(?:编辑|編輯)?(?:\s{0,2}[（(][^()（）]{0,16}[)）])?$/u;
const COMPILED_MARK = /(?:综合|綜合|编译|編譯)(?:整理)?(?:自网络|自網絡|自網路)?$|\s{0,2}[／/]\s{0,2}(?:编辑部|編輯部)(?:整理)?$/u;
/** A province or city alone, where a portal's stamp of where the user posted from ("发布于：广东省", 凤凰网's "上海市") was taken
 * for the source: a place, no outlet. */
const PLACE_ALONE = /^\p{Script=Han}{2,8}(?:省|市|自治区|自治區|特别行政区|特別行政區)$/u;

const MIN_DOUBLED_NAME_CHARS = 2;

/** A WeChat account named with its platform ("微信公众号“侃英语”", "公众号：某某"): the account is the source. */
const WECHAT_ACCOUNT = /^(?:微信)?(?:公众号|公眾號)\s{0,2}[：:]?\s{0,2}(?:[“「"『]([^”」"』]{1,20})[”」"』]|([^\s“「"『]{1,20}))$/u;
/** The reporter a source line names after the outlet ("明德网记者唐鸣谦报导", "新京报 记者 徐悦东 编辑 罗东", "楚天都市报（见习记者某某
 * 通讯员…）"): the outlet is the name before. A name of two to four characters must follow, so "无国界记者" stays whole. */
const REPORTER_AFTER_OUTLET = /^([^\s（(]{2,20})\s{0,2}[（(]?\s{0,2}(?:见习|見習|特约|特約|首席)?(?:记者|記者)\s{0,2}\p{Script=Han}{2,4}[^\n]{0,40}$/u;

/** A label of any words run on after a source's name: the name ends before it. */
const RUN_ON_OTHER_LABEL = /\s{1,4}[^\s：:]{1,8}\s{0,2}[：:]/u;

/** A paper's or magazine's name in the title brackets it is cited in ("《寒冬》"): the name. */
const WHOLLY_BRACKETED = /^《([^《》]{1,20})》$/u;

/** 澎湃's channel for its users' posts before the account's name ("湃客：独立鱼电影", "澎湃号·湃客：简单心理"): the account is the source. */
const PORTAL_CHANNEL_PREFIX = /^(?:湃客|澎湃[号號](?:[·・](?:湃客|媒体|媒體|政务|政務))?)\s{0,2}[：:]\s{0,2}(?=\S)/u;

/** 澎湃's account line runs the account's name into its note, which opens with the name again ("环球时报环球时报官方澎湃号",
 * "Brut原色Brut原色视频官方澎湃号"): the name, once. */
function nameOnce(name: string): string {
  for (let i = MIN_DOUBLED_NAME_CHARS; i <= name.length / 2; i++) if (name.startsWith(name.slice(0, i), i)) return name.slice(0, i);
  return name;
}

/** The outlet a source line names (one the table knows, else the name as written), or null when it names none. */
export function outletOfName(written: string): string | null {
  // "界面新闻官方账号", "《扬子晚报》官方账号": the portal's account of the outlet names the outlet.
  const account = PORTAL_ACCOUNT.exec(written);
  const wechat = WECHAT_ACCOUNT.exec(written);
  const name = account
    ? nameOnce(account[1] ?? account[2] ?? '')
    : wechat
      ? (wechat[1] ?? wechat[2] ?? '')
      : withoutCreatorBadge(written.replace(PORTAL_CHANNEL_PREFIX, '').replace(REPORTER_AFTER_OUTLET, '$1')).replace(WHOLLY_BRACKETED, '$1');
  const known = normaliseOutlet(name);
  if (known) return known;
  // Another label run on after the name, one no list knows ("互联网 浏览： 669", a site's counter; "…摄影工作室 服装提供： …" under
  // "微信公众号："), is none of it; a value without a letter ("稿源： 2004-04-25 09:27:11", a date where the name was left out)
  // names nothing.
  const named = name.slice(0, RUN_ON_OTHER_LABEL.exec(name)?.index);
  if (NO_OUTLET_NAME.test(named) || PLACE_ALONE.test(named) || !/\p{L}/u.test(named)) return null;
  return named.replace(COMPILED_MARK, '').trim() || null;
}

// A news site's dateline opening the text names the site: "观察者网讯", "红网长沙10月3日讯", "搜狐体育讯", "（观察者网讯）",
// "【环球网综合报道】", "【Yahoo 新聞報道】" (a bare "报道" only in brackets: "据新华社报道…" reports another's). The name ends as a
// site's or paper's does; "本报讯" names none, nor do a paper's short forms ("早报讯", "晨报讯").
const DATELINE_OUTLET =
  /^([【（([])?\s{0,2}(?![据據本])([\p{Script=Han}A-Za-z0-9·\- ]{0,12}?(?:网|網|报|報|社|新闻|新聞|资讯|資訊|体育|體育|娱乐|娛樂|科技|财经|財經))(?:\p{Script=Han}{2,4})?(?:\d{1,2}月\d{1,2}日)?\s{0,2}(?:综合|綜合|专|專)?(讯|訊|报道|報道)/u;
const MIN_DATELINE_NAME_CHARS = 3;
/** The dateline opens one of the text's first paragraphs (a portal's header line may stay over it). */
const DATELINE_PARAGRAPHS = 3;

/** The site a dateline opening one of the first paragraphs of `text` names ("观察者网讯"), or null. */
export function outletOfDateline(text: string): string | null {
  for (const paragraph of text.split('\n\n', DATELINE_PARAGRAPHS)) {
    const match = DATELINE_OUTLET.exec(paragraph.trim());
    if (!match || (!match[1] && /^[报報]/u.test(match[3]!))) continue;
    const name = match[2]!.trim();
    if (name.length >= MIN_DATELINE_NAME_CHARS || /[网網]$/u.test(name)) return outletOfName(name);
  }
  return null;
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

/** A site's source line among the text's last lines is a line, not a sentence that cites a source. */
const MAX_CLOSING_SOURCE_CHARS = 40;
/** A source's name is a few words ("Human Rights Watch", "南方日报报业集团-南方都市报"), not a headline the line links. */
const MAX_SOURCE_NAME_CHARS = 30;
const MAX_SOURCE_NAME_HAN = 16;
/** What no name holds: a clause or sentence mark, a colon ("详情﹕ 判案书"), an arrow ("國家書店→甯甯：…"). */
const NOT_IN_SOURCE_NAME = /[，,。；;！？!?：:﹕→、]/u;
/** Where a name ends on its line: a bar before the next field, a bracket crediting another ("四川在线（来源：国际在线）"). */
const SOURCE_NAME_END = /\s{0,4}[|｜（(]/u;

/** The name a source line's value gives (up to the next header label, a bar or a bracket), or null when it is no name. */
function sourceNameOf(value: string): string | null {
  const words = value.split(RUN_ON_LABEL, 1)[0]!.split(SOURCE_NAME_END, 1)[0]!.trim();
  // A headline the line links is no name, whatever its first words ("美国教育部修改单一性别定义 人权专家认为…").
  if (hanCount(words) > MAX_SOURCE_NAME_HAN) return null;
  // A Chinese name ends at a space ("蓝色疯狂岛 [原文](…)"); an English one has its spaces ("Human Rights Watch").
  const name = hanCount(words) > 0 ? words.split(/\s/u, 1)[0]! : words;
  const fits = name.length <= MAX_SOURCE_NAME_CHARS && hanCount(name) <= MAX_SOURCE_NAME_HAN && !NOT_IN_SOURCE_NAME.test(name);
  return name && fits ? outletOfName(name) : null;
}

/** A known outlet's whole name, bracketed or bare, as a copy closes its text with where it took it from ("世界日报",
 * "（联合新闻网）" under 禁闻网's reposts); a line that names an outlet among other words ("阿波罗网林亿综合报道") is the text's. */
const CLOSING_NAME_ALONE = /^[（(【]?\s{0,2}([^（）()【】]{2,24}?)\s{0,2}[)）】]?$/u;
/** A source credit run onto the text's last sentence, after its end ("…更是稀少。 来源：博讯", 博讯's reposts on 禁闻网; "…“一个都不能少”。来源:《台湾大劫难》"), or onto
 * a serial's mark that more is to come ("（待续）来源:正见网"). */
const RUN_ON_SOURCE_CREDIT = /(?:(?<=[。！？!?”」』])\s{0,4}|(?<=[（(](?:待续|待續|未完|未完待续|未完待續)[)）])\s{0,4})(?:来源|來源)\s{0,2}[：:]\s{0,2}(\S{2,16})$/u;

/**
 * The outlet the text's last paragraph credits and the characters of the paragraph that credit it (all of them for a
 * name alone, the run-on credit's), or null when the paragraph is prose.
 */
export function closingOutletCredit(paragraph: string): { outlet: string; creditChars: number } | null {
  const name = CLOSING_NAME_ALONE.exec(paragraph)?.[1];
  const whole = name && OUTLETS.find(([, pattern]) => pattern.exec(name)?.[0] === name);
  if (whole) return { outlet: whole[0], creditChars: paragraph.length };
  const runOn = RUN_ON_SOURCE_CREDIT.exec(paragraph);
  const outlet = runOn && sourceNameOf(runOn[1]!);
  return outlet ? { outlet, creditChars: paragraph.length - runOn.index } : null;
}

/**
 * The outlet a site's source line closing the text names ("来源：基督邮报", the archive's "**来源**: Yahoo新闻" over its tags,
 * a label over its value, 澎湃新闻's "(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)", "（人民报首发）"), as written when the table knows it
 * not; null when the line names none or there is no such line.
 */
export function outletOfClosingSource(lines: readonly string[]): string | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    const credit = SITE_CLOSING_CREDIT.exec(line);
    if (credit) return sourceNameOf(credit[1] ?? credit[2]!);
    if (line.length > MAX_CLOSING_SOURCE_CHARS) continue;
    // The label alone over its value: "## 来源" over "[联合国新闻](…)".
    const label = LABELLED_LINES.outlet.exec(line);
    const value = SOURCE_LABEL_ALONE.test(line) ? lines[i + 1] : label && line.slice(label[0].length);
    if (value) return sourceNameOf(value);
  }
  return null;
}
