import type { IndexPage, RelatedLink } from '../article';
import { adoptSiblingCaptions, cutAtLine, joinWrappedCjkLines, type LineKind, removeFrom, removeJunkBefore, removeLines, splitBreakParagraphs, trimEdges, wrapLooseText } from '../clean/blocks';
import { creditedItemLinksOf } from '../classify';
import { absoluteUrl, linkDensity, takeRelatedLists, textOf } from '../clean/clutter';
import { withoutQuery } from '../detect';
import { closestByTag, descendantsByTag, firstDescendant, HEADING_TAGS, linksIn } from '../dom';
import type { Family, Selection, Step } from '../family';
import { closingStaffCredit, parseEditor, parseReporter } from '../meta/byline';
import { originalUrlInText } from '../meta/original-url';
import { normaliseOutlet, outletOfUrl } from '../meta/outlet';
import { copyWithTwins } from '../page-copy';
import type { SourcePage } from '../page';
import { fromNote, leadDateline } from '../sources';
import { cjkLength, collapseWhitespace, plainTextOf } from '../text';

// The gfw-breaker generator (banned-news*, goodnews, mh-news and their many mirrors) writes every
// article page the same way, from 2018 on:
//   ### title  /  ------ (rendered as <hr>)  /  [#### nav links]  /  the site's article HTML, into which
//   promo "#### [link]" lines are pasted  /  footer: share line + QR + 原文地址（需翻墙访问）：URL (2019+)
//   or 原文链接：URL (2018)  /  ------  /  #### nav links  /  counter pixel.
// Its channel lists and README portals are "#### [title](../pages/channel/id.md)" lines.
// The three families built on it differ in their footer and in the site shapes they undo.

/** What one generator version or mirrored site adds to the shared layout. */
export interface GeneratorRules {
  /** Text that opens the generator's footer; the article ends where the first of them starts. */
  footerMarkers: readonly RegExp[];
  /** Footer text that means the page belongs to another version of the generator. */
  rejectFooter?: RegExp;
  /** Extra test on the page's frame (明慧: its own dateline or original site). */
  accepts?(frame: GeneratorFrame): boolean;
  /** Site shapes to undo before the shared cleaning; a step may note the date a block it removes held. */
  reshape?: readonly Step<GeneratorFrame>[];
}

export interface GeneratorFrame {
  title: Element;
  /** The text node the footer starts at. */
  footerStart: Text;
  footerText: string;
  originalUrl: string | null;
  /** The opening text of the article (after the title), where datelines sit. */
  openingText: string;
}

// The footer holds a few dozen text nodes (share line, links, nav); a marker further up is article text.
const MAX_FOOTER_TEXT_NODES = 60;
const OPENING_CHARS = 200;
// The generator writes "-" when it found no article on the site; a few characters are no article either.
const MIN_ARTICLE_CHARS = 10;
/** Where a site's outlet name sits in its opening dateline. */
const OPENING_OUTLET_CHARS = 24;

/** A 新唐人 credit pair, "采访/常春". */
const CREDIT_PAIR = '(?:采访|採訪|记者|記者|编辑|編輯|采访编辑|撰文|后制|後製|制作|製作|编导|編導|摄影|攝影|配音)\\s{0,4}[／/]\\s{0,4}[\\p{Script=Han}·A-Za-z]{1,8}';

