// The generic fallback on pages no family layout claims. Fixtures in tests/fixtures/generic simulate
// unknown generators: corpus articles with their family's markers removed (no feedx link line, other
// front matter, plain Markdown, an invented HTML site template around the text).
import { describe, expect, it } from 'vitest';
import { articleOf, extractAs, extractServed, fixture, FORMS, paragraphsOf } from '../../fixtures/forms';

const MIRROR = 'https://github.com/some-mirror/wall-news/blob/main';

/** Body paragraphs: the text's paragraphs without the image captions. */
function bodyParagraphs(article: ReturnType<typeof articleOf>): string[] {
  const captions = new Set(article.images.map((image) => image.caption));
  return paragraphsOf(article.text).filter((p) => !captions.has(p));
}

describe('generic: Jekyll post of an unknown generator (德国之声 feed HTML)', () => {
  const source = fixture('generic/jekyll-post-dw.md');
  const url = `${MIRROR}/_posts/2021-07-06-spy-case.md`;

  it.each(FORMS)('as %s', (form) => {
    const article = articleOf(extractAs(form, source, url));
    expect(article.family).toBe('generic');
    // Front-matter title, site suffix cut.
    expect(article.title).toBe('涉嫌为中国提供情报 “双面间谍” 被逮捕');
    expect(article.outlet).toBe('德国之声');
    expect(article.published).toBe('2021-07-06');
    expect(bodyParagraphs(article)[0]).toMatch(/^（德国之声中文网）根据德广联/);
    // The feed's date line and the outlet's copyright notice are not article text.
    expect(article.text).not.toContain('2021-07-06T14:47:47');
    expect(article.text).not.toContain('德国之声版权声明');
    // A paragraph whose links make a fifth of its text is still prose.
    expect(article.text).toContain('相关报道援引德国联邦情报局前官员和安全界人士提供的消息指出');
    expect(bodyParagraphs(article).at(-1)).toMatch(/^Klaus L.和德国以及中国情报机关究竟有怎样的关系/);
    expect(article.images).toHaveLength(3);
  });
});

describe('generic: HTML page of an unknown site template (美国之音 text)', () => {
  const html = fixture('generic/pages-article-voa.html');
  const url = 'https://wall-news.github.io/2021/07/12/philippines-election.html';

  it('keeps the article, its own headline and its dates, and none of the site around it', () => {
    const article = articleOf(extractServed(html, url));
    expect(article.family).toBe('generic');
    // The page's <h1>, not "标题_墙外新闻".
    expect(article.title).toBe('菲律宾政府否认中国影响了该国2016年大选');
    // From the "来源：美国之音" line of the template.
    expect(article.outlet).toBe('美国之音');
    // The photo caption's "（2012年7月13日）" is no dateline; the path dates the page.
    expect(article.published).toBe('2021-07-12');
    expect(article.images[0]?.caption).toMatch(/^资料照：时任菲律宾外交部长/);
    expect(bodyParagraphs(article)[0]).toMatch(/^针对菲律宾前外交部长艾伯特∙德尔∙罗萨里奥/);
    expect(bodyParagraphs(article).at(-1)).toMatch(/^“我与中国做朋友，不是因为有援助/);
    for (const clutter of ['港澳', '热门文章', '分享到', '关于我们', '版权所有', '首页']) expect(article.text).not.toContain(clutter);
  });
});

describe('generic: plain Markdown article (法广 text)', () => {
  const source = fixture('generic/markdown-article-rfi.md');
  const url = `${MIRROR}/rfi/zuma-court.md`;

  it.each(FORMS)('as %s: heading as title, date line, credits read and dropped, related list taken', (form) => {
    const article = articleOf(extractAs(form, source, url));
    expect(article.family).toBe('generic');
    expect(article.title).toBe('获准对判决审查 祖马入狱服刑延期');
    expect(article.published).toBe('2021-07-05');
    expect(article.outlet).toBe('法广');
    expect(decodeURI(article.originalUrl ?? '')).toBe('http://www.rfi.fr/cn/国际/20210705-获准对判决进行审查-祖马入狱服刑延期');
    expect(article.related.map((link) => link.title)).toEqual(['南非前总统祖马被判藐视法庭罪入狱15个月', '南非反腐调查委员会传召祖马出庭作证']);
    const paragraphs = paragraphsOf(article.text);
    expect(paragraphs[0]).toMatch(/^79岁的南非前领导人祖马/);
    expect(paragraphs.at(-1)).toMatch(/^祖马目前面临敲诈、贿赂/);
    for (const clutter of ['发布时间', '来源：', '原文：', '本站每日同步', '返回首页']) expect(article.text).not.toContain(clutter);
  });
});

describe('generic: commentary with many tag links (大纪元 text without the feed markers)', () => {
  it('is an article, not an index, with the writer from the title and the editor credit', () => {
    const article = articleOf(extractAs('source', fixture('generic/tagged-commentary-epoch.md'), `${MIRROR}/posts/red-second-generation.md`));
    expect(article.title).toBe('王友群：红二代纷纷起来反抗中共暴政');
    expect(article.published).toBe('2021-07-01');
    expect(article.outlet).toBe('大纪元');
    expect(article.author).toBe('王友群');
    expect(article.editor).toBe('高义');
    expect(paragraphsOf(article.text)).toContain('结语');
  });
});

