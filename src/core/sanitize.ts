import DOMPurify from 'dompurify';
import { articlePurifyConfig, finishArticleElement } from './htmlPolicy';

// The body a reader sees: structure, images and links, nothing executable, nothing that phones home
// beyond the images themselves (which the reader later swaps for stored copies). The policy is
// htmlPolicy.ts, shared with the store and the reader.
const ARTICLE_CONFIG = articlePurifyConfig();

const purifiers = new WeakMap<object, ReturnType<typeof DOMPurify>>();

function purifierFor(win: Window & typeof globalThis): ReturnType<typeof DOMPurify> {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = DOMPurify(win);
    // Links leave the reader in a new tab and give the target no handle on us.
    purifier.addHook('afterSanitizeAttributes', finishArticleElement);
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

/**
 * HTML from outside (an imported library file), if it is what this sanitiser writes: null when
 * sanitising would change anything but the markup's spelling (HTML this extension stored comes through
 * unchanged, so a change means the file was made or edited elsewhere). What is returned is the
 * sanitiser's output, never the input.
 */
export function sanitizeForeignArticleHtml(html: string, win: Window & typeof globalThis): string | null {
  const template = win.document.createElement('template');
  template.innerHTML = html;
  const clean = sanitizeArticleHtml(html, win);
  return clean === template.innerHTML ? clean : null;
}

/** An article body as a detached DOM fragment of `win`, sanitised by the policy (for exports). */
export function articleFragment(html: string, win: Window & typeof globalThis): DocumentFragment {
  return purifierFor(win).sanitize(html, { ...ARTICLE_CONFIG, RETURN_DOM_FRAGMENT: true });
}
