// Opens a saved article in a reader surface: renders it with its stored images, marks it read once read,
// puts the reader back where they stopped and keeps that place up to date until `signal` aborts.
import browser from 'webextension-polyfill';
import type { Article } from '../../core/article';
import { t } from '../../shared/i18n';
import { h } from './dom';
import { library } from './library';
import type { Settings } from '../../shared/settings';
import type { SavedArticle } from '../../store/types';
import type { ImageSource } from './article-images';
import { send } from '../../shared/send';
import { renderArticle, type ArticleView } from './article-view';
import { restorePosition, trackPosition } from './reading-position';

export interface ReaderSurface {
  /** Where the article goes. */
  container: HTMLElement;
  /** The element that scrolls, and what fires its scroll events (window for a whole page). */
  scroller: HTMLElement;
  scrollEvents: EventTarget;
}

export async function showSaved(id: string, surface: ReaderSurface, settings: Settings, signal: AbortSignal): Promise<{ saved: SavedArticle; view: ArticleView } | null> {
  const lib = await library();
  const saved = await lib.get(id);
  if (!saved || signal.aborted) return null;
  const images: ImageSource = { stored: (url) => lib.getImage(url), loadRemote: settings.loadRemoteImages, fetchMissing: (urls) => fetchMissingImages(id, urls) };
  const view = await show(saved.article, surface, images, settings, signal);
  if (saved.variantOf) surface.container.prepend(variantNotice(saved.variantOf));
  const markRead = saved.read ? () => undefined : markReadOnce(() => void lib.update(id, { read: true }), signal);
  // Tracking starts after the restore, so that its jumps are not saved as the reader's own scrolling.
  void restorePosition(surface.scroller, surface.container, saved.position).then(() => {
    if (signal.aborted) return;
    trackPosition(
      surface.scroller,
      surface.scrollEvents,
      (position) => {
        void lib.update(id, { position });
        if (position >= READ_POSITION) markRead();
      },
      signal,
    );
  });
  return { saved, view };
}

/**
 * A saved article's images that were not stored: the browser is asked for access to their hosts (from the
 * reader's click, nothing awaited before it) while the background is told, so that it saves them when the
 * access arrives even if this page closes under the browser's dialog (a popup does).
 */
async function fetchMissingImages(id: string, loadedUrls: readonly string[]): Promise<'stored' | 'none'> {
  const origins = [...new Set(loadedUrls.flatMap((url) => (/^https?:\/\//.test(url) ? [`${new URL(url).origin}/*`] : [])))];
  const asked = send({ type: 'save-missing-images', id });
  const granted = await browser.permissions.request({ origins }).catch(() => false);
  await asked;
  if (!granted) return 'none';
  // Whichever run stored them (this one, or the one the permission's arrival started), they are stored now.
  await send({ type: 'save-missing-images', id });
  return 'stored';
}

/** Read means read: the end of the text reached, or a while spent with it open — not a glance at it. */
export const READ_POSITION = 0.85;
export const READ_AFTER_MS = 20_000;

/** Marks the article read once: at the end of the text (the caller's call) or after READ_AFTER_MS open. */
function markReadOnce(mark: () => void, signal: AbortSignal): () => void {
  let done = false;
  const once = (): void => {
    if (done || signal.aborted) return;
    done = true;
    clearTimeout(timer);
    mark();
  };
  const timer = setTimeout(once, READ_AFTER_MS);
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return once;
}

/** A copy kept beside the one saved first, because its words differ: the reader is told, and can open the other. */
function variantNotice(firstId: string): HTMLElement {
  const open = h('a', { href: browser.runtime.getURL(`reader.html?id=${encodeURIComponent(firstId)}`), target: '_blank', rel: 'noopener' }, t('openFirstCopy'));
  return h('p', { class: 'variant-notice', role: 'note' }, `⚠ ${t('variantNotice')} `, open);
}

/** An article not (yet) saved: the current tab's, shown from what the content script extracted. */
export async function showUnsaved(article: Article, surface: ReaderSurface, settings: Settings, signal: AbortSignal): Promise<ArticleView> {
  // The library is asked lazily: where it cannot be opened the page is still read, images as placeholders.
  // Not saved: pressing a placeholder loads the images as the page did (from their addresses, no referrer).
  const images: ImageSource = { stored: async (url) => (await library()).getImage(url), loadRemote: settings.loadRemoteImages, fetchMissing: async () => 'remote' };
  return show(article, surface, images, settings, signal);
}

async function show(article: Article, surface: ReaderSurface, images: ImageSource, settings: Settings, signal: AbortSignal): Promise<ArticleView> {
  const view = await renderArticle(article, images, settings.reader.script);
  surface.container.replaceChildren(view.element);
  signal.addEventListener('abort', () => view.dispose(), { once: true });
  return view;
}
