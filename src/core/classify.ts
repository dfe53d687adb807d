// Pages that are not articles: indexes (mostly a list of links to articles) and the rest that reaches a
// reader from a mirror repository — code, software READMEs, about pages, issue threads. Used by the generic
// fallback and open to any family; rules read the normalised page's structure and text, never classes.
import type { IndexPage, NotArticle, RelatedLink } from './article';
import { absoluteUrl, linkDensity, textOf } from './clean/clutter';
import { childNodesOf, closestByTag, descendantsByTag, firstDescendant, HEADING_TAGS, linksIn, textNodesIn } from './dom';
import { LABELLED_LINES } from './meta/labels';
import { cleanTitle, isChromeTitle } from './meta/title';
import type { SourcePage } from './page';
import { frontMatterString } from './source/front-matter';
import { collapseWhitespace, hanCount } from './text';

/** An index page of `family` with its article links (absolute URLs). */
export function indexPage(page: SourcePage, family: string, links: RelatedLink[], title = pageTitle(page)): IndexPage {
  return { kind: 'index', family, form: page.form, title, mirrorUrl: page.location.blobUrl, links };
}

function notArticle(page: SourcePage, reason: string): NotArticle {
  return { kind: 'not-article', reason, form: page.form };
}

/** What the page calls itself: front-matter title, first heading, or the host's title, chrome titles aside. */
export function pageTitle(page: SourcePage): string {
  const heading = descendantsByTag(page.body, ['h1', 'h2', 'h3'])[0];
  const candidates = [frontMatterString(page.frontMatter, 'title'), heading ? textOf(heading) : '', page.hostTitle];
  return cleanTitle(candidates.find((title) => title && !isChromeTitle(title)) ?? '');
}

// ── Indexes ──────────────────────────────────────────────────────────────────────────────────────────

// A link text long enough to be a headline, not navigation ("首页", "下一页", "查看更多"): 6 Han
// characters, or 4 words of other scripts.
const HEADLINE_HAN_CHARS = 6;
const HEADLINE_WORDS = 4;
// An index holds at least this many headline links…
const MIN_INDEX_LINKS = 5;
// …and they make up at least this share of its text; a long list may carry dates or summaries.
const INDEX_LINK_SHARE = 0.5;
const LONG_INDEX_LINKS = 12;
const LONG_INDEX_LINK_SHARE = 0.3;

function isHeadline(text: string): boolean {
  return hanCount(text) >= HEADLINE_HAN_CHARS || text.split(' ').filter((w) => /\p{L}{2,}/u.test(w)).length >= HEADLINE_WORDS;
}

/**
 * The absolute address of a link in a repository file. In the file, "/path" starts at the repository's
 * root; github.com has already rewritten it to "/OWNER/REPO/blob/BRANCH/path" in the blob view. An HTML
 * page's links resolve as the browser resolves them.
 */
export function repositoryLinkUrl(href: string, page: SourcePage): string | null {
  const { owner, repo, branch } = page.location;
  const rootRelative = href.startsWith('/') && !href.startsWith('//');
  if (page.form !== 'html' && owner && repo && rootRelative && !href.startsWith(`/${owner}/${repo}/`)) {
    return absoluteUrl(`.${href}`, `https://github.com/${owner}/${repo}/blob/${branch}/`);
  }
  return absoluteUrl(href, page.location.blobUrl);
}

/** Links whose text reads as a headline, absolute and de-duplicated, in page order. */
export function headlineLinksOf(root: Element, page: SourcePage): RelatedLink[] {
  const seen = new Set<string>();
  const links: RelatedLink[] = [];
  for (const a of linksIn(root)) {
    const href = a.getAttribute('href') ?? '';
    const title = textOf(a);
    const url = href.startsWith('#') ? null : repositoryLinkUrl(href, page);
    if (!url || seen.has(url) || !isHeadline(title)) continue;
    seen.add(url);
    links.push({ title, url });
  }
  return links;
}

