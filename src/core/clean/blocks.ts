import { childElements, childNodesOf, closestByTag, descendantsByTag, firstDescendant, firstDescendantWhere, firstVisibleText, HEADING_TAGS, textNodesIn } from '../dom';
import { cjkLength, collapseWhitespace, lettersOnly, SENTENCE_END, withoutSpaces } from '../text';

// Block-level reshaping of mirrored bodies. Generators paste a site's article HTML as it came:
// text left beside paragraphs, several paragraphs in one <p> split by <br><br>, captions in a
// sibling block of their image, credit lines and site trailers inside the article. These helpers
// read structure and text only (GitHub's shape has no classes).

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

// Blocks that hold a line of text once loose text is wrapped: where credit lines and trailers live.
const LINE_BLOCKS = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dd', 'dt', 'div', 'blockquote', 'figcaption', 'td'];

/** A caption is a line or two under the image, not a paragraph. */
export const MAX_CAPTION_CHARS = 200;

/** Put a figure of `img`, with `caption` when there is one, where `holder` stands (the holder may be the image). */
export function replaceWithFigure(holder: Element, img: Element, caption: string): void {
  const doc = holder.ownerDocument;
  const figure = doc.createElement('figure');
  holder.replaceWith(figure);
  figure.append(img);
  if (caption) {
    const figcaption = doc.createElement('figcaption');
    figcaption.textContent = caption;
    figure.append(figcaption);
  }
}

export function isBlockElement(node: Node): node is Element {
  return node.nodeType === 1 && BLOCK_TAGS.has((node as Element).localName);
}

function isBreak(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).localName === 'br';
}

function isBlankText(node: Node): boolean {
  return node.nodeType === 3 && collapseWhitespace(node.textContent ?? '') === '';
}

function hasContent(nodes: readonly Node[]): boolean {
  return nodes.some((n) => collapseWhitespace(n.textContent ?? '') !== '' || (n.nodeType === 1 && ((n as Element).localName === 'img' || !!firstDescendant(n as Element, 'img'))));
}

/** Leading and trailing <br>s and blank text of a run of inline nodes are layout, not content. */
function trimBreaks(nodes: ChildNode[]): ChildNode[] {
  let start = 0;
  let end = nodes.length;
  while (start < end && (isBreak(nodes[start]!) || isBlankText(nodes[start]!))) start++;
  while (end > start && (isBreak(nodes[end - 1]!) || isBlankText(nodes[end - 1]!))) end--;
  return nodes.slice(start, end);
}

/** Take the <br>s and blank text left at a block's edges once words were cut from them. */
export function removeEdgeBreaks(block: Element): void {
  const kept = new Set(trimBreaks(childNodesOf(block)));
  for (const node of childNodesOf(block)) if (!kept.has(node)) node.remove();
}

function paragraphOf(doc: Document, nodes: readonly ChildNode[]): HTMLParagraphElement {
  const p = doc.createElement('p');
  p.append(...nodes);
  return p;
}

/**
 * Text a site left directly in a container, beside or instead of paragraphs (明慧's opening text
 * before the first <p>, RFA text after an inline image closed the <p>), becomes paragraphs of its own.
 */
export function wrapLooseText(root: Element): void {
  const doc = root.ownerDocument;
  for (const container of [root, ...descendantsByTag(root, ['div', 'blockquote', 'figure'])]) {
    let run: ChildNode[] = [];
    const flush = (before: ChildNode | null) => {
      const content = trimBreaks(run);
      const kept = new Set(content);
      const edges = run.filter((node) => !kept.has(node));
      run = [];
      if (!hasContent(content) || content.every((n) => n.nodeType === 1 && (n as Element).localName === 'img')) return;
      container.insertBefore(paragraphOf(doc, content), before);
      // Line breaks around the new paragraph would only add blank lines between blocks.
      for (const node of edges) if (isBreak(node)) node.remove();
    };
    for (const child of childNodesOf(container)) {
      if (isBlockElement(child)) flush(child);
      else run.push(child);
    }
    flush(null);
  }
}

/** Split a node list at runs of two or more <br>s (blank text between them allowed). */
function segmentsAtDoubleBreaks(nodes: readonly ChildNode[]): ChildNode[][] {
  const segments: ChildNode[][] = [[]];
  let pending: ChildNode[] = [];
  let breaks = 0;
  for (const node of nodes) {
    if (isBreak(node)) {
      pending.push(node);
      breaks++;
      continue;
    }
    if (breaks > 0 && isBlankText(node)) {
      pending.push(node);
      continue;
    }
    if (breaks >= 2) segments.push([]);
    else segments[segments.length - 1]!.push(...pending);
    pending = [];
    breaks = 0;
    segments[segments.length - 1]!.push(node);
  }
  return segments.map(trimBreaks).filter(hasContent);
}

/** A <p> holding several paragraphs separated by blank lines (<br><br>) becomes one <p> each. */
export function splitBreakParagraphs(root: Element): void {
  const doc = root.ownerDocument;
  for (const p of descendantsByTag(root, ['p'])) {
    if (!firstDescendant(p, 'br')) continue;
    const segments = segmentsAtDoubleBreaks(childNodesOf(p));
    if (segments.length < 2) continue;
    p.replaceWith(...segments.map((nodes) => paragraphOf(doc, nodes)));
  }
}

/** Split a node list at every <br>, the breaks left out. */
export function linesAtBreaks(nodes: readonly ChildNode[]): ChildNode[][] {
  const lines: ChildNode[][] = [[]];
  for (const node of nodes) {
    if (isBreak(node)) lines.push([]);
    else lines[lines.length - 1]!.push(node);
  }
  return lines.map(trimBreaks).filter(hasContent);
}

