// Opens a saved article in a reader surface: renders it with its stored images, marks it read,
// puts the reader back where they stopped and keeps that place up to date until `signal` aborts.
import browser from 'webextension-polyfill';
import type { Article } from '../../core/article';
import { t } from '../../shared/i18n';
import { h } from './dom';
import { library } from './library';
import type { Settings } from '../../shared/settings';
import type { SavedArticle } from '../../store/types';
import type { ImageSource } from './article-images';
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
  const view = await show(saved.article, surface, { stored: (url) => lib.getImage(url), loadRemote: settings.loadRemoteImages }, settings, signal);
  if (saved.variantOf) surface.container.prepend(variantNotice(saved.variantOf));
  if (!saved.read) void lib.update(id, { read: true });
  // Tracking starts after the restore, so that its jumps are not saved as the reader's own scrolling.
  void restorePosition(surface.scroller, surface.container, saved.position).then(() => {
    if (!signal.aborted) trackPosition(surface.scroller, surface.scrollEvents, (position) => void lib.update(id, { position }), signal);
  });
  return { saved, view };
}

/** A copy kept beside the one saved first, because its words differ: the reader is told, and can open the other. */
function variantNotice(firstId: string): HTMLElement {
  const open = h('a', { href: browser.runtime.getURL(`reader.html?id=${encodeURIComponent(firstId)}`), target: '_blank', rel: 'noopener' }, t('openFirstCopy'));
  return h('p', { class: 'variant-notice', role: 'note' }, `⚠ ${t('variantNotice')} `, open);
}

/** An article not (yet) saved: the current tab's, shown from what the content script extracted. */
export async function showUnsaved(article: Article, surface: ReaderSurface, settings: Settings, signal: AbortSignal): Promise<ArticleView> {
  // The library is asked lazily: where it cannot be opened the page is still read, images as placeholders.
  return show(article, surface, { stored: async (url) => (await library()).getImage(url), loadRemote: settings.loadRemoteImages }, settings, signal);
}

async function show(article: Article, surface: ReaderSurface, images: ImageSource, settings: Settings, signal: AbortSignal): Promise<ArticleView> {
  const view = await renderArticle(article, images, settings.reader.script);
  surface.container.replaceChildren(view.element);
  signal.addEventListener('abort', () => view.dispose(), { once: true });
  return view;
}
