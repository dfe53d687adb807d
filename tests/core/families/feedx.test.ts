// The feedx family on layouts and outlets the corpus does not hold. Fixtures in tests/fixtures/feedx are
// written in the shapes the generator and the outlets' feeds produce (front matter, link line, feed HTML
// with the outlet's own markup), under an invented mirror account: rules must not depend on one.
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../src/core/source/front-matter';
import { articleOf, extractAs, extractServed, fixture, FORMS, paragraphsOf } from '../../fixtures/forms';
import { renderGithubBlobPage } from '../../helpers/github-page';

const MIRROR = 'https://github.com/mirror-account/feed-news/blob/master';

describe('feedx: 中央社 post (author is the outlet, CNA clutter)', () => {
  const source = fixture('feedx/cna-post.md');
  const url = `${MIRROR}/_posts/2023-08-01-外交部：持續與友邦深化合作 共同因應區域挑戰.md`;

  it.each(FORMS)('as %s', (form) => {
    const article = articleOf(extractAs(form, source, url));
    expect(article.family).toBe('feedx');
    expect(article.title).toBe('外交部：持續與友邦深化合作 共同因應區域挑戰');
    expect(article.outlet).toBe('中央社');
    expect(article.published).toBe('2023-08-01');
    expect(article.originalUrl).toBe('https://www.cna.com.tw/news/aipl/202308010100.aspx');
    // The caption block repeating the image's alt becomes its caption; carousel covers are no article images.
    expect(article.images).toHaveLength(1);
    expect(article.images[0]?.caption).toBe('外交部發言人1日在例行記者會上說明近期外交工作。（中央社檔案照片）');
    expect(paragraphsOf(article.text).filter((p) => !p.startsWith('外交部發言人1日'))[0]).toMatch(/^（中央社記者游凱翔台北1日電）/);
    for (const clutter of ['#外交部', '延伸閱讀', '聚焦新聞', '颱風外圍環流']) expect(article.contentHtml).not.toContain(clutter);
    expect(article.related.map((link) => link.title)).toEqual([
      '外交部長出訪友邦 簽署農業合作備忘錄',
      '友邦國會議長訪台 盼擴大雙邊經貿往來',
      '颱風外圍環流影響 北部山區午後防大雨',
      '世大運台灣隊再添一銀 射箭混雙晉級決賽',
    ]);
  });
});

describe('feedx: 日经中文网 post (author is a writer, the outlet is in the categories)', () => {
  const source = fixture('feedx/nikkei-post.md');
  const url = `${MIRROR}/_posts/2020-07-19-日本便利店加速引进自助收银.md`;

  it.each(FORMS)('as %s', (form) => {
    const article = articleOf(extractAs(form, source, url));
    expect(article.family).toBe('feedx');
    expect(article.outlet).toBe('日经中文网');
    expect(article.author).toBe('山田 太郎');
    expect(article.published).toBe('2020-07-19');
    // The image table (image row, caption row) is a figure.
    expect(article.images.map((image) => image.caption)).toEqual(['东京都内一家便利店的自助收银机（7月）']);
    expect(paragraphsOf(article.text)[0]).toMatch(/^日本的便利店正在加速引进自助收银机/);
    expect(article.text).not.toContain('版权声明');
  });
});

describe('feedx: opinion-site post (no link line, the whole scraped page as body)', () => {
  const source = fixture('feedx/opinion-post.md');
  const url = `${MIRROR}/_posts/-胡某：平台时代的数据边界.md`;

  it.each(['source', 'blob'] as const)('as %s: front matter gives title, writer and site; the page chrome goes', (form) => {
    const article = articleOf(extractAs(form, source, url));
    expect(article.family).toBe('feedx');
    expect(article.title).toBe('胡某：平台时代的数据边界');
    expect(article.author).toBe('胡某');
    expect(article.outlet).toBe('智识');
    expect(article.originalUrl).toBe('http://www.example-ideas.com/2249/data-boundary/');
    expect(paragraphsOf(article.text)[0]).toMatch(/^本文讨论互联网平台如何界定用户数据的边界/);
    for (const clutter of ['Leave a Reply', 'Categorized', '请订阅', 'By:', '3,908']) expect(article.text).not.toContain(clutter);
  });

  it('as pages: the theme keeps no `from`, so the generic reader takes it, with the same title', () => {
    const article = articleOf(extractAs('pages', source, url));
    expect(article.family).toBe('generic');
    expect(article.title).toBe('胡某：平台时代的数据边界');
    expect(article.text).not.toContain('Leave a Reply');
  });
});