/**
 * The length of the text a reader sees before opening anything: a closed <details> shows its <summary> alone. An
 * archive's directory page folds each link's abstract so ("[…](….md)<details><summary>查看摘要</summary>…</details>").
 */
function shownTextLength(root: Element): number {
  let folded = 0;
  for (const details of descendantsByTag(root, ['details'])) {
    if (details.hasAttribute('open') || (details.parentElement && closestByTag(details.parentElement, ['details']))) continue;
    for (const child of childNodesOf(details)) {
      if ((child as Element).localName !== 'summary') folded += collapseWhitespace(child.textContent ?? '').length;
    }
  }
  return collapseWhitespace(root.textContent ?? '').length - folded;
}

/** The article links of a page that is mostly a list of them, or null when it is not an index. */
export function indexLinksOf(root: Element, page: SourcePage): RelatedLink[] | null {
  const links = headlineLinksOf(root, page);
  if (links.length < MIN_INDEX_LINKS) return null;
  const textLength = shownTextLength(root);
  const linkShare = links.reduce((n, link) => n + link.title.length, 0) / Math.max(1, textLength);
  const isIndex = linkShare >= INDEX_LINK_SHARE || (links.length >= LONG_INDEX_LINKS && linkShare >= LONG_INDEX_LINK_SHARE);
  return isIndex ? links : null;
}

// A digest generator's day page: headed sections, each a teaser that closes on a link to the full text in the same
// mirror ("[详情](…_zh.md) [Details](….md)" under a Chinese and an English headline). The links' own words name no
// headline; the section's headings do, in the order of its links. A site's list page saved whole is one too: its
// stories' headlines as headings, each over its date and a button to the story on the site ("#### 永旺奖学金在我校设立"
// over "2017.12" and "[详情](http://news.whu.edu.cn/…)", 自由時報's "### …" over "[查看詳情](https://news.ltn.com.tw/…)").
// A digest's card closes on a button to its original ("查看原文 →"); a button may carry an arrow.
const MORE_LINK = /^(?:详情|詳情|查看详情|查看詳情|全文|阅读全文|閱讀全文|查看全文|阅读更多|閱讀更多|更多|查看原文|阅读原文|閱讀原文|details|more|read more|full (?:story|text|article)|continue reading)\s{0,2}[→›»>]{0,2}$/iu;
/** A button that names where the story is ("[來源](https://news.ltn.com.tw/…)" under each headline of 自由時報's topic page): an
 * article's sources read so too, so it counts only on a list of one other site's stories. */
const SOURCE_BUTTON = /^(?:來源|来源|source)$/iu;

/** The teaser links of `root` whose host `accepts`, titled by their sections' headings: a section's last headings title its
 * links in order (the page's own headings stand over the first section's). */
function teaserLinksOn(root: Element, page: SourcePage, accepts: (host: string) => boolean, isButton: (text: string) => boolean): RelatedLink[] {
  const links: RelatedLink[] = [];
  const seen = new Set<string>();
  let headings: string[] = [];
  let urls: string[] = [];
  const closeSection = (): void => {
    urls.forEach((url, i) => links.push({ title: headings[Math.max(0, headings.length - urls.length + i)]!, url }));
    headings = [];
    urls = [];
  };
  for (const el of descendantsByTag(root, [...HEADING_TAGS, 'a'])) {
    if (el.localName !== 'a') {
      if (urls.length > 0) closeSection();
      headings.push(textOf(el));
      continue;
    }
    const url = isButton(textOf(el)) ? repositoryLinkUrl(el.getAttribute('href') ?? '', page) : null;
    if (!url || headings.length === 0 || !accepts(new URL(url).host) || seen.has(url)) continue;
    seen.add(url);
    urls.push(url);
  }
  closeSection();
  return links;
}

