import type { MirrorLocation } from '../detect';
import { holdsInputForm } from '../dom';
import { mirrorHostEntry, THEME_CONTENT_ROOTS } from '../hosts';
import type { FrontMatter } from '../source/front-matter';
import type { SourcePage } from '../page';
import { repairLatin1MojibakeInTree } from '../source/mojibake';
import { copyInGithubShape, type ChromeRule } from './github-shape';

// The post header is metadata, read separately; inside a broad root it would read as body text.
const themeChrome: ChromeRule = (el) => (el.classList.contains('post-header') || el.classList.contains('post-meta') ? 'drop' : null);

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

// The theme's own parts carry a class or id (or are page landmarks); a post's Markdown output does not.
const THEME_PARTS = 'header, footer, nav, aside, [hidden], [class], [id]';

/**
 * A post whose own HTML closes more elements than it opens (mirrored article HTML often does) ends the
 * theme's content element early: the rest of the post then follows it, up to the theme's next own part.
 */
function spilledPostContent(root: Element): Node[] {
  const spill: Node[] = [];
  for (let node = root.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).matches(THEME_PARTS)) break;
    spill.push(node);
  }
  return spill.some((node) => node.textContent?.trim()) ? spill : [];
}

export function pageFromHtml(served: Document, location: MirrorLocation, win: Window & typeof globalThis): SourcePage | null {
  // A Pages site's theme roots from the registry; a user-added site or a forge's other pages: any theme's.
  const roots = (location.form === 'pages' && mirrorHostEntry(location.host)?.contentRoots) || THEME_CONTENT_ROOTS;
  const root = roots.map((s) => served.querySelector(s)).find((el) => el && el.textContent?.trim()) ?? served.body;
  if (!root) return null;
  const doc = served.implementation.createHTMLDocument('');
  const body = doc.body;
  const spill = root === served.body ? [] : spilledPostContent(root);
  copyInGithubShape([...Array.from(root.childNodes), ...spill], body, themeChrome);
  repairLatin1MojibakeInTree(body);
  return {
    form: 'html',
    location,
    doc,
    body,
    frontMatter: themeMetadata(served),
    hostTitle: firstText(served, TITLE_SOURCES) || served.title.trim(),
    takesInput: holdsInputForm(root),
    served,
    window: win,
  };
}
