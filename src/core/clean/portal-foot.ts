import { descendantsByTag, HEADING_TAGS, linksIn } from '../dom';
import { isDateOnly } from '../meta/date';
import { accountCardName } from '../meta/mirror-signals';
import { isHttpUrl } from '../meta/original-url';
import { isLabelledLine, KEYWORD_CLOSING_LINE, KEYWORD_LABEL_ALONE, KEYWORDS_LINE, LABEL_HEADING, LABELLED_LINES, RUN_ON_LABEL, SITE_CLOSING_CREDIT, SOCIAL_COUNTS_LINE, SUBSCRIBE_WORD, UPDATED_LABEL, VIEW_COUNTER } from '../meta/labels';
import { collapseWhitespace, SENTENCE_END, withoutSpaces } from '../text';
import { lastLineAfterBreak, lineBlocks, removeEdgeBreaks, removeFrom, textAfter } from './blocks';
import { RELATED_HEADINGS, textOf } from './clutter';

// What a news portal's page shows under the text, kept when the whole page was saved (project-polymorph's MkDocs
// archive of 新浪, 网易, 搜狐, 凤凰网 and 中国新闻网 pages): the comment box with its readers' comments, the share buttons,
// the app's promotion, then the portal's closing lines. None of it is the article.

/**
 * What only a portal's comment box, share bar or app promotion prints: its prompts ("说说你的看法", "请输入评论内容", "抢沙发",
 * "好的评论会让人崇拜", "欢迎发表评论", "给此博文留言吧！ 有机会上热评榜！"), its counters and pointers ("88字" left to type,
 * "查看444条评论", "评论(285)", "评论(0人参与，0条评论)", "登录后参与讨论", "热门评论点击查看更多", "点击查看更多评论", "目前没有跟贴，欢迎你发表观点", "我来说两句 0人参与， 0条评论", "回复TA"), its like bar (搜狐's "首赞", "+1", "点赞失败"), and
 * 明報's label over its box ("發表評論", "发评论:"), any news site's ("暂无评论...", "请先登录再发表评论 还没有评论，快来抢沙发吧！", "共0条评论", "查看所有留言(2)", "我也来说两句：",
 * "回复 支持(0)", "网友评论 0 条评论 匿名评论", "暂无评论数据!"; 新浪's "评论：5条 | 参与网友评论", "0条评论 | 0人参与我有话说", "发表评论: 点击这里";
 * 中国新闻网's "请您评论 进入社区 登录 / 注册 匿名评论"; 搜狐's old box: "我来说两句 所有评论(0条) 热门评论区 辩论区", "用户：匿名发出", "(人参与)",
 * "转发至： 搜狐微博 (0)"), a line of them whose label was taken before ("评论" set bold, over its prompt: ": 输入评论内容", "： | 我要评论"), its buttons ("立即转发", "[转发至微博]", "[评论图标]", a page's
 * "浏览器功能：" over "打印" and "关闭") and the app's box ("新浪新闻官方", "免费 / 绿色应用 / 优质"). A line of them, a label before
 * ("评论内容：请输入评论内容", "评论区： 88字", "热门评论: 点击查看更多评论"), or a few in a row ("说说你的看法 转发至微博",
 * "我要评论 | 查看评论(0)").
 */
const PORTAL_UI = '\\[?(?:(?:请)?说说你的看法|(?:请)?输入评论内容[：:]?|立即加入讨论|我要评论|我来说两句(?:\\s{0,2}[(（][^()（）]{0,12}[)）])?|[(（]?\\d{0,7}\\s{0,2}人参与(?:[，,]|[)）]|网友评论|我有话说)?|参与网友评论|我有话说|发表评论[：:]\\s{0,2}点击这里|进入社区|用\\s{0,4}户\\s{0,2}[：:]\\s{0,2}匿名(?:发出|发表[：:]?)?|隐藏地址|设为辩论话题|请发表您的看法|登录\\s{0,2}\\/\\s{0,2}注册|请?您\\s{0,2}评\\s{0,2}论[：:]?|所有评论[(（]\\d{1,7}条[)）]|热门评论区|辩论区|转发至[：:]\\s{0,2}\\S{1,8}微博(?:\\s{0,2}[(（]\\d{1,7}[)）])?|(?:评论区?|評論區?)\\s{0,2}[(（]\\d{1,7}(?:\\s{0,2}人参与[，,]\\s{0,2}\\d{1,7}\\s{0,2}条评论)?[)）]|[：:]\\s{0,2}\\d{1,7}\\s{0,2}条|(?:登录后)?参与讨论|最热评论[：:]?|查看评论(?:\\(\\d{1,7}\\))?|参与互动\\(\\d{1,7}\\)|抢沙发|好的评论会让人崇拜|(?:欢迎)?发表评论|發表評論|[发發](?:评论|評論)[：:]?|参与评论|给此博文留言吧[^。]{0,16}|\\d{1,3}字|(?:查看|共)?\\d{1,7}\\s{0,2}条评论|评论\\s{0,2}\\d{1,7}\\s{0,2}条|共有评论\\d{1,7}条|[(（]?评论数\\s{0,2}[：:]\\s{0,2}\\d{1,7}[)）]?|评论成功|匿名评论|暂无评论(?:数据)?(?:\\.{1,3}|…{1,2}|[!！]|[，,]\\s{0,2}快来发表你的评论吧[!！]?)?|浏览器功能[：:]?|打印(?:本页|本文)?|关闭(?:窗口|本页)?|还没有评论[^。]{0,16}|(?:请先)?登录(?:后)?再?(?:发表)?评论|查看(?:所有|全部)(?:留言|评论)(?:\\(\\d{1,7}\\))?|我也来说两句[：:]?|回复\\s{0,2}支持\\(\\d{1,7}\\)|点击查看(?:更多|用户)评论|(?:热门评论|相关新闻)?点击查看(?:更多)?|更多评论|评论链接|评论图标|查看更多跟贴|目前(?:还)?没有(?:热门)?跟贴[^。]{0,16}|热门跟贴|网易跟贴|回复(?:TA)?|查看更多回复|我要投稿|订阅信息|訂閱資訊|首赞|\\+1|点赞失败|立即转发|转发至微博|新浪新闻官方|免费\\s{0,2}\\/\\s{0,2}绿色应用\\s{0,2}\\/\\s{0,2}优质)\\]?';
const PORTAL_UI_LINE = new RegExp(`^(?:(?:热门评论|网友评论|评论内容|评论区|评论数|评论)\\s{0,2}[：:]?\\s{0,2}|[：:]\\s{0,2})?(?:[/|｜]\\s{0,2})?${PORTAL_UI}(?:(?:\\s{1,2}|\\s{0,2}[|｜/]\\s{0,2})${PORTAL_UI}){0,3}$`, 'u');
/** Phrases of the box and the app's promotion that name them wherever they stand in a short line: "快来新闻客户端参与评论
 * 获金币兑礼品吧！", "众多新闻客户端用户正在参与精彩热评，快快加入吧！", "网友评论仅供其表达个人看法，并不表明网易立场。" (世界游网's
 * "网友评论仅供网友表达个人看法，并不表明世界游网同意其观点或证实其描述。"),
 * "网友评论 以下留言仅代表网友个人观点", "评论仅代表网友个人观点，不代表…观点", "您的评论已成功提交发布", "当前新闻共有1条评论",
 * "请您文明上网、理性发言并遵守相关规定，在注册后发表评论。", 搜狐's "请在这里发表您个人的看法，发言时请遵守注意文明", "只有注册用户可以发表评论…",
 * "新浪新闻官方 • 热点资讯 精彩视频抢先看 5.0分好评", 搜狐's "搜狐“我来说两句” 用户公约",
 * 凤凰网's "文明上网，不传谣言，登录评论！", "发表评论: 凤凰账号/新浪微博", "网友评论｜跟帖管理｜举报", its mood poll "请选择您看到这篇新闻时的心情"
 * (over "高兴", "难过", "搞笑", …), its register prompt over an anonymous box ("如果您还不是凤凰会员，欢迎注册 用户：匿名发表 隐藏IP地址", "您要为您发言论的后果负责…",
 * "以上留言只代表网友个人观点"); 腾讯新闻's "评论 127 文明上网理性发言，请遵守《新闻评论服务协议》"; 關鍵評論網's "你認同本文的觀點嗎？我們想聽聽你的看法。";
 * an app's promotion ("下载适用于您的iOS或Android设备的联合国新闻应用程序", 新浪's "海量资讯、精准解读，尽在新浪财经APP"), a newsletter's ("欢迎订阅希望之声电子报，
 * 我们会每天精选…") and a topic's pointer ("更多相关资讯请关注：…专区"). */
