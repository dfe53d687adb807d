// The labels mirrored pages write before a credit, in simplified and traditional script: one vocabulary,
// from which every rule that reads or removes a labelled line takes its pattern (the generic reader's
// credit lines, the outlet a "来源：" names, the archive signals' labelled lines, the credited original).
// The patterns are built here, from this file's strings, so that the ReDoS check reads each one whole.

/** "来源：美国之音", "出處：中央社", a news site's "文章来源：京报网", "新闻来源：", "信息来源：". */
const SOURCE = '(?:文章|新闻|新聞|信息|消息)?(?:来源|來源)|稿源|出处|出處';
/**
 * The labels that name a link, not a text ("原网页", a blog's "本文原始网址" too, 新唐人's "本文网址:" under its text, 禁闻网's
 * "本文的图文或视频完整版：" under its text edition's posts, the page it copied with its pictures): a bare "原文" may head the
 * original's text under a translation.
 */
const ORIGINAL_LINK_NAME =
  '原文(?:地址|链接|鏈接|網址|网址|连结|連結)|本文[网網]址|原(?:链接|鏈接|連結|网址|網址|网页|網頁|始(?:网址|網址|地址|链接|鏈接))|[浏瀏][览覽]原文|(?:本文的?)?(?:图文|圖文)(?:或|和)?(?:视频|視頻)?完整版';
/** "原文：", "原文链接：", "原文網址：", "浏览原文：". */
const ORIGINAL = `${ORIGINAL_LINK_NAME}|原文`;
/** "网站地址", the address of the site's page the text was taken from. */
const SITE_ADDRESS = '[网網]站地址';
/**
 * An English-language repost's or news-digest tool's link to what it reposts: "[Source Article](…)",
 * "[Original Article](https://www.bbc.com/news/…)", "Original story".
 */
const ORIGINAL_EN = '[Ss]ource\\s{1,2}[Aa]rticle|[Oo]riginal\\s{1,2}(?:[Aa]rticle|[Ss]tory)';
/** "本文转自", "转载自", "轉自". */
const REPRINTED_FROM = '(?:本文)?[转轉](?:[载載])?自';
/** "作者：", "撰文：", "文／", "◎作者 |". */
const AUTHOR = '(?:◎\\s{0,2})?(?:作者|撰文|文)';
/** "日期：", "發佈時間：", "發布日期：", "发稿时间：", "更新时间：", a paper's "发刊日期：", a portal's "新闻时间：", 新唐人's "北京时间：",
 * 科普中国's "上传时间：". */
const PUBLISHED = '(?:发稿|發稿|发刊|發刊|发布|發佈|發布|发表|發表|新闻|新聞|公布|北京|上传|上傳)?(?:日期|时间|時間)|更新(?:时间|時間)';
/** A site's bare word for when a page was posted, a label only before its colon: "发表：2024-12-10 20:23", "發布：…",
 * "出版：2016-01-15 20:54". Set as a heading it is a section's. */
const POSTED = '发布|發佈|發布|发表|發表|出版';
/** The English a bilingual tool writes before its Chinese label: "authors/作者：", "publish date/发表日期：". */
const ENGLISH_GLOSS = '(?:[A-Za-z][A-Za-z ]{0,19}\\s{0,2}/\\s{0,2})?';
/** A news-digest tool's English labels: "authors: …", "publish date: None". */
const AUTHOR_EN = '[Aa]uthors?';
const PUBLISHED_EN = '[Pp]ublish(?:ed)?\\s{1,2}[Dd]ate|[Dd]ate\\s{1,2}[Pp]ublished';
/** "keywords: …", "关键词：…", 新浪's "文章关键词: 科尔斯 谷歌", "标签: 健康, 政策", 看中国's "标 签 : 加州 医生", 央视网's "热词：", "相关热词搜索：", 明報's "相關字詞：", a wiki's
 * categories ("分类" over its links), Human Rights Watch's regions ("区域／国家: 泰国"), 鲁网's "新闻关键词：变性", 大纪元's topic
 * links ("相关专题: 国际新闻"; BioNews's "相关专题标签"): a tool's or a site's
 * keyword list, no text and no field. */
