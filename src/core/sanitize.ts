import DOMPurify, { type Config } from 'dompurify';
import { articlePurifyConfig, finishArticleElement } from './htmlPolicy';

// The body a reader sees: structure, images and links, nothing executable, nothing that phones home
// beyond the images themselves (which the reader later swaps for stored copies). The policy is
// htmlPolicy.ts, shared with the store and the reader.
type PurifyWindow = Window & typeof globalThis;
type Purifier = ReturnType<typeof DOMPurify>;

/** What a sanitiser hands back: markup, a detached <body> of its own inert document, or a fragment. */
const OUTPUTS = {
  html: {},
  body: { RETURN_DOM: true },
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
 * Sanitise an article body: its content, cleaned, in a <div> of the sanitiser's own inert document.
 * DOMPurify copies the nodes into that document (importNode) and cleans the copy: in Blink that costs
 * less than cleaning in place (IN_PLACE walks the tree four times to guard against hooks moving nodes)
 * and less than serialising and reparsing. `body` is left as it was.
 */
export function sanitizeArticleBody(body: Element, win: PurifyWindow): HTMLElement {
  const content = body.ownerDocument.createDocumentFragment();
  content.append(...Array.from(body.childNodes));
  // DOMPurify stringifies what it does not recognise as a node of its window: never let that happen silently.
  const ofThisWindow: boolean = content instanceof win.Node;
  const clean = purifierFor(win, 'body').sanitize(ofThisWindow ? content : markupOf(content)) as unknown as HTMLElement;
  const root = clean.ownerDocument.createElement('div');
  root.append(...Array.from(clean.childNodes));
  return root;
}

function markupOf(fragment: DocumentFragment): string {
  const holder = fragment.ownerDocument.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
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