const PORTAL_UI_PHRASE = /新闻客户端[^。！]{0,8}参与(?:评论|精彩热评)|(?:网友评论仅供|網友評論僅供)(?:其|网友|網友)(?:表达个人看法|表達個人看法)|(?:以[下上]留言|本评论观点|评论)(?:仅|只)代表网友个人观点|您的评论已成功提交|共有\d{1,7}条评论|文明上网、?理性发言|请在这里发表您?个人的看法|请遵守[《“]?新闻评论服务协议|如果您还不是\S{0,6}会员|您要为您发(?:表的?)?言论的后果负责|(?:注册|登录)用户(?:才)?(?:可以|能)发表评论|^(?:下载|下載)[^。！]{0,30}(?:应用程序|應用程式|APP|App|客户端|客戶端)[。！!]?$|^(?:欢迎|歡迎)(?:订阅|訂閱)[^。！，,]{1,20}(?:电子报|電子報)|^更多相[关關](?:资讯|資訊|内容|內容)?[请請](?:关注|關注)[：:]|尽在[^\s，。！]{1,10}(?:APP|App|客户端)[。！!]?$|精彩视频抢先看|[“"]我来说两句[”"]\s{0,2}用户公约|文明上网，不传谣言|跟帖管理|凤凰账号\/新浪微博|发表评论后[^。]{0,12}收录到您的微博|选择您?看到这篇(?:新闻|文章)时的心情|你(?:认同|認同)本文的(?:观点|觀點)|我[們们]想[聽听][聽听]你的看法/u;
const MAX_UI_LINE_CHARS = 60;
/** A site's rules over its readers' comments, a long line or two (搜狐's old box: "1、遵守《全国人大常委会关于维护互联网安全的决定》及…"): 大纪元's "“大纪元将选取精彩读者评论在全球报纸版面上刊登，…”
 * “大纪元保留删除脏话贴、下流话贴、攻击个人信仰贴等恶意留言的权利”"; or the box's script missing ("Please enable JavaScript to
 * view the comments powered by Disqus."). */
const COMMENT_RULES = /选取精彩读者评论|保留删除脏话贴|view the comments powered by Disqus|遵守《全国人大常委会关于维护互联网安全的决定》/u;
const MAX_COMMENT_RULES_CHARS = 200;
/** A reactions bar's counts, a mood and its count each ("高兴 19 惊讶 5 愤怒 4 悲伤 1 关怀 1"). */
const MOOD_COUNTS = /^(?:(?:高兴|開心|开心|惊讶|驚訝|愤怒|憤怒|悲伤|悲傷|关怀|關懷|感动|感動|同情|搞笑|难过|難過|无聊|無聊|震惊|震驚|新奇|点赞|點讚)\s{0,2}\d{1,7}\s{0,3}){3,12}$/u;

/** A reader's comment signed as 文学城 signs it, its name and when it was posted before its text ("拾麦客 发表评论于 2024-10-23
 * 05:57:20 不是一家人…"), or its name a line above ("**woyawoya**" over "发表评论于 2024-09-18 14:17:27"): the box's, heading or
 * none, or its heading on the comment's line ("评论 xyz18 发表评论于 …", a soft break between them). */
const SIGNED_COMMENT = /^(?:(?:评论|評論)\s{0,2}[：:]?\s{0,2})?(?:\S{1,30}\s{1,2})?(?:发表评论于|發表評論於)\s{0,2}\d{4}-\d{1,2}-\d{1,2}/u;

/** 留园网's line over its readers' comments: its web editor, then their count or their label ("网编：睿文 评论数量: 20 条", "网编： 和评
 * 评论人:"); RFA's staff line "记者：… 责编：… 网编：瑞哲" names no comments. */
const EDITOR_OVER_COMMENTS = /^网编[：:]\s{0,2}[^\s：:]{0,8}\s{0,2}(?:评论数量[：:]\s{0,2}\d{1,7}\s{0,2}条|评论人[：:])$/u;

const isPortalUi = (text: string): boolean =>
  PORTAL_UI_LINE.test(text) ||
  EDITOR_OVER_COMMENTS.test(text) ||
  (text.length <= MAX_UI_LINE_CHARS && PORTAL_UI_PHRASE.test(text)) ||
  (text.length <= MAX_COMMENT_RULES_CHARS && COMMENT_RULES.test(text)) ||
  MOOD_COUNTS.test(text) ||
  SIGNED_COMMENT.test(text);

/** The box's heading ("热门评论" over "抢沙发" or over the comments): a heading word alone, not a box by itself (an article
 * quotes "网友评论：" over the comments it reports); a saved social post's ("最相关评论:", "相關評論", Facebook's "most relevant"). */
const COMMENTS_HEADINGS = '热门评论|最新评论|精彩评论|网友评论|用户评论|网友观点|所有评论|全部评论|全部評論|评论与跟贴|评论区?|評論區?|最相关评论|最相關評論|最相关|最相關|相关评论|相關評論';
/** The box's count after its heading: "精彩评论 0", "评论 5", 观察者网's "热门评论 7条", "评论（18条）", "评论 (10)". */
const BOX_COUNT = '(?:\\s{0,2}\\d{1,7}(?:\\s{0,2}条)?|\\s{0,2}[(（]\\d{1,7}\\s{0,2}条?[)）])?';
const COMMENTS_HEADING = new RegExp(`^(?:${COMMENTS_HEADINGS})\\s{0,2}[：:]?${BOX_COUNT}$`, 'u');
/** What the page set over its box: the heading, or its rights label ("版权声明" over "说说你的看法"). */
const OVER_BOX = new RegExp(`^(?:(?:${COMMENTS_HEADINGS})\\s{0,2}[：:]?${BOX_COUNT}|(?:版权声明|版权信息|版权)\\s{0,2}[：:]?)$`, 'u');
/** How long ago a social site's comment was posted, closing its line: "1年前", "评论时间: 1年前", "48 हफ़्ते前" (the page saved in
 * Hindi), "1y", "14w", "…根本矮化女性 - 14w". */
const RELATIVE_AGE = '(?:^|\\s)\\d{1,3}\\s{0,2}(?:[ywdh]|[^\\s\\d]{1,8}前)$';
/** A reader's comment as the box prints it, a line or a few: stamped with its date and often a place ("九鬼 24 有时间研究这个…
 * 时间： 2016-04-25 上海", "战争部 12-09 21:57 胸用三层硅胶…", "2020-10-28", 腾讯新闻's "陕西网友 2021年11月12日", "新疆网友
 * (2023年6月7日)", "时间: 2021年4月10日"), or signed with the portal's name for a reader with no account ("新浪网友0: 掺不忍睹", "新浪网友");
 * a saved social post's comments are stamped with their age (RELATIVE_AGE). */
const COMMENT_STAMP = new RegExp(`(?<![\\d-])(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}-\\d{1,2}\\s{1,2}\\d{1,2}:\\d{2})(?![\\d-])|^新浪网友\\d{0,2}(?:$|\\s|[：:])|(?<!\\d)\\d{4}年\\d{1,2}月\\d{1,2}日[)）]?$|${RELATIVE_AGE}`, 'u');
const MAX_COMMENT_CHARS = 300;
/** A comment's lines with no stamp (its writer's name, its text) are up to this many for each stamped one. */
const LINES_PER_COMMENT = 4;
/** The box closes the page: its first line is among the last lines. */
const TAIL_LINES = 40;
/** Less text than this over a box is no article's. */
const MIN_TEXT_OVER_BOX_CHARS = 20;

/** `root`'s line blocks that hold text, in order: read afresh by each step, for the one before may have removed some. */
const linesWithText = (root: Element): Element[] => lineBlocks(root).filter((line) => textOf(line) !== '');

const chars = (blocks: readonly Element[]): number => blocks.reduce((sum, block) => sum + textOf(block).length, 0);

const isComment = (text: string): boolean => text.length <= MAX_COMMENT_CHARS && COMMENT_STAMP.test(text);

/** Whether `lines` are readers' comments: short, and stamped at least once a comment. */
function areComments(lines: readonly string[]): boolean {
  return lines.every((text) => text.length <= MAX_COMMENT_CHARS) && lines.filter(isComment).length * LINES_PER_COMMENT >= lines.length;
}

/** A line among the comments that is none: the box's buttons ("回复"), a social post's counts ("观看次数: 9.7K"), the page's closing
 * lines under them ("相关信息", "版权声明: 本内容的版权归原作者所有。"). */
const isBoxFurniture = (text: string): boolean => isPortalUi(text) || SOCIAL_COUNTS_LINE.test(text) || isPortalClosingLine(text);

/** Whether what follows a box's first line, its furniture aside, is readers' comments, one at least. */
function isCommentRun(lines: readonly string[]): boolean {
  const comments = lines.filter((text) => !isBoxFurniture(text));
  return comments.some(isComment) && areComments(comments);
}

/** The box's heading set as a heading ("### 评论区", "## 评论", "### 评论（18条）") opens it as a prompt does. */
const opensBox = (line: Element): boolean => isPortalUi(textOf(line)) || (HEADING_TAGS.includes(line.localName) && COMMENTS_HEADING.test(textOf(line)));

/** Where the box starts among `tail`'s lines (texts), or -1: at its first prompt, or at the heading over the comments
 * that lead to it; with no prompt, at a heading that only comments follow, or that closes the page. */
