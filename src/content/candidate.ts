// The cheap part of detection: after the URL shape, a few markers tell whether a page can hold a
// mirrored Chinese article, without reading more than a few thousand characters of it.
import { ALL_CONTENT_ROOTS } from '../core/hosts';

/** Han characters needed in the leading text; a news article has hundreds, a code README few. */
const MIN_HAN_CHARACTERS = 60;
/** How much leading text to read for the markers. */
const SAMPLE_CHARACTERS = 4000;
const HAN = /\p{Script=Han}/gu;

/** The element holding the page's article text, if the page looks like a Chinese article. */
export function articleRoot(doc: Document): Element | null {
  for (const selector of ALL_CONTENT_ROOTS) {
    const root = doc.querySelector(selector);
    if (root && hasEnoughHan(root)) return root;
  }
  return doc.body && hasEnoughHan(doc.body) ? doc.body : null;
}

/** The start of the root's text: tells a freshly rendered page from the one it replaced. */
export function fingerprint(root: Element): string {
  return leadingText(root, 300);
}

function hasEnoughHan(root: Element): boolean {
  return (leadingText(root, SAMPLE_CHARACTERS).match(HAN)?.length ?? 0) >= MIN_HAN_CHARACTERS;
}

/** The first `max` characters of text under `root`, without serialising all of it. */
export function leadingText(root: Element, max: number): string {
  // A code view's textarea holds the file as its value, which its text nodes need not hold.
  if (root.localName === 'textarea') return (root as HTMLTextAreaElement).value.slice(0, max);
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  while (text.length < max && walker.nextNode()) text += walker.currentNode.nodeValue ?? '';
  return text.slice(0, max);
}
