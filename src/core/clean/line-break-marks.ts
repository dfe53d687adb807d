import { closestByTag, textNodesIn } from '../dom';

// kramdown (Jekyll's renderer, so GitHub Pages') forces a line break with two backslashes at a line's end. GitHub's
// own rendering and ours read `\\` as an escaped backslash, so the file's other forms show "…风雪；\" then the next line.

/** A backslash closing a line of text: the break kramdown would have made. */
const BREAK_MARK = /\\[ \t]{0,8}\n/;
/** A backslash closing a block's text: kramdown's break there ends nothing. */
const TRAILING_BREAK_MARK = /\\[ \t]{0,8}$/;
/** Code keeps its backslashes: there they are the code's. */
const CODE_TAGS = ['pre', 'code'];
/** Blocks whose last line may carry a mark that breaks nothing. */
const LINE_BLOCKS = ['p', 'li', 'dd', 'td', 'th', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** Whether `node` ends its block's text (a trailing mark there breaks nothing). */
function endsBlock(node: Text): boolean {
  const parent = node.parentElement;
  return !node.nextSibling && !!parent && LINE_BLOCKS.includes(parent.localName);
}

/** Lines ending in kramdown's break mark are broken as kramdown breaks them, and the marks go. */
export function replaceLineBreakMarks(root: Element): void {
  if (!(root.textContent ?? '').includes('\\')) return;
  const doc = root.ownerDocument;
  const marked = textNodesIn(root).filter((node) => {
    const text = node.data;
    if (!text.includes('\\') || closestByTag(node.parentElement ?? root, CODE_TAGS)) return false;
    return text.search(BREAK_MARK) >= 0 || (TRAILING_BREAK_MARK.test(text) && endsBlock(node));
  });
  for (const node of marked) {
    const text = endsBlock(node) ? node.data.replace(TRAILING_BREAK_MARK, '') : node.data;
    const pieces: Node[] = [];
    for (const line of text.split(BREAK_MARK)) {
      if (pieces.length > 0) pieces.push(doc.createElement('br'));
      pieces.push(doc.createTextNode(line));
    }
    node.replaceWith(...pieces);
  }
}
