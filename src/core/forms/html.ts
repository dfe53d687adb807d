import type { MirrorLocation } from '../detect';
import type { FrontMatter } from '../source/front-matter';
import type { SourcePage } from '../page';
import { normaliseToGithubShape } from './github-shape';

// Where Jekyll themes (minima, primer, cayman…) and common blog templates put the post body.
const CONTENT_ROOTS = [
  '.post-content',
  '.entry-content',
  'article .markdown-body',
  '.markdown-body',
  'article',
  'main',
  '#content',
  '.content',
];

const TITLE_SOURCES = ['.post-title', 'article header h1', '.entry-title', 'meta[property="og:title"]'];

function firstText(doc: Document, selectors: string[]): string {
  for (const selector of selectors) {
    const el = doc.querySelector(selector);
    const text = (el?.localName === 'meta' ? el.getAttribute('content') : el?.textContent)?.trim();
    if (text) return text;
  }
  return '';
}

/** What a theme prints about the post (title, date, author) read back as front matter. */
function themeMetadata(doc: Document): FrontMatter | null {
  const data: FrontMatter = {};
  const title = firstText(doc, TITLE_SOURCES);
  if (title) data.title = title;
  const date =
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
    doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content');
  if (date) data.date = date;
  const author = firstText(doc, ['[itemprop="author"] [itemprop="name"]', '.p-author', 'meta[name="author"]']);
  if (author) data.author = author;
  return Object.keys(data).length > 0 ? data : null;
}

export function pageFromHtml(served: Document, location: MirrorLocation): SourcePage | null {
  const root = CONTENT_ROOTS.map((s) => served.querySelector(s)).find((el) => el && el.textContent?.trim()) ?? served.body;
  if (!root) return null;
  const doc = served.implementation.createHTMLDocument('');
  const body = doc.importNode(root, true) as HTMLElement;
  // The post header is metadata, taken separately; inside a broad root it would read as body text.
  for (const header of Array.from(body.querySelectorAll('.post-header, header.post-header, .post-meta'))) header.remove();
  normaliseToGithubShape(body);
  return {
    form: 'html',
    location,
    doc,
    body,
    frontMatter: themeMetadata(served),
    hostTitle: firstText(served, TITLE_SOURCES) || served.title.trim(),
    served,
    window: served.defaultView as Window & typeof globalThis,
  };
}
