import { describe, expect, it } from 'vitest';
import {
  adoptDetachedCaptions,
  adoptSiblingCaptions,
  cutAtLine,
  joinDatelineToText,
  joinWrappedCjkLines,
  removeFrom,
  removeJunkBefore,
  removeLines,
  removeCaptionsOfNothing,
  removeContentsRun,
  removeRepeatedOpening,
  removeRepeatedTitle,
  settleMarkedCaptions,
  splitBreakParagraphs,
  trimEdges,
  wrapLooseText,
} from '../../../src/core/clean/blocks';
import { elementOf as root } from '../../helpers/element';

const squashed = (el: Element) => el.innerHTML.replace(/\s+/g, ' ').replace(/> </g, '><').trim();

describe('wrapLooseText', () => {
  it('wraps text left beside paragraphs, in the root and in containers', () => {
    const el = root('开头的正文<p>第二段</p><div>说明 <b>加粗</b><p>第三段</p>尾声<br></div>');
    wrapLooseText(el);
    expect(squashed(el)).toBe('<p>开头的正文</p><p>第二段</p><div><p>说明 <b>加粗</b></p><p>第三段</p><p>尾声</p></div>');
  });

  it('leaves blank runs and bare images where they are', () => {
    const el = root('<div>\n <img src="a.jpg">\n <p>文字</p></div>');
    wrapLooseText(el);
    expect(el.querySelectorAll('p')).toHaveLength(1);
    expect(el.querySelector('div > img')).not.toBeNull();
  });
});

describe('splitBreakParagraphs', () => {
  it('splits at two or more <br>s, keeps single line breaks', () => {
    const el = root('<p>第一段<br>\n<br>第二段第一行<br>第二行<br><br><br>署名</p>');
    splitBreakParagraphs(el);
    expect(squashed(el)).toBe('<p>第一段</p><p>第二段第一行<br>第二行</p><p>署名</p>');
  });

  it('leaves an image with its caption line alone', () => {
    const el = root('<p><img src="a.jpg"><br>图片说明<br></p>');
    splitBreakParagraphs(el);
    expect(el.querySelectorAll('p')).toHaveLength(1);
  });
});

describe('adoptSiblingCaptions', () => {
  it('makes a figure of an image and the next block when the image alt says the same', () => {
    const el = root('<div><div><img alt="多伦多集会。(受访者提供)" src="a.jpg"></div><div><span>多伦多集会。(受访者提供)</span></div></div><p>正文</p>');
    adoptSiblingCaptions(el);
    expect(squashed(el)).toBe('<div><figure><img alt="多伦多集会。(受访者提供)" src="a.jpg"><figcaption>多伦多集会。(受访者提供)</figcaption></figure></div><p>正文</p>');
  });

  // Yahoo's picture whose alt is Getty's caption closing on its credit, the credit set again under it.
  it('makes a figure of an image and the photo credit under it that closes its alt', () => {
    const alt = 'Hunter Schafer attends a party in Los Angeles, California. (Photo by Momodu Mansaray/FilmMagic)';
    const el = root(`<p><img alt="${alt}" src="a.jpg"></p><p><em>(Photo by Momodu Mansaray/FilmMagic)</em></p><p><img alt="A party (Getty)" src="b.jpg"></p><p>A party in Los Angeles.</p>`);
    adoptSiblingCaptions(el);
    expect(el.querySelectorAll('figcaption')).toHaveLength(1);
    expect(el.querySelector('figcaption')?.textContent).toBe('(Photo by Momodu Mansaray/FilmMagic)');
    expect(el.querySelectorAll('p')).toHaveLength(2);
  });

  it('never takes body text for a caption', () => {
    const el = root('<div><img alt="照片" src="a.jpg"></div><p>正文第一段，与图片无关。</p>');
    adoptSiblingCaptions(el);
    expect(el.querySelector('figure')).toBeNull();
    expect(el.querySelector('p')?.textContent).toBe('正文第一段，与图片无关。');
  });
});