const KEYWORDS = '[Kk]eywords|[Tt]ags?|(?:文章|新闻|新聞)?关键[词字]|(?:新闻|新聞)?關鍵[詞字]|(?:相关|相關)(?:专题|專題)(?:[标標][签籤])?|(?:相关|相關|本文)?[标標]\\s{0,2}[签籤]|(?:相关|相關)?(?:热词|熱詞)(?:搜索)?|(?:相关|相關)(?:字词|字詞)|分[类類]|Categories|(?:区域|區域|地区|地區)\\s{0,2}[／/]\\s{0,2}(?:国家|國家)';
/** A note in brackets between a label and its colon: "原文地址（需翻墙访问）：". */
const LABEL_NOTE = '\\s{0,8}(?:[（(][^）)]{0,40}[）)])?\\s{0,8}';

/**
 * The WeChat account a post was saved from, as a WeChat-to-Markdown exporter labels it in the quoted head it sets over the text
 * ("> 公众号: 极客之家" over "> 发布时间: …" and "> 原文链接: https://mp.weixin.qq.com/s/…"): the account is the post's publisher.
 */
const ACCOUNT = '(?:微信)?(?:公众号|公眾號)(?:名称|名稱)?';

/** A line that opens with a label and its colon, as the archive signals read them. */
export const LABELLED_LINES = {
  published: new RegExp(`^(?:${ENGLISH_GLOSS}(?:${PUBLISHED}|${POSTED})|${PUBLISHED_EN})\\s{0,4}[：:]\\s{0,4}`, 'u'),
  // WeChat accounts write "◎来源 | 茶的故事" as they write "◎作者 |".
  outlet: new RegExp(`^(?:◎\\s{0,2})?(?:${SOURCE}|${ACCOUNT})\\s{0,4}[：:|｜]\\s{0,4}`, 'u'),
  author: new RegExp(`^(?:${ENGLISH_GLOSS}${AUTHOR}\\s{0,4}[：:／/|｜]|${AUTHOR_EN}\\s{0,4}[：:])\\s{0,4}`, 'u'),
  originalUrl: new RegExp(`^(?:${ORIGINAL}|${REPRINTED_FROM})\\s{0,4}[：:]\\s{0,4}`, 'u'),
} as const;

/** A site's view counter's label: "被阅读次数", "浏览次数", "瀏覽人次", "点击数", "阅读量", "浏览", "点击", a video's "播放次数",
 * "观看次数" ("新闻观看次数"; a saved social post's "觀看次數", "總播放量"), "人气", "点阅", "关注度" ("关注度： 2479"). */
const VIEW_COUNT = '(?:新[闻聞])?被?(?:阅读|閱讀|浏览|瀏覽|点击|點擊|观看|觀看|(?:总|總)?播放)(?:次数|次數|数|數|量|人次)?|人气|人氣|点阅|點閱|关注度|關注度';
/** Its count: "601", "1262次", "2.1万", and as a social site writes it: "3.6k", "115K", "120.5K views". */
const VIEW_COUNT_VALUE = '[\\d.,]{1,12}\\s{0,2}[万萬kKM]?\\s{0,2}(?:次|views)?';
/** The label of when a page was last updated, a colon after it or not, before a date: "更新：", "最近更新:", 大纪元's "更新 ",
 * "更新日期：2023-05-09". It dates no posting. */
