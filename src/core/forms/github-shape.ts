import { childNodesOf } from '../dom';

// GitHub's Markdown sanitizer (html-pipeline SanitizationFilter) decides what survives on github.com.
// Every form is normalised to that shape, so a family's rules are written once and hold for the raw
// source, the blob view and HTML mirrors alike.

export const GITHUB_ELEMENTS = new Set([
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h7', 'h8', 'br', 'b', 'i', 'strong', 'em', 'a', 'pre', 'code', 'img', 'tt',
  'div', 'ins', 'del', 'sup', 'sub', 'p', 'ol', 'ul', 'table', 'thead', 'tbody', 'tfoot', 'blockquote', 'dl', 'dt',
  'dd', 'kbd', 'q', 'samp', 'var', 'hr', 'ruby', 'rt', 'rp', 'li', 'tr', 'td', 'th', 's', 'strike', 'summary',
  'details', 'caption', 'figure', 'figcaption', 'abbr', 'bdo', 'cite', 'dfn', 'mark', 'small', 'span', 'time', 'wbr',
]);

export const GITHUB_GLOBAL_ATTRIBUTES = new Set([
  'abbr', 'accept', 'accept-charset', 'accesskey', 'action', 'align', 'alt', 'axis', 'border', 'cellpadding',
  'cellspacing', 'char', 'charoff', 'charset', 'checked', 'clear', 'cols', 'colspan', 'color', 'compact', 'coords',
  'datetime', 'dir', 'disabled', 'enctype', 'for', 'frame', 'headers', 'height', 'hreflang', 'hspace', 'ismap',
  'label', 'lang', 'maxlength', 'media', 'method', 'multiple', 'name', 'nohref', 'noshade', 'nowrap', 'open',
  'prompt', 'readonly', 'rel', 'rev', 'rows', 'rowspan', 'rules', 'scope', 'selected', 'shape', 'size', 'span',
  'start', 'summary', 'tabindex', 'target', 'title', 'type', 'usemap', 'valign', 'value', 'vspace', 'width',
  'itemprop',
]);

export const GITHUB_ELEMENT_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  img: ['src', 'longdesc', 'data-canonical-src'],
  div: ['itemscope', 'itemtype'],
  blockquote: ['cite'],
  del: ['cite'],
  ins: ['cite'],
  q: ['cite'],
};

// Their content is dropped with them, as on GitHub.
const DROPPED_WITH_CONTENT = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'head', 'title', 'textarea', 'select']);

/** Longer than any CSS length a pixel is written as; a longer value is no pixel (and is not scanned). */
const MAX_SIZE_LENGTH = 32;

/** A width or height of at most one pixel ("0", "1px", "0.5"): a counter, not a picture. */
function isPixelSize(value: string | null | undefined): boolean {
  const trimmed = (value ?? '').trim();
  if (trimmed.length > MAX_SIZE_LENGTH) return false;
  const size = /^(\d{0,16}\.?\d{1,16})(?:px)?$/i.exec(trimmed);
  return size !== null && Number(size[1]) < 2;
}

/** The value of the first `property` declaration of an inline style, by splitting (no pattern built
 * from the property name, and nothing that backtracks on a long style). */
function styleValue(style: string, property: string): string | undefined {
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon >= 0 && declaration.slice(0, colon).trim().toLowerCase() === property) return declaration.slice(colon + 1).trimStart();
  }
  return undefined;
}

/**
 * A tracking pixel: an image the page hides or shrinks to a pixel. It must be recognised before the
 * attributes that say so are filtered away, or it would come out as an ordinary image and load.
 */