describe('removeLines and cutAtLine', () => {
  it('removes only whole lines that match', () => {
    const el = root('<p>正文提到来源：看中国的报道。</p><div><p>来源: 看中国</p></div>');
    removeLines(el, [/^来源\s*[:：]\s*\S{1,12}$/u]);
    expect(squashed(el)).toBe('<p>正文提到来源：看中国的报道。</p><div></div>');
  });

  it('cuts from the first matching line to the end of the article, across levels', () => {
    const el = root('<div><p>正文</p><p>本文短网址: x</p><p>版权所有</p></div><p>诚征会员</p>');
    cutAtLine(el, [/^本文短网址/u]);
    expect(squashed(el)).toBe('<div><p>正文</p></div>');
  });
});

describe('removeFrom, removeJunkBefore, trimEdges', () => {
  it('removes a node, what follows it, and the separators before it', () => {
    const el = root('<p>正文</p><hr>++++++<br><br>手机上长按并复制<a href="x">链接</a><hr><h4>导航</h4>');
    const marker = Array.from(el.childNodes).find((n) => n.textContent === '手机上长按并复制')!;
    removeJunkBefore(marker);
    removeFrom(marker, el);
    expect(squashed(el)).toBe('<p>正文</p>');
  });

  it('trims rules and empty blocks at both ends, keeps images', () => {
    const el = root('<hr>\n<div> </div><p>正文</p><br><hr><p>-----</p>');
    trimEdges(el);
    expect(squashed(el)).toBe('<p>正文</p>');
    const withImage = root('<p><img src="a.jpg"></p><hr>');
    trimEdges(withImage);
    expect(withImage.querySelector('img')).not.toBeNull();
  });
});

describe('joinWrappedCjkLines', () => {
  it('drops prettify line breaks between Chinese characters, across inline elements', () => {
    const el = root('<p>\n  俄罗斯总统\n  <span>\n   普京\n  </span>\n  发动战争。\n</p>');
    joinWrappedCjkLines(el);
    expect(el.textContent?.trim()).toBe('俄罗斯总统普京发动战争。');
  });

  it('keeps the break where a Latin word meets it', () => {
    const el = root('<p>会见了\n  William Evanina\n  主任</p>');
    joinWrappedCjkLines(el);
    expect(el.textContent).toBe('会见了\n  William Evanina\n  主任');
  });
});

