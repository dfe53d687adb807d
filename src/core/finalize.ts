import type { Article, ArticleImage } from './article';
import { joinDatelineToText, removeCaptionsOfNothing, removeContentsRun, removeRepeatedOpening, settleMarkedCaptions, lineBlocks, MAX_CAPTION_CHARS, removeRepeatedTitle, replaceDrawnRules, replaceWithFigure } from './clean/blocks';
import { absoluteUrl, removeAuthorBox, removeEmptyElements, removeWriterBoxOverText, removeBlogChrome, removeEndMarks, removeImageSyntaxText, removeInlineBoxes, removeMediaPlaceholders, removeScrapedEdges, cutText, removeTrackingPixels, takeRelatedPointers, takeRunInPointers, textOf, unwrapSwallowingLinks } from './clean/clutter';
import { removePromoBanners } from './clean/banners';
import { replaceLineBreakMarks } from './clean/line-break-marks';
import { removeSocialEmbeds, replaceEmojiImages, takeLinkCards } from './clean/embeds';
import { cutPortalFoot } from './clean/portal-foot';
import { removeSiteImages } from './clean/site-images';
import type { FamilyDraft } from './family';
import { closingStaffCredit, parseCommentaryAuthor, parseEditor, parseReporter, writerOfByline, writerOfFootCard } from './meta/byline';
import { frontMatterDate, parseAddressDate, parseLeadDateline, parsePathDate, titleDate } from './meta/date';
import { detectLang } from './meta/lang';
import { readMetadataTable } from './meta/metadata-table';
import { addressesPage, asFollowed, originalUrlAfterLabel, originalUrlInLinks, originalUrlInText, isHttpUrl } from './meta/original-url';
import { closingOutletCredit, outletOfDateline, outletOfUrl, soleOutletIn } from './meta/outlet';
import { cleanTitle, outletOfTitlePrefix } from './meta/title';
import { closestByTag, descendantsByTag, firstDescendant, linksIn } from './dom';
import type { SourcePage } from './page';
import { sanitizeArticleBody } from './sanitize';
import { frontMatterString } from './source/front-matter';
import { SENTENCE_END, cjkLength, collapseWhitespace, excerptOf, plainTextOf, readingMinutes } from './text';

/** Where relative links in the file resolve: the blob view's address for repository files. */
function linkBase(page: SourcePage): string {
  return page.location.blobUrl;
}

const CAMO_HOST = 'camo.githubusercontent.com';
// An outlet named in the text's first characters ("大纪元记者…", a dateline) is the article's; several named there are a
// compiled story's sources.
const OUTLET_LEAD_CHARS = 40;

function isCamoUrl(url: string): boolean {
  try {
    return new URL(url).hostname === CAMO_HOST;
  } catch {
    return false;
  }
}

function resolveUrls(body: HTMLElement, page: SourcePage): void {
  const base = linkBase(page);
  for (const a of linksIn(body)) {
    const href = absoluteUrl(a.getAttribute('href') ?? '', base);
    if (href) a.setAttribute('href', href);
    else a.removeAttribute('href');
  }
  for (const img of descendantsByTag(body, ['img'])) {
    const src = absoluteUrl(img.getAttribute('src') ?? '', base);
    // The original address is GitHub's word only where GitHub wrote it: on a camo-proxied image of the
    // blob view. Anywhere else the attribute is the page author's, who could name another article's
    // picture with it; there the image is what the page loaded. ('' would resolve to the page itself.)
    const canonicalSrc = page.form === 'blob' && src && isCamoUrl(src) ? img.getAttribute('data-canonical-src') : null;
    const canonical = (canonicalSrc ? absoluteUrl(canonicalSrc, base) : null) ?? src;
    if (!src || !canonical) {
      img.remove();
      continue;
    }
    img.setAttribute('src', src);
    img.setAttribute('data-canonical-src', canonical);
  }
}

/**
 * The block an image stands in: its paragraph or div, or a layout table of one cell around it (明慧 sets each
 * picture and its caption line in a one-cell table).
 */
function imageBlock(img: Element): Element | null {
  const table = closestByTag(img, ['table']);
  const rows = table ? Array.from((table as HTMLTableElement).rows) : [];
  if (table && rows.length === 1 && rows[0]?.cells.length === 1) return table;
  return closestByTag(img, ['p', 'div']);
}

/** An image alone in a block with a short text: make it a figure with that text as its caption. */
function figureise(body: HTMLElement): void {
  for (const img of descendantsByTag(body, ['img'])) {
    const block = imageBlock(img);
    // A picture a figure already holds is figured: its block may be the wrapper of a short text around that figure.
    if (closestByTag(img, ['figure']) || !block || block === body || descendantsByTag(block, ['img']).length !== 1 || closestByTag(block, ['figure'])) continue;
    const caption = collapseWhitespace(block.textContent ?? '');
    if (caption.length > MAX_CAPTION_CHARS) continue;
    replaceWithFigure(block, img, caption);
  }
}

/**
 * One entry per image the body shows, in order: a picture shown twice (the poster of two videos) is two
 * images of the article, each with its own caption. Whoever fetches them dedupes by URL.
 */
