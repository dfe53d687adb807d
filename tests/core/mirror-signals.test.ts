// The generic reader of archive signals on small inputs; whole archive pages are page folders
// (tests/pages/feed-archive, wechat-archive, gnews-archive).
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isDateOnly, parseLooseDate } from '../../src/core/meta/date';
import { readMirrorSignals, withoutWikiMarkers } from '../../src/core/meta/mirror-signals';

describe('readMirrorSignals', () => {
  const body = (html: string): Element => new JSDOM(`<body>${html}</body>`).window.document.body;

  it('reads labelled lines at the top: date, source, author, original link; names their blocks', () => {
    const signals = readMirrorSignals(
      body('<h1>标题</h1><p>发布时间：2024年3月5日 10:20</p><p>来源：美国之音</p><p>作者：王某</p><p>原文链接：<a href="https://www.voachinese.com/a/x.html">点此</a></p><p>正文第一段，足够长的一句话。</p>'),
    );
    expect(signals).toMatchObject({ title: null, published: '2024-03-05', outlet: '美国之音', author: '王某', originalUrl: 'https://www.voachinese.com/a/x.html' });
    expect([...signals.blocks]).toEqual(['发布时间：2024年3月5日 10:20', '来源：美国之音', '作者：王某', '原文链接：点此']);
  });

  // 美国之音's stories as 禁闻网's text edition keeps them (zydd999/bnews8, headline/): the byline is a list over the lead picture.
  it('reads a byline list over the lead picture as the writers, an outlet\'s name in it as the outlet, and names its items', () => {
    const picture = '<figure><figcaption>图说</figcaption></figure>';
    const writer = readMirrorSignals(body(`<div><p>来源：美国之音, 文章内容并不代表本网立场。</p><ul><li> 锺辰芳 </li></ul>${picture}<p>正文第一段，足够长的一句话。</p></div>`));
    expect(writer).toMatchObject({ outlet: '美国之音', author: '锺辰芳' });
    expect(writer.blocks.has('锺辰芳')).toBe(true);
    const desk = readMirrorSignals(body(`<div><ul><li>美国之音</li></ul>${picture}<p>正文第一段，足够长的一句话。</p></div>`));
    expect(desk).toMatchObject({ outlet: '美国之音', author: null });
    expect(desk.blocks.has('美国之音')).toBe(true);
  });

  it('reads no byline from a list that text stands over, nor from one with no picture under it', () => {
    const picture = '<figure><figcaption>图说</figcaption></figure>';
    const underText = readMirrorSignals(body(`<div><p>他点名三人：</p><ul><li>王某</li><li>李某</li></ul>${picture}<p>正文。</p></div>`));
    expect(underText.author).toBeNull();
    expect(underText.blocks.has('王某')).toBe(false);
    const noPicture = readMirrorSignals(body('<div><ul><li>王某</li><li>李某</li></ul><p>正文第一段，足够长的一句话。</p></div>'));
    expect(noPicture.author).toBeNull();
  });

  // 關鍵評論網's head in project-polymorph/news-website: a subtitle, then four labelled lines, a category among them.
  it('counts no keyword line among the head\'s blocks: the writer under it is read', () => {
    const signals = readMirrorSignals(
      body('<h1>标题</h1><h2>正文</h2><p>當他們沒有選擇—你所不知道的故事</p><p>日期: 2016/02/26</p><p>來源: 某某網</p><p>標籤: 社會</p><p>作者: 洪某某</p><p>正文第一段，足够长的一句话。</p>'),
    );
    expect(signals).toMatchObject({ published: '2016-02-26', author: '洪某某' });
  });

  // project-polymorph/news-website, an MkDocs archive: its headings end in MkDocs Material's search mark.
  it('reads a labelled line without the attribute list a site engine closes it with, and names it so', () => {
    const signals = readMirrorSignals(body('<h2>来源: 新浪文教 { data-search-exclude }</h2><h3>时间: 2001.03.30 10:00</h3><p>正文第一段，足够长的一句话。</p>'));
    expect(signals).toMatchObject({ outlet: '新浪文教', published: '2001-03-30' });
    expect([...signals.blocks]).toEqual(['来源: 新浪文教', '时间: 2001.03.30 10:00']);
  });

  it('reads a label set as a heading over its value, after the lines that name a source in the text', () => {
    const signals = readMirrorSignals(body('<h2>来源</h2><p>华商报 《华商报》官方账号 2003.06.21 08:42</p><p>来源：新京报</p><p>正文第一段，足够长的一句话。</p>'));
    expect(signals).toMatchObject({ outlet: '新京报', published: '2003-06-21' });
    expect(signals.blocks.has('来源')).toBe(true);
    expect(signals.blocks.has('华商报 《华商报》官方账号 2003.06.21 08:42')).toBe(true);
  });

  it('reads the source before a portal\'s note that it is the outlet\'s account, in either script', () => {
    for (const note of ['官方账号', '官方帳號']) {
      expect(readMirrorSignals(body(`<p>来源：中国新闻网 ${note}</p><p>正文第一段，足够长的一句话。</p>`))).toMatchObject({ outlet: '中国新闻网' });
    }
  });

  it('leaves a heading named like a label over a paragraph of prose, and a heading over a heading', () => {
    const prose = '据统计，这些消息的来源五花八门，有官方媒体，也有个人账号，还有一些是境外网站转载的内容，难以一一核实，我们只能挑选其中较为可信的部分加以介绍，供读者参考。';
    const signals = readMirrorSignals(body(`<h2>来源</h2><p>${prose}</p><h2>时间</h2><h3>2003.06.21</h3><p>正文第一段，足够长的一句话。</p>`));
    expect(signals).toMatchObject({ outlet: null });
    expect(signals.blocks.has('来源')).toBe(false);
    expect(signals.blocks.has('时间')).toBe(false);
  });

  it('reads a news site\'s own source labels, a posting time after the source, and takes no site\'s home for the original', () => {
    const posted = readMirrorSignals(body('<h1>标题</h1><p>文章来源: 京报网 于 2004-03-30 09:59:28 被阅读次数 10</p><p>正文第一段，足够长的一句话。</p>'));
    expect(posted).toMatchObject({ outlet: '京报网', published: '2004-03-30' });
    expect(posted.blocks.has('文章来源: 京报网 于 2004-03-30 09:59:28 被阅读次数 10')).toBe(true);
    const header = readMirrorSignals(body('<h1>标题</h1><p>发稿时间：2016-03-08 10:42:08 来源：澎湃新闻 <a href="http://www.youth.cn/">中国青年网</a></p><p>正文第一段，足够长的一句话。</p>'));
    expect(header).toMatchObject({ published: '2016-03-08', originalUrl: null });
    expect(header.outlet).toMatch(/^澎湃新闻/);
  });

  it('reads labelled lines set apart by single breaks one by one, and leaves a paragraph of prose lines whole', () => {
    const signals = readMirrorSignals(body('<p><strong>来源</strong>: 广州日报<br><strong>时间</strong>: 2016.06.03 04:40<br><strong>作者</strong>: 新华社电</p><p>来源不明的消息<br>今天传开了。</p>'));
    expect(signals).toMatchObject({ outlet: '广州日报', published: '2016-06-03', author: '新华社电' });
    expect([...signals.blocks]).toEqual(['来源: 广州日报', '时间: 2016.06.03 04:40', '作者: 新华社电']);
  });

  // news-website's portals (搜狐, 网易, 长江网): a header line runs its labels together, after spaces or bars.
  it.each([
    ['来源：搜狐体育 作者：钟伟', { outlet: '搜狐体育', author: '钟伟' }],
    ['2016-12-14 05:20:00 来源: 中关村在线', { published: '2016-12-14', outlet: '中关村在线' }],
    ['来源：长江网 | 日期：2012-08-09 | 作者：杨京', { outlet: '长江网', published: '2012-08-09', author: '杨京' }],
    ['发布时间: 2012年04月06日 06:52 | 来源：中新网 编辑：詹蔷', { published: '2012-04-06', outlet: '中新网' }],
  ])('reads each label of a header line that runs them together ("%s") and names the line', (line, fields) => {
    const signals = readMirrorSignals(body(`<p>${line}</p><p>正文第一段，足够长的一句话。</p>`));
    expect(signals).toMatchObject(fields);
    expect([...signals.blocks]).toEqual([line]);
  });

  // 禁闻网's text edition (zydd999/bnews8 cbnews/2020-11): a credit line with the site's disclaimer after its value, its labels
  // run together after a comma, and an outlet's channel credited as the writer.
  it.each([
    ['来源: 星系花园秘境, 文章内容仅代表作者个人观点。', { outlet: '星系花园秘境', author: null }],
    ['作者：陈破空 ，文章内容只代表评论员个人观点。', { outlet: null, author: '陈破空' }],
    ['作者：江峰 ， 来源：希望之声电台，文章内容只代表评论员个人观点。', { outlet: '希望之声', author: '江峰' }],
    ['作者：章天亮，来源：希望之声电台，文章内容只代表评论员个人观点。', { outlet: '希望之声', author: '章天亮' }],
    ['作者: 希望之声TV , 文章内容并不代表本网立场和观点。', { outlet: '希望之声', author: null }],
  ])('reads a credit line without the site\'s disclaimer after it ("%s") and names the line', (line, fields) => {
    const signals = readMirrorSignals(body(`<p>${line}</p><p>正文第一段，足够长的一句话。</p>`));
    expect(signals).toMatchObject(fields);
    expect([...signals.blocks]).toEqual([line]);
  });

  it('reads no channel in an outlet\'s name with a writer\'s after it ("作者： 阿波罗网秦瑞报道")', () => {
    expect(readMirrorSignals(body('<p>作者： 阿波罗网秦瑞报道</p><p>正文第一段，足够长的一句话。</p>')).outlet).toBeNull();
  });

  // 禁闻网's copy of an 阿波罗网 story (zydd999/bnews8 topimagenews/20201101/1423948.md): the source line at the foot links the
  // outlet's name to the story's page, over the box linking the copy; a name linked to a site's home credits no page.
  it('reads a foot\'s source line that links the story\'s page as the original, before the box under it', () => {
    const foot = (href: string) =>
      `<p>正文第一段，足够长的一句话。</p><p>最后一段。</p><p> 来源：<a href="${href}">阿波罗网</a>林亿综合报道 </p>` +
      '<div><b>本文的图文或视频完整版</b>：<a href="https://www.bannedbook.org/bnews/topimagenews/20201101/1423948.html">标题</a></div>';
    expect(readMirrorSignals(body(foot('https://www.aboluowang.com/2020/1101/1518699.html'))).closingOriginalUrl).toBe('https://www.aboluowang.com/2020/1101/1518699.html');
    expect(readMirrorSignals(body(foot('https://www.aboluowang.com/'))).closingOriginalUrl).toBe('https://www.bannedbook.org/bnews/topimagenews/20201101/1423948.html');
  });

  it('leaves a sentence that names a source and then a date as text', () => {
    const signals = readMirrorSignals(body('<p>2016年消息来源：知情人士透露 时间：不详。</p><p>正文第一段，足够长的一句话。</p>'));
    expect([...signals.blocks]).toEqual([]);
  });

  it('reads a WeChat account\'s "◎来源 |" line as the outlet and names its block', () => {
    const signals = readMirrorSignals(body('<p>◎来源 | 茶的故事（teastories）</p><p>正文第一段，足够长的一句话。</p>'));
    expect(signals.outlet).toBe('茶的故事（teastories）');
    expect([...signals.blocks]).toEqual(['◎来源 | 茶的故事（teastories）']);
  });

  // Info-cn/Terminus, a WeChat archive: the account's name ends at its clause, a user-id label is no name, an
  // account-id note is no part of the outlet.
  it.each([
    ['<p>出自微信公号 historiciz，<del><a href="https://mp.weixin.qq.com/s/BUV4JKYxdQJKVFievRCLdg">现场，我所亲历的邓同学被约谈事件</a></del> ，<a href="https://mp.weixin.qq.com/s/le6zdbUlGB5ZH8kCZop1Tw">二次链接</a></p>', 'historiciz'],
    ['<p>信息源自微博id 周Wayne <a href="https://m.weibo.cn/6523533544/4230178723592265">18日消息</a>.</p>', '周Wayne'],
    ['<blockquote><p>来源：特稿痴迷者 （微信帐号：tegaocmz）</p></blockquote>', '特稿痴迷者'],
    // Terminus2049.github.io: the outlet, then a clause linking the original.
    ['<p>来源：财新网，<del><a href="http://china.caixin.com/2018-05-08/101245685.html">原文</a></del></p>', '财新网'],
    ['<p>原文来自微博id大兔纸啦啦啦，<a href="https://weibo.com/ttarticle/p/show?id=2309404228839780786449">同志们，女权主义者与你同在｜大兔声援同性恋</a></p>', '大兔纸啦啦啦'],
    ['<p>原文来自做書公众号，作者魏森垚。</p>', '做書'],
    ['<p>出自 <del><a href="https://www.qdaily.com/articles/51866.html">好奇心日报：北大学生申请信息公开，“如果大树里有虫，把虫揪出来是对大树最好的庆典献礼”</a>，已消失</del></p>', '好奇心日报'],
    // Terminus2049.github.io: the account before the colon of the post's share title it strikes; a credit that opens
    // with "来源于"; a closing credit's name that ends at a space before the address (not at the address's colon).
    ['<p>出自公号 <del><a href="http://mp.weixin.qq.com/s/E8JSwfb2YIuGRoqX_y3gWg">「北窗：“沈阳事件”与百廿校庆：青春大概，不如你所说」</a></del></p>', '北窗'],
    ['<p>来源于微信公众号「面朝一勺海」，作者第十三号勺子</p>', '面朝一勺海'],
    ['<p>来自新浪微博 <del><a href="https://m.weibo.cn/status/4228460341996673">https://m.weibo.cn/status/4228460341996673</a></del></p>', '新浪微博'],
  ])('reads the outlet of %s', (html, outlet) => expect(readMirrorSignals(body(`${html}<p>正文第一段，足够长的一句话。</p>`)).outlet).toBe(outlet));

  // Terminus2049.github.io 2019-05-08-p2p: the credit links the post itself.
  it('takes no outlet from a credit that links its post straight after the label', () => {
    const signals = readMirrorSignals(body('<p>原文来自：<del><a href="https://mp.weixin.qq.com/s/PrAFg-uhNRhOaxHCPn97PQ">带血的庞氏，p2p消亡简史</a></del></p><p>正文第一段，足够长的一句话。</p>'));
    expect(signals.outlet).toBeNull();
    expect(signals.originalUrl).toBe('https://mp.weixin.qq.com/s/PrAFg-uhNRhOaxHCPn97PQ');
  });

  // Terminus2049.github.io 2018-04-28-a-trip-to-THU: a source given as a struck address.
  it('reads a source given as an address as the original, not the outlet', () => {
    const signals = readMirrorSignals(body('<p>来源：~~https://www.douban.com/note/667529321/~~</p><p>正文第一段，足够长的一句话。</p>'));
    expect(signals).toMatchObject({ outlet: null, originalUrl: 'https://www.douban.com/note/667529321/' });
    expect([...signals.blocks]).toEqual(['来源：~~https://www.douban.com/note/667529321/~~']);
  });

  // Terminus2049.github.io 2018-04-26-NGOCN-404: the struck original labelled only "原文地址" opens the post.
  it('reads a link labelled only as the original as the original, not as the headline', () => {
    const signals = readMirrorSignals(
      body('<p><del><a href="https://a.xiumi.us/board/v5/3FG0L/86113710">原文地址</a></del></p><p>作者 | 陈一拾、小白</p><p>正文第一段，足够长的一句话。</p>'),
    );
    expect(signals).toMatchObject({ title: null, originalUrl: 'https://a.xiumi.us/board/v5/3FG0L/86113710' });
    expect([...signals.blocks]).toContain('原文地址');
  });

  it('keeps "来源于" in a sentence for the text', () => {
    const signals = readMirrorSignals(body('<p>这些数据来源于<a href="https://example.org/report">一份报告</a>，足够长的一句话。</p>'));
    expect(signals.outlet).toBeNull();
    expect(signals.blocks.size).toBe(0);
  });

  // 禁闻网's copy of an RFA story (zydd999/bnews8, headline/20200324/1299123.md): the words stand inside a quote the line opened.
  it('reads no credit in words a quote holds when the sentence goes on after it', () => {
    const signals = readMirrorSignals(
      body('<p><span>图说(美联社)</span></p><p><a href="https://example.org/tag">中国</a>驻美大使崔天凯最近说，他始终认为，所谓“新冠病毒源自美军实验室”的想法是“疯狂”的。外界解读，他是在和发言人划清界线。</p><p>正文第一段，足够长的一句话。</p>'),
    );
    expect(signals.outlet).toBeNull();
    expect(signals.marks.has('source-credit')).toBe(false);
  });

  it('takes no headline from a link to a mirror, and no label from a long sentence', () => {
    const signals = readMirrorSignals(
      body(`<h2><a href="https://github.com/a/b/blob/main/x.md">另一篇镜像文章的标题</a></h2><p>来源：${'很长的一句话，'.repeat(30)}</p>`),
    );
    expect(signals.title).toBeNull();
    expect(signals.outlet).toBeNull();
    expect(signals.blocks.size).toBe(0);
  });
});

