// The saved list: newest first, the library's Chinese search, filters (outlet, unread, starred,
// archived), one row per article with open / star / archive / delete-with-undo, all reachable from
// the keyboard. Renders one page (PAGE_SIZE summaries, never bodies) so that it paints at once
// however large the library is; "More" fetches the next page.
import { t, uiLanguage } from '../../shared/i18n';
import { libraryErrorKey } from '../../shared/library-errors';
import { library } from './library';
import { readListSnapshot, SNAPSHOT_QUERY, storeListSnapshot } from '../../shared/list-snapshot';
import { scriptConverter, scriptLang, type ConvertText } from '../../shared/script';
import { onSettingsChanged, type ScriptConversion } from '../../shared/settings';
import type { ArticleSummary, ListQuery, SearchHit } from '../../store/types';
import { formatPublished } from './dates';
import { afterNextPaint, h } from './dom';
import { showToast } from './toast';
import { deleteManyWithUndo, deleteWithUndo, undo } from './undo';

const PAGE_SIZE = SNAPSHOT_QUERY.limit!;
const SEARCH_DEBOUNCE_MS = 150;

type Filter = 'all' | 'unread' | 'starred' | 'archived';

const FILTER_QUERIES: Record<Filter, ListQuery> = {
  all: { archived: SNAPSHOT_QUERY.archived },
  unread: { unread: true, archived: false },
  starred: { starred: true },
  archived: { archived: true },
};

/** What the full-tab library adds to the popup's list. */
export interface ListOptions {
  /** Sort by saved or published date. */
  sortable?: boolean;
  /** Rows can be selected (checkbox, X) for bulk archive, delete and export. */
  bulk?: { exportSelected?(ids: string[]): Promise<void> };
  /** After each (re)load of the list: the library may have changed. */
  onLoaded?: () => void;
}

export interface ArticleList {
  element: HTMLElement;
  /** First paint: the stored copy of the first page at once, then the library's own answer. */
  show(): Promise<void>;
  refresh(): Promise<void>;
  /** Focus the row that was current (coming back from the reader). */
  focus(): void;
}

/** Chinese text in a row: tagged with the script it is shown in, so that glyphs and punctuation match. */
const HAN = /\p{Script=Han}/u;

/**
 * `script` is the reader's 简/繁 choice (a promise, so that the settings are read while the list's stored
 * copy is): titles, outlets and excerpts are shown in it, and the list follows when the reader changes it.
 */
