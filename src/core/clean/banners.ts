import { closestByTag, descendantsByTag, linksIn } from '../dom';
import { removeFrom, removeJunkBefore, textAfter } from './blocks';
import { SUBSCRIBE_WORD } from '../meta/labels';
import { SENTENCE_END } from '../text';
import { textOf } from './clutter';
import { removeChannelPitches } from './video-description';

// An outlet's own pitches set inside a feed item: a subscription banner (联合早报's "3 months for 99 cents"
// picture linked to its subscribe page), an app download button, a newsletter sign-up form (中央社's
// "訂閱《早安世界》電子報" box with its e-mail field's error icon). They are no pictures of the article.
// Known by what they point to and say, never by one outlet's addresses.

/** Where a banner leads: a subscription, newsletter or app-store page. */
const PITCH_LINK = /subscri|newsletter|apps\.apple\.com|itunes\.apple\.com|play\.google\.com\/store/i;
/** A subscription page: a line that is only a link there is a pitch. A line linking an app store is not (a guide's download line). */
const SUBSCRIPTION_LINK = /subscri|newsletter/i;
/** What a banner's alt says: "订阅", "Subscribe", "下载APP", "下载客户端". */
const PITCH_ALT = /订阅|訂閱|subscribe|下[载載]\s{0,2}(?:APP|App|app|客[户戶]端)/u;
/** An alt longer than this describes a picture (a caption that mentions an app), not a button. */
const MAX_PITCH_ALT_CHARS = 20;
/**
 * A circumvention mirror's notice to readers in China over its text, a paragraph or two that send them to its circumvention
 * downloads (禁闻网's text edition over every post: "大陆网友注意：本文中的链接…全部为禁网链接，未翻墙状态下打不开…请下载翻墙软件…" and
 * "备注：翻墙看新闻非常安全，…请放心大胆的翻墙。"). Known by how it opens and by the circumvention it names.
 */
const READER_NOTICE_OPENING = /^(?:(?:大陆|大陸|国内|國內)(?:网友|網友|读者|讀者)(?:请|請)?注意|(?:备注|備註)\s{0,2}[：:]\s{0,2}翻[墙牆])/u;
const CIRCUMVENTION_WORD = /翻[墙牆]/u;
/**
 * A line of circumvention downloads and ads that links them (禁闻网's under its text: "PC翻墙、安卓VPN翻墙APP、AD：搬瓦工官方翻墙服务…，
 * 不怕被墙", its words outside the links too): it names circumvention more than once and says no sentence.
 */
const CIRCUMVENTION_WORDS = new RegExp(CIRCUMVENTION_WORD.source, 'gu');
const MIN_AD_LINE_CIRCUMVENTION_WORDS = 2;
const MAX_AD_LINE_CHARS = 120;
/** The notice is a few sentences; a longer block that opens so is text. */
const MAX_READER_NOTICE_CHARS = 200;
/** A newsletter form's prompt and thanks: "訂閱《早安世界》電子報", "感謝您的訂閱！". */
const NEWSLETTER_LINE = /^(?:订阅|訂閱)\s{0,2}[《「“]?[^》」”]{1,20}[》」”]?\s{0,2}(?:电子报|電子報|newsletter)|^感[谢謝](?:您的)?(?:订阅|訂閱)/iu;
/** A sign-up form is a few short lines; past this its block holds article text. */
const MAX_FORM_CHARS = 120;
const LINE_TAGS = ['p', 'div', 'span', 'li', 'h3', 'h4', 'h5', 'h6'];
/** A book pitch closing a post: "请点击购买许章润教授著作：<a>戊戌六章</a>" (中国数字时代), a link to the shop. */
const BUY_LINE = /^(?:请|請)?(?:点击|點擊)?(?:购买|購買)[^：:]{0,30}[：:]/u;
const MAX_BUY_LINE_CHARS = 80;
/**
 * A news site's call to pay for it, closing every page: "請加入成為眾新聞的月費訂戶，長期支持我們的工作。", then its
 * sign-up link and the site's author box. The call opens the line (a report that someone asked people to join
 * says who asked first).
 */
const MEMBERSHIP_PITCH = /^(?:请|請)?(?:加入|成[为為])[^，。！,]{0,16}(?:[订訂](?:户|戶)|[会會][员員])/u;
// A closing call to subscribe names a newsletter and the act of subscribing.
const NEWSLETTER_WORD = /电子报|電子報|newsletter/iu;
const MAX_PITCH_CHARS = 120;
/** What may follow the call: its sign-up line, a columnist's box (avatar, name, a few lines about them). */
const MAX_AFTER_PITCH_CHARS = 500;
/** The call is among the page's last blocks. */
const PITCH_TAIL_BLOCKS = 8;

/**
 * A circumvention mirror's pointer to its guide for watching the video it leaves out, a line of its own where the video was,
 * with the video's caption, the box linking the full version and the post's tags after it: 禁闻网's text edition closes every
 * video post so ("如何加速观看YouTube？" over "<figure><figcaption>视频标题</figcaption></figure>").
 */
const VIDEO_GUIDE_POINTER = /^(?:如何|怎样|怎樣|怎么|怎麼)\s{0,2}(?:加速|翻[墙牆])?\s{0,2}(?:观看|觀看|看)\s{0,2}(?:YouTube|油管)\s{0,2}[？?]?$/iu;
/** The video site the pointer names: a page without it holds no pointer. */
const VIDEO_SITE_WORD = /YouTube|油管/iu;
/** What may follow the pointer: the caption, the box and the tags; past this the text goes on. */
const MAX_AFTER_VIDEO_POINTER_CHARS = 800;

