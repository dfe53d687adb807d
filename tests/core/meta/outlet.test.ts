import { describe, expect, it } from 'vitest';
import { closingOutletCredit, normaliseOutlet, outletOfClosingSource, outletOfCredit, outletOfDateline, outletOfFeedKey, outletOfFrontMatter, outletOfName, outletOfUrl, soleOutletIn } from '../../../src/core/meta/outlet';

describe('normaliseOutlet', () => {
  // Names as the corpus pages and feed mirrors write them: datelines, front-matter authors, bylines.
  it.each([
    ['【大纪元2021年07月01日讯】', '大纪元'],
    ['大紀元時報', '大纪元'],
    ['The Epoch Times', '大纪元'],
    ['DJY', '大纪元'],
    ['【新唐人北京时间2018年06月29日讯】', '新唐人'],
    ['【看中国2023年2月22日讯】', '看中国'],
    ['美国之音', '美国之音'],
    ['VOA', '美国之音'],
    ['https://zh.wikinews.org/zh-cn/某某', '维基新闻'],
    ['維基新聞', '维基新闻'],
    ['早报', '联合早报'],
    ['自由亚洲电台', '自由亚洲电台'],
    ['BBC News 中文', 'BBC'],
    ['（德国之声中文网）根据德广联', '德国之声'],
    ['纽约时报', '纽约时报'],
    // 禁闻网's copies credit Taiwan's TV news sites by several names each.
    ['三立', '三立新闻网'],
    ['三立网', '三立新闻网'],
    ['三立新聞網', '三立新闻网'],
    ['新头壳newtalk', '新头壳'],
    ['新头壳洪圣斐编译报道', '新头壳'],
    ['Newtalk新聞', '新头壳'],
    ['(臺)中央社CNA', '中央社'],
    ['希望之声', '希望之声'],
    ['【明慧网二零二零年七月十日】', '明慧网'],
    ['法广', '法广'],
    ['RFI - 法国国际广播电台', '法广'],
    ['路透', '路透'],
    ['联合早报', '联合早报'],
    ['日本経済新聞', '日经中文网'],
    ['日经中文网', '日经中文网'],
    ['FT中文网', 'FT中文网'],
    ['July 22 (UPI) --', '合众国际社'],
    ['合眾國際社', '合众国际社'],
    ['nyt', '纽约时报'],
    ['rthk', '香港电台'],
    ['香港電台', '香港电台'],
    ['来源: 半岛电视台', '半岛电视台'],
    ['【共同社11月10日电】', '共同社'],
    ['kyodo', '共同社'],
    ['朝鮮日報中文網', '朝鲜日报'],
    ['asahi', '朝日新闻'],
    ['朝日新聞中文網', '朝日新闻'],
    ['nhk', 'NHK'],
    ['https://www3.nhk.or.jp/nhkworld/zh/news/123/', 'NHK'],
    ['韓國中央日報中文版', '中央日报'],
    // A feed mirror files The Economist's English items as "经济学人en".
    ['经济学人en', '经济学人'],
    ['《經濟學人》', '经济学人'],
    ['The Economist', '经济学人'],
    ['https://www.economist.com/asia/2020/12/19/western-expatriates-are-leaving-asia', '经济学人'],
    // 禁闻网's source lines: "来源：KZG", "来源：secretchina", "来源：阿波罗网林亿综合报道".
    ['KZG', '看中国'],
    ['Secretchina', '看中国'],
    ['阿波罗网林亿综合报道', '阿波罗网'],
    ['https://www.aboluowang.com/2020/0610/1462736.html', '阿波罗网'],
    // 人民报's stories as 禁闻网 copies them (ccpdope/): "【来源：人民报，…】".
    ['人民报', '人民报'],
    ['《人民報》', '人民报'],
    ['https://www.renminbao.com/rmb/articles/2020/11/18/74215.html', '人民报'],
  ])('%s → %s', (name, outlet) => {
    expect(normaliseOutlet(name)).toBe(outlet);
  });

  it('names no outlet for a person or an unknown site', () => {
    expect(normaliseOutlet('王 征')).toBeNull();
    expect(normaliseOutlet('智识')).toBeNull();
    // An economist is a person; only the paper's name or address is the outlet.
    expect(normaliseOutlet('an economist at Capital Economics')).toBeNull();
    // Organisations a text quotes are outlets by their whole name or address only.
    expect(normaliseOutlet('Human Rights Watch')).toBe('人权观察');
    expect(normaliseOutlet('人权观察说，当局应立即释放他们。')).toBeNull();
    expect(normaliseOutlet('据国际特赦组织报告')).toBeNull();
    expect(normaliseOutlet('中国报道：今年经济增长')).toBeNull();
    // "人民" and "报" run on in a sentence; the paper of the Party is another.
    expect(normaliseOutlet('他发誓要替人民报仇')).toBeNull();
    expect(normaliseOutlet('人民日报')).not.toBe('人民报');
    expect(normaliseOutlet('The Central News Agency 中央通訊社')).toBe('中央社');
    expect(normaliseOutlet('')).toBeNull();
  });
});

