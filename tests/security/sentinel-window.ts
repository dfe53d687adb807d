// Renders HTML in a jsdom window that runs scripts, with the sentinel installed: every vector that
// executes calls `__xss(id)`, every resource the window asks for is recorded instead of fetched.
// Then every element gets the events a reader could cause (load, error, click, hover, focus…), so
// that an event handler that slipped through fires too.
import { JSDOM, requestInterceptor, VirtualConsole } from 'jsdom';
import { SENTINEL_FUNCTION } from './vectors';

export interface SentinelReport {
  /** Ids passed to the sentinel: vectors that ran code. */
  executed: string[];
  /** Every address the window tried to load (scripts, frames, stylesheets). */
  requests: string[];
}

/** The events a reader could cause on an element; the browser tests dispatch them too. */
export const EVENTS = ['load', 'error', 'click', 'dblclick', 'mouseover', 'mouseenter', 'pointerenter', 'focus', 'focusin', 'toggle', 'animationstart', 'wheel', 'scroll', 'copy', 'beforecopy', 'begin'];

/** Longest wait for the page's load event (its subresources all fail at once, so it comes quickly). */
const LOAD_TIMEOUT_MS = 2000;

/** Renders `html` as the body of a script-running page (the worst case: no second sanitiser, no CSP). */
export async function renderWithSentinel(html: string): Promise<SentinelReport> {
  const executed: string[] = [];
  const requests: string[] = [];
  // Every subresource is recorded and answered with a 404 here: nothing leaves the machine.
  const recordAndRefuse = requestInterceptor(async (request) => {
    requests.push(request.url);
    return new Response('', { status: 404 });
  });
  const dom = new JSDOM(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${html}</body></html>`, {
    url: 'https://reader.invalid/reader.html',
    runScripts: 'dangerously',
    resources: { interceptors: [recordAndRefuse] },
    virtualConsole: new VirtualConsole(), // failed loads are expected: silence them
    beforeParse(window) {
      Object.defineProperty(window, SENTINEL_FUNCTION, { value: (id: string) => executed.push(String(id)) });
      // A payload that asks the network for the attacker's server reports itself here too.
      Object.defineProperty(window, 'fetch', { value: (url: unknown) => (requests.push(String(url)), Promise.reject(new Error('offline'))) });
    },
  });
  const { window } = dom;
  if (window.document.readyState !== 'complete') {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, LOAD_TIMEOUT_MS);
      window.addEventListener('load', () => (clearTimeout(timer), resolve()), { once: true });
    });
  }
  const swallow = (event: ErrorEvent): void => event.preventDefault();
  window.addEventListener('error', swallow);
  for (const el of Array.from(window.document.querySelectorAll('*'))) {
    for (const type of EVENTS) {
      try {
        el.dispatchEvent(new window.Event(type, { bubbles: false }));
      } catch {
        // A handler that throws is not one that ran the sentinel.
      }
    }
  }
  window.close();
  return { executed, requests };
}
