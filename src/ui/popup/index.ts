// The popup, the extension's main surface: the current tab's article, the saved list, and a reader.
// The list paints first from one page of summaries; the current tab's card fills in when the
// background answers (a raw page may take a fetch).
import browser from 'webextension-polyfill';
import { localize, t } from '../../shared/i18n';
import type { TabState } from '../../shared/messages';
import { loadSettings } from '../../shared/settings';
import { createArticleList } from '../shared/article-list';
import { afterNextPaint, byId } from '../shared/dom';
import type { ReaderSurface } from '../shared/saved-article';
import { applyReaderSettings } from '../shared/theme';
import { send } from '../../shared/send';
import { showToast } from '../shared/toast';

const listView = byId('list-view');
const readerView = byId('reader-view');
const scroller = byId('reader-scroller');
const surface: ReaderSurface = { container: byId('reader-content'), scroller, scrollEvents: scroller };
let reading: { controller: AbortController; savedId: string | null; tabId: number | null } | null = null;

async function main(): Promise<void> {
  localize(document);
  const settings = loadSettings();
  const list = createArticleList((id) => void openReader({ savedId: id }), settings.then(({ reader }) => reader.script));
  listView.append(list.element);
  // The settings (storage.local) and the list's stored copy (storage.session), asked for at once.
  await Promise.all([settings.then(({ reader }) => applyReaderSettings(document.documentElement, reader)), list.show()]);
  performance.mark('list-rendered');
  // The current tab's card (its code, its question to the background) after the list is on screen.
  await afterNextPaint();

  const tabId = await currentTabId();
  if (tabId !== null) {
    const [{ showCurrentTab }, { showBatch }] = await Promise.all([import('./current-tab'), import('./batch')]);
    // The batch card after the tab's state: that may run the fetch path on a raw page, which must run once.
    void showCurrentTab(byId('current-tab'), tabId, {
      read: (state) => void openReader(state, tabId),
      saved: () => void list.refresh(),
    }, (await settings).reader.script).finally(() => showBatch(byId('batch'), tabId, () => void list.refresh()));
  }
  byId('back').addEventListener('click', () => {
    closeReader();
    void list.refresh().then(() => list.focus());
  });
  byId('open-in-tab').addEventListener('click', () => {
    if (!reading?.savedId) return;
    void browser.tabs.create({ url: browser.runtime.getURL(`reader.html?id=${encodeURIComponent(reading.savedId)}`) }).then(() => window.close());
  });
  byId('reader-save').addEventListener('click', () => void saveShownArticle(list));
  document.addEventListener('keydown', (event) => {
    // An Esc the display panel took (it closes first) does not also leave the reader.
    if (event.key === 'Escape' && reading && !event.defaultPrevented) {
      event.preventDefault();
      byId('back').click();
    }
  });
}

/** The tab the popup is about; `?tab=ID` lets the end-to-end tests open the popup in a tab of its own. */
async function currentTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** `tabId`: the tab whose (unsaved) article is shown, which the reader's Save button saves. */
async function openReader(target: Pick<TabState, 'savedId'> & Partial<TabState>, tabId: number | null = null): Promise<void> {
  closeReader();
  const controller = new AbortController();
  reading = { controller, savedId: target.savedId, tabId };
  showReaderActions();
  listView.hidden = true;
  readerView.hidden = false;
  // The reader (DOMPurify, image handling) loads only when first opened: the list paints without it.
  const [{ showSaved, showUnsaved }, { createReaderControls }, settings] = await Promise.all([
    import('../shared/saved-article'),
    import('../shared/reader-controls'),
    loadSettings(), // the reader controls may have changed them since the popup opened
  ]);
  const view = target.savedId
    ? (await showSaved(target.savedId, surface, settings, controller.signal))?.view
    : target.article
      ? await showUnsaved(target.article, surface, settings, controller.signal)
      : undefined;
  const controls = byId('reader-controls');
  controls.replaceChildren(createReaderControls(settings.reader, (mode) => void view?.setScript(mode), controller.signal));
  // The text takes the focus, so PageDown, ↓, End and Space scroll it (on Back, Space would press it).
  scroller.focus({ preventScroll: true });
}

/** A saved article opens in a tab; an unsaved one is saved first (the tab reader shows saved articles). */
function showReaderActions(): void {
  const saved = reading?.savedId != null;
  byId('open-in-tab').hidden = !saved;
  byId('reader-save').hidden = saved || reading?.tabId == null;
}

async function saveShownArticle(list: { refresh(): Promise<void> }): Promise<void> {
  const shown = reading;
  if (!shown || shown.tabId === null) return;
  const button = byId<HTMLButtonElement>('reader-save');
  button.disabled = true;
  button.textContent = t('saving');
  const response = await send({ type: 'save-tab', tabId: shown.tabId }).catch(() => ({ ok: false, id: null, error: 'errorSaveFailed' }));
  button.disabled = false;
  button.textContent = t('save');
  if (!response.ok || !response.id) return showToast(t(response.error ?? 'errorSaveFailed'));
  shown.savedId = response.id;
  showReaderActions();
  showToast(t('savedCheck'));
  void list.refresh();
}

function closeReader(): void {
  reading?.controller.abort();
  reading = null;
  surface.container.replaceChildren();
  readerView.hidden = true;
  listView.hidden = false;
}

void main();