function isTrackingImage(img: Element): boolean {
  const style = img.getAttribute('style') ?? '';
  return (
    img.hasAttribute('hidden') ||
    isPixelSize(img.getAttribute('width')) ||
    isPixelSize(img.getAttribute('height')) ||
    /^none\b/i.test(styleValue(style, 'display') ?? '') ||
    /^hidden\b/i.test(styleValue(style, 'visibility') ?? '') ||
    /^0{0,16}\.?0{0,16}(?:\s{0,8}!important)?$/.test(styleValue(style, 'opacity')?.trim() ?? 'x') ||
    isPixelSize(styleValue(style, 'width')) ||
    isPixelSize(styleValue(style, 'height'))
  );
}

function keepsAttribute(tag: string, name: string): boolean {
  return GITHUB_GLOBAL_ATTRIBUTES.has(name) || (GITHUB_ELEMENT_ATTRIBUTES[tag]?.includes(name) ?? false);
}

/**
 * How a form treats its host's own chrome while copying: drop it, keep only its content, keep its content as a paragraph
 * of its own (a line the page sets in an element GitHub's sanitizer has no name for), or copy it.
 */
export type ChromeRule = (el: Element) => 'drop' | 'unwrap' | 'paragraph' | null;

// NodeFilter's SHOW_ELEMENT | SHOW_PROCESSING_INSTRUCTION (NodeFilter itself is no global outside browsers).
const SHOW_ELEMENTS_AND_INSTRUCTIONS = 0x1 | 0x40;
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/**
 * Copy served nodes into `target` (an empty element of an inert document), in GitHub's shape. The
 * browser clones them natively (importNode), then the copy is brought to shape in place: in Blink a
 * native deep clone and one walk cost a fraction of building the copy node by node from script.
 */
export function copyInGithubShape(nodes: Iterable<Node>, target: Element, chrome?: ChromeRule): void {
  const doc = target.ownerDocument;
  for (const node of nodes) target.appendChild(doc.importNode(node, true));
  normaliseToGithubShape(target, chrome);
}

/**
 * Normalise a subtree in place to what GitHub's sanitizer lets through: unknown elements are
 * unwrapped (their text stays where it was), script-like ones dropped, attributes filtered, and the
 * host's chrome treated as `chrome` says. Tracking pixels go too: GitHub would keep them, but the
 * reader must never load them. Every decision is taken on the tree as it came (a chrome rule may look
 * at an element's parent and children), and only then applied. Comments stay, as in the raw form.
 */
export function normaliseToGithubShape(root: Element, chrome?: ChromeRule): void {
  const dropped: Node[] = [];
  const unwrapped: Element[] = [];
  const paragraphs: Element[] = [];
  const kept: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENTS_AND_INSTRUCTIONS);
  let node = walker.nextNode();
  while (node) {
    const el = node as Element;
    const tag = el.localName;
    const rule = node.nodeType === 1 ? (chrome?.(el) ?? null) : 'drop';
    if (rule === 'drop' || DROPPED_WITH_CONTENT.has(tag) || (tag === 'img' && isTrackingImage(el))) {
      dropped.push(el);
      node = nextOutside(walker);
      continue;
    }
    // An element a page script made in another namespace is no element GitHub's parser would have made.
    if (rule === 'paragraph') paragraphs.push(el);
    else if (rule === 'unwrap' || !GITHUB_ELEMENTS.has(tag) || el.namespaceURI !== HTML_NAMESPACE) unwrapped.push(el);
    else kept.push(el);
    node = walker.nextNode();
  }
  for (const el of kept) {
    for (const name of el.getAttributeNames()) if (!keepsAttribute(el.localName, name)) el.removeAttribute(name);
  }
  for (const gone of dropped) gone.parentNode?.removeChild(gone);
  for (const el of unwrapped) el.replaceWith(...childNodesOf(el));
  for (const el of paragraphs) {
    const paragraph = el.ownerDocument.createElement('p');
    paragraph.append(...childNodesOf(el));
    el.replaceWith(paragraph);
  }
}

/** The walker's next node past the current one's subtree: its next sibling, or the nearest ancestor's. */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    // At the root, parentNode() is null: the walk is over.
    if (!walker.parentNode()) return null;
  }
}
