// A real article made as long as a Q&A compilation (hundreds of thousands of characters): its body's
// paragraphs repeated after it. For the long-page path (content/extractor.ts, MAX_TEXT_READ_IN_TAB),
// whose behaviour follows the page's length, not its kind.
const FRONT_MATTER = /^---\n[\s\S]{0,4000}?\n---\n/;

/** `source` (a Markdown file) with its body repeated until it holds at least `minChars` characters more. */
export function lengthenedSource(source: string, minChars: number): string {
  const body = source.replace(FRONT_MATTER, '');
  return source + `\n\n${body}`.repeat(Math.ceil(minChars / body.length));
}