function imagesOf(body: Element): ArticleImage[] {
  const images: ArticleImage[] = [];
  for (const img of descendantsByTag(body, ['img'])) {
    const canonicalUrl = img.getAttribute('data-canonical-src') ?? '';
    const loadedUrl = img.getAttribute('src') ?? canonicalUrl;
    if (!canonicalUrl) continue;
    const figure = closestByTag(img, ['figure']);
    const caption = collapseWhitespace((figure && firstDescendant(figure, 'figcaption'))?.textContent ?? '');
    images.push({ canonicalUrl, loadedUrl, alt: img.getAttribute('alt') ?? '', caption });
  }
  return images;
}

/** The first candidate that gives a value: each metadata field's fallback chain, in its order. */
function firstOf(...candidates: Array<() => string | null | undefined>): string | null {
  for (const candidate of candidates) {
    const value = candidate();
    if (value) return value;
  }
  return null;
}

// Front-matter keys archive generators give the original under: feed posts' `from`, Hugo archives' `original_url`
// (next to `url`, their own copy's address: a Wayback capture, which is no original), jekyll-import's RSS posts'
// `link` (the feed item's address).
const ORIGINAL_KEYS = ['from', 'original_url', 'link'];

/** The original a page's front matter names under one of those keys, or null. */
export function frontMatterOriginal(page: SourcePage): string | null {
  for (const key of ORIGINAL_KEYS) {
    const original = frontMatterString(page.frontMatter, key);
    if (isHttpUrl(original)) return original;
  }
  return null;
}

/**
 * The original a page credits: front matter `from` / `original_url` / `link`, else a "原文：" credit link or text in `root`. The shared
 * chain, which a family also reads early when it is about to cut the credit lines.
 */
export function creditedOriginal(page: SourcePage, root: Element, text: string): string | null {
  const named = frontMatterOriginal(page);
  if (named) return named;
  // The link right after its label first: a tool's link may open the credit's line ("本文由[简悦SimpRead](…)转码，原文地址：<…>").
  const credited = originalUrlAfterLabel(root) ?? originalUrlInLinks(root) ?? originalUrlInText(text);
  return credited && creditsThePage(text, creditPosition(root, text, credited)) ? credited : null;
}

/** Enough of a block's opening words to find it in the text. */
const BLOCK_KEY_CHARS = 16;

/**
 * Where a credit stands in the text: its address where the text shows it, else the block of the link that carries
 * it (a link credited by its words, "原文" before it: in a Q&A compilation, an answer's aside in the middle, not the
 * page's credit). -1 when neither is found.
 */
function creditPosition(root: Element, text: string, url: string): number {
  const shown = text.indexOf(url);
  if (shown >= 0) return shown;
  const link = linksIn(root).find((candidate) => candidate.getAttribute('href') === url);
  const blockKey = collapseWhitespace(link?.parentElement?.textContent ?? '').slice(0, BLOCK_KEY_CHARS);
  return blockKey ? text.indexOf(blockKey) : -1;
}

/**
 * A mirror credits its source before or after the article; a credit deep inside a long text credits a passage
 * it quotes (a compilation's "（以上二段的原文链接：URL）"), not the page. Within this many characters of either
 * end a credit is the page's; an article shorter than twice this is all edge.
 */
const CREDIT_EDGE_CHARS = 2000;

function creditsThePage(text: string, at: number): boolean {
  // A credit whose place is not found (a link whose block's words the text does not hold as they stand) is kept.
  return at < 0 || at < CREDIT_EDGE_CHARS || at > text.length - CREDIT_EDGE_CHARS;
}

/** The text without its image captions: a list row or a preview should open with the article's words. */
function withoutCaptions(text: string, images: ArticleImage[]): string {
  const captions = new Set(images.map((image) => image.caption).filter(Boolean));
  return captions.size === 0 ? text : text.split('\n\n').filter((paragraph) => !captions.has(paragraph)).join('\n\n');
}

// A post with no headline of its own (a microblog post kept as a page) is titled by its first sentence, cut to this.
const OPENING_TITLE_CHARS = 30;
// A list item's marker left as text ("- 4月20日下午，…").
const LIST_MARK = /^[-*•·]\s{1,3}/u;

/** The first sentence of the text, as a list row or a tab would name the page. */
function openingTitle(text: string): string {
  const breakAt = text.indexOf('\n\n');
  const first = (breakAt < 0 ? text : text.slice(0, breakAt)).trim().replace(LIST_MARK, '');
  const end = first.search(SENTENCE_END);
  const sentence = Array.from(end < 0 ? first : first.slice(0, end + 1));
  return sentence.length <= OPENING_TITLE_CHARS ? sentence.join('') : `${sentence.slice(0, OPENING_TITLE_CHARS).join('')}…`;
}

/**
 * A credit closing the text, read by `read` from its last paragraph: the credit goes from the text, the whole paragraph or
 * the credit run onto its last sentence.
 */