describe('an editor\'s line in the head', () => {
  const body = (html: string): Element => new JSDOM(`<body>${html}</body>`).window.document.body;
  // 青海新闻网's and 3DM's heads, saved as lists: the editor's item under the date, source and author items.
  it('reads an editor\'s item under the head\'s read items as the head\'s, and names it', () => {
    const signals = readMirrorSignals(
      body('<h1>标题</h1><ul><li>发布时间：2014-07-28 14:54:22</li><li>来源：某某网</li><li>作者：某甲</li><li>编辑：某乙</li></ul><p>正文第一段，足够长的一句话，讲述了一件事情的来龙去脉。</p>'),
    );
    expect(signals).toMatchObject({ published: '2014-07-28', author: '某甲', editor: '某乙' });
    expect(signals.blocks.has('编辑：某乙')).toBe(true);
  });

  // 雅昌's head: its tag item under the editor's, past the head's count of lines, is the head's too; a text's first line is not.
  it('takes a keyword item under the head\'s read items and the editor\'s, not the text under them', () => {
    const signals = readMirrorSignals(
      body('<h2>正文</h2><h2>文章信息</h2><ul><li>时间: 2012-07-19 14:11:50</li><li>来源: 某某新闻</li><li>作者: 未知</li><li>编辑: 某乙</li><li>标签: Wu Tsang</li></ul><h2>正文</h2><p>正文第一段，足够长的一句话，讲述了一件事情的来龙去脉。</p>'),
    );
    expect(signals.blocks.has('标签: Wu Tsang')).toBe(true);
    expect(signals.blocks.has('正文第一段，足够长的一句话，讲述了一件事情的来龙去脉。')).toBe(false);
  });
});

