import { describe, expect, it } from 'vitest';
import { cleanTitle, headlineBeforeSiteParts, headlineOfPageTitle, isChromeTitle, titleOfPath } from '../../../src/core/meta/title';

describe('cleanTitle', () => {
  it('drops a site\'s name its system set after an unspaced dash, with its section or owner; keeps a headline\'s own dashed half', () => {
    expect(cleanTitle('科学家关注性别转变给运动表现带来的改变—新闻—科学网')).toBe('科学家关注性别转变给运动表现带来的改变');
    expect(cleanTitle('【健康报】跨性别男男性行为者染艾超16%-上海交通大学医学院-新闻网')).toBe('【健康报】跨性别男男性行为者染艾超16%');
    expect(cleanTitle('汉语非二元代词的检索--翻译技术速递')).toBe('汉语非二元代词的检索');
    expect(cleanTitle('罚男不罚女泰国两变性女新加坡贩毒逃过鞭刑--青岛新闻网')).toBe('罚男不罚女泰国两变性女新加坡贩毒逃过鞭刑');
    for (const own of ['组图：光怪陆离的泰国风俗--芭堤雅人妖表演', '性別重置手術（變性手術）-陰莖成形術', '跨性别者在中国的待遇与威胁—守旧思想赶得上新时代吗？', '文化节开幕——记某某日报', '我们要守护-安全互联网']) {
      expect(cleanTitle(own)).toBe(own);
    }
  });

  it('cuts a known outlet\'s name with its motto after a comma, and keeps a clause that names none', () => {
    expect(cleanTitle('香港终审法院裁定政府违法 - 维基新闻，自由的新闻源')).toBe('香港终审法院裁定政府违法');
    expect(cleanTitle('香港终审法院裁定政府违法 - 惨胜，迟来的公义')).toBe('香港终审法院裁定政府违法 - 惨胜，迟来的公义');
    // The name and motto longer than the headline.
    expect(cleanTitle('德国通过性别自决法 - 维基新闻，自由的新闻源')).toBe('德国通过性别自决法');
  });

  it('cuts a known outlet\'s long name, in Latin letters', () => {
    expect(cleanTitle('台湾公投不利同性婚姻 | Human Rights Watch')).toBe('台湾公投不利同性婚姻');
    expect(headlineOfPageTitle('台湾公投不利同性婚姻 | Human Rights Watch')).toBe('台湾公投不利同性婚姻');
  });

  it('cuts a site\'s name that gives its address, however long', () => {
    expect(cleanTitle('史上最冷清金球奖颁出首个跨性别电视剧类最佳女主角 - 咕噜美国通 (Guruin.com)')).toBe('史上最冷清金球奖颁出首个跨性别电视剧类最佳女主角');
    expect(cleanTitle('外交部回应 - 他说这是一个很长的副标题而且没有地址')).toBe('外交部回应 - 他说这是一个很长的副标题而且没有地址');
  });

  it('drops feed section tags such as "[World] "', () => {
    expect(cleanTitle('[World] 美国迈阿密倒楼事故死亡数已上升至16人，住宅楼为何倒塌？')).toBe('美国迈阿密倒楼事故死亡数已上升至16人，住宅楼为何倒塌？');
  });

  it('drops a trailing picture mark', () => {
    expect(cleanTitle('传内蒙古二连浩特蒙古族小学校长自杀（组图）')).toBe('传内蒙古二连浩特蒙古族小学校长自杀');
  });

  it('drops a trailing video mark, in either script', () => {
    expect(cleanTitle('鄭州京廣隧道災後重見天日 頂部掛滿了水草（視頻）')).toBe('鄭州京廣隧道災後重見天日 頂部掛滿了水草');
    expect(cleanTitle('港警推撞行人反咬一口 画面曝光(视频)')).toBe('港警推撞行人反咬一口 画面曝光');
  });

  it('cuts a spaced site suffix but keeps the headline whole', () => {
    expect(cleanTitle('涉嫌为中国提供情报  “双面间谍” 被逮捕 - 德国之声')).toBe('涉嫌为中国提供情报 “双面间谍” 被逮捕');
    expect(cleanTitle('COVID-19疫苗到货 台湾开始接种')).toBe('COVID-19疫苗到货 台湾开始接种');
  });

  it('cuts a Latin site name longer in letters than a short Han headline is in characters', () => {
    // NodeBE4/oped2: 13 iYouPort posts lost the suffix, the one with a six-character headline kept it.
    expect(cleanTitle('外表是骗人的 - iYouPort')).toBe('外表是骗人的');
    expect(cleanTitle('一个新的平台反映了警方对抗议者的暴力行为 - iYouPort')).toBe('一个新的平台反映了警方对抗议者的暴力行为');
  });

  it('cuts a site named twice, in its language and in short', () => {
    // NodeBE4/news-beyond-wall's RFI feed.
    expect(cleanTitle('Delta变异病毒肆虐 伊朗忧爆发第五波疫情 – 法国国际广播电台 - RFI')).toBe('Delta变异病毒肆虐 伊朗忧爆发第五波疫情');
    // NodeBE4/oped2: the segment before the site is the headline's.
    expect(cleanTitle('在人与人之间 …… 如何从信息源的头脑中挖掘想要的情报 - 完整指南 - iYouPort')).toBe('在人与人之间 …… 如何从信息源的头脑中挖掘想要的情报 - 完整指南');
  });

  it('cuts an account\'s name after a spaced 丨 as after an unspaced one', () => {
    expect(cleanTitle('徐贲③：警惕中国的“柏克热”和“保守主义热”造成集体思想迷思 丨燕京书评')).toBe('徐贲③：警惕中国的“柏克热”和“保守主义热”造成集体思想迷思');
    expect(cleanTitle('徐贲②：启蒙知识分子为何会与暴政同行？丨燕京访谈')).toBe('徐贲②：启蒙知识分子为何会与暴政同行？');
  });

  it('cuts an account\'s name after an unspaced 丨 or ｜, but never a second half of the headline', () => {
    expect(cleanTitle('她曾以为自己能逃开教授的手丨人间')).toBe('她曾以为自己能逃开教授的手');
    expect(cleanTitle('在跑路平台投资百万的人：自信、上瘾、从未失手，直至踩雷 | 棱镜')).toBe('在跑路平台投资百万的人：自信、上瘾、从未失手，直至踩雷');
    expect(cleanTitle('尘肺门纪实0601 | 先行垫付是什么？工人该如何应对？')).toBe('尘肺门纪实0601 | 先行垫付是什么？工人该如何应对？');
    expect(cleanTitle('为什么我们的同学会死去？｜高岩，不能忘却的纪念')).toBe('为什么我们的同学会死去？｜高岩，不能忘却的纪念');
    expect(cleanTitle('后窗工作室｜佛山暴雨触电母女之死')).toBe('后窗工作室｜佛山暴雨触电母女之死');
    // A column before its headline: the part after the bar is no name.
    expect(cleanTitle('数据吐槽中心 | 有趣的外资负面清单')).toBe('数据吐槽中心 | 有趣的外资负面清单');
    expect(cleanTitle('【404重点】Matters｜掮客徐升')).toBe('【404重点】Matters｜掮客徐升');
  });

  it('keeps a commentary title with its author', () => {
    expect(cleanTitle('王友群：红二代纷纷起来反抗中共暴政')).toBe('王友群：红二代纷纷起来反抗中共暴政');
  });
});

