// Inert documents: DOMParser output runs no scripts and loads no images, in browsers and in jsdom.
// It is also linear where jsdom's innerHTML on an element is quadratic in the number of nodes.
export type CoreWindow = Window & typeof globalThis;

export function parseInertHtml(win: CoreWindow, html: string): Document {
  return new win.DOMParser().parseFromString(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`, 'text/html');
}

/** The heading elements, in their order of level. */
export const HEADING_TAGS: readonly string[] = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

// NodeFilter.SHOW_ELEMENT and SHOW_TEXT; NodeFilter itself is no global outside browsers.
const SHOW_ELEMENT = 1;
const SHOW_TEXT = 4;

/** The text nodes below `root`, in document order. */
export function textNodesIn(root: Element): Text[] {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** The first text node below `root` that holds more than whitespace: a walk that stops there. */
export function firstVisibleText(root: Element, skippedTags: readonly string[] = []): Text | null {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (/\S/.test(node.nodeValue ?? '') && !(skippedTags.length > 0 && node.parentElement && closestByTag(node.parentElement, skippedTags))) return node as Text;
  }
  return null;
}

/**
 * The elements below `root` (not itself) that `accepts`, in document order. A TreeWalker with a test:
 * jsdom's selector engine and live collections cost several times more, and rules take such lists on
 * every page.
 */
export function descendantsWhere(root: Element, accepts: (el: Element) => boolean): Element[] {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT);
  const found: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (accepts(node as Element)) found.push(node as Element);
  return found;
}

// Children are read by sibling walks, never through `children`, `childElementCount` or `childNodes`: jsdom keeps
// the live list those create on the parent and rebuilds it on every later change of the parent's children, so one
// read makes each following insert or removal cost their number (seconds on a body of thousands of paragraphs).
// It also reads an HTMLCollection's length by scanning it for a named item.

/** The element children of `el` (none without it). */
export function childElements(el: Element | null | undefined): Element[] {
  const children: Element[] = [];
  for (let child = el?.firstElementChild ?? null; child; child = child.nextElementSibling) children.push(child);
  return children;
}

/** The child nodes of `node`, as a fixed list. */
export function childNodesOf(node: Node): ChildNode[] {
  const children: ChildNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
  return children;
}

/** `el`'s one element child, if it has exactly one. */
export function onlyChildElement(el: Element): Element | null {
  const first = el.firstElementChild;
  return first && !first.nextElementSibling ? first : null;
}

/** The elements below `root` with one of `tags`, in document order: querySelectorAll of a tag list. */
export function descendantsByTag(root: Element, tags: readonly string[]): Element[] {
  return descendantsWhere(root, (el) => tags.includes(el.localName));
}

const FORM_FIELDS = ['input', 'textarea', 'select'];

/** Whether `root` holds a form with a field to type or pick in. */
export function holdsInputForm(root: Element): boolean {
  // Every page is asked and few hold a form: one walk that stops at the first field.
  const inForm = (field: Element) => {
    const form = closestByTag(field, ['form']);
    return form !== null && root.contains(form);
  };
  return firstDescendantWhere(root, (el) => FORM_FIELDS.includes(el.localName) && inForm(el)) !== null;
}

/** The links below `root` that have an href: querySelectorAll('a[href]'). */
export function linksIn(root: Element): HTMLAnchorElement[] {
  return descendantsWhere(root, (el) => el.localName === 'a' && el.hasAttribute('href')) as HTMLAnchorElement[];
}

/** `el` or its nearest ancestor with one of `tags`: closest() of a tag list. */
export function closestByTag(el: Element, tags: readonly string[]): Element | null {
  let current: Element | null = el;
  while (current && !tags.includes(current.localName)) current = current.parentElement;
  return current;
}

/**
 * The first element below `root` that `accepts`, in document order; the walk stops there. From `after` (a node
 * below `root`), only what follows it is walked: on a long page, the foot is read without the whole text before it.
 */
export function firstDescendantWhere(root: Element, accepts: (el: Element) => boolean, after?: Node): Element | null {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT);
  if (after) walker.currentNode = after;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (accepts(node as Element)) return node as Element;
  return null;
}

/** Whether `root` holds more than `limit` elements; stops counting there. */
export function holdsMoreElementsThan(root: Element, limit: number): boolean {
  let count = 0;
  return firstDescendantWhere(root, () => ++count > limit) !== null;
}

/** The first element below `root` with the tag, in document order: querySelector(tag). */
export function firstDescendant(root: Element, tag: string): Element | null {
  return firstDescendantWhere(root, (el) => el.localName === tag);
}
