// Cheap scans of source text before any parsing: an HTML parser (jsdom's above all) takes seconds on
// 100,000 elements or 5,000 levels of nesting, and no real article comes near either.

export const MAX_SOURCE_ELEMENTS = 20_000;
export const MAX_SOURCE_DEPTH = 400;

// What a blank line may hold besides its line feed.
const LINE_SPACE = new Set([' ', '\t', '\r']);

// Elements the parser closes by itself (or that have no content): they do not nest in practice.
const NON_NESTING = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option']);
// A tag's attributes run to the next `>` and never past a `<`: `[^>]*?(\/?)>` was retried from every
// `<` to the end of a source with no `>` (quadratic). Names longer than any real element's stop a match.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]{0,63})(?=[\s/>])[^<>]*>/g;

/** Why a source is too big to be an article, or null when it is fine to parse. */
export function sourceTooLarge(source: string): string | null {
  let elements = 0;
  let depth = 0;
  let maxDepth = 0;
  for (const match of source.matchAll(TAG)) {
    const [whole, closing, name = ''] = match;
    const selfClosing = whole.endsWith('/>');
    const tag = name.toLowerCase();
    if (closing) {
      if (!NON_NESTING.has(tag)) depth = Math.max(0, depth - 1);
      continue;
    }
    elements++;
    if (!selfClosing && !NON_NESTING.has(tag)) maxDepth = Math.max(maxDepth, ++depth);
  }
  // Every blank-line-separated Markdown block becomes at least one element too.
  elements += blankLinesAtMost(source, MAX_SOURCE_ELEMENTS - elements + 1);
  elements += tableCellsAtMost(source, MAX_SOURCE_ELEMENTS - elements + 1);
  if (maxDepth > MAX_SOURCE_DEPTH) return 'markup nested too deep';
  if (elements > MAX_SOURCE_ELEMENTS) return 'page too large';
  return null;
}

/**
 * The blank lines of a source, as Markdown reads them: empty, or spaces and tabs only. A Q&A compilation indented
 * every separator (`\n    \n`), so a search for two line feeds saw half its 25,000 blocks and let a 1.6 MB page
 * through to a parse it never finished. One forward scan; counting stops past `limit`.
 */
function blankLinesAtMost(source: string, limit: number): number {
  let blank = 0;
  for (let start = source.indexOf('\n') + 1; start > 0 && blank <= limit; start = source.indexOf('\n', start) + 1) {
    let i = start;
    while (i < source.length && LINE_SPACE.has(source[i]!)) i++;
    if (source[i] === '\n') blank++;
  }
  return blank;
}

/**
 * The elements a Markdown pipe table becomes, one block however many lines: a row and a cell per pipe of each line
 * that holds one (a pipe in prose counts too; the bound is loose). A 10,000-row table in Markdown took 47 s to extract
 * where the same table in HTML is refused. Counting stops past `limit`.
 */
function tableCellsAtMost(source: string, limit: number): number {
  let cells = 0;
  // The end of the line of the last pipe counted: a pipe past it opens a row on a line of its own. Both searches
  // only go forward, so the scan is linear however many pipes a line holds.
  let lineEnd = -1;
  for (let i = source.indexOf('|'); i !== -1 && cells <= limit; i = source.indexOf('|', i + 1)) {
    cells++;
    if (i > lineEnd) {
      cells++;
      lineEnd = source.indexOf('\n', i);
      if (lineEnd === -1) lineEnd = source.length;
    }
  }
  return cells;
}
