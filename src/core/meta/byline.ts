import { normaliseOutlet, PORTAL_ACCOUNT, withoutCreatorBadge } from './outlet';

// Reporter and editor credits in the text of Chinese news articles, in the forms the mirrored outlets use.

const NAME = '[\\p{Script=Han}·]';

// Places a reporter files from, written straight after the name: （大纪元记者施萍纽约报导）.
const PLACE_AFTER_NAME = /(?:美[国國]|加拿大|澳洲|澳大利亚|英[国國]|法[国國]|德[国國]|日本|韩[国國]|韓國|台[湾灣]|臺灣|香港|澳[门門]|大[陆陸]|[纽紐][约約]|[华華]盛[顿頓]|洛杉[矶磯]|[旧舊]金山|多[伦倫]多|[温溫]哥[华華]|蒙特利[尔爾]|悉尼|墨[尔爾]本|[伦倫]敦|巴黎|柏林|[东東]京|台北|臺北|首[尔爾]|北京|上海|休斯[顿頓]|芝加哥|波士[顿頓]|[费費]城|西雅[图圖]|新[泽澤]西|[硅矽]谷)/u;

// Opening credits: （看中国记者苗薇综合报导）, （大纪元记者洪宁综合报导）, （本台记者福明真综合报导）,
// （记者李明/台北报导）, （大纪元记者万乐蕊美国伊利诺伊州大学园报导）, and closing a 新唐人 text with the editor
// after it: （记者钟景明报导/责任编辑：明轩）.
const REPORTER = new RegExp(
  `[（(][^（()）]{0,12}?[记記]者(${NAME}{2,20}?)(?:[\\/／、，,\\s][^（()）]{0,20})?(?:综合|綜合|採訪|采访|报导|报道|報導|報道|編譯|编译|整理)[^（()）]{0,16}[）)]`,
  'u',
);
// 文／王赫, 作者：王赫
const WRITTEN_BY = new RegExp(`(?:^|\\n|\\s)(?:文|作者)\\s*[／/:：]\\s*(${NAME}{2,8})`, 'u');
// 作者：观察者网 林铃锦: the outlet's name, then the writer's.
const OUTLET_THEN_WRITER = `(${NAME}{2,8})\\s{1,2}(${NAME}{2,4})(?=\\s|$)`;
const WRITER_AFTER_OUTLET = new RegExp(`(?:^|\\n|\\s)(?:文|作者)\\s*[／/:：]\\s*${OUTLET_THEN_WRITER}`, 'u');
const CREDITED_OUTLET_THEN_WRITER = new RegExp(`^${OUTLET_THEN_WRITER}`, 'u');

/** The writer a credit names after the outlet ("观察者网 林铃锦"), or null when it opens with no outlet's name. */
export function writerAfterOutlet(credited: string): string | null {
  const match = CREDITED_OUTLET_THEN_WRITER.exec(credited.trim());
  return match && namesInstitution(match[1]!) ? match[2]! : null;
}
// Roles in closing credit lines; a credited name is followed by the next role or ends its line, never
// runs on into a sentence (an interview's "记者：谢谢您。" is no credit).
const ROLE = '(?:采访|採訪|[记記]者|[编編][辑輯]|[责責][编編]|[网網][编編]|后制|後製|[审審]校|摄影|攝影|配音)';
const CREDIT_END = `(?=[#＃]?[^\\S\\n]{0,8}(?:\\n|$)|\\s{1,8}${ROLE})`;
// 新唐人 "采访/常春 编辑/尚燕 后制/钟元", RFA "自由亚洲电台记者 柳飞 编辑：何平 网编：瑞哲", "记者：唐家婕 责编：何平".
// RFA credits several people per role: "记者：郑日尧 李智智 责编 胡力汉 嘉远 网编：瑞哲" (the first is kept).
const MORE_NAMES = `(?:[\\s、]{1,4}${NAME}{2,4}){0,6}`;
const CLOSING_REPORTER = new RegExp(`(?:采访|採訪|[记記]者)\\s{0,4}[／/：:\\s]\\s{0,4}(${NAME}{2,4})${MORE_NAMES}${CREDIT_END}`, 'u');
// The same credit as a line of its own closing the text, unbracketed: 新唐人's "新唐人电视台记者李佳音综合报导", "大纪元记者李明纽约报导".
const CLOSING_REPORTER_LINE = new RegExp(`(?:^|\\n)[^\\n（()）]{0,12}?[记記]者(${NAME}{2,6}?)(?:综合|綜合|採訪|采访)?(?:报导|报道|報導|報道)[^\\S\\n]{0,4}(?:\\n|$)`, 'u');
// The same line with the outlet's name where "记者" stands: 阿波罗网's "阿波罗网林亿综合报道", "阿波罗网孙瑞后报道", "阿波罗网李莲编译综合报道".
// The outlet must be one the table knows, or a sentence's words would read as a site and a name.
const OUTLET_REPORTER_LINE = new RegExp(
  `(?:^|\\n)(\\p{Script=Han}{1,8}?[网網社台])(${NAME}{2,4}?)(?:编译|編譯|采访|採訪)?(?:综合|綜合)?(?:报导|报道|報導|報道)[^\\S\\n]{0,4}(?:\\n|$)`,
  'u',
);
// 责任编辑：林妍
const EDITOR = new RegExp(`[责責]任[编編][辑輯]\\s*[：:]\\s*(${NAME}{2,8})`, 'u');
// "编辑/尚燕", "编辑：何平", RFA "责编：何平", 路透 "审校 李爽". Not 总编辑/网编: a separator must precede.
const CLOSING_EDITOR = new RegExp(`(?:^|[\\s;；，,])(?:[编編][辑輯]|[责責][编編]|[审審]校)\\s{0,4}[：:／/\\s]\\s{0,4}(${NAME}{2,4})${MORE_NAMES}${CREDIT_END}`, 'u');
// Closing credits sit in the last lines of an article.
const CLOSING_CHARS = 300;