// Lines the mirrored sites put inside the article: credits and boilerplate, dropped wherever they sit.
const SITE_CREDIT_LINES: readonly LineKind[] = [
  /^来源\s*[:：]\s*[^\s，。]{1,12}$/u, // 看中国 "来源: 看中国"
  /^本文章或节目经.{1,12}编辑制作/u, // 希望之声
  /^[（(]?(?:本文|文章|此文)只代表.{0,20}(?:立场|观点)/u, // RFA commentaries
  /^我们的标准\s*[:：]/u, // 路透 trust badge
  /^编译\s*\S{1,12}\s*[;；]\s*审校/u, // 路透 "编译 白云; 审校 李爽"
  // 新唐人 "采访/常春 编辑/尚燕 后制/钟元", "采访编辑/李明 后制/萧宇": nothing but role/name pairs.
  // (Pairs are separated by spaces: a name directly followed by the next role could be split many ways.)
  new RegExp(`^${CREDIT_PAIR}(?:\\s{1,8}${CREDIT_PAIR}){0,8}\\s{0,8}$`, 'u'),
  // RFA "自由亚洲电台记者 柳飞 编辑：何平 网编：瑞哲", "记者：唐家婕 责编：何平 网编：洪伟": a line that is a staff line whole,
  // as the shared reader of the line closing a text reads it.
  (text) => closingStaffCredit(text)?.creditChars === text.length,
];

// Sites' own footers inside the article: everything from these lines on goes.
const SITE_TRAILERS: readonly RegExp[] = [
  /^本文短网址\s*[:：]/u, // 看中国
  /^【诚征荣誉会员】/u, // 看中国
  /^版权所有，任何形式转载需/u,
];


// NodeFilter.SHOW_TEXT; NodeFilter itself is no global outside browsers.
const SHOW_TEXT = 4;

/** The earliest footer marker among the page's last text nodes, walking back from the end. */
function footerStartOf(body: Element, markers: readonly RegExp[]): Text | null {
  let last: Node = body;
  while (last.lastChild) last = last.lastChild;
  const walker = body.ownerDocument.createTreeWalker(body, SHOW_TEXT);
  walker.currentNode = last;
  let start: Text | null = null;
  let seen = 0;
  for (let node: Node | null = last.nodeType === 3 ? last : walker.previousNode(); node && seen < MAX_FOOTER_TEXT_NODES; node = walker.previousNode()) {
    const text = node.textContent ?? '';
    if (!text.trim()) continue;
    seen++;
    if (markers.some((marker) => marker.test(text))) start = node as Text;
  }
  return start;
}

/** The text from `start` to the end of `root` (a Range would do, but is slow in some DOMs). */
function textFrom(start: Text, root: Element): string {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  walker.currentNode = start;
  let text = start.data;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) text += (node as Text).data;
  return text;
}

// Link texts that pitch the generator's own tools: "[一键翻墙软件]", "[手把手翻墙教程]", "[禁闻聚合首页]".
const GENERATOR_PITCH = /翻墙|翻牆|禁闻聚合|禁聞聚合|九评|九評/u;

/**
 * Nav and promo lines the generator pastes: headings made of links, or holding a link that pitches its
 * tools. A site's own subhead may carry a tag link ("<a>退党</a>潮"), so promo words in the text alone do not count.
 */
function isGeneratorLinkLine(heading: Element): boolean {
  if (!/^h[1-6]$/.test(heading.localName)) return false;
  const links = descendantsByTag(heading, ['a']);
  return links.length > 0 && (linkDensity(heading) >= 0.5 || links.some((a) => GENERATOR_PITCH.test(textOf(a))));
}

/** The generator's "### title": the first block, after any link-only heading a Pages theme puts above the post. */
function firstHeading(body: Element): Element | null {
  let first = body.firstElementChild;
  while (first && isGeneratorLinkLine(first)) first = first.nextElementSibling;
  return first && /^h[1-3]$/.test(first.localName) ? first : null;
}

function openingTextAfter(title: Element): string {
  let text = '';
  for (let el = title.nextElementSibling; el && text.length < OPENING_CHARS; el = el.nextElementSibling) {
    if (!isGeneratorLinkLine(el)) text += collapseWhitespace(el.textContent ?? '');
  }
  return text.slice(0, OPENING_CHARS);
}

/** The generator's frame around an article, or null when the page is not laid out by it (or not by this version). */
export function generatorFrame(page: SourcePage, rules: GeneratorRules): GeneratorFrame | null {
  const title = firstHeading(page.body);
  // The generator's rule under its title: a page that only ends on a 原文链接 line (an archive's saved news page) has none.
  if (title?.nextElementSibling?.localName !== 'hr') return null;
  const footerStart = footerStartOf(page.body, rules.footerMarkers);
  if (!footerStart) return null;
  // A feed digest closes each of its items on a 原文链接 line: its last item's is no generator's footer.
  if (creditedItemLinksOf(page.body, page)) return null;
  const footerText = textFrom(footerStart, page.body);
  const frame = { title, footerStart, footerText, originalUrl: originalUrlInText(footerText), openingText: openingTextAfter(title) };
  if (rules.rejectFooter?.test(footerText) || (rules.accepts && !rules.accepts(frame))) return null;
  return frame;
}

function removeGeneratorLinkLines(body: Element): void {
  for (const heading of descendantsByTag(body, HEADING_TAGS)) {
    if (!isGeneratorLinkLine(heading)) continue;
    removeJunkBefore(heading);
    heading.remove();
  }
}

/** The text between the title and the footer, as the family's own copy. */
function selectBetweenTitleAndFooter(page: SourcePage, frame: GeneratorFrame): Selection {
  const { copy, twins } = copyWithTwins(page.body, [frame.title, frame.footerStart] as const);
  const [title, footerStart] = twins;
  (title as ChildNode).remove();
  removeJunkBefore(footerStart);
  removeFrom(footerStart, copy);
  return { body: copy };
}