describe('feedx: duty-machine list item (no front matter: timestamp comment, link line, feed HTML)', () => {
  const source = fixture('feedx/duty-machine-post.md');
  const url = `${MIRROR}/lists/自由亚洲电台/1625597499000_加拿大纪念新疆七五事件  见证者称当年坦克满大街.md`;

  it.each(FORMS)('as %s: title and original from the link line, date from the timestamp', (form) => {
    const article = articleOf(extractAs(form, source, url));
    expect(article.family).toBe('feedx');
    expect(article.title).toBe('加拿大纪念新疆七五事件 见证者称当年坦克满大街');
    expect(article.originalUrl).toBe('https://www.rfa.org/mandarin/yataibaodao/shaoshuminzu/lf-07062021131730.html');
    expect(article.outlet).toBe('自由亚洲电台');
    expect(article.published).toBe('2021-07-06');
    // RFA's inline related list and feedx.net's promo footer are not article text.
    expect(article.related.map((link) => link.title)).toEqual(['七五事件周年 土耳其维吾尔人在中领馆前示威', '欧盟回应关注新疆请愿书 持续为人权发声']);
    for (const clutter of ['获取更多RSS', 'feedx.net', '土耳其维吾尔人']) expect(article.contentHtml).not.toContain(clutter);
    const paragraphs = paragraphsOf(article.text);
    expect(paragraphs[0]).toMatch(/^加拿大东西岸城市发起纪念新疆七五事件/);
    expect(paragraphs.at(-1)).toMatch(/^自由亚洲电台记者柳飞/);
  });
});

describe('feedx: list page', () => {
  const source = fixture('feedx/list-page.md');
  const url = `${MIRROR}/lists/美国之音.md`;

  it.each(['source', 'blob'] as const)('as %s: an index of its items, linked from the repository root', (form) => {
    const result = extractAs(form, source, url);
    expect(result.kind).toBe('index');
    if (result.kind !== 'index') return;
    expect(result.family).toBe('feedx');
    expect(result.title).toBe('美国之音');
    expect(result.links.map((link) => link.title)).toEqual([
      '菲律宾政府否认中国影响了该国2016年大选',
      '美国国务院：中国应停止对维吾尔人的迫害',
      '习普下周视频会晤，拉住俄罗斯对习近平至关重要',
    ]);
    expect(decodeURI(result.links[0]?.url ?? '')).toBe(`${MIRROR}/lists/美国之音/1626100742000_菲律宾政府否认中国影响了该国2016年大选.md`);
  });

  it('as pages: still an index', () => {
    expect(extractAs('pages', source, url).kind).toBe('index');
  });
});

describe('feedx: title', () => {
  const post = (feedHtml: string) =>
    ['---', 'layout: post', 'title: "[China] 标题来自前言"', 'date: 2021-07-01T06:39:28.000Z', 'author: BBC', 'from: https://www.bbc.com/zhongwen/simp/chinese-news-1', 'tags: [ BBC ]', 'categories: [ BBC ]', '---', '<!--1625121568000-->', '[[China] 标题来自前言](https://www.bbc.com/zhongwen/simp/chinese-news-1)', '------', '', '<div>', feedHtml, '</div>', ''].join('\n');
  const paragraph = '<p>这是一段足够长的新闻正文，用来说明标题规则只看正文开头的大标题，而不会把正文中间的小节标题误当成文章标题。</p>';

  it('is the feed item’s own <h1> when it opens the item', () => {
    const article = articleOf(extractAs('source', post(`<div><h1>正文里的真正标题</h1></div><div><time datetime="2021-07-01">9 分钟前</time></div>${paragraph.repeat(3)}`), `${MIRROR}/_posts/2021-07-01-x.md`));
    expect(article.title).toBe('正文里的真正标题');
    expect(article.text).not.toMatch(/正文里的真正标题|分钟前/);
  });

  it('is the front-matter title, without its section tag, when the <h1> comes later', () => {
    const article = articleOf(extractAs('source', post(`${paragraph.repeat(3)}<h1>小节标题</h1>${paragraph}`), `${MIRROR}/_posts/2021-07-01-x.md`));
    expect(article.title).toBe('标题来自前言');
    expect(article.text).toContain('小节标题');
  });
});