export const UPDATED_LABEL = /^(?:最近|最后|最後)?更新(?:日期)?\s{0,4}[：:]?\s{0,4}(?=\d)/u;
/** A view counter standing alone: "被阅读次数 33261", "浏览：4537", "点击次数: 1262次", "人气：4014 次". */
export const VIEW_COUNTER = new RegExp(`^(?:${VIEW_COUNT})\\s{0,4}[：:]?\\s{0,4}${VIEW_COUNT_VALUE}$`, 'u');
/** A line of a page's counters, two or more: "评论 0 | 阅读 11819", "阅读 1.2万 · 点赞 36". */
export const COUNTERS_LINE = new RegExp(`^(?:评论|評論|${VIEW_COUNT}|点赞|點讚|收藏)\\s{0,2}[：:]?\\s{0,2}[\\d.,]{1,9}[万萬]?(?:\\s{0,3}[|｜·•]?\\s{0,3}(?:评论|評論|${VIEW_COUNT}|点赞|點讚|收藏)\\s{0,2}[：:]?\\s{0,2}[\\d.,]{1,9}[万萬]?){1,4}$`, 'u');
/** A saved social post's counts, as the saving tool lists them under the post: a count's label, its counts or none ("点赞: 80 4 2K",
 * "Like: 10", "Comment:", "Share: 314 views", "评论数量: 5"), or a few run together ("評論總數：176 觀看次數：115K"). Furniture
 * of the saved page, never its text. */
const SOCIAL_COUNT = `(?:点赞|點讚|按讚|Likes?|Comments?|Shares?|Reactions?|分享|转发|轉發|(?:评论|評論)(?:总数|總數|数量|數量|次数|次數|数|數)?|${VIEW_COUNT})`;
/** Its counts, a word after one at times: "314 views", 東方日報's "评论次数: 228 次转发". */
const SOCIAL_COUNT_VALUE = '\\d[\\d.,]{0,11}[万萬kKM]?(?:\\s{0,2}(?:次(?:转发|轉發)?|views))?';
const SOCIAL_COUNT_PAIR = `${SOCIAL_COUNT}\\s{0,2}[：:]\\s{0,2}(?:${SOCIAL_COUNT_VALUE}(?:\\s{1,3}${SOCIAL_COUNT_VALUE}){0,3})?`;
/** Or the count before its word, as Facebook prints it: "18 Likes", "2 comments", "3K Plays", "1.2萬個讚", "35則留言"; 网易's "4赞";
 * 星洲日报's "13 次转发", 财新's "0发表评论"; or before the face of a reaction bar, one a line ("1 👍", "7 😠"). */
const SOCIAL_COUNT_FIRST = '\\d[\\d.,]{0,11}[万萬kKM]?\\s{0,2}(?:Likes?|[Cc]omments?|Plays|[Vv]iews|Shares?|個讚|个赞|赞|讚|則留言|则留言|条评论|條評論|次分享|次觀看|次观看|次转发|次轉發|发表评论|發表評論|\\p{Extended_Pictographic}\\uFE0F?)';
export const SOCIAL_COUNTS_LINE = new RegExp(`^(?:${SOCIAL_COUNT_PAIR}(?:\\s{1,3}${SOCIAL_COUNT_PAIR}){0,4}|${SOCIAL_COUNT_FIRST}(?:\\s{1,3}${SOCIAL_COUNT_FIRST}){0,4})$`, 'u');
/** A counter's label opening a part of a header line: "浏览： …". */
export const VIEW_COUNTER_LABEL = new RegExp(`^(?:${VIEW_COUNT})\\s{0,4}[：:]`, 'u');
/** A counter closing a header line's date, with its label or without a colon: "2024年12月22日 889点阅", "… 人气 238". */
export const CLOSING_VIEW_COUNTER = new RegExp(`\\s{1,4}(?:[\\d,]{1,12}\\s{0,2}(?:${VIEW_COUNT})|(?:${VIEW_COUNT})(?:\\s{0,2}[：:]\\s{0,2}|\\s{1,2})[\\d.,]{1,12}[万萬]?次?)$`, 'u');

/** The word of a call to subscribe, in either script and its variants ("订阅", "訂閱", "訂閲") or English. */
export const SUBSCRIBE_WORD = /[订訂][阅閱閲]|subscribe/iu;

/** A news site's credit closing a story of its own, with its app's prompt: 澎湃新闻's "(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)",
 * "（本文来自于澎湃新闻）", kept by the portals that repost it; or its mark that the story first ran there ("（人民报首发）", as
 * 禁闻网 copies 人民报's). The site's name is the first group or the second. */
