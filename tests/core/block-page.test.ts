// Block and error pages saved in an article's place (forms/block-page.ts); whole pages are folders in tests/pages/generic
// (saved-block-page-cloudflare, saved-bot-check-page, saved-browser-error-page).
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { blockPageReason, htmlTitleOf } from '../../src/core/forms/block-page';

const parse = (html: string) => new JSDOM(html).window.document;
const BLOCKED = 'block page (the site refused the saver)';

describe('blockPageReason', () => {
  it('knows Cloudflare’s block page by its elements, whatever its title', () => {
    // A site's own title over Cloudflare's block (its custom error page keeps #cf-wrapper).
    expect(blockPageReason(parse('<title>某报</title><div id="cf-wrapper"><h1>Sorry, you have been blocked</h1></div>'))).toBe(BLOCKED);
  });

  it('knows block pages by their whole title only: a headline that names one is an article', () => {
    expect(blockPageReason(parse('<title>Access Denied</title><h1>Access Denied</h1>'))).toBe(BLOCKED);
    expect(blockPageReason(parse('<title>403 Forbidden</title><center><h1>403 Forbidden</h1></center>'))).toBe(BLOCKED);
    expect(blockPageReason(parse('<title>Cloudflare WAF 連線錯誤頁面</title><h1>中時新聞網已停止您訪問本網站</h1>'))).toBe(BLOCKED);
    expect(blockPageReason(parse('<title>Cloudflare 全球故障 多个网站无法访问 | 德国之声</title><p>…</p>'))).toBeNull();
    expect(blockPageReason(parse('<title>Access denied: 香港记者被拒入境 - 美国之音</title><p>…</p>'))).toBeNull();
  });

  it('takes a page titled as a block page for one only while its paragraphs are a notice: a post may be titled so', () => {
    const notice = '<p>You don’t have permission to access this page on this server.</p><p>Reference #18.5f3c1702</p>';
    expect(blockPageReason(parse(`<title>Access Denied</title><h1>Access Denied</h1>${notice}`))).toBe(BLOCKED);
    const post = `<p>${'记者在边境被拒入境，当局没有给出理由。'.repeat(40)}</p><p>${'他说，这是第三次。'.repeat(40)}</p>`;
    expect(blockPageReason(parse(`<title>Blocked</title><h1>Blocked</h1>${post}`))).toBeNull();
  });
});

describe('WeChat’s notice in a post’s place', () => {
  const notice = (title: string) => `<title>微信公众平台</title><div class="weui-msg"><div class="weui-msg__text-area"><h2 class="weui-msg__title">${title}</h2></div></div>`;

  it('reads WeUI’s message box where no post body stands as the notice, quoting its words', () => {
    // Withheld (project-polymorph/beitong-raw-content raw/2018/); a deleted post's is tests/pages/generic/saved-wechat-deleted-post.
    expect(blockPageReason(parse(notice('此内容发送失败无法查看')))).toBe("WeChat notice in the post's place: 此内容发送失败无法查看");
  });

  it('leaves a post that carries a message box beside its body (#js_content) to be read', () => {
    expect(blockPageReason(parse(`${notice('该内容已被发布者删除')}<div id="js_content"><p>正文</p></div>`))).toBeNull();
  });

  it('knows a missing page by its whole title while it holds a notice only', () => {
    // WeChat's page for a dead link (beitong-raw-content raw/2018/).
    const missing = 'missing page (the site had no page at the address)';
    expect(blockPageReason(parse('<title>该页面不存在</title><div class="panel"><div class="mesg-block"><p>该页面不存在</p></div></div>'))).toBe(missing);
    expect(blockPageReason(parse(`<title>页面不存在</title><p>${'一个关于城市里消失的页面的故事。'.repeat(80)}</p>`))).toBeNull();
  });
});

describe('htmlTitleOf', () => {
  it('reads the page’s <title>, parsed into the body as an inert parse of a saved file puts it, never an SVG title', () => {
    const doc = new JSDOM('').window.document;
    doc.body.innerHTML = '<svg><title>图标</title></svg><title>标题_腾讯新闻</title>';
    expect(htmlTitleOf(doc)).toBe('标题_腾讯新闻');
  });
});
