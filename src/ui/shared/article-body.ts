// Turns an article's body HTML into DOM for an extension page. The core already sanitised it;
// this sanitises again with the same policy (core/htmlPolicy.ts), and disarms every image before
// the nodes reach the live document, where an <img src> would start loading at once.
import DOMPurify from 'dompurify';
import { articlePurifyConfig, finishArticleElement } from '../../core/htmlPolicy';

/** The image address the page loaded, kept aside until images.ts decides what to show. */
export const PENDING_SRC = 'data-pending-src';

const CONFIG = { ...articlePurifyConfig(), RETURN_DOM_FRAGMENT: true } as const;

const purifier = DOMPurify(window);
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName === 'IMG') {
    const src = node.getAttribute('src');
    node.removeAttribute('src');
    if (src) node.setAttribute(PENDING_SRC, src);
  }
  finishArticleElement(node);
});

export function articleBody(html: string): DocumentFragment {
  return purifier.sanitize(html, CONFIG);
}
