// The full-tab reader (reader.html?id=…): the same reader with room to breathe, related links,
// previous/next, export and print. Without an id it shows the saved list.
import { localize, t, uiLanguage } from '../../shared/i18n';
import { loadSettings, type ScriptConversion, type Settings } from '../../shared/settings';
import type { SavedArticle } from '../../store/types';
import { createArticleList } from '../shared/article-list';
import { byId, h } from '../shared/dom';
import { createReaderControls } from '../shared/reader-controls';
import { showSaved } from '../shared/saved-article';
import { applyReaderSettings } from '../shared/theme';
import { downloadEpub } from '../shared/exports';
import { library } from '../shared/library';
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

/** The full-tab library: a heading with the count, the list with sort and bulk actions, the options. */
async function showLibrary(settings: Settings): Promise<void> {
  document.body.classList.add('library-page');
  document.title = t('libraryTitle');
  const list = createArticleList((id) => location.assign(readerUrl(id)), Promise.resolve(settings.reader.script), {
    sortable: true,
    bulk: {
      exportSelected: (ids) => {
        const date = new Date().toISOString().slice(0, 10);
        return downloadEpub(ids, `mirror-reader-${date}`, { title: t('epubLibraryTitle', date) });
      },
    },
    onLoaded: () => void showCount(),
  });
  const count = h('p', { class: 'library-count', 'aria-live': 'polite' });
  const heading = h(
    'header',
    { class: 'library-heading' },
    h('h1', {}, t('libraryTitle')),
    count,
    h('a', { href: 'options.html', class: 'library-options' }, t('options')),
  );
  byId('content').replaceChildren(heading, list.element);
  async function showCount(): Promise<void> {
    count.textContent = t('articleCount', new Intl.NumberFormat(uiLanguage()).format(await (await library()).count()));
  }
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