export function createArticleList(onOpen: (id: string) => void, script: Promise<ScriptConversion>, options: ListOptions = {}): ArticleList {
  const state = { filter: 'all' as Filter, outlet: '', query: '', cursor: null as string | null, generation: 0, order: 'saved' as 'saved' | 'published' };
  const selected = new Set<string>();
  let shownScript: ScriptConversion = 'original';
  let converter = script.then((mode) => scriptConverter((shownScript = mode)));
  let convert: ConvertText = (text) => text;
  const search = h('input', { type: 'search', class: 'search', placeholder: t('searchPlaceholder'), 'aria-label': t('searchPlaceholder'), 'aria-keyshortcuts': '/' });
  const filterButtons = (Object.keys(FILTER_QUERIES) as Filter[]).map((filter) =>
    h('button', { type: 'button', class: 'filter', 'data-filter': filter, 'aria-pressed': String(filter === state.filter) }, t(`filter_${filter}`)),
  );
  const outletSelect = h('select', { class: 'outlet-filter', 'aria-label': t('filterOutlet') }, h('option', { value: '' }, t('allOutlets')));
  const rows = h('ul', { class: 'article-list', 'aria-label': t('savedArticles') });
  const more = h('button', { type: 'button', class: 'more', hidden: true }, t('more'));
  const empty = h('p', { class: 'empty', hidden: true });
  /** How many match a search (with its filters); "More" reaches every one. */
  const matchCount = h('p', { class: 'match-count', hidden: true, 'aria-live': 'polite' });
  const sortSelect = options.sortable
    ? h('select', { class: 'sort', 'aria-label': t('sortBy') }, h('option', { value: 'saved' }, t('sortSaved')), h('option', { value: 'published' }, t('sortPublished')))
    : null;
  const bulkCount = h('span', { class: 'bulk-count', 'aria-live': 'polite' });
  const bulkButton = (action: string, label: string): HTMLButtonElement => h('button', { type: 'button', 'data-bulk': action }, label);
  const bulkBar = options.bulk
    ? h('div', { class: 'bulk-bar', role: 'toolbar', 'aria-label': t('selection'), hidden: true }, bulkCount, bulkButton('all', t('selectAllShown')), bulkButton('archive', t('archiveSelected')), options.bulk.exportSelected ? bulkButton('export', t('exportSelected')) : null, bulkButton('delete', t('deleteSelected')), bulkButton('clear', t('clearSelection')))
    : null;
  const element = h(
    'section',
    { class: 'library' },
    h('div', { class: 'library-toolbar' }, search, h('div', { class: 'filters', role: 'toolbar', 'aria-label': t('filters') }, ...filterButtons, outletSelect, sortSelect), bulkBar),
    matchCount,
    rows,
    more,
    empty,
  );
  let current: HTMLElement | null = null;

  const isDefaultView = (): boolean => !state.query && state.filter === 'all' && !state.outlet;

  const render = (items: { summary: ArticleSummary; snippet: SearchHit['snippet'] | null }[], append: boolean): void => {
    const currentId = current?.dataset.id;
    const hadFocus = current !== null && current === document.activeElement;
    if (!append) rows.replaceChildren();
    rows.append(...items.map(({ summary, snippet }) => row(summary, snippet)));
    empty.hidden = rows.childElementCount > 0;
    empty.textContent = state.query ? t('noResults') : isDefaultView() ? t('emptyLibrary') : t('noneInFilter');
    if (append) return;
    // Re-rendering the same view (stored copy → live list) keeps the reader's place.
    const same = currentId ? rowById(currentId) : null;
    setCurrent(same ?? (rows.firstElementChild as HTMLElement | null), same !== null && hadFocus);
  };

  /** The library refused: say why instead of rows that could not be opened (the stored copy's, say). */
  const showFailure = (error: unknown): void => {
    console.error('Mirror Reader: library', error);
    rows.replaceChildren();
    more.hidden = true;
    empty.hidden = false;
    empty.textContent = t(libraryErrorKey(error, 'errorLibraryFailed'));
  };

  const load = async (append: boolean): Promise<void> => {
    const generation = ++state.generation;
    try {
      await loadPage(generation, append);
    } catch (error) {
      if (generation === state.generation) showFailure(error);
    }
  };

  const loadPage = async (generation: number, append: boolean): Promise<void> => {
    const lib = await library();
    convert = await converter;
    let summaries: { summary: ArticleSummary; snippet: SearchHit['snippet'] | null }[];
    let cursor: string | null;
    let total: { count: number; atLeast: boolean } | null = null;
    const filters = { ...FILTER_QUERIES[state.filter], ...(state.outlet ? { outlet: state.outlet } : {}) };
    if (state.query) {
      // The filters go to the library, which applies them before cutting the page.
      const page = await lib.searchPage(state.query, { ...filters, limit: PAGE_SIZE, cursor: append ? state.cursor : null });
      summaries = page.hits.map((hit) => ({ summary: hit.summary, snippet: hit.snippet }));
      cursor = page.cursor;
      total = { count: page.total, atLeast: page.totalIsAtLeast };
    } else {
      const page = await lib.list({ ...filters, order: state.order, limit: PAGE_SIZE, cursor: append ? state.cursor : null });
      summaries = page.items.map((summary) => ({ summary, snippet: null }));
      cursor = page.cursor;
      if (isDefaultView() && state.order === 'saved' && !append) void storeListSnapshot(page.items);
    }
    if (generation !== state.generation) return; // a newer query won
    matchCount.hidden = total === null || total.count === 0;
    if (total !== null) matchCount.textContent = t(total.atLeast ? 'matchCountAtLeast' : 'matchCount', new Intl.NumberFormat(uiLanguage()).format(total.count));
    render(summaries, append);
    state.cursor = cursor;
    more.hidden = cursor === null;
    if (!append) options.onLoaded?.();
  };

  const row = (summary: ArticleSummary, snippet: SearchHit['snippet'] | null): HTMLElement => {
    const lang = (text: string): string | null => (shownScript !== 'original' && HAN.test(text) ? scriptLang('zh', shownScript) : null);
    const title = convert(summary.title);
    const meta = [summary.outlet && convert(summary.outlet), formatPublished(summary.published), summary.readingMinutes ? t('readingMinutes', String(summary.readingMinutes)) : null].filter(Boolean).join(' · ');
    const excerpt = h('p', { class: 'row-excerpt', lang: lang(summary.excerpt) });
    if (snippet) excerpt.append(...snippet.map((part) => (part.mark ? h('mark', {}, convert(part.text)) : convert(part.text))));
    else excerpt.textContent = convert(summary.excerpt);
    const star = h('button', { type: 'button', class: 'row-action star', tabindex: -1, 'data-action': 'star', 'aria-pressed': String(summary.starred), title: t('starAction'), 'aria-label': t('starAction'), 'aria-keyshortcuts': 's' }, summary.starred ? '★' : '☆');
    const archiveLabel = t(summary.archived ? 'unarchiveAction' : 'archiveAction');
    const archive = h('button', { type: 'button', class: 'row-action archive', tabindex: -1, 'data-action': 'archive', 'aria-pressed': String(summary.archived), title: archiveLabel, 'aria-label': archiveLabel, 'aria-keyshortcuts': 'a' }, archiveIcon());
    const remove = h('button', { type: 'button', class: 'row-action delete', tabindex: -1, 'data-action': 'delete', title: t('deleteAction'), 'aria-label': t('deleteAction'), 'aria-keyshortcuts': 'Delete' }, '✕');
    // The unread dot is the read/unread switch (as in mail): opening an article no longer marks it read at a glance.
    const readLabel = t(summary.read ? 'markUnreadAction' : 'markReadAction');
    const readToggle = h('button', { type: 'button', class: 'unread-mark', tabindex: -1, 'data-action': 'read', 'aria-pressed': String(!summary.read), title: readLabel, 'aria-label': readLabel, 'aria-keyshortcuts': 'u' });
    const select = options.bulk ? h('input', { type: 'checkbox', class: 'row-select', tabindex: -1, checked: selected.has(summary.id), 'aria-label': t('selectArticle', title), 'aria-keyshortcuts': 'x' }) : null;
    const item = h(
      'li',
      { class: summary.read ? 'row' : 'row unread', tabindex: -1, 'data-id': summary.id, 'aria-label': title },
      select,
      h(
        'div',
        { class: 'row-main' },
        readToggle,
        h('h3', { class: 'row-title', lang: lang(title) }, title),
        h('p', { class: 'row-meta' }, meta),
        // A copy whose words differ from the one saved first: kept beside it, never over it.
        summary.variantOf && h('p', { class: 'row-variant' }, `⚠ ${t('variantRow')}`),
        excerpt,
      ),
      h('div', { class: 'row-actions' }, star, archive, remove),
    );
    itemSummaries.set(item, summary);
    return item;
  };
  const itemSummaries = new WeakMap<HTMLElement, ArticleSummary>();

  const rowById = (id: string): HTMLElement | null => (Array.from(rows.children) as HTMLElement[]).find((item) => item.dataset.id === id) ?? null;

  const setCurrent = (item: HTMLElement | null, focus = true): void => {
    current?.setAttribute('tabindex', '-1');
    current = item;
    if (!item) return;
    item.setAttribute('tabindex', '0');
    if (focus) {
      item.focus();
      item.scrollIntoView({ block: 'nearest' });
    }
  };

  const act = async (item: HTMLElement, action: string): Promise<void> => {
    const summary = itemSummaries.get(item)!;
    if (action === 'open') return onOpen(summary.id);
    const lib = await library();
    if (action === 'delete') {
      const next = (item.nextElementSibling ?? item.previousElementSibling) as HTMLElement | null;
      await deleteWithUndo(summary.id, () => void load(false).then(() => setCurrent(rowById(summary.id))));
      item.remove();
      setCurrent(next);
      empty.hidden = rows.childElementCount > 0;
      options.onLoaded?.();
      return;
    }
    const patch = action === 'star' ? { starred: !summary.starred } : action === 'read' ? { read: !summary.read } : { archived: !summary.archived };
    await lib.update(summary.id, patch);
    const updated = row({ ...summary, ...patch }, null);
    item.replaceWith(updated);
    setCurrent(updated);
    if (action === 'archive') {
      // Said, and undoable: an archived article leaves the reading list.
      showToast(t(patch.archived ? 'archived' : 'unarchived'), { label: t('undo'), run: () => void lib.update(summary.id, { archived: summary.archived }).then(() => load(false)) });
      if (state.filter !== 'archived' && patch.archived) void load(false);
    }
  };

  const toggleSelected = (item: HTMLElement, on: boolean): void => {
    const id = item.dataset.id!;
    if (on) selected.add(id);
    else selected.delete(id);
    const box = item.querySelector<HTMLInputElement>('.row-select');
    if (box) box.checked = on;
    showSelection();
  };
  const showSelection = (): void => {
    if (!bulkBar) return;
    bulkBar.hidden = selected.size === 0;
    bulkCount.textContent = t('selectedCount', new Intl.NumberFormat(uiLanguage()).format(selected.size));
  };
  const clearSelection = (): void => {
    selected.clear();
    for (const box of Array.from(rows.querySelectorAll<HTMLInputElement>('.row-select'))) box.checked = false;
    showSelection();
  };
  const runBulk = async (action: string): Promise<void> => {
    const ids = [...selected];
    if (action === 'all') {
      for (const item of Array.from(rows.children) as HTMLElement[]) toggleSelected(item, true);
      return;
    }
    if (action === 'clear') return clearSelection();
    if (action === 'export') return options.bulk?.exportSelected?.(ids);
    if (action === 'delete') {
      await deleteManyWithUndo(ids, () => void load(false));
    } else if (action === 'archive') {
      const lib = await library();
      for (const id of ids) await lib.update(id, { archived: true });
      showToast(t('archivedMany', String(ids.length)), { label: t('undo'), run: () => void Promise.all(ids.map((id) => lib.update(id, { archived: false }))).then(() => load(false)) });
    }
    clearSelection();
    await load(false);
  };
  bulkBar?.addEventListener('click', (event) => {
    const action = (event.target as HTMLElement).closest<HTMLElement>('[data-bulk]')?.dataset.bulk;
    if (action) void runBulk(action).catch(actionFailed);
  });
  sortSelect?.addEventListener('change', () => {
    state.order = sortSelect.value === 'published' ? 'published' : 'saved';
    void load(false);
  });

  const actionFailed = (error: unknown): void => showToast(t(libraryErrorKey(error, 'errorLibraryFailed')));

  rows.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const item = target.closest<HTMLElement>('.row');
    if (!item) return;
    setCurrent(item, false);
    if (target.classList.contains('row-select')) return toggleSelected(item, (target as HTMLInputElement).checked);
    void act(item, target.closest<HTMLElement>('[data-action]')?.dataset.action ?? 'open').catch(actionFailed);
  });
  rows.addEventListener('keydown', (event) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('.row');
    if (!item || event.altKey || event.metaKey) return;
    const action = keyActions[event.key];
    if (!action || (event.ctrlKey && event.key !== 'z')) return;
    event.preventDefault();
    if (action === 'next') setCurrent((item.nextElementSibling as HTMLElement | null) ?? item);
    else if (action === 'previous') {
      if (item.previousElementSibling) setCurrent(item.previousElementSibling as HTMLElement);
      else search.focus();
    }
    else if (action === 'first') setCurrent(rows.firstElementChild as HTMLElement);
    else if (action === 'last') setCurrent(rows.lastElementChild as HTMLElement);
    else if (action === 'undo') void undo();
    else if (action === 'select') {
      if (options.bulk) toggleSelected(item, !selected.has(item.dataset.id!));
    }
    else void act(item, action).catch(actionFailed);
  });
  search.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && rows.firstElementChild) {
      event.preventDefault();
      setCurrent(rows.firstElementChild as HTMLElement);
    }
  });
  let debounce: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    clearTimeout(debounce);
    debounce = setTimeout(() => {
      state.query = search.value.trim();
      void load(false);
    }, SEARCH_DEBOUNCE_MS);
  });
  for (const button of filterButtons) {
    button.addEventListener('click', () => {
      state.filter = button.dataset.filter as Filter;
      for (const other of filterButtons) other.setAttribute('aria-pressed', String(other === button));
      void load(false);
    });
  }
  outletSelect.addEventListener('change', () => {
    state.outlet = outletSelect.value;
    void load(false);
  });
  more.addEventListener('click', () => void load(true));
  onSettingsChanged(({ reader }) => {
    if (reader.script === shownScript) return;
    shownScript = reader.script;
    converter = scriptConverter(shownScript);
    void refresh();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && document.activeElement !== search && element.isConnected && !element.closest('[hidden]')) {
      event.preventDefault();
      search.focus();
    }
  });

  const fillOutlets = async (): Promise<void> => {
    const outlets = await (await library()).outlets();
    convert = await converter;
    outletSelect.replaceChildren(h('option', { value: '' }, t('allOutlets')), ...outlets.map(({ value, count }) => h('option', { value }, `${convert(value)} (${count})`)));
    outletSelect.value = state.outlet;
  };

  const refresh = async (): Promise<void> => {
    await load(false);
    void fillOutlets().catch(() => undefined); // after the first paint: the list matters more than the filter's options
  };

  return {
    element,
    show: async () => {
      // The stored copy first, before the store's code even loads: it is what paints at once.
      const [stored] = await Promise.all([readListSnapshot(), converter.then((loaded) => (convert = loaded))]);
      if (!stored) return refresh();
      render(stored.map((summary) => ({ summary, snippet: null })), false);
      // The library's code and connection after the copy is on screen: loaded before, they delayed the paint.
      void afterNextPaint().then(refresh);
    },
    refresh,
    focus: () => (current ?? search).focus(),
  };
}

const keyActions: Record<string, string> = {
  ArrowDown: 'next',
  j: 'next',
  ArrowUp: 'previous',
  k: 'previous',
  Home: 'first',
  End: 'last',
  Enter: 'open',
  o: 'open',
  s: 'star',
  a: 'archive',
  Delete: 'delete',
  d: 'delete',
  z: 'undo',
  u: 'read',
  x: 'select',
};

const SVG = 'http://www.w3.org/2000/svg';

/** An archive box (a lid over a box with a slot): ⤓ read as "download". */
function archiveIcon(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  for (const [name, value] of Object.entries({ viewBox: '0 0 16 16', width: '15', height: '15', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.5', 'aria-hidden': 'true' })) svg.setAttribute(name, value);
  for (const d of ['M1.75 2.75h12.5v3H1.75z', 'M2.75 5.75v7.5h10.5v-7.5', 'M6 8.75h4']) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
  return svg;
}