/** The nodes of a block's last line, after its last <br>, when the block holds more than one line; else none. */
export function lastLineAfterBreak(block: Element): ChildNode[] {
  if (!firstDescendant(block, 'br')) return [];
  const lines = linesAtBreaks(childNodesOf(block));
  return lines.length >= 2 ? lines.at(-1)! : [];
}

/**
 * A <p> of lines set apart by single <br>s, every one of which `isLine` accepts (a header's labelled lines: "来源: 美国之音"
 * over "时间: 2018年4月17日 00:33"), becomes one <p> a line: each is read, and taken out, as a line of its own.
 */
export function splitLineParagraphs(root: Element, isLine: (text: string) => boolean): void {
  const doc = root.ownerDocument;
  for (const p of descendantsByTag(root, ['p'])) {
    if (!firstDescendant(p, 'br')) continue;
    const lines = linesAtBreaks(childNodesOf(p));
    if (lines.length < 2 || !lines.every((nodes) => isLine(collapseWhitespace(nodes.map((node) => node.textContent ?? '').join(''))))) continue;
    p.replaceWith(...lines.map((nodes) => paragraphOf(doc, nodes)));
  }
}

/** The outermost ancestor (below `root`) that holds nothing but this image. */
export function imageHolder(img: Element, root: Element): Element {
  let holder: Element = img;
  while (holder.parentElement && holder.parentElement !== root) {
    const parent: Element = holder.parentElement;
    // Walks that stop at the first text or the first other image: an ancestor holding the whole body is asked once
    // per image, and reading its text each time cost the square of the page (seconds on a long Q&A compilation).
    if (firstVisibleText(parent) || firstDescendantWhere(parent, (el) => el.localName === 'img' && el !== img)) break;
    holder = parent;
  }
  return holder;
}

/**
 * An image whose caption sits in the next block (RFA: image div, then caption div) becomes a figure.
 * Only when the image's own alt/title says the same as that block, so body text is never taken; or when the block is the
 * photo's credit that closes the alt (Yahoo's "(Photo by Momodu Mansaray/FilmMagic)" under a picture whose alt is Getty's
 * caption ending on it).
 */
export function adoptSiblingCaptions(root: Element): void {
  for (const img of descendantsByTag(root, ['img'])) {
    if (closestByTag(img, ['figure'])) continue;
    const holder = imageHolder(img, root);
    const next = holder.nextElementSibling;
    if (!next || firstDescendant(next, 'img')) continue;
    const caption = collapseWhitespace(next.textContent ?? '');
    const label = collapseWhitespace(img.getAttribute('alt') || img.getAttribute('title') || '');
    const saysTheSame = caption === label || caption.startsWith(label) || (isPhotoCredit(caption) && label.endsWith(caption));
    if (!caption || caption.length > MAX_CAPTION_CHARS || !label || !saysTheSame) continue;
    replaceWithFigure(holder, img, caption);
    next.remove();
  }
}

// What a figure's caption may stand for: a picture, or a video or a player the page embeds.
const PICTURE_TAGS = new Set(['img', 'picture', 'video', 'svg', 'iframe', 'embed', 'object', 'audio']);

/**
 * A caption set apart from its picture: a <figure> that holds nothing but its <figcaption>, in a box right after the
 * picture's (a WordPress image block of Aesop Story Engine, as Nei.st republishes WSJ and Bloomberg: the picture's box,
 * then the figure with the caption and its credit, "Photograph by Joe Raedle/Getty Images"). Read as text, the caption
 * and the credit were paragraphs, the credit at times the article's last. The picture becomes a figure with the
 * caption's lines, in their order; only when the box before holds one picture and no text. Where no picture stands
 * before it (the mirror lost the picture: "Photograph by Ilyes Griyeb" over an empty placeholder; 禁闻网's text edition
 * keeps every figure and no picture), the caption of nothing goes, unless it is as long as a paragraph. A figure that
 * holds more than its caption (a pull quote, a listing) is not one.
 */
export function adoptDetachedCaptions(root: Element): void {
  for (const { figcaption, box, pictures } of captionOnlyFigures(root)) {
    if (pictures.length === 0) removeCaptionOfNothing(figcaption, box);
    if (pictures.length !== 1) continue;
    const lines = lineBlocks(figcaption).map((line) => collapseWhitespace(line.textContent ?? '')).filter(Boolean);
    const caption = (lines.length > 0 ? lines : [collapseWhitespace(figcaption.textContent ?? '')]).join(' ');
    if (!caption || caption.length > MAX_CREDITED_CAPTION_CHARS) continue;
    const img = pictures[0]!;
    replaceWithFigure(imageHolder(img, root), img, caption);
    box.remove();
  }
}

/**
 * On any page, only the caption of nothing goes (禁闻网's text edition keeps every figure and no picture): a box of a
 * picture before it is adopted only where a family knows its layout (Nei.st's), for a picture a page lost on the way
 * (RFI's lazy picture, its placeholder a tracking pixel) would take another's caption.
 */
export function removeCaptionsOfNothing(root: Element): void {
  for (const { figcaption, box, pictures } of captionOnlyFigures(root)) if (pictures.length === 0) removeCaptionOfNothing(figcaption, box);
}

/** Each figure that holds nothing but its caption, with the box it stands alone in and the pictures of the box right
 * before that, when that box shows no text. */