describe('cleanTitle: a site\'s address before the headline', () => {
  it('cuts the address and its dash when a headline is left', () => {
    expect(cleanTitle('CCTV.com-60%变性人术后生活不幸福 术前准备成重要原因')).toBe('60%变性人术后生活不幸福 术前准备成重要原因');
    expect(cleanTitle('CCTV.com-50岁男子变性与前妻姐妹相称共同生活(组图)')).toBe('50岁男子变性与前妻姐妹相称共同生活');
  });

  it('keeps a short rest and a headline opening on a word with a dash', () => {
    expect(cleanTitle('CCTV.com-短标题')).toBe('CCTV.com-短标题');
    expect(cleanTitle('COVID-19疫苗是否有效的讨论')).toBe('COVID-19疫苗是否有效的讨论');
  });
});

describe('isChromeTitle', () => {
  it.each([
    '_posts/2021-07-12-菲律宾.md at master · NodeBE4/news-beyond-wall · GitHub',
    'news-beyond-wall/_posts/x.md at master · NodeBE4/news-beyond-wall',
    'README.md',
    'index.html',
    '无标题',
    '  ',
  ])('%s is the host’s, not an article’s', (title) => {
    expect(isChromeTitle(title)).toBe(true);
  });

  it.each(['菲律宾政府否认中国影响了该国2016年大选', 'GitHub 被封锁后开发者的应对', 'Xi and Putin to hold video summit'])('%s is an article title', (title) => {
    expect(isChromeTitle(title)).toBe(false);
  });
});

