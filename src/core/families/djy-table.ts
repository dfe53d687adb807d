import type { IndexPage } from '../article';
import { imageHolder, removeLines, replaceWithFigure } from '../clean/blocks';
import { linkDensity, linksOf, removePromoBlocks, takeRelatedLists, textOf } from '../clean/clutter';
import { childElements, childNodesOf, closestByTag, descendantsByTag, descendantsWhere, HEADING_TAGS, linksIn } from '../dom';
import type { Family, Selection } from '../family';
import { originalUrlAfterLabel, originalUrlInText } from '../meta/original-url';
import { normaliseOutlet, outletOfUrl } from '../meta/outlet';
import type { SourcePage } from '../page';
import { fromNote, leadDateline } from '../sources';
import { collapseWhitespace } from '../text';

// 大纪元 / 新唐人 mirrors (gb/YY/M/D/nNNN.md, gb/YYYY/MM/DD/aNNN.md) laid out as one HTML table: a bar of
// image links on top, a row of text links, then the article cell (h2 title, lead image, h6 caption, <hr>,
// dateline paragraph…, credit and related lists, share QR code) beside a cell of promo posters. A minimal
// variant has no table: h1 title, image, a ```diff block as caption, <hr>, the text, a 原文地址 credit.
// Channel lists share the table but have no title heading; README portals link the channel lists.
// In jsdom, selectors cost far more than tree walks and localName tests: the rules below use the latter.