function boxStart(tailLines: readonly Element[]): number {
  const tail = tailLines.map(textOf);
  const prompt = tailLines.findIndex(opensBox);
  if (prompt < 0) {
    const heading = tail.findLastIndex((text) => COMMENTS_HEADING.test(text));
    return heading >= 0 && areComments(tail.slice(heading + 1).filter((text) => !isBoxFurniture(text))) ? heading : -1;
  }
  let start = prompt;
  for (let i = prompt - 1; i >= 0 && (OVER_BOX.test(tail[i]!) || isComment(tail[i]!)); i--) if (OVER_BOX.test(tail[i]!)) start = i;
  return start;
}

// The lines a portal prints under a text besides its box, closing the page once the box is gone: a platform's statement
// under a user's post (网易号's "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供
// 信息存储服务。", in English "Notice: The content above … only provides information storage services.", 凤凰网's 大风号 "…merely
// provides information storage space services.", 搜狐号's "…搜狐仅提供信息存储空间服务。", a saved Facebook post's "内容由明潮 M'INT 发布，
// 所有权归其所有。" under the page's "Verified account" card), its rights label ("版权信息", "版权：新浪公司版权所有",
// 基督时报's stance label "立场声明" over its notice,
// "版权： 本文来自四川新闻网，版权归原作者所有。", "网易公司版权所有 ©1997-2024"), its licence numbers ("增值电信业务经营许可证
// 粤B2-20090191", "工业和信息化部备案管理系统网站 粤B2-20090191-18"), its tags ("标签: 跨性别角色, DC电影", "标签：#跨性别 #儿童"),
// 搜狐号's note "作者声明： 本文包含人工智能生成内容" (or its label alone, under where the account posted from: "发布于：北京市 作者声明"), a link's
// label with its value ("报道链接: 搜狐新闻", a blog's "参考链接： 阅读全文") and an editor's label left empty ("责任编辑："); a keyword label whose links
// went to the related links (央视网's "热词：", "标签"), and its links to the posts before and after ("上一篇: … 下一篇: …",
// "下一篇： 耶倫今起訪華…"), the comments' count ("评论数：127"), a site's credit of its own story (SITE_CLOSING_CREDIT, read as the
// outlet first); the heading "特别声明" left over a statement taken before (澎湃号's "本文为澎湃号作者或机构在澎湃新闻上传并发布…").
const PLATFORM_STATEMENT = /仅提供信息存储(?:空间)?服务|^内容由[^\n]{1,40}?发布[，,]\s{0,2}所有[权權][归歸]其所有|内容开放平台帐号[（(]企鹅号[)）]传播渠道之一|\b(?:only|merely) provides? information storage (?:space )?services?\b/iu;
/** The statement in Chinese and English on one line. */
const MAX_STATEMENT_CHARS = 500;
/** The portal's closing lines are a few. */
const MAX_CLOSING_LINES = 10;
/** The labels of the links to the posts before and after. */
const NEIGHBOUR_POST_LABELS = '[上下]一(?:篇|条|條|則|则)(?:文章)?';
/** A site's copyright line, in any language: a year by its sign or the word ("Copyright 2004-2024 TGBUS Corporation, All Rights
 * Reserved", "版权 © 2011-2022 海外网传媒有限公司，未经书面授权禁止使用", 3DM's "版权信息：Copyright © 2003-2018 …", "2014 © K.M.U Graduate Institute…", "Copyright by
 * chinadaily.com.cn. All rights reserved."), or a name's rights ("中央广播电视总台 央视网版权所有", "… 商务合作 © 1997-2023
 * 网易公司版权所有", "大华网|WWW.DAWANEWS.COM 版权所有 Copyright 2007-2018 …"). A picture's credit ("© Getty Images") names no year. */
const COPYRIGHT_LINE = '(?:版[权權](?:信息|資訊)?\\s{0,2}[：:]?\\s{0,2})?(?:\\d{4}\\s{0,2}©|(?:©|Copyright|COPYRIGHT)\\s{0,2}(?:©\\s{0,2})?(?:\\d{4}|by\\s))[^\\n]{0,200}|[^。]{0,80}版[权權]所有[^。\\n]{0,80}。?';
/** When the page was posted, under the text ("发布：2024年12月5日 07:40", "发布/2024年12月13日 12:39"; 联合早报's foot), or the time
 * first and the day as Malaysia writes it, with the counter ("发布: 7:11pm 03/11/2024 3966点阅"; 星洲日报's). */
const POSTED_STAMP = '(?:发布|發布|发表|發表)\\s{0,2}[：:/／]\\s{0,2}(?:\\d{4}(?:年\\d{1,2}月\\d{1,2}日|[-/.]\\d{1,2}[-/.]\\d{1,2})(?:\\s{0,2}\\d{1,2}:\\d{2}(?::\\d{2})?)?|\\d{1,2}:\\d{2}\\s{0,2}[ap]m\\s{1,2}\\d{1,2}\\/\\d{1,2}\\/\\d{4}(?:\\s{1,2}\\d{1,9}\\s{0,2}(?:点阅|點閱))?)';
/** A government site's stamps under every page (臺北市政府's "更新日期：113-11-12", "瀏覽人次：369", "資料維護：…衛生局", run together:
 * "更新日期：113-10-29 瀏覽人次：1637"), its dates in the Republic's years; and a site's contact line ("联系方式 QQ:… EMAIL:…"). */
const GOVERNMENT_STAMP = '(?:(?:更新|修改|發布|发布|上版)(?:日期|時間|时间)|資料維護|资料维护|發布單位|发布单位|瀏覽人次|浏览人次)\\s{0,2}[：:]\\s{0,2}[^\\s：:]{1,30}';
/** A reposting site's note that it reposts with leave, pointing to where the text first ran or to its first title ("本文經《方格子》授權轉載，原文發表於此 原標題：…",
 * "本文獲掌櫃誌授權轉載，原文於此", "（文章獲授權轉載，原文可見於此）", "※本文由換日線網站授權刊載，原標題為《…》", "（本文為《上报》授權《看中國》轉載。原文鏈接）"),
 * and a portal's pointer to the original ("原文出處: 快新聞／…"). A credit alone ("本文经授权转载自香港独立媒体") is the text's own. */
const REPOST_LEAVE_NOTE = '[（(※]?\\s{0,2}(?:本文|文章)[^。，,\\n]{0,24}?授[權权][^。，,\\n]{0,12}?(?:轉載|转载|刊登|刊載|刊载)[^\\n]{0,60}?(?:原文[^。\\n]{0,8}?(?:於此|于此|鏈接|链接)|原[標标][題题]|未[經经]同意)[^\\n]{0,120}|原文出[處处]\\s{0,2}[：:][^\\n]{1,120}';
/** A site's buttons to download what the page offered ("下载 (158 kB)", "下载报告", "下载组图 / 查看原图"), and its how-to under
 * a recording's link (正见网's "MP3录音下载 下载方法：按鼠标器右键，…选择「目标文件保存为…」(Save Target As…)。"). */
const DOWNLOAD_BUTTON = '(?:下[载載])(?:[报報]告|[组組][图圖]|附件|全文|PDF)?(?:\\s{0,2}[（(][\\d.]{1,6}\\s{0,2}[kKMG]?B[)）])?(?:\\s{0,2}\\/\\s{0,2}查看原[图圖])?|(?:[^\\s，。]{1,12}\\s{0,2})?下[载載]方法\\s{0,2}[：:][^\\n]{1,120}';
/** A site's call for news tips ("如果您有新闻线索或资料给大纪元，请进入安全投稿爆料平台。", "星島網WhatsApp爆料熱線 (437)4289394，爆料一經錄用，薄酬致意。"). */
const TIP_LINE = '(?:如果?您有新[闻聞](?:线索|線索)|[^\\s，。]{0,20}(?:爆料|報料|报料)(?:熱線|热线))[^\\n]{0,160}';
/** A site's links to its pages on the platforms, their names alone ("Facebook YouTube LinkedIn Twitter"), and its call over them
 * ("Follow Yuan Tung"). */
