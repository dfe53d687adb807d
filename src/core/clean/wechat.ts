import { closestByTag, descendantsByTag, linksIn, textNodesIn } from '../dom';
import { isPlaceholder, namesInstitution, writerAfterOutlet } from '../meta/byline';
import { PORTAL_ACCOUNT } from '../meta/outlet';
import { BARE_TOOL_NOTE } from '../meta/labels';
import { SENTENCE_END, withoutSpaces } from '../text';
import { imageHolder, MAX_CAPTION_CHARS, removeFrom, replaceWithFigure, textAfter } from './blocks';
import { cutText, isCopyrightNoticeLine, isDisclaimerLine, isLinkLine, isPromptTail, isSharePrompt, isSignOffLine, removeQrCodeBeside, removeSignOffUnit, textOf } from './clutter';

// The edges of WeChat posts as archives keep them (Terminus2049 and its like): a photo's caption in the
// block after it, marked "△"/"▲" or written as a credit ("图片来源：网络", "图 | 木田无花公众号"), or a bare
// <figcaption> the Markdown left outside any figure, or "（上图：…）"; and the "文章已于2019-02-02修改" note under the text.
// A caption becomes its photo's; a credit with no photo before it, and the edit note, go.

/** The arrow WeChat editors put before a caption: "△北京大兴忠诚学校", "▲6月8日，…视频截图". */
const CAPTION_MARK = /^[△▲]\s{0,2}/u;
/** A caption that points at its photo: "（上图：萧律师进不去的地方）". */
const POINTS_UP = /^[（(]?\s{0,2}(?:上|左|右)[图圖]\s{0,2}[：:]/u;
/**
 * A photo credit: "图片来源：网络", "本文封面图片来自于tuchong.com，已获授权", "（图片来源于网络。）", "图｜网络", "图片 \\| 刘静" (a Markdown escape kept), "题图摄影：…";
 * the title picture's: "题图：视觉中国", "头图来源：网络", "题图由作者拍摄", "封面图，及题图拍摄：徐明", the illustrator's "插图/Ron" (南方人物周刊's, on 腾讯新闻), and "题目来自 Flickr/…" (题图
 * mistyped, before a picture library); not "图/文：" (a byline).
 */
const TITLE_PICTURE = '(?:题图|題圖|头图|頭圖|标题图|標題圖|封面图|封面圖|配图|配圖|插图|插圖)';
const PHOTO_CREDIT = new RegExp(
  '^[（(]?\\s{0,2}(?:本文|文章)?(?:题图|題圖|头图|頭圖|封面|配图|配圖)?(?:(?:图片|圖片|照片|摄影|攝影)\\s{0,2}(?:来源|來源|来自|來自|源自|\\\\?[|｜:：/／])|[图圖]\\s{0,2}(?:来源|來源|源)?\\s{0,2}\\\\?[|｜:：/／](?!\\s{0,2}文))' +
    `|^${TITLE_PICTURE}\\s{1,2}\\S` +
    `|^[（(]?\\s{0,2}${TITLE_PICTURE}(?:[，,、]\\s{0,2}(?:及|和)?\\s{0,2}${TITLE_PICTURE})?\\s{0,2}(?:来源|來源|来自|來自|源自|由|拍摄|拍攝|摄影|攝影|\\\\?[|｜:：/／])` +
    '|^题目来自\\s{0,2}(?:Flickr|flickr|Unsplash|Pixabay|视觉中国|視覺中國)',
  'u',
);
/** A credit standing alone is a line; a longer block that opens the same way is text about a picture. */
const MAX_CREDIT_CHARS = 40;
/** WeChat's note that the post was edited: "文章已于2019-02-02修改", "公众号：zhouzhiyuan360 文章已于修改". */
const EDIT_NOTE = /文章已于\s{0,2}[-\d年月日\s]{0,16}修改$/u;
const MAX_EDIT_NOTE_CHARS = 60;
const LINE_TAGS = ['p', 'figcaption', 'h4', 'h5', 'h6', 'div'];

const isCredit = (text: string): boolean => text.length <= MAX_CREDIT_CHARS && PHOTO_CREDIT.test(text);

function isCaptionLine(block: Element): boolean {
  const text = textOf(block);
  return text !== '' && text.length <= MAX_CAPTION_CHARS && (block.localName === 'figcaption' || CAPTION_MARK.test(text) || POINTS_UP.test(text) || PHOTO_CREDIT.test(text));
}

/** Captions in the block after their photo become the photo's; lone credits and edit notes go. */
export function cleanWechatEdges(root: Element): void {
  for (const img of descendantsByTag(root, ['img'])) {
    if (!root.contains(img) || closestByTag(img, ['figure'])) continue;
    const holder = imageHolder(img, root);
    const next = holder.nextElementSibling;
    if (holder === root || textOf(holder) !== '' || !next || descendantsByTag(next, ['img']).length > 0 || !isCaptionLine(next)) continue;
    // A caption that only credits the photographer ("△ 图片 | 刘静（东方IC）") is no caption.
    const caption = textOf(next).replace(CAPTION_MARK, '');
    replaceWithFigure(holder, img, isCredit(caption) ? '' : caption);
    next.remove();
  }
  for (const line of descendantsByTag(root, LINE_TAGS)) {
    if (!root.contains(line) || closestByTag(line, ['figure']) || descendantsByTag(line, ['img']).length > 0) continue;
    const text = textOf(line);
    const credit = isCredit(text);
    const editNote = text.length <= MAX_EDIT_NOTE_CHARS && EDIT_NOTE.test(text);
    if (credit || editNote) line.remove();
  }
}

// The head and foot of a WeChat post as the account wrote it: staff credits ("编辑 | 金赫", "运营编辑 | 贾珍珍",
// "对话：郭亦非，编辑：李尚文", "本文作者：邓学平（…）"), a byline after the name ("秦前红教授 文"), the account's own
// line ("《东方历史评论》微信公号：ohistory", "eBooksPlan 公众号"), a portal's dateline over a repost ("北京新浪網",
// "原标题：…"), a promo or giveaway ("…欢迎扫一扫添加…以防失联", "…选出两位读者，各送出…一本"), and everything
// after the "-END-" mark. The writer and editor credited are kept as fields; the lines go.

/** Roles a post credits, with the writer's first: "作者", "文", "撰文"; then the staff. */
const WRITER_ROLES = '(?:本文)?(?:作者|撰文|撰稿|采写|採寫|文字|文)';
const STAFF_ROLES =
  '(?:本文|文章)?(?:来源|來源)|图文|圖文|\\S{0,10}(?:记者|記者|实习生|實習生|通讯员|通訊員)|\\p{Script=Han}{0,4}(?:编辑|編輯)|配图|配圖|责编|責編|主编|主編|美编|美編|美工|运营|運營|校对|校對|审校|審校|审核|審核|审读|審讀|统筹|統籌|策划|策劃|监制|監製|出品人?|排版|\\p{Script=Han}{0,2}(?:设计|設計)|插画|插畫|视觉|視覺|制图|製圖|作图|作圖|图片|圖片|摄影|攝影|图|圖|对话|對話|采访|採訪|记者|記者|口述|(?:资料|資料)?(?:整理|搜集|收集)|(?:事实|事實)?核查|翻译|翻譯|编译|編譯|译者|譯者|译|譯|剪辑|剪輯';
/** Roles one credit joins: "编辑/排版：肠粉", "文字&摄影：…". */
const ROLE_JOINER = '[/／&＆、]';
const ANY_ROLE = `(?:${WRITER_ROLES}|${STAFF_ROLES})`;
const JOINED_ROLES = `${ANY_ROLE}(?:${ROLE_JOINER}${ANY_ROLE}){0,2}`;
/** The outlet a role is of, written before it: "腾讯新闻《棱镜》作者 | 张庆宁". */
const ROLE_OF_OUTLET = '(?:[^\\s|｜丨:：/／=]{1,12}[》」』])?';
const WRITER_ROLE = new RegExp(`^${WRITER_ROLES}$`, 'u');
const EDITOR_ROLE = /^(?:责任|責任)?(?:编辑|編輯)$|^(?:责编|責編)$/u;
/** One credit once the spaces around its mark are gone: "编辑|金赫", "本文作者：邓学平（张扣扣委托辩护律师）". */
const CREDIT = new RegExp(`^${ROLE_OF_OUTLET}(${JOINED_ROLES})[|｜丨:：/／=](\\S{1,30})$`, 'u');
/** A role alone, its name in the next piece: WeChat editors also write "编辑 沈燕妮", "撰文 陈晓雪". */
const BARE_ROLE = new RegExp(`^${ROLE_OF_OUTLET}(${JOINED_ROLES})$`, 'u');
const ROLE_PARTS = new RegExp(ROLE_JOINER, 'u');
/** Who made the post, as a line of its own: "中国青年报·中国青年网出品", with the issue: "棱镜·腾讯新闻出品 | 第307期". */
const MADE_BY = /^\S{2,20}(?:出品|出品人)(?:\s{0,2}\\?[|｜丨]\s{0,2}第\s{0,2}\d{1,5}\s{0,2}期)?$/u;
/** A credit in a bold run Markdown leaves unrendered, spaces after its opening asterisks: "**    文丨将爷**". */
const UNRENDERED_BOLD = /^\*\*\s{1,8}([^*\s][^*]{0,58})\*\*$/u;
/** A labelled credit in brackets of its own, as 中国新闻网 closes a text with its editor: "【编辑:李季】" (not a bracketed
 * pointer, "【點擊看完整全文】"). */
const BRACKETED_CREDIT = /^[【［]\s{0,2}([^【】［］：:\s]{1,8}\s{0,2}[：:][^【】［］]{1,50}?)\s{0,2}[】］]$/u;
/** A credit set letter-spaced, as WeChat layouts do: "作 者 | 库 阳", "编 辑：X". */
const LETTER_SPACED_CREDIT = /^\p{Script=Han}(?: \p{Script=Han}){1,3}\s{0,4}\\?[|｜丨:：/／]/u;
const SPACE_BETWEEN_HAN = /(?<=\p{Script=Han}) (?=\p{Script=Han})/gu;
const CREDIT_MARK_SPACES = /\s{0,4}\\?([|｜丨:：/／=])\s{0,4}/gu;
/** A capital I set between spaces as the bar ("编辑 I 白浩龙", "作者 I 阿岛、捞面"): a mark, not a name. */
const LETTER_I_BAR = /(?<=\p{Script=Han})\s{1,4}I\s{1,4}(?=\p{Script=Han})/gu;
/** Credits of several people set apart by bars: "摄影 杨文彬 | 撰文 郄艺 | 编辑 贾如". */
const CREDIT_BAR = /\s{1,4}\\?[|｜丨]\s{1,4}/u;
/** A bullet before a credit: "〇编辑/排版：肠粉", "■ 纽约华人资讯网主笔 詹涓". */
export const LINE_BULLET = /^[〇○●◎■□◆◇•▪]\s{0,2}/u;
const CREDIT_SEPARATORS = /[\s，,；;、]{1,4}/u;
/** A second name after a credit ("摄影：张三 李四"). */
const MORE_NAME = /^[\p{Script=Han}·]{2,4}$|^[A-Za-z][A-Za-z.'-]{1,20}$/u;
/** "秦前红教授 文", "李明 撰文": the name, then the role; not WeChat's "阅读原文" ("点击阅读原文") nor a link's "閱讀全文". */
const NAME_THEN_ROLE = /^([\p{Script=Han}·]{2,10})\s{0,2}(?:(?<!(?:阅读|閱讀|查看)[原全])文|撰文|著)$/u;
/** A byline that says where the writer filed from: "小世儿 译发自 北京", "张三 发自武汉". */
const FILED_FROM = /(?:发自|發自)\s{0,2}\p{Script=Han}{2,8}$/u;
/**
 * A column's writer credited in brackets of their own over the text (眾新聞's columns, whose front matter names the column:
 * "讀者來論", "專業和你傾"): "【撰文：1B學生】", "【撰文：地圖開發專家Homing TAM】", "【撰文：楊虔豪（駐韓獨立記者…）】",
 * "【撰文：家興，自由撰稿人】", "【撰文：瓦丸／攝影：壹一】", "【撰文：《雙城對倒》作者鄺健銘】", "【撰文：梁芷靈@廚職背遊】". The writer
 * is the credit up to a note in brackets, a comma, the "@" before the writer's group or blog, or the next role: digits,
 * Latin letters and quotes are a pen name's, which a staff credit's name run would cut.
 */
const BRACKETED_WRITER = /^【\s{0,2}(?:撰文|作者|文)\s{0,2}[：:]\s{0,2}(?:《[^《》【】]{1,30}》作者)?([^【】（(，,／/|｜@]{1,40}?)\s{0,2}(?:[】（(，,／/|｜@]|$)/u;
/** A title after a writer's name is no part of it. */
const HONORIFIC = /(?:教授|博士|律师|律師|老师|老師|先生|女士)$/u;
/** The account's own line: "《东方历史评论》微信公号：ohistory", "公众号ID：xxx", "eBooksPlan 公众号", "陌上读书人 （ID：flowersreader）", "邮箱：…", "投稿邮箱：…", "微信：weiliang_9647（微凉）", "商务微信：13161688176", "微博：@同志平等权益促进会". */
const ACCOUNT_LINE = /[（(]\s{0,2}(?:微信)?\s{0,2}ID\s{0,2}[：:]\s{0,2}[\w-]{2,30}\s{0,2}[）)]$|^(?:我的|商[务務]|[^：:\s]{0,4}(?:投稿|合作|联系|聯繫))?(?:邮箱|郵箱|E-?mail|微信号?|微信號?)\s{0,2}[：:]\s{0,2}[\w.@-]{0,40}(?:\s{0,2}[（(][^（）()]{1,12}[）)])?$|^(?:微博|新浪微博)\s{0,2}[：:]\s{0,2}\*{0,2}@[^\s*]{1,30}\s{0,2}\*{0,2}$|(?:公众号|公眾號|公号|公號|订阅号|訂閱號)\s{0,2}(?:ID|id)?\s{0,2}[：:]\s{0,2}[\w-]{2,30}$|^\S{1,20}\s{0,2}(?:微信)?(?:公众号|公眾號)$/u;
/**
 * The account's line with its writers after the ID: "◎智谷趋势（ID：zgtrend） 黄狮虎、路口大爷", "本文来自：北方公园NorthPark（ID：northpark2018），
 * 作者：王小笨。". A short lead, the ID, then up to four names of a few letters
 * each; a sentence that mentions an account goes on past them.
 */
const ACCOUNT_WITH_WRITERS = /^[^，,。？！]{0,30}[（(]\s{0,2}(?:微信)?\s{0,2}ID\s{0,2}[：:]\s{0,2}[\w-]{2,30}\s{0,2}[）)][\s|｜丨，,]{0,6}(?:(?:作者|文)\s{0,2}[：:|｜]\s{0,2})?[\p{Script=Han}·]{2,6}(?:[、\s]{1,3}[\p{Script=Han}·]{2,6}){0,3}。?$/u;
/** A portal's dateline over a repost, and the repost's note of its first title: "北京新浪網", "原标题：…", "（原标题为《…》）". */
const PORTAL_DATELINE = /^\p{Script=Han}{2,4}(?:新浪|网易|網易|搜狐|腾讯|騰訊|凤凰|鳳凰)[网網]?$/u;
const FIRST_TITLE = /^[（(]?\s{0,2}原[标標]题(?:为|為|是)?\s{0,2}[：:《]/u;
/**
 * Where the post first ran, opening the line or a clause of it: "首发：新媒体女性", "文章最初发布于微信「微思客」",
 * "（本文首发于2020年2月20日《南方周末》…）", "本文由…联合出品，首发于端传媒", "说明：首发于端传媒，此为修订版", "作者：…，原载：…",
 * "——原载《炎黄春秋》杂志2013年第6期", "始发于简书：…", a magazine's own "（本文刊发于《三联生活周刊》2018年第16期…）". A
 * sentence about another text ("他的文章首发于…", "这篇文章发表于…") is the article's.
 */
const FIRST_RAN =
  /(?:^|[，,。；;：:]\s{0,2})[（(—–\s-]{0,3}(?:(?:本文|文章|此文|该文|該文)?(?:[首始][发發](?:于|於|在|[：:])|最初[发發][布表]?(?:于|於|在)|原[载載刊](?:于|於|在|[：:《]))|(?:本文|此文)(?:刊[发發登载載]|[发發]表)(?:于|於|在))/u;
/**
 * Who granted the repost, over the text: "本文授权于公众号： 英国那些事儿 微信号 ：hereinuk", "本文经授权转载自《新周刊》微信公众号（ID：new-weekly）".
 * The text's own word of a grant ("他获授权转载") goes on; under the text the note is the repost's own ("本文经授权转载自香港独立媒体").
 */
const REPOST_GRANT = /^[（(]?\s{0,2}(?:本文|此文|文章)(?:经|經)?(?:授权|授權)(?:[转轉][载載])?(?:于|於|自)/u;
/** A first-run credit is a line; a longer block is text that mentions one. */
const MAX_FIRST_RAN_CHARS = 100;
/**
 * WeChat's reading-time line: "全文共5222字，阅读大约需要12分钟。", "共10626字，106张图片，阅读需30分钟。"; in brackets, a
 * paywall's count of the whole text over the part shown: "（本文共528字，订阅后可畅读全文）" (财新).
 */
const READING_TIME = /^[（(]?\s{0,2}(?:(?:全文|本文)(?:共|約|约)?|共|約|约)\s{0,2}\d{1,6}\s{0,2}字|^[阅閱][读讀][约約]需\s{0,2}\d{1,3}\s{0,2}分[钟鐘]/u;
/**
 * A giveaway or business-contact line: "…选出两位读者，各送出…一本", "留言抽奖", "赠书", "商务合作 | 请加微信". Never the
 * words alone, which news uses too ("结果这张彩票中奖了", "两国的商务合作").
 */
const GIVEAWAY = /(?:商[务務]|商[业業])合作\s{0,2}(?:[|｜丨:：/]|请|請|联系|聯繫)|赠书|贈書|(?:留言|点赞|點讚|转发|轉發)\s{0,2}抽[奖獎]|抽[奖獎]规则|抽獎規則|(?:中[奖獎]|获奖|獲獎)(?:名单|名單|读者|讀者)|送出[^送]{0,30}(?:一本|一份|本书|本書)|(?:留言|点赞|點讚)[^留点點]{0,30}(?:选出|選出|抽取|抽出)/u;
const MAX_GIVEAWAY_CHARS = 200;
/**
 * The mark WeChat editors put under the text: "-END-", "— END —", "· 感谢关注 ·", "· 往期文章 ·" over the account's picks, "** END **" (Markdown's asterisks left round it), a lone "▼" over its QR code, "文末硬广", an app's "下载客户端",
 * "----------以下为推广----------" over its ads, and the headings of the account's own blocks: "支持我们" over its donation call, "作者简介" over the
 * writer's card.
 */
const END_MARK =
  /^[-—–_=·*\s]{0,12}(?:▼|END|End|文末(?:硬广|硬廣|广告|廣告)|下[载載]客[户戶]端|感[谢謝](?:关注|關注|阅读|閱讀)|往期(?:文章|精彩|回顾|回顧|推荐|推薦)|以下(?:为|為|是)?(?:推广|推廣|广告|廣告)|支持我[们們]|作者(?:简介|簡介|介绍|介紹)|(?:关于|關於)作者)[-—–_=·*\s]{0,12}$/u;
/**
 * The writer's own end mark, alone or run into the last line when the Markdown joined them: "（完）", "—— 完 ——",
 * "…承诺严格为当事人保密。（完）", "2018年4月18日 【------正文至此------】". A bare 完 is a mark only in brackets or dashes.
 */
const WRITERS_END_MARK = /(^|[。！？!?」”』）)\s])(?:[（(【[]\s{0,2}完\s{0,2}[）)】\]]|[-—–]{1,6}\s{0,2}完\s{0,2}[-—–]{1,6}|[（(【[]?[-—–_=·]{0,40}\s{0,2}(?:全文完|正文完|本文完|正文至此)[。.]?\s{0,2}[-—–_=·]{0,40}[）)】\]]?)\s{0,2}$/u;
/** What follows the END mark is the account's: a line or two and its picks, never much text. */
const MAX_AFTER_END_CHARS = 800;
/** Credits, account lines and promos sit in the first and last few lines. */
const HEAD_LINES = 6;
const TAIL_LINES = 8;
const MAX_CREDIT_LINE_CHARS = 60;
const MAX_HEAD_PROMO_CHARS = 120;
const CREDIT_TAGS = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figcaption', 'div'];
/**
 * The account's call to follow it over the text, pointing at its name over the post: "点击上方蓝字关注我们",
 * "点击👆明见书院👆关注我，加★星标★", "点击陆家嘴制高点，关注…", "↑ 点上方“X”关注".
 */
const FOLLOW_PROMPT = /^[^\p{Script=Han}]{0,4}(?:点击|點擊|点|點)[^。！？]{0,16}(?:关注|關注)/u;

export interface WechatCredits {
  author: string | null;
  editor: string | null;
}

/**
 * The credits of a line made only of credits ("编辑 | 金赫", "对话：郭亦非，编辑：李尚文"), or null. A credit names;
 * an interview's "记者：您当初为什么…？" or "记者：我们从你的经历说起。" is a sentence.
 */
function creditsOf(line: string): Array<[role: string, name: string]> | null {
  if (line.length > MAX_CREDIT_LINE_CHARS || SENTENCE_END.test(line)) return null;
  const unbulleted = (UNRENDERED_BOLD.exec(line)?.[1] ?? BRACKETED_CREDIT.exec(line)?.[1] ?? line).replace(LINE_BULLET, '');
  const segments = unbulleted.split(CREDIT_BAR);
  if (segments.length > 1) {
    const credited = segments.map(creditsOfSegment);
    if (credited.every((credits) => credits !== null)) return credited.flat() as Array<[string, string]>;
  }
  return creditsOfSegment(unbulleted);
}

/** A line made only of staff credits ("编辑 | 金赫", "文：张慧"): the credits step reads it before it goes. */
export function isWechatCreditLine(line: string): boolean {
  return creditsOf(line) !== null;
}

/** The credits of one run of credits, no bar between them. */
function creditsOfSegment(line: string): Array<[role: string, name: string]> | null {
  const text = LETTER_SPACED_CREDIT.test(line) ? line.replace(SPACE_BETWEEN_HAN, '') : line;
  const byline = NAME_THEN_ROLE.exec(text);
  if (byline) return [['作者', byline[1]!]];
  if (MADE_BY.test(text)) return [['出品', text]];
  const credits: Array<[string, string]> = [];
  let bareRole: string | null = null;
  for (const piece of text.replace(LETTER_I_BAR, '|').replace(CREDIT_MARK_SPACES, '$1').split(CREDIT_SEPARATORS)) {
    if (piece === '') continue;
    const credit = CREDIT.exec(piece);
    const role = BARE_ROLE.exec(piece)?.[1];
    // "作者 中青报·中青网记者 杨海": the writer's role, the desk's, then the name.
    if (bareRole !== null && role !== undefined) continue;
    if (bareRole !== null) credits.push([bareRole, piece]);
    else if (credit) credits.push([credit[1]!, credit[2]!]);
    else if (role !== undefined) {
      bareRole = role;
      continue;
    } else if (credits.length === 0 || !MORE_NAME.test(piece)) return null;
    bareRole = null;
  }
  return credits.length > 0 && bareRole === null ? credits : null;
}

/** The name a credit gives: its letters, without the note or mark after them ("高义#", "邓学平（…）"). */
const NAME_RUN = /^[\p{L}·.'’ -]{1,30}/u;
/** A credit mark ends the name: "编辑：王萧东丨版式：王萧东" credits 王萧东 (丨 is a letter to \p{L}). */
const CREDIT_MARK = /[|｜丨:：/／]/u;
const nameOf = (credited: string): string => (NAME_RUN.exec(credited.split(CREDIT_MARK)[0] ?? '')?.[0] ?? '').trim().replace(HONORIFIC, '');

/**
 * Innermost text blocks of the post, in order (a line is no block of lines); a photo's caption is one, for
 * the credits a post sets under its lead photo ("记者/玄增星、陈轶男 编辑/张国").
 */
function textLines(root: Element): Element[] {
  return descendantsByTag(root, CREDIT_TAGS).filter(
    (el) => textOf(el) !== '' && (el.localName === 'figcaption' || !closestByTag(el, ['figure'])) && descendantsByTag(el, CREDIT_TAGS).length === 0,
  );
}

/** The writer a credit names: "作者：观察者网 林铃锦" names the outlet before its writer, who is the writer. */
function writerOf(credited: string, line: string): string | null {
  const named = nameOf(credited);
  return namesInstitution(named) ? writerAfterOutlet(line.slice(line.indexOf(named))) : named || null;
}

/** A writer's name alone on a line at the head ("张目"), as 人民报 sets it under the headline. */
const NAME_ALONE = /^\p{Script=Han}{2,4}$/u;
/** The writer's credit closing the text, "(文/张目)△", which names the same writer. */
const CLOSING_WRITER_CREDIT = /[（(]\s{0,2}文\s{0,2}[/／]\s{0,2}([^（）()/／\s]{2,8})\s{0,2}[)）]/u;

/** The writer named alone on a line at the head when the text's closing credit names them too; the line goes. A short
 * line alone may be a heading or a place: the credit at the foot says it is the writer. */
function takeNameLine(head: readonly Element[], tail: readonly Element[]): string | null {
  const credited = tail.map((line) => CLOSING_WRITER_CREDIT.exec(textOf(line))?.[1]).filter((name) => name !== undefined);
  const line = head.find((candidate) => NAME_ALONE.test(textOf(candidate)) && credited.includes(textOf(candidate)));
  if (!line) return null;
  line.remove();
  return textOf(line);
}

/** A note in brackets opening a line, the text run on after it: "【来源：人民报，文章内容并不代表本网立场和观点。】亿万富豪孙大午，…". */
const LEADING_BRACKETED_NOTE = /^\s{0,8}[【［[][^】］\]]{1,80}[】］\]]/u;

/** The disclaimer a reposting site sets in brackets before the text's first words, or null. */
function leadingDisclaimer(line: Element): string | null {
  const note = LEADING_BRACKETED_NOTE.exec(line.textContent ?? '')?.[0];
  return note !== undefined && textOf(line).length > note.trim().length && isDisclaimerLine(note.trim()) ? note : null;
}

/** Take out the credit, account, dateline and promo lines at the head and foot of a post; the writer and editor they credit. */
export function takeWechatCredits(root: Element): WechatCredits {
  const found: WechatCredits = { author: null, editor: null };
  // The account's picks under the credits, a line each once its sections are lines, are no lines of the post.
  const allLines = textLines(root).filter((line) => !isPickLine(line) && !isHeadedPicks(line));
  found.author = takeNameLine(allLines.slice(0, HEAD_LINES), allLines.slice(-TAIL_LINES));
  const lines = allLines.filter((line) => root.contains(line));
  const head = lines.slice(0, HEAD_LINES);
  const tail = lines.slice(Math.max(HEAD_LINES, lines.length - TAIL_LINES));
  for (const line of [...head, ...tail]) {
    const text = textOf(line);
    const atHead = head.includes(line);
    // A short post's lines are both its head and its foot.
    const atTail = lines.indexOf(line) >= lines.length - TAIL_LINES;
    // A line that is one link points to another page ("[陳皓桓庭上陳情全文](…)"): no "NAME 文" byline.
    const credits = isLinkLine(line) ? null : creditsOf(text);
    const bracketed = atHead ? BRACKETED_WRITER.exec(text)?.[1]?.replace(HONORIFIC, '') : undefined;
    if (bracketed && !namesInstitution(bracketed) && !isPlaceholder(bracketed)) found.author ??= bracketed;
    for (const [role, name] of credits ?? []) {
      // "作者/编辑: 未注明": a credit line that names nobody, gone all the same.
      if (isPlaceholder(name)) continue;
      const parts = role.split(ROLE_PARTS);
      // "作者: 央广网官方账号": an outlet's account on the portal is no writer.
      if (parts.some((part) => WRITER_ROLE.test(part))) found.author ??= PORTAL_ACCOUNT.test(name) ? null : writerOf(name, text);
      else if (parts.some((part) => EDITOR_ROLE.test(part))) found.editor ??= nameOf(name) || null;
    }
    const account = text.length <= MAX_CREDIT_LINE_CHARS && (ACCOUNT_LINE.test(text) || ACCOUNT_WITH_WRITERS.test(text));
    // The post's first title is noted at the head, or in a short line at the foot; at the head it may be long (a
    // bilingual one). Where it first ran is a line at either end.
    const firstRun =
      (FIRST_TITLE.test(text) && (atHead || (atTail && text.length <= MAX_CREDIT_LINE_CHARS))) || (text.length <= MAX_FIRST_RAN_CHARS && (FIRST_RAN.test(text) || (atHead && REPOST_GRANT.test(text))));
    const portal = atHead && (PORTAL_DATELINE.test(text) || READING_TIME.test(text) || BARE_TOOL_NOTE.test(text) || (text.length <= MAX_CREDIT_LINE_CHARS && FILED_FROM.test(text)));
    const headPromo = atHead && text.length <= MAX_HEAD_PROMO_CHARS && isSignOffLine(text);
    const followPrompt = atHead && text.length <= MAX_CREDIT_LINE_CHARS && FOLLOW_PROMPT.test(text);
    const tailPromo = atTail && text.length <= MAX_GIVEAWAY_CHARS && GIVEAWAY.test(text);
    // An account's "文中内容不代表…立场" opens a repost as often as it closes one; run into the text's first paragraph (人民报's
    // stories as 禁闻网 copies them), it goes alone.
    const runInDisclaimer = leadingDisclaimer(line);
    if (runInDisclaimer !== null) {
      cutText(line, runInDisclaimer.length, 'start');
      continue;
    }
    const disclaimer = isDisclaimerLine(text);
    // A promo at the head sits with its QR code as a sign-off does ("欢迎加入…俱乐部 扫码联系工作人员").
    if (headPromo) removeQrCodeBeside(line).remove();
    else if (credits || account || firstRun || portal || followPrompt || tailPromo || disclaimer) line.remove();
  }
  return found;
}

/**
 * Cut the post at its "-END-" mark, or at the writer's "（完）", when what follows is the account's few lines and
 * picks; a writer's mark run into the last line leaves the line.
 */
export function cutAtEndMark(root: Element): void {
  const lines = textLines(root).slice(-TAIL_LINES * 2);
  const mark = lines.find((line) => END_MARK.test(textOf(line)) || WRITERS_END_MARK.test(textOf(line)));
  if (!mark || textAfter(mark, root).length > MAX_AFTER_END_CHARS) return;
  const writers = !END_MARK.test(textOf(mark));
  const lastText = writers ? textNodesIn(mark).findLast((node) => node.data.trim() !== '') : undefined;
  if (lastText) lastText.data = lastText.data.replace(WRITERS_END_MARK, '$1');
  if (!writers || textOf(mark) === '') return removeFrom(mark, root);
  const cut = mark.ownerDocument.createComment('');
  mark.after(cut);
  removeFrom(cut, root);
}

// The account's foot under the post, below its credits and sign-offs: its introduction and slogan ("NGOCN是一个非营利的
// 自媒体，我们关注…", "“凤凰网（ID：ifeng-news）”是凤凰网新闻频道唯一官方微信公众号…"), its contact and submission lines
// ("(投稿：…@163.com)", "商业合作或投稿：…", "责编 黄端 duanhuang@…"), its reprint terms ("转载请私信获取授权", "未经新京报书面
// 授权，不得转载和使用", "转载、合作、加入粉丝群请联系小助理"), its thanks ("感谢关注…"), a line set between dashes ("-订阅精选
// 邮件，再也不怕404-"), its picks, each a line linking to one of its posts, and their heading ("相关文章：（点击文章标题即可阅读）").
// Each is read only at the foot's edge, walking up from the last line; the first line of another kind is the article's
// and ends the walk.

/** The account says what it is: a name, then "是…公众号 / 自媒体". */
const ACCOUNT_INTRO = /^[^，,。！？]{1,30}(?:是|系)[^。！？]{0,30}(?:公众号|公眾號|订阅号|訂閱號|自媒体|自媒體)/u;
/** An account introduces itself in a sentence or three. */
const MAX_ACCOUNT_INTRO_CHARS = 200;
/** The call to submit or to work together: "投稿：", "合作及投稿邮箱"; not an event's partners ("合作伙伴：…", "合作机构：…"). */
const SUBMISSION_CALL = /(?:投稿|合作(?!伙伴|夥伴|机构|機構|单位|單位|方))[^。！？]{0,10}(?:[:：]|邮箱|郵箱|邮件|郵件)/u;
/** The terms of a reprint: "转载…请联系 / 授权 / 标注出处", "未经新京报书面授权，不得转载". */
const REPRINT_TERMS = [
  /[转轉][载載][^。！？]{0,12}[请請][^。！？]{0,8}(?:授[权權]|联系|聯繫|后台|後台|出[处處])/u,
  /未[经經][^，,。！？]{1,12}(?:授[权權]|许可|許可|允[许許])[\s，,]{0,3}(?:不得|禁止|严禁|嚴禁|谢绝|謝絕|请勿|請勿)\s{0,2}[转轉][载載]/u,
];
const MAX_CONTACT_CHARS = 100;
/** A line that is little more than an address ("责编 黄端 duanhuang@…"); a longer one is the writer asking readers to write. */
const EMAIL_ADDRESS = /^[\w.-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$/u;
/** What no address holds: a line is cut here into the runs an address is looked for among. */
const NOT_IN_ADDRESS = /[^\w.@-]{1,1000}/u;
const MAX_ADDRESS_LINE_CHARS = 40;

/** A short line with an address and a word more; an address alone finishes the line over it ("如需咨询，请发邮件到"), which is the writer's. */
function isAddressLine(text: string): boolean {
  return text.length <= MAX_ADDRESS_LINE_CHARS && !EMAIL_ADDRESS.test(text) && text.split(NOT_IN_ADDRESS).some((run) => EMAIL_ADDRESS.test(run));
}

/** A short line set between dashes, as the account's lines at the foot are: "-订阅精选邮件，再也不怕404-". */
const DASHED_LINE = /^[-—–·]{1,3}\s{0,2}[^-—–·\s][^-—–·]{2,24}[-—–·]{1,3}$/u;
/** The heading of the account's picks, with its hint: "相关文章：（点击文章标题即可阅读）". */
const PICKS_HEADING = /^(?:相关|相關)(?:文章|阅读|閱讀|推荐|推薦)\s{0,2}[：:]?\s{0,2}(?:[（(][^（）()]{0,16}[）)])?$/u;
/** The account thanks its readers, and may go on to ask for a like: "感谢关注智谷趋势（微信ID：zgtrend）。很多读者还没养成…", "文末相遇，感谢阅读！". */
const THANKS_FOR_READING = /^[^。！？]{0,6}感[谢謝](?:关注|關注|阅读|閱讀)/u;
const MAX_THANKS_CHARS = 120;
/**
 * The writer's card in a line of its own: "作者系网易新闻·网易号“各有态度”签约作者", "作者为《财经》驻华盛顿记者，更多作者文章，请关注…",
 * "作者简介：普通影迷，媒体编辑…". A sentence about the writer in the text goes on ("作者是在…").
 */
const WRITER_CARD = /^(?:本文)?作者(?:系|為|为|(?:简介|簡介|介绍|介紹)\s{0,2}[：:])/u;
const MAX_WRITER_CARD_CHARS = 120;
/** The account's app: "喜欢这篇文章？去 App 商店搜 好奇心日报 ，每天看点不一样的。". */
const APP_PROMO = /(?:App|APP|应用)\s{0,2}(?:商店|Store|store)\s{0,2}(?:搜|下载|下載)/u;
const MAX_APP_PROMO_CHARS = 60;
/**
 * WeChat's own page text under a post, which a scraper kept with it: "预览时标签不可点" (the post's tags cannot be
 * followed in a preview). The page's chrome, never a line of the text.
 */
const WECHAT_PAGE_TEXT = /^预览时标签不可点$/u;
/**
 * The account's channels, a line each under the post: "中心网站：http://…", "中心新浪微博：http://t.sina.com.cn/…", "中心飞信：18810132334（加为好友后
 * 可每周收到活动通知）", "QQ活动群：234417232", "中心微信 Wechat：bjlgbtcenter", "WeChat: bjlgbtcenter (for Center’s exciting upcoming
 * events)", "更多精彩活动详见中心微信：…". A channel's name after a few letters of whose it is, then an address or an ID and a
 * short note in brackets; or the name alone over its address.
 */
const CHANNEL = '(?:网站|網站|官网|官網|豆瓣(?:小站)?|微博|飞信|飛信|QQ\\S{0,4}群|博客|微信号?|微信號|公众号|公眾號|Website|Weibo|WeChat|Douban|Blog)';
const CHANNEL_LABEL = `^[^：:\\s]{0,12}\\s{0,2}${CHANNEL}(?:\\s{1,2}[A-Za-z]{2,12}){0,2}\\s{0,2}[：:]`;
const CHANNEL_LINE = new RegExp(`${CHANNEL_LABEL}\\s{0,2}(?:https?:\\/\\/\\S{1,200}|[\\w.@-]{2,40})\\s{0,2}(?:[（(][^（）()]{1,40}[）)])?$`, 'iu');
const CHANNEL_NAME_ALONE = new RegExp(`${CHANNEL_LABEL}$`, 'iu');
const BARE_ADDRESS_LINE = /^https?:\/\/\S{1,200}$/u;

/** An arrow alone on its line, pointing down at the account's QR code or card: "⇣", "↓↓↓", "👇". */
const POINTER_ARROWS = /^(?:[⇣↓⬇▼▽👇\s]|\uFE0F){1,8}$/u;
/** The account's own heading over its picks, read only right over a pick: "大家一周阅读排行榜", "《孙立平课堂》最近10讲", "往期回顾", "关注流动儿童，还可以看". */
const PICKS_TITLE = /(?:排行榜|最近\s{0,2}\d{1,3}\s{0,2}[讲講期篇]|往期|推荐|推薦|精选|精選|热文|熱文|更多文章|近期(?:活动|活動|文章|推送)|(?:还|還|也)可以(?:看|读|讀)$)/u;
const MAX_PICKS_TITLE_CHARS = 24;
/** More headings over the picks, in brackets or not: "【延伸阅读】", "**【相关阅读】**", "你可能感兴趣的文章". */
const MORE_PICKS_TITLE = /(?:延伸|相关|相關)(?:阅读|閱讀)|感[兴興]趣的(?:文章|内容|內容)/u;
const isPicksTitle = (text: string): boolean => text.length <= MAX_PICKS_TITLE_CHARS && !SENTENCE_END.test(text) && (PICKS_TITLE.test(text) || MORE_PICKS_TITLE.test(text));
/** A centred line the sanitiser unwrapped is left a bold run right in the body: a line too. */
const UNWRAPPED_LINE_TAGS = ['b', 'strong'];
/** Picks set as a Markdown list ("- [标题](https://mp.weixin.qq.com/…)"): each item is a line. */
const FOOT_LINE_TAGS = [...CREDIT_TAGS, 'li'];
/** How far up the walk may go: an account's picks run to a dozen lines and more ("第118讲 …" down to "第108讲 …"). */
const MAX_FOOT_LINES = 24;

/**
 * The address of a WeChat post, or of an archive's copy of it ("https://archive.li/o/bOTfR/mp.weixin.qq.com/s?…", as
 * archive.today rewrites the links of a page it saved): a line that only links to one, by its title, is the account's
 * pick of its other posts.
 */
const WECHAT_POST = /^https?:\/\/(?:archive\.(?:li|is|ph|today|vn|md)\/o\/\w{1,12}\/(?:https?:\/\/)?)?mp\.weixin\.qq\.com\//u;

/** Whether an address is a WeChat post's (or archive.today's copy of one). */
export function isWechatPostUrl(href: string): boolean {
  return WECHAT_POST.test(href);
}

/** The number an account sets before each of its picks: "4 ", "5.", "2、", "第117讲 " (a lecture's number is in its link). */
const PICK_NUMBER = /^\d{1,3}\s{0,2}[.、．)）]?\s{0,2}/u;
/** A pick of a deleted post keeps its number and title, no link: "2 汤兰兰案中的媒体表现（被删除，后台回复 汤兰兰 提取）". */
const MAX_UNLINKED_PICK_CHARS = 40;

/** The text of a line's links when they all go to WeChat posts, or null. */
function linkedPostText(line: Element): string | null {
  const links = linksIn(line);
  if (links.length === 0 || WECHAT_POST.test(textOf(line)) || links.some((link) => !WECHAT_POST.test(link.getAttribute('href') ?? ''))) return null;
  return withoutSpaces(links.map(textOf).join(''));
}

/**
 * A line that links to WeChat posts by their titles, in one link or in several (an editor's styling cut "4、《弱传播》：
 * 舆论世界的哲学？" in two; the picks of an editor's unwrapped <section>s run into one line); a bare address is a
 * reference's ("https://mp.weixin.qq.com/s/…" under a source).
 */
function isPickLine(line: Element): boolean {
  return linkedPostText(line) === withoutSpaces(textOf(line));
}

/**
 * A pick with its number outside the link ("**4** [中国的 “后真相” 时刻](…)"), or a numbered title with no link right
 * over a pick, whose post is gone ("2 汤兰兰案中的媒体表现（被删除，后台回复 汤兰兰 提取）"). A writer's numbered reading list
 * looks the same ("2.[《为何高校老师作恶成本低廉…》](…)"): these go only as a run under the account's heading.
 */
function isNumberedPick(line: Element, underPick: boolean): boolean {
  const text = textOf(line);
  const title = text.replace(PICK_NUMBER, '');
  if (title === text || title === '') return false;
  if (linksIn(line).length === 0) return underPick && text.length <= MAX_UNLINKED_PICK_CHARS && !SENTENCE_END.test(text);
  return linkedPostText(line) === withoutSpaces(title);
}

/**
 * A prompt to click through to one of the account's posts, then its linked title: "详细岗位要求点击跳转：《三联生活周刊》招撰稿人"
 * under the account's call for writers.
 */
const CLICK_THROUGH_LEAD = /^[^。！？]{0,12}(?:点击|點擊)[^。！？]{0,6}[：:]$/u;

function isClickThroughPick(line: Element): boolean {
  const lead = leadOfPicks(line);
  return lead !== null && CLICK_THROUGH_LEAD.test(lead);
}

/** What a line of picks opens with before its links ("【文章精选】", "近期活动"), or null for a line that is no picks after a lead. */
function leadOfPicks(line: Element): string | null {
  const linked = linkedPostText(line);
  const text = withoutSpaces(textOf(line));
  return linked !== null && linked !== '' && text.endsWith(linked) ? text.slice(0, text.length - linked.length) : null;
}

/** The account's heading run into the line of its picks, the editor's <section>s unwrapped: "【文章精选】<links>", "近期活动<links>". */
function isHeadedPicks(line: Element): boolean {
  const lead = leadOfPicks(line);
  return lead !== null && lead !== '' && isPicksTitle(lead);
}

/** The account's call for writers or staff over the link to its job post: "招聘｜撰稿人", "招聘｜实习生、撰稿人". */
const JOB_CALL_HEADING = /^(?:招聘|诚聘|誠聘)\s{0,2}[|｜丨:：]/u;
const MAX_JOB_CALL_HEADING_CHARS = 24;

/** A line of the account's foot, of any kind the post's edges are read for. */
function isFootLine(line: Element): boolean {
  const text = textOf(line);
  return (
    isPickLine(line) ||
    isClickThroughPick(line) ||
    isHeadedPicks(line) ||
    isSignOffLine(text) ||
    isSharePrompt(text) ||
    isDisclaimerLine(text) ||
    isCopyrightNoticeLine(text) ||
    isWechatCreditLine(text) ||
    (text.length <= MAX_CREDIT_LINE_CHARS && (ACCOUNT_LINE.test(text) || ACCOUNT_WITH_WRITERS.test(text))) ||
    (text.length <= MAX_ACCOUNT_INTRO_CHARS && ACCOUNT_INTRO.test(text)) ||
    (text.length <= MAX_CONTACT_CHARS && (SUBMISSION_CALL.test(text) || REPRINT_TERMS.some((terms) => terms.test(text)))) ||
    isAddressLine(text) ||
    (text.length <= MAX_THANKS_CHARS && THANKS_FOR_READING.test(text)) ||
    (text.length <= MAX_WRITER_CARD_CHARS && WRITER_CARD.test(text)) ||
    (text.length <= MAX_APP_PROMO_CHARS && APP_PROMO.test(text)) ||
    DASHED_LINE.test(text) ||
    PICKS_HEADING.test(text) ||
    WECHAT_PAGE_TEXT.test(text) ||
    POINTER_ARROWS.test(text) ||
    CHANNEL_LINE.test(text) ||
    CHANNEL_NAME_ALONE.test(text)
  );
}

/**
 * Walk up from the post's last line taking out the account's foot; a sign-off's QR code goes with it, and so do the
 * pictures among and under the foot's lines once no text is left there (its banners and codes). A picture between
 * the article's last line and the foot stays: it may be the article's.
 */
export function trimAccountFoot(root: Element): void {
  const lines = descendantsByTag(root, [...FOOT_LINE_TAGS, ...UNWRAPPED_LINE_TAGS]).filter(
    (el) =>
      textOf(el) !== '' &&
      (UNWRAPPED_LINE_TAGS.includes(el.localName) ? el.parentElement === root || el.parentElement?.localName === 'div' : !closestByTag(el, ['figure']) && descendantsByTag(el, FOOT_LINE_TAGS).length === 0),
  );
  const footStart = root.ownerDocument.createComment('');
  let underPick = false;
  // Numbered picks wait for their heading above them.
  const numberedPicks: Element[] = [];
  const tail = lines.slice(-MAX_FOOT_LINES);
  for (const [index, line] of [...tail.entries()].reverse()) {
    if (!root.contains(line)) continue;
    const text = textOf(line);
    // The second half of a prompt set as a line of its own, the account's slogan: "让我们的骄傲被看见" under "点击“在看”和将我们“设为星标”".
    const above = tail[index - 1];
    const promptTail = above !== undefined && isPromptTail(line) && (isSignOffLine(textOf(above)) || isSharePrompt(textOf(above)));
    // A channel's address on the line under its name ("中心豆瓣：" over "http://www.douban.com/host/…").
    const channelAddress = above !== undefined && BARE_ADDRESS_LINE.test(text) && CHANNEL_NAME_ALONE.test(textOf(above));
    if (isNumberedPick(line, underPick)) {
      numberedPicks.push(line);
      underPick = true;
      continue;
    }
    const jobCall = text.length <= MAX_JOB_CALL_HEADING_CHARS && JOB_CALL_HEADING.test(text);
    const picksTitle = underPick && (isPicksTitle(text) || PICKS_HEADING.test(text) || jobCall);
    if (numberedPicks.length > 0 && !picksTitle) break;
    if (!isFootLine(line) && !picksTitle && !promptTail && !channelAddress) break;
    for (const pick of numberedPicks.splice(0)) pick.remove();
    underPick = isPickLine(line) || isClickThroughPick(line);
    // Only a sign-off sits with a QR code; a picture before another line may be the article's last.
    const unit = isSignOffLine(text) ? removeQrCodeBeside(line) : line;
    unit.after(footStart);
    // The rule set over the foot ("——————") goes with it, and a prompt's first half set as a line of its own.
    removeSignOffUnit(unit, isSignOffLine(text) || isSharePrompt(text));
  }
  if (footStart.parentNode && textAfter(footStart, root).trim() === '') removeFrom(footStart, root);
  footStart.remove();
}