// Commentaries open with the author's name: "王赫：红二代…", "评论 | 刘青：华为…". Han names have two or three
// characters, four only after a compound surname: "神仙故事：素慕仙道…" is a column label.
const COMPOUND_SURNAME = '(?:欧阳|歐陽|司马|司馬|诸葛|諸葛|上官|东方|東方|皇甫|令狐|公孙|公孫|慕容|尉迟|尉遲|长孙|長孫|宇文|司徒|夏侯|端木|南宫|南宮)';
const COMMENTARY_TITLE = new RegExp(
  `^(?:\\p{Script=Han}{2,4}\\s*[|｜]\\s*)?(${NAME}{2,3}|${COMPOUND_SURNAME}${NAME}{2})[：:]\\s*\\S`,
  'u',
);
// Labels that open titles the same way and are no one's name.
const TITLE_LABELS = new Set([
  '独家', '獨家', '快讯', '快訊', '专访', '專訪', '专栏', '專欄', '评论', '評論', '社论', '社論', '视频', '視頻', '图集', '圖集',
  '更新', '最新', '突发', '突發', '观察', '觀察', '分析', '专题', '專題', '热点', '熱點', '焦点', '焦點', '直播', '解读', '解讀', '禁闻', '禁聞',
  // A news feed's "who says" labels and briefing columns: "消息：…", "综述：…", "简报：…", "调查：…".
  '消息', '综述', '綜述', '简报', '簡報', '调查', '調查', '专家', '專家', '学者', '學者', '研究', '报告', '報告', '民调', '民調',
  '智库', '智庫', '观点', '觀點', '下午察',
  // Hooks and formats a headline opens with: "首见：…", "重磅：…", "内幕：…", "问答：…", "特写：…".
  '首见', '首見', '首发', '首發', '重磅', '紧急', '緊急', '惊爆', '驚爆', '曝光', '揭秘', '真相', '内幕', '內幕', '辟谣', '闢謠', '问答', '問答',
  '访谈', '訪談', '对话', '對話', '回顾', '回顧', '盘点', '盤點', '头条', '頭條', '要闻', '要聞', '时评', '時評', '短评', '短評',
  '快评', '快評', '前瞻', '追踪', '追蹤', '现场', '現場', '特写', '特寫', '特稿', '图解', '圖解', '数据', '數據',
  // Literary forms a supplement titles its pieces by: "诗歌：慈秋", "散文：…".
  '诗歌', '詩歌', '诗词', '詩詞', '散文', '小说', '小說', '随笔', '隨筆', '杂文', '雜文', '寓言', '童话', '童話', '游记', '遊記',
  '书评', '書評', '影评', '影評', '乐评', '樂評',
  // A portal's gallery: "组图：泰国举行人妖选美大赛".
  '组图', '組圖',
]);
// "港媒：…", "美媒：…", "陸媒：…", "媒体：…": a country's press is no writer.
const PRESS_LABEL = /媒(?:体|體)?$/u;