/** Their label: "社交媒体: Twitter | Instagram | Facebook", "关注我们：…". */
const PLATFORM_LABEL = '(?:社交媒体|社交媒體|社群媒體|关注我们|關注我們|追蹤我們|Follow us)';
const PLATFORM_NAME = '(?:Facebook|YouTube|LinkedIn|Twitter|Instagram|Weibo|WeChat|Telegram|Threads|微博|微信|小红书|小紅書)';
const PLATFORM_LINKS = `(?:${PLATFORM_LABEL}\\s{0,2}[：:]\\s{0,2})?${PLATFORM_NAME}(?:\\s{0,3}[|｜/·]?\\s{0,3}${PLATFORM_NAME}){1,9}|Follow(?: us| [A-Z][\\w&.-]{0,20}(?: [A-Z][\\w&.-]{0,20}){0,3})`;
/** A site's links to its own pages, three or more in a line: "关于我们 | 联系方式 | 使用协议 | 隐私政策". */
const SITE_PAGE = '(?:关于我们|關於我們|联系(?:方式|我们)|聯絡我們|聯繫我們|使用协议|使用協議|用户协议|用戶協議|服务条款|服務條款|隐私(?:权)?政策|隱私(?:權)?政策|免责声明|免責聲明|网站地图|網站地圖|广告服务|廣告服務|加入我们|加入我們|意见反馈|意見反饋)';
const SITE_PAGES = `${SITE_PAGE}(?:\\s{0,3}[|｜·/]\\s{0,3}${SITE_PAGE}){2,11}`;
/** A share button's name, a line each as a saved page lists them: "分享到微信朋友圈", "分享到新浪微博", 财新's "新浪转发". */
const SHARE_BUTTON = `(?:分享|轉發|转发)(?:到|至)\\s{0,2}(?:微信(?:朋友圈|好友)?|朋友圈|(?:新浪)?微博|QQ(?:空间|空間|好友)?|${PLATFORM_NAME}|LINE)|(?:新浪|微博|微信)(?:转发|轉發|分享)`;
/** A site's page buttons under the text ("回上一頁 回頂端", "返回顶部", "关闭窗口 打印本页"). */
const PAGE_BUTTON = '(?:回上一?[頁页]|回[頂顶]端|(?:返回|回到)[頂顶]部|返回列表|(?:關閉|关闭)(?:視窗|窗口)|(?:打印|列印)本[頁页])';
const PAGE_BUTTONS = `${PAGE_BUTTON}(?:\\s{1,4}${PAGE_BUTTON}){0,4}`;
const CONTACT_LINE = '(?:联系方式|聯絡方式|联系我们|聯絡我們)\\s{0,2}[：:]?\\s{0,2}(?:QQ|EMAIL|E-mail|Email|电话|電話|Tel)[^\\n]{0,120}|(?:联系|聯絡|聯繫)(?:邮箱|郵箱|信箱)\\s{0,2}[：:]\\s{0,2}[\\w.+-]{1,64}@[\\w.-]{1,120}。?';
/** A site's address with its postcode, its counter before it ("总访问量：09317608 地址：重庆南路227号 邮编：200025 电话：…", "地址：北京海淀区
 * 阜成路52号（定慧寺） 邮编：100142 咨询电话：…"): a hospital's or a school's foot. */
const ADDRESS_LINE = '(?:(?:总访问量|總訪問量)\\s{0,2}[：:]\\s{0,2}\\d{1,12}\\s{1,4})?(?:地址|地點|地点)\\s{0,2}[：:][^\\n]{1,60}?(?:邮编|郵編|郵遞區號)\\s{0,2}[：:]?\\s{0,2}\\d{3,6}[^\\n]{0,80}';
/** A site's contact lines in its foot, a label and its value each (CONTACT_LABEL_LINE) ("電話：886-7-312-1101 ext. 2204", "傳真：(04)2339-9072",
 * "電子郵件：gender@kmu.edu.tw", "辦公時間：上午8時至12時…"), or its office with its address, phone and fax on one line ("臺南市政府性別
 * 平等辦公室 70801臺南市… 聯絡電話：(06)299-1111 專線：… 傳真：(06)2980339"); and the QR code linking its front page, a picture's
 * words in brackets ("[QRCode-連結到臺南市政府性別主流化專區]", "[手機掃描QR Code，可取得此頁連結。]"). */
const CONTACT_LABEL = '(?:聯絡|联络|聯繫|联系)?(?:電話(?:總機)?|电话(?:总机)?|傳真|传真|E-?mail|電子郵件|电子邮件|電子信箱|电子信箱|辦公時間|办公时间)';
const CONTACT_FIELD = `[^\\n]{0,80}?(?:電話|电话)\\s{0,2}[：:][^\\n]{1,80}?(?:傳真|传真)\\s{0,2}[：:][^\\n]{1,40}|\\[[^\\n\\]]{0,40}QR\\s?[Cc]ode[^\\n\\]]{0,40}\\]`;
/** A contact line with one label (an address among them) is the site's only beside another: a post may close on its own phone
 * ("联系电话:010-64466970"), an exhibition's story on its place ("地址：油麻地眾坊街3號…"). */
const CONTACT_LABEL_LINE = new RegExp(`^(?:${CONTACT_LABEL}|(?:聯絡|联络|聯繫|联系)?地址)\\s{0,2}[：:][^\\n]{1,80}$`, 'u');
/** A site's licence for its stories, a Creative Commons one ("本新聞授權條款: 創用CC 姓名標示 3.0 台灣 (CC BY 3.0) 授權條款"; PeoPo's). */
const CREATIVE_COMMONS_TERMS = '[^\\n]{0,20}(?:授權條款|授权条款|许可协议|許可協議)\\s{0,2}[：:]\\s{0,2}(?:創用|创用)\\s{0,2}CC[^\\n]{0,80}';
/** A reposting site's credit of where the text first ran, closing it ("原文刊载于福音联盟中文网站，转发略有编辑，原标题：…"). */
const FIRST_RAN_IN = '原文(?:刊[载載]|[发發]表|首[发發])(?:于|於)[^\\n]{1,200}';
/** A pointer to the writer's other posts, with the contributor's label or alone ("投稿人: 春辉浩 春辉浩的其他文章", 金投's; PeoPo's
 * "作者其他報導"). */
const WRITER_MORE = '(?:投稿人|作者)\\s{0,2}[：:][^\\n]{1,40}?(?:的其他文章|的更多文章)|作者(?:其他|更多)(?:報導|报道|文章)';
/** Credits with no name: "作者: 未知 编辑:", "来源：佚名", or naming only "the web" ("资料来源： 网络", "图片来源：网络"). */
const EMPTY_CREDIT = '(?:作者|编辑|編輯|(?:资料|資料|图片|圖片)?(?:来源|來源))\\s{0,2}[：:]\\s{0,2}(?:未知|佚名|不详|不詳|网络|網絡|網路|互联网|互聯網)?';
const EMPTY_CREDITS = `${EMPTY_CREDIT}(?:\\s{1,4}${EMPTY_CREDIT}){0,3}`;
const PORTAL_CLOSING_LINE =
  new RegExp(`^(?:(?:版[权權](?:信息|資訊|声明|聲明|保护|保護)?|(?:立场|立場)(?:声明|聲明))(?:\\s{0,2}[：:][^\\n]{0,60})?|特别声明|评论数量?\\s{0,2}[：:]\\s{0,2}\\d{1,7}|${COPYRIGHT_LINE}|备案信息(?:\\s{0,2}[：:])?|作者声明(?:\\s{0,2}[：:]\\s{0,2}本文包含人工智能生成内容。?)?|发布于\\s{0,2}[：:]\\s{0,2}\\p{Script=Han}{2,8}(?:\\s{1,2}作者声明)?|(?:[来來]源|原文|[报報][道导導]|参考|參考)(?:链接|鏈接)\\s{0,2}[：:]\\s{0,2}[^\\s。]{1,20}|责任编辑\\s{0,2}[：:]|${EMPTY_CREDITS}|${GOVERNMENT_STAMP}(?:\\s{1,2}${GOVERNMENT_STAMP}){0,2}|${CONTACT_LINE}|${ADDRESS_LINE}|${REPOST_LEAVE_NOTE}|${DOWNLOAD_BUTTON}|${TIP_LINE}|${CREATIVE_COMMONS_TERMS}|${CONTACT_FIELD}|${FIRST_RAN_IN}|${WRITER_MORE}|${POSTED_STAMP}|(?:${NEIGHBOUR_POST_LABELS})\\s{0,2}[：:][^\\n]{0,200}|${PAGE_BUTTONS}|${PLATFORM_LINKS}|${SHARE_BUTTON}|${SITE_PAGES})$`, 'u');
/** A Chinese site's licence and record numbers and its report line, printed in its foot and in no text: "京ICP备05065290号",
 * "京ICP备: 16021487号-6", "浙公网安备 33010002000058号", "网上传播视听节目许可证号 0102004", "互联网新闻信息服务许可证：国新网3312006002",
 * "增值电信业务经营许可证 粤B2-20090191", "网络文化经营许可:浙网文[2012]0867-091号", "工业和信息化部备案管理系统网站 粤B2-20090191-18",
 * "违法和不良信息举报电话:010-88047123". Each needs its number: a text may speak of "ICP备案", of a licence "于2016年被吊销", or
 * of the report centre. */
const SITE_LICENCE =
  /(?:ICP[备証证]|公网安备|(?:经营|节目|服务)许可证?号?|备案(?:序号|号|管理系统网站))\s{0,2}[：:]?\s{0,2}[^\s，。：:于在被已将的年]{0,6}\d{4}|违法和不良信息举报(?:电话|邮箱)/u;
/** The licence lines stand in the foot's last lines, the site's other lines (its operator, its builder, its QR code) around them. */
const SITE_FOOT_LINES = 12;

/** Take out a site's foot from its first licence line among the text's last lines, when it is the smaller part of the text. */
function cutSiteLicences(root: Element): void {
  const lines = linesWithText(root);
  const first = lines.slice(-SITE_FOOT_LINES).find((line) => SITE_LICENCE.test(textOf(line)));
  if (!first) return;
  const start = lines.indexOf(first);
  if (chars(lines.slice(start)) < chars(lines.slice(0, start))) removeFrom(first, root);
}

/** A credit of the site's staff, or the site's empty slots for them ("评论：未提供 参考资料：未提供"). */
const STAFF_CREDIT_LABEL = /^(?:(?:责任|責任|核稿)?(?:编辑|編輯)|责编|責編|校对|校對|审校|審校|纠错|糾錯|评论|評論|参考资料|參考資料)\s{0,2}[：:]/u;

