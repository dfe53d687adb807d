// GitHub is a single-page app: moving between files does not reload the page. This calls
// `onPage(url, signal)` on load and once per later navigation to a different address; `signal`
// aborts when the tab navigates again, tearing down whatever was started for that page.
// Soft navigation is followed only where the host itself does it (github.com, whose pages run only
// GitHub's code). Anywhere else — a Pages site, a user-added site — the page's own script could fire
// the same events and rewrite the address in a loop to plant articles: there only the load counts.

/** Events GitHub's page code fires on the document after a soft navigation rendered. */
const SOFT_NAVIGATION_EVENTS = ['turbo:render', 'soft-nav:react-done', 'soft-nav:end', 'pjax:end'] as const;
/** Where the Navigation API is missing, how often to compare the address. */
const URL_POLL_MS = 1000;

interface NavigationLike extends EventTarget {
  readonly currentEntry: unknown;
}

/** Hosts whose own code navigates softly, and whose pages cannot run a stranger's script. */
export const SOFT_NAVIGATION_HOSTS: readonly string[] = ['github.com'];

/** `hostname`: the page's host (the tests give the host they play). */
export function watchNavigations(onPage: (url: string, signal: AbortSignal) => void, hostname = location.hostname): void {
  let current: { url: string; controller: AbortController } | null = null;
  const check = (): void => {
    const url = location.href.split('#', 1)[0]!; // anchors within the page are not navigations
    if (current?.url === url) return;
    current?.controller.abort();
    current = { url, controller: new AbortController() };
    onPage(location.href, current.controller.signal);
  };
  check();
  if (!SOFT_NAVIGATION_HOSTS.includes(hostname)) return;
  for (const type of SOFT_NAVIGATION_EVENTS) document.addEventListener(type, check);
  window.addEventListener('popstate', check);
  const navigation = (window as { navigation?: NavigationLike }).navigation;
  if (navigation) navigation.addEventListener('navigatesuccess', check);
  else setInterval(check, URL_POLL_MS);
}