/** Take out subscription banners, app buttons and newsletter forms, with their pictures. */
export function removePromoBanners(root: Element): void {
  const text = root.textContent ?? '';
  if (CIRCUMVENTION_WORD.test(text)) removeReaderNotices(root);
  if (VIDEO_SITE_WORD.test(text)) cutVideoGuidePointer(root);
  for (const img of descendantsByTag(root, ['img'])) {
    const link = closestByTag(img, ['a']);
    const alt = (img.getAttribute('alt') ?? '').trim();
    const pitchLink = link !== null && PITCH_LINK.test(link.getAttribute('href') ?? '');
    const pitchAlt = alt.length <= MAX_PITCH_ALT_CHARS && PITCH_ALT.test(alt);
    if (pitchLink || pitchAlt) (pitchLink && link && textOf(link) === '' ? link : img).remove();
  }
  if (/购买|購買/u.test(root.textContent ?? '')) removeBuyLines(root);
  cutClosingPitch(root);
  if (/[订訂][阅閱]/u.test(root.textContent ?? '')) {
    for (const line of descendantsByTag(root, LINE_TAGS)) {
      if (root.contains(line) && NEWSLETTER_LINE.test(textOf(line))) formAround(line, root).remove();
    }
  }
  // A linked pitch line ("点击订阅") left without its picture is no text either, nor a short line that is nothing
  // but a link to the subscription page ("[請支持《眾新聞》，成為訂戶](…/aboutus/#subscribe)").
  for (const link of linksIn(root)) {
    const href = link.getAttribute('href') ?? '';
    if (!root.contains(link) || !PITCH_LINK.test(href)) continue;
    const line = closestByTag(link, LINE_TAGS);
    const text = textOf(link);
    if (text === '') link.remove();
    else if (SUBSCRIPTION_LINK.test(href) && line && line !== root && text.length <= MAX_PITCH_CHARS && textOf(line) === text) line.remove();
  }
}

/**
 * A closing call to subscribe to the outlet's newsletter, a line linking its subscription page: 中央社's box under its morning
 * digest ("上午8點同步發送電子報！快來訂閱「早安世界」給你最精華的新聞摘要。", then "…快來和中央社做朋友。" and "歡迎訂閱中央社國際新聞電子報，…").
 */
function isNewsletterPitch(block: Element, text: string): boolean {
  return NEWSLETTER_WORD.test(text) && SUBSCRIBE_WORD.test(text) && linksIn(block).some((link) => SUBSCRIPTION_LINK.test(link.getAttribute('href') ?? ''));
}

/** A closing call to become a paying member or to subscribe to a newsletter, and the site's chrome after it. */
function cutClosingPitch(root: Element): void {
  const tail = descendantsByTag(root, ['p', 'div', 'li', 'h3', 'h4', 'h5', 'h6'])
    .filter((block) => textOf(block) !== '')
    .slice(-PITCH_TAIL_BLOCKS);
  const pitch = tail.find((block) => {
    const text = textOf(block);
    const isPitch = MEMBERSHIP_PITCH.test(text) || isNewsletterPitch(block, text);
    return text.length <= MAX_PITCH_CHARS && isPitch && textAfter(block, root).length <= MAX_AFTER_PITCH_CHARS;
  });
  if (!pitch) return;
  removeJunkBefore(pitch);
  removeFrom(pitch, root);
}

/** The video guide's pointer (VIDEO_GUIDE_POINTER), a line that is its link alone, and what follows it when little does; the
 * post is a video's, and its channel's pitches over the pointer go too. */
function cutVideoGuidePointer(root: Element): void {
  const pointer = descendantsByTag(root, ['p', 'div', 'li']).find((line) => {
    const links = linksIn(line);
    const text = textOf(line);
    return links.length === 1 && textOf(links[0]!) === text && VIDEO_GUIDE_POINTER.test(text);
  });
  if (!pointer || textAfter(pointer, root).length > MAX_AFTER_VIDEO_POINTER_CHARS) return;
  removeFrom(pointer, root);
  removeChannelPitches(root);
}

/** The circumvention notices (READER_NOTICE_OPENING) and ad lines (CIRCUMVENTION_WORDS) among the text's blocks. */
function removeReaderNotices(root: Element): void {
  for (const block of descendantsByTag(root, ['p', 'div', 'li'])) {
    const text = textOf(block);
    if (!root.contains(block)) continue;
    if (text.length <= MAX_READER_NOTICE_CHARS && READER_NOTICE_OPENING.test(text) && CIRCUMVENTION_WORD.test(text)) block.remove();
    else if (isCircumventionAdLine(block, text)) block.remove();
  }
}

function isCircumventionAdLine(block: Element, text: string): boolean {
  if (text.length > MAX_AD_LINE_CHARS || SENTENCE_END.test(text) || linksIn(block).length === 0) return false;
  return (text.match(CIRCUMVENTION_WORDS) ?? []).length >= MIN_AD_LINE_CIRCUMVENTION_WORDS;
}

/** Book pitches: a short line that asks to buy and links to the shop, with the separator set over it. */
function removeBuyLines(root: Element): void {
  for (const line of descendantsByTag(root, ['p', 'div', 'li'])) {
    const text = textOf(line);
    if (!root.contains(line) || text.length > MAX_BUY_LINE_CHARS || !BUY_LINE.test(text) || linksIn(line).length === 0) continue;
    removeJunkBefore(line);
    line.remove();
  }
}

/** The outermost block around a form line (below `root`) whose text is still a form's few short lines. */
function formAround(line: Element, root: Element): Element {
  let form = line;
  while (form.parentElement && form.parentElement !== root && textOf(form.parentElement).length <= MAX_FORM_CHARS) form = form.parentElement;
  return form;
}
