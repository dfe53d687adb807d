import { describe, expect, it } from 'vitest';
import { closingStaffCredit, isPersonName, isPlaceholder, parseCommentaryAuthor, parseEditor, parseReporter, writerOfByline, writerOfFootCard, writersOfCredit } from '../../../src/core/meta/byline';

describe('parseReporter', () => {
  it('reads a credit closing the text on a line of its own, unbracketed, and no reporter a sentence names', () => {
    expect(parseReporter('正文第一段。\n\n新唐人电视台记者李佳音综合报导')).toBe('李佳音');
    expect(parseReporter('正文第一段。\n\n大纪元记者李明纽约报导')).toBe('李明');
    expect(parseReporter('正文第一段。\n\n他说，记者李明报导的事是真的。')).toBeNull();
    // The outlet's name before the writer's on the writer's line.
    expect(parseReporter('作者：观察者网 林铃锦\n\n正文第一段。')).toBe('林铃锦');
    expect(parseReporter('作者：观察者网\n\n正文第一段。')).toBeNull();
  });

  // 阿波罗网's line closing its stories (禁闻网's copies, zydd999/bnews8 topimagenews/2020-11): the outlet's name where "记者" stands.
  it('reads a closing line that names the outlet, then the writer, then what they did', () => {
    expect(parseReporter('正文第一段。\n\n阿波罗网林亿综合报道')).toBe('林亿');
    expect(parseReporter('正文第一段。\n\n阿波罗网孙瑞后报道')).toBe('孙瑞后');
    expect(parseReporter('正文第一段。\n\n阿波罗网李莲编译综合报道')).toBe('李莲');
    // A name that is no outlet's: a sentence's words.
    expect(parseReporter('正文第一段。\n\n本地网友综合报道')).toBeNull();
    // The same byline given whole as the writer ("作者： 阿波罗网秦瑞报道") names the writer alone.
    expect(writerOfByline('阿波罗网秦瑞报道')).toBe('秦瑞');
  });

  it.each([
    ['【看中国2023年2月22日讯】（看中国记者苗薇综合报导）在俄罗斯总统普京', '苗薇'],
    ['【大纪元2018年09月10日讯】（大纪元记者洪宁综合报导）9月10日', '洪宁'],
    ['【希望之声2020年9月29日】（本台记者福明真综合报导）近日有消息称', '福明真'],
    ['（记者李明/台北报导）', '李明'],
    ['（大纪元记者施萍纽约报导）', '施萍'],
    ['【大纪元2020年03月09日讯】（大纪元记者万乐蕊美国伊利诺伊州大学园报导）3月8日下午', '万乐蕊'],
    ['文／王赫\n\n红二代纷纷起来', '王赫'],
    ['作者：王友群 正文', '王友群'],
  ])('opening credit %s → %s', (text, name) => expect(parseReporter(text)).toBe(name));

  it.each([
    ['正文最后一段。\n\n采访/常春 编辑/尚燕 后制/钟元', '常春'],
    ['正文最后一段。\n\n自由亚洲电台记者  柳飞   编辑：何平  网编：瑞哲', '柳飞'],
    ['正文最后一段。\n\n记者：唐家婕 责编：何平 网编：洪伟', '唐家婕'],
    // RFA (yataibaodao/ac-09222020121449): several names per role, the first one kept.
    ['正文最后一段。\n\n记者：郑日尧 李智智 责编 胡力汉 嘉远 网编：瑞哲', '郑日尧'],
  ])('closing credit line %s → %s', (text, name) => expect(parseReporter(text)).toBe(name));

  it.each([
    // 新唐人 (woywz155/ntdtv gb/2019/12/10/a102726752.md) closes with the bracketed credit 大纪元 opens with.
    ['正文最后一段。\n\n（记者钟景明报导/责任编辑：明轩）', '钟景明'],
    ['正文最后一段。\n\n（记者刘明焕报导/责任编辑：文慧）', '刘明焕'],
  ])('closing bracketed credit %s → %s', (text, name) => expect(parseReporter(text)).toBe(name));

  it('names no one when the credit holds a place it does not know, or none at all', () => {
    expect(parseReporter('（大纪元记者万乐蕊伊利诺伊州大学园报导）')).toBeNull();
    expect(parseReporter('路透华盛顿8月31日 - 美国国家反情报与安全中心主任称')).toBeNull();
    expect(parseReporter(`${'正文'.repeat(300)}\n\n记者说明了情况`)).toBeNull();
    // An interview's last question is no credit line.
    expect(parseReporter('问答实录。\n\n记者：谢谢您。\n\n嘉宾：不客气。')).toBeNull();
  });
});