/** A time of day in a stamp ("10:20", "10:20:30"). */
const TIME_OF_DAY = /\d{1,2}:\d{2}/u;
/** A comma between a date and its time ("2023年11月09日, 13:35"). */
const DATE_TIME_COMMA = /(?<=日)\s{0,2}[,，]\s{0,2}(?=\d)/u;

/** The staff's credit under a post ("[责任编辑：张茜 PN295]"): the text's, kept where the portal's lines close around it. */
const STAFF_CREDIT = /^[[［]?(?:责任编辑|编辑)\s{0,2}[：:]\s{0,2}\S/u;

/** A site's word that its pages may not be reposted without leave, in either script and wherever it stands in its line: 中央社's
 * "本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。", "本文保留所有權利，禁止轉載或改編，…", ETtoday's "版權： 本文版權所有，非經授權，不得轉載。",
 * "＊本文由哈潑时尚 Harper's BAZAAR 报导，未经授权同意不得转载", 明報's "明報網站 · 版權所有 · 不得轉載". */
const NO_REPOST = '(?:非|未)[經经](?:本[網网站]|[^，,。]{0,8})?授[權权](?:同意)?[，,]?\\s{0,2}(?:任何(?:第三方|单位|單位|个人|個人)?)?(?:不得|禁止|請勿|请勿)(?:以任何形式)?(?:轉載|转载|複製|复制)|版[權权]所有\\s{0,2}[·‧]?\\s{0,2}(?:不得|請勿|请勿)(?:任意)?(?:轉載|转载)|保留所有[權权]利[，,]\\s{0,2}(?:禁止|不得|請勿|请勿)(?:轉載|转载)';

/** The word asks for written leave, its clauses long ("未经《新西兰天维网》书面许可，对于《新西兰天维网》拥有版权…的任何内容，任何人不得复制、
 * 转载…", "未经书面许可，任何单位及个人不得…", 第一财经's "版权信息：此内容为第一财经原创，…未经第一财经书面授权，不得以任何方式加以使用…"). */
/** A reposting site's word that its texts come from the web and it will take them down ("重要提示文章部分内容及图片来源于网络，我们尊重
 * 作者版权，若有疑问可与我们联系。…", 金投's; "图片来源于网络，如有侵权请联系删除"). */
const FROM_THE_WEB_NOTICE = /(?:来源于|來源於|来自|來自|转自|轉自)(?:互联网|互聯網|网络|網絡|網路)[^。\n]{0,40}(?:版权|版權|侵权|侵權)|如有侵[权權][^。\n]{0,12}(?:联系|聯繫|聯絡|告知)[^。\n]{0,8}(?:删除|刪除)/u;
/** Or its word that the reader may have it take down what breaches their rights (七鲸网's "如果发现本网站有任何文章侵犯你的权益,请立刻联系本站站长，
 * 通知给予删除"): the breach, then the call to have it deleted, two plain searches (one pattern with gaps between them is not linear). */
const RIGHTS_BREACH = /侵犯[^。\n]{0,8}(?:权益|權益|版权|版權)/u;
const TAKE_DOWN_CALL = /(?:联系|聯繫|聯絡|告知)[^。\n]{0,12}(?:删除|刪除)/u;
const isTakeDownNotice = (text: string): boolean => RIGHTS_BREACH.test(text) && TAKE_DOWN_CALL.test(text);
const NO_REPOST_WITHOUT_WRITTEN_LEAVE = /未[經经][^，,。\n]{0,12}(?:书面|書面)(?:许可|許可|授权|授權)[，,][^。\n]{0,80}(?:不得|禁止)/u;

/** A site's note asking for tips by mail, with its address (上报's "提供新聞訊息、人物邀訪…煩請email至國際中心公用信箱： intnews@…，我們會儘速處理。",
 * "爆料請來信至 news@…"). */
const CONTACT_NOTE = '(?:煩請|烦请|敬請|敬请|請|请)\\s{0,2}(?:[Ee]-?mail|來信|来信|寄信|寄)\\s{0,2}至[^@\\n]{0,30}[\\w.+-]{1,64}@[\\w-]{1,63}\\.';

/** A wiki news site's notes under an archived story (维基新闻's "本篇报道已经存档，不能再作修订。", "维基新闻上的文章带有时效性，…",
 * "如果确实需要修正错误，请在讨论页提出你的修改建议…", "依据存档常规，…", "原创报导" over "这篇文章含有维基记者的第一手新闻。…", a source's
 * licence "這篇新聞報道的全部或部分內容，來自…", "这一报道与以下标签相关："), and any MediaWiki page's foot: its share label, its category
 * labels ("分类", "隐藏分类：") and where the page was retrieved from ("检索自“https://…”", Wikipedia's "取自“…”"). */
const WIKI_ARCHIVE_NOTE = '^本篇[报報][道导導]已[经經]存[档檔]|^[维維]基新[闻聞]上的文章[带帶]有[时時]效性|^如果[确確][实實]需要修正[错錯][误誤]|^依[据據]存[档檔]常[规規]|^[这這]篇文章含有[维維]基[记記]者|^原[创創][报報][导導]$|^[这這]篇新[闻聞][报報][道导導]的全部或部分[内內]容|^[这這]一[报報][道导導]与以下[标標][签籤]相[关關]|^(?:隐藏|隱藏)?分[类類]\\s{0,2}[：:]?$|^分享\\s{0,2}[：:]$|^(?:检索|檢索|取)自\\s{0,2}[“「：:]\\s{0,2}https?:';

/** A news site's rights and disclaimer notice under every page, a line or a few, its word against reposting among them: its heading
 * ("版权与免责声明：", "杭州网版权与免责声明： ① 凡本网注明…", "免责声明", 观察者网's "免责声明 以上内容为用户在…上传并发布，仅代表发帖用户观点。", "中国日报网英语点津版权说明：", "(免责声明）文章描述过程、图片都来源于网络…"),
 * "凡本网注明“来源：…”的所有作品，版权均属于…" ("本网注明“来源：外房网”的所有文章，均为…"), its numbered clauses ("一、凡本站中注明…", "二、凡来源非
 * 本站的新闻…"), "如因作品内容、版权和其它问题需要同本网联系的，请在30日内进行。", an archive's note of what it kept ("以上信息整理为多元性别
 * 相关内容存档。"),
 * "本网站所转载的文章，均来自互联网…", a reposting site's "郑重声明：本文版权归原作者所有，转载文章仅为传播更多信息之目的…" ("【郑重声明】本网刊载内容
 * 出于传递更多信息之目的…", "本站转载目的在于传递更多信息", "备注: 新闻来源于其它媒体，内容不代表本站立场！"), a reposting note ("转载请注明：环球博讯 » 标题"), and the desk's
 * numbers ("联系方式：0471-6659743、6659744。"); 中国新闻网's foot ("本网站所刊载信息，不代表中新社观点。 刊用本网站稿件，务经书面授权。…", "声明：刊用《中国新闻周刊》稿件务经书面授权"); an outlet's terms for reposting its items ("本文章或节目经希望之声编辑制作，转载请注明希望之声并包含
 * 原文标题及链接。") and the licence a reposting site prints under an outlet's item ("来源:RFA 版权归RFA所有, 经 Radio Free Asia, … 许可进行再版。"); a game site's notice the law has every game page print ("游戏健康忠告: 抵制不良游戏，
 * 拒绝盗版游戏，…"). */
const SITE_RIGHTS_NOTICE = new RegExp(
  `^(?:[^\\s。，！？]{0,12}(?:版权与免责声明|版[权權]说明)|免责声明)(?:\\s{0,2}[：:]|\\s|$)|^[(（【](?:免责|郑重)声明[)）】]|(?:传递|传播)更多信息之?目的|目的在于(?:传递|传播)更多信息|抵制不良游戏[，,]\\s{0,2}拒绝盗版游戏|^以上信息整理为[^。\\n]{0,30}存[档檔]|^(?:[①②③④⑤]\\s{0,2})?凡?本(?:网|站)注明|^(?:[①②③④⑤]|[一二三四五六][、.．])\\s{0,2}凡|^(?:[①②③④⑤]\\s{0,2})?如[因遇]作品内容、版权|^本网站所转载的文章|^[转轉][载載]请?注明\\s{0,2}[：:]|[转轉][载載][请請]注明[^，,。]{1,16}[并並]包含原文|[许許]可[进進]行再版|${WIKI_ARCHIVE_NOTE}|^本网站所刊载信息[，,]|刊用[^，。\\n]{0,16}稿件[，,]?\\s{0,2}务经书面授权|不代表本[站网網](?:的)?(?:立场|立場|观点|觀點)|^联系方式\\s{0,2}[：:]\\s{0,2}[\\d\\-－、，,\\s]{5,60}[。.]?$|${NO_REPOST}`,
  'u',
);

/** A section's label left with nothing under it, closing the text: its related links taken ("相关内容", "伸延阅读"), a
 * wiki's source list's label ("消息来源"), a portal's "重要图片", "精彩图片", "重要链接", a link's label ("来源链接", "参考链接", 明報's "相關鏈接:"), 關鍵評論網's "新聞來源:" over its links, a picture's label whose picture is gone ("图片", "相關圖片"), a
 * topic box's whose links went (Human Rights Watch's "主题"), a category box's ("文章分類"), and the archive's "信息来源" ("参考资料",
 * "相关信息") over its restated date and source, a rights box's ("版权与来源") over its emptied source line, a notes' label ("注释") and a
 * site's popular tags' ("最受欢迎的标签"); a picture credit's label whose logo link went (東方日報's "图片来源"). */
const EMPTY_SECTION_LABEL = /^(?:(?:消息|新[闻聞]|信息)[来來]源|(?:相[关關]|重要|精彩)?(?:图片|圖片)(?:[来來]源)?|(?:重要|参考|參考|[来來]源|原文|相[关關])(?:链接|鏈接)|主[题題]|文章分[类類]|评论|評論|(?:参考|參考|相关|相關)(?:资料|資料|信息|資訊)|版[权權](?:与|與|和)[来來]源|注[释釋]|(?:最受欢迎|热门|熱門)的?[标標][签籤]|相[关關](?:稿件|照片|[资資]源|[话話][题題]))\s{0,2}[：:]?$/u;
/** A source's name as a label's value: a few words, no sentence. */
const MAX_LABEL_VALUE_CHARS = 40;
const isLabelValue = (text: string): boolean => text !== '' && text.length <= MAX_LABEL_VALUE_CHARS && !SENTENCE_END.test(text.at(-1) ?? '');

/** A wiki news story's list of its sources closing the text: the label ("消息来源"), then the sources' titles, a line each. */
const SOURCE_LIST_LABEL = /^消息[来來]源$/u;
/** The list's lines are titles: short, no sentence. */
const MAX_SOURCE_TITLE_CHARS = 80;
/** Or citations, each closing on its source's name or date ("Germany eases gender change rules，BBC，2024年4月15日。",
 * "Ghanaian anti-LGBT bill，维基百科。"). */
const CITATION = /[，,][^，,。\n]{1,30}。$/u;
const MAX_CITATION_CHARS = 200;
const MAX_SOURCE_TITLES = 12;

/** A rights group's call for gifts under every page (Human Rights Watch's "捐款赞助", "Your tax deductible gift can help stop human rights
 * violations…", its amounts "$50 | $100 | … | Other $", alone or a line each), a charity's line to call for help or to give
 * ("蘋果慈善基金會求助•捐款專線：0809-008585 (每日上午10時至晚上7時)", under each of its cases), and the archive's note that a page had no picture
 * worth keeping ("无相关重要图片需要显示"). */
/** Its topic's label closing the text ("主题：LGBT权利"); over the text a topic is an event's ("主题：形婚"). */
const TOPIC_LINE = /^主[题題]\s{0,2}[：:]?[^。！？\n]{0,60}$/u;
const DONATION_LINE = /^(?:捐款(?:赞助|支持|贊助)(?:\s{0,2}[：:][^\n]{0,300})?|[^\n：:]{0,24}(?:捐款|求助|捐助)(?:專線|专线)\s{0,2}[：:]\s{0,2}[\d\-－()（）]{6,16}(?:\s{0,2}[（(][^）)\n]{1,30}[）)])?|[^\n]{0,40}tax deductible gift can help[^\n]{0,300}|(?:\$\d{1,5}|Other \$)(?:\s{0,2}\|?\s{0,2}(?:\$\d{1,5}|Other \$)){0,7}|无相关(?:重要)?图片需要显示)$/u;
/** A line of labels run together, each with its value ("时间: 2023年2月6日 来源: Human Rights Watch 标签: LGBT权利 区域／国家: 亚洲"). */
const MAX_RUN_ON_CLOSING_CHARS = 200;
const isLabelsRunOn = (text: string): boolean => {
  if (text.length > MAX_RUN_ON_CLOSING_CHARS) return false;
  const parts = text.split(RUN_ON_LABEL);
  // The staff's credits among them ("作者: 不詳 編輯: 不詳", "编辑： 王巍 纠错： …@qq.com") are the head's labels too; an event's place
  // and times ("日期：… 時間：2:10-2:45 地點：…", a press release's) are not.
  return parts.length >= 2 && parts.some(isLabelledLine) && parts.every((part) => isLabelledLine(part) || STAFF_CREDIT_LABEL.test(part));
};