describe('soleOutletIn', () => {
  it('names the one outlet a text\'s first words name, and none of a compiled story\'s several sources', () => {
    expect(soleOutletIn('（德国之声中文网）每年一度的国防授权法案')).toBe('德国之声');
    expect(soleOutletIn('综合整理报道 ／法新社、美联社、明报、中央社、美国之音、世界日报')).toBeNull();
    expect(soleOutletIn('本文讲述一个普通人的故事')).toBeNull();
  });
});

describe('outletOfUrl', () => {
  it.each([
    ['https://www.epochtimes.com/gb/21/7/1/n13059388.htm', '大纪元'],
    ['https://www.voachinese.com/a/Philippines-denies-allegation/5962575.html', '美国之音'],
    ['http://www.bbc.com/zhongwen/simp/world-57671795', 'BBC'],
    ['https://www.dw.com/zh/a-58179000', '德国之声'],
    ['https://cn.nytimes.com/asia-pacific/20210713/taiwan-biontech-vaccine/', '纽约时报'],
    ['https://www.rfa.org/mandarin/yataibaodao/lf-07062021131730.html', '自由亚洲电台'],
    ['http://www.rfi.fr//cn/20210705', '法广'],
    ['https://www.cna.com.tw/news/afe/202308013001.aspx', '中央社'],
    ['https://cn.nikkei.com/china/ceconomy/41326.html', '日经中文网'],
    ['https://news.rthk.hk/rthk/ch/component/k2/1829778-20251102.htm', '香港电台'],
    ['https://chinese.aljazeera.net/news/political/2025/11/13/a', '半岛电视台'],
    ['https://china.kyodonews.net/news/2025/11/20254c472b51.html', '共同社'],
    ['https://cnnews.chosun.com/client/news/viw.asp?nNewsNumb=20251160001', '朝鲜日报'],
    ['https://www.hrw.org/zh-hans/news/2018/10/10/323286', '人权观察'],
    ['https://zh.amnesty.org/content-type/news/2024/1/a/', '国际特赦组织'],
    ['https://news.un.org/zh/story/2024/05/1128226', '联合国新闻'],
    ['https://www.singtao.ca/6919838/2024-10-31/news-a/', '星岛日报'],
    ['https://std.stheadline.com/realtime/article/2030790/a', '星岛日报'],
    ['https://www.thenewslens.com/article/40919', '关键评论网'],
    ['https://www.sinchew.com.my/news/20240622/international/5700853', '星洲日报'],
    ['https://www.worldjournal.com/wj/story/121468/8290071', '世界日报'],
    ['https://udn.com/news/story/6809/8290071', '联合新闻网'],
    ['https://www.chinapress.com.my/20241202/a/', '中国报'],
    ['https://www.upmedia.mg/news_info.php?Type=3&SerialNo=140620', '上报'],
    ['https://uschinapress.com/article/191980.html', '侨报'],
    ['https://www.ungeneva.org/zh/news-media/news/2024/05/93524', '联合国日内瓦办事处'],
    ['https://www.kwongwah.com.my/20241216/a/', '光华日报'],
    // Sites that name themselves in their address and foot only.
    ['https://hk.on.cc/hk/bkn/cnt/news/20241212/bkn-20241212191131_00952.html', '东网'],
    ['https://news.tvbs.com.tw/world/2659916', 'TVBS新闻'],
    ['https://stnn.cc/c/2024-12-23/3944707.shtml', '星岛环球网'],
    ['https://www.chineseherald.co.nz/news/new-zealand/x/', '中文先驱报'],
    ['https://www.malaysiakini.com/news/132645', '当今大马'],
    ['https://www.cdn-news.org/news/11235', '基督教今日报'],
    ['https://www.swissinfo.ch/chi/x/12345', 'SWI swissinfo.ch'],
    ['https://www.undp.org/zh/china/news/x', '联合国开发计划署'],
    ['https://www.rnz.co.nz/news/chinese/517064/article', 'RNZ'],
    ['https://voi.id/zh/news/443134', 'VOI'],
  ])('%s → %s', (url, outlet) => {
    expect(outletOfUrl(url)).toBe(outlet);
  });

  it('judges by the host only, not the path', () => {
    expect(outletOfUrl('https://example.org/voa/feed.xml')).toBeNull();
    expect(outletOfUrl('not a url')).toBeNull();
    // A portal's address names no outlet: its users post there (澎湃号, 网易号).
    expect(outletOfUrl('https://m.thepaper.cn/newsDetail_forward_25281234')).toBeNull();
    expect(outletOfUrl(null)).toBeNull();
  });
});