function takeClosingCredit<Credit extends { creditChars: number }>(body: Element, read: (paragraph: string) => Credit | null): Credit | null {
  const last = lineBlocks(body).filter((line) => textOf(line) !== '').at(-1);
  if (!last || closestByTag(last, ['figure'])) return null;
  const raw = last.textContent ?? '';
  const paragraph = raw.trim();
  const credit = read(paragraph);
  if (!credit) return null;
  if (credit.creditChars === paragraph.length) last.remove();
  else cutText(last, credit.creditChars + raw.length - raw.trimEnd().length, 'end');
  return credit;
}

/**
 * The outlet a copy credits in its text's last paragraph, a known outlet's name alone ("世界日报") or a source credit run onto
 * its last sentence ("…更是稀少。 来源：博讯"). A credit to another outlet than the one the family read stays, the text's own
 * word on where it came from.
 */
function takeClosingOutletCredit(body: Element, outlet: string | null): string | null {
  const credit = takeClosingCredit(body, (paragraph) => {
    const read = closingOutletCredit(paragraph);
    return read && (!outlet || read.outlet === outlet) ? read : null;
  });
  return credit?.outlet ?? null;
}

/** Turn a family's draft into the Article: shared metadata fallbacks, images, sanitising, text measures. */
export function finalizeArticle(page: SourcePage, family: string, draft: FamilyDraft): Article {
  const { body } = draft;
  unwrapSwallowingLinks(body);
  removeTrackingPixels(body);
  removeSocialEmbeds(body);
  const linkCards = takeLinkCards(body);
  const pointers = [...takeRunInPointers(body, page.location.blobUrl), ...takeRelatedPointers(body, page.location.blobUrl)];
  removeBlogChrome(body);
  removeAuthorBox(body);
  removeWriterBoxOverText(body, draft.author ?? null);
  removeEndMarks(body);
  removeImageSyntaxText(body);
  removeMediaPlaceholders(body);
  removeInlineBoxes(body);
  // Before the site's foot is read: a pitch under the outlet's closing lines (禁闻网's circumvention ad, set as a paragraph
  // under 希望之声's reprint terms) would hide them.
  removePromoBanners(body);
  const footCredits = cutPortalFoot(body);
  removeScrapedEdges(body);
  replaceLineBreakMarks(body);
  replaceDrawnRules(body);
  replaceEmojiImages(body);
  // After the promo banners: a copy's notice over the text (禁闻网's) stands over the repeated title.
  removeRepeatedTitle(body, cleanTitle(draft.title));
  joinDatelineToText(body);
  removeSiteImages(body);
  // A caption whose picture a copy dropped (禁闻网's text edition keeps every "<figure><figcaption>" and no picture) would
  // read as a paragraph of the text; after the site's own pictures are gone, so their captions go with them.
  removeCaptionsOfNothing(body);
  settleMarkedCaptions(body);
  removeRepeatedOpening(body);
  removeContentsRun(body);
  // RFA's staff line stands under any outlet credit: it goes first.
  const staff = takeClosingCredit(body, closingStaffCredit);
  const closingOutlet = takeClosingOutletCredit(body, draft.outlet ?? null);
  resolveUrls(body, page);
  figureise(body);
  removeEmptyElements(body);

  const safe = sanitizeArticleBody(body, page.window);
  const text = plainTextOf(safe);
  const images = imagesOf(safe);
  const prose = withoutCaptions(text, images);
  const title = cleanTitle(draft.title) || openingTitle(prose);

  // The fallbacks every page shares come after what the family knew better.
  // When the file says it was filed: its front matter, else its path.
  const filed = firstOf(() => frontMatterDate(page.frontMatter), () => parsePathDate(page.location.path));
  const credited = asFollowed(firstOf(() => draft.originalUrl, () => creditedOriginal(page, safe, text)));
  const originalUrl = credited && addressesPage(credited) ? credited : null;
  // Last, the site an archive's saved file is named after.
  const outlet = firstOf(
    () => draft.outlet,
    () => closingOutlet,
    () => outletOfTitlePrefix(title),
    () => soleOutletIn(text.slice(0, OUTLET_LEAD_CHARS)),
    () => outletOfUrl(credited),
    () => outletOfDateline(prose),
    () => readMetadataTable(page.body)?.site,
  );
  return {
    kind: 'article',
    family,
    form: page.form,
    title,
    outlet,
    published: firstOf(
      () => draft.published,
      () => parseLeadDateline(safe),
      () => titleDate(title, filed),
      () => filed,
      () => parseAddressDate(originalUrl),
    ),
    author: writerOfByline(firstOf(() => draft.author, () => staff?.reporter, () => parseReporter(text), () => writerOfFootCard(footCredits, originalUrl), () => parseCommentaryAuthor(title, text))),
    editor: firstOf(() => draft.editor, () => staff?.editor, () => parseEditor(text)),
    originalUrl,
    mirrorUrl: page.location.blobUrl,
    lang: detectLang(text),
    leadImage: images[0] ?? null,
    images,
    contentHtml: safe.innerHTML,
    text,
    excerpt: excerptOf(prose),
    length: cjkLength(text),
    readingMinutes: readingMinutes(text),
    related: [...(draft.related ?? []), ...linkCards, ...pointers],
  };
}