function captionOnlyFigures(root: Element): Array<{ figcaption: Element; box: Element; pictures: Element[] }> {
  const found = [];
  for (const figcaption of descendantsByTag(root, ['figcaption'])) {
    const figure = closestByTag(figcaption, ['figure']);
    if (!figure || !root.contains(figure) || firstDescendantWhere(figure, (el) => PICTURE_TAGS.has(el.localName))) continue;
    if (collapseWhitespace(figure.textContent ?? '') !== collapseWhitespace(figcaption.textContent ?? '')) continue;
    let box: Element = figure;
    while (box.parentElement && box.parentElement !== root && childElements(box.parentElement).length === 1) box = box.parentElement;
    const before = box.previousElementSibling;
    found.push({ figcaption, box, pictures: before && !firstVisibleText(before) ? descendantsByTag(before, ['img']) : [] });
  }
  return found;
}

/** A paragraph set in a caption's box says more sentences than a caption does. */
const MIN_PARAGRAPH_SENTENCES = 3;
const SENTENCE_ENDS = /[。！？!?]/gu;

/** A caption of nothing as long as a paragraph, and saying as much, is the text set in the wrong box (a Medium story's
 * paragraph in its figure's caption), not a lost picture's: it stays. */
function removeCaptionOfNothing(figcaption: Element, box: Element): void {
  const caption = collapseWhitespace(figcaption.textContent ?? '');
  const isParagraph = caption.length > MAX_CAPTION_CHARS && (caption.match(SENTENCE_ENDS)?.length ?? 0) >= MIN_PARAGRAPH_SENTENCES;
  if (!isParagraph) box.remove();
}

// What marks a line as a picture's caption on Chinese news sites: its credit in brackets closing it ("（路透社资料图片）",
// "（网络图片）", "（视频截图）", "（粤语组制图）", "(微博图片)", "（图片来源：央视视频截图）", "（图/维基百科公有领域）", "(图)",
// "（视频截图合成）", "（资料图/RFA）", "（视频截图/路透社）", "（图片拍摄：蓝字计划）", "（作者 摄）", "（摄于2019年6月28日）", a news agency), whoever provided the
// picture ("（受访者提供）", RFA's "（志愿者提供/记者乔龙）", "（网站截图/乔龙提供）", "（国防部提供）", "（图／传影互动提供）"), where it was
// taken from (自由时报's "（图撷取Scripps Research Institute自官网）", "（图取自facebook.com/NancyPelosi）"), or its opening
// words saying what the picture shows ("图为…", "图片：…", "图：…").
const CAPTION_CREDIT_CLOSING =
  /[（(][^（）()]{0,24}(?:图片|圖片|照片|截图|截圖|资料图|資料圖|制图|製圖|示意图|示意圖)(?:合成)?(?:\s{0,2}[/／][^（）()]{1,20})?[)）]。?$|[（(]\s{0,2}(?:[图圖]|图片|圖片|照片)(?:来源|來源|拍摄|拍攝)?(?:\s{0,2}[/／:：][^（）()]{0,24})?[)）]。?$|[（(][^（）()]{0,12}(?:摄影|攝影|摄|攝)(?:(?:于|於)[^（）()]{1,20})?[)）]。?$|[（(][^（）()]{0,24}提供[^（）()]{0,20}[)）]。?$|[（(]\s{0,2}(?:[图圖]片?\s{0,2}[/／:：]?\s{0,2}[撷擷]?取|[撷擷]取)(?:自[^（）()]{1,30}|[^（）()自]{1,30}自[^（）()]{1,20})[)）]。?$/u;
/** The news and photo agencies whose credit marks a caption. */
const NEWS_AGENCY = '(?:美[联聯]社|路透社?|法新社|中央社|新[华華]社|中新社|[欧歐]新社|[韩韓][联聯]社|共同社|Getty\\s{0,2}Images|AP|AFP|Reuters|EPA|ABC(?:\\s{0,2}News)?)';
/** The outlets whose captions credit their own photographer, "（Name／Outlet）" (大纪元's "（许侠／大纪元）", 看中国's "（摄影：庞大伟/看中国）"),
 * or themselves alone ("2020年4月27日，雾霾下的北京朝阳区。（大纪元）", 明慧网's "…真相不干胶。（明慧网）"). */
const PHOTOGRAPHERS_OUTLET = '(?:大[纪紀]元|The\\s{0,2}Epoch\\s{0,2}Times|看中[国國]|新唐人|NTD|RFA|自由[时時][报報]|明慧[网網])';
/** A news agency credited in brackets (one or two, or after its photographer) closes a caption of a sentence or two
 * ("世界卫生组织总干事谭德塞（法新社）", "香港首富李嘉诚。（路透）", "…（韩联社/美联社）", "…抵达澳大利亚。（ABC News：Taryn Southcombe）",
 * "(Joseph Prezioso/AFP)", "(SANDY HUFFAKER/AFP via Getty Images)"), as does an outlet alone or after its own photographer ("澳门一间赌场。（许侠／大纪元）")
 * or over its composite picture ("（大纪元合成）");
 * a paragraph of the text says more. */