// A digest of many sites' stories gives each a headline, a line or two of summary and the button: this many characters of
// the page's text a link at most. An article whose sections each close on a link to a different site is longer.
const MAX_TEASER_CHARS = 400;

/** The full texts a page of headed teasers links to, titled by their sections' headings, or null when it is none: the links
 * in the same mirror, or those and the links to one other site, the site whose list it is (links to many sites may close
 * an article's sections), or to many sites when the teasers are short. */
export function teaserLinksOf(root: Element, page: SourcePage): RelatedLink[] | null {
  const mirrorHost = new URL(page.location.blobUrl).host;
  const isMoreLink = (text: string) => MORE_LINK.test(text);
  const inMirror = teaserLinksOn(root, page, (host) => host === mirrorHost, isMoreLink);
  if (inMirror.length >= MIN_INDEX_LINKS) return inMirror;
  const all = teaserLinksOn(root, page, () => true, (text) => isMoreLink(text) || SOURCE_BUTTON.test(text));
  const otherHosts = new Set(all.map((link) => new URL(link.url).host).filter((host) => host !== mirrorHost));
  const shortTeasers = shownTextLength(root) <= all.length * MAX_TEASER_CHARS;
  return all.length >= MIN_INDEX_LINKS && (otherHosts.size === 1 || shortTeasers) ? all : null;
}

// A blog's list page: each entry its headline linked alone on a line, over an excerpt the generator cut short with an
// ellipsis (Hugo's summary "…...", Jekyll's excerpt "..."). The excerpts outweigh the links, yet the page is an index.
const CUT_EXCERPT = /(?:…|\.{3})[.…]{0,6}$/u;

// An annotated index's entry: the headline linked alone, over a quote summing the article up that closes on its dated line
// (trans-history's yearly indexes: "> 发布日期：2011-02-14 | 作者：… | 标签：… | [存档链接](…)"). The date says the quote is an
// entry's, not the words an article quotes from the page it links.
const isDatedQuoteLine = (block: Element): boolean => closestByTag(block, ['blockquote']) !== null && LABELLED_LINES.published.test(textOf(block));

/** The link of a block that is one headline link and nothing else, or null. */
function headlineLinkAlone(block: Element, page: SourcePage): RelatedLink | null {
  const link = firstDescendant(block, 'a');
  const title = textOf(block);
  if (!link || textOf(link) !== title || !isHeadline(title)) return null;
  const url = repositoryLinkUrl(link.getAttribute('href') ?? '', page);
  return url ? { title: cleanTitle(title), url } : null;
}

/** The entries of a list of headlines over cut excerpts or dated quotes, or null when the page is none. */
export function excerptLinksOf(root: Element, page: SourcePage): RelatedLink[] | null {
  const links: RelatedLink[] = [];
  const seen = new Set<string>();
  let entry: RelatedLink | null = null;
  for (const block of descendantsByTag(root, [...HEADING_TAGS, 'p'])) {
    const headline = headlineLinkAlone(block, page);
    if (headline) {
      entry = headline;
    } else if (entry && !seen.has(entry.url) && (CUT_EXCERPT.test(textOf(block)) || isDatedQuoteLine(block))) {
      seen.add(entry.url);
      links.push(entry);
      entry = null;
    }
  }
  return links.length >= MIN_INDEX_LINKS ? links : null;
}

// A list saved as a table: a row per post, its headline in one cell and the link to it in another (a daily digest's
// "标题 | 摘要 | 来源 | 时间" rows link the source's name, "量子位", not the headline). The links' words name no headline; the
// rows' do. Most of a table's rows so, and most of the page's text in them, make an index; an article's table of sources or
// figures has rows without links or prose around it.
const TABLE_INDEX_ROW_SHARE = 0.8;

