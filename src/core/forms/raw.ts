import { splitFrontMatter } from '../source/split-front-matter';
import { renderMarkdown } from '../source/markdown';
import { looksLikeLatin1Mojibake, repairLatin1Mojibake } from '../source/mojibake';
import type { MirrorLocation } from '../detect';
import type { SourcePage } from '../page';
import { holdsInputForm, parseInertHtml } from '../dom';
import { nestsDeeperThan } from './depth';
import { normaliseToGithubShape } from './github-shape';
import type { PageReading } from './index';

// An .html file is markup already: through Markdown, a blank line ends its HTML block and the indented lines
// after it (a saved page's nested markup) turn into code blocks, so the page reads as a code listing.
const HTML_FILE = /\.html?$/i;

/** Render Markdown/HTML source text into a normalised page in a fresh inert document. */
export function pageFromSource(source: string, location: MirrorLocation, win: Window & typeof globalThis): PageReading {
  const repaired = looksLikeLatin1Mojibake(source) ? repairLatin1Mojibake(source) : source;
  const { data, body: markdown } = splitFrontMatter(repaired);
  const doc = parseInertHtml(win, HTML_FILE.test(location.path) ? markdown : renderMarkdown(markdown));
  const body = doc.body;
  if (nestsDeeperThan(body)) return { reason: 'markup nested too deep' };
  const takesInput = holdsInputForm(body);
  normaliseToGithubShape(body);
  const page: SourcePage = {
    form: 'raw',
    location,
    doc,
    body,
    frontMatter: data,
    hostTitle: '',
    takesInput,
    served: null,
    window: win,
  };
  return { page };
}
