import type { MirrorLocation } from '../detect';
import type { FrontMatter } from '../source/front-matter';
import type { SourcePage } from '../page';
import { repairLatin1MojibakeInTree } from '../source/mojibake';
import { normaliseToGithubShape } from './github-shape';

// Class lookups instead of selectors: this runs on every github.com file view, and selector engines
// (jsdom's above all) are far slower than getElementsByClassName on a large page.
export function githubMarkdownBody(doc: Document): Element | null {
  for (const el of Array.from(doc.getElementsByClassName('markdown-body'))) {
    if (el.localName === 'article' || el.getAttribute('itemprop') === 'text') return el;
  }
  return null;
}

/** GitHub wraps headings in div.markdown-heading with a permalink anchor: keep only the heading. */
function unwrapHeadings(root: Element): void {
  for (const wrapper of Array.from(root.getElementsByClassName('markdown-heading'))) {
    const heading = wrapper.firstElementChild;
    if (heading && /^h[1-6]$/.test(heading.localName)) wrapper.replaceWith(heading);
  }
  for (const anchor of Array.from(root.getElementsByClassName('anchor'))) {
    if (anchor.getAttribute('aria-label')?.startsWith('Permalink')) anchor.remove();
  }
}

/** Images come through camo wrapped in a link to the camo URL: drop the link, keep the image. */
function unwrapCamoLinks(root: Element): void {
  for (const img of Array.from(root.querySelectorAll('a > img[data-canonical-src]'))) {
    const link = img.parentElement;
    if (link && link.getAttribute('href') === img.getAttribute('src') && link.childElementCount === 1 && !link.textContent?.trim()) {
      link.replaceWith(img);
    }
  }
}

/**
 * GitHub shows YAML front matter as a table at the very top: header cells are the keys, the single
 * row holds the values (nested tables for lists). Read it back and remove it from the body.
 */
const YAML_KEY = /^[A-Za-z_][\w-]*$/;

function takeFrontMatterTable(root: Element): FrontMatter | null {
  const table = root.firstElementChild;
  if (table?.localName !== 'table') return null;
  const keys = Array.from(table.querySelectorAll(':scope > thead > tr > th')).map((th) => th.textContent?.trim() ?? '');
  const cells = Array.from(table.querySelectorAll(':scope > tbody > tr:first-child > td'));
  // YAML keys over one row of values, at the very top: front matter with or without a title
  // ("layout: default" alone is common), never an article's own table.
  const oneRow = table.querySelectorAll(':scope > tbody > tr').length === 1;
  if (keys.length === 0 || keys.length !== cells.length || !oneRow || !keys.every((key) => YAML_KEY.test(key))) return null;
  const data: FrontMatter = {};
  keys.forEach((key, i) => {
    const cell = cells[i];
    const nested = cell?.querySelectorAll('td');
    data[key] = nested && nested.length > 0
      ? Array.from(nested).map((td) => td.textContent?.trim() ?? '')
      : (cell?.textContent?.trim() ?? '');
  });
  table.remove();
  return data;
}

export function pageFromBlobView(served: Document, markdownBody: Element, location: MirrorLocation, win: Window & typeof globalThis): SourcePage {
  const doc = served.implementation.createHTMLDocument('');
  const body = doc.importNode(markdownBody, true) as HTMLElement;
  unwrapHeadings(body);
  unwrapCamoLinks(body);
  normaliseToGithubShape(body);
  repairLatin1MojibakeInTree(body);
  const frontMatter = takeFrontMatterTable(body);
  return {
    form: 'blob',
    location,
    doc,
    body,
    frontMatter,
    hostTitle: '',
    served,
    window: win,
  };
}
