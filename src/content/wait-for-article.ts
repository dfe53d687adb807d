// After a soft navigation GitHub renders the new file a moment later, and for that moment the
// previous file is still on screen: wait until an article root with new text is there.
import { articleRoot, fingerprint } from './candidate';

/** Longest wait for the page to render its article (GitHub's React views can be slow). */
const RENDER_TIMEOUT_MS = 10_000;
/** Let a burst of DOM mutations settle before looking. */
const SETTLE_MS = 100;

export function waitForArticle(doc: Document, previous: string | null, signal: AbortSignal): Promise<Element | null> {
  const ready = (): Element | null => {
    const root = articleRoot(doc);
    return root && fingerprint(root) !== previous ? root : null;
  };
  const now = ready();
  if (now || signal.aborted) return Promise.resolve(now);
  return new Promise((resolve) => {
    let settle: ReturnType<typeof setTimeout> | undefined;
    const finish = (root: Element | null): void => {
      observer.disconnect();
      clearTimeout(settle);
      clearTimeout(timeout);
      signal.removeEventListener('abort', onAbort);
      resolve(root);
    };
    const onAbort = (): void => finish(null);
    const observer = new MutationObserver(() => {
      clearTimeout(settle);
      settle = setTimeout(() => {
        const root = ready();
        if (root) finish(root);
      }, SETTLE_MS);
    });
    const timeout = setTimeout(() => finish(null), RENDER_TIMEOUT_MS);
    signal.addEventListener('abort', onAbort);
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  });
}