describe('a byline on its own line over the text', () => {
  const text = '正文第一段，足够长的一句话，讲述了一件事情的来龙去脉。';
  const read = (lines: string[]) => readMirrorSignals(new JSDOM(`<body><h1>标题</h1>${lines.map((line) => `<p>${line}</p>`).join('')}<p>${text}</p></body>`).window.document.body);

  it('takes a compiler\'s, a desk\'s and a reporter\'s byline, bracketed or with its date, and the date alone under it', () => {
    const yahoo = readMirrorSignals(new JSDOM(`<body><h1>标题</h1><p>赖意文／综合报道</p><p>2024年11月1日</p><p>${text}</p></body>`).window.document.body);
    expect([...yahoo.blocks]).toEqual(expect.arrayContaining(['赖意文／综合报道', '2024年11月1日']));
    expect([yahoo.author, yahoo.published]).toEqual(['赖意文', '2024-11-01']);
    const dated = read(['記者徐郁雯／台北報導 2017-09-20 19:25:50']);
    expect([dated.author, dated.published, dated.blocks.has('記者徐郁雯／台北報導 2017-09-20 19:25:50')]).toEqual(['徐郁雯', '2017-09-20', true]);
    expect(read(['【记者何弘斌／高雄报道】']).author).toBe('何弘斌');
    expect(read(['娛樂中心／蕭廷芬報導']).author).toBe('蕭廷芬');
  });

  it('keeps a sentence that names a reporter, and a date under a line that is no byline', () => {
    const signals = read(['他说，记者李明报导的事是真的。']);
    expect(signals.blocks.has('他说，记者李明报导的事是真的。')).toBe(false);
    expect(signals.blocks.has(text)).toBe(false);
  });
});