const LAYOUT = {
  outlets: new Set(['大纪元', '新唐人']),
  /** Image-only links in the table's first cell that make it the outlet's navigation bar. */
  minNavIcons: 4,
  /** The article title: the first h1/h2 of the article cell (subheadings in the text are h2 as well). */
  titleTags: new Set(['h1', 'h2']),
  /** A title is text; a heading made of a link is a channel list's entry. */
  maxTitleLinkDensity: 0.5,
  /** Linked headings that make the table a channel list even when it also has a text heading. */
  minChannelEntries: 5,
  /** The minimal variant: its title among the first blocks, its <hr> within a few blocks after the title. */
  maxLeadingBlocks: 3,
  maxHeaderBlocks: 4,
  /**
   * The generator's tail, cut from its first block on: a credit line with its link (本文转自<a>大纪元</a>,
   * 原文：<a>…</a>, 原文地址：<a>url</a>), or a list heading standing alone (相关新闻：, 下载翻墙软件浏览大纪元
   * 热门新闻：, 编辑推荐：, the share QR code's 手机上长按并复制…). A quoted "原文：" in the text has no link.
   */
  tailCredit: /^(?:本文[转轉]自|原文[转轉]自|原文地址|原文[：:])/u,
  tailHeading: /^(?:下[载載]\S{0,16}[浏瀏][览覽]\S{0,8})?(?:相[关關]新[闻聞]|[热熱][门門]新[闻聞]|[编編][辑輯]推[荐薦])\s*[:：]?$|^手[机機]上[长長]按.{0,30}$/u,
  /** A credit is a line; a longer block that starts the same way is article text. */
  maxCreditChars: 120,
  /** The editor's line closes the text: a list heading before it is a list inside the article, not the tail. */
  editorLine: /^[（(]?[责責]任[编編][辑輯]/u,
  /**
   * The article's own related list ("相关新闻：" standing alone) is kept; the generator's "下载翻墙软件浏览大纪元
   * 相关新闻：" is the outlet's latest news when the page was mirrored, and hot lists and editor picks are promos.
   */
  relatedHeadings: /^相[关關]新[闻聞]\s*[:：]?$/u,
  /** Caption blocks after an image: h6, or the minimal variant's ```diff block of "- " lines. */
  captionTags: new Set(['h6', 'pre']),
  diffCaption: /^[-+][^\n]*(?:\n[-+][^\n]*)*\n?$/,
  /** "(视频.国内需下载翻墙软件进入原文观看)": where a video played; mirrors cannot carry it. */
  videoPlaceholder: /^[（(]\s*[视視][频頻].{0,30}[观觀]看\s*[）)]$/u,
  videoNote: '（视频：请到原文观看）',
  /** Share QR codes, drawn by QR services from the mirror's own address. */
  qrCode: /hehaibao\.com\/qr|chart\.apis\.google\.com\/chart\?cht=qr|quickchart\.io\/qr/u,
  /** Blocks with nothing of their own: the "相关视频：" label of a video placeholder. */
  emptyLabel: /^相[关關][视視][频頻]\s*[:：][\s?？]*$/u,
  /** An article picture linked to its full-size file (wp-caption figures of older articles): the link goes, the picture stays. */
  pictureLink: /\.(?:jpe?g|png|gif|webp)(?:[?#]|$)/i,
  /** Keyword links the generator sets on words of the text: gb/tag/文革.md, gb/台湾行.md. */
  keywordLink: /\/(?:gb|b5)\/(?:tag\/[^/?#]+|(?:[^/?#%\P{ASCII}]|%[0-7][0-9A-Fa-f])*(?:\P{ASCII}|%[89A-Fa-f][0-9A-Fa-f])[^/?#]*)\.md(?:[?#]|$)/u,
  /** README portals link the channel lists: gb/nsc413.md, gb/prog204_1.md (b5/ for traditional script). */
  portalFile: /(?:^|\/)readme\.(?:md|markdown|html?)$/i,
  channelLink: /\/(?:gb|b5)\/[\w-]+\.md(?:[?#]|$)/,
  minPortalChannels: 2,
  /** Index entries are pages (mirror .md, outlet .htm); READMEs are portals and download pitches. */
  indexEntry: /\.(?:md|html?)(?:[?#]|$)/u,
  notAnEntry: /\/readme\.md(?:[?#]|$)/iu,
  /** Pager links of channel lists: 上一页 1 3 … 下一页. */
  pagerLink: /^(?:\d+|上一[页頁]|下一[页頁]|首[页頁]|尾[页頁])$/u,
  /** 【大纪元2019年07月21日讯】, 【新唐人北京时间2018年06月29日讯】: the dateline names the outlet. */
  dateline: /^\s*[【[]([^】\]]{1,40})[】\]]/u,
  /** 本文转自大纪元: the credit names it when the text has no dateline. */
  creditOutlet: /(?:本文|原文)[转轉]自\s*([^\s（(]{2,10})/u,
  /** Index titles shorter than this are decoration (a mis-encoded banner line). */
  minIndexTitleChars: 4,
} as const;

/** What the layout shows: an article's title heading, or the containers of a channel list's or portal's links. */
interface Layout {
  /** The article title, followed by the article and its tail; null on channel lists and portals. */
  title: Element | null;
  /** Where an index's entries are: the table rows from the first heading on, or a portal's whole page. */
  entries: Element[];
}

function isTitle(el: Element): boolean {
  return LAYOUT.titleTags.has(el.localName) && textOf(el) !== '' && linkDensity(el) < LAYOUT.maxTitleLinkDensity;
}

/** A cell of image links with at most separators between them: the outlet's navigation bar. */
function isNavigationBar(cell: Element): boolean {
  return descendantsWhere(cell, (el) => el.localName === 'img' && closestByTag(el, ['a']) !== null).length >= LAYOUT.minNavIcons && textOf(cell).replace(/[\s|｜·]/gu, '') === '';
}

/** The table layout: the navigation bar in the first cell; the first row with a heading starts the content. */
function tableLayout(body: HTMLElement): Layout | null {
  const table = body.getElementsByTagName('table')[0];
  const firstCell = table?.rows[0]?.cells[0];
  if (!table || !firstCell || !isNavigationBar(firstCell)) return null;
  const headings = descendantsByTag(table, HEADING_TAGS);
  const rows = Array.from(table.rows);
  const firstHeading = headings[0];
  const firstContentRow = firstHeading ? rows.findIndex((row) => row.contains(firstHeading)) : -1;
  const contentRows = firstContentRow < 0 ? [] : rows.slice(firstContentRow);
  const linkedHeadings = headings.filter((h) => linkDensity(h) >= LAYOUT.maxTitleLinkDensity).length;
  const title = linkedHeadings >= LAYOUT.minChannelEntries ? null : (headings.find(isTitle) ?? null);
  return { title, entries: contentRows };
}

/** The minimal variant: h1/h2 title at the top, an <hr> under its header, a 原文 credit to the outlet. */
function minimalLayout(body: HTMLElement): Layout | null {
  const title = childElements(body).slice(0, LAYOUT.maxLeadingBlocks).find(isTitle);
  if (!title) return null;
  let block = title.nextElementSibling;
  for (let i = 0; block && block.localName !== 'hr' && i < LAYOUT.maxHeaderBlocks; i++) block = block.nextElementSibling;
  if (block?.localName !== 'hr') return null;
  const outlet = outletOfUrl(originalUrlAfterLabel(body));
  return outlet && LAYOUT.outlets.has(outlet) ? { title, entries: [] } : null;
}

function isPortalReadme(page: SourcePage): boolean {
  if (!LAYOUT.portalFile.test(page.location.path)) return false;
  const channels = linksIn(page.body).filter((a) => LAYOUT.channelLink.test(a.getAttribute('href') ?? ''));
  return channels.length >= LAYOUT.minPortalChannels;
}

function indexPage(page: SourcePage, containers: Element[]): IndexPage {
  const base = page.location.blobUrl;
  const seen = new Set<string>();
  const links = containers
    .flatMap((el) => linksOf(el, base))
    .filter((link) => LAYOUT.indexEntry.test(link.url) && !LAYOUT.notAnEntry.test(link.url) && !LAYOUT.pagerLink.test(link.title))
    .filter((link) => !seen.has(link.url) && seen.add(link.url));
  const headings = containers.flatMap((el) => descendantsByTag(el, ['h1', 'h2', 'h3']));
  const title = headings.map(textOf).find((text) => text.length >= LAYOUT.minIndexTitleChars) ?? page.location.path.split('/').pop() ?? '';
  return { kind: 'index', family: 'djy-table', form: page.form, title, mirrorUrl: page.location.blobUrl, links };
}

function isTailMarker(node: Node): boolean {
  if (node.nodeType !== node.ELEMENT_NODE) return false;
  const el = node as Element;
  const text = textOf(el);
  if (LAYOUT.tailHeading.test(text)) return true;
  return text.length <= LAYOUT.maxCreditChars && LAYOUT.tailCredit.test(text) && linksIn(el).length > 0;
}

function isEditorLine(node: Node): boolean {
  return node.nodeType === node.ELEMENT_NODE && LAYOUT.editorLine.test(textOf(node as Element));
}

/** Copy what follows the title into the article and, from the first tail marker on, the tail. */
function splitAfterTitle(doc: Document, title: Element): { article: HTMLElement; tail: HTMLElement } {
  const nodes: Node[] = [];
  for (let node = title.nextSibling; node; node = node.nextSibling) nodes.push(node);
  const editorLine = nodes.findLastIndex(isEditorLine);
  const tailStart = nodes.findIndex((node, i) => i > editorLine && isTailMarker(node));
  const article = doc.createElement('div');
  const tail = doc.createElement('div');
  nodes.forEach((node, i) => (tailStart >= 0 && i >= tailStart ? tail : article).append(node.cloneNode(true)));
  return { article, tail };
}

/** The caption an h6 or a ```diff block holds, null for any other block. */
function captionText(block: Element): string | null {
  if (block.localName === 'h6') return textOf(block);
  const code = (block.textContent ?? '').trim();
  return LAYOUT.diffCaption.test(code) ? collapseWhitespace(code.replace(/^[-+] ?/gm, '')) : null;
}

/**
 * Links: keyword links give their words back to the sentence, and so do links from a picture to its own
 * full-size file; other linked images go (nav icons, side posters, the "进入原文观看" video poster, share buttons).
 */
function cleanLinks(article: Element): void {
  for (const link of descendantsByTag(article, ['a'])) {
    const href = link.getAttribute('href') ?? '';
    const linksImage = link.getElementsByTagName('img').length > 0 && textOf(link) === '';
    if (LAYOUT.keywordLink.test(href) || (linksImage && LAYOUT.pictureLink.test(href))) link.replaceWith(...childNodesOf(link));
    else if (linksImage) link.remove();
  }
}

/** The poster frame standing before a video placeholder, past the embed's empty link. */
function posterBefore(placeholder: Element): { holder: Element; img: Element } | null {
  let holder = placeholder.previousElementSibling;
  while (holder && holder.localName !== 'img' && holder.getElementsByTagName('img').length === 0 && textOf(holder) === '') {
    holder = holder.previousElementSibling;
  }
  if (!holder || textOf(holder) !== '') return null;
  const images = holder.localName === 'img' ? [holder] : Array.from(holder.getElementsByTagName('img'));
  return images.length === 1 && images[0] ? { holder, img: images[0] } : null;
}

/** A video placeholder becomes a note: the caption of the poster frame before it, or a line of its own. */
function replaceVideoPlaceholder(placeholder: Element, doc: Document): void {
  const poster = posterBefore(placeholder);
  if (poster) {
    // The poster's alt and title pitch circumvention software; the note says what the reader needs.
    poster.img.setAttribute('alt', LAYOUT.videoNote);
    poster.img.removeAttribute('title');
    replaceWithFigure(poster.holder, poster.img, LAYOUT.videoNote);
    placeholder.remove();
    return;
  }
  const note = doc.createElement('p');
  note.textContent = LAYOUT.videoNote;
  placeholder.replaceWith(note);
}

/** Share QR codes go; an image followed by its caption block (h6, ```diff) becomes one figure. */
function cleanImages(article: Element): void {
  for (const img of descendantsByTag(article, ['img'])) {
    if (LAYOUT.qrCode.test(`${img.getAttribute('src') ?? ''} ${img.getAttribute('data-canonical-src') ?? ''}`)) {
      img.remove();
      continue;
    }
    if (img.parentElement?.localName === 'figure') continue;
    const holder = imageHolder(img, article);
    const next = holder.nextElementSibling;
    const caption = next && LAYOUT.captionTags.has(next.localName) ? captionText(next) : null;
    if (caption === null || !next) continue;
    replaceWithFigure(holder, img, caption);
    next.remove();
  }
}

/** Rules go; a video placeholder becomes a note. */
function replaceRulesAndVideos(article: Element, doc: Document): void {
  for (const block of descendantsByTag(article, ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'hr'])) {
    if (!article.contains(block)) continue;
    if (block.localName === 'hr') {
      block.remove();
      continue;
    }
    if (LAYOUT.videoPlaceholder.test(textOf(block))) replaceVideoPlaceholder(block, doc);
  }
}

/** The opening paragraph, whose dateline names the outlet. */
function leadText(article: Element): string {
  for (const p of descendantsByTag(article, ['p'])) {
    const text = textOf(p);
    if (text) return text;
  }
  return '';
}

/** The text after the title, as the family's own copy; the tail's credits and lists are read before it is left out. */
function selectAfterTitle(page: SourcePage, title: Element): Selection {
  const { article, tail } = splitAfterTitle(page.doc, title);
  const tailText = textOf(tail);
  const originalUrl = originalUrlAfterLabel(tail) ?? originalUrlInText(tailText);
  return {
    body: article,
    notes: { originalUrl, creditedOutlet: normaliseOutlet(LAYOUT.creditOutlet.exec(tailText)?.[1]) },
    related: takeRelatedLists(tail, page.location.blobUrl, LAYOUT.relatedHeadings),
  };
}

function recogniseLayout(page: SourcePage): Layout | null {
  if (isPortalReadme(page)) return { title: null, entries: [page.body] };
  return tableLayout(page.body) ?? minimalLayout(page.body);
}

export const djyTable: Family<Layout> = {
  id: 'djy-table',
  recognise: recogniseLayout,
  classify: (page, layout) => (layout.title ? null : indexPage(page, layout.entries)),
  article: {
    select: (page, layout) => (layout.title ? selectAfterTitle(page, layout.title) : null),
    steps: [
      ({ body }) => cleanLinks(body),
      ({ body, page }) => replaceRulesAndVideos(body, page.doc),
      ({ body }) => removeLines(body, [LAYOUT.emptyLabel]),
      ({ body }) => cleanImages(body),
      ({ body }) => removePromoBlocks(body),
      // Lists inside the text come before the tail's, as the page shows them.
      ({ body, page, related }) => related.unshift(...takeRelatedLists(body, page.location.blobUrl)),
    ],
    // A title over no text (everything after it was tail) is no article of this layout.
    minTextChars: 1,
    fields: {
      originalUrl: [fromNote('originalUrl')],
      title: [({ frame }) => (frame.title ? textOf(frame.title) : null)],
      outlet: [({ body }) => normaliseOutlet(LAYOUT.dateline.exec(leadText(body))?.[1]), fromNote('creditedOutlet'), (_reading, found) => outletOfUrl(found.originalUrl)],
      published: [leadDateline],
    },
  },
};