describe('parseEditor', () => {
  it.each([
    ['正文。\n\n责任编辑：夏晶', '夏晶'],
    ['资料来源：明慧网\n\n文字整理：李洁思；责任编辑：高静#', '高静'],
    ['責任編輯：林妍', '林妍'],
    ['正文。\n\n采访/常春 编辑/尚燕 后制/钟元', '尚燕'],
    ['正文。\n\n自由亚洲电台记者  柳飞   编辑：何平  网编：瑞哲', '何平'],
    ['正文。(完)\n\n编译 白云; 审校 李爽', '李爽'],
    ['正文。\n\n记者：唐家婕 责编：何平 网编：洪伟', '何平'],
    ['正文。\n\n记者：郑日尧 李智智 责编 胡力汉 嘉远 网编：瑞哲', '胡力汉'],
  ])('%s → %s', (text, name) => expect(parseEditor(text)).toBe(name));

  it('ignores editors named in the text', () => {
    expect(parseEditor('《环球时报》总编辑：胡锡进说')).toBeNull();
    expect(parseEditor('他说：\n编辑：请把稿子发来。')).toBeNull();
    expect(parseEditor(`编辑/尚燕 ${'正文'.repeat(300)}`)).toBeNull();
  });
});

describe('parseCommentaryAuthor', () => {
  it.each([
    ['王友群：红二代纷纷起来反抗中共暴政', '王友群'],
    ['评论 | 刘青：华为有无与美国和解之路', '刘青'],
    ['欧阳非：中共的算盘', '欧阳非'],
    ['司马南山：文革的记忆', '司马南山'],
  ])('%s → %s', (title, name) => expect(parseCommentaryAuthor(title, '正文。')).toBe(name));

  it('takes the writer whose name the text gives only in a credit', () => {
    expect(parseCommentaryAuthor('王友群：红二代纷纷起来反抗中共暴政', '正文。\n\n作者：王友群')).toBe('王友群');
    expect(parseCommentaryAuthor('王赫：中共的算盘', '文／王赫\n\n正文。')).toBe('王赫');
  });

  // duty-machine/chinadigitaltimes: a commentary's text may name its writer in an editor's note or a repost line.
  it.each([
    ['张洁平：反制恐惧，首先就是要拿回自己的语言', 'CDT编者按：此文为张洁平的facebook发言，其截图在中文社交媒体流传。', '张洁平'],
    ['许章润：践踏斯文 必驱致一邪魅人间', '2020年6月25日庚子端午于故河道旁许章润又发长文猛批中共恶行。', '许章润'],
    ['刘瑜：沉默不是金，而是社会的悲剧', '【编者按】刘瑜教授虽然具有浓浓的白左倾向，但此文值得一读。', '刘瑜'],
  ])('the writer of %s, whom the text names but does not report', (title, text, name) => expect(parseCommentaryAuthor(title, text)).toBe(name));

  // NodeBE4/news-beyond-wall (联合早报): the headline quotes the speaker its text reports.
  it.each([
    ['习近平：外来势力妄想欺负中国 必将头破血流', '中共总书记习近平今天（7月1日）早上在建党百年大会上说，中国人民也绝不允许任何外来势力欺负。'],
    ['王毅：美国是阿富汗问题始作俑者不能一走了之', '中国国务委员兼外长王毅说，美国是阿富汗问题的始作俑者。'],
  ])('no author in the headline quoting %s', (title, text) => expect(parseCommentaryAuthor(title, text)).toBeNull());

  it.each(['独家：美国指责中国通过领英进行“极具攻击性”的间谍行动', '快讯：美国宣布新制裁', '【禁闻】美禁中共党员移民 民主人士:可选择退党', '习近平的算盘被识破？', '神仙故事：素慕仙道 真人授宝经', '外交部：美方应停止干涉', '國台辦：兩岸交流不受影響', '中央社：颱風逼近', '美高官：中俄加深介入巴尔干 欧盟或失公信力', '台学者：日本应对中国大陆的战略走向清晰', '日副相：中國若犯台 美日應一同防衛台灣', '港特首：香港仍有危害國家安全風險', '组图：泰国举行人妖选美大赛', '内幕：瘟疫笼罩 各国医疗物资匮乏 背后的黑手终于找到了！'])(
    'no author in %s',
    (title) => expect(parseCommentaryAuthor(title, '正文。')).toBeNull(),
  );

  // News feeds' headlines (NodeBE4/news-beyond-wall: 联合早报, 路透, 美国之音): a label, a country's press or
  // the quoted outlet opens them, not a writer.
  it.each([
    '港媒：深圳特区成立40周年 习近平料南下',
    '消息：美国计划要求孔子学院注册为外交使团',
    '综述：美国企业活动和成屋销售劲升 但是否是复苏迹象仍要打个问号',
    '简报：长江流域洪水肆虐；字节跳动宣布将起诉美国政府',
    '路透：阿里巴巴、腾讯因价格和监管担忧暂停洽购爱奇艺股权',
    '美媒：中情局称无证据显示中国情报部门使用TikTok侵入手机',
    // RFI via news-beyond-wall: a headline's hook.
    '首见：未落成须先拆再重建 热卖楼王有结构问题 专家猜人为疏忽',
    // 大纪元's supplement titles a poem by its form (dfh1/djy gb/19/8/26/n11479348.md).
    '诗歌：慈秋',
    '散文：故乡的秋',
  ])('no author in the news headline %s', (title) => expect(parseCommentaryAuthor(title, '正文。')).toBeNull());
});