describe('outletOfFrontMatter', () => {
  it('reads the outlet feed mirrors put in categories and author', () => {
    expect(outletOfFrontMatter({ author: '德国之声', tags: ['德国之声'], categories: ['德国之声'] })).toBe('德国之声');
  });

  it('prefers the categories when the author is a person', () => {
    expect(outletOfFrontMatter({ author: '王 征', tags: ['日本経済新聞'], categories: ['日本経済新聞'] })).toBe('日经中文网');
  });

  it('reads the short keys a feed archive files outlets under (agora0: `categories: cna`, `aj`, `joins`)', () => {
    expect(outletOfFrontMatter({ categories: 'cna' })).toBe('中央社');
    expect(outletOfFrontMatter({ categories: 'aj' })).toBe('半岛电视台');
    expect(outletOfFrontMatter({ categories: 'joins' })).toBe('中央日报');
    expect(outletOfFrontMatter({ categories: 'asahi' })).toBe('朝日新闻');
  });

  it('finds none in front matter that names no outlet', () => {
    expect(outletOfFrontMatter({ title: '关于', layout: 'page' })).toBeNull();
    expect(outletOfFrontMatter(null)).toBeNull();
  });
});

describe('outletOfFeedKey', () => {
  it('reads a short key only as a whole category, never as a word of a text', () => {
    expect(outletOfFeedKey('CNA')).toBe('中央社');
    expect(outletOfFeedKey('rthk')).toBe('香港电台');
    expect(normaliseOutlet('cna')).toBeNull();
    expect(normaliseOutlet('Spain joins the talks')).toBeNull();
    expect(outletOfFeedKey('cna, news')).toBeNull();
  });
});

describe('outletOfCredit', () => {
  it('reads "来源：" credits', () => {
    expect(outletOfCredit('2021-07-12 14:39 来源：美国之音')).toBe('美国之音');
    expect(outletOfCredit('來源: 中央社')).toBe('中央社');
  });

  it('finds none without a credit or for an unknown source', () => {
    expect(outletOfCredit('美国之音报道称')).toBeNull();
    expect(outletOfCredit('来源：网络')).toBeNull();
  });
});

describe('outletOfName', () => {
  it('takes a source line\'s name as written, a known outlet by the table\'s name', () => {
    expect(outletOfName('新京报')).toBe('新京报');
    expect(outletOfName('美國之音')).toBe('美国之音');
  });

  // Real source lines of the MkDocs archive's saved pages (project-polymorph/news-website, 未分类).
  it('reads no outlet where the source names none: the internet, the site itself, nobody known, a link\'s label', () => {
    for (const name of ['网络', '互联网', '網路', '网络（原作者不详）', '本站编辑', '综合', '匿名网友', '未知', '来源名称', '查看原文']) expect(outletOfName(name)).toBeNull();
  });

  it('reads the outlet that compiled a story without the mark of the compiling', () => {
    expect(outletOfName('光明网综合')).toBe('光明网');
    expect(outletOfName('中国网综合')).toBe('中国网');
    expect(outletOfName('天维网编译')).toBe('天维网');
    expect(outletOfName('有艺境综合整理自网络')).toBe('有艺境');
    expect(outletOfName('健康醫療網／編輯部整理')).toBe('健康醫療網');
  });

  // 禁闻网's closing source lines (zydd999/bnews8 lifebaike/, finance/) and the MkDocs archive's (news-website 未分类).
  it('reads the account a WeChat source names, the outlet before the reporter a line names, a name out of its title brackets', () => {
    expect(outletOfName('微信公众号“侃英语”')).toBe('侃英语');
    expect(outletOfName('公众号：某某观察')).toBe('某某观察');
    expect(outletOfName('明德网记者唐鸣谦报导')).toBe('明德网');
    expect(outletOfName('新京报 记者 徐悦东 编辑 罗东')).toBe('新京报');
    expect(outletOfName('楚天都市报（见习记者陈文君 通讯员涂晓晨 黄冬香）')).toBe('楚天都市报');
    expect(outletOfName('无国界记者')).toBe('无国界记者');
    expect(outletOfName('综合新闻')).toBeNull();
    expect(outletOfName('作者博客')).toBeNull();
    expect(outletOfName('网文转载')).toBeNull();
    expect(outletOfName('《寒冬》')).toBe('寒冬');
  });

  // A site's view counter after the source's name on its header line, which the line gave with the name.
  it('reads the name without the site\'s counter or another label run on after it', () => {
    expect(outletOfName('南美侨报网 点击： 87')).toBe('南美侨报网');
    expect(outletOfName('互联网 浏览： 669')).toBeNull();
    // A studio's head saved as lines run together (news-website 未分类/www_倾国之约…): its account line, then a label no list knows.
    expect(outletOfName('某某摄影工作室 服装提供： 某某淘宝店')).toBe('某某摄影工作室');
  });

  it('reads no outlet from a value without a letter: a date where the name was left out ("稿源： 2004-04-25 09:27:11")', () => {
    expect(outletOfName('2004-04-25 09:27:11')).toBeNull();
  });

  // 搜狐新闻's "#### 来源：广东省" (搜狐号's stamp of where the user posted from, labelled as the source by the archive).
  it('reads no outlet from a province or city alone, a place the user posted from', () => {
    for (const name of ['广东省', '上海市', '广西壮族自治区']) expect(outletOfName(name)).toBeNull();
    expect(outletOfName('上海市政府')).toBe('上海市政府');
  });

  // 澎湃新闻's "**来源**: 纽约时间国际领域创作者": the account, the portal's badge of its field run into it.
  it('reads an account\'s name without the portal\'s badge of its field', () => {
    expect(outletOfName('纽约时间国际领域创作者')).toBe('纽约时间');
    expect(outletOfName('迷影生活优质影视领域创作者')).toBe('迷影生活');
  });
});