/** A reporter's byline given whole as the writer: "記者莊淇鈞／台北報導", "記者何亞軒／綜合報導", "文化一周記者/郭亮均報導", "晨报记者李锐摄影报道"
 * (or with the outlet's name where "记者" stands, OUTLET_REPORTER_LINE). */
const REPORTER_BYLINE = new RegExp(
  `^[^\\s／/]{0,12}?[记記]者\\s{0,2}[／/]?\\s{0,2}(${NAME}{2,4}?)(?:\\s{0,2}[／/]\\s{0,2}[^\\s／/]{1,8})?(?:摄影|攝影|综合|綜合|采访|採訪)?(?:报导|报道|報導|報道)$`,
  'u',
);

/** A Taiwanese site's byline with its desk or its compiler before the bar: "影劇中心／綜合報導", "健康頻道 / 綜合報導", "體育中心／李明融報導" (a desk, then
 * the writer or none), "王秋燕／綜合報導", "吳雯淇／綜合外電報導" (the writer who compiled it), bracketed at times ("〔記者傅茗渝／台北報導〕"). */
const DESK_BYLINE = new RegExp(
  `^(?:[^\\s／/]{1,8}(?:中心|新[闻聞]部|[频頻]道)\\s{0,2}[／/]\\s{0,2}(?:(?:综合|綜合)(?:外电|外電)?|(${NAME}{2,4}?))|(${NAME}{2,4}?)\\s{0,2}[／/]\\s{0,2}(?:综合|綜合)(?:外电|外電)?)(?:报导|报道|報導|報道)$`,
  'u',
);
/** The brackets a site sets round its byline: "〔記者傅茗渝／台北報導〕". */
const BYLINE_BRACKETS = /^[〔［[【]([^〔〕［］[\]【】]{1,40})[〕］\]】]$/u;

/** The date a site prints after a byline on its line ("記者徐郁雯／台北報導 2017-09-20 19:25:50", "…／洛杉矶报导 2025-01-07 01:15 ET"). */
const DATE_AFTER_BYLINE = /\s{1,4}(\d{4}\s{0,2}[-/.年]\s{0,2}\d{1,2}\s{0,2}[-/.月]\s{0,2}\d{1,2}日?(?:\s{1,2}\d{1,2}:\d{2}(?::\d{2})?)?(?:\s{1,2}ET)?)$/u;

/** A byline standing as a line of its own (REPORTER_BYLINE, DESK_BYLINE, bracketed at times), a date after it at times: "赖意文／综合报道",
 * "娛樂中心／蕭廷芬報導", "【记者何弘斌／高雄报道】", "記者徐郁雯／台北報導 2017-09-20 19:25:50"; its writer (none for a desk) and date. */
export function readBylineLine(text: string): { writer: string | null; date: string | null } | null {
  const dated = DATE_AFTER_BYLINE.exec(text);
  const credit = dated ? text.slice(0, dated.index) : text;
  const inner = BYLINE_BRACKETS.exec(credit)?.[1] ?? credit;
  if (!REPORTER_BYLINE.test(inner) && !DESK_BYLINE.test(inner)) return null;
  return { writer: writerOfByline(inner), date: dated?.[1] ?? null };
}

/** The writer a credit names: the reporter's name alone out of a whole byline; none for a desk's ("國際中心／綜合報導"). */
export function writerOfByline(author: string | null): string | null {
  if (author === null) return null;
  const credit = BYLINE_BRACKETS.exec(author)?.[1] ?? author;
  const desk = DESK_BYLINE.exec(credit);
  if (desk) return desk[1] ?? desk[2] ?? null;
  // The outlet's name where "记者" stands: "阿波罗网秦瑞报道".
  const byOutlet = OUTLET_REPORTER_LINE.exec(credit);
  const reporter = REPORTER_BYLINE.exec(credit)?.[1];
  if (reporter) return reporter;
  return byOutlet && normaliseOutlet(byOutlet[1]!) ? byOutlet[2]! : author;
}

/** The reporter, with a filing place written straight after the name cut off. */
function nameBeforePlace(name: string): string {
  const place = PLACE_AFTER_NAME.exec(name.slice(2));
  return place ? name.slice(0, 2 + place.index) : name;
}