/** A site's short notices wherever they stand in their line: its word against copying its own story ("注：本文为某某网编译/原创，欢迎
 * 转发分享；但严禁复制等未经授权的非法使用。"), that its text is no advice ("信息仅供参考，不构成任何之建议…会立即将您的作品从本网站删除。"), a
 * health site's that it is no doctor's ("注释：本文仅供参考，具体情况应咨询医生。"), its call for tips by mail (CONTACT_NOTE). Short, and
 * never the text's first line: a post may close its only paragraph on "欢迎分享，严禁转载！". */
const SHORT_NOTICE = new RegExp(`(?:严禁|嚴禁)(?:复制|複製|转载|轉載)|不构成任何之?(?:投资)?建议|将您的作品从本网站删除|(?:本文|以上内容|以上內容|本站内容|本站內容)(?:仅供|僅供)(?:参考|參考)[，,][^。\\n]{0,20}(?:咨询|諮詢)(?:医生|醫生|医师|醫師)|${CONTACT_NOTE}`, 'u');
const MAX_SHORT_NOTICE_CHARS = 120;
/** A line of nothing but a colon or a separator, or a CMS's vote buttons with their counts or none ("顶", "顶 12 踩 3"). */
const STRAY_MARKS = /^(?:[:：|｜·•]{1,3}|[顶頂](?:\s{0,2}\d{1,7})?(?:\s{1,4}踩(?:\s{0,2}\d{1,7})?)?)$/u;
/** A social site's card of a page, its name and badge: "明潮 M'INT Verified account". */
const VERIFIED_CARD = /^[^\n]{1,40}?\s{1,2}Verified account$/u;
/** The saving tool's heading over the posting page's card ("相关页面"). */
const POSTING_PAGES_HEADING = /^(?:相关页面|相關頁面)$/u;

// The helplines Taiwan's outlets must print under a story of violence, self-harm or drink (衛福部's rules for reporting): the
// outlet's word that it cares ("★《鏡週刊》關心您，再給自己一次機會，安心專線：1925…", "《中天關心您|拒絕暴力行為，尊重身體自主權》"), its
// word over the law or the lines ("《TVBS》提醒您：", "《民視新聞網》提醒您，有關散布猥褻物品罪：刑法第235條…"), a line of lines and their
// numbers ("保護專線：113/ 110", "反霸凌專線：1953", "法律扶助基金會：02-412-8518", "衛福部24小時安心專線：1925（依舊愛我） 張老師專線：1980
// 生命線專線：1995"), the call over them ("若須諮商或相關協助，請撥打下列專線：", "拒絕暴力 請撥打110"). Furniture wherever it stands among
// the last lines: a site's links or its related stories may follow.
/** One line and its number ("保護專線：113", "衛福部24小時安心專線：1925（依舊愛我）", "法律扶助基金會：(02)412-8518"), or a second number ("110"). */
const HOTLINE = /^(?:[^\s：:，,。／/]{0,16}(?:專線|专线|生命線|生命线|基金會|基金会)[：:][\d()（）\-－]{3,16}(?:[（(][^）)]{1,12}[）)])?|1\d{2,3})$/u;
/** What sets the lines apart on their line: a slash, a comma, spaces. */
const HOTLINE_SEPARATOR = /\s{0,3}[／/、，,]\s{0,3}|\s{1,3}/u;
const HOTLINE_COLON_SPACE = /(?<=[：:])\s{1,2}/gu;
const MAX_HOTLINES = 6;
/** A second number ("110") follows a line's name, never opens the line. */
const BARE_NUMBER = /^1\d/u;
/** The outlet's word over them, and the call. */
const HOTLINE_NOTICE = /^[★☆*]?\s{0,2}(?:[《〈][^》〉\n]{1,12}[》〉]\s{0,2}提醒您|[《〈][^\s，,。》〉]{0,12}[》〉]?\s{0,2}(?:關心您|关心您))|(?:請|请)(?:撥打|拨打)(?:下列|以下)(?:專線|专线)|^拒絕暴力\s{0,2}(?:請|请)?(?:撥打|拨打)\s{0,2}1\d{2}$/u;
const MAX_HOTLINE_NOTICE_CHARS = 200;

function isHotlineLine(text: string): boolean {
  const pieces = text.replace(HOTLINE_COLON_SPACE, '').split(HOTLINE_SEPARATOR);
  return pieces.length <= MAX_HOTLINES && !BARE_NUMBER.test(pieces[0]!) && pieces.every((piece) => HOTLINE.test(piece));
}

const isHotlineNotice = (text: string): boolean => text.length <= MAX_HOTLINE_NOTICE_CHARS && (HOTLINE_NOTICE.test(text) || isHotlineLine(text));

/** A finance site's or a reposting site's word that the text is no advice to invest, closing it however long (moomoo's
 * "声明：本内容仅用作提供资讯及教育之目的，不构成对任何特定投资或投资策略的推荐或认可。…" over its licences in five countries, 倍可亲's
 * "倍可亲刊载此文不代表同意其说法或描述，仅为提供更多信息，也不构成任何投资或其他建议。…", "…不做任何投资和交易根据，据此操作风险自担。"). */
