import type { RelatedLink } from '../article';
import { headlineLinksOf, indexPage } from '../classify';
import { adoptDetachedCaptions, adoptSiblingCaptions, cutAtLine, figurePhotoBoxes, removeFrom, removeLines, replaceWithFigure, splitBreakParagraphs, textAfter, trimEdges, wrapLooseText } from '../clean/blocks';
import { linkDensity, linksOf, removeBlogChrome, removeCopyrightNotices, removePromoBlocks, removeSignOffs, takeLinkOnlyLists, takeRelatedLists, textOf } from '../clean/clutter';
import { trimVideoDescription } from '../clean/video-description';
import { childElements, childNodesOf, closestByTag, descendantsByTag, firstDescendant, HEADING_TAGS, linksIn, onlyChildElement } from '../dom';
import type { Family, Notes, Reading, Selection } from '../family';
import { frontMatterDate, isDateOnly, parseLeadDateline } from '../meta/date';
import { isPersonName } from '../meta/byline';
import { isHttpUrl } from '../meta/original-url';
import { outletOfFrontMatter, outletOfUrl } from '../meta/outlet';
import { cleanTitle } from '../meta/title';
import { copyWithTwins } from '../page-copy';
import type { SourcePage } from '../page';
import { fromNote } from '../sources';
import { SENTENCE_END } from '../text';
import { frontMatterString } from '../source/front-matter';
import { readableContent, removeTitleHeading } from './generic';

// Jekyll mirrors of full-text feeds (feedx.net and the like), built by duty-machine's generator and its
// NodeBE4 forks. A post `_posts/YYYY-MM-DD-title.md` has front matter naming the outlet (author, tags,
// categories — or, on opinion sites, the writer as author and the site as category) and the original
// (`from`), then:
//     <!--1625121568000-->
//     [title](original URL)          ← renders as a heading holding one link ("------" underline)
//     ------
//     <div>the feed item's HTML, as the outlet wrote it</div>
// Lists `lists/<outlet>.md` are "<outlet>\n------\n\nM-D [title](/lists/…)\n\n[查看更多](/lists/<outlet>)".
// Each outlet's feed HTML brings its own clutter: date lines, image credits, inline related lists…