/** The reporter credited in an article's text (paragraphs on lines of their own, as plainTextOf gives it). */
export function parseReporter(text: string): string | null {
  const head = text.slice(0, 800);
  const tail = text.slice(-CLOSING_CHARS);
  // The bracketed credit opens a 大纪元 text and closes a 新唐人 one: "（记者钟景明报导/责任编辑：明轩）".
  const bracketed = REPORTER.exec(head)?.[1] ?? REPORTER.exec(tail)?.[1];
  const reporter = bracketed ? nameBeforePlace(bracketed) : '';
  // Past four characters it is a place we do not know, not a name.
  if (reporter && reporter.length <= 4) return reporter;
  const written = WRITTEN_BY.exec(head)?.[1];
  // "作者：观察者网 林铃锦": the outlet's name before its writer's.
  if (written && namesInstitution(written)) return WRITER_AFTER_OUTLET.exec(head)?.[2] ?? null;
  if (written) return written;
  const closing = CLOSING_REPORTER.exec(tail)?.[1];
  if (closing) return closing;
  const credited = CLOSING_REPORTER_LINE.exec(tail)?.[1];
  const name = credited ? nameBeforePlace(credited) : '';
  if (name && name.length <= 4) return name;
  const byOutlet = OUTLET_REPORTER_LINE.exec(tail);
  return byOutlet && normaliseOutlet(byOutlet[1]!) ? byOutlet[2]! : null;
}

// RFA's staff line closing a text: the editors' roles with their names ("责编：申铧 网编：洪伟", "责编 许书婷 胡力汉"), alone, after the
// reporter's credit ("记者：乔龙 责编：胡力汉、何平 网编：瑞哲", "自由亚洲电台记者薛小山华盛顿报道 责编：申铧 网编：洪伟", bracketed or not),
// or run onto the last sentence ("…的案例。 责编：何平"). A name is no role: "申铧 网编" is a name and the next role.
const STAFF_ROLE = '(?:[责責][编編]|[网網][编編]|[编編][辑輯])';
const STAFF_NAME = `(?!${STAFF_ROLE})${NAME}{2,4}`;
/** A role opening the staff credits: at the paragraph's start or after a space, "、" or an opening bracket. */
const STAFF_ROLE_WORD = new RegExp(`(?:^|(?<=[\\s、（(]))${STAFF_ROLE}`, 'gu');
const STAFF_ROLE_SPLIT = new RegExp(STAFF_ROLE, 'u');
/** What a role credits: a name or a few ("：胡力汉、何平", " 许书婷 胡力汉"). */
const STAFF_NAMES = new RegExp(`^\\s{0,2}[：:]?\\s{0,2}${NAME}{1,4}(?:[、\\s]{1,2}${NAME}{2,4}){0,4}\\s{0,4}$`, 'u');
/** The staff credits are the paragraph's last few words. */
const MAX_STAFF_CREDITS_CHARS = 80;
const CLOSING_BRACKET = /[）)]$/u;

/** Where the run of role credits closing `paragraph` starts (the earliest from which every part is a role and its names), or -1. */
function staffCreditsStart(paragraph: string): number {
  const from = paragraph.length - MAX_STAFF_CREDITS_CHARS;
  for (const role of paragraph.matchAll(STAFF_ROLE_WORD)) {
    if (role.index < from) continue;
    // Split at the roles, the run reads: nothing before its first role, then each role's names.
    const [lead, ...credited] = paragraph.slice(role.index).replace(CLOSING_BRACKET, '').split(STAFF_ROLE_SPLIT);
    if (lead === '' && credited.every((names) => STAFF_NAMES.test(names))) return role.index;
  }
  return -1;
}

/** The editor a staff line names first: the 责编's or 编辑's (a 网编 lays the page out). */
const STAFF_EDITOR = new RegExp(`(?:[责責][编編]|[编編][辑輯])\\s{0,2}[：:]?\\s{0,2}(${STAFF_NAME})`, 'u');
/** The reporter's credit before the roles, bracket and all: "（记者：韩洁", "自由亚洲电台特约记者孙诚旧金山报道", "自由亚洲电台记者 夏小华 台北报导". */
const STAFF_LINE_REPORTER = new RegExp(
  `^[（(]?[^\\s。！？，,（()）]{0,12}?[记記]者\\s{0,2}[：:／/]?\\s{0,2}(${NAME}{2,10}?)(?:(?:综合|綜合)?(?:报导|报道|報導|報道))?(?:[、\\s]{1,2}[^\\s。！？，,（()）]{1,8}){0,4}$`,
  'u',
);
/** The longest line a reporter's credit before the roles takes; longer, it is a sentence. */
const MAX_STAFF_REPORTER_CHARS = 40;
/** Text closing on a sentence's end or its closing quote, after which a run-on staff credit stands (text.ts's SENTENCE_END is
 * the bare mark anywhere; this one must close the text). */