describe('headlineOfPageTitle', () => {
  it.each([
    ['菲律宾政府否认中国影响了该国2016年大选_墙外新闻', '菲律宾政府否认中国影响了该国2016年大选'],
    ['台湾与BioNTech达成疫苗购买协议｜端传媒 Initium Media', '台湾与BioNTech达成疫苗购买协议'],
    ['习普下周视频会晤丨美国之音', '习普下周视频会晤'],
    ['BBC News 中文 | 美国迈阿密倒楼事故死亡数已上升至16人', '美国迈阿密倒楼事故死亡数已上升至16人'],
    ['获准对判决审查 祖马入狱服刑延期 - RFI - 法国国际广播电台', '获准对判决审查 祖马入狱服刑延期'],
  ])('%s → %s', (pageTitle, headline) => {
    expect(headlineOfPageTitle(pageTitle)).toBe(headline);
  });

  it('leaves a title without separators as it is', () => {
    expect(headlineOfPageTitle('加拿大纪念新疆七五事件 见证者称当年坦克满大街')).toBe('加拿大纪念新疆七五事件 见证者称当年坦克满大街');
  });

  it('keeps the whole title when no part can stand as a headline', () => {
    expect(headlineOfPageTitle('首页_墙外')).toBe('首页_墙外');
  });
});

describe('titleOfPath', () => {
  it.each([
    ['_posts/2021-07-06-涉嫌为中国提供情报  “双面间谍” 被逮捕.md', '涉嫌为中国提供情报 “双面间谍” 被逮捕'],
    ['lists/自由亚洲电台/1625597499000_加拿大纪念新疆七五事件.md', '加拿大纪念新疆七五事件'],
    ['2014-09-24/习近平两年来反腐令澳门赌博旅游萧条.html', '习近平两年来反腐令澳门赌博旅游萧条'],
  ])('%s → %s', (path, title) => expect(titleOfPath(path)).toBe(title));

  it('reads no title from slugs, ids or short names', () => {
    expect(titleOfPath('gb/21/7/1/n13059388.md')).toBe('');
    expect(titleOfPath('2021/07/12/philippines-election.html')).toBe('');
    expect(titleOfPath('about.md')).toBe('');
    expect(titleOfPath('lists/美国之音.md')).toBe('');
  });
});

describe('headlineBeforeSiteParts', () => {
  // Saved news pages' og:title and <title> (project-polymorph/news-website, .github/record/2025-02-26/downloads/).
  it('cuts the sections, tags, name and date a site sets after the headline', () => {
    expect(headlineBeforeSiteParts('遵川普行政命令 NCAA女性赛事禁跨性女参加 | 美国即时 | 美国 | 世界新闻网', '世界新闻网')).toBe('遵川普行政命令 NCAA女性赛事禁跨性女参加');
    expect(headlineBeforeSiteParts('川普只承认两种性别行政令 遭起诉 | 跨性别 | 跨性别女性 | 囚犯 | 大纪元', '大纪元 www.epochtimes.com')).toBe('川普只承认两种性别行政令 遭起诉');
    expect(headlineBeforeSiteParts('特朗普禁止跨性别运动员参加女子赛事 – DW – 2025年2月6日', 'dw.com')).toBe('特朗普禁止跨性别运动员参加女子赛事');
    expect(headlineBeforeSiteParts('洛杉矶儿童医院宣布暂停给19岁以下孩子做变性手术！加州威胁调查_腾讯新闻', '')).toBe('洛杉矶儿童医院宣布暂停给19岁以下孩子做变性手术！加州威胁调查');
  });

  it('cuts a site name as long as a headline when it is the site’s or a known outlet’s', () => {
    expect(headlineBeforeSiteParts('特朗普下令 禁跨性别女性参加女子赛事 | 中國報 China Press', '中國報 China Press')).toBe('特朗普下令 禁跨性别女性参加女子赛事');
    expect(headlineBeforeSiteParts('B站、推特与跨性别医疗：中國青少年药娘的生存之旅 | 端傳媒 Initium Media', '')).toBe('B站、推特与跨性别医疗：中國青少年药娘的生存之旅');
  });

  it('keeps a column before the headline, and a second half of the headline after it', () => {
    expect(headlineBeforeSiteParts('日报｜中国AI模型引美股震荡；美国打击军中跨性别；中印将恢复航班 | 端傳媒 Initium Media', '端傳媒 Initium Media')).toBe('日报｜中国AI模型引美股震荡；美国打击军中跨性别；中印将恢复航班');
    expect(headlineBeforeSiteParts('为什么我们的同学会死去？｜高岩，不能忘却的纪念', '')).toBe('为什么我们的同学会死去？｜高岩，不能忘却的纪念');
  });
});
