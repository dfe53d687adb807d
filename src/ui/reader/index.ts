// The full-tab reader (reader.html?id=…): the same reader with room to breathe, related links,
// previous/next, export and print. Without an id it shows the saved list.
import { localize, t } from '../../shared/i18n';
import { loadSettings, type ScriptConversion, type Settings } from '../../shared/settings';
import type { SavedArticle } from '../../store/types';
import { createArticleList } from '../shared/article-list';
import { byId, h } from '../shared/dom';
import { createReaderControls } from '../shared/reader-controls';
import { showSaved } from '../shared/saved-article';
import { applyReaderSettings } from '../shared/theme';
import { exportArticle, type ReaderExportFormat } from './export';
import { neighbours } from './neighbours';
import { relatedItem, relatedLinks } from './related';

const readerUrl = (id: string): string => `reader.html?id=${encodeURIComponent(id)}`;

async function main(): Promise<void> {
  localize(document);
  const settings = await loadSettings();
  applyReaderSettings(document.documentElement, settings.reader);
  const id = new URLSearchParams(location.search).get('id');
  if (!id) return showLibrary(settings);
  const shown = await showSaved(id, { container: byId('content'), scroller: document.scrollingElement as HTMLElement, scrollEvents: window }, settings, new AbortController().signal);
  if (!shown) {
    byId('content').replaceChildren(h('p', { class: 'empty' }, t('articleNotFound')));
    return;
  }
  document.title = shown.view.title();
  const setScript = async (mode: ScriptConversion): Promise<void> => {
    await shown.view.setScript(mode);
    document.title = shown.view.title();
  };
  byId('reader-controls').replaceChildren(createReaderControls(settings.reader, (mode) => void setScript(mode)));
  void showRelated(shown.saved);
  wireExport(shown.saved);
  const { previous, next } = await neighbours(id);
  for (const [elementId, target] of [['previous', previous], ['next', next]] as const) {
    const link = byId<HTMLAnchorElement>(elementId);
    link.hidden = target === null;
    if (target) link.href = readerUrl(target);
  }
}

async function showLibrary(settings: Settings): Promise<void> {
  document.body.classList.add('library-page');
  const list = createArticleList((id) => location.assign(readerUrl(id)), Promise.resolve(settings.reader.script));
  byId('content').replaceChildren(list.element);
  await list.show();
  list.focus();
}

async function showRelated(saved: SavedArticle): Promise<void> {
  const links = await relatedLinks(saved.article.related, readerUrl);
  byId('related').hidden = links.length === 0;
  byId('related-list').replaceChildren(...links.map(relatedItem));
}

function wireExport(saved: SavedArticle): void {
  const exportBar = byId('export');
  exportBar.hidden = false;
  exportBar.addEventListener('click', (event) => {
    const format = (event.target as HTMLElement).closest<HTMLElement>('[data-format]')?.dataset.format as ReaderExportFormat | undefined;
    if (format) void exportArticle(saved.id, saved.article.title, format);
  });
  byId('print').addEventListener('click', () => window.print());
}

void main();