const CLOSES_SENTENCE = /[。！？!?”」』]$/u;

/**
 * The staff line closing a text (RFA's), as its reporter, its editor and how many of the paragraph's last characters it
 * takes (the whole paragraph, or the run-on credit after the last sentence); null when the paragraph does not end in one.
 */
export function closingStaffCredit(paragraph: string): { reporter: string | null; editor: string | null; creditChars: number } | null {
  const start = staffCreditsStart(paragraph);
  if (start < 0) return null;
  const editor = STAFF_EDITOR.exec(paragraph.slice(start))?.[1] ?? null;
  const before = paragraph.slice(0, start).replace(/[\s、]{1,8}$/u, '');
  if (before === '' || before === '（' || before === '(') return { reporter: null, editor, creditChars: paragraph.length };
  if (CLOSES_SENTENCE.test(before)) return { reporter: null, editor, creditChars: paragraph.length - start };
  const credited = before.length <= MAX_STAFF_REPORTER_CHARS ? STAFF_LINE_REPORTER.exec(before)?.[1] : undefined;
  if (credited === undefined) return null;
  // A name runs straight into a place we know ("薛小山华盛顿"); past three characters, into one we do not.
  const reporter = nameBeforePlace(credited);
  return { reporter: reporter.length <= 3 ? reporter : null, editor, creditChars: paragraph.length };
}

/** The editor credited in an article's text (paragraphs on lines of their own). */
export function parseEditor(text: string): string | null {
  return EDITOR.exec(text)?.[1] ?? CLOSING_EDITOR.exec(text.slice(-CLOSING_CHARS))?.[1] ?? null;
}

// News titles open the same way with the body that spoke ("外交部：…", "國台辦：…", "中央社：…"): the last character
// names an organ, not a person.
const INSTITUTION_END = /[部局院署厅廳委会會处處府党黨网網社报報馆館办辦队隊团團省市县縣区區所台]$/u;

/** Whether a name ends as an institution's does ("腾讯网", "星島日報", "外交部"), or is an outlet's account ("央广网官方账号"): no person's. */
export function namesInstitution(name: string): boolean {
  return INSTITUTION_END.test(name) || PORTAL_ACCOUNT.test(name);
}

// Or with a source named by its post and country ("美高官：…", "台学者：…", "日副相：…", "港特首：…").
const SOURCE_ROLE_END = /(?:学者|學者|官员|官員|高官|专家|專家|特首|副相|首相|外长|外長|议员|議員|人士)$/u;

// A writer's label right before a name: "作者：王友群", "文／王赫".
const WRITER_LABEL_BEFORE = /(?:作者|撰文|文)\s{0,4}[：:／/|｜]?\s{0,4}$/u;
const WRITER_LABEL_CHARS = 12;

/** Before a writer's name in an editor's note or a repost line: "此文为张洁平的…", "本文系…". */
const WRITTEN_BY_BEFORE = /(?:此文|本文|该文|該文)(?:为|為|系|係|是)$/u;
const WRITTEN_BY_CHARS = 3;
/** After a writer's name: their title or their writing ("刘瑜教授虽然…", "许章润又发长文…", "王赫撰文…"). */
const WRITER_AFTER = /^\s{0,2}(?:教授|博士|先生|女士|老师|老師|律师|律師|撰文|著文|(?:又|再|日前|近日)?[发發](?:表)?(?:长文|長文|文章|文)|写道|寫道)/u;
const WRITER_AFTER_CHARS = 6;

/**
 * Whether the text names `name` other than as its writer. A news headline opens with the person, place or
 * topic its text is about ("习近平：…", "香港：…"), which the text then names; a commentary's text names its
 * writer, if at all, in a credit ("作者：王友群"), an editor's note ("此文为张洁平的…") or as the one who wrote
 * ("许章润又发长文", "刘瑜教授").
 */
function namedInText(name: string, text: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const before = text.slice(Math.max(0, at - WRITER_LABEL_CHARS), at);
    const after = text.slice(at + name.length, at + name.length + WRITER_AFTER_CHARS);
    const asWriter = WRITER_LABEL_BEFORE.test(before) || WRITTEN_BY_BEFORE.test(before.slice(-WRITTEN_BY_CHARS)) || WRITER_AFTER.test(after);
    if (!asWriter) return true;
  }
  return false;
}

