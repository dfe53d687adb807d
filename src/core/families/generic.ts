import { Readability } from '@mozilla/readability';
import { removePromoBlocks, takeRelatedLists } from '../clean/clutter';
import type { Family } from '../family';
import { cleanTitle } from '../meta/title';
import type { SourcePage } from '../page';
import { frontMatterString } from '../source/front-matter';
import { cjkLength } from '../text';

// Readability's default wants 500 characters; 300 Han characters is already a full news item.
const MIN_ARTICLE_CHARS = 300;

function firstHeading(body: Element): string {
  return body.querySelector('h1, h2, h3')?.textContent?.trim() ?? '';
}

/** Readability needs a whole document: the served one for HTML mirrors, else one around the body. */
function documentFor(page: SourcePage): Document {
  if (page.form === 'html' && page.served) return page.served.cloneNode(true) as Document;
  const doc = page.doc.implementation.createHTMLDocument('');
  doc.body.append(doc.importNode(page.body, true));
  return doc;
}

/** Unknown mirrored news: Readability with the shared mirror clutter rules and CJK-aware thresholds. */
export const generic: Family = {
  id: 'generic',
  matches: () => true,
  extract(page) {
    const parsed = new Readability(documentFor(page), { charThreshold: MIN_ARTICLE_CHARS, keepClasses: false }).parse();
    if (!parsed?.content || cjkLength(parsed.textContent ?? '') < MIN_ARTICLE_CHARS) return null;
    const body = page.doc.createElement('div');
    body.innerHTML = parsed.content;
    removePromoBlocks(body);
    const related = takeRelatedLists(body, page.location.blobUrl);
    const title = frontMatterString(page.frontMatter, 'title') || page.hostTitle || firstHeading(page.body) || (parsed.title ?? '');
    return { title: cleanTitle(title), body, related };
  },
};
