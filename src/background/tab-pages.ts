// The life of a tab as the extension sees it: detected by the content script or the fetch path,
// saved automatically (or on request), forgotten when the tab leaves the page.
import browser from 'webextension-polyfill';
import type { Article, ExtractResult } from '../core/article';
import type { SaveResponse, TabState } from '../shared/messages';
import { libraryErrorKey } from '../shared/library-errors';
import { loadSettings } from '../shared/settings';
import { mayAutoSave } from './auto-save-pace';
import { showBadge } from './badge';
import { findSaved, saveArticle } from './saving';
import { articleTabs, getTabState, samePage, setTabState } from './tab-states';
import { extractTab, usesFetchPath } from './tab-extraction';

async function setState(tabId: number, state: TabState): Promise<TabState> {
  await setTabState(tabId, state);
  await showBadge(tabId, state.status);
  return state;
}

/** Records an extraction result for the page at `url` and auto-saves an article when enabled. */
export async function onPageExtracted(tabId: number, url: string, result: ExtractResult): Promise<TabState> {
  // An index keeps its links for "Save all" (batch-save.ts); neither it nor a non-article is saved.
  if (result.kind === 'index') return setState(tabId, { url, status: 'nothing', article: null, savedId: null, index: { title: result.title, links: result.links.map((link) => link.url) } });
  if (result.kind !== 'article') return setState(tabId, { url, status: 'nothing', article: null, savedId: null });
  const savedId = await findSaved([result.mirrorUrl, url]);
  if (savedId) return setState(tabId, { url, status: 'saved', article: result, savedId });
  const detected = await setState(tabId, { url, status: 'detected', article: result, savedId: null });
  // Past the auto-save pace the article is only detected: the popup asks before saving it.
  if (!(await loadSettings()).autoSave || !mayAutoSave(tabId, url)) return detected;
  return (await saveDetected(tabId, detected, result)).state;
}

async function saveDetected(tabId: number, state: TabState, article: Article): Promise<{ state: TabState; response: SaveResponse }> {
  try {
    const id = await saveArticle(article);
    const current = await getTabState(tabId);
    // The tab may have moved on while the images downloaded; its badge is no longer ours.
    const next = current && samePage(current.url, state.url) ? await setState(tabId, { ...state, status: 'saved', savedId: id }) : state;
    return { state: next, response: { ok: true, id, error: null } };
  } catch (error) {
    console.error('Mirror Reader: save failed', error);
    const reason = libraryErrorKey(error, 'errorSaveFailed');
    const failed = await setState(tabId, { ...state, status: 'failed', error: reason });
    return { state: failed, response: { ok: false, id: null, error: reason } };
  }
}

/** A new URL in the tab (load or soft navigation): forget the old page; raw sources go through the fetch path. */
export async function onTabNavigated(tabId: number, url: string): Promise<void> {
  const state = await getTabState(tabId);
  if (state && samePage(state.url, url)) return;
  await setState(tabId, { url, status: usesFetchPath(url) ? 'pending' : 'nothing', article: null, savedId: null });
}

/** A raw source finished loading in the tab: fetch and extract it ourselves. */
export async function onRawPageLoaded(tabId: number, url: string): Promise<TabState> {
  const state = await getTabState(tabId);
  if (state && samePage(state.url, url) && state.status !== 'pending') return state;
  const result = await extractTab(tabId, url);
  return onPageExtracted(tabId, url, result);
}

/** The tab's state for the popup, detecting raw sources the background has not seen yet. */
export async function tabStateFor(tabId: number): Promise<TabState | null> {
  const tab = await browser.tabs.get(tabId);
  const state = await getTabState(tabId);
  if (tab.url && usesFetchPath(tab.url) && (!state || !samePage(state.url, tab.url) || state.status === 'pending')) {
    return onRawPageLoaded(tabId, tab.url);
  }
  return state && tab.url && samePage(state.url, tab.url) ? state : null;
}

/** Saves what the tab shows, extracting it first if nothing was detected (e.g. a user-invoked save on any page). */
export async function saveTab(tabId: number): Promise<SaveResponse> {
  const tab = await browser.tabs.get(tabId);
  const url = tab.url ?? '';
  let state = await getTabState(tabId);
  if (!state?.article || !samePage(state.url, url)) {
    const result = await extractTab(tabId, url);
    if (result.kind !== 'article') {
      await setState(tabId, { url, status: 'nothing', article: null, savedId: null });
      return { ok: false, id: null, error: 'errorNoArticle' };
    }
    state = await setState(tabId, { url, status: 'detected', article: result, savedId: null });
  }
  if (state.savedId) return { ok: true, id: state.savedId, error: null };
  return (await saveDetected(tabId, state, state.article!)).response;
}

/**
 * "Read this page anyway": the reader asked to read a page that is no mirrored article. What the generic
 * reader finds becomes the tab's detected article (not saved: Save in the reader saves it).
 */
export async function readTabAnyway(tabId: number): Promise<TabState> {
  const url = (await browser.tabs.get(tabId)).url ?? '';
  const result = await extractTab(tabId, url, true);
  if (result.kind !== 'article') return setState(tabId, { url, status: 'nothing', article: null, savedId: null, error: 'errorNothingToRead' });
  const savedId = await findSaved([result.mirrorUrl, url]);
  return setState(tabId, { url, status: savedId ? 'saved' : 'detected', article: result, savedId });
}

/** After a delete, undo, import or erase: bring every saved/detected tab's badge up to date. */
export async function refreshSavedTabs(): Promise<void> {
  for (const [tabId, state] of await articleTabs()) {
    const savedId = await findSaved([state.article!.mirrorUrl, state.url]);
    await setState(tabId, { ...state, status: savedId ? 'saved' : 'detected', savedId });
  }
}