describe('outletOfDateline', () => {
  // Datelines opening saved news pages' texts (project-polymorph/news-website).
  it.each([
    ['（观察者网讯）当地时间7月24日，俄罗斯总统普京签署法案', '观察者网'],
    ['红网长沙10月3日讯 国庆节本是玩乐或休闲的日子', '红网'],
    ['搜狐体育讯 切尔西球星、英格兰队长特里的偷情事件', '搜狐体育'],
    ['【环球网报道 记者 程君秋】据台湾“中央社”11月6日报道', '环球网'],
    ['【Yahoo 新聞報道】跨性別人士謝浩霖（Henry）自 2017 年入稟司法覆核', 'Yahoo新闻'],
  ])('%s → %s', (text, outlet) => {
    expect(outletOfDateline(text)).toBe(outlet);
  });

  it('reads no site from a paper\'s own or short dateline, nor from a report the text cites', () => {
    for (const text of ['本报讯 （记者陶春）昨日', '晨报讯 （记者 朱国荣）做变性手术', '据新华社报道，', '环球网报道称，美国'])
      expect(outletOfDateline(text)).toBeNull();
  });
});

describe('outletOfClosingSource', () => {
  // The last lines of saved news pages' texts (project-polymorph/news-website).
  it('reads the source line among the last lines, as written', () => {
    expect(outletOfClosingSource(['他说。', '来源: 基督邮报', '时间: 星期四, 2021年04月29日', '标签: 性别焦虑症'])).toBe('基督邮报');
    expect(outletOfClosingSource(['他说。', '来源: 四川在线（来源：国际在线）'])).toBe('四川在线');
  });

  it('reads a name of a few words, none that is a headline, a list of links or a category\'s label', () => {
    expect(outletOfClosingSource(['一步。', '来源: Human Rights Watch', '标签: LGBT权利, 马来西亚'])).toBe('人权观察');
    expect(outletOfClosingSource(['来源：人权专家敦促各国维护体育运动中对性少数群体的包容性'])).toBeNull();
    expect(outletOfClosingSource(['来源: 美国教育部修改单一性别定义 人权专家认为将助长对妇女和女孩的暴力和歧视'])).toBeNull();
    expect(outletOfClosingSource(['消息來源', '挑戰改身份證性別　跨仔法庭勝一仗　Q先生：都係想爭取同其他人一樣嘅權利'])).toBeNull();
    expect(outletOfClosingSource(['消息来源', '详情﹕ 判案书 新闻摘要'])).toBeNull();
    expect(outletOfClosingSource(['来源: 文章'])).toBeNull();
  });

  // 禁闻网's copies of 人民报's stories (zydd999/bnews8 ccpdope/) close on the paper's mark that it ran the story first.
  it('reads a site\'s mark that the story first ran there', () => {
    expect(outletOfClosingSource(['好在，天快亮了。', '（人民报首发）'])).toBe('人民报');
    expect(outletOfClosingSource(['他说。', '（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）'])).toBe('澎湃新闻');
  });

  it('reads a source label over its value', () => {
    expect(outletOfClosingSource(['一步。', '来源', '联合国新闻', '标签', '新加坡'])).toBe('联合国新闻');
    expect(outletOfClosingSource(['來源', '國家書店→甯甯：改編十段真實故事'])).toBeNull();
  });

  it('reads none from a source line that names none, nor from a sentence', () => {
    expect(outletOfClosingSource(['来源：网络'])).toBeNull();
    expect(outletOfClosingSource(['来源：该组织今年发布的报告显示，全国有超过四成的受访者从未听说过这一概念。'])).toBeNull();
  });

  // Source lines of the archive's saved 新浪新闻 pages ("来源：界面新闻官方账号", "来源： 《中国慈善家》官方账号").
  it('reads the outlet a portal\'s account of it names, without the account\'s mark', () => {
    expect(outletOfName('界面新闻官方账号')).toBe('界面新闻');
    expect(outletOfName('《扬子晚报》官方账号')).toBe('扬子晚报');
    expect(outletOfName('中国新闻网 官方帳號')).toBe('中国新闻网');
    expect(outletOfName('美國之音官方账号')).toBe('美国之音');
    expect(outletOfName('Brut原色视频官方澎湃号')).toBe('Brut原色视频');
    // 澎湃's account line, the account's name run into its note that repeats it.
    expect(outletOfName('环球时报环球时报官方澎湃号')).toBe('环球时报');
    expect(outletOfName('Brut原色Brut原色视频官方澎湃号')).toBe('Brut原色');
    expect(outletOfName('澎湃号作者')).toBeNull();
  });

  // Source lines of the archive's saved 澎湃新闻 pages of its users' posts ("**来源**: 澎湃号·湃客", "**来源**: 湃客：独立鱼电影"):
  // the channel is 澎湃's, the account the post's source.
  it('reads no outlet from 澎湃\'s channel for its users\' posts, and the account after it', () => {
    expect(outletOfName('澎湃号·湃客')).toBeNull();
    expect(outletOfName('澎湃号·媒体')).toBeNull();
    expect(outletOfName('湃客：独立鱼电影')).toBe('独立鱼电影');
    expect(outletOfName('澎湃号·湃客：简单心理')).toBe('简单心理');
    expect(outletOfName('澎湃新闻')).toBe('澎湃新闻');
  });
});