export const SITE_CLOSING_CREDIT =
  /^[（(]\s{0,2}(?:本文来自于?\s{0,2}([^\s，,。（）()]{2,16})\s{0,2}(?:[，,]\s{0,2}更多[^（）()]{0,16}下载[^（）()]{0,20})?|([^\s，,。（）()]{2,16}?)\s{0,2}首[发發])[)）]$/u;

/** A portal's pointer to the comments over the text, with their count: 搜狐's "我来说两句(0)", "**我来说两句**（0）", "我来说两句(人参与)"
 * (its count a picture), after the date ("2007年02月13日08:29 我来说两句(1)") or a label ("评论数：我来说两句(0)"). */
export const COMMENT_POINTER = /(?:^|\s{1,4})(?:(?:评论数?|評論數?)\s{0,2}[：:]\s{0,2})?我来说两句\s{0,2}[（(][^()（）]{0,8}[)）]$/u;

/** A source's label standing alone, over its value on the next line ("## 来源" over "[联合国新闻](…)"). */
export const SOURCE_LABEL_ALONE = new RegExp(`^(?:${SOURCE})\\s{0,2}[：:]?$`, 'u');

/** A portal's staff, counters and poster on its header line: "编辑：詹蔷", "记者： 吴采倩", "编译: 汪天飏", "特约撰稿: …",
 * "点击数：10738", "阅读时间：约6分钟", "发布者: …", "摄影: …", a section's "栏目：热点透视", when it was last updated ("更新：…", "最后更新时间：…"), "地点: 江苏", 搜狐号's "发布于：天津市" / "发布地点: 河南省" / "发布地区： 北京市"
 * after the account, 凤凰网's "观看次数： 194.9万", "浏览量: 403.9万", a share bar's "分享：", a paper's "报料热线： 81850000"; 澎湃's and 新浪's
 * "审稿：…", "校对：…", "配图: 作者提供", "图片:", "专辑：…", a translation's "原作者: …", "原创作者: …", the first title "原标题: …",
 * 澎湃号's "收录于话题: #…" and a user's "IP属地: 重庆". */
const HEADER_EXTRA = `(?:责任)?编辑|(?:責任)?編輯|责编|責編|编审|編審|排版|记者|記者|编译|編譯|(?:特约|特約|本版)?撰稿|本文作者|摄影|攝影|栏目|欄目|(?:最近|最后|最後)?更新(?:日期|时间|時間)?|${VIEW_COUNT}|阅读时间|閱讀時間|字数|字數|评论数?|評論數?|(?:观众)?观看(?:次数|人数)?|(?:觀眾)?觀看(?:次數|人數)?|发布者|發布者|发布于|發佈於|发布(?:地点|地区|机构)|發佈(?:地點|地區|機構)|發布機構|地点|地點|分享|报料热线|報料熱線|审稿|審稿|[审審]校|校对|校對|配图|配圖|图片|圖片|专辑|專輯|原作者|原创作者|原創作者|原[标標]题|收录于话题|收錄於話題|IP属地|IP屬地`;
/** A part of a header line that opens with one of them: "编辑: 编辑大大", "栏目：热点透视", "发布者: 管理者". */
export const HEADER_EXTRA_LABEL = new RegExp(`^(?:${HEADER_EXTRA})\\s{0,4}[：:]`, 'u');
/** A label set as a heading of its own over its value ("## 来源" over "新浪教育 时间： 2016.04.25 10:06", "## 时间" over
 * "2005.03.11 16:09", "### 标签" over "跨性别、就业权"). */
export const LABEL_HEADING = new RegExp(`^(?:${SOURCE}|${PUBLISHED}|作者|${KEYWORDS})\\s{0,2}[：:]?$`, 'u');

/**
 * Where the next label begins on a portal's header line that runs several together, after spaces, a bar or a comma: "来源：搜狐体育
 * 作者：钟伟", "来源：长江网 | 日期：2012-08-09 | 作者：…", "发布时间: 2012年04月06日 06:52 | 来源：中新网", 禁闻网's "作者：章天亮，来源：希望之声电台".
 * The bare "文" of a byline is no label here ("文：" inside a line is a sentence's).
 */