/** The writer a commentary's title opens with ("王赫：…"); `text` is the article's, to tell a quoted speaker. */
export function parseCommentaryAuthor(title: string, text: string): string | null {
  const name = COMMENTARY_TITLE.exec(title)?.[1];
  // An outlet opening a headline ("路透：…") is the source it quotes.
  const isLabel = !name || TITLE_LABELS.has(name) || PRESS_LABEL.test(name) || INSTITUTION_END.test(name) || SOURCE_ROLE_END.test(name) || !!normaliseOutlet(name);
  return name && !isLabel && !namedInText(name, text) ? name : null;
}

// What feed generators and scrapers write where they know no writer (or no date: "publish date: None"), an archive's "作者/编辑: 未注明",
// a saving tool's "作者: 未提供", "未指明", "不明", "无", and "网络" (the writer is "the web").
const NO_WRITER = /^(?:unknown|anonymous|admin|none|null|n\/a|匿名|佚名|未知|不详|不詳|不明|未注明|未註明|未署名|未提供|未指明|无|無|网络|網絡|網路)$/i;

/** Whether a labelled line's value is empty or a generator's placeholder ("None", "unknown"). */
export function isPlaceholder(value: string): boolean {
  const trimmed = value.trim();
  return trimmed === '' || NO_WRITER.test(trimmed);
}

// A credit that lists writers with their roles and desks: a scraper's "Simon Gompertz, Esyllt Carr, Personal Finance
// Correspondent, Bbc News", "Alice Mccool, For Cnn", "Rob Mclean, Cnn Business" (a desk), a Chinese site's "蔡家欣 编辑 | 王珊" (the editor, then the writer).
const CREDIT_PARTS = /\s{0,3}[,|｜]\s{0,3}/u;
const ROLE_PART = /\b(?:correspondent|editor|reporter|writer|chief|staff|analyst|producer|contributor|columnist|journalist|lawyer|founder|bureau|desk|team|illustrations?|photographs?)\b|^(?:for\s|cnn\b|bbc\b)/iu;
const EDITOR_PART = /[编編][辑輯]|[责責][编編]|[审審]校|[网網][编編]/u;

/** The writers a labelled credit names, joined with commas as long as they fit `maxChars`; null when it names none. */
export function writersOfCredit(value: string, maxChars: number): string | null {
  const names = value
    .split(CREDIT_PARTS)
    .map(withoutCreatorBadge)
    .filter((part) => part !== '' && !isPlaceholder(part) && !ROLE_PART.test(part) && !EDITOR_PART.test(part) && !normaliseOutlet(part) && !PORTAL_ACCOUNT.test(part));
  let writers = '';
  for (const name of names) {
    const joined = writers ? `${writers}, ${name}` : name;
    if (joined.length > maxChars) break;
    writers = joined;
  }
  return writers || null;
}

/**
 * Whether a feed's `author` value names a person: not a placeholder ("unknown"), not an outlet, and not
 * the site or account the original sits on ("Bitter Winter" on zh.bitterwinter.org, "Yeeyan" on
 * medium.com/@yeeyan).
 */
export function isPersonName(author: string, originalUrl: string | null): boolean {
  if (!author || NO_WRITER.test(author.trim()) || normaliseOutlet(author)) return false;
  const squashed = author.toLowerCase().replace(/[\s.'’-]+/g, '');
  return squashed.length < 3 || !siteWordsOf(originalUrl).some((word) => word.includes(squashed));
}

// A newsroom's desk credited where a writer would be: "國際中心", "大陸新聞中心", "编辑部".
const DESK_NAME = /(?:中心|新[闻聞]部|[编編][辑輯](?:部|室))$/u;

/** The writer a site's card of credits names (cut from the page's foot: "作者：烟斗哥 来源：鲸娱网 累计发文：26708篇"), or null:
 * a person's name only. The archive's own restated credits close pages too ("作者: 國際中心", "作者：人权观察", "作者: 未提供"),
 * and name a desk, the outlet or no one. */
export function writerOfFootCard(credits: string, originalUrl: string | null): string | null {
  const writer = credits === '' ? null : parseReporter(credits);
  return writer && isPersonName(writer, originalUrl) && !DESK_NAME.test(writer) ? writer : null;
}

/** The original's host and its first path segment (an account: "@yeeyan"), lowercased. */
function siteWordsOf(url: string | null): string[] {
  if (!url) return [];
  try {
    const { hostname, pathname } = new URL(url);
    return [hostname.toLowerCase(), (pathname.split('/')[1] ?? '').toLowerCase()];
  } catch {
    return [];
  }
}