const generatorSteps: readonly Step<GeneratorFrame>[] = [
  ({ body }) => removeGeneratorLinkLines(body),
  ({ body }) => adoptSiblingCaptions(body),
  ({ body }) => wrapLooseText(body),
  ({ body }) => splitBreakParagraphs(body),
  // Credits are read before their lines go.
  ({ body, notes }) => {
    const text = plainTextOf(body);
    notes.author = parseReporter(text);
    notes.editor = parseEditor(text);
  },
  ({ body }) => cutAtLine(body, SITE_TRAILERS),
  ({ body }) => removeLines(body, SITE_CREDIT_LINES),
  ({ body, page, related }) => related.push(...takeRelatedLists(body, page.location.blobUrl)),
  ({ body }) => trimEdges(body),
  ({ body }) => joinWrappedCjkLines(body),
];

/** A family of the generator's article pages under `rules`. */
export function generatorArticleFamily(id: string, rules: GeneratorRules): Family<GeneratorFrame> {
  return {
    id,
    recognise: (page) => generatorFrame(page, rules),
    article: {
      select: selectBetweenTitleAndFooter,
      steps: [...(rules.reshape ?? []), ...generatorSteps],
      minTextChars: MIN_ARTICLE_CHARS,
      fields: {
        originalUrl: [({ frame }) => frame.originalUrl],
        title: [({ frame }) => collapseWhitespace(frame.title.textContent ?? '')],
        outlet: [({ frame }) => outletOfUrl(frame.originalUrl), ({ frame }) => normaliseOutlet(frame.openingText.slice(0, OPENING_OUTLET_CHARS))],
        published: [fromNote('published'), leadDateline],
        author: [fromNote('author')],
        editor: [fromNote('editor')],
      },
    },
  };
}

// Where the generator files its pages: pages/<channel>/<id>.md and indexes/<channel>.md (or .html on Pages).
const GENERATOR_PAGE_DIR = /(?:^|\/)(?:pages|indexes)\/./;
const GENERATOR_PAGE_FILE = /\.(?:md|html)$/;
/** Two anchored tests on the path: one pattern for both was retried from every "/pages/" to the end. */
const isGeneratorPageLink = (href: string): boolean => {
  const path = withoutQuery(href);
  return GENERATOR_PAGE_FILE.test(path) && GENERATOR_PAGE_DIR.test(path);
};
const MIN_INDEX_LINKS = 5;

/** Channel lists are named after the channel, prefixed by the site's letter: indexes/S看大陆.md. */
function indexTitle(page: SourcePage): string {
  const heading = firstHeading(page.body);
  if (heading && !firstDescendant(heading, 'a')) return collapseWhitespace(heading.textContent ?? '');
  const file = page.location.path.split('/').pop() ?? '';
  return file.replace(/\.(?:md|html?)$/i, '').replace(/^[A-Z](?=\p{Script=Han})/u, '');
}

// Blocks whose links make a line of a list.
const LINK_LINE = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li'];
// Share of the page's text that its link lines must hold: an article with a list of links is still an article.
const MIN_INDEX_LINK_SHARE = 0.5;

/** A README portal or channel list of the generator: mostly lines of links to its pages. */
export function generatorIndex(page: SourcePage, family: string): IndexPage | null {
  const seen = new Set<string>();
  const links: RelatedLink[] = [];
  const lines = new Set<Element>();
  for (const a of linksIn(page.body)) {
    const href = a.getAttribute('href') ?? '';
    if (!isGeneratorPageLink(href)) continue;
    const line = closestByTag(a, LINK_LINE);
    if (line) lines.add(line);
    const url = absoluteUrl(href, page.location.blobUrl);
    const title = textOf(a);
    if (!url || !title || seen.has(url)) continue;
    seen.add(url);
    links.push({ title, url });
  }
  if (links.length < MIN_INDEX_LINKS) return null;
  const lineChars = Array.from(lines).reduce((sum, line) => sum + cjkLength(line.textContent ?? ''), 0);
  if (lineChars < cjkLength(page.body.textContent ?? '') * MIN_INDEX_LINK_SHARE) return null;
  return { kind: 'index', family, form: page.form, title: indexTitle(page), mirrorUrl: page.location.blobUrl, links };
}

/** The generator's README portals and channel lists, filed under the family `id`: index pages only. */
export function generatorIndexFamily(id: string): Family<IndexPage> {
  return { id, recognise: (page) => generatorIndex(page, id), classify: (_page, index) => index };
}
