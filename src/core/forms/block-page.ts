// A saved page may be what the site or the browser showed instead of the article: a firewall's block page, a bot
// check, an error page. Told by the page's own markers (its whole title, the elements its maker writes), read on the
// markup as served: shaping drops the ids they carry.
import { WECHAT_POST_BODY } from '../hosts';
import { collapseWhitespace } from '../text';

// Cloudflare's block and error pages (#cf-wrapper, #cf-error-details: "Sorry, you have been blocked", "Attention
// Required!") and its bot check ("Just a moment...": #challenge-error-text, #challenge-form).
const FIREWALL_ELEMENTS = '#cf-wrapper, #cf-error-details, #challenge-error-text, #challenge-form';
// Chromium's own page for a site it could not load ("This site can’t be reached"), saved in the article's place.
const BROWSER_ERROR_ELEMENTS = '#main-frame-error';
// Whole titles of block and bot-check pages, which no article carries without its site's name: Cloudflare's, its
// WAF's custom page ("Cloudflare WAF 連線錯誤頁面"), Akamai's "Access Denied", a web server's "403 Forbidden". A page so
// titled is taken for one only while its paragraphs are a notice's few lines: a post may be titled "Blocked" alone.
const BLOCK_TITLE =
  /^(?:just a moment\.{3}|attention required! \| cloudflare|sorry, you have been blocked|cloudflare waf\b.{0,20}|access denied|blocked|40[13] (?:forbidden|unauthorized))$/iu;

const BLOCK_NOTICE_MAX_PROSE = 1000;

// WeChat's notice in a post's place, saved at the post's address: deleted by its author ("The content has been deleted
// by the author.", "该内容已被发布者删除"), withheld ("此内容发送失败无法查看", "此内容因违规无法查看"), its account moved. WeUI's
// message box stands where the post's body would: a page with the box and no body is the notice.
const WECHAT_NOTICE = '.weui-msg';
const WECHAT_NOTICE_TITLE = '.weui-msg__title';
const MAX_NOTICE_TITLE_CHARS = 80;

// Whole titles of a site's page for an address it has none at (WeChat's "该页面不存在" for a post's dead link), taken for one
// only while its paragraphs are a notice's few lines, as block titles are.
const MISSING_TITLE = /^(?:该页面不存在|該頁面不存在|页面不存在|頁面不存在|404 not found|page not found)$/iu;

const BLOCKED = 'block page (the site refused the saver)';
const MISSING = 'missing page (the site had no page at the address)';
const BROWSER_ERROR = 'browser error page (the site could not be reached)';

/** The first <title> of the HTML namespace: an inert parse of a saved file puts it in the body, beside SVG titles. */
export function htmlTitleOf(doc: Document): string {
  const title = Array.from(doc.getElementsByTagName('title')).find((el) => el.namespaceURI === 'http://www.w3.org/1999/xhtml');
  return collapseWhitespace(title?.textContent ?? '');
}

/** Whether the page's paragraphs hold no more text than a block page's notice: a walk that stops past it. */
function holdsNoticeProseOnly(doc: Document): boolean {
  let prose = 0;
  for (const paragraph of Array.from(doc.getElementsByTagName('p'))) {
    prose += collapseWhitespace(paragraph.textContent ?? '').length;
    if (prose > BLOCK_NOTICE_MAX_PROSE) return false;
  }
  return true;
}

/** WeChat's notice shown in a post's place, with its own words, or null. */
function wechatNotice(doc: Document): string | null {
  if (!doc.querySelector(WECHAT_NOTICE) || doc.querySelector(WECHAT_POST_BODY)) return null;
  const notice = collapseWhitespace(doc.querySelector(WECHAT_NOTICE_TITLE)?.textContent ?? '').slice(0, MAX_NOTICE_TITLE_CHARS);
  return notice ? `WeChat notice in the post's place: ${notice}` : "WeChat notice in the post's place";
}

/** Why a saved page is a block or error page shown in the article's place, or null. */
export function blockPageReason(doc: Document): string | null {
  if (doc.querySelector(BROWSER_ERROR_ELEMENTS)) return BROWSER_ERROR;
  const wechat = wechatNotice(doc);
  if (wechat) return wechat;
  if (doc.querySelector(FIREWALL_ELEMENTS)) return BLOCKED;
  const title = htmlTitleOf(doc);
  const reason = BLOCK_TITLE.test(title) ? BLOCKED : MISSING_TITLE.test(title) ? MISSING : null;
  return reason && holdsNoticeProseOnly(doc) ? reason : null;
}