const INVESTMENT_DISCLAIMER = /不[构構]成(?:任何|对任何特定|對任何特定)?[^。，,；\n]{0,6}?(?:投资|投資)[^。，,；\n]{0,8}?(?:建议|建議|推荐|推薦)|不做任何(?:投资|投資)和交易根据|据此操作[，,]?\s{0,2}风险自担/u;
const MAX_DISCLAIMER_CHARS = 3000;
/** A line of rule characters closing the text, what the page set over its foot ("──", "———"). */
const RULE_LINE = /^[─━—–\-_=~·]{2,40}$/u;

/** A portal's pointer to the channel the story ran in (中国新闻网's "更多精彩内容请进入健康频道", "返回国际频道更多精彩内容"). */
const CHANNEL_POINTER = /^(?:更多精彩内容请进入[^\s，。]{1,8}频道|返回[^\s，。]{1,8}频道(?:更多精彩内容)?)$/u;
/** A label set apart as 中国新闻网 sets it (":::相 关 报 导:::", "相 关 报 道"): its colons, and spaces between its characters. */
const LABEL_DECORATION = /^:{2,3}|:{2,3}$|(?<=\p{Script=Han})\s(?=\p{Script=Han})/gu;
const MAX_LABEL_CHARS = 20;
const isDecoratedRelatedHeading = (text: string): boolean => text.length <= MAX_LABEL_CHARS && RELATED_HEADINGS.test(text.replace(LABEL_DECORATION, ''));

/** A site's call to subscribe to its mails, a line that ends no sentence (UN News's "直接通过您的邮箱接收每日更新 点击此处订阅相关主题"
 * under each story, its link's address at times left in the line as Markdown that did not render; "订阅我们的电子报", "Subscribe to
 * our newsletter"; 苹果日报's "…新闻信…订阅完全免费" over "点我订閲新闻信"). */
const MAIL_WORD = /邮箱|郵箱|电子邮件|電子郵件|电子报|電子報|新闻信|新聞信|newsletter/iu;
const MAX_SUBSCRIBE_CALL_CHARS = 200;
// Two plain searches, not one pattern with a gap between the words: a gap's pattern is polynomial on a long line.
const isMailSubscribeCall = (text: string): boolean =>
  text.length <= MAX_SUBSCRIBE_CALL_CHARS && !SENTENCE_END.test(text.at(-1) ?? '') && SUBSCRIBE_WORD.test(text) && MAIL_WORD.test(text);
/** A call to sign up for the site's own newsletter, in sentences as a translated page has it (悉尼先驱晨报's copy: "获取当天的突发新闻，
 * 娱乐想法和长阅读享受。注册接收我们的晚报时事通讯。"): a sign-up word, a newsletter's and "our", three plain searches. */
const SIGN_UP_WORD = /订阅|訂閱|订閲|訂閲|注册|註冊|subscribe|sign up/iu;
const NEWSLETTER_WORD = /时事通讯|時事通訊|电子报|電子報|新闻信|新聞信|newsletter/iu;
const OURS = /我们的|我們的|\bour\b/iu;
const isNewsletterCall = (text: string): boolean =>
  text.length <= MAX_SUBSCRIBE_CALL_CHARS && SIGN_UP_WORD.test(text) && NEWSLETTER_WORD.test(text) && OURS.test(text);

const isPortalClosingLine = (text: string): boolean =>
  isMailSubscribeCall(text) || isNewsletterCall(text) ||
  CHANNEL_POINTER.test(text) || RULE_LINE.test(text) || (text.length <= MAX_DISCLAIMER_CHARS && INVESTMENT_DISCLAIMER.test(text)) || isDecoratedRelatedHeading(text) || PORTAL_CLOSING_LINE.test(text) || SITE_CLOSING_CREDIT.test(text) || DONATION_LINE.test(text) || TOPIC_LINE.test(text) || isLabelsRunOn(text) || KEYWORD_LABEL_ALONE.test(text) || KEYWORD_CLOSING_LINE.test(text) || RELATED_HEADINGS.test(text) || EMPTY_SECTION_LABEL.test(text) || (text.length <= MAX_STATEMENT_CHARS && (PLATFORM_STATEMENT.test(text) || SITE_RIGHTS_NOTICE.test(text) || NO_REPOST_WITHOUT_WRITTEN_LEAVE.test(text) || FROM_THE_WEB_NOTICE.test(text) || isTakeDownNotice(text) || SITE_LICENCE.test(text)));

/** Where a box of signed comments (SIGNED_COMMENT) starts, from the first of them among the last lines (`start`, in `texts`):
 * back over every comment above, however many, to the heading over them or to the first comment. */
function signedBoxStart(texts: readonly string[], start: number): number {
  let first = start;
  for (let i = start - 1, unsigned = 0; i >= 0; i--) {
    if (OVER_BOX.test(texts[i]!)) return i;
    if (SIGNED_COMMENT.test(texts[i]!)) {
      first = i;
      unsigned = 0;
    } else if (++unsigned > LINES_PER_COMMENT || texts[i]!.length > MAX_COMMENT_CHARS) break;
  }
  return first;
}

/** Take out a portal's comment box and what follows it, when it closes the text and is the smaller part of it; a box of signed
 * comments whatever its size, for they say what they are. */
function cutCommentBox(root: Element): void {
  const lines = linesWithText(root);
  const texts = lines.map(textOf);
  // A box of more comments than the last lines hold opens at its first line, all after it comments (腾讯新闻's, 127 of them).
  const first = lines.findIndex(opensBox);
  const long = first >= 0 && first < lines.length - TAIL_LINES && isCommentRun(texts.slice(first + 1));
  const tailStart = Math.max(0, long ? first - LINES_PER_COMMENT : lines.length - TAIL_LINES);
  const found = boxStart(lines.slice(tailStart));
  if (found < 0) return;
  // Found by its first prompt, or by the heading over it.
  const signed = SIGNED_COMMENT.test(texts.slice(tailStart + found).find(isPortalUi) ?? '');
  const start = signed ? signedBoxStart(texts, tailStart + found) : tailStart + found;
  // A box is the page's foot; a text mostly of such lines is something else, unless there is next to no text over it (a
  // video's page saved with its box: "[图片]" over "评论区: 请输入评论内容 说说你的看法"), or the lines say they are comments.
  // A heading over no prompt and no comments is no box over next to no text: an archive may set the count of comments over the
  // article ("评论 (2)").
  const kept = chars(lines.slice(0, start));
  const commentRun = isCommentRun(texts.slice(start + 1));
  const proven = texts.slice(start).some(isPortalUi) || commentRun;
  // The comments' own heading over stamped comments says what they are, however short the post over them (a saved social
  // post: a line of text over "最相关评论:" and its readers).
  const headed = commentRun && COMMENTS_HEADING.test(texts[start]!);
  // A box of its prompts, heading and notices alone holds no text, however long they are beside a short text (温州网's "请您文明上网、
  // 理性发言…在注册后发表评论。" over "### 评论区" and "只有注册用户可以发表评论…", under a one-line caption).
  const furnitureOnly = texts.slice(start).every((line) => isBoxFurniture(line) || COMMENTS_HEADING.test(line));
  if (signed || long || headed || furnitureOnly || (proven && kept < MIN_TEXT_OVER_BOX_CHARS) || chars(lines.slice(start)) < kept) removeFrom(lines[start]!, root);
}

/** The words under a keyword label alone (KEYWORD_LABEL_ALONE), a line each or a few to a line, among the text's last lines (凤凰网's "标签" over "市长",
 * "变性人", "美国第"; 華視's "標籤" over "芭堤雅 雌激素 泰國人妖 搖錢樹" over the date; Yahoo 新聞's "標籤" over its words, then a note). */
const TAG_WORDS = /^[^\s。，,！？：:]{1,12}(?:\s{1,2}[^\s。，,！？：:]{1,12}){0,11}$/u;
const MAX_TAG_WORDS = 20;
/** The label stands among the last lines: its words, then a few closing lines or a note. */
const TAG_TAIL_LINES = MAX_TAG_WORDS + 6;

/** Three words or more, Han first, each a tag's length. */
const UNLABELLED_TAGS = /^\p{Script=Han}{2,10}(?:\s{1,2}[\p{Script=Han}A-Za-z0-9]{2,12}){2,9}$/u;

/** A keyword line is a label and a few words. */
const MAX_KEYWORD_LINE_CHARS = 200;
/** A keyword line's label left bold by a converter ("**关键词：**刘薰爱"). */
const BOLD_MARKS = /^\*\*|\*\*(?=[：:\s])|(?<=[：:])\*\*/gu;

/** A portal's link back to its front page closing the text, on the last paragraph's line (搜狐's "返回搜狐，查看更多", "返回搜狐首页"). */
const PORTAL_HOME_LINK = /^返回[^\s，,]{1,8}(?:[，,]\s{0,2}查看更多|首页)$/u;