describe('isPersonName', () => {
  it.each([
    ['unknown', 'https://chinadigitaltimes.net/chinese/2020/11/x/'],
    ['Bitter Winter', 'https://zh.bitterwinter.org/a-message-to-our-readers/'],
    ['Yeeyan', 'https://medium.com/@yeeyan/7-a085df3514e7'],
    ['联合早报', 'https://www.zaobao.com/realtime/china/story20200813-1076592'],
  ])('%s on %s is no person', (author, url) => expect(isPersonName(author, url)).toBe(false));

  it.each([
    ['乌合麒麟', 'https://chinadigitaltimes.net/chinese/667778.html'],
    ['William  Yang', 'https://www.dw.com/zh/x/a-58225893'],
    ['RAYMOND ZHONG', 'https://cn.nytimes.com/china/20210701/x/'],
  ])('%s on %s is a person', (author, url) => expect(isPersonName(author, url)).toBe(true));
});

describe('writersOfCredit', () => {
  it.each([
    // OliverCWY/News: the scraper's authors line lists roles and the outlet among the names.
    ['Raul Dancel, Philippines Correspondent', 'Raul Dancel'],
    ['Rob Mclean, Cnn Business', 'Rob Mclean'],
    ['Simon Gompertz, Esyllt Carr, Personal Finance Correspondent, Bbc News', 'Simon Gompertz, Esyllt Carr'],
    ['Alice Mccool, For Cnn Illustrations Charity Atukunda, For Cnn, Olivia Alaso, No White Saviors Co-Founder', 'Alice Mccool, Olivia Alaso'],
    // The editor, then the writer.
    ['蔡家欣 编辑 | 王珊', '王珊'],
    // 澎湃号's account with the portal's badge of its field run into it ("**作者**: 彭益鸿法律领域创作者").
    ['彭益鸿法律领域创作者', '彭益鸿'],
    ['王赫', '王赫'],
  ])('%s names %s', (credit, writers) => expect(writersOfCredit(credit, 40)).toBe(writers));

  // A portal's note that the post is an outlet's account on it (news-website's saved 新浪 pages).
  it.each(['None', 'Cnn Editor-At-Large', 'Bbc News', '央广网官方账号', '《每日新报》官方账号'])('%s names no writer', (credit) =>
    expect(writersOfCredit(credit, 40)).toBeNull(),
  );
});