/** A row's headline: its first cell that reads as one, without the badges beside it (a score "5", "多家"), its longest run of text. */
function rowHeadline(row: Element): string | null {
  const cell = descendantsByTag(row, ['td', 'th']).find((td) => isHeadline(textOf(td)));
  if (!cell) return null;
  const runs = textNodesIn(cell).map((node) => collapseWhitespace(node.nodeValue ?? ''));
  const longest = runs.reduce((best, run) => (run.length > best.length ? run : best), '');
  return cleanTitle(isHeadline(longest) ? longest : textOf(cell));
}

/** The posts of a page that is mostly tables of rows each titled by a headline and linking to its post, or null. */
export function tableRowLinksOf(root: Element, page: SourcePage): RelatedLink[] | null {
  const links: RelatedLink[] = [];
  const seen = new Set<string>();
  let rowsText = 0;
  for (const table of descendantsByTag(root, ['table'])) {
    const rows = descendantsByTag(table, ['tr']).filter((row) => closestByTag(row, ['table']) === table && firstDescendant(row, 'td'));
    const found: RelatedLink[] = [];
    let text = 0;
    for (const row of rows) {
      const href = firstDescendant(row, 'a')?.getAttribute('href') ?? '#';
      const url = href.startsWith('#') ? null : repositoryLinkUrl(href, page);
      const title = url ? rowHeadline(row) : null;
      if (!url || !title || seen.has(url)) continue;
      seen.add(url);
      found.push({ title, url });
      text += textOf(row).length;
    }
    if (found.length < MIN_INDEX_LINKS || found.length < rows.length * TABLE_INDEX_ROW_SHARE) continue;
    links.push(...found);
    rowsText += text;
  }
  return links.length > 0 && rowsText >= shownTextLength(root) * INDEX_LINK_SHARE ? links : null;
}

// A feed digest's day page: numbered items under headings of one level, each closing on its own credited original ("## 3.
// 标题" over the item's source, date, summary and text, then "**原文链接：** [URL](URL)"). The originals, titled by their
// headings without the item's number, make an index: one file holds dozens of other sites' articles. An article's own
// sections may each credit a source ("## 正文" … "原文链接：", "## 参考文献" … "原文地址："), but are not numbered.
const ITEM_NUMBER = /^\d{1,3}\s{0,2}[.、．]\s{0,2}/u;
// Two items so set are a digest already.
const MIN_DIGEST_ITEMS = 2;
const HEADING_LEVEL = /^h([1-6])$/;

/** The originals an item's credit lines give, one per item under numbered headings of `level` or above; each item's heading titles its link. */
function creditedLinksAtLevel(blocks: readonly Element[], level: number, page: SourcePage): RelatedLink[] {
  const links: RelatedLink[] = [];
  let title: string | null = null;
  let credited: string[] = [];
  const closeItem = (): void => {
    if (title && credited.length === 1) links.push({ title, url: credited[0]! });
  };
  for (const el of blocks) {
    const headingLevel = HEADING_LEVEL.exec(el.localName)?.[1];
    if (headingLevel) {
      if (Number(headingLevel) > level) continue;
      closeItem();
      const heading = textOf(el);
      title = ITEM_NUMBER.test(heading) ? heading.replace(ITEM_NUMBER, '') : null;
      credited = [];
    } else if (title && LABELLED_LINES.originalUrl.test(textOf(el))) {
      const url = absoluteUrl(firstDescendant(el, 'a')?.getAttribute('href') ?? '', page.location.blobUrl);
      if (url) credited.push(url);
    }
  }
  closeItem();
  return links;
}

/** A digest's items, each with its own credited original, or null when the page is no digest. The shallowest heading level wins a tie (an item's own subheadings, "### 正文", hold its credit too). */
export function creditedItemLinksOf(root: Element, page: SourcePage): RelatedLink[] | null {
  const blocks = descendantsByTag(root, [...HEADING_TAGS, 'p']);
  let best: RelatedLink[] = [];
  for (let level = 1; level <= HEADING_TAGS.length; level++) {
    const links = creditedLinksAtLevel(blocks, level, page);
    if (links.length > best.length) best = links;
  }
  return best.length >= MIN_DIGEST_ITEMS ? best : null;
}

