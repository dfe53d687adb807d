// Whether stored article HTML is the kind the extraction core's sanitiser produces. Imported files
// come from outside, and the reader renders contentHtml as HTML: anything else is refused.
import { decodeEntities, tokenizeHtml } from './htmlTokens';

// The core's DOMPurify allowlist (src/core/sanitize.ts); tests/store check that its output passes.
const ALLOWED_TAGS = new Set([
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'a', 'img', 'figure', 'figcaption', 'ul', 'ol', 'li',
  'blockquote', 'q', 'cite', 'pre', 'code', 'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'sub', 'sup',
  'small', 'mark', 'span', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'dl', 'dt', 'dd',
  'ruby', 'rt', 'rp', 'abbr', 'time', 'div',
]);
const ALLOWED_ATTRIBUTES = new Set([
  'href', 'src', 'alt', 'title', 'colspan', 'rowspan', 'datetime', 'lang', 'dir', 'data-canonical-src', 'target', 'rel',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'data-canonical-src']);
const SAFE_URL = /^(?:https?:|mailto:|#)/i;
// Browsers ignore these inside a URL's scheme ("java\tscript:"), so the check must too.
// eslint-disable-next-line no-control-regex -- control characters are exactly what it must match
const URL_IGNORED = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000\ufeff]/g;

export function isSafeArticleHtml(html: string): boolean {
  const tokens = tokenizeHtml(html);
  if (!tokens) return false;
  return tokens.every((token) => {
    if (token.kind === 'text') return true;
    if (!ALLOWED_TAGS.has(token.name)) return false;
    if (token.kind === 'end') return true;
    return token.attributes.every(([name, value]) => {
      if (!ALLOWED_ATTRIBUTES.has(name)) return false;
      if (name === 'target') return value === '_blank';
      if (!URL_ATTRIBUTES.has(name)) return true;
      const url = decodeEntities(value);
      return url !== null && SAFE_URL.test(url.replace(URL_IGNORED, ''));
    });
  });
}
