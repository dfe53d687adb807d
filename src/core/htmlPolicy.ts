// The one HTML policy of Mirror Reader: which elements, attributes and addresses an article body may
// hold. The extraction core (sanitize.ts), the store (imports, exports) and the reader (article-body.ts)
// all build their DOMPurify configuration from here, so the allowlist is written once.
import type { Config } from 'dompurify';

/** Text structure only: nothing that runs, embeds, loads by itself, takes input or styles. */
const ARTICLE_TAGS: readonly string[] = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'a', 'img', 'figure', 'figcaption', 'ul', 'ol', 'li',
  'blockquote', 'q', 'cite', 'pre', 'code', 'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'sub', 'sup',
  'small', 'mark', 'span', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'dl', 'dt', 'dd',
  'ruby', 'rt', 'rp', 'abbr', 'time', 'div',
];

/** Attributes holding an address (checked against SAFE_URL), and the only elements that may carry each. */
const URL_ATTRIBUTE_HOSTS: Readonly<Record<string, readonly string[]>> = {
  href: ['A'],
  src: ['IMG'],
  'data-canonical-src': ['IMG'],
};
const URL_ATTRIBUTES: readonly string[] = Object.keys(URL_ATTRIBUTE_HOSTS);

/** Attributes that are plain values: neither addresses nor anything a browser acts on. */
const VALUE_ATTRIBUTES: readonly string[] = ['alt', 'title', 'colspan', 'rowspan', 'datetime', 'lang', 'dir'];

/** Links: web and mail addresses and in-page anchors. Nothing else (javascript:, data:, relative…). */
const SAFE_URL = /^(?:https?:|mailto:|#)/i;

/** Links open in a new tab and give the target no handle on the page and no referrer. */
const LINK_REL = 'noopener noreferrer nofollow';
const LINK_TARGET = '_blank';

/**
 * DOMPurify's configuration for an article body. DOMPurify checks every attribute it does not know as
 * "URI-safe" against ALLOWED_URI_REGEXP, so the plain-value attributes are declared URI-safe:
 * otherwise colspan="2" or lang="en" fail the address check and tables lose their shape.
 */
export function articlePurifyConfig(): Config {
  return {
    ALLOWED_TAGS: [...ARTICLE_TAGS],
    ALLOWED_ATTR: [...URL_ATTRIBUTES, ...VALUE_ATTRIBUTES],
    ADD_URI_SAFE_ATTR: [...VALUE_ATTRIBUTES],
    ALLOWED_URI_REGEXP: SAFE_URL,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    KEEP_CONTENT: true,
  };
}

/**
 * What every sanitiser does after DOMPurify's attribute checks (hook `afterSanitizeAttributes`), which
 * cannot tie an attribute to an element: an address stays only on the element it belongs to (an
 * unclosed quote can hand an <img>'s data-canonical-src to an <a>), and links get rel and target.
 */
export function finishArticleElement(node: Element): void {
  for (const [name, hosts] of Object.entries(URL_ATTRIBUTE_HOSTS)) {
    if (!hosts.includes(node.nodeName) && node.hasAttribute?.(name)) node.removeAttribute(name);
  }
  if (node.nodeName === 'A' && node.hasAttribute('href')) {
    node.setAttribute('rel', LINK_REL);
    node.setAttribute('target', LINK_TARGET);
  }
}

/** A web address (http or https), parsed; null for anything else. Used where a click or a load leaves the page. */
export function webAddress(url: string | null | undefined): URL | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}