// ── Not articles ─────────────────────────────────────────────────────────────────────────────────────

const ISSUE_PATH = /\/(?:issues|pull|pulls|discussions)\/\d+(?:\/|$)/;
const CODE_FILE = /\.(?:[cm]?js|tsx?|jsx|py|rb|go|rs|java|kt|swift|c|cc|cpp|h|hpp|cs|php|pl|sh|bash|ps1|bat|ya?ml|json|toml|ini|cfg|conf|css|scss|less|xml|sql|lock|gradle|dockerfile)$/i;
const PROJECT_FILE = /(?:^|\/)(?:LICEN[CS]E|COPYING|CHANGELOG|CHANGES|CONTRIBUTING|CODE_OF_CONDUCT|SECURITY|AUTHORS)(?:\.\w+)?$/i;
// A static site's templates and partials (Jekyll, Hugo): Liquid or Go markup, never an article.
const SITE_TEMPLATE_PATH = /(?:^|\/)(?:_includes|_layouts|_sass|_data|layouts\/partials)\//;
// The same markup outside those folders (a site's index.html, list.html; a Go forum's view/…/article.html):
// Liquid's or Go's control tags in the text itself, not quoted in a code block.
const TEMPLATE_TAG = /\{%-?\s{0,4}(?:if|unless|for|endif|endunless|endfor|assign|capture|include|else|elsif)\b|\{\{-?\s{0,4}(?:range|if|else|end|with|define|template|block)\b/g;
const MIN_TEMPLATE_TAGS = 2;
const README_FILE = /(?:^|\/)readme(?:[._-][\w-]+)?\.(?:md|markdown|rst|txt|html?)$/i;
// Section headings of software documentation.
const SOFTWARE_HEADING = /^(?:(?:install(?:ation|ing)?|usage|how to use|getting started|quick ?start|build(?:ing)?|requirements|prerequisites|dependencies|configuration|license|contributing|development|api|faq)\b|安装|安裝|使用(?:方法|说明|說明|教程)|用法|编译|編譯|部署|配置|依赖|依賴|许可|許可|开源协议|開源協議|贡献|貢獻|开发|開發|快速(?:开始|開始|上手)|常见问题|常見問題)/i;
const BADGE_IMAGE = /shields\.io|badge(?:\.svg|s?\/)|travis-ci\.|circleci\.com|codecov\.io|\/actions\/workflows\//i;
const ABOUT_TITLE = /^(?:关于|關於|about)\s*(?:本站|我们|我們|本项目|本項目|本计划|us|this (?:site|project)|me)?$/i;
const ABOUT_PATH = /(?:^|\/)about(?:[-_]?us)?(?:\.(?:md|html?))?\/?$/i;
// Source code read as prose: program punctuation and keywords, hardly any Han text.
const CODE_PUNCTUATION = /[{}();=<>[\]]/g;
const CODE_KEYWORDS = /\b(?:function|return|import|export|const|let|var|def|class|public|private|static|void|package|func|fn|#include|#define|elif|lambda|async|await)\b/g;
const CODE_PUNCTUATION_SHARE = 0.06;
const MIN_CODE_KEYWORDS = 3;
const MAX_CODE_HAN_SHARE = 0.1;
// A page whose text is mostly in code blocks is documentation or code, whatever else it holds.
const CODE_BLOCK_SHARE = 0.5;

function looksLikeSourceCode(text: string): boolean {
  const chars = text.replace(/\s+/g, '').length;
  if (chars === 0 || hanCount(text) / chars > MAX_CODE_HAN_SHARE) return false;
  const punctuation = text.match(CODE_PUNCTUATION)?.length ?? 0;
  const keywords = text.match(CODE_KEYWORDS)?.length ?? 0;
  return punctuation / chars >= CODE_PUNCTUATION_SHARE && keywords >= MIN_CODE_KEYWORDS;
}

function templateTagsOutsideCode(root: Element): number {
  const count = (text: string): number => text.match(TEMPLATE_TAG)?.length ?? 0;
  let inCode = 0;
  for (const pre of descendantsByTag(root, ['pre'])) inCode += count(pre.textContent ?? '');
  return count(root.textContent ?? '') - inCode;
}

function codeBlockShare(root: Element, textLength: number): number {
  let inCode = 0;
  for (const pre of descendantsByTag(root, ['pre'])) inCode += collapseWhitespace(pre.textContent ?? '').length;
  return inCode / Math.max(1, textLength);
}

/** Markers of software documentation: section headings, CI badges, code blocks. */
function softwareMarkers(root: Element): number {
  let markers = firstDescendant(root, 'pre') ? 1 : 0;
  for (const heading of descendantsByTag(root, ['h1', 'h2', 'h3', 'h4'])) if (SOFTWARE_HEADING.test(textOf(heading))) markers++;
  for (const img of descendantsByTag(root, ['img'])) {
    const src = `${img.getAttribute('data-canonical-src') ?? ''} ${img.getAttribute('src') ?? ''}`;
    if (BADGE_IMAGE.test(src)) markers++;
  }
  return markers;
}

/** Why a page that reached a family is not an article (code, a software README, an about page…), or null. */
export function notArticleReason(page: SourcePage): string | null {
  const { path } = page.location;
  if (page.blockPage) return page.blockPage;
  if (ISSUE_PATH.test(path)) return 'issue or pull-request thread';
  if (CODE_FILE.test(path)) return 'source code file';
  if (PROJECT_FILE.test(path)) return 'software project file';
  if (SITE_TEMPLATE_PATH.test(path) || templateTagsOutsideCode(page.body) >= MIN_TEMPLATE_TAGS) return 'site template';
  const markers = softwareMarkers(page.body);
  if (README_FILE.test(path) && markers >= 1) return 'software README';
  if (markers >= 3) return 'software documentation';
  const title = pageTitle(page);
  if (ABOUT_TITLE.test(title) || ABOUT_PATH.test(path)) return 'about page';
  // A page that names nothing and asks the reader to type is an app its scripts fill (a ranking table, a
  // submission box), not an article; a saved article's search box comes with the article's title.
  if (!title && page.takesInput) return 'web app page';
  const text = page.body.textContent ?? '';
  if (looksLikeSourceCode(text)) return 'source code';
  if (codeBlockShare(page.body, collapseWhitespace(text).length) >= CODE_BLOCK_SHARE) return 'code listing';
  return null;
}

// A page of links that are no headlines (tools, sites, repositories) is a link list, not an index.
const LINK_LIST_MIN_LINKS = 8;
const LINK_LIST_DENSITY = 0.5;

function isLinkList(root: Element): boolean {
  return linksIn(root).length >= LINK_LIST_MIN_LINKS && linkDensity(root) >= LINK_LIST_DENSITY;
}

/** The shared verdict for pages no family layout claims: an index, not an article, or null for an article. */
export function classifyPage(page: SourcePage, family: string): IndexPage | NotArticle | null {
  const reason = notArticleReason(page);
  // A digest prints each item's HTML as code too: its items still make it an index (a block page never is one).
  const digest = page.blockPage ? null : creditedItemLinksOf(page.body, page);
  if (reason && !digest) return notArticle(page, reason);
  // A saved news page's head says it is one article: the site's menus and lists around it make no index of it.
  if (page.declaresArticle) return null;
  const links = indexLinksOf(page.body, page) ?? teaserLinksOf(page.body, page) ?? excerptLinksOf(page.body, page) ?? tableRowLinksOf(page.body, page) ?? digest;
  if (links) return indexPage(page, family, links);
  return isLinkList(page.body) ? notArticle(page, 'link list') : null;
}
