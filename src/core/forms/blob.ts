import type { MirrorLocation } from '../detect';
import type { CodeView } from '../hosts';
import type { FrontMatter } from '../source/front-matter';
import type { SourcePage } from '../page';
import { repairLatin1MojibakeInTree } from '../source/mojibake';
import { childElements, childNodesOf, firstDescendantWhere, onlyChildElement } from '../dom';
import { copyInGithubShape, type ChromeRule } from './github-shape';

/**
 * The rendered file of a forge's file view: the first element matching the host's content root (hosts.ts,
 * a `tag.class.class` selector). A walk that stops there, through the page chrome before it: a selector
 * query would also scan the whole article.
 */
export function renderedFileOf(doc: Document, contentRoot: string): Element | null {
  const [tag = '', ...classes] = contentRoot.split('.');
  const isRenderedFile = (el: Element): boolean => (!tag || el.localName === tag) && classes.every((name) => el.classList.contains(name));
  return doc.documentElement ? firstDescendantWhere(doc.documentElement, isRenderedFile) : null;
}

/** The file's text in a forge's code view, or null when the page shows none. */
export function codeViewTextOf(doc: Document, view: CodeView): string | null {
  const holder = doc.querySelector(view.holder);
  if (!holder) return null;
  // A line's cell may keep the line's own end.
  if (view.line) return Array.from(holder.querySelectorAll(view.line), (line) => (line.textContent ?? '').replace(/\n$/, '')).join('\n');
  return holder.localName === 'textarea' ? (holder as HTMLTextAreaElement).value : null;
}

/**
 * The forges' own additions to the rendered file. GitHub: headings wrapped in div.markdown-heading with
 * a permalink anchor (keep the heading only), camo images wrapped in a link to themselves (keep the
 * image). Forgejo: the front matter table folded into details.frontmatter-content under a summary of
 * its keys (keep the table, read below).
 */
const forgeChrome: ChromeRule = (el) => {
  if (el.localName === 'div' && el.classList.contains('markdown-heading')) return 'unwrap';
  if (el.localName === 'details' && el.classList.contains('frontmatter-content')) return 'unwrap';
  if (el.localName === 'summary' && el.parentElement?.classList.contains('frontmatter-content')) return 'drop';
  if (el.localName !== 'a') return null;
  if (el.classList.contains('anchor') && el.getAttribute('aria-label')?.startsWith('Permalink')) return 'drop';
  const image = onlyChildElement(el);
  const linksToItsImage =
    image?.localName === 'img' && image.hasAttribute('data-canonical-src') && el.getAttribute('href') === image.getAttribute('src');
  return linksToItsImage && !el.textContent?.trim() ? 'unwrap' : null;
};

/**
 * GitHub (and Forgejo) show YAML front matter as a table at the very top: header cells are the keys, the single
 * row holds the values (nested tables for lists). Read it back and remove it from the body.
 */
const YAML_KEY = /^[A-Za-z_][\w-]*$/;

/** A cell's value as the YAML meant it: a flow list ("[ 维权网 ]", "[a, b]") is a list, not text with brackets. */
function cellValue(text: string): string | string[] {
  if (!text.startsWith('[') || !text.endsWith(']')) return text;
  return text.slice(1, -1).split(',').map((item) => item.trim()).filter(Boolean);
}

function takeFrontMatterTable(root: Element): FrontMatter | null {
  const table = root.firstElementChild;
  if (table?.localName !== 'table') return null;
  // Child walks, not ':scope >' selectors: this runs on every blob view and selector engines are slow.
  const section = (tag: string) => childElements(table).find((child) => child.localName === tag);
  const rows = childElements(section('tbody')).filter((row) => row.localName === 'tr');
  const headerRow = childElements(section('thead')).find((row) => row.localName === 'tr');
  const keys = childElements(headerRow).filter((cell) => cell.localName === 'th').map((th) => th.textContent?.trim() ?? '');
  const cells = childElements(rows[0]).filter((cell) => cell.localName === 'td');
  // YAML keys over one row of values, at the very top: front matter with or without a title
  // ("layout: default" alone is common), never an article's own table.
  const oneRow = rows.length === 1;
  if (keys.length === 0 || keys.length !== cells.length || !oneRow || !keys.every((key) => YAML_KEY.test(key))) return null;
  const data: FrontMatter = {};
  keys.forEach((key, i) => {
    const cell = cells[i];
    const nested = cell?.getElementsByTagName('td');
    data[key] = nested && nested.length > 0 ? Array.from(nested).map((td) => td.textContent?.trim() ?? '') : cellValue(cell?.textContent?.trim() ?? '');
  });
  table.remove();
  return data;
}

export function pageFromBlobView(served: Document, renderedFile: Element, location: MirrorLocation, win: Window & typeof globalThis): SourcePage {
  const doc = served.implementation.createHTMLDocument('');
  const body = doc.body;
  copyInGithubShape(childNodesOf(renderedFile), body, forgeChrome);
  repairLatin1MojibakeInTree(body);
  const frontMatter = takeFrontMatterTable(body);
  return {
    form: 'blob',
    location,
    doc,
    body,
    frontMatter,
    hostTitle: '',
    takesInput: false,
    blockPage: null,
    declaresArticle: false,
    served,
    window: win,
  };
}
