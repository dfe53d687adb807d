// Turns an article's body HTML into DOM for an extension page. The core already sanitised it;
// this sanitises again (the body may come from an imported library file) and disarms every image
// before the nodes reach the live document, where an <img src> would start loading at once.
import DOMPurify from 'dompurify';

/** The image address the page loaded, kept aside until images.ts decides what to show. */
export const PENDING_SRC = 'data-pending-src';

const purifier = DOMPurify(window);
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName === 'IMG') {
    const src = node.getAttribute('src');
    node.removeAttribute('src');
    if (src) node.setAttribute(PENDING_SRC, src);
  }
  if (node.nodeName === 'A' && node.hasAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer nofollow');
  }
});

export function articleBody(html: string): DocumentFragment {
  return purifier.sanitize(html, {
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'textarea', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'link', 'meta', 'base', 'video', 'audio', 'source', 'picture'],
    FORBID_ATTR: ['style', 'srcset', 'id', 'class', 'ping', 'action', 'formaction'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
    ADD_ATTR: ['target'],
  });
}