export const RUN_ON_LABEL = new RegExp(
  `(?:\\s{1,6}|\\s{0,4}[|｜，,]\\s{0,4})(?=(?:${SOURCE}|${ACCOUNT}|${PUBLISHED}|${POSTED}|作者|撰文|${KEYWORDS}|${HEADER_EXTRA}|${ORIGINAL_LINK_NAME})\\s{0,4}[：:])`,
  'u',
);

/**
 * A reposting site's disclaimer run on after a credit's value, no part of the name: 禁闻网's "来源: 星系花园秘境, 文章内容仅代表作者个人观点。",
 * "作者：陈破空 ，文章内容只代表评论员个人观点。", "作者: 希望之声TV , 文章内容并不代表本网立场和观点。".
 */
export const CREDIT_DISCLAIMER = /[\s，,]{0,6}(?:文章|本文)[内內]容\s{0,2}(?:只|仅|僅|并不|並不|不)\s{0,2}代表[^，,。]{0,24}[。.]?$/u;

/**
 * The label cells of a saving tool's page-metadata table, each a whole cell, in the same vocabulary and the tool's English:
 * "Original Link" / "原文链接", "Date" / "发布日期", "Author" / "来源" (meta/metadata-table.ts).
 */
export const TABLE_ROW_LABELS = {
  originalUrl: new RegExp(`^(?:${ORIGINAL_LINK_NAME}|(?:original|source)\\s{1,2}(?:link|url))$`, 'iu'),
  published: new RegExp(`^(?:${PUBLISHED}|${PUBLISHED_EN}|date|published)$`, 'iu'),
  // Who published it: an outlet often ("美国之音", "中国新闻网"), a person sometimes.
  outlet: new RegExp(`^(?:${SOURCE}|作者|author|source)$`, 'iu'),
  // The saved file's name: the page's title as the site gave it, its name after the last " - ".
  fileName: /^(?:file\s{0,1}name|文件名)$/iu,
} as const;

/** The same name as a label before its link on the link's line: "原文链接：<a>标题</a>", "本文的图文或视频完整版：<a>标题</a>". */
export const ORIGINAL_NAME_BEFORE_LINK = new RegExp(`^(?:${ORIGINAL_LINK_NAME})\\s{0,4}[：:]\\s{0,4}$`, 'u');
/** A link's whole text that names it the original's address, no bare "原文" or "source" (a citation's words): "原文链接", "浏览原文", "Original Article". */
export const ORIGINAL_LINK_NAME_ALONE = new RegExp(`^(?:${ORIGINAL_LINK_NAME}|${ORIGINAL_EN})$`, 'u');

/** "阅读原文": WeChat's label for the link to a post's source, set on that link alone. */
const READ_ORIGINAL = '[阅閱][读讀]原文';
/** A link whose whole text labels the original it links: "[原文地址](…)", "[阅读原文](…)", "[Source Article](…)", "Original". */
export const ORIGINAL_LINK_LABEL = new RegExp(`^(?:${ORIGINAL}|${READ_ORIGINAL}|${ORIGINAL_EN}|original|source)$`, 'iu');

/** A keyword list's line ("keywords/关键词: ldp win …"). */
export const KEYWORDS_LINE = new RegExp(`^${ENGLISH_GLOSS}(?:${KEYWORDS})\\s{0,4}[：:]`, 'u');
/** A keyword label closing a site's page, alone ("标签", "热词：") or before its few words ("标签: 跨性别角色, DC电影"). */
export const KEYWORD_LABEL_ALONE = new RegExp(`^(?:${KEYWORDS})\\s{0,2}[：:]?$`, 'u');
export const KEYWORD_CLOSING_LINE = new RegExp(`^(?:${KEYWORDS})\\s{0,2}[：:]\\s{0,2}[^。！？]{0,80}$`, 'u');