function removePortalHomeLink(root: Element): void {
  const last = linksIn(root).at(-1);
  if (!last || !PORTAL_HOME_LINK.test(textOf(last)) || textAfter(last, root).trim() !== '') return;
  const block = last.parentElement;
  last.remove();
  if (block && block !== root && textOf(block) === '') block.remove();
}

/** Take out a wiki news story's source list closing the text: its label and the sources' titles under it. */
function cutSourceList(root: Element): void {
  const listed = linesWithText(root);
  const sources = listed.findLastIndex((line) => SOURCE_LIST_LABEL.test(textOf(line)));
  if (sources < 0) return;
  // The wiki's notes under the list are its closing lines.
  const titles = listed.slice(sources + 1).map(textOf).filter((title) => !isPortalClosingLine(title));
  const areTitles = titles.every(
    (title) => (title.length <= MAX_SOURCE_TITLE_CHARS && !SENTENCE_END.test(title.at(-1) ?? '')) || (title.length <= MAX_CITATION_CHARS && CITATION.test(title)),
  );
  if (titles.length <= MAX_SOURCE_TITLES && areTitles) removeFrom(listed[sources]!, root);
}

/** A site's tags, or its labels run together, on the last line of the text's last paragraph, set under it by a line break (Yahoo
 * 奇摩新聞's "…判處勝訴。<br>**標籤**: 性別, 變性人, 結婚, 香港"). */
function cutTagsUnderLastLine(root: Element): void {
  const last = linesWithText(root).at(-1);
  const line = last ? lastLineAfterBreak(last) : [];
  const text = collapseWhitespace(line.map((node) => node.textContent ?? '').join(''));
  if (text.length > MAX_KEYWORD_LINE_CHARS || !(KEYWORDS_LINE.test(text.replace(BOLD_MARKS, '')) || isLabelsRunOn(text)) || SENTENCE_END.test(text.at(-1) ?? '')) return;
  for (const node of line) node.remove();
  removeEdgeBreaks(last!);
}

/** A label that closes the text with the few short lines under it: a site's rights label set alone over its foot ("版权信息" over
 * "联合国新闻", over Human Rights Watch's latest reports, over 央视网's name and licences; PeoPo's "版權信息" over its licence and the
 * writer's card), a writer's box ("作者簡介：" over the bio, 橙新聞's, Yahoo's "作者簡介： 廖彥甄，…" on its line, "关于作者" over the
 * picture and bio). */
const FOOT_LABEL = /^(?:版[权權](?:信息|資訊|声明|聲明)\s{0,2}[：:]?$|(?:作者(?:簡介|简介)|(?:關於|关于)作者)\s{0,2}(?:[：:][^\n]{0,300})?$)/u;
/** The label stands among the last lines, a few short lines under it. */
const FOOT_LABEL_TAIL = 8;
const MAX_UNDER_FOOT_LABEL_CHARS = 300;

/** Take out a foot's label among the last lines and the few short lines under it. */
function cutFootLabel(root: Element): void {
  const lines = linesWithText(root);
  // Never the first line: a text is over it.
  const label = lines.findIndex((line, i) => i > 0 && i >= lines.length - FOOT_LABEL_TAIL && FOOT_LABEL.test(textOf(line)));
  if (label > 0 && lines.slice(label + 1).every((line) => textOf(line).length <= MAX_UNDER_FOOT_LABEL_CHARS)) removeFrom(lines[label]!, root);
}

/** Take out a portal's comment box and what follows it, then the portal's lines that close the text (its staff's credit among
 * them stays), then its link home that the text now ends on. Returns the lines of labels run together it took among the closing
 * lines ("作者：烟斗哥 来源：鲸娱网 累计发文：26708篇 时间：2024-09-15", a site's writer card), one a line: the credits they hold are
 * still the page's to read. */
export function cutPortalFoot(root: Element): string {
  cutCommentBox(root);
  cutSiteLicences(root);
  cutFootLabel(root);
  const tagged = linesWithText(root);
  const label = tagged.findLastIndex((line) => KEYWORD_LABEL_ALONE.test(textOf(line)));
  if (label >= 0 && label >= tagged.length - TAG_TAIL_LINES) {
    const after = tagged.slice(label + 1);
    const run = after.findIndex((line) => !TAG_WORDS.test(textOf(line)));
    const words = run < 0 ? after.length : run;
    // Closing the text, the label goes with all after it (a picture there is the site's); above other lines, with its words.
    if (run < 0 && words <= MAX_TAG_WORDS) removeFrom(tagged[label]!, root);
    else for (const line of [tagged[label]!, ...after.slice(0, Math.min(words, MAX_TAG_WORDS))]) line.remove();
  }
  cutSourceList(root);
  // A keyword line among the last lines goes wherever it stands ("关键词：变性 埃尔特 精神病" over the site's source line).
  for (const line of linesWithText(root).slice(-MAX_CLOSING_LINES)) {
    const text = textOf(line);
    if (text.length <= MAX_KEYWORD_LINE_CHARS && KEYWORDS_LINE.test(text.replace(BOLD_MARKS, '')) && !SENTENCE_END.test(text.at(-1) ?? '')) line.remove();
  }
  cutTagsUnderLastLine(root);
  for (const line of linesWithText(root).slice(-MAX_CLOSING_LINES)) {
    if (!isHotlineNotice(textOf(line))) continue;
    // A list of them goes with its last item.
    const list = line.parentElement;
    line.remove();
    if (list && list !== root && textOf(list) === '') list.remove();
  }
  // A site's tags with no label closing the text, words set apart by spaces (聯合新聞網's "性別友善廁所 變性 跨性別 身分證").
  const last = linesWithText(root).at(-1);
  if (last && UNLABELLED_TAGS.test(textOf(last))) last.remove();
  const lines = linesWithText(root);
  const credits: string[] = [];
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - MAX_CLOSING_LINES); i--) {
    const text = textOf(lines[i]!);
    // The archive's restated head may close the page instead: "來源" and "時間" over the date or the source's name, labels of
    // nothing, or the date or the source with its label ("时间: 2023年11月09日, 13:35", "来源: 人权观察 (Human Rights Watch)").
    const underLabel = (isDateOnly(text) || isLabelValue(text)) && i > 0 && LABEL_HEADING.test(textOf(lines[i - 1]!));
    // A date closing the text with its label ("发布时间：…", "更新日期：2023-05-09"), or alone with its time ("2021-07-06 10:20:30";
    // a letter's date closing it is the text's), and a view counter ("瀏覽人次：1234") or a social post's counts ("Like: 10").
    const labelledDate = LABELLED_LINES.published.exec(text) ?? UPDATED_LABEL.exec(text);
    const dated = labelledDate ? isDateOnly(text.slice(labelledDate[0].length).replace(DATE_TIME_COMMA, ' ')) : TIME_OF_DAY.test(text) && isDateOnly(text);
    const labelledSource = LABELLED_LINES.outlet.exec(text);
    const sourced = labelledSource !== null && isLabelValue(text.slice(labelledSource[0].length));
    // The account's card under its post (网易号's "游民星空 国内的综合性娱乐媒体", both linking the account's home).
    const card = accountCardName(lines[i]!) !== null;
    const shortNotice = i > 0 && text.length <= MAX_SHORT_NOTICE_CHARS && SHORT_NOTICE.test(text);
    // A label's colon or a separator left alone by the page's foot (Yahoo's ":" under its copyright line); the card of the
    // page that posted a saved social post ("明潮 M'INT Verified account") and the heading over it.
    const stray = i > 0 && (STRAY_MARKS.test(text) || VERIFIED_CARD.test(text) || POSTING_PAGES_HEADING.test(text));
    const contactRun = CONTACT_LABEL_LINE.test(text) && [lines[i - 1], lines[i + 1]].some((line) => line !== undefined && CONTACT_LABEL_LINE.test(textOf(line)));
    if (isPortalClosingLine(text) || LABEL_HEADING.test(text) || underLabel || dated || sourced || VIEW_COUNTER.test(text) || SOCIAL_COUNTS_LINE.test(text) || contactRun || card || shortNotice || stray) {
      if (isLabelsRunOn(text)) credits.unshift(text);
      lines[i]!.remove();
    } else if (!STAFF_CREDIT.test(text)) break;
  }
  cutClosingLinkLines(root);
  removePortalHomeLink(root);
  return credits.join('\n');
}

/** Headlines a site links under the text with no heading over them, a link a line (新华网's "[**记者手记：挪威推动男女平等的背后**](…)"
 * over three more, set apart by line breaks): three at least. */
const MIN_LINK_LINES = 3;

/** Take out the text's closing paragraph when it is nothing but links to other pages, one a line: a related list with no heading. */
function cutClosingLinkLines(root: Element): void {
  const last = linesWithText(root).at(-1);
  if (!last || last.localName !== 'p') return;
  const links = linksIn(last);
  const linksOnly = withoutSpaces(textOf(last)) === withoutSpaces(links.map(textOf).join(''));
  const oneALine = descendantsByTag(last, ['br']).length >= links.length - 1;
  const offPage = links.every((a) => isHttpUrl(a.getAttribute('href') ?? ''));
  if (links.length >= MIN_LINK_LINES && linksOnly && oneALine && offPage) last.remove();
}