describe('writerOfByline', () => {
  it.each([
    // A partner's byline on Yahoo 奇摩新聞, given whole as the writer.
    ['記者莊淇鈞／台北報導', '莊淇鈞'],
    ['記者何亞軒／綜合報導', '何亞軒'],
    // The programme's name before the reporter's (PeoPo).
    ['文化一周記者/郭亮均報導', '郭亮均'],
    ['晨报记者李锐摄影报道', '李锐'],
    ['王赫', '王赫'],
    // Taiwanese sites' bylines with a desk or the compiler before the bar; brackets round the credit.
    ['體育中心／李明融報導', '李明融'],
    ['王秋燕／綜合報導', '王秋燕'],
    ['吳雯淇／綜合外電報導', '吳雯淇'],
    ['〔記者傅茗渝／台北報導〕', '傅茗渝'],
  ])('%s names %s', (credited, writer) => expect(writerOfByline(credited)).toBe(writer));

  it.each(['影劇中心／綜合報導', '大陸新聞中心/綜合報導', '健康頻道 / 綜合報導'])('%s is a desk\'s, no writer', (credited) => expect(writerOfByline(credited)).toBeNull());
});

describe('isPlaceholder', () => {
  // A saving tool's and sites' words for no writer ("作者: 未提供", "作者：无", "作者：网络"), not a name.
  it.each(['未提供', '未指明', '不明', '无', '網絡', '未知', 'None'])('%s names no writer', (value) => expect(isPlaceholder(value)).toBe(true));
  it.each(['王无忌', '网络安全研究员', '不明真相'])('%s is a name or words', (value) => expect(isPlaceholder(value)).toBe(false));
});

describe('writerOfFootCard', () => {
  const url = 'http://m.ertcw.com/news/show/139937/';
  // 七鲸网's writer card under its text; the archive's restated credits name a desk, the outlet or no one.
  it('reads a person\'s name from a site\'s card of credits', () => expect(writerOfFootCard('作者：烟斗哥 来源：鲸娱网 累计发文：26708篇 时间：2024-09-15', url)).toBe('烟斗哥'));
  it.each(['作者: 國際中心 編輯: 未知', '作者：人权观察', '作者: 未提供 来源: 大纪元', ''])('%s names no writer', (credits) => expect(writerOfFootCard(credits, url)).toBeNull());
});

describe('closingStaffCredit', () => {
  // The last paragraphs of RFA's reports as 禁闻网 (zydd999/bnews8 headline/) and waimei (_posts/) copy them.
  it.each([
    ['记者：唐家婕 责编：申铧 网编：洪伟', '唐家婕', '申铧'],
    ['（记者：王允 责编：申铧 网编：洪伟）', '王允', '申铧'],
    ['记者乔龙 责编 胡力汉、何平 网编：瑞哲', '乔龙', '胡力汉'],
    ['记者：高锋、责编：胡力汉 许书婷', '高锋', '胡力汉'],
    ['自由亚洲电台记者 夏小华 台北报导 责编 许书婷 申铧 网编：瑞哲', '夏小华', '许书婷'],
    // The name runs straight into the place it was filed from.
    ['自由亚洲电台记者薛小山华盛顿报道 责编：申铧 网编：洪伟', '薛小山', '申铧'],
    ['自由亚洲电台特约记者孙诚旧金山报道 编辑：何平 网编：瑞哲', '孙诚', '何平'],
    ['(责编：梒青)', null, '梒青'],
  ])('reads %s as a staff line: the reporter, the editor, the whole paragraph', (paragraph, reporter, editor) => {
    expect(closingStaffCredit(paragraph)).toEqual({ reporter, editor, creditChars: paragraph.length });
  });

  it('reads no reporter from a name run into a place it does not know, and still takes the line', () => {
    expect(closingStaffCredit('记者李明成都报道 责编：何平')).toEqual({ reporter: null, editor: '何平', creditChars: 14 });
  });

  it('takes a staff credit run onto the last sentence, and only the credit', () => {
    const paragraph = '目前至少有上百起在中国监狱爆发疫情的案例。 责编：何平';
    expect(closingStaffCredit(paragraph)).toEqual({ reporter: null, editor: '何平', creditChars: '责编：何平'.length });
  });

  it('reads none from a role inside a sentence, a role with no name, or a sentence before the roles', () => {
    expect(closingStaffCredit('他说他是编辑 张三')).toBeNull();
    expect(closingStaffCredit('严雨程丨责编')).toBeNull();
    expect(closingStaffCredit('李琳｜责编 微信号：lilin5117')).toBeNull();
    expect(closingStaffCredit('这是一段很长的话，说了很多东西，记者在场 编辑：何平')).toBeNull();
  });
});