/** The note of the tool that saved the page: "本文由简悦SimpRead转码", alone or before its credit. */
const TOOL_NOTE = '本文由\\s{0,2}简悦\\s{0,2}SimpRead\\s{0,2}转码';
/** The tool's note with nothing after it ("本文由 简悦 SimpRead 转码，"); a note that goes on to credit the original is the archive's credit. */
export const BARE_TOOL_NOTE = new RegExp(`^${TOOL_NOTE}[\\s，,。]{0,4}$`, 'u');

/**
 * Credit lines restating where a text came from: "转自…", "原文链接：URL", "来源：美国之音", SimpRead's "原文地址 URL" (no colon),
 * "网站地址 URL", after its note too ("本文由简悦SimpRead转码，原文地址：URL").
 */
export const CREDIT_LINES: readonly RegExp[] = [
  new RegExp(`^${REPRINTED_FROM}\\s*[:：]?`, 'u'),
  new RegExp(`^(?:${ORIGINAL})${LABEL_NOTE}[:：]`, 'u'),
  new RegExp(`^(?:${TOOL_NOTE}[，,]\\s{0,2})?(?:${ORIGINAL}|${SITE_ADDRESS})\\s{0,4}[:：]?\\s{0,4}(?:~~)?https?://\\S{1,2000}$`, 'u'),
  new RegExp(`^(?:${SOURCE})\\s*[:：]\\s*\\S{1,20}(?:\\s+\\S{1,20})?$`, 'u'),
  // "来源：https://…" whatever the address's length; the address is read before the line goes.
  new RegExp(`^(?:${SOURCE})\\s*[:：]\\s*https?:\\/\\/\\S{1,2048}$`, 'u'),
  // A label standing alone, the link it was set on ("[原文链接](…)", "[Source Article](…)").
  ORIGINAL_LINK_NAME_ALONE,
];

/** The name a "来源：…" credit gives, anywhere in a text. */
export const SOURCE_CREDIT = new RegExp(`(?:${SOURCE})\\s*[：:]\\s*([^\\s|｜,，。;；)）]{2,24})`, 'u');

/** Labels that may precede a credited URL in a text (each followed by a note, a colon and the URL). */
export const URL_CREDIT_LABEL = new RegExp(`${ORIGINAL}|${SOURCE}`, 'gu');

/** The label right before a credit link, at the end of the text before it: "原文：<a>", "原文地址（…）： <a>". */
export const LINK_CREDIT_LABEL = new RegExp(`(?:${ORIGINAL})${LABEL_NOTE}[：:]\\s{0,8}$`, 'u');

/** Words around a link that make it the credited original: "浏览原文", "原文链接", "本文转自" (a bare "转自" may name an account), "Original Article". */
export const ORIGINAL_LINK_WORDS = new RegExp(`${ORIGINAL}|本文[转轉](?:[载載])?自|\\b(?:${ORIGINAL_EN})\\b`, 'u');
/**
 * The same words in the block that holds the link: a bare "原文" only where it opens the block ("**原文：**[…](…)") or
 * right before the link (below), for inside a sentence it is a word ("录音原文过于反动…比[毕姥爷](…)": the recording's
 * text, the link an aside's).
 */
export const ORIGINAL_LINK_BLOCK_WORDS = new RegExp(
  `^[\\s*＊【\\[(（「]{0,4}(?:${ORIGINAL})|${ORIGINAL_LINK_NAME}|本文[转轉](?:[载載])?自|\\b(?:${ORIGINAL_EN})\\b`,
  'u',
);
/** "原文" right before the link it labels, without a colon: "微信原文~~[链接](…)~~", "查看原文[请点此](…)". */
export const ORIGINAL_RIGHT_BEFORE_LINK = new RegExp(`(?:${ORIGINAL})[：:]?[\\s~*]{0,4}$`, 'u');

/** Whether a line opens with a label the archive signals read (date, source, author, original) or a keyword list's. */
export function isLabelledLine(text: string): boolean {
  return KEYWORDS_LINE.test(text) || Object.values(LABELLED_LINES).some((label) => label.test(text));
}