const CAPTION_AGENCY_CLOSING = new RegExp(
  `^(?:[^。！？!?]{1,120}。){0,2}[^。！？!?]{0,120}[（(]\\s{0,2}(?:${NEWS_AGENCY}|${PHOTOGRAPHERS_OUTLET}|(?:${NEWS_AGENCY}|${PHOTOGRAPHERS_OUTLET})合成|[^（）()/／。]{1,30}[/／]\\s{0,2}(?:${NEWS_AGENCY}|${PHOTOGRAPHERS_OUTLET}))(?:\\s{0,2}via\\s{0,2}Getty\\s{0,2}Images)?(?:\\s{0,2}[/／]\\s{0,2}${NEWS_AGENCY})?\\s{0,2}(?:[：:][^（）()。]{1,30})?[)）]$`,
  'u',
);
/** A picture's source credited inside brackets closing a line, the credit first or among notes ("(截图自何晶脸书)", "（资料照）",
 * "（示意图／翻摄自Pixabay）", "（资料照／截自推特）", "（美联社资料照合成）", "（影片来源：YouTube，若遭移除请见谅）"; RFA's "（资料照、记者夏小华摄）
 * Photo: RFA"), a photographer's post ("（Bahadir Tarimi/推特）"), or after the caption's words with no bracket ("图：翻摄自《每日邮报》", "图：翻摄Quora网站",
 * 新头壳's "图：翻摄自Winston Peters脸书。",
 * "…已过世。翻摄微博", "图源/摄图网", 世界日报's "（取材自微博）", an embedded video's "影音来源：Eric Berger YouTube", "图片来源:网易", "▲图片来源于@贵州李俊", "…武器」。资料照片", "…洗劫一空。示意图", 看中国's "…集结在西太平洋。图为资料照。", "…包括致死”。图为呼吸机示意图。", "(John Bolton)，资料照。", "显微图像©网络照片"),
 * as 自由时报, 苹果日报, RFA, 阿波罗网 and WeChat accounts credit a picture. */
const PICTURE_SOURCE_CLOSING =
  /[（(][^（）()]{0,12}(?:截[图圖]?自|翻[摄攝]|[图圖]源|[资資]料照|示意[图圖]|(?:影片|视频|視頻)[来來]源|取材自)[^（）()]{0,30}[)）]。?(?:\s{1,2}Photo\s{0,2}:\s{0,2}[\w ]{1,20})?$|[（(][^（）()/／]{1,30}[/／]\s{0,2}(?:推特|脸书|臉書|Twitter|Facebook|Instagram|IG|微博|YouTube)[)）]。?$|(?:^|[\s。！？」”）)▲])(?:[图圖]\s{0,2}[：:/／]\s{0,2}(?:翻[摄攝]自?|截自)|翻[摄攝]自?|[图圖]源\s{0,2}[：:/／]|[图圖]片[来來]源(?:于|於)?\s{0,2}[：:@]?)[^\s。！？](?:[^。！？\n]{0,40}[^\s。！？])?。?$|(?:^|[\s。！？」”，,）)])(?:(?:图为|圖為)[^\s。！？，,]{0,12})?(?:[资資]料照片?|示意[图圖])。?$|(?<=\p{Script=Han})©\s{0,2}[^\s©。，,\d]{1,16}$|^(?:影音|影片|[视視][频頻])[来來]源\s{0,2}[：:]\s{0,2}[^。！？]{1,40}$/u;
const CAPTION_OPENING = /^(?:图为|圖為|图片?[：:]|圖片?[：:])/u;
/** A caption's repeat under it, its credit left out ("13学者促全国人大独立调查疫情", RFA's bold line under the caption). */
const MIN_REPEATED_CAPTION_CHARS = 4;

const isMarkedCaption = (text: string): boolean =>
  text.length <= MAX_CAPTION_CHARS && (CAPTION_CREDIT_CLOSING.test(text) || PICTURE_SOURCE_CLOSING.test(text) || CAPTION_AGENCY_CLOSING.test(text) || CAPTION_OPENING.test(text));

/** A line this short may well be said twice (a heading, a short quote). */
const MIN_EXCERPT_CHARS = 20;

/** An excerpt cut short may close on an ellipsis the paragraph it was cut from does not have. */
const EXCERPT_CUT_MARK = /(?:…{1,2}|\.{3,6})$/u;

/**
 * The excerpt a page sets over its text, the text's opening paragraph again, whole or cut short (禁闻网's template:
 * "<p id=summary>" over the lead picture's caption and the text, the id gone with github.com's sanitising; a site's
 * excerpt of the first hundred characters, "…截至午间收盘，A股总市值蒸发6700亿" over the paragraph that goes on), or a paragraph
 * pulled from anywhere in the text (禁闻网's excerpts of 阿波罗网's roundups, a site's standfirst, a post's summary over it): the
 * first of the two goes, when the text says it just twice.
 */
export function removeRepeatedOpening(root: Element): void {
  const blocks = lineBlocks(root).filter((block) => firstVisibleText(block));
  const opening = blocks[0] ? withoutSpaces(blocks[0].textContent ?? '') : '';
  if (opening.length < MIN_EXCERPT_CHARS || closestByTag(blocks[0]!, ['figure'])) return;
  const openingWords = opening.replace(EXCERPT_CUT_MARK, '');
  const texts = blocks.map((block) => withoutSpaces(block.textContent ?? ''));
  const repeats = texts.filter((text) => text.startsWith(openingWords));
  // An excerpt is said once more; a paragraph said three times or more is the page's own (a refrain, a filler).
  if (repeats.length === 2) blocks[0]!.remove();
  // Or the excerpt runs the text's first paragraphs together, which the text parts (大纪元's summary of its lead's two
  // sentences, set as two paragraphs under it).
  else if (repeats.length === 1 && saidAgainParted(openingWords, texts.slice(1))) blocks[0]!.remove();
}

/** The paragraphs an excerpt may run together. */
const MAX_EXCERPT_PARTS = 3;

/** Whether `excerpt` is said again by a run of two or more paragraphs of `texts`, from its first words on. */
function saidAgainParted(excerpt: string, texts: readonly string[]): boolean {
  return texts.some((text, start) => {
    if (!excerpt.startsWith(text) || text === '') return false;
    let joined = text;
    for (const next of texts.slice(start + 1, start + MAX_EXCERPT_PARTS)) {
      joined += next;
      if (joined.startsWith(excerpt)) return true;
      if (!excerpt.startsWith(joined)) return false;
    }
    return false;
  });
}

