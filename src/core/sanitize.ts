import DOMPurify, { type Config } from 'dompurify';
import { articlePurifyConfig, finishArticleElement } from './htmlPolicy';
import { childNodesOf } from './dom';

// The body a reader sees: structure, images and links, nothing executable, nothing that phones home
// beyond the images themselves (which the reader later swaps for stored copies). The policy is
// htmlPolicy.ts, shared with the store and the reader.
type PurifyWindow = Window & typeof globalThis;
type Purifier = ReturnType<typeof DOMPurify>;

/** What a sanitiser hands back: markup, the node it was given (cleaned in place), or a fragment. */
const OUTPUTS = {
  html: {},
  body: { IN_PLACE: true },
  fragment: { RETURN_DOM_FRAGMENT: true },
} as const satisfies Record<string, Config>;
type Output = keyof typeof OUTPUTS;

const purifiers = new WeakMap<object, Map<Output, Purifier>>();

/**
 * One purifier per window and output, its configuration set once (setConfig): DOMPurify otherwise
 * parses the configuration anew on every call, a cost paid on every page.
 */
function purifierFor(win: PurifyWindow, output: Output): Purifier {
  let ofWindow = purifiers.get(win);
  if (!ofWindow) purifiers.set(win, (ofWindow = new Map()));
  let purifier = ofWindow.get(output);
  if (!purifier) {
    purifier = DOMPurify(win);
    purifier.setConfig({ ...articlePurifyConfig(), ...OUTPUTS[output] });
    // Links leave the reader in a new tab and give the target no handle on us.
    purifier.addHook('afterSanitizeAttributes', finishArticleElement);
    ofWindow.set(output, purifier);
  }
  return purifier;
}

/**
 * Sanitise an article body. The body's children move into a fresh <div> (an allowed root), which DOMPurify
 * cleans in place: half the cost of serialising and reparsing under jsdom, and less than having DOMPurify
 * copy it into a document of its own there (in Blink that copy would save ~0.07 ms a page; jsdom's
 * script-built clone costs far more). In-place is safe here because the allowlist holds no
 * foreign-namespace (svg, math) and no raw-text element (style, script, noscript, textarea, xmp…), so
 * reparsing the serialised result cannot turn text into markup; every surface that renders the HTML
 * sanitises the string once more.
 */
export function sanitizeArticleBody(body: Element, win: PurifyWindow): HTMLElement {
  const root = body.ownerDocument.createElement('div');
  root.append(...childNodesOf(body));
  // DOMPurify stringifies what it does not recognise as a node of its window: never let that happen silently.
  const ofThisWindow: boolean = root instanceof win.Node;
  if (!ofThisWindow) return articleFragmentRoot(root.innerHTML, win);
  purifierFor(win, 'body').sanitize(root);
  return root;
}

/** Markup of another window's nodes, sanitised into a <div> of `win`. */
function articleFragmentRoot(html: string, win: PurifyWindow): HTMLElement {
  const root = win.document.createElement('div');
  root.append(articleFragment(html, win));
  return root;
}

export function sanitizeArticleHtml(html: string, win: PurifyWindow): string {
  return purifierFor(win, 'html').sanitize(html);
}

/**
 * HTML from outside (an imported library file), if it is what this sanitiser writes: null when
 * sanitising would change anything but the markup's spelling (HTML this extension stored comes through
 * unchanged, so a change means the file was made or edited elsewhere). What is returned is the
 * sanitiser's output, never the input.
 */
export function sanitizeForeignArticleHtml(html: string, win: PurifyWindow): string | null {
  const template = win.document.createElement('template');
  template.innerHTML = html;
  const clean = sanitizeArticleHtml(html, win);
  return clean === template.innerHTML ? clean : null;
}

/** An article body as a detached DOM fragment of `win`, sanitised by the policy (for exports). */
export function articleFragment(html: string, win: PurifyWindow): DocumentFragment {
  // setConfig fixes the output; the call's type cannot know it.
  return purifierFor(win, 'fragment').sanitize(html) as unknown as DocumentFragment;
}
