// A saved page may be what the site or the browser showed instead of the article: a firewall's block page, a bot
// check, an error page. Told by the page's own markers (its whole title, the elements its maker writes), read on the
// markup as served: shaping drops the ids they carry.
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

const BLOCKED = 'block page (the site refused the saver)';
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

/** Why a saved page is a block or error page shown in the article's place, or null. */
export function blockPageReason(doc: Document): string | null {
  if (doc.querySelector(BROWSER_ERROR_ELEMENTS)) return BROWSER_ERROR;
  if (doc.querySelector(FIREWALL_ELEMENTS)) return BLOCKED;
  return BLOCK_TITLE.test(htmlTitleOf(doc)) && holdsNoticeProseOnly(doc) ? BLOCKED : null;
}