/** A section head is a short line; a run of two or more is longer than any. Shorter than a few characters, a line is a
 * label ("视频", "图集"), which a lead may well hold. */
const MAX_SECTION_HEAD_CHARS = 40;
const MIN_SECTION_HEAD_CHARS = 4;
/** A run of heads names two sections at least. */
const MIN_RUN_HEADS = 2;
/** A head, and a run of heads, closes no sentence. */
const FULL_STOP = /[。．]/u;
/** A slider's head is often its section's head cut or worded anew; sharing this many characters in a row, it is the same
 * ("农民遭强制脱贫无法生存" over "中国农民遭强制脱贫 当局只管搬迁…不管生存"). */
const SHARED_HEAD_CHARS = 6;
/** A lead's sentences part their clauses with commas; a run of heads set one after the other has none to part, or sets bars
 * between its heads, whose commas are theirs ("惊人分析：唯有拔刀相见，川普之“弱”…|美媒：…|新一轮人口普查密查信仰，中共当局：…"). */
const CLAUSE_COMMA = /[，,]/u;
const HEAD_BAR = /[|｜]/u;

/**
 * A roundup's contents over its text, its section heads run together with no full stop (阿波罗网's roundups as 禁闻网 copies
 * them, the excerpt "<p id=summary>" holding the heads of the picture slider: "美对台军售飞弹 火力翻倍陈全国鲜为人知那些事华裔知名学者
 * 回国途中被捕…"; "准备回到1861年吧！剑是维护自由的最后手段|美媒：…|朱利安尼：…"): the opening block goes when two of the text's
 * own heads stand in it whole, or share a run of characters with it and it parts no clauses. A lead says its sentences to a
 * full stop.
 */
export function removeContentsRun(root: Element): void {
  const blocks = lineBlocks(root).filter((block) => firstVisibleText(block));
  const opening = blocks[0] ? withoutSpaces(blocks[0].textContent ?? '') : '';
  if (opening.length <= MAX_SECTION_HEAD_CHARS || FULL_STOP.test(opening) || closestByTag(blocks[0]!, ['figure'])) return;
  const heads = blocks.slice(1).map((block) => withoutSpaces(block.textContent ?? '')).filter((text) => text.length >= MIN_SECTION_HEAD_CHARS && text.length <= MAX_SECTION_HEAD_CHARS && !FULL_STOP.test(text));
  // Letters alone: a slider's head drops the quotation marks its section's head has ("五角大楼超越式进军6G" over "五角大楼“超越式”进军6G").
  const openingLetters = lettersOnly(opening);
  const headLetters = heads.map(lettersOnly).filter((head) => head !== '');
  const whole = headLetters.filter((head) => openingLetters.includes(head)).length;
  const sharing = headLetters.filter((head) => sharesRun(openingLetters, head)).length;
  const partsClauses = CLAUSE_COMMA.test(opening) && !HEAD_BAR.test(opening);
  if (whole >= MIN_RUN_HEADS || (sharing >= MIN_RUN_HEADS && !partsClauses)) blocks[0]!.remove();
}

/** Whether `head` shares SHARED_HEAD_CHARS characters in a row with `text` (the whole head, when shorter). */
function sharesRun(text: string, head: string): boolean {
  const run = Math.min(SHARED_HEAD_CHARS, head.length);
  for (let start = 0; start + run <= head.length; start++) if (text.includes(head.slice(start, start + run))) return true;
  return false;
}

/** The block before `block` that shows something, past empty ones (a copy's blank paragraphs). */
function shownBefore(block: Element): Element | null {
  let before = block.previousElementSibling;
  while (before && !firstVisibleText(before) && !firstDescendant(before, 'img') && before.localName !== 'img') before = before.previousElementSibling;
  return before;
}

/**
 * A paragraph its words mark as a picture's caption (a credit in brackets closing it, "图为…" opening it) becomes the
 * caption of the one picture right before it. In a copy that dropped every picture (禁闻网's text edition opens RFA's and
 * 阿波罗网's stories so: "图为东京一间工厂正制造奥运火炬。（路透社资料图片）"), the caption goes, with its repeat under it without
 * the credit.
 */
export function settleMarkedCaptions(root: Element): void {
  // A copy that kept pictures kept its captions' pictures: a marked paragraph with none before it there is the text's, its
  // last words crediting the page's picture ("…撤銷入境處的決定。（圖源：路透社資料圖）").
  const copyDroppedPictures = !firstDescendant(root, 'img');
  for (const block of descendantsByTag(root, ['p'])) {
    // A caption is one line: a paragraph of lines, or of paragraphs (a copy's wrapper), is the text, its first a caption at most.
    // (A break with no text before it or after it parts no lines: "<p><br /> （网络图片）</p>".)
    const partsLines = (br: Element): boolean => textBefore(br, block) !== '' && textAfter(br, block) !== '';
    const isOneLine = !descendantsByTag(block, ['br']).some(partsLines) && !childElements(block).some(isBlockElement);
    if (!root.contains(block) || closestByTag(block, ['figure']) || firstDescendant(block, 'img') || !isOneLine) continue;
    const caption = collapseWhitespace(block.textContent ?? '');
    if (!isMarkedCaption(caption)) continue;
    const before = shownBefore(block);
    const pictures = before && !firstVisibleText(before) ? (before.localName === 'img' ? [before] : descendantsByTag(before, ['img'])) : [];
    if (pictures.length === 1) {
      replaceWithFigure(imageHolder(pictures[0]!, root), pictures[0]!, caption);
      block.remove();
    } else if (pictures.length === 0 && copyDroppedPictures) {
      const repeat = block.nextElementSibling;
      const repeated = repeat && !firstDescendant(repeat, 'img') ? withoutSpaces(repeat.textContent ?? '') : '';
      // A sentence the caption repeats is the text's own lead (RFA's caption may restate it); a line with none is the caption's.
      const isTitleLine = !SENTENCE_END.test(repeated);
      if (isTitleLine && repeated.length >= MIN_REPEATED_CAPTION_CHARS && withoutSpaces(caption).startsWith(repeated)) repeat!.remove();
      block.remove();
    }
  }
}