describe('a site\'s header line over the text', () => {
  const read = (line: string) => {
    const signals = readMirrorSignals(new JSDOM(`<body><h1>标题</h1><p>${line}</p><p>正文第一段，足够长的一句话，讲述了一件事情的来龙去脉。</p></body>`).window.document.body);
    return { gone: signals.blocks.has(line), published: signals.published, outlet: signals.outlet, author: signals.author };
  };

  // Lines of project-polymorph/news-website's saved pages, each from another site.
  it.each([
    ['发表：2024-12-10 20:23 来源：看中国', '2024-12-10', '看中国', null],
    ['北京时间：2025-01-16 12:56', '2025-01-16', null, null],
    ['發布日期: 2021/12/8 來源: 某某醫院', '2021-12-08', '某某醫院', null],
    ['撰文：羅某 出版：2016-01-15 20:54 更新：2016-03-11 00:42', '2016-01-15', null, '羅某'],
    ['编辑: 编辑大大 日期: 2024-08-03 18:12 来源: 本站编辑', '2024-08-03', null, null],
    ['栏目：热点透视 来源：本站 日期：2015-10-26', '2015-10-26', null, null],
    // A hospital's news page: the department that posted it first.
    ['发布机构：泌尿外科 浏览次数：4011 发布时间：2015-04-24', '2015-04-24', null, null],
    ['发布于：山西省 作者：月半子 编审：Yissa', null, null, '月半子'],
    ['2024年12月22日 889点阅 责任编辑: 国际小编', '2024-12-22', null, null],
    // When the page was last updated is no date of its posting.
    ['更新 2024-11-26 4:16 PM 人气 238', null, null, null],
    ['更新日期：2023年3月5日 作者：某某', null, null, '某某'],
    ['更新：2022年9月6日 7:31 PM', null, null, null],
    ['来源: 某某日报 更新: 2022年8月24日 5:44 PM 发布: 2017年7月18日 03:09 PM', '2017-07-18', '某某日报', null],
    ['2016-11-08 14:59:03 某某网娱乐综合', '2016-11-08', '某某网娱乐', null],
    ['中国新闻网 | 2023年05月25日 14:49:26', '2023-05-25', '中国新闻网', null],
    ['2024年12月3日 16:50 美国之音', '2024-12-03', '美国之音', null],
    ['澎湃新闻 02-13 10:31', null, '澎湃新闻', null],
    ['阅读次数: 5228', null, null, null],
    ['评论 0 | 阅读 11819', null, null, null],
    // An originality mark or a share bar's words over the labelled parts, the site's counter among them.
    ['原创 时间: 2024-11-01 17:11 来源: 某某时光网', '2024-11-01', '某某时光网', null],
    ['分享评论 时间： 2022-01-11 10:49:20 来源： 某某网 关注度： 2479', '2022-01-11', '某某网', null],
    // A dash between the date and the source.
    ['2016-08-02 14:40:55 - 来源：某某日报', '2016-08-02', '某某日报', null],
    ['上传时间：2021-09-03 来源: 某某医生', '2021-09-03', '某某医生', null],
    // When the page was last updated, with the source.
    ['最后更新时间：2023-12-21 来源：某某模拟器', null, '某某模拟器', null],
    // A two-digit year with the time of day, as Chinese news systems print it (内蒙古新闻网's "10-06-04 09:51" is 2010's).
    ['时间： 10-06-04 09:51', '2010-06-04', null, null],
    ['来源： 某某网 时间： 09-11-21 13:34 作者： 某某', '2009-11-21', '某某网', '某某'],
    // A reporter's byline before the time: the writer and the date, no source.
    ['记者莊某／台南報導 2024-08-04 15:04', '2024-08-04', null, '莊某'],
  ])('%s: read and no text', (line, published, outlet, author) => {
    expect(read(line)).toEqual({ gone: true, published, outlet, author });
  });

  it.each([
    // A sentence that opens on a posting verb, or on a date.
    '发布：会上，公司宣布了新的计划。',
    '2024年12月22日，美国总统拜登宣布放弃这项计划。',
    // A word before a single labelled part is a sentence's.
    '原创 来源：本站的一位朋友讲了这个故事',
  ])('%s: kept', (line) => {
    expect(read(line)).toMatchObject({ gone: false, outlet: null });
  });

  it('reads a date over a topic\'s page the line links by the topic\'s name (UN News), and names no source', () => {
    const signals = readMirrorSignals(new JSDOM('<body><h1>标题</h1><p>2022年3月31日 <a href="/zh/news/topic/human-rights">人权</a></p><p>正文第一段，足够长的一句话，讲述了一件事情的来龙去脉。</p></body>').window.document.body);
    expect(signals).toMatchObject({ published: '2022-03-31', outlet: null });
    expect(signals.blocks.has('2022年3月31日 人权')).toBe(true);
  });

  it('reads the source a dated line links by its name, whatever the name ends with', () => {
    const signals = readMirrorSignals(new JSDOM('<body><h1>标题</h1><p>2024年11月03日 14:21 <a href="https://search.example.com/article_view.php?did=9145492">某某在线</a></p><p>正文第一段，足够长的一句话，讲述了一件事情的来龙去脉。</p></body>').window.document.body);
    expect(signals).toMatchObject({ published: '2024-11-03', outlet: '某某在线' });
  });

  it('takes an archive\'s year alone for no date', () => {
    expect(read('时间: 2023年')).toEqual({ gone: true, published: null, outlet: null, author: null });
  });

  it.each([
    // Where a portal's post was sent from, or the site's section, beside the time.
    ['2024-07-20 23:12 上海', '2024-07-20'],
    ['电视剧 2024-09-15 20:18', '2024-09-15'],
    ['烟台 2024-09-15 20:18', '2024-09-15'],
  ])('%s: read, no outlet named', (line, published) => {
    expect(read(line)).toEqual({ gone: true, published, outlet: null, author: null });
  });
});

