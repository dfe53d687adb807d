import { describe, expect, it } from 'vitest';
import { chineseNumeralValue, frontMatterDate, isDateOnly, isoDate, parseChineseDate, parseDateline, parseLeadDateline, parseLooseDate, parseAddressDate, parsePathDate, titleDate } from '../../../src/core/meta/date';

describe('chineseNumeralValue', () => {
  it.each([
    ['2020', 2020],
    ['二零二零', 2020],
    ['二〇二〇', 2020],
    ['二○二○', 2020], // U+25CB, as typists write 〇
    ['二Ｏ一九', 2019],
    ['七', 7],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十一', 21],
    ['三十一', 31],
  ])('%s → %i', (text, value) => expect(chineseNumeralValue(text)).toBe(value));

  it.each(['', '十十', '二十二十', '两', 'abc'])('rejects %j', (text) => expect(chineseNumeralValue(text)).toBeNull());
});

describe('isoDate', () => {
  it('pads and validates the calendar', () => {
    expect(isoDate(2020, 3, 9)).toBe('2020-03-09');
    expect(isoDate(2020, 2, 29)).toBe('2020-02-29');
    expect(isoDate(2019, 2, 29)).toBeNull();
    expect(isoDate(2020, 13, 1)).toBeNull();
    expect(isoDate(1850, 1, 1)).toBeNull();
  });
});

describe('parseChineseDate', () => {
  it.each([
    ['2018年9月5日 07:45', '2018-09-05'],
    ['２０２０年１０月６日', '2020-10-06'],
    ['二零二零年七月十日', '2020-07-10'],
    ['二〇一九年十二月三十一日', '2019-12-31'],
    ['20年3月9日', '2020-03-09'],
  ])('%s → %s', (text, iso) => expect(parseChineseDate(text)).toBe(iso));

  it('has no date without a year or with an impossible one', () => {
    expect(parseChineseDate('8月31日')).toBeNull();
    expect(parseChineseDate('2019年2月30日')).toBeNull();
  });
});

describe('parseDateline', () => {
  it.each([
    ['【大纪元2020年03月09日讯】（大纪元记者万乐蕊美国伊利诺伊州大学园报导）3月8日下午', '2020-03-09'],
    ['【看中国2020年9月14日讯】有人9月13日披露', '2020-09-14'],
    ['【新唐人北京时间2020年10月06日讯】美国公民及移民服务局', '2020-10-06'],
    ['【希望之声2020年9月29日】（本台记者福明真综合报导）近日', '2020-09-29'],
    ['【明慧网二零二零年七月十日】某物业公司听说', '2020-07-10'],
    ['【明慧網二○二○年十二月三十一日】', '2020-12-31'],
    ['（大纪元记者李明台北2019年7月21日报导）', '2019-07-21'],
  ])('%s → %s', (text, iso) => expect(parseDateline(text)).toBe(iso));

  it('reads no dateline from datelines without a year, dates outside brackets, or text far down', () => {
    expect(parseDateline('路透华盛顿8月31日 - 美国国家反情报与安全中心主任称')).toBeNull();
    expect(parseDateline('2019年5月8日，中国华为公司高管孟晚舟离开住所。')).toBeNull();
    expect(parseDateline(`${'正文'.repeat(400)}【大纪元2020年03月09日讯】`)).toBeNull();
  });
});

describe('parseLeadDateline', () => {
  it('skips figure captions: a photo date is not the article date', () => {
    const root = document.createElement('div');
    root.innerHTML = '<figure><img src="a.jpg"><figcaption><p>资料照（2012年7月13日）</p></figcaption></figure><p>【大纪元2020年10月14日讯】据统计</p>';
    expect(parseLeadDateline(root)).toBe('2020-10-14');
  });
});

describe('parseLooseDate', () => {
  it('keeps the calendar date as written, whatever the offset', () => {
    expect(parseLooseDate('2018-09-05T07:45:09+08:00')).toBe('2018-09-05');
    expect(parseLooseDate('2021/7/1')).toBe('2021-07-01');
    expect(parseLooseDate('二零二零年七月十日')).toBe('2020-07-10');
    expect(parseLooseDate('')).toBeNull();
  });
});

describe('isDateOnly', () => {
  it('recognises the 2018 美国之音 published block', () => {
    expect(isDateOnly('2018年9月5日 07:45')).toBe(true);
    expect(isDateOnly('2018年9月5日，瑙鲁总统会见')).toBe(false);
  });

  it.each([
    'Mon, 12 Jul 2021 14:26:25 GMT', // feedx (美国之音)
    '2021-07-06T14:47:47.376Z', // feedx (德国之声)
    '05/07/2021 - 10:38', // 法广
    '9 分钟前', // BBC
    '发布时间：2021年07月05日 10:38',
    'Nov 4, 2024', // Minima's post date (a feed archive's built page, agora0/pen)
    '2024-04-29 HKT 11:30', // 香港電台, its time zone between the day and the time
  ])('recognises the feed date line %s', (line) => expect(isDateOnly(line)).toBe(true));

  // Saved portal pages (project-polymorph/news-website): 腾讯新闻's and 凤凰网's line over a user's post.
  it.each(['尘语者 2025-02-06 12:54发布于湖南 +关注', '新黄河 2025-02-15 06:51 发布于 山东新黄河客户端官方账号', '2018年05月30日 13:42:40 来自浙江省', '时间： 2024年10月24日 08:00:46 来自北京市'])(
    'recognises the portal\'s line over a post %s',
    (line) => expect(isDateOnly(line)).toBe(true),
  );

  it('leaves a reader\'s comment that closes with when and where it was posted, and a sentence saying where someone came from', () => {
    expect(isDateOnly('GCG_C 禁止变性合法国家的公民收养本国儿童，这点我觉得可以学一学。 2024-11-25 13:58 来自广东省')).toBe(false);
    expect(isDateOnly('2018年05月30日，来自浙江省的游客')).toBe(false);
  });

  it('leaves text that merely starts with a date', () => {
    expect(isDateOnly('2021-07-06 德国联邦检察院公布消息')).toBe(false);
    expect(isDateOnly('')).toBe(false);
  });
});