// A photo's credit line, as outlets print it under a picture: "Photo by Asmut Dante on Unsplash", "Photo: X/Getty",
// "(Courtesy of Dung Kai-cheung)", an agency closing the line ("Nicolas Asfouri—AFP/Getty Images", "U.S. Army—Wikimedia
// Commons", "(TPG/Getty Images)"), "图片来源：…", "摄影：…".
const PHOTO_CREDIT = [
  /^[(（]?\s{0,2}(?:Photo(?:graph)?s?|Image|Picture|Credit|Courtesy)\b/i,
  /(?:Getty\s{0,2}Images|AFP|Reuters|AP(?:\s{1,2}Photo)?|Associated\s{1,2}Press|EPA|Shutterstock|Unsplash|Wikimedia\s{1,2}Commons|YouTube|Xinhua|新[华華]社|[视視][觉覺]中[国國])\s{0,2}[)）]?$/i,
  /^[(（]?\s{0,2}(?:[图圖]片?(?:[来來]源)?|[摄攝]影|[视視][觉覺])\s{0,2}[：:/／]/u,
];
/** A credit is a short line: a name and an agency, never a sentence of the text. */
const MAX_CREDIT_CHARS = 80;
/** A name-only credit line ("Olufemi Lawal"): short, and no sentence ends in it. */
const NAME_ONLY_CREDIT = /^[^.。!?！？:：]{2,60}$/u;
/** A caption beside a credit line may be a few sentences, never a paragraph of the text. */
const MAX_CREDITED_CAPTION_CHARS = 400;
/** A photo's box holds the picture and at most its credit and its caption. */
const MAX_PHOTO_BOX_LINES = 2;

/** A line that credits a photo. */
export function isPhotoCredit(text: string): boolean {
  return text.length <= MAX_CREDIT_CHARS && PHOTO_CREDIT.some((credit) => credit.test(text));
}

/**
 * A photo set in a box of its own at either end of the text, with its credit and caption in blocks beside it
 * (ChinaFile and TIME's lead photo: image, "Nicolas Asfouri—AFP/Getty Images", "A police officer gestures…",
 * the text in the next box) becomes one figure: the caption first, then the credit. Only a box that holds
 * nothing else, and only when a line of it reads as a credit (one line alone must be a credit by its words).
 */
export function figurePhotoBoxes(root: Element): void {
  for (const img of descendantsByTag(root, ['img'])) {
    if (!root.contains(img) || closestByTag(img, ['figure'])) continue;
    const holder = imageHolder(img, root);
    const box = holder.parentElement;
    if (!box || box === root) continue;
    const children = childElements(box);
    const lines = children.slice(1);
    const texts = lines.map((line) => collapseWhitespace(line.textContent ?? ''));
    const looseText = childNodesOf(box).some((node) => node.nodeType === 3 && /\S/.test(node.nodeValue ?? ''));
    const onlyLines = children[0] === holder && lines.length > 0 && lines.length <= MAX_PHOTO_BOX_LINES && !looseText;
    if (!onlyLines || lines.some((line) => firstDescendant(line, 'img')) || texts.some((text) => !text)) continue;
    const credits = texts.filter(isPhotoCredit);
    // A credit in the words lets the caption run to a few sentences (ChinaFile quotes the video it shows).
    const maxCaption = credits.length > 0 ? MAX_CREDITED_CAPTION_CHARS : MAX_CAPTION_CHARS;
    const credited = credits.length > 0 || (texts.length === MAX_PHOTO_BOX_LINES && texts.some((text) => NAME_ONLY_CREDIT.test(text)));
    if (texts.some((text) => text.length > maxCaption)) continue;
    const atAnEnd = textBefore(box, root) === '' || textAfter(box, root) === '';
    if (!credited || !atAnEnd) continue;
    const nameCredit = credits.length > 0 ? null : texts.find((text) => NAME_ONLY_CREDIT.test(text));
    const captions = texts.filter((text) => !credits.includes(text) && text !== nameCredit);
    replaceWithFigure(holder, img, [...captions, ...credits, ...(nameCredit ? [nameCredit] : [])].join(' '));
    for (const line of lines) line.remove();
  }
}

/** Innermost line blocks (no block children), in document order. */
export function lineBlocks(root: Element): Element[] {
  return descendantsByTag(root, LINE_BLOCKS).filter((el) => !childElements(el).some(isBlockElement));
}

/** A line to remove: a pattern its text matches, or a reader that knows its kind (a staff line, `meta/byline.ts`). */
export type LineKind = RegExp | ((text: string) => boolean);

/** Remove the line blocks whose whole text is one of `lines` (credit lines, site boilerplate). */
export function removeLines(root: Element, lines: readonly LineKind[]): void {
  for (const block of lineBlocks(root)) {
    const text = collapseWhitespace(block.textContent ?? '');
    if (text && lines.some((line) => (typeof line === 'function' ? line(text) : line.test(text)))) block.remove();
  }
}

/** Remove `node` and everything after it in document order, up to the end of `root`. */
export function removeFrom(node: Node, root: Node): void {
  let current: Node | null = node;
  while (current && current !== root) {
    while (current.nextSibling) current.nextSibling.remove();
    const parent: Node | null = current.parentNode;
    if (current === node) (current as ChildNode).remove();
    current = parent;
  }
}

/** Text of everything on one side of `node` in document order, up to that end of `root`. */
function textBeside(node: Node, root: Node, side: 'before' | 'after'): string {
  let text = '';
  for (let current: Node | null = node; current && current !== root; current = current.parentNode) {
    if (side === 'after') for (let next = current.nextSibling; next; next = next.nextSibling) text += next.textContent ?? '';
    else for (let previous = current.previousSibling; previous; previous = previous.previousSibling) text = (previous.textContent ?? '') + text;
  }
  return collapseWhitespace(text);
}

/** Text of everything after `node` in document order, up to the end of `root`. */
export function textAfter(node: Node, root: Node): string {
  return textBeside(node, root, 'after');
}

/** Text of everything before `node` in document order, from the start of `root`. */
function textBefore(node: Node, root: Node): string {
  return textBeside(node, root, 'before');
}

/** Cut the article at the first line block matching one of `trailers` (a site's footer inside the article). */
export function cutAtLine(root: Element, trailers: readonly RegExp[]): void {
  const start = lineBlocks(root).find((block) => {
    const text = collapseWhitespace(block.textContent ?? '');
    return text !== '' && trailers.some((trailer) => trailer.test(text));
  });
  if (start) removeFrom(start, root);
}

// Separator lines generators print between body and footer: <hr>, <br>, "++++++", "------".
const RULE_TEXT = /^[\s+\-=*_—─]*$/;

/** A rule drawn in characters has at least this many of them: "——" is a dash. */
const MIN_DRAWN_RULE_CHARS = 3;

/**
 * A paragraph or heading that is only a rule drawn in characters ("------", "——————", "\=====" as an HTML-to-Markdown
 * converter escapes it; bold, or under a line of its own, a heading) is a rule: an <hr>, never a line of the text.
 */
export function replaceDrawnRules(root: Element): void {
  for (const block of descendantsByTag(root, ['p', ...HEADING_TAGS])) {
    const text = block.textContent ?? '';
    if (RULE_TEXT.test(text) && withoutSpaces(text).length >= MIN_DRAWN_RULE_CHARS && !firstDescendant(block, 'img')) block.replaceWith(block.ownerDocument.createElement('hr'));
  }
}

function isJunk(node: Node): boolean {
  if (node.nodeType === 3) return RULE_TEXT.test(node.textContent ?? '');
  if (node.nodeType !== 1) return true;
  const el = node as Element;
  if (el.localName === 'hr' || el.localName === 'br') return true;
  // An image is content, whatever text it has (none).
  return el.localName !== 'img' && !firstDescendant(el, 'img') && RULE_TEXT.test(el.textContent ?? '');
}

/** What a title's repeat may differ in: spaces, punctuation and symbols ("徐芃、王敖：请…" repeated as "徐芃、王敖请…"). */
const NOT_TITLE_LETTER = /[\s\p{P}\p{S}]/u;
/** What sets a credit or a note off the title it wraps: "文章来源：微信订阅号「土豆公社」：…", "原文 …", "… 已失效", "…（11.30）". */
const TITLE_WRAP_MARK = /[\s：:|｜丨」』（(]/u;
/** The account, column or archive note around a repeated title is a few words ("微信原文", "煮咖啡的劳伦斯 荒诞主义咖啡"). */
const MAX_TITLE_WRAP_LETTERS = 16;
/** A part of the title standing alone is its repeat only when it is most of it ("大家｜比病毒可怕…" under "腾讯大家｜比病毒可怕…"). */
const MAX_TITLE_LEFTOVER_LETTERS = 12;
const MIN_TITLE_PART_LETTERS = 6;
const SENTENCE_CLOSE = /[。.]$/u;

/** The letters of `text` (no spaces, punctuation or symbols), each with its place in `text`. */
function lettersOf(text: string): { letters: string; at: number[] } {
  let letters = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (NOT_TITLE_LETTER.test(text[i]!)) continue;
    letters += text[i];
    at.push(i);
  }
  return { letters, at };
}

/**
 * Whether `line` is `title` again: the same letters, or the title wrapped in a short credit or note set off by a mark
 * ("文章来源：微信订阅号「土豆公社」：<title>", "微信原文：<title> 被删除"), or most of the title standing as a line of its own,
 * not a sentence ("景云里7号现在的说明" under "景云里7号现在的说明（11.30）"). A first line that runs on from the title
 * ("面对逼迫，我会怎么做？我在基督面前…") or leads into it in words ("周一上午，我被学生举报了！") is the text's.
 */
function repeatsTitle(line: string, title: string): boolean {
  const lineLetters = lettersOf(line);
  const titleLetters = lettersOf(title);
  const [shorter, longer] = lineLetters.letters.length <= titleLetters.letters.length ? [lineLetters, titleLetters] : [titleLetters, lineLetters];
  const longerText = longer === lineLetters ? line : title;
  const start = longer.letters.indexOf(shorter.letters);
  if (shorter.letters === '' || start < 0) return false;
  if (shorter.letters === longer.letters) return true;
  const end = start + shorter.letters.length;
  const before = start;
  const after = longer.letters.length - end;
  if (longer === titleLetters) {
    return shorter.letters.length >= MIN_TITLE_PART_LETTERS && before + after <= MAX_TITLE_LEFTOVER_LETTERS && !SENTENCE_CLOSE.test(line.trim());
  }
  // The wrap is set off by a mark where it meets the title: the last thing before it, the first thing after it.
  const markedBefore = before === 0 || TITLE_WRAP_MARK.test(longerText.slice(longer.at[start - 1]! + 1, longer.at[start]).slice(-1));
  const markedAfter = after === 0 || TITLE_WRAP_MARK.test(longerText.slice(longer.at[end - 1]! + 1, longer.at[end]).charAt(0));
  return before + after <= MAX_TITLE_WRAP_LETTERS && markedBefore && markedAfter;
}

const FIGURE_TAGS = ['figure', 'figcaption'];
/** A story's text under the headline again is longer than a video post's stand-in and credits (40 characters or so). */
const MIN_TEXT_UNDER_PICTURE_TITLE = 80;

/**
 * The headline again as the text's first line (BBC's video pages: a bold title under the player; a WeChat post's
 * title over its text, or an archive's credit with it; 美国之音's under its lead picture): no text. Only the first line
 * past a lead picture and its caption, only when it is the title again (see `repeatsTitle`), and only when text follows
 * it (a video post whose one line is its title keeps it).
 */
export function removeRepeatedTitle(root: Element, title: string): void {
  const first = firstVisibleText(root, FIGURE_TAGS);
  let line: Element | null = first?.parentElement ?? null;
  while (line && line !== root && !LINE_BLOCKS.includes(line.localName)) line = line.parentElement;
  if (!withoutSpaces(title) || !line || line === root) return;
  const lineText = line.textContent ?? '';
  if (!repeatsTitle(lineText, title) || cjkLength(root.textContent ?? '') <= cjkLength(lineText)) return;
  // Under a picture, the title line over a video's stand-in and the credits ("（视频：请到原文观看）", "（责任编辑：…）") is the post's
  // one line of text; over a story it is the headline again.
  const underPicture = first !== firstVisibleText(root);
  if (!underPicture || cjkLength(textAfter(line, root)) >= MIN_TEXT_UNDER_PICTURE_TITLE) line.remove();
}

/** A dateline a copy set apart from its paragraph: the place, a space and one dash ("华盛顿 —", "布鲁塞尔/白宫 —", 美国之音's); prose's
 * "我们问——" is no dateline. */
const DATELINE_ALONE = /^[\p{Script=Han}A-Za-z·/ ]{2,16}\s{1,2}[—–]$/u;

/**
 * The text's first line when it is a dateline set apart (美国之音's "<span>华盛顿 —</span>" as 禁闻网's copies keep it in a
 * paragraph of its own) opens the paragraph after it again: "华盛顿 — 就在…".
 */
export function joinDatelineToText(root: Element): void {
  const line = firstVisibleText(root, FIGURE_TAGS)?.parentElement;
  const paragraph = line && closestByTag(line, ['p']);
  const next = paragraph?.nextElementSibling;
  const dateline = collapseWhitespace(paragraph?.textContent ?? '').trim();
  if (!paragraph || next?.localName !== 'p' || !DATELINE_ALONE.test(dateline)) return;
  next.prepend(`${dateline} `);
  paragraph.remove();
}

/** Remove separators and empty nodes at both ends of `root` (rules left behind by cut blocks). */
export function trimEdges(root: Element): void {
  while (root.firstChild && isJunk(root.firstChild)) root.firstChild.remove();
  while (root.lastChild && isJunk(root.lastChild)) root.lastChild.remove();
}

/** Remove the separators right before `node` at its own level. */
export function removeJunkBefore(node: Node): void {
  while (node.previousSibling && isJunk(node.previousSibling)) node.previousSibling.remove();
}

// Han characters, CJK and full-width punctuation, and the quotes and dashes Chinese text uses.
const CJK_CHAR = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’…—]/u;
// A match starts only where a run of spaces starts (the lookbehind): otherwise `[^\S\n]*` before the
// newline is retried from every space of a long run (quadratic).
const WRAPPED_LINE = /(?<![^\S\n])[^\S\n]*\n\s*/g;