describe('closingOutletCredit', () => {
  // The last paragraphs of 禁闻网's reposts (zydd999/bnews8 baitai/, worldnews/).
  it('reads a known outlet\'s whole name alone, bracketed or bare, as the credit of the whole paragraph', () => {
    expect(closingOutletCredit('世界日报')).toEqual({ outlet: '世界日报', creditChars: 4 });
    expect(closingOutletCredit('（联合新闻网）')).toEqual({ outlet: '联合新闻网', creditChars: 7 });
  });

  it('reads a source credit run onto the last sentence, after its end', () => {
    const paragraph = '如今，尽管批评声存在于我们社会的诸多领域，有品质的批评者更是稀少。 来源：博讯';
    expect(closingOutletCredit(paragraph)).toEqual({ outlet: '博讯', creditChars: ' 来源：博讯'.length });
    expect(closingOutletCredit('其情妇遍布中共军方文工团，“一个都不能少”。来源:《台湾大劫难》')).toEqual({ outlet: '台湾大劫难', creditChars: '来源:《台湾大劫难》'.length });
  });

  // 正见网's serials on 禁闻网 (zydd999/bnews8 tculture/20170711/790081.md).
  it('reads a source credit run onto a serial\'s mark that more is to come', () => {
    expect(closingOutletCredit('（待续）来源:正见网')).toEqual({ outlet: '正见网', creditChars: '来源:正见网'.length });
    expect(closingOutletCredit('（未完待續） 來源：看中国')).toEqual({ outlet: '看中国', creditChars: ' 來源：看中国'.length });
  });

  it('reads none from a line that names an outlet among its words, nor from a credit inside a sentence', () => {
    expect(closingOutletCredit('阿波罗网林亿综合报道')).toBeNull();
    expect(closingOutletCredit('（本文参考了美联社的报导）')).toBeNull();
    expect(closingOutletCredit('他说，消息来源：博讯')).toBeNull();
    expect(closingOutletCredit('结束')).toBeNull();
  });
});
