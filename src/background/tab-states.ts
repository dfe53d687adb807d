// What each tab shows, kept in storage.session: the service worker is stopped when idle and its
// memory with it, but the popup must still find the article detected a minute ago.
import browser from 'webextension-polyfill';
import type { TabState } from '../shared/messages';

const key = (tabId: number): string => `tab:${tabId}`;

export async function getTabState(tabId: number): Promise<TabState | null> {
  return ((await browser.storage.session.get(key(tabId)))[key(tabId)] as TabState | undefined) ?? null;
}

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  try {
    await browser.storage.session.set({ [key(tabId)]: state });
  } catch {
    // Over the session quota (many tabs with long articles): keep the status, drop the body;
    // the popup then re-extracts on demand.
    await browser.storage.session.set({ [key(tabId)]: { ...state, article: null } });
  }
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

/** The tabs showing an article (detected or saved), for refreshing badges after the library changed. */
export async function articleTabs(): Promise<[number, TabState][]> {
  const all = await browser.storage.session.get(null);
  return Object.entries(all)
    .filter(([name]) => name.startsWith('tab:'))
    .map(([name, state]) => [Number(name.slice(4)), state as TabState] as [number, TabState])
    .filter(([, state]) => state.article !== null);
}

/** Same page, ignoring the fragment (GitHub adds #L12 and heading anchors without navigating). */
export function samePage(a: string, b: string): boolean {
  return a.split('#', 1)[0] === b.split('#', 1)[0];
}