describe('parsePathDate', () => {
  it.each([
    ['gb/19/7/21/n11398898.md', '2019-07-21'],
    ['gb/2018/06/29/a1381600.md', '2018-06-29'],
    ['_posts/2021-07-01-title.md', '2021-07-01'],
    ['content/transcript/2022/03/20220316-1090666.md', '2022-03-16'],
    ['docs/2021/09/20/tongbao-en/index.html', '2021-09-20'],
    // 禁闻网's text edition: a day folder over the post's number.
    ['cbnews/20200610/1342591.md', '2020-06-10'],
    ['comments/20131119/1029445.md', '2013-11-19'],
  ])('%s → %s', (path, iso) => expect(parsePathDate(path)).toBe(iso));

  it.each(['content/transcript/2022/03/20210316-1090666.md', 'content/gnews/2444705.md', 'archive/2022/03/12345678-x.md', 'docs/2021/09/20/tongbao-en/notes/page.html', 'pages/12345678/408718.md', 'cbnews/20201340/1342591.md', 'cbnews/20200610/some-title.md'])('no date in %s', (path) =>
    expect(parsePathDate(path)).toBeNull(),
  );

  it('reads nothing from the generator paths, whose numbers are ids', () => {
    expect(parsePathDate('pages/yataibaodao/lf-10022020131258.md')).toBeNull();
    expect(parsePathDate('pages/73/408718.md')).toBeNull();
    expect(parsePathDate('pages/nsc413/n12466941.md')).toBeNull();
  });
});

describe('parseAddressDate', () => {
  it.each([
    ['https://www.hrw.org/zh-hans/news/2018/10/10/323286', '2018-10-10'],
    ['https://news.sina.cn/gn/2015-03-20/detail-iavxeafs1968450.d.html', '2015-03-20'],
    ['http://www.gxnews.com.cn/staticpages/20110531/newgx4de425b6-3842247-2.shtml', '2011-05-31'],
    ['https://www.wenxuecity.com/news/2015/01/25/3979054.html', '2015-01-25'],
  ])('%s → %s', (url, iso) => expect(parseAddressDate(url)).toBe(iso));

  it('reads whole path segments only: ids, queries and impossible days date nothing', () => {
    expect(parseAddressDate('https://sports.example.com/n20090414263371144.shtml')).toBeNull();
    expect(parseAddressDate('https://m-news.example.net/news/20240310-2006542.html')).toBeNull();
    expect(parseAddressDate('https://example.com/a?date=2024/03/10/')).toBeNull();
    expect(parseAddressDate('https://example.com/news/20241332/1.html')).toBeNull();
    expect(parseAddressDate('not an address')).toBeNull();
    expect(parseAddressDate(null)).toBeNull();
  });
});

describe('titleDate', () => {
  it('dates a page titled by a numeric day, filed that day or within the year after', () => {
    expect(titleDate('2023-03-31', '2023-07-19')).toBe('2023-03-31');
    expect(titleDate(' 2022.12.30 ', null)).toBe('2022-12-30');
  });

  it('ignores a title that is more than a date, a written-out date, or a day the page was filed long after or before', () => {
    expect(titleDate('2023-03-31 要闻', '2023-04-01')).toBeNull();
    expect(titleDate('1989年6月4日', null)).toBeNull();
    expect(titleDate('1989-06-04', '2019-06-04')).toBeNull();
    expect(titleDate('2024-01-02', '2023-12-30')).toBeNull();
    expect(titleDate('2023-03/31', null)).toBeNull();
  });
});

describe('frontMatterDate', () => {
  it('takes Wiki.js dateCreated before date', () => {
    expect(frontMatterDate({ date: '2023-05-01T00:00:00Z', dateCreated: '2019-03-02T00:00:00Z' })).toBe('2019-03-02');
  });

  it('takes the last edit when the date comes after it (an archive pinning a post), in either spelling of the key', () => {
    expect(frontMatterDate({ date: '2029-01-01T16:00:00.000Z', Lastmod: '2020-03-11T02:41:33+00:00' })).toBe('2020-03-11');
    expect(frontMatterDate({ date: '2031-01-04', lastmod: '2020-05-12' })).toBe('2020-05-12');
  });

  it('keeps the date when the last edit is that day or later, or unreadable', () => {
    expect(frontMatterDate({ date: '2025-11-15T00:02:24Z', Lastmod: '2025-11-15T00:02:25Z' })).toBe('2025-11-15');
    expect(frontMatterDate({ date: '2018-06-01', lastmod: '2021-02-03' })).toBe('2018-06-01');
    expect(frontMatterDate({ date: '2018-06-01', lastmod: 'yesterday' })).toBe('2018-06-01');
  });

  it('has no date from a last edit alone', () => {
    expect(frontMatterDate({ lastmod: '2020-03-11' })).toBeNull();
    expect(frontMatterDate(null)).toBeNull();
  });
});