describe('feedx: a blob view whose front-matter table shows a flow list as text ("[ 智识 ]")', () => {
  it('reads the list, not the brackets, as the outlet', () => {
    const { body } = splitFrontMatter(fixture('feedx/opinion-post.md'));
    const table =
      '<table><thead><tr><th>layout</th><th>title</th><th>author</th><th>from</th><th>tags</th><th>categories</th></tr></thead>' +
      '<tbody><tr><td>post</td><td>胡某：平台时代的数据边界</td><td>胡某</td><td>http://www.example-ideas.com/2249/data-boundary/</td><td>[ 智识 ]</td><td>[ 智识 ]</td></tr></tbody></table>';
    const url = `${MIRROR}/_posts/2021-07-01-平台时代的数据边界.md`;
    const article = articleOf(extractServed(renderGithubBlobPage(`${table}\n\n${body}`, url), url));
    expect(article.outlet).toBe('智识');
    expect(article.author).toBe('胡某');
  });
});

describe('feedx: 中国数字时代 post quoting tweets (real page, NodeBE4/news-beyond-wall)', () => {
  const source = fixture('feedx/tweets-post.md');
  const url = `${MIRROR}/_posts/2021-07-02-Berliner Bericht｜中共百年党庆.md`;

  it.each(FORMS)('as %s: the quoted tweets stay with their attribution; their chrome and emoji pictures go', (form) => {
    const article = articleOf(extractAs(form, source, url));
    // The two screenshots are the article's images; the 🐸 in each tweet's display name is a character.
    expect(article.images.map((image) => image.canonicalUrl)).toEqual([
      'https://chinadigitaltimes.net/chinese/files/2021/07/image-1625247195744.png',
      'https://chinadigitaltimes.net/chinese/files/2021/07/image-1625246074381.png',
    ]);
    expect(article.text).not.toContain('pic.twitter.com');
    const paragraphs = paragraphsOf(article.text);
    expect(paragraphs).toContain('#守护中共长命百岁是76亿人的中指 13/7600000000');
    expect(paragraphs).toContain('— 墙国蛙蛤蛤🐸（XSWL=习死亡了） (@GFWfrog) June 26, 2021');
    // The attribution keeps its link to the tweet, inside the quote.
    const doc = new DOMParser().parseFromString(article.contentHtml, 'text/html');
    const status = doc.querySelector('a[href*="/GFWfrog/status/1408805483679469579"]');
    expect(status?.closest('blockquote')?.textContent).toContain('匿名投稿');
  });
});

describe('feedx: an outlet\'s subscription pitches inside the item (real pages, NodeBE4/news-beyond-wall)', () => {
  it.each(FORMS)('as %s: 联合早报\'s banner linked to its subscribe page is no article image', (form) => {
    const article = articleOf(extractAs(form, fixture('feedx/zaobao-subscribe-banner.md'), `${MIRROR}/archived/2021-04-08/2021-04-08-南京首位女市长韩立明出任南京市委书记.md`));
    expect(article.images).toEqual([]);
    expect(paragraphsOf(article.text).at(-1)).toMatch(/^此前，江苏媒体交汇点客户端2月19日消息/);
  });

  it.each(FORMS)('as %s: 中央社\'s newsletter form goes with its icon; the article\'s photo stays', (form) => {
    const article = articleOf(extractAs(form, fixture('feedx/cna-newsletter-form.md'), `${MIRROR}/archived/2020-08-03/2020-08-03-來自中國種子等貨品.md`));
    expect(article.images.map((image) => image.canonicalUrl)).toEqual(['https://images.weserv.nl/?url=imgcdn.cna.com.tw/www/WebPhotos/1024/20200803/1024x768_094718754197.jpg']);
    for (const line of ['訂閱《早安世界》電子報', '請輸入正確的電子信箱格式', '感謝您的訂閱']) expect(article.text).not.toContain(line);
    expect(article.text).toContain('防檢局並說，這9件貨品多是來自民眾向電商平台購入其他商品時少量附贈');
  });
});

describe('feedx: a feed whose `author` is its site (real page, NodeBE4/news-beyond-wall)', () => {
  it.each(FORMS)('as %s: "Bitter Winter" on zh.bitterwinter.org is no writer', (form) => {
    const article = articleOf(extractAs(form, fixture('feedx/site-as-author-post.md'), `${MIRROR}/_posts/2020-11-30-致讀者信.md`));
    expect(article.title).toBe('致讀者信');
    expect(article.author).toBeNull();
  });
});