const FEEDX = {
  /** The link line: a heading whose whole text is one link to the original. */
  leadHeading: ['h1', 'h2'],
  /** The list page: a heading naming the outlet, dated links, and a "more" link into /lists/. */
  listMoreLink: /^查看更多$/,
  listPath: /\/lists\//,
  /** The feed HTML's own headline (BBC, opinion sites) is the real title when it opens the item. */
  titleHeading: 'h1',
  /** A writer's name alone before the text: NYT's <address> ("RAYMOND ZHONG"); never a paragraph (a heading-like line would match). */
  nameByline: /^[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){1,4}$/,
  /** A writer's byline with its label, before the text, alone or as a paragraph: "文／张三", DW's "张平（摘编）". */
  labelledByline: [
    /^(?:文|作者|[记記]者)\s{0,8}[／/:：丨｜|]?\s{0,8}([\p{Script=Han}·]{2,5})$/u,
    /^([\p{Script=Han}·]{2,5})\s{0,2}[（(](?:摘[编編]|[综綜]合[报報][道導]|[编編][译譯]|[报報][道導])[）)]$/u,
  ],
  /**
   * BBC's byline block before the text: a list of two or three short items, the writer's name and their post
   * ("张梅根（Megan Zhang）" · "BBC Travel"; "托马斯·格雷厄姆" · "（Thomas Graham）"; "BBC新闻记者" · "薇琪·贝克尔（Vicky Baker）").
   */
  bylineList: {
    items: { min: 2, max: 3 },
    maxItemChars: 60,
    /** An item that names a post, a desk or the name in another script, not the writer. */
    role: /BBC|[记記]者|[编編][辑輯]|撰稿|作家|[团團]隊|[团團]队|分析[员員]|^[（(]|^[A-Za-z .'’-]{2,40}$/u,
  },
  /**
   * DW's item head: the writer's credit over the item's ISO time, set in italics ("王凡<br>2021-01-18T12:21:39.679Z").
   * The feed leaves a missing first field as "null" ("null 张筠青（综合报道）"), a role may follow the name ("乐然（摘译）",
   * "李鱼 综合报导", "李鱼摘编"), NYT's feed names a writer twice ("KONEY BAI,KONEY BAI"), and a desk or a broadcaster
   * stands where no writer signs ("德国之声中文网", "ARD": no writer, the line goes all the same).
   */
  datedCredit: {
    maxChars: 40,
    missingField: /^null\s{1,4}/,
    role: /\s{0,2}[（(]?(?:[综綜]合[报報][道导導]|摘[编編]|摘[译譯]|[编編][译譯])[）)]?$/u,
    nameSeparator: /\s{0,2}[,，、]\s{0,2}/u,
    acronym: /^[A-Z]{2,6}$/,
  },
  /** Where the feed service's own promo starts ("获取更多RSS：feedx.net…"): it and all after it go. */
  cutFrom: /^(?:获取更多\s*RSS|獲取更多\s*RSS|订阅指南|訂閱指南)/i,
  cutFromHint: /[获獲]取更多\s*RSS|[订訂][阅閱]指南/i,
  /**
   * Lines dropped wherever they are: BBC image credits, NYT translation credit and link to the English original, and
   * 中央社's credit of a video the feed left out ("影片來源：Official ITTF Channel", at times the item's last line).
   */
  dropLines: [
    /^[图圖][像片][来來]源\s*[，,:：].{1,60}$/,
    /^翻[译譯]\s*[：:]\s*[纽紐][约約][时時][报報]\S{0,6}$/,
    /^[点點][击擊]查看本文英文版。?$/,
    /^影片[來来]源\s{0,2}[：:].{1,60}$/,
  ],
  dropLinesHint: /[图圖][像片][来來]源|翻[译譯]|查看本文英文版|影片[來来]源/,
  /**
   * 中央社's close: the editors' credit, then the story's date code in the ROC calendar run onto it ("（編輯：方沛清）1091115",
   * 109-11-15): the code goes, the credit stays.
   */
  editorDateCode: /([（(][编編][辑輯][：:][^（）()]{1,40}[）)])\s{0,2}1?\d{6}$/u,
  /** BBC caption lead-in. */
  /** Caption blocks the feeds set right after an image (feedx: <div><small>…</small></div>). */
  captionMaxChars: 200,
  /**
   * The end box of Nei.st's republications, a heading between two logos: "No More.". After it the site's chrome
   * (its outlets' cards: "MORE", "The Wall Street Journal", "View", The Economist's "Published since September 1843").
   */
  endHeading: /^No More\.?$/i,
  /** A date line set as its own <time> (Nei.st: "Dec 6th 2019" under the outlet's name) is sought before this many paragraphs. */
  headTimeParagraphs: 4,
};

// Node types and the TreeWalker filter, as numbers: not every runtime has NodeFilter as a global.
const TEXT_NODE = 3;
const COMMENT_NODE = 8;
const SHOW_ELEMENTS_AND_TEXT = 0x1 | 0x4;

/** The generator's link line, if the page opens with one and the feed item's <div> follows it. */
function leadLinkHeading(body: Element): HTMLAnchorElement | null {
  const first = body.firstElementChild;
  if (!first || !FEEDX.leadHeading.includes(first.localName) || first.nextElementSibling?.localName !== 'div') return null;
  const links = linksIn(first);
  const link = links.length === 1 ? (links[0] as HTMLAnchorElement) : null;
  const text = textOf(first);
  return link && text && textOf(link) === text && isHttpUrl(link.getAttribute('href') ?? '') ? link : null;
}

function isListPage(body: Element): boolean {
  const first = body.firstElementChild;
  if (!first || !FEEDX.leadHeading.includes(first.localName) || firstDescendant(first, 'a')) return false;
  const last = body.lastElementChild;
  const more = last && linksIn(last)[0];
  return !!more && FEEDX.listMoreLink.test(textOf(more)) && FEEDX.listPath.test(more.getAttribute('href') ?? '');
}

/** A generator post without the link line (opinion sites): known by its front matter alone. */
function isFrontMatterPost(page: SourcePage): boolean {
  const fm = page.frontMatter;
  return isHttpUrl(frontMatterString(fm, 'from')) && !!(frontMatterString(fm, 'categories') || frontMatterString(fm, 'tags'));
}

function sameSite(a: string, b: string): boolean {
  const host = (url: string) => {
    try {
      return new URL(url).hostname.replace(/^www\./, '');
    } catch {
      return '';
    }
  };
  return host(a) !== '' && host(a) === host(b);
}

// github.com, raw.githubusercontent.com, camo aside (it proxies the outlet's own images), GitHub Pages.
const MIRROR_HOST = /^https?:\/\/(?:[\w-]+\.)*(?:github\.com|raw\.githubusercontent\.com|github\.io)\//i;

/** An image address that resolves into the mirror itself (a relative path of the outlet's page). */
function isMirrorAsset(src: string, page: SourcePage): boolean {
  if (!/^https?:\/\//i.test(src)) return true;
  const { owner, repo } = page.location;
  return !!owner && MIRROR_HOST.test(src) && src.includes(`/${owner}/${repo}/`);
}

/** Images of the outlet's page given by relative paths: broken in the mirror, and never the article's (RFA's zoom icon). */
function removeMirrorAssets(root: Element, page: SourcePage): void {
  for (const img of descendantsByTag(root, ['img'])) {
    if (isMirrorAsset(img.getAttribute('data-canonical-src') ?? img.getAttribute('src') ?? '', page)) img.remove();
  }
}

/** feedx's caption block after an image, <div><small>caption</small></div> (VOA, DW), → figure. */
function figureSmallCaptions(root: Element): void {
  for (const small of descendantsByTag(root, ['small'])) {
    const block = small.parentElement;
    const holder = block?.previousElementSibling;
    const img = holder?.localName === 'img' ? holder : null;
    if (!block || !img || !onlyChildElement(block) || textOf(block) !== textOf(small) || closestByTag(img, ['figure'])) continue;
    const caption = textOf(small);
    if (caption.length > FEEDX.captionMaxChars) continue;
    replaceWithFigure(img, img, caption);
    block.remove();
  }
}

/** Nikkei's image table (image row, caption row) → figure. */
function figureImageTables(root: Element): void {
  for (const table of descendantsByTag(root, ['table'])) {
    const images = descendantsByTag(table, ['img']);
    const caption = textOf(table);
    if (images.length !== 1 || caption.length > FEEDX.captionMaxChars) continue;
    replaceWithFigure(table, images[0] as Element, caption);
  }
}

/** The largest block around `el` that holds nothing but its text (its line, with any images boxed with it). */
function lineOf(el: Element, root: Element): Element {
  let line = el;
  while (line.parentElement && line.parentElement !== root && textOf(line.parentElement) === textOf(el)) line = line.parentElement;
  return line;
}

/**
 * Nei.st's end box and all after it: the heading "No More." (with the logos boxed with it) ends the article; the
 * outlet cards that follow are the site's.
 */
function cutAtEndHeading(item: Element): void {
  const heading = descendantsByTag(item, HEADING_TAGS).find((el) => FEEDX.endHeading.test(textOf(el)));
  if (heading) removeFrom(lineOf(heading, item), item);
}

/** The date code run onto an editors' credit closing a paragraph (中央社): the text node ends on the credit again. */
function removeEditorDateCodes(item: Element): void {
  for (const block of descendantsByTag(item, ['p', 'div'])) {
    const last = block.lastChild;
    if (last?.nodeType !== TEXT_NODE) continue;
    const text = last.textContent ?? '';
    if (FEEDX.editorDateCode.test(text)) last.textContent = text.replace(FEEDX.editorDateCode, '$1');
  }
}

/**
 * A date line the page's template sets as a <time> of its own near the top (Nei.st's "Dec 6th 2019" under the
 * outlet's name, after the standfirst): its line goes. A <time> inside a sentence is not a line of its own and stays.
 */
function removeHeadTimeLines(item: Element): void {
  let paragraphs = 0;
  for (const el of descendantsByTag(item, ['p', 'time'])) {
    if (paragraphs >= FEEDX.headTimeParagraphs) return;
    if (!textOf(el) || !item.contains(el)) continue;
    if (el.localName === 'p') {
      paragraphs++;
      continue;
    }
    const line = lineOf(el, item);
    if (line !== el || el.parentElement === item) line.remove();
  }
}

/**
 * The item's head, before its first paragraph: the feed's own headline (noted as `itemTitle`), date lines
 * and a writer's byline (noted as `byline`), taken out. Figures stay: a lead image belongs to the article.
 * What the notes already hold is not sought again.
 */
function takeItemHead(root: Element, doc: Document, notes: Notes): void {
  const drop: Node[] = [];
  const takeByline = (text: string, inParagraph: boolean): boolean => {
    const byline = notes.byline ? null : bylineOf(text, inParagraph);
    if (byline) notes.byline = byline;
    return byline !== null;
  };
  const walker = doc.createTreeWalker(root, SHOW_ELEMENTS_AND_TEXT);
  let node = walker.nextNode();
  while (node) {
    let skipSubtree = false;
    if (node.nodeType === TEXT_NODE) {
      const text = (node.textContent ?? '').trim();
      if ((text && isDateOnly(text)) || takeByline(text, false) || takeDatedCredit(node, text, notes)) drop.push(node);
      else if (text) break;
    } else {
      const el = node as Element;
      const listByline = (el.localName === 'ul' || el.localName === 'ol') && !notes.byline ? bylineListOf(el) : undefined;
      const text = el.localName === 'p' ? textOf(el) : '';
      if (listByline !== undefined) {
        notes.byline = listByline;
        drop.push(el);
        skipSubtree = true;
      } else if (text && takeByline(text, true)) {
        drop.push(el);
        skipSubtree = true;
      } else if (text && !isDateOnly(text)) break;
      else if (el.localName === FEEDX.titleHeading && !notes.itemTitle) {
        notes.itemTitle = textOf(el);
        drop.push(el);
        skipSubtree = true;
      } else if (el.localName === 'time') {
        drop.push(el);
        skipSubtree = true;
      } else if (el.localName === 'figure') skipSubtree = true;
    }
    node = skipSubtree ? nodeAfterSubtree(walker) : walker.nextNode();
  }
  for (const n of drop) n.parentNode?.removeChild(n);
}

/** The text node after `node`, past line breaks and blank text, or null. */
function nextTextLine(node: Node): Node | null {
  let next = node.nextSibling;
  while (next && ((next as Element).localName === 'br' || (next.nodeType === TEXT_NODE && !(next.textContent ?? '').trim()))) next = next.nextSibling;
  return next?.nodeType === TEXT_NODE ? next : null;
}

/** A writer's credit over the item's time (DW's head): taken out, its name noted as the byline unless it names a desk. */
function takeDatedCredit(node: Node, text: string, notes: Notes): boolean {
  const { maxChars, missingField, role, nameSeparator, acronym } = FEEDX.datedCredit;
  const time = nextTextLine(node);
  if (!text || text.length > maxChars || SENTENCE_END.test(text) || !time || !isDateOnly((time.textContent ?? '').trim())) return false;
  const names = text.replace(missingField, '').replace(role, '').split(nameSeparator).map((name) => name.trim());
  const writer = [...new Set(names.filter(Boolean))].join(', ');
  if (!notes.byline && !acronym.test(writer) && isPersonName(writer, null)) notes.byline = writer;
  return true;
}

/** A byline block's writer (null where it names only a desk), or undefined for a list that is no byline block. */
function bylineListOf(list: Element): string | null | undefined {
  const { items, maxItemChars, role } = FEEDX.bylineList;
  const entries = childElements(list).map(textOf);
  const isByline =
    entries.length >= items.min &&
    entries.length <= items.max &&
    entries.every((entry) => entry.length > 0 && entry.length <= maxItemChars && !SENTENCE_END.test(entry)) &&
    entries.some((entry) => role.test(entry)) &&
    !firstDescendant(list, 'a');
  return isByline ? (entries.find((entry) => !role.test(entry)) ?? null) : undefined;
}

function bylineOf(text: string, inParagraph: boolean): string | null {
  if (!inParagraph && FEEDX.nameByline.test(text)) return text;
  for (const pattern of FEEDX.labelledByline) {
    const match = pattern.exec(text);
    if (match) return match[1] ?? match[0];
  }
  return null;
}

function nodeAfterSubtree(walker: TreeWalker): Node | null {
  do {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
  } while (walker.parentNode());
  return null;
}

// Link share of a block's text from which a trailing block is taken for navigation.
const TRAILING_LINK_SHARE = 0.6;

/** Outlet link blocks trailing the text (CNA's tags, "聚焦新聞" carousel): out, their headlines kept as related. */
function takeTrailingLinkBlocks(container: Element, page: SourcePage): RelatedLink[] {
  const related: RelatedLink[] = [];
  for (let last = container.lastElementChild; last && last.localName !== 'p' && last.localName !== 'figure'; last = container.lastElementChild) {
    const empty = !textOf(last) && !firstDescendant(last, 'img');
    if (!empty && linkDensity(last) < TRAILING_LINK_SHARE) break;
    related.push(...headlineLinksOf(last, page));
    last.remove();
  }
  return related;
}

// Share of a closing paragraph's text its one link must hold for the paragraph to be only a link.
const LINK_ONLY_SHARE = 0.9;
// A translation's closing credit of its source, in the source's language: at most a title line and a byline.
const SOURCE_CARD_BLOCKS = 3;
const HAN = /\p{Script=Han}/u;
const HAN_ALL = /\p{Script=Han}/gu;
const LATIN_LETTERS = /[A-Za-z]/g;
/** Text a card's first line may hold before its link: "By ", a drop cap. */
const CARD_LEAD_CHARS = 3;

/** The last block with words inside `el`, past empty leftovers (an ad's empty <div> after it). */
function lastWithText(el: Element): Element | null {
  let child = el.lastElementChild;
  while (child && !textOf(child)) child = child.previousElementSibling;
  return child;
}

/**
 * How a translation credits its source at the end (iYouPort): a paragraph that is only a link to another site
 * ("France: The Yellow Vests’ Missed Opportunity"), or, closing a Chinese text, paragraphs in the source's own
 * language with no Chinese in them, one of them linking to another site: the source's title linked and its standfirst
 * ("Journalism Is Under Unprecedented Assault. Recent controversies…"), its byline linked ("By Maxim Trudolyubov"),
 * the title over an unlinked byline. No sentence of the text: they go to the related links (their links), where they
 * stay readable; a link to the original's own site is left as it stands.
 */
function takeClosingSourceLink(container: Element, base: string, originalUrl: string | null | undefined): RelatedLink[] {
  let last = lastWithText(container);
  while (last && last.localName === 'div') last = lastWithText(last);
  if (!last || last.localName !== 'p' || textAfter(last, container) !== '') return [];
  const elsewhere = (el: Element) => linksOf(el, base).filter((link) => !originalUrl || !sameSite(link.url, originalUrl));
  const links = linksIn(last);
  const onlyLink = links.length === 1 ? elsewhere(last) : [];
  if (onlyLink.length === 1 && linkDensity(last) >= LINK_ONLY_SHARE) {
    last.remove();
    return onlyLink;
  }
  if (!isChineseText(textOf(container))) return [];
  const run: Element[] = [];
  for (let block: Element | null = last; block && run.length < SOURCE_CARD_BLOCKS && block.localName === 'p' && !HAN.test(textOf(block)); block = previousWithText(block)) run.unshift(block);
  // The card opens with its link: the title, or the byline's name after "By" (a drop cap may stand before it).
  const start = run.findIndex((block) => {
    const first = linksIn(block)[0];
    return first !== undefined && elsewhere(block).length > 0 && textOf(block).indexOf(textOf(first)) <= CARD_LEAD_CHARS;
  });
  if (start < 0) return [];
  const card = run.slice(start);
  for (const block of card) block.remove();
  return card.flatMap(elsewhere);
}

/** More Han characters than Latin letters: a Chinese text, whatever names and terms it quotes. */
function isChineseText(text: string): boolean {
  return (text.match(HAN_ALL) ?? []).length > (text.match(LATIN_LETTERS) ?? []).length;
}

/** The block with words before `block` at its own level. */
function previousWithText(block: Element): Element | null {
  let previous = block.previousElementSibling;
  while (previous && !textOf(previous)) previous = previous.previousElementSibling;
  return previous;
}

/** The feed wrapper: the generator puts the item's HTML in one <div> after the link line. */
function feedContainer(body: Element): Element {
  const only = onlyChildElement(body);
  return only?.localName === 'div' ? only : body;
}

// The generator's "<!--1625121568000-->": the feed item's time in epoch milliseconds; list item files
// carry it in their name too (lists/<outlet>/1625121568000_title.md).
const TIMESTAMP_COMMENT = /^\s*(\d{12,14})\s*$/;
const TIMESTAMP_FILE = /(?:^|\/)(\d{12,14})_[^/]+$/;

function dateOfMillis(millis: string): string {
  return new Date(Number(millis)).toISOString().slice(0, 10);
}

/** Take the generator's timestamp comments out of the body; the date (UTC) of the first, or null. */
function takeTimestamp(body: Element): string | null {
  let date: string | null = null;
  for (const child of childNodesOf(body)) {
    if (child.nodeType !== COMMENT_NODE) continue;
    const millis = TIMESTAMP_COMMENT.exec(child.textContent ?? '')?.[1];
    if (millis && !date) date = dateOfMillis(millis);
    child.remove();
  }
  return date;
}

/** The generator's timestamp in the file's name (list item files). */
function fileTimestampDate(page: SourcePage): string | null {
  const fileMillis = TIMESTAMP_FILE.exec(page.location.path)?.[1];
  return fileMillis ? dateOfMillis(fileMillis) : null;
}

/** What categories/tags name first: the outlet on news feeds, the site on opinion feeds. */
function namedInFrontMatter(page: SourcePage): string {
  const fm = page.frontMatter;
  return frontMatterString(fm, 'categories').split(',')[0]?.trim() || frontMatterString(fm, 'tags').split(',')[0]?.trim() || '';
}

/** Front-matter `author`, when it names a person rather than the outlet, a placeholder or the original's site. */
function frontMatterPerson(page: SourcePage, outlet: string | null, originalUrl: string | null): string | null {
  const author = frontMatterString(page.frontMatter, 'author');
  const isPerson = author !== namedInFrontMatter(page) && author !== outlet && isPersonName(author, originalUrl);
  return isPerson ? author : null;
}

type FeedPage = { kind: 'post'; link: HTMLAnchorElement } | { kind: 'front-matter-post' } | { kind: 'list' };

function recogniseFeedPage(page: SourcePage): FeedPage | null {
  const link = leadLinkHeading(page.body);
  if (link) return { kind: 'post', link };
  if (isListPage(page.body)) return { kind: 'list' };
  return isFrontMatterPost(page) ? { kind: 'front-matter-post' } : null;
}

/** A link-line post: the page without its link line and timestamps; a front-matter post: Readability's pick. */
function selectPost(page: SourcePage, frame: FeedPage): Selection | null {
  const from = frontMatterString(page.frontMatter, 'from');
  const linked = frame.kind === 'post' ? frame.link.getAttribute('href') : null;
  const originalUrl = isHttpUrl(from) ? from : linked;
  if (frame.kind === 'post') {
    const { copy, twins } = copyWithTwins(page.body, [frame.link] as const);
    closestByTag(twins[0], FEEDX.leadHeading)?.remove();
    return { body: copy, notes: { originalUrl, timestamp: takeTimestamp(copy) } };
  }
  const readable = readableContent(page);
  if (!readable) return null;
  removeTitleHeading(readable.body, cleanTitle(frontMatterString(page.frontMatter, 'title')));
  return { body: readable.body, notes: { originalUrl } };
}

/** The feed item's HTML inside the family's copy. */
const itemOf = (reading: Reading<FeedPage>): Element => feedContainer(reading.body);

/** Feed mirrors: link-line posts, their list pages, and front-matter-only posts of opinion sites. */
export const feedx: Family<FeedPage> = {
  id: 'feedx',
  recognise: recogniseFeedPage,
  classify(page, frame) {
    if (frame.kind !== 'list') return null;
    const links = headlineLinksOf(page.body, page).filter((link) => !FEEDX.listMoreLink.test(link.title));
    return indexPage(page, 'feedx', links, textOf(page.body.firstElementChild as Element));
  },
  article: {
    select: selectPost,
    steps: [
      // The line rules walk every block; most items hold none of their words.
      (reading) => {
        const item = itemOf(reading);
        if (FEEDX.cutFromHint.test(item.textContent ?? '')) cutAtLine(item, [FEEDX.cutFrom]);
      },
      (reading) => cutAtEndHeading(itemOf(reading)),
      (reading) => removeHeadTimeLines(itemOf(reading)),
      (reading) => removeMirrorAssets(itemOf(reading), reading.page),
      (reading) => figureSmallCaptions(itemOf(reading)),
      (reading) => figureImageTables(itemOf(reading)),
      (reading) => adoptSiblingCaptions(itemOf(reading)),
      (reading) => adoptDetachedCaptions(itemOf(reading)),
      (reading) => figurePhotoBoxes(itemOf(reading)),
      (reading) => {
        const item = itemOf(reading);
        if (FEEDX.dropLinesHint.test(item.textContent ?? '')) removeLines(item, FEEDX.dropLines);
      },
      (reading) => takeItemHead(itemOf(reading), reading.page.doc, reading.notes),
      (reading) => removeEditorDateCodes(itemOf(reading)),
      (reading) => wrapLooseText(itemOf(reading)),
      (reading) => splitBreakParagraphs(itemOf(reading)),
      // Again on the split paragraphs: a byline may have been the first line of the first one (泡泡: "<p><br>文/丘敦杰<br><br>…").
      (reading) => takeItemHead(itemOf(reading), reading.page.doc, reading.notes),
      (reading) => removeCopyrightNotices(itemOf(reading)),
      // Opinion feeds of WeChat accounts end with the account's sign-off ("微信搜索“燕京书评”…").
      (reading) => removeSignOffs(itemOf(reading)),
      (reading) => {
        const item = itemOf(reading);
        // The like widget closing a blog's post (finalize takes it anyway) would stand after a closing source link.
        removeBlogChrome(item);
        const base = reading.page.location.blobUrl;
        const { originalUrl } = reading.notes;
        reading.related.push(
          ...takeLinkOnlyLists(item, base, (url) => !originalUrl || sameSite(url, originalUrl)),
          ...takeRelatedLists(item, base),
          ...takeTrailingLinkBlocks(item, reading.page),
          ...takeClosingSourceLink(item, base, originalUrl),
        );
      },
      (reading) => removePromoBlocks(itemOf(reading)),
      // A video's description: the channel's pitch and hashtags run into it.
      (reading) => trimVideoDescription(itemOf(reading), reading.notes.originalUrl),
      (reading) => trimEdges(itemOf(reading)),
    ],
    minTextChars: 0,
    fields: {
      originalUrl: [fromNote('originalUrl')],
      title: [fromNote('itemTitle'), ({ page }) => frontMatterString(page.frontMatter, 'title'), ({ frame }) => (frame.kind === 'post' ? textOf(frame.link) : null)],
      outlet: [
        ({ page }) => outletOfFrontMatter(page.frontMatter),
        (_reading, found) => outletOfUrl(found.originalUrl),
        ({ page }) => namedInFrontMatter(page),
        ({ page }) => frontMatterString(page.frontMatter, 'author'),
      ],
      published: [(reading) => parseLeadDateline(itemOf(reading)), ({ page }) => frontMatterDate(page.frontMatter), fromNote('timestamp'), ({ page }) => fileTimestampDate(page)],
      author: [({ page }, found) => frontMatterPerson(page, found.outlet ?? null, found.originalUrl ?? null), fromNote('byline')],
    },
  },
};
