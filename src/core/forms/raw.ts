import { splitFrontMatter } from '../source/split-front-matter';
import { renderMarkdown } from '../source/markdown';
import { PLAIN_TEXT_FILE, plainTextParagraphs, plainTextTitle } from '../source/plain-text';
import { looksLikeLatin1Mojibake, repairLatin1Mojibake } from '../source/mojibake';
import type { MirrorLocation } from '../detect';
import type { SourcePage } from '../page';
import { childNodesOf, holdsInputForm, parseInertHtml } from '../dom';
import { nestsDeeperThan } from './depth';
import { normaliseToGithubShape } from './github-shape';
import type { PageReading } from './index';
import { declaresArticle, hostTitleOf, themeMetadata, wechatPostBody, wechatBodyChrome } from './html';
import { blockPageReason } from './block-page';

// An .html file is markup already: through Markdown, a blank line ends its HTML block and the indented lines
// after it (a saved page's nested markup) turn into code blocks, so the page reads as a code listing.
const HTML_FILE = /\.html?$/i;

// A browser with scripts on (the one a Pages site is read in) takes a <noscript> as raw text up to its first end tag; an
// inert parse reads its markup, where an end tag after an open <p> is ignored ("<p>End of </noscript>", BBC 中文's box of
// picks in 194 of 207 items of agora0/2511), leaving it open over the rest of the text, which was then dropped with it.
const NOSCRIPT_OPEN = '<noscript';
const NOSCRIPT_CLOSE = '</noscript';

/** The markup with each <noscript> cut to its first end tag, as a browser with scripts on reads it. */
function withoutNoscript(html: string): string {
  const lower = html.toLowerCase();
  if (!lower.includes(NOSCRIPT_OPEN)) return html;
  let out = '';
  let from = 0;
  for (let open = lower.indexOf(NOSCRIPT_OPEN); open >= 0; open = lower.indexOf(NOSCRIPT_OPEN, from)) {
    const close = lower.indexOf(NOSCRIPT_CLOSE, open);
    const end = close < 0 ? -1 : lower.indexOf('>', close);
    if (end < 0) break;
    out += html.slice(from, open);
    from = end + 1;
  }
  return out + html.slice(from);
}

/** A paragraph of a plain-text file: its lines, a line break between them, as the file shows them. */
function paragraphOfLines(doc: Document, lines: readonly string[]): HTMLParagraphElement {
  const p = doc.createElement('p');
  lines.forEach((line, i) => p.append(...(i > 0 ? [doc.createElement('br')] : []), line));
  return p;
}

/** Render Markdown/HTML source text into a normalised page in a fresh inert document. */
export function pageFromSource(source: string, location: MirrorLocation, win: Window & typeof globalThis): PageReading {
  const repaired = looksLikeLatin1Mojibake(source) ? repairLatin1Mojibake(source) : source;
  const { data, body: markdown } = splitFrontMatter(repaired);
  const isHtmlFile = HTML_FILE.test(location.path);
  const isPlainText = PLAIN_TEXT_FILE.test(location.path);
  const doc = parseInertHtml(win, isPlainText ? '' : withoutNoscript(isHtmlFile ? markdown : renderMarkdown(markdown)));
  const body = doc.body;
  // One at a time: a long file's paragraphs spread into one call would pass more arguments than a call may take.
  if (isPlainText) {
    const paragraphs = plainTextParagraphs(markdown);
    // A title line over paragraphs a line each is the file's headline: a heading, as the reader takes one.
    const title = plainTextTitle(paragraphs);
    if (title !== null) body.append(Object.assign(doc.createElement('h1'), { textContent: title }));
    for (const lines of title === null ? paragraphs : paragraphs.slice(1)) body.append(paragraphOfLines(doc, lines));
  }
  if (nestsDeeperThan(body)) return { reason: 'markup nested too deep' };
  // A whole page saved as a file keeps its head (parsed into the body here): read as a served page's is, before
  // shaping drops its metas, scripts and ids. The file's own front matter comes first.
  const head = isHtmlFile ? themeMetadata(doc, body) : null;
  const hostTitle = isHtmlFile ? hostTitleOf(doc, head) : '';
  const blockPage = isHtmlFile ? blockPageReason(doc) : null;
  const isArticle = isHtmlFile && declaresArticle(doc);
  // A saved WeChat post is its body alone: the account's card and the posting time over it were read as its head.
  const wechatBody = isHtmlFile ? wechatPostBody(doc) : null;
  if (wechatBody?.textContent?.trim()) body.replaceChildren(...childNodesOf(wechatBody));
  const takesInput = holdsInputForm(body);
  normaliseToGithubShape(body, wechatBody ? wechatBodyChrome : undefined);
  const page: SourcePage = {
    form: 'raw',
    location,
    doc,
    body,
    frontMatter: head ? { ...head, ...data } : data,
    hostTitle,
    takesInput,
    blockPage,
    declaresArticle: isArticle,
    served: null,
    window: win,
  };
  return { page };
}