describe('a portal\'s head over an account\'s post', () => {
  const read = (head: readonly string[]) =>
    readMirrorSignals(new JSDOM(`<body><h1>标题</h1>${head.map((line) => `<p>${line}</p>`).join('')}<p>正文第一段，足够长的一句话，讲述了一件事情的来龙去脉。</p></body>`).window.document.body);

  // 新浪看点's and 网易号's heads, as project-polymorph/news-website saved them.
  it.each([
    [['某某网', '某某网官方账号 2022.06.20 13:24', '关注'], '2022-06-20', '某某网'],
    [['某某生活', '优质影视领域创作者 2020.05.03 21:44', '关注'], '2020-05-03', '某某生活'],
    [['某某读书会', '关注'], null, '某某读书会'],
    [['某某读书会', '2023.04.24 21:45', '关注'], '2023-04-24', '某某读书会'],
    [['某某故事汇', '2022-08-27 00:59 江西', '+关注'], '2022-08-27', '某某故事汇'],
  ])('%j: the account, its date, no text', (head, published, outlet) => {
    const signals = read(head);
    expect(signals).toMatchObject({ published, outlet });
    expect(head.every((line) => signals.blocks.has(line))).toBe(true);
  });

  it('reads an outlet\'s account name over its note and time with no button under them', () => {
    const signals = readMirrorSignals(new JSDOM('<body><h1>标题</h1><h2>某某网</h2><p>某某网官方账号 2023.03.15 13:21</p><p>正文第一段，足够长的一句话，讲述了一件事情的来龙去脉。</p></body>').window.document.body);
    expect(signals).toMatchObject({ published: '2023-03-15', outlet: '某某网' });
    expect(signals.blocks.has('某某网')).toBe(true);
  });

  it('reads a site\'s news section over its dated item as the head, and names no outlet by it', () => {
    // A society's and a hospital's pages (project-polymorph/news-website): "## 最新消息" over "### 2024-06-20" or a labelled date.
    for (const [section, date] of [['最新消息', '<h3>2024-06-20</h3>'], ['新闻中心', '<p>日期：2020/10/26</p>']] as const) {
      const signals = readMirrorSignals(new JSDOM(`<body><h1>标题</h1><h2>${section}</h2>${date}<p>正文第一段，足够长的一句话，讲述了一件事情的来龙去脉。</p></body>`).window.document.body);
      expect(signals.outlet).toBeNull();
      expect(signals.blocks.has(section)).toBe(true);
    }
  });

  it('reads no head over a button under a sentence', () => {
    const signals = read(['记者了解到，此事已引起广泛关注。', '关注']);
    expect(signals.outlet).toBeNull();
    expect(signals.blocks.has('记者了解到，此事已引起广泛关注。')).toBe(false);
  });
});

