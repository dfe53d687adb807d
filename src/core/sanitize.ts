import DOMPurify, { type Config } from 'dompurify';

// The body a reader sees: structure, images and links, nothing executable, nothing that phones home
// beyond the images themselves (which the reader later swaps for stored copies).
const ARTICLE_CONFIG: Config = {
  ALLOWED_TAGS: [
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'a', 'img', 'figure', 'figcaption', 'ul', 'ol', 'li',
    'blockquote', 'q', 'cite', 'pre', 'code', 'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'sub', 'sup',
    'small', 'mark', 'span', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'dl', 'dt', 'dd',
    'ruby', 'rt', 'rp', 'abbr', 'time', 'div',
  ],
  ALLOWED_ATTR: ['href', 'src', 'alt', 'title', 'colspan', 'rowspan', 'datetime', 'lang', 'dir', 'data-canonical-src'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  KEEP_CONTENT: true,
};

const purifiers = new WeakMap<object, ReturnType<typeof DOMPurify>>();

function purifierFor(win: Window & typeof globalThis): ReturnType<typeof DOMPurify> {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = DOMPurify(win);
    // Links leave the reader in a new tab and give the target no handle on us.
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName === 'A' && node.hasAttribute('href')) {
        node.setAttribute('rel', 'noopener noreferrer nofollow');
        node.setAttribute('target', '_blank');
      }
    });
    purifiers.set(win, purifier);
  }
  return purifier;
}

/**
 * Sanitise an article body. The body's children move into a fresh <div> (an allowed root), which DOMPurify
 * cleans in place: half the cost of serialising and reparsing, which matters on every page. In-place is
 * safe here because the allowlist holds no foreign-namespace (svg, math) and no raw-text element (style,
 * script, noscript, textarea, xmp…), so reparsing the serialised result cannot turn text into markup;
 * every surface that renders the HTML sanitises the string once more.
 */
export function sanitizeArticleBody(body: Element, win: Window & typeof globalThis): HTMLElement {
  const root = body.ownerDocument.createElement('div');
  root.append(...Array.from(body.childNodes));
  // DOMPurify stringifies what it does not recognise as a node of its window: never let that happen silently.
  const ofThisWindow: boolean = root instanceof win.Node;
  if (!ofThisWindow) {
    return purifierFor(win).sanitize(root.innerHTML, { ...ARTICLE_CONFIG, RETURN_DOM: true }) as HTMLElement;
  }
  purifierFor(win).sanitize(root, { ...ARTICLE_CONFIG, IN_PLACE: true });
  return root;
}

export function sanitizeArticleHtml(html: string, win: Window & typeof globalThis): string {
  return purifierFor(win).sanitize(html, ARTICLE_CONFIG);
}