function lastVisibleChar(text: string): string {
  const trimmed = text.trimEnd();
  return trimmed.slice(-1);
}

function firstVisibleChar(text: string): string {
  return text.trimStart().charAt(0);
}

/**
 * Source sites' prettified HTML breaks lines around every inline element ("总统\n <a>普京</a>\n 发动"),
 * which a browser shows as stray spaces inside Chinese sentences. Line breaks between two CJK
 * characters are dropped; others are left for the browser to collapse.
 */
export function joinWrappedCjkLines(root: Element): void {
  const nodes = textNodesIn(root);
  // The first visible character after each node, for breaks at a node's end.
  const nextChars: string[] = new Array<string>(nodes.length).fill('');
  for (let i = nodes.length - 2; i >= 0; i--) nextChars[i] = firstVisibleChar(nodes[i + 1]!.data) || nextChars[i + 1]!;
  let previousChar = '';
  nodes.forEach((node, i) => {
    const text = node.data;
    if (text.includes('\n')) {
      const joined = text.replace(WRAPPED_LINE, (run: string, offset: number) => {
        const before = lastVisibleChar(text.slice(0, offset)) || previousChar;
        const after = firstVisibleChar(text.slice(offset + run.length)) || nextChars[i]!;
        return CJK_CHAR.test(before) && CJK_CHAR.test(after) ? '' : run;
      });
      if (joined !== text) node.data = joined;
    }
    previousChar = lastVisibleChar(node.data) || previousChar;
  });
}