describe('generic: front matter', () => {
  it.each(FORMS)('never shows in the body, title or not (as %s)', (form) => {
    const paragraph = '<p>德广联报道称，这位学者为德国情报部门效力时间超过五十年，期间有机会以工作名义前往当时的苏联、巴尔干、南非和南亚多国，广结人脉，搭建网络。</p>';
    const source = `---\nlayout: default\npermalink: /2021/07/06/spy/\n---\n\n# 德国学者涉嫌为中国从事间谍活动被捕\n\n${paragraph.repeat(4)}\n`;
    const article = articleOf(extractAs(form, source, `${MIRROR}/2021/spy.md`));
    expect(article.title).toBe('德国学者涉嫌为中国从事间谍活动被捕');
    expect(article.text).not.toMatch(/layout|permalink|default/);
  });
});

describe('generic: CJK measures', () => {
  const sentence = '德广联报道称，这位学者为德国情报部门效力时间超过五十年，期间有机会以工作名义前往多国，广结人脉，搭建网络。';

  it('takes a short Chinese news item (about 200 Han characters) as an article', () => {
    const source = `# 德国逮捕涉嫌为中国从事间谍活动的学者\n\n${Array.from({ length: 4 }, () => sentence).join('\n\n')}\n`;
    const article = articleOf(extractAs('source', source, `${MIRROR}/posts/short.md`));
    expect(article.title).toBe('德国逮捕涉嫌为中国从事间谍活动的学者');
    expect(paragraphsOf(article.text)).toHaveLength(4);
  });

  it('finds no article in a note of a sentence or two', () => {
    const result = extractAs('source', `# 备忘\n\n${sentence}\n`, `${MIRROR}/notes/todo.md`);
    expect(result.kind).toBe('not-article');
  });

  it('keeps prose whose links make a quarter of its text, drops a block of bare links', () => {
    const linked =
      '<div><p>相关报道援引<a href="https://www.dw.com/zh/a-1">德国联邦情报局前官员</a>和<a href="https://www.dw.com/zh/a-2">安全界人士</a>提供的消息指出，此案的复杂之处在于，他不仅涉嫌为中国方面从事间谍工作，同时还和联邦情报局有着长年的合作关系。</p>' +
      '<p>报道说，<a href="https://www.dw.com/zh/a-3">位于巴伐利亚州首府的慕尼黑最高法院</a>已受理该案，检方的指控是他涉嫌从事情报收集工作。</p></div>';
    const nav = '<div><a href="/a">国际新闻频道首页</a> <a href="/b">德国政治与社会新闻</a> <a href="/c">中国与世界关系报道</a> <a href="/d">欧洲经济财经新闻</a></div>';
    const paragraph = `<p>${sentence}${sentence}</p>`;
    const source = `<div>${paragraph}${paragraph}${linked}${nav}${paragraph}${paragraph}</div>`;
    const article = articleOf(extractAs('source', source, `${MIRROR}/posts/linked.md`));
    expect(article.text).toContain('位于巴伐利亚州首府的慕尼黑最高法院已受理该案');
    expect(article.text).not.toContain('欧洲经济财经新闻');
  });
});

describe('generic: title', () => {
  const paragraphs = Array.from({ length: 4 }, () => '<p>德广联报道称，这位学者为德国情报部门效力时间超过五十年，期间有机会以工作名义前往当时的苏联、巴尔干、南非和南亚多国，广结人脉，搭建网络。</p>').join('\n');

  it('falls back to the file name, never to GitHub’s page title', () => {
    const url = `${MIRROR}/_posts/2021-07-06-德国学者涉嫌为中国从事间谍活动被捕.md`;
    for (const form of FORMS) {
      expect(articleOf(extractAs(form, `<div>\n${paragraphs}\n</div>\n`, url)).title).toBe('德国学者涉嫌为中国从事间谍活动被捕');
    }
  });

  it('takes no site logo heading for the title of an HTML page', () => {
    const html = fixture('generic/pages-article-voa.html').replace('<a class="logo" href="/">墙外新闻</a>', '<h1 class="logo"><a href="/">墙外新闻中文网</a></h1>');
    expect(articleOf(extractServed(html, 'https://wall-news.github.io/2021/07/12/philippines-election.html')).title).toBe('菲律宾政府否认中国影响了该国2016年大选');
  });

  it('cuts the site name off a page title in CJK style', () => {
    const html = `<!DOCTYPE html><html><head><title>德国学者涉嫌为中国从事间谍活动被捕｜墙外新闻</title></head><body><div id="main">${paragraphs}</div></body></html>`;
    expect(articleOf(extractServed(html, 'https://wall-news.github.io/2021/07/06/spy.html')).title).toBe('德国学者涉嫌为中国从事间谍活动被捕');
  });
});
