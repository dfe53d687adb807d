import type { PageForm } from './article';
import type { MirrorLocation } from './detect';
import type { FrontMatter } from './source/front-matter';

/**
 * A served page reduced to what extraction needs, whatever form it came in. `body` lives in an inert
 * document (no scripts run, no images load) and is normalised to GitHub's sanitizer shape.
 */
export interface SourcePage {
  form: PageForm;
  location: MirrorLocation;
  /** The inert document owning `body`; create new nodes with it. */
  doc: Document;
  body: HTMLElement;
  frontMatter: FrontMatter | null;
  /** A title the host page itself offers (HTML mirrors' <h1>/og:title), '' when none. */
  hostTitle: string;
  /**
   * The content held a form with fields before it was shaped (shaping unwraps forms): a page that asks the
   * reader to type. Always false for GitHub's rendered views, which never hold one.
   */
  takesInput: boolean;
  /** Why the page is a block or error page saved in an article's place (`forms/block-page.ts`), null when it is none. */
  blockPage: string | null;
  /** The page's head declares it one article (og:type, article:published_time, JSON-LD's NewsArticle): a saved news page. */
  declaresArticle: boolean;
  /** The served document, untouched, for the generic fallback; null for source text. */
  served: Document | null;
  /** Window that DOMPurify binds to. */
  window: Window & typeof globalThis;
}
