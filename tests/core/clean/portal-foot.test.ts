import { describe, expect, it } from 'vitest';
import { cutPortalFoot } from '../../../src/core/clean/portal-foot';
import { elementOf as root } from '../../helpers/element';

const squashed = (el: Element) => el.innerHTML.replace(/\s+/g, ' ').replace(/> </g, '><').trim();
const text = '<p>据报道，当地法院昨日就此案作出一审判决，驳回原告的全部诉讼请求，原告表示将会上诉。</p><p>法院认为，被告在手术和护理过程中无明显过错，故驳回原告要求被告赔偿继续治疗费和精神损失费的诉讼请求。据介绍，判决书长达9页。</p>';

describe('cutPortalFoot', () => {
  it('cuts from the comment box\'s heading over its prompt: comments, buttons and the app\'s box go', () => {
    const el = root(`${text}<h2>热门评论</h2><p>抢沙发</p><p>好的评论会让人崇拜</p><p>新浪新闻官方</p><p>免费 / 绿色应用 / 优质</p>`);
    cutPortalFoot(el);
    expect(squashed(el)).toBe(squashed(root(text)));
  });

  it('takes a heading that only readers\' comments follow, each stamped with its date', () => {
    const el = root(`${text}<p>热门评论</p><p>九鬼 24 有时间研究这个还不如想想别的？ 时间： 2016-04-25 上海</p><p>登高阅景 2 其实都是假的。 时间： 2016-04-25 福建厦门</p>`);
    cutPortalFoot(el);
    expect(squashed(el)).toBe(squashed(root(text)));
  });

  it('takes 观察者网\'s heading with its count of comments ("热门评论 7条") over the stamped comments', () => {
    const el = root(`${text}<h3>热门评论 7条</h3><ul><li><a href="https://user.example.com/u?uid=1">某甲</a><br>这点我觉得可以学一学。<br>2024-11-25 13:58 来自广东省</li><li><a href="https://user.example.com/u?uid=2">某乙</a><br>都是正常人啊<br>2024-11-25 14:22 来自湖北省</li></ul>`);
    cutPortalFoot(el);
    expect(squashed(el)).toBe(squashed(root(text)));
  });

  it('takes a closing paragraph of linked headlines, one a line, with no heading; keeps a line of two links or a sentence with links', () => {
    const headlines = ['记者手记：挪威推动男女平等的背后', '全球男女薪酬差距拉大 实现平等还需170年', '沙特女性“第一票” 被视为迈向男女平等的一步'];
    const list = headlines.map((h, i) => `<a href="http://news.example.com/world/2017-03/0${i + 1}/c_1.htm"><strong>${h}</strong></a>`);
    const el = root(`${text}<p>${list.join('<br>')}</p>`);
    cutPortalFoot(el);
    expect(squashed(el)).toBe(squashed(root(text)));
    for (const kept of [`<p>${list.slice(0, 2).join('<br>')}</p>`, `<p>详见${list.join('、')}等报道。</p>`, `<p>${list.join(' ')}</p>`]) {
      const page = root(`${text}${kept}`);
      cutPortalFoot(page);
      expect(squashed(page)).toBe(squashed(root(`${text}${kept}`)));
    }
  });

  it('keeps the comments an article reports under its own heading: no stamp, no prompt', () => {
    const html = `${text}<p>网友评论：</p><p>网友甲：这样的判决让人寒心。</p><p>网友乙：希望二审能还一个公道。</p>`;
    const el = root(html);
    cutPortalFoot(el);
    expect(squashed(el)).toBe(squashed(root(html)));
  });

  it('leaves a page that is mostly such lines: the box is a foot, not the page', () => {
    const html = '<p>短讯一则：今日本市召开会议，讨论了相关议题。</p><p>说说你的看法</p><p>网友甲 3 写得好 2020-07-22 北京</p><p>网友乙 1 同意楼上的看法，这件事应该有个说法 2020-07-22 上海</p>';
    const el = root(html);
    cutPortalFoot(el);
    expect(squashed(el)).toBe(squashed(root(html)));
  });

  it('takes the platform\'s statement and the lines that close the page after the box', () => {
    // (The posted-from stamp among them, "发布于：上海", is removeBlogChrome's, wherever it stands.)
    const el = root(`${text}<p>特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p><p>标签：#跨性别 #儿童</p><p>版权信息</p>`);
    cutPortalFoot(el);
    expect(squashed(el)).toBe(squashed(root(text)));
  });

  it('keeps the staff\'s credit among the closing lines it takes', () => {
    const credit = '<p>[责任编辑：张茜 PN295]</p>';
    const el = root(`${text}<p>特别声明：以上作品内容(包括在内的视频、图片或音频)为凤凰网旗下自媒体平台“大风号”用户上传并发布，本平台仅提供信息存储空间服务。</p>${credit}<p>作者声明： 本文包含人工智能生成内容</p>`);
    cutPortalFoot(el);
    expect(squashed(el)).toBe(squashed(root(text + credit)));
  });

  it('leaves a sentence that mentions a platform\'s storage service inside the text', () => {
    const html = `<p>法院指出，该平台声称自己仅提供信息存储空间服务，但其对用户上传的内容进行了编辑和推荐，因此不能免责。</p>${text}`;
    const el = root(html);
    cutPortalFoot(el);
    expect(squashed(el)).toBe(squashed(root(html)));
  });

  it('cuts a site\'s foot from its first licence number among the last lines: its operator\'s and builder\'s lines under it go too', () => {
    const el = root(`${text}<p>版权信息：网络传播视听节目许可证 0102006 | 京ICP证120531号</p><p>网站运营：某某网络（北京）有限公司</p><p>技术支持：某某网站建设</p>`);
    cutPortalFoot(el);
    expect(squashed(el)).toBe(squashed(root(text)));
  });

  it('keeps a text that speaks of ICP records and licences without their numbers', () => {
    const html = `${text}<p>按照规定，网站须办理ICP备案，取得互联网新闻信息服务许可证后方可转载新闻。</p><p>该网站的新闻信息服务许可证于2016年被吊销，违法和不良信息举报中心已接到多起投诉。</p>`;
    const el = root(html);
    cutPortalFoot(el);
    expect(squashed(el)).toBe(squashed(root(html)));
  });

  it('takes a copyright line that names a year, and keeps a picture\'s credit that names none', () => {
    const el = root(`${text}<p>版权 © 2011-2022 某某传媒有限公司，未经书面授权禁止使用</p>`);
    cutPortalFoot(el);
    expect(squashed(el)).toBe(squashed(root(text)));
    const credited = `${text}<p>© Getty Images</p>`;
    const kept = root(credited);
    cutPortalFoot(kept);
    expect(squashed(kept)).toBe(squashed(root(credited)));
  });

  it('cuts readers\' comments signed as 文学城 signs them, with their heading', () => {
    const el = root(`${text}<p>评论：</p><ul><li>某甲 发表评论于 2024-10-23 05:57:20<br>不是一家人，不进一家门。</li><li>某乙 发表评论于 2024-10-23 05:48:40<br>说得对。</li></ul>`);
    cutPortalFoot(el);
    expect(squashed(el)).toBe(squashed(root(text)));
  });

  it('cuts 留园网\'s line over its comments, the web editor with their count or label, and the comments under it; keeps RFA\'s staff line', () => {
    const counted = root(`${text}<p>网编：睿文 评论数量: 20 条</p>`);
    cutPortalFoot(counted);
    expect(squashed(counted)).toBe(squashed(root(text)));
    const labelled = root(`${text}<p>网编： 和评 评论人:</p><p>二公子 2024年10月25日14:36 为了房产，知道也装不知道。</p><p>cbs888 2024年10月25日14:56 骗婚</p>`);
    cutPortalFoot(labelled);
    expect(squashed(labelled)).toBe(squashed(root(text)));
    const staff = root(`${text}<p>记者：高锋 责编：许书婷 网编：瑞哲</p>`);
    cutPortalFoot(staff);
    expect(staff.textContent).toContain('网编：瑞哲');
  });

  it('takes a call to sign up for the site\'s own newsletter, in sentences; keeps a sentence about someone else\'s', () => {
    const el = root(`${text}<p>获取当天的突发新闻，娱乐想法和长阅读享受。注册接收我们的晚报时事通讯。</p>`);
    cutPortalFoot(el);
    expect(squashed(el)).toBe(squashed(root(text)));
    const reported = `${text}<p>该组织说，已有三千人注册接收其时事通讯。</p>`;
    const kept = root(reported);
    cutPortalFoot(kept);
    expect(squashed(kept)).toBe(squashed(root(reported)));
  });

  it('cuts a box of its prompt, heading and notice alone, longer than the short text over it', () => {
    const caption = '<p>当地时间5月10日，来自各地的演员参加在剧院举行的首届走秀比赛。</p>';
    const el = root(`${caption}<p>请您文明上网、理性发言并遵守相关规定，在<a href="http://bbs.example.com/join">注册</a>后发表评论。</p><h3>评论区</h3><ul><li>只有注册用户可以发表评论，未注册用户请登录论坛注册......</li></ul>`);
    cutPortalFoot(el);
    expect(squashed(el)).toBe(squashed(root(caption)));
  });

  it('cuts every signed comment however many, past the last lines and larger than the text, a heading on the first one\'s line', () => {
    const comments = Array.from({ length: 45 }, (_, i) => `<p>读者${i} 发表评论于 2015-01-25 14:${String(i).padStart(2, '0')}:30<br>这是第${i}条留言，说了一些比较长的看法，说了一些比较长的看法。</p>`);
    const el = root(`${text}<p>评论</p>${comments.join('')}`);
    cutPortalFoot(el);
    expect(squashed(el)).toBe(squashed(root(text)));
    const headed = root(`${text}<p>评论<br>某甲 发表评论于 2024-11-01 22:39:47<br>说得对。</p><p>发表评论于 2024-11-01 22:35:07</p><p>某乙的留言。</p>`);
    cutPortalFoot(headed);
    expect(squashed(headed)).toBe(squashed(root(text)));
  });
  it('takes a site\'s rules over its comments, its reactions\' counts, a box with spaced counts, its print buttons and a posting stamp', () => {
    for (const foot of [
      '<p>评论</p><p>“大纪元将选取精彩读者评论在全球报纸版面上刊登，请您与我们一起记录历史” “大纪元保留删除脏话贴、下流话贴、攻击个人信仰贴等恶意留言的权利”</p>',
      '<p>高兴 19 惊讶 5 愤怒 4 悲伤 1 关怀 1</p>',
      '<p>评论区</p><p>Please enable JavaScript to view the comments powered by Disqus.</p>',
      '<p>网友评论 0 条评论 匿名评论</p><p>登录 注册</p><p>所有评论</p><p>暂无评论数据!</p>',
      '<p>网友观点</p><p>0条评论_文明上网理性发言，请遵守新闻评论服务协议_</p>',
      '<p>浏览器功能：</p><p>打印</p><p>关闭</p>',
      '<p>发布：2024年12月5日 07:40</p>',
      '<p>发布: 7:11pm 03/11/2024 3966点阅</p>',
      '<p>时间: 2023年11月09日, 13:35</p>',
      // The archive's restated head closing the page, and a topic's empty related label.
      '<p>來源</p><p>時間</p><p>2023年2月6日</p>',
      '<p>丰臀相关内容推荐：</p>',
      '<p>小编推荐阅读</p><p>相关视频攻略</p>',
    ]) {
      const el = root(`${text}${foot}`);
      cutPortalFoot(el);
      expect(squashed(el)).toBe(squashed(root(text)));
    }
    // A letter's date closing it is the text's.
    const signed = `${text}<p>2023年2月6日</p>`;
    const kept = root(signed);
    cutPortalFoot(kept);
    expect(squashed(kept)).toBe(squashed(root(signed)));
  });

  it('takes a box with next to no text over it, which outweighs it', () => {
    const el = root('<p>视频</p><p>评论区: 请输入评论内容 说说你的看法</p><p>新浪新闻官方 热点资讯 精彩视频抢先看 5.0分好评</p><p>免费 / 绿色应用 / 优质</p>');
    cutPortalFoot(el);
    expect(squashed(el)).toBe('<p>视频</p>');
    const prompt = root('<p>只有登录用户才能发表评论，点击此处登录 返回新闻帖</p>');
    cutPortalFoot(prompt);
    expect(squashed(prompt)).toBe('');
  });

  it('takes a reposting site\'s note of its purpose and a game site\'s health notice closing the text', () => {
    const el = root(`${text}<p>注: 本文全部图文转载自新浪微博，本站转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。</p><p>游戏健康忠告: 抵制不良游戏，拒绝盗版游戏，注意自我保护，谨防上当受骗。</p>`);
    cutPortalFoot(el);
    expect(squashed(el)).toBe(squashed(root(text)));
  });

  it('takes a keyword line among the last lines wherever it stands, and keeps a sentence that opens on the word', () => {
    const el = root(`${text}<p>关键词：变性 精神病 世卫组织</p><p>（某某网）</p>`);
    cutPortalFoot(el);
    expect(squashed(el)).toBe(squashed(root(`${text}<p>（某某网）</p>`)));
    const said = `${text}<p>关键词：包容。这是今年大会反复强调的主题。</p>`;
    const kept = root(said);
    cutPortalFoot(kept);
    expect(squashed(kept)).toBe(squashed(root(said)));
  });

  it('takes a wiki news site\'s archive notes, a source list\'s label, a reposting note and an empty related label closing the text', () => {
    const el = root(`${text}<p>消息来源</p><p>本篇报道已经存档，不能再作修订。</p><p>维基新闻上的文章带有时效性，反映新闻被撰写及发表的当下时间。</p><p>如果确实需要修正错误，请在讨论页提出你的修改建议，并且通知管理员注意。</p>`);
    cutPortalFoot(el);
    expect(squashed(el)).toBe(squashed(root(text)));
    const reposted = root(`${text}<p>图片</p><p>相关内容</p><p>转载请注明：某某博讯 » 某某标题</p><p>备注: 新闻来源于其它媒体，内容不代表本站立场！</p>`);
    cutPortalFoot(reposted);
    expect(squashed(reposted)).toBe(squashed(root(text)));
  });

  it('cuts a wiki news story\'s source list closing the text, and keeps a list of sentences under the label', () => {
    const el = root(`${text}<p>消息来源</p><p>某某报道：终院裁定政府败诉</p><p>某某网：迟来的公义</p><p>本篇报道已经存档，不能再作修订。</p>`);
    cutPortalFoot(el);
    expect(squashed(el)).toBe(squashed(root(text)));
    const told = `${text}<p>消息来源</p><p>据了解，此事已经持续多年。</p><p>当局表示将会跟进。</p>`;
    const kept = root(told);
    cutPortalFoot(kept);
    expect(squashed(kept)).toBe(squashed(root(told)));
  });

  it.each([
    ['a game site\'s comment count, with the box\'s own counts', '<p>评论(285)</p>'],
    ['its counts run into the word', '<p>评论(0人参与，0条评论)</p>'],
    ['a box asking a reader to log in, with the writer\'s box and the site\'s latest under it', '<p>参与讨论</p><p>登录后参与讨论</p><p>作者简介 介绍某国资讯的中文门户网站</p><p>最近文章</p>'],
    ['關鍵評論網\'s call for the reader\'s view, under its source list\'s emptied label', '<p>新聞來源:</p><p>你認同本文的觀點嗎？我們想聽聽你的看法。</p>'],
    ['a site\'s note asking for tips by mail', '<p>提供新聞訊息、人物邀訪、異業合作以及意見反映煩請email至國際中心公用信箱： desk@example.mg，我們會儘速處理。</p>'],
    ['a forum\'s disclaimer with its heading on the line', '<p>免责声明 以上内容为用户在某某社区上传并发布，仅代表发帖用户观点。发表于北京市</p>'],
    ['credits with no name', '<p>作者: 未知 编辑:</p>'],
    ['a category box\'s label, a source label over the source\'s name, and a rights notice', '<p>文章分類</p><p>來源</p><p>某某圖輯隊</p><p>本文保留所有權利，禁止轉載或改編，未經書面同意不得使用。</p>'],
    ['the archive\'s restated date and source under their label', '<p>信息来源</p><p>日期: 2015年11月24日</p><p>来源: 人权观察 (Human Rights Watch)</p>'],
    ['a portal partner\'s pointer to its other stories, their links taken', '<p>更多三立新聞網報導:</p>'],
    ['a site\'s rights notice in numbered clauses', '<p>某某網版权与免责声明：</p><p>一、凡本站中注明“来源：某某网”的所有文字、图片和音视频，版权均属某某网所有。</p><p>二、凡来源非某某网的新闻（作品）只代表本网传播该消息，并不代表赞同其观点。</p>'],
    ['a site\'s word that its text is no advice', '<p>信息仅供参考，不构成任何之建议、推荐或指引。文章版权属于原著作权人，若您认为此文不宜被收录，请通知我们，我们收到通知后，会立即将您的作品从本网站删除。</p>'],
    ['a site\'s word against copying its own story', '<p>注：本文为某某网编译/原创，欢迎转发分享；但严禁复制等未经授权的非法使用。</p>'],
    ['a gallery\'s label whose pictures are gone', '<p>相關圖片</p>'],
    ['a site\'s tags with no label', '<p>性別友善廁所 變性 跨性別 身分證</p>'],
    [
      'a rights group\'s call for gifts, a line each, and its region\'s label',
      '<p>Your tax deductible gift can help stop human rights violations and save lives around the world.</p><p>$50</p><p>$100</p><p>$250</p><p>$500</p><p>$1000</p><p>Other $</p><p>捐款赞助</p><p>区域／国家</p>',
    ],
    // 蘋果日報's charity cases (joanne3634/appledaily start_charity_dev/db_articles/A3938.htm): the fund's line under each case.
    ['a charity\'s line to call for help or to give, with its hours', '<p>某某慈善基金會求助•捐款專線：0809-000000 (每日上午10時至晚上7時)</p>'],
    ['labels run together each with its value, under an emptied label', '<p>参考信息</p><p>区域／国家: 泰国</p><p>时间: 2023年2月6日 来源: Human Rights Watch 标签: LGBT权利 区域／国家: 亚洲 | 中国</p>'],
    ['a government site\'s stamps in the Republic\'s years, its maintainer, and a contact line', '<p>資料維護：臺北市政府衛生局</p><p>更新日期：113-10-29 瀏覽人次：1637</p><p>联系方式 QQ:12345 EMAIL: a@example.org</p>'],
    ['a site\'s submission and subscription buttons', '<p>我要投稿</p><p>订阅信息</p>'],
    ['a comments heading with its count, a count whose label was lost, and a pointer to more picks', '<p>更多色情养成游戏推荐</p><p>评论区 (0)</p><p>: 0条</p>'],
    ['a parody wiki\'s retrieved-from line', '<p>检索自：https://unnews.example.org/wiki/某某?oldid=84851</p>'],
    ['an archive\'s note of what it kept', '<p>以上信息整理为多元性别相关内容存档。 *</p>'],
    ['the archive\'s restated head with its note that no picture was kept', '<p>相关信息</p><p>日期：2015年5月22日 来源：人权观察 主题：LGBT权利 区域／国家：爱尔兰 作者：人权观察</p><p>图片</p><p>无相关重要图片需要显示</p>'],
    ['a news site\'s app promotion', '<p>下载适用于您的iOS或Android设备的某某新闻应用程序。</p>'],
    // 禁闻网's copy of a 希望之声 story (zydd999/bnews8 comments/20201212/1446188.md): the call under the outlet's terms.
    ['an outlet\'s reprint terms and its call to subscribe to its newsletter', '<p>本文章或节目经某某之声编辑制作，转载请注明某某之声并包含原文标题及链接。</p><p>欢迎订阅某某之声电子报，我们会每天精选最精彩内容为您呈现</p>'],
    ['a game site\'s pointer to its topic page', '<p>更多相关资讯请关注：某某游戏专区</p>'],
    ['a comment count and an emptied comments label', '<p>评论</p><p>评论0条</p>'],
    ['an emptied label of the rights and the source', '<p>版权与来源</p>'],
    ['a rights label in the traditional script over a site\'s Creative Commons terms', '<p>版權信息</p><p>本新聞授權條款: 創用CC 姓名標示 3.0 台灣 (CC BY 3.0) 授權條款</p>'],
    ['a hospital\'s foot: its rights label, its counter, address and postcode', '<p>版权声明</p><p>总访问量：09317608 地址：某某路227号 邮编：200025 电话：021-63846590</p><p>地址：某某区某某路52号（某某寺） 邮编：100142 咨询电话：010-88121122</p>'],
    ['an emptied label of the notes, and of a site\'s popular tags', '<p>注释</p><p>最受欢迎的标签</p>'],
    ['a reposting site\'s note that it reposts with leave, and a pointer to the original', '<p>本文經《某某格子》授權轉載，原文發表於此 原標題：新世紀性別意識</p><p>原文出處: 快新聞／全台首例勝訴</p>'],
    ['the note in brackets, set by the site that reposts', '<p>（本文為《某報》授權《某某》轉載。原文鏈接）</p><p>※本文由某某網站授權刊載，原標題為《美國校園社交現場》，未經同意禁止轉載</p>'],
    ['a site\'s download buttons under emptied related labels', '<p>相关稿件</p><p>下载组图 / 查看原图</p><p>下载 (158 kB)</p><p>下载报告</p>'],
    // 苹果日报's pitch under its stories, copied by 禁闻网 (zydd999/bnews8 worldnews/20200425/1319100.md).
    ['a newsletter\'s pitch and its button', '<p>《某报》全新四大主题新闻信盯紧疫情及重要新闻订阅完全免费</p><p>点我订閲新闻信</p>'],
    // 正见网's pages on 禁闻网 (zydd999/bnews8 tculture/20121025/73065.md): the recording's link and how to save it.
    ['a recording\'s download link with its how-to', '<p>MP3录音下载 下载方法：按鼠标器右键，在弹出菜单中选择「目标文件保存为…」(Save Target As…)。</p><p>MP3录音下载方法：按鼠标器右键。</p>'],
    ['a site\'s rights label over its word against reposting, run long, and its mail', '<p>版权保护</p><p>本文为《某某侨报网》原创作品，未经授权，任何第三方不得以任何形式转载、摘编、复制或以其他方式使用本文内容。如需转载或引用，请在正文开头明显位置标注本文的出处，并在文末附上原文链接。</p><p>联系邮箱：desk@example.com。</p>'],
    ['a comment box with nothing in it yet', '<p>全部评论</p><p>暂无评论，快来发表你的评论吧</p>'],
    ['a site\'s call to follow it over its platforms\' names', '<p>Follow Yuan Tung</p><p>Facebook YouTube LinkedIn Twitter</p>'],
    // Yahoo's, 3DM's and Entrevue's feet (project-polymorph/news-website): a rights label over a copyright line, a colon left
    // alone under it, the platforms under their label.
    ['a copyright line under its rights label, and a colon left alone', '<p>版权信息：Copyright © 2003-2018 某某网 违法和不良信息举报（021-00000000） All Right Reserved</p><p>版权: © 2019 某某新闻</p><p>:</p>'],
    ['a site\'s stance label, its notice gone before', '<p>立场声明</p>'],
    // A saved Facebook post (明潮's): its counts, the posting page's card under its heading, the tool's ownership line.
    ['a saved post\'s counts, the posting page\'s card and its ownership line', '<p>Like: 10</p><p>Comment:</p><p>Share: 314 views</p><p>相关页面</p><p>某某 M\'INT Verified account</p><p>版权</p><p>内容由某某 M\'INT 发布，所有权归其所有。</p>'],
    ['a site\'s platforms under their label', '<p>社交媒体: Twitter | Instagram | Facebook</p>'],
    // UN News's foot under each story: the source under its label, its call to subscribe to its mails.
    ['a source under its label, and a call to subscribe to the site\'s mails', '<p>来源</p><p>某某新闻</p><p>直接通过您的邮箱接收每日更新 <a href="https://news.example.org/zh/content/subscribe">点击此处订阅相关主题</a></p>'],
    // Its link left as Markdown (an address with a space in it does not render).
    ['a call to subscribe whose link did not render', '<p>直接通过您的邮箱接收每日更新 [点击此处订阅相关主题](https://news.example.org/zh/content/subscribe?utm_source=UN News&amp;utm_medium=email&amp;utm_campaign=un_news_newsletter)</p>'],
    ['a site\'s calls for news tips', '<p>如果您有新闻线索或资料给某某，请进入安全投稿爆料平台。</p><p>某某網WhatsApp爆料熱線 (437)4289394，爆料一經錄用，薄酬致意。</p>'],
    ['labels run together with credits of no one, and the page\'s buttons', '<p>來源: 某某婦女館 日期: 2023年4月7日 標籤: 跨性別、醫療 作者: 不詳 編輯: 不詳</p><p>回上一頁 回頂端</p><p>返回顶部</p>'],
    ['a numbered clause of a site\'s rights notice', '<p>③ 如因作品内容、版权和其它问题需要同本网联系的，请在30日内进行。</p><p>如遇作品内容、版权等问题，请在相关文章刊发之日起30日内与本网联系。</p>'],
    ['a portal\'s statement that a post came from its publishing platform', '<p>腾讯「某某社区」是腾讯内容开放平台帐号（企鹅号）传播渠道之一，根据《腾讯内容开放平台服务协议》转载发布内容。</p>'],
    ['a last update\'s date, a bare date and a view counter', '<p>更新日期：2023-05-09</p><p>2021-07-06 10:20:30</p><p>瀏覽人次：1234</p>'],
    [
      'a wiki news story\'s own-reporting note, its share label, where the page was retrieved from and its categories\' label',
      '<p>消息来源</p><p>原创报导</p><p>这篇文章含有维基记者的第一手新闻。请参看对话页了解详情。</p><p>本篇报道已经存档，不能再作修订。</p><p>依据存档常规，存档后之修正只限于非内容事项（错别字、格式等）。</p><p>分享：</p><p>检索自“https://zh.wikinews.org/w/index.php?title=某某&amp;oldid=1”</p><p>分类</p>',
    ],
    [
      'a wiki news story\'s cited sources, each closing on its outlet and date, and a source\'s licence note',
      '<p>消息来源</p><p>某某，德国通过《性别自决法》 简化更改性别、姓名程序，公视，2024年4月15日。</p><p>Germany eases gender change rules，BBC，2024年4月15日。</p><p>這篇新聞報道的全部或部分內容，來自《某某線》。</p><p>隐藏分类：</p>',
    ],
    ['新浪\'s prompt whose label was taken before, and its counters', '<p>: 输入评论内容</p><p>评论：5条 | 参与网友评论</p><p>0条评论 | 0人参与我有话说</p>'],
    ['新浪\'s old pointer to its comments, and its app\'s promotion', '<p>发表评论: 点击这里</p><p>海量资讯、精准解读，尽在新浪财经APP</p>'],
    ['中国新闻网\'s old comment box, its labels taken', '<p>: 请您评论 进入社区 登录 / 注册 匿名评论</p><p>： | 我要评论</p>'],
    ['搜狐\'s old comment box with its rules, its empty count and its share button', '<p>我来说两句 所有评论(0条) 热门评论区 辩论区</p><p>3、遵守《全国人大常委会关于维护互联网安全的决定》及中华人民共和国其他各项有关法律法规</p><p>: (人参与)</p><p>转发至： 搜狐微博 (0)</p>'],
    ['中国新闻网\'s rights foot and a magazine\'s word on its stories', '<p>声明：刊用《某某周刊》稿件务经书面授权</p><p>本网站所刊载信息，不代表中新社观点。 刊用本网站稿件，务经书面授权。法律顾问:某某律师事务所 某某 某某</p>'],
    ['中国新闻网\'s related label set apart and its pointers to the channel', '<p>:::相 关 报 导:::</p><p>更多精彩内容请进入健康频道</p><p>返回国际频道更多精彩内容</p>'],
    ['a portal\'s picture and link sections\' labels, their contents gone', '<p>重要图片</p><p>重要链接</p>'],
    ['搜狐\'s old anonymous box and its site\'s picks\' label', '<p>用 户：匿名发出</p><p>用户：匿名 隐藏地址 设为辩论话题</p><p>精彩图片</p>'],
    ['搜狐号\'s stamp of where the account posted from over its note\'s label, and a link\'s label with its value', '<p>报道链接: 搜狐新闻</p><p>发布于：北京市 作者声明</p>'],
    ['a link\'s label whose link is the original, and an emptied label of references', '<p>来源链接</p><p>参考链接：</p>'],
  ])('takes %s closing the text', (_case, foot) => {
    const el = root(`${text}${foot}`);
    cutPortalFoot(el);
    expect(squashed(el)).toBe(squashed(root(text)));
  });

  it('keeps a closing sentence that speaks of subscribing by mail', () => {
    const el = root(`${text}<p>读者可以通过电子邮件订阅本刊的每周通讯。</p>`);
    cutPortalFoot(el);
    expect(el.textContent).toContain('读者可以通过电子邮件订阅本刊的每周通讯。');
  });

  it('keeps a post\'s only paragraph that closes on its word against reposting, long or short', () => {
    for (const html of [
      '<p>今天发布电影传奇 “《某某》之《某某》”。解密不为人知的历史传奇和电影故事。《某某》是上海电影制片厂摄制的越剧戏曲艺术片，于1954年8月24日上映。该片讲述祝英台女扮男装到书院读书，与同学梁山伯相爱，但祝父把英台许配给马家，梁山伯忧郁而死，英台殉情，二人化蝶永不分离。某某拥有《某某》授权。欢迎分享，严禁转载！</p>',
      '<p>今天发布电影传奇 “《某某》之《某某》”。解密不为人知的历史传奇和电影故事。某某拥有《某某》授权 - 永久在全球的网络传播权。欢迎分享，严禁转载！</p>',
    ]) {
      const el = root(html);
      cutPortalFoot(el);
      expect(squashed(el)).toBe(squashed(root(html)));
    }
  });

  it.each([
    ['a closing line that says more than a source\'s name under its label, a sentence that asks for mail, and two names', '<p>来源：据当地媒体报道，事件仍在调查之中，警方呼吁知情者提供线索。</p><p>如有线索，请致电警方热线。</p><p>王小明 李大华</p>'],
    ['an event\'s day, times and place closing a press release, and a repost\'s credit that points nowhere', '<p>日期：2019 年 6 月 28 日（星期五） 時間：2:10-2:45 地點：某某公園 新聞報到：公園的資訊亭</p><p>本文经授权转载自某某独立媒体</p>'],
    ['a last line under a break that is a sentence', '<p>据报道，法院认为被告无明显过错。<br>标签：这是作者为本文所加的说明，读者可自行判断。</p>'],
  ])('keeps %s', (_case, foot) => {
    const html = `${text}${foot}`;
    const el = root(html);
    cutPortalFoot(el);
    expect(squashed(el)).toBe(squashed(root(html)));
  });

  it('takes a site\'s tags, or its labels run together, set under the last paragraph by a line break; the paragraph stays', () => {
    const last = '2011年，W小姐提出上訴，但被駁回；2012年，W小姐上訴到香港終審法院，並在2013年獲終審法院判處勝訴。';
    for (const under of ['<strong>標籤</strong>: 性別, 變性人, 結婚, 香港', '公布时间: 2022-09-14 标签: 人妖, 皇后, 爱情']) {
      const el = root(`${text}<p>${last}<br>${under}</p>`);
      cutPortalFoot(el);
      expect(squashed(el)).toBe(squashed(root(`${text}<p>${last}</p>`)));
    }
  });

  // 中天's, 鏡週刊's, TVBS's and 親子天下's helplines under stories of violence and self-harm, the law has them print; a partner's
  // pointer to more of its stories may follow them.
  it('takes the helplines an outlet must print under the text, wherever they stand among its last lines', () => {
    const foot = '<p>★《某週刊》關心您，再給自己一次機會，安心專線：1925（24小時）／生命線：1995／張老師專線：1980</p><p>《某台》提醒您：</p><ul><li>拒絕暴力 請撥打110</li><li>反霸凌專線：0800-200-885</li><li>法律扶助基金會：(02)412-8518</li></ul><p>《中天關心您|拒絕暴力行為，尊重身體自主權》</p><p>保護專線：113/ 110</p><p>若須諮商或相關協助，請撥打下列專線：<br>衛福部24小時安心專線：1925（依舊愛我）<br>張老師專線：1980</p>';
    const pointer = '<p>更多某某文章：擁抱玫瑰少年</p>';
    const el = root(`${text}${foot}${pointer}`);
    cutPortalFoot(el);
    expect(squashed(el)).toBe(squashed(root(`${text}${pointer}`)));
    // The rule the page set over them closes the text once they are gone.
    const ruled = root(`${text}<p>──</p>${foot}`);
    cutPortalFoot(ruled);
    expect(squashed(ruled)).toBe(squashed(root(text)));
  });

  it('keeps a closing line that tells of a helpline', () => {
    const html = `${text}<p>警方提醒您，如遇詐騙可撥打165反詐騙專線查詢，或向附近派出所報案。</p><p>我们关心您的健康，请按时复诊。</p>`;
    const el = root(html);
    cutPortalFoot(el);
    expect(squashed(el)).toBe(squashed(root(html)));
  });

  // moomoo's disclaimer over its licences, 倍可亲's, and a finance site's "据此操作风险自担", long as they run.
  it('takes a word that the text is no advice to invest, closing it however long', () => {
    for (const notice of [
      `声明：本内容仅用作提供资讯及教育之目的，不构成对任何特定投资或投资策略的推荐或认可。更多信息 风险及免责提示：${'本内容未考虑任何特定人士的投资目标、财务状况或需求。'.repeat(40)}`,
      '：某某刊载此文不代表同意其说法或描述，仅为提供更多信息，也不构成任何投资或其他建议。转载需经某某同意并注明出处。',
      '本文观点与本站立场无关，不承担任何责任。未经证实的信息仅供参考，不做任何投资和交易根据，据此操作风险自担。',
    ]) {
      const el = root(`${text}<p>${notice}</p>`);
      cutPortalFoot(el);
      expect(squashed(el)).toBe(squashed(root(text)));
    }
  });

  // 明報's box: its label, its most-read list's heading and titles under it; its related links' label left empty.
  it('cuts from 明報\'s comment box label, and takes an emptied related links label', () => {
    for (const label of ['發表評論', '发评论:']) {
      const el = root(`${text}<p>相關鏈接:</p><p>${label}</p><h2>最高瀏覽量體育文章</h2><p>英超︱曼聯宣布4助教離隊(16:23) - 20241112</p>`);
      cutPortalFoot(el);
      expect(squashed(el)).toBe(squashed(root(text)));
    }
  });

  it('takes 明報\'s tag label left alone under the text, and a comment box\'s notice that the comments are the readers\' own', () => {
    for (const foot of [
      '<p>相關字詞：</p>',
      '<p><strong>评论区</strong><br>网友评论仅供网友表达个人看法，并不表明某某网同意其观点或证实其描述。</p>',
    ]) {
      const el = root(`${text}${foot}`);
      cutPortalFoot(el);
      expect(squashed(el)).toBe(squashed(root(text)));
    }
  });

  // 天维网's word against reposting asks for written leave, its clauses long.
  it('takes a site\'s word that its pages may not be reposted without written leave', () => {
    const el = root(`${text}<p>未经《某某网》书面许可，对于《某某网》拥有版权、编译和/或其他知识产权的任何内容，任何人不得复制、转载、摘编或在非《某某网》所属的服务器上做镜像，否则将追究法律责任。</p>`);
    cutPortalFoot(el);
    expect(squashed(el)).toBe(squashed(root(text)));
  });

  // 第一财经's notice asks for written leave in other words.
  it('takes a rights notice that asks for written authorisation', () => {
    const el = root(`${text}<p>版权信息：此内容为某某原创，著作权归某某所有。未经某某书面授权，不得以任何方式加以使用，包括转载、摘编、复制或建立镜像。某某保留追究侵权者法律责任的权利。</p>`);
    cutPortalFoot(el);
    expect(squashed(el)).toBe(squashed(root(text)));
  });

  // A saved Facebook video: the tool's comment heading over readers and their age, then the post's counts.
  it('cuts a social post\'s comments stamped with their age, and its counts, however short the post', () => {
    const post = '<p>新加坡地铁内一男子强扒车门！</p>';
    const el = root(`${post}<h3>最相关评论:</h3><p>Syvia Hong</p><p>48 हफ़्ते前</p><p>Tony Chin: 假新闻，人云亦云</p><p>评论时间: 1年前</p><p>观看次数: 9.7K</p>`);
    cutPortalFoot(el);
    expect(squashed(el)).toBe(squashed(root(post)));
  });

  it('takes a social post\'s counts closing it: views, likes (网易\'s "4赞" too), comments, shares', () => {
    for (const counts of ['点赞: 80 4 2K', '評論總數：176 觀看次數：115K', 'Like: 10', 'Comment:', 'Share: 314 views', '新闻观看次数：3.6k', '總播放量: 120.5K views', '18 Likes', '3K Plays', '1.2萬個讚', '4赞']) {
      const el = root(`${text}<p>${counts}</p>`);
      cutPortalFoot(el);
      expect(squashed(el)).toBe(squashed(root(text)));
    }
  });

  // A government site's foot: its office's address, phone and fax, its contact lines, the QR code to its front page.
  it('takes a site\'s contact lines and its QR code closing the text', () => {
    const el = root(`${text}<p>某市政府性別平等辦公室 70801某市安平區永華路二段6號5樓 聯絡電話：(06)299-1111#8761 專線：(06)2982058 傳真：(06)2980339</p><p>地址：高雄市某路100號</p><p>電話：886-7-312-1101 ext. 2204</p><p>傳真：886-7-312-3500</p><p>電子郵件：gender@example.edu.tw</p><p>[QRCode-連結到某市政府性別主流化專區]</p>`);
    cutPortalFoot(el);
    expect(squashed(el)).toBe(squashed(root(text)));
  });

  // An exhibition's place closes its story; a sentence that speaks of a QR code is the text's.
  it('keeps an address or a phone alone closing the text, and a sentence about a QR code', () => {
    for (const line of ['地址：油麻地眾坊街3號駿發花園H2地舖', '联系电话:010-64466970', '在規定觀畫的距離，以iphone相機1x鏡頭拍攝，完全掃描不到QRcode']) {
      const html = `${text}<p>${line}</p>`;
      const el = root(html);
      cutPortalFoot(el);
      expect(squashed(el)).toBe(squashed(root(html)));
    }
  });

  // 联合国新闻's "版权信息" over its name; Human Rights Watch's over its latest reports.
  it('cuts from a rights label set alone among the last lines, with the short lines under it', () => {
    for (const under of ['<p>联合国新闻</p>', '<p>2024年 09月 24日 Report: ‘我们再也不能秉笔直书’</p><p>2024年 05月 22日 Report: ‘教育群众改变思维’</p>']) {
      const el = root(`${text}<p>版权信息</p>${under}`);
      cutPortalFoot(el);
      expect(squashed(el)).toBe(squashed(root(text)));
    }
  });

  // 橙新聞's writer box, Yahoo's with the bio on the label's line.
  it('cuts from a writer\'s box among the last lines', () => {
    for (const box of ['<p>作者簡介：</p><p>某某，著名的炒股理論家，吃喝玩樂家，過去還曾經當過社論主筆。</p>', '<p>作者簡介： 某某，嘰嘰喳喳美少女。喜歡說話，喜歡聽。</p>']) {
      const el = root(`${text}${box}`);
      cutPortalFoot(el);
      expect(squashed(el)).toBe(squashed(root(text)));
    }
  });

  it('takes a reposting site\'s word that its texts come from the web, its credit of where the text first ran, and a pointer to the writer\'s other posts', () => {
    for (const line of ['重要提示文章部分内容及图片来源于网络，我们尊重作者版权，若有疑问可与我们联系。侵权及不实信息举报邮箱至：tousu@example.org', '原文刊载于某某中文网站，转发略有编辑，原标题：How the Self Transformed Sex']) {
      const el = root(`${text}<p>${line}</p><p>投稿人: 某某 某某的其他文章</p>`);
      cutPortalFoot(el);
      expect(squashed(el)).toBe(squashed(root(text)));
    }
  });

  it('takes the round\'s closing furniture: share buttons, reaction counts, a site\'s own pages, a vote button, credits to the web, topic and keyword labels', () => {
    const feet = [
      ['0发表评论', '分享到微信朋友圈', '新浪转发'],
      ['1 👍', '1 😲', '7 😠'],
      ['图片来源', 'Telegram | 小红书', '评论次数: 228 次转发'],
      ['13 次转发'],
      ['如果发现本网站有任何文章侵犯你的权益,请立刻联系本站站长，通知给予删除', '关于我们 | 联系方式 | 使用协议 | 隐私政策'],
      ['注释：本文仅供参考，具体情况应咨询医生。', '版权：© 2023 医尚整形网', '顶'],
      ['资料来源： 网络'],
      ['相关专题: 美东南活动预告 / 美东南社区人物'],
      ['新闻关键词： 变性'],
    ];
    for (const foot of feet) {
      const el = root(`${text}${foot.map((line) => `<p>${line}</p>`).join('')}`);
      cutPortalFoot(el);
      expect(squashed(el)).toBe(squashed(root(text)));
    }
    // A sentence that speaks of sharing, a site's pages or a doctor stays.
    for (const kept of ['<p>她说，关于我们这一代人的故事，还没有人写过。</p>', '<p>专家提醒，本文所述疗法仅供参考，患者应咨询医生后再作决定，切勿自行用药。</p>']) {
      const el = root(`${text}${kept}`);
      cutPortalFoot(el);
      expect(squashed(el)).toBe(squashed(root(`${text}${kept}`)));
    }
  });

  it('returns the credits of a writer\'s card it took among the closing lines', () => {
    const el = root(`${text}<p>作者：烟斗哥 来源：鲸娱网 累计发文：26708篇 时间：2024-09-15</p><p>关于我们 | 联系方式 | 使用协议 | 隐私政策</p>`);
    expect(cutPortalFoot(el)).toBe('作者：烟斗哥 来源：鲸娱网 累计发文：26708篇 时间：2024-09-15');
    expect(squashed(el)).toBe(squashed(root(text)));
  });
});