describe('wiki markers', () => {
  it('are reduced to their words, and nothing else changes', () => {
    expect(withoutWikiMarkers('[[zh:美国总统]][[zh:拜登]]与[[zh-hant:習近平]]通话 [[not a marker]] [x](y)')).toBe('美国总统拜登与習近平通话 [[not a marker]] [x](y)');
  });
});

describe('isDateOnly', () => {
  it.each([
    // 中央社's stamp with its last update, a 新浪 blog's in brackets, 大纪元's 12-hour time.
    '2024/8/15 17:53（8/15 21:36 更新）',
    '(2012-06-05 09:39:38)',
    '2024-11-26 4:16 PM',
    '2022年9月6日 7:31 PM',
  ])('%s', (line) => expect(isDateOnly(line)).toBe(true));
});

describe('parseLooseDate', () => {
  it.each([
    ['Tue, 23 Jun 2020 21:03:47 +0000', '2020-06-23'],
    ['June 23, 2020', '2020-06-23'],
    ['4/2/2024 3:41 PM UTC', '2024-04-02'],
    ['2021-07-06T14:47:47.376Z', '2021-07-06'],
    ['二〇二〇年七月十日', '2020-07-10'],
    ['31 Feb 2020', null],
    ['no date here', null],
  ])('%s → %s', (text, expected) => expect(parseLooseDate(text)).toBe(expected));
});