describe('joinDatelineToText', () => {
  it('opens the first paragraph again with the dateline set apart from it', () => {
    const body = root('<figure><figcaption>图说</figcaption></figure><p><span>华盛顿 —&nbsp;</span></p><p>就在中国新冠肺炎病例减少之际……</p>');
    joinDatelineToText(body);
    expect([...body.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['华盛顿 — 就在中国新冠肺炎病例减少之际……']);
  });

  it('keeps a line with a dash that is no dateline, and a dateline with nothing after it', () => {
    const sentence = root('<p>我们问——</p><p>历史中的理想城邦对现在有怎样的影响？</p>');
    joinDatelineToText(sentence);
    expect(sentence.querySelectorAll('p')).toHaveLength(2);
    const alone = root('<p>华盛顿 —</p>');
    joinDatelineToText(alone);
    expect(alone.textContent).toBe('华盛顿 —');
  });
});

describe('removeRepeatedTitle', () => {
  const title = '美国亚裔反歧视：“我们并不柔弱、胆小、沉默”';

  it('takes out the headline repeated as the first line', () => {
    const body = root(`<div><strong>${title}</strong></div><p>美国亚特兰大亚裔按摩店发生枪击案后……</p>`);
    removeRepeatedTitle(body, title);
    expect(body.textContent).toBe('美国亚特兰大亚裔按摩店发生枪击案后……');
  });

  it('looks past a lead picture and its caption (美国之音 under its picture), and keeps a caption that is the title', () => {
    const story = '<p>就在中国新冠肺炎病例减少、欧美国家病例显著增加之际，来自中国、主题为外国新冠病毒“疫情失控”、“华商关门歇业”的假信息活动也开始大量出现在海外华人社交媒体的网络空间。</p>';
    const body = root(`<figure><img src="a.jpg"><figcaption>台湾法务部调查局在脸书帐号上敦促民众识别假信息</figcaption></figure><p>&nbsp;<br>${title}</p>${story}`);
    removeRepeatedTitle(body, title);
    expect(body.querySelectorAll('p')).toHaveLength(1);
    const captioned = root(`<figure><img src="a.jpg"><figcaption>${title}</figcaption></figure>${story}`);
    removeRepeatedTitle(captioned, title);
    expect(captioned.textContent).toContain(title);
  });

  // A video post of a 新唐人 mirror (corpus: Wolfy87/ntdtv): under the player's picture, its one line of text is the title.
  it('keeps the title under a picture over a video\'s stand-in and credits', () => {
    const html = `<figure><img src="a.jpg"><figcaption>文睿（视频截图）</figcaption></figure><p>${title}</p><p>（视频：请到原文观看）</p><p>──转自《睿眼看世界》本文只代表作者的观点和陈述。</p><p>（责任编辑：李明）</p>`;
    const body = root(html);
    removeRepeatedTitle(body, title);
    expect(body.innerHTML).toBe(html);
  });

  it('keeps a first line that only begins like the headline, and a headline that is all the text', () => {
    const opening = root(`<p>${title}，她们说。</p><p>正文。</p>`);
    removeRepeatedTitle(opening, title);
    expect(opening.textContent).toContain('她们说');
    // A video post whose one line is its title (NodeBE4/society).
    const alone = root(`<p>${title}</p>`);
    removeRepeatedTitle(alone, title);
    expect(alone.textContent).toBe(title);
  });

  // First lines of Terminus2049 posts under their titles: a lead into the title in words, a line that runs on
  // from it, and the opening sentence a title was cut from are the text's.
  it.each([
    ['我被学生举报了！', '周一上午，我被学生举报了！'],
    ['404大厦', '404大厦负责城市的清洁。'],
    ['面对逼迫，我会怎么做', '面对逼迫，我会怎么做？我在基督面前祈祷立志，并经过深思熟虑后，决定以和平的方式面对。'],
    ['以人民的名义，向央企动刀！中国正在玩一场需要超高技术的财政平衡术', '中国正在玩一场需要超高技术的财政平衡术。'],
  ])('keeps a first line that only shares words with the title "%s"', (postTitle, first) => {
    const body = root(`<p>${first}</p><p>正文。</p>`);
    removeRepeatedTitle(body, postTitle);
    expect(body.textContent).toBe(`${first}正文。`);
  });

  it.each([
    ['北京大学95级徐芃、王敖：请长江学者沈阳不要再说谎了', '微信原文:北京大学95级徐芃、王敖请长江学者沈阳不要再说谎了 已失效'],
    ['性别平等倡导者：我们被约与被谈', '原文 性别平等倡导者：我们被约与被谈'],
    ['西伦敦暴力事件', '煮咖啡的劳伦斯 荒诞主义咖啡：西伦敦暴力事件'],
    ['景云里7号现在的说明（11.30）', '景云里7号现在的说明'],
  ])('takes out the title "%s" wrapped in a note or standing without its own', (postTitle, first) => {
    const body = root(`<p>${first}</p><p>正文。</p>`);
    removeRepeatedTitle(body, postTitle);
    expect(body.textContent).toBe('正文。');
  });
});

describe('settleMarkedCaptions', () => {
  // The heads of 禁闻网's text edition (zydd999/bnews8 headline/, cnnews/): RFA's and 阿波罗网's lead pictures dropped, their
  // captions kept.
  it('takes out a caption of a picture the copy dropped, marked by its bracketed credit or its opening words', () => {
    const el = root('<p><span>图为东京一间工厂正制造奥运火炬。（路透社资料图片）</span></p><p>日本首相安倍晋三再提及东京奥运会。</p><p>左为蒋超良，右为马国强（网络图片）</p><p>图：在新西兰外长的提议下，纪念宣言中删除了党文化语言</p><p>正文。</p>');
    settleMarkedCaptions(el);
    expect(squashed(el)).toBe('<p>日本首相安倍晋三再提及东京奥运会。</p><p>正文。</p>');
  });

  it('takes out captions credited to a news agency, a photographer or the people interviewed, and no sentence so credited', () => {
    // RFA's captions as 禁闻网 (headline/) and waimei (_posts/) copy them: "（美联社）", "(路透社)", "（作者 摄）", "（受访者提供）".
    // 禁闻网 (cbnews/) keeps ABC's "(agency: photographer)"; a paragraph of three sentences crediting an agency is the text's.
    const wire = '美方周二宣布新的制裁。北京随即表示反对。外交部称将采取反制措施。（路透社）';
    const el = root(`<p>世界卫生组织总干事谭德塞（法新社）</p><p>邹宗翰/张慈 (路透社)</p><p>香港首富李嘉诚。（路透）</p><p>图为参加峰会的韩国总统文在寅。（韩联社/美联社）</p><p><br> （网络图片）</p><p>墙上挂满了店铺的联系电话。（视频截图合成）</p><p>博图斯于周二早上抵达澳大利亚。（ABC News：Taryn Southcombe）</p><p>追悼范轶然的纪念台（作者 摄）</p><p>杨朱华的监护人公证书（受访者提供）</p><p>普通养老院活动区（图片拍摄：蓝字计划）</p><p>${wire}</p><p>正文。</p>`);
    settleMarkedCaptions(el);
    expect(squashed(el)).toBe(`<p>${wire}</p><p>正文。</p>`);
  });

  it('takes out captions crediting where the picture came from, in brackets or after the words', () => {
    // 禁闻网's copies (zydd999/bnews8 headline/, cnnews/, baitai/) of 自由时报's, RFA's, 阿波罗网's and WeChat accounts' captions.
    const captions = [
      '新加坡总理夫人回应转载台湾捐赠口罩新闻。(截图自何晶脸书)',
      'WHO干事长遭台湾揭露私下派人与台湾接触。(资料照)',
      '台北市美国商会会长（左）、执行长（右）。（资料照、记者夏小华摄） Photo: RFA',
      '近期有研究发现，血型O的人可能较不容易感染病毒。(示意图／翻摄自Pixabay)',
      '朝鲜国务委员长。（资料照／截自推特）',
      '拜登儿子杭特（Hunter Biden）。 图：翻摄自维基网站',
      '▲河北承德境内的金山岭长城 图源/摄图网',
      '▲图片来源于@某某',
      '前厅长传出至少包养过146名女生。图片来源:网易',
      '发表第二篇论文，声称病毒是「超限生物武器」。资料照片',
      '布鲁氏菌显微图像©网络照片',
      '4月，中共给维族人举行没有尼卡的中式（汉式）婚礼。（Bahadir Tarimi/推特）',
      '香港卫视综合台副台长昨在微博上贴出蜡烛。翻摄微博',
      '如果看不清共产党的妖魔嘴脸，从生命到财产都将被共产党洗劫一空。示意图',
      '美国两个航母战斗群集结在西太平洋。图为资料照。',
      '美国前国家安全顾问博尔顿(John Bolton)，资料照。',
      '墨西哥富商遭螺旋桨削中头部身亡。（影片来源：YouTube，若遭移除请见谅）',
      '台湾高雄市长韩国瑜罢免案6月6日下午4时截止投票，大批民众到场等待开票结果。（中央社）',
      '英国医疗界警告，中国产呼吸机可使病人“遭到重大伤害，包括致死”。图为呼吸机示意图。',
      '协商破局后，印度调兵进驻战备地区。（示意照片）图：翻摄Quora网站',
      // 世界日报's credits (topimagenews/, cnnews/), and the source line under an embedded video.
      '国防部27日正式公布海军飞行员拍摄的三段已流传多年的解密影片。(取材自YouTube)',
      '广州一间幼稚园附近发生砍人事件。（取材自微博）',
      '影音来源：Eric Berger YouTube',
      '视频来源: 深圳电视台',
      // 新头壳's credit of a picture taken from a named account, and a caption giving the day the picture was taken.
      '新西兰外交部长皮特斯今日宣布，新西兰已经中止与香港的引渡协议。图：翻摄自Winston Peters脸书。',
      '美国总统川普和俄罗斯总统普京（摄于2019年6月28日）。',
    ];
    const el = root(`${captions.map((caption) => `<p>${caption}</p>`).join('')}<p>正文。</p>`);
    settleMarkedCaptions(el);
    expect(squashed(el)).toBe('<p>正文。</p>');
  });

  it('takes out captions crediting who provided the picture, or a photographer with the agency or outlet', () => {
    // RFA's captions as 禁闻网 (headline/2020041) copies them, 大纪元's and 看中国's credits of their own photographers
    // (topimagenews/, lifebaike/), and agencies' photographers as the Epoch Times credits them.
    const captions = [
      '西藏企业家多吉扎西2008年被捕，其后被判无期徒刑。（志愿者提供/记者乔龙）',
      '中国搜狐网出现一篇文章，指哈萨克曾经是中国的一部分。（网站截图/乔龙提供）',
      '2020年4月19日，台湾军方派出化学兵部队，对敦睦舰队三艘军舰进行消毒。（国防部提供）',
      '《爱情美乐地》讲述跨性别舞孃的情欲纠葛。（图／传影互动提供）',
      '台湾中华战略前瞻协会研究员揭仲（资料图/RFA）',
      '北京学者形容中国面对 “八十国联军”。（视频截图/路透社）',
      '密歇根州耶利哥城墙集会游行。（林慧心／大纪元）',
      '乔石在一次会议上说，香港回归毕竟不是什么特别光荣的事。（摄影：庞大伟/看中国）',
      '跨性别支持者在波士顿儿童医院外示威。(Joseph Prezioso/AFP)',
      '议者集会反对变性者使用YMCA的女性更衣室。( SANDY HUFFAKER/AFP via Getty Images)',
      '中国经济所有的红灯都亮了；美国和盟友再次团结，好人一起对抗坏人。（大纪元合成）',
      '美国斯克里普斯研究中心专家描绘出的结构图谱，揭示了抗体结合的位点。（图撷取Scripps Research Institute自官网）',
      '民主党内部分人士有意换下众院议长裴洛西（前）。（图取自facebook.com/NancyPelosi）',
      // The outlet alone credits its own photo (topimagenews/).
      '2020年4月27日，雾霾下的北京朝阳区。（大纪元）',
      '在疫情期间，法轮功学员冒着被抓被关的危险，黏贴真相不干胶。（明慧网）',
    ];
    // RFA's lead under its video, closing on its reporters' credit, a translator's credit and an outlet's credit after
    // three sentences close the text's paragraphs.
    const text = [
      '武汉雷神山医院已完成收治新冠肺炎患者的使命，并于上周功成身退正式关闭。（黄小山/程文 报道）',
      '民主党领袖们谴责这种行为。（译者：张茗喧/核稿：刘淑琴）',
      '学而时习之，不亦说乎？（取自《论语》）',
      '这种药物的成分。（化学合成）',
      '美方周二宣布新的制裁。北京随即表示反对。外交部称将采取反制措施。（大纪元）',
    ];
    const el = root(`${[...captions, ...text].map((line) => `<p>${line}</p>`).join('')}<p>正文。</p>`);
    settleMarkedCaptions(el);
    expect(squashed(el)).toBe(`${text.map((line) => `<p>${line}</p>`).join('')}<p>正文。</p>`);
  });

  it('takes its repeat under it without the credit too, and nothing else', () => {
    const el = root('<p><span>13学者促全国人大独立调查疫情。（法新社资料图片）</span></p><p><b>13</b><b>学者促全国人大独立调查疫情</b></p><p>北京独立学者查建国对本台说。</p>');
    settleMarkedCaptions(el);
    expect(squashed(el)).toBe('<p>北京独立学者查建国对本台说。</p>');
  });

  it('leaves the text\'s lead that the caption restates', () => {
    const lead = '中国战狼外交接连受到挫折。中国驻斯里兰卡大使馆推特账号本周一（13日）被暂停。';
    const el = root(`<p><span>${lead}（路透社资料图片）</span></p><p>${lead}</p><p>正文。</p>`);
    settleMarkedCaptions(el);
    expect(el.querySelectorAll('p')).toHaveLength(2);
    expect(el.firstElementChild?.textContent).toBe(lead);
  });

  it('makes it the caption of the one picture right before it, past blank paragraphs', () => {
    const el = root('<p><img src="a.jpg"></p><p></p><p>石正丽接受中国环球电视网采访。（影片截图）</p><p>正文。</p>');
    settleMarkedCaptions(el);
    expect(el.querySelector('figure > figcaption')?.textContent).toBe('石正丽接受中国环球电视网采访。（影片截图）');
    expect(el.querySelectorAll('p')).toHaveLength(2);
  });

  it('leaves a marked paragraph with no picture before it in a copy that kept its pictures, and a paragraph of lines', () => {
    // 香港商報's last paragraph credits the page's picture (news-website 未分类/hkcd_…); 海外网's one paragraph holds the
    // caption, the text and the editor as lines.
    const kept = root('<p><img src="a.jpg"></p><p>正文。</p><p>去年2月，終審法院裁定，撤銷入境處的決定。（圖源：路透社資料圖）</p>');
    const lines = root('<p>图为手术前，高先生在医院。<br>正文: 8月17日下午，长春德惠市30岁的高先生站在桥上。<br>(责编：侯兴川)</p>');
    settleMarkedCaptions(kept);
    settleMarkedCaptions(lines);
    expect(kept.textContent).toContain('終審法院裁定');
    expect(lines.textContent).toContain('图为手术前');
  });

  it('leaves prose that only speaks of a picture, and a long paragraph closing on a credit', () => {
    const prose = '<p>他在微博上贴出一张图片，说这是他拍的。</p><p>他说，这些资料照片都来自网上。</p><p>版权所有©2020</p><p>记者当天翻摄了这份文件的内容。</p><p>警方当天公布了嫌犯的资料照。</p>';
    const long = `<p>${'据报道，当局在各地加强了管控措施。'.repeat(15)}（资料图片）</p>`;
    const el = root(prose + long);
    settleMarkedCaptions(el);
    expect(el.querySelectorAll('p')).toHaveLength(6);
  });
});

describe('removeCaptionsOfNothing', () => {
  it('takes out the caption of a picture the copy dropped, and leaves a paragraph set in a caption-only figure', () => {
    const lost = '<figure><figcaption>江泽民在国庆晚宴上向习仲勋敬酒</figcaption></figure>';
    // RFI's caption of a lazy picture whose placeholder went as a tracking pixel: long, and one sentence.
    const rfi = `<figure><figcaption>Image d'archive RFI: ${'Le gouverneur de Sao Paulo, Joao Doria (C), '.repeat(5)}7 janvier 2021. © NELSON ALMEIDA AFP 法新社</figcaption></figure>`;
    // A Medium story (禁闻网 baitai/20200823/1384430.md) sets a paragraph of its text in a figure's caption.
    const paragraph = `<figure><p></p><figcaption>${'上面的这个例子只展示了中国互联网言论管控的冰山一角，不过至少能帮你对舆论操控的具体策略有个大致了解。'.repeat(5)}</figcaption></figure>`;
    const el = root(`<p>正文。</p>${lost}<p>正文。</p>${rfi}<p>正文。</p>${paragraph}`);
    removeCaptionsOfNothing(el);
    expect(el.textContent).not.toContain('江泽民在国庆晚宴上');
    expect(el.textContent).not.toContain('Image d');
    expect(el.querySelectorAll('figcaption')).toHaveLength(1);
  });

  it('leaves a caption-only figure under a picture\'s box to the families that adopt it', () => {
    const el = root('<div><img src="a.jpg"></div><figure><figcaption>Photograph by Joe Raedle/Getty Images</figcaption></figure><p>正文。</p>');
    removeCaptionsOfNothing(el);
    expect(el.querySelector('figcaption')?.textContent).toBe('Photograph by Joe Raedle/Getty Images');
    adoptDetachedCaptions(el);
    expect(el.querySelector('figure > img + figcaption')?.textContent).toBe('Photograph by Joe Raedle/Getty Images');
  });
});

describe('removeContentsRun', () => {
  // 阿波罗网's roundups as 禁闻网 copies them (zydd999/bnews8 topimagenews/, cnnews/): the excerpt holds the section heads run
  // together; each case is the run and the heads of two of the text's sections.
  it.each([
    [
      'the text\'s own section heads',
      '北方火热黑龙江10级大风 南方水深汽车都冲走了 2020年实现全面小康社会？百姓说出了心声 中共在美国花大钱外宣 1家报纸就撒1900万美元',
      ['北方火热黑龙江10级大风 南方水深汽车都冲走了', '2020年实现全面小康社会？百姓说出了心声'],
    ],
    // topimagenews/20200630/1352740.md: the slider's heads, cut from the sections' heads, set with no comma.
    [
      'heads cut or worded anew from the sections\' heads',
      '习近平新动作统管预备役部队抖音偷窥 用户密码全都露美督促盟国将同方威视赶出欧洲台湾周边 中美军机同日秀肌肉',
      ['习近平新动作统管预备役部队 军队难保？', '美督促盟国将同方威视赶出欧洲市场'],
    ],
    // topimagenews/20200822/1384172.md: compared by their letters, a slider dropping its section head's quotation marks.
    ['heads without the quotation marks', '李雪主隐身是指标 五角大楼超越式进军6G中国维权律师被夺执照 要修宪千日见不到妻儿 有残废危险', ['李雪主隐身是指标 崔龙海幕后操盘国政', '五角大楼“超越式”进军6G 下一个兵家必争之地']],
    // topimagenews/20200604/1339660.md: six characters in a row shared.
    ['heads sharing six characters', '国保局悄改名 农民遭强制脱贫无法生存 38军退伍军人传国家文件引恐慌 抗强拆壮士出狱 百姓鞭炮庆贺', ['中国农民遭强制脱贫 当局只管搬迁…不管生存', '38军退伍军人传国家文件引发恐慌，国保抄家暴打绑架']],
    // topimagenews/20201226/1455443.md: bars between heads that hold commas.
    [
      'heads set apart by bars',
      '惊人分析：唯有拔刀相见，川普之“弱”让正义的力量，厚积薄发必将一招毙命|美媒：蓬佩奥正式审查中共是否犯下“种族灭绝”|新一轮人口普查密查信仰，中共当局：排查信神的是重要任务',
      ['美媒：蓬佩奥正式审查中共是否犯下“种族灭绝”', '新一轮人口普查密查信仰，中共：排查信神的是重要任务'],
    ],
  ])('takes out an opening run of %s', (_name, run, heads) => {
    const sections = heads.map((head, i) => `<p><strong>${head}</strong></p><p>正文${i + 1}。</p>`).join('');
    const el = root(`<p>${run}</p>${sections}`);
    removeContentsRun(el);
    expect(squashed(el)).toBe(sections);
  });

  it('leaves a lead that names its sections in sentences or in clauses, and a short opening line', () => {
    const lead = '<p>习近平正迎来社会稳定危机。受反送中启发？广州民众以共享单车堵路。中国的很多各省的卫视都发不出工资了。</p>';
    const byline = '<p>C.Planitia@catplanet</p>';
    // zydd999/bnews8 health/20201005/1408393.md: a lead with no full stop, quoting the heads of its sections.
    const clauses = '<p>生活中，很多人都听过各种各样的“健康建议”，就比如大家都听过的“受反送中启发？广州民众”、“中国的很多各省的卫视都发”…</p>';
    const sections = '<p>受反送中启发？广州民众以共享单车堵路</p><p>正文一。</p><p>中国的很多各省的卫视都发不出工资了</p><p>正文二。</p><p>C.Planitia</p><p>catplanet</p>';
    for (const opening of [lead, byline, clauses]) {
      const el = root(opening + sections);
      removeContentsRun(el);
      expect(squashed(el)).toBe(opening + sections);
    }
  });
});

describe('removeRepeatedOpening', () => {
  // 禁闻网's template (zydd999/bnews8 cbnews/20200322/1298081.md): the excerpt, the opening paragraph again, over the lead
  // picture's caption and the text.
  const opening = '飞机抵京后长达半天不能饮食如厕，到上海医院接受检查却被困十几个小时没饭吃，这一系列场景反映了近期不少海外华人回国后的遭遇。';
  it('takes out an excerpt over the text that one of its first paragraphs repeats', () => {
    const el = root(`<p>${opening}</p><p>此前，不少海外留学生和华人回国。（视频截图）</p><p>${opening}</p><p>因中共隐瞒疫情。</p>`);
    removeRepeatedOpening(el);
    expect(el.querySelectorAll('p')).toHaveLength(3);
    expect(el.firstElementChild?.textContent).toContain('此前');
  });

  // 禁闻网 finance/20200710/1358711.md: the site's excerpt is the opening paragraph's first hundred characters.
  it('takes out an excerpt cut short from a paragraph under it', () => {
    const whole = '两市上午成交额仍然突破万亿，截至最新，成交额已连续七日破万亿。不过，与前几日亢奋的情绪不同，今日市场开始谨慎起来。截至午间收盘，A股总市值蒸发6700亿，其中建设银行市值蒸发1325亿。';
    for (const excerpt of [whole.slice(0, 60), `${whole.slice(0, 60)}…`]) {
      const el = root(`<p>${excerpt}</p><p><strong>沪指止步八连涨</strong></p><p>7月10日早盘，沪指开盘瞬间跌幅超过1%。</p><p>${whole}</p><p>各路资金都呈现了大幅流出状态。</p>`);
      removeRepeatedOpening(el);
      expect(el.querySelectorAll('p')).toHaveLength(4);
      expect(el.firstElementChild?.textContent).toBe('沪指止步八连涨');
    }
  });

  // 禁闻网 topimagenews/20200331/1304098.md: the excerpt of an 阿波罗网 roundup is a paragraph of its third section.
  it('takes out an excerpt that a paragraph far down the text repeats', () => {
    const pulled = '欧洲病毒学专家董宇红博士表示，这样的提醒并不是没有道理的，病毒确实是可以慢性化的。';
    const sections = ['武汉到底死了多少人？', '众多死者家属在殡仪馆领取骨灰。', '受中共肺炎波及大陆高考延至七月举行', '3月31日，中共教育部发布消息称。', '两年内不要接触曾患者？专家：非危言耸听'];
    const el = root(`<p>${pulled}</p>${sections.map((line) => `<p>${line}</p>`).join('')}<p>${pulled}</p><p>不是危言耸听。</p>`);
    removeRepeatedOpening(el);
    expect(el.querySelectorAll('p')).toHaveLength(7);
    expect(el.firstElementChild?.textContent).toBe('武汉到底死了多少人？');
  });

  // 禁闻网 topimagenews/20200625/1350248.md (大纪元's): the excerpt runs the lead's two paragraphs together.
  it('takes out an excerpt that the text says again as two paragraphs', () => {
    const first = '有“举手机器”之称的中共人大代表申纪兰病危的消息在网上热传。';
    const second = '网上同时传出一张申纪兰躺在医院病床上的照片，显示申歪着躺在枕头上。';
    const el = root(`<p>${first}${second}</p><p>${first}</p><p>${second}</p><p>消息在社交媒体上引发热议。</p>`);
    removeRepeatedOpening(el);
    expect(squashed(el)).toBe(`<p>${first}</p><p>${second}</p><p>消息在社交媒体上引发热议。</p>`);
    // An opening that goes on past what the paragraphs under it say is the text's own.
    const own = root(`<p>${first}${second}他已住院多日。</p><p>${first}</p><p>${second}</p>`);
    removeRepeatedOpening(own);
    expect(own.querySelectorAll('p')).toHaveLength(3);
  });

  it('leaves an opening said once or three times, and a short line said twice', () => {
    const once = root(`<p>${opening}</p><p>因中共隐瞒疫情。</p>`);
    const refrain = root(`<p>${opening}</p><p>${opening}</p><p>${opening}</p>`);
    const short = root('<p>武汉居民仍然不敢出门</p><p>正文。</p><p>武汉居民仍然不敢出门</p>');
    for (const el of [once, refrain, short]) removeRepeatedOpening(el);
    expect(once.querySelectorAll('p')).toHaveLength(2);
    expect(refrain.querySelectorAll('p')).toHaveLength(3);
    expect(short.querySelectorAll('p')).toHaveLength(3);
  });
});
