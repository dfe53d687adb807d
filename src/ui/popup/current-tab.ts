// The popup's card for the active tab: an article (or a raw source, through the fetch path) gets
// its title, outlet, date, "Read" and "Save" / "Saved ✓"; any other page says it holds no mirrored
// article and offers to read it anyway.
import type { Article } from '../../core/article';
import { t } from '../../shared/i18n';
import type { TabState } from '../../shared/messages';
import { scriptConverter, scriptLang } from '../../shared/script';
import { send } from '../../shared/send';
import type { ScriptConversion } from '../../shared/settings';
import { formatPublished } from '../shared/dates';
import { h } from '../shared/dom';

export interface CurrentTabActions {
  read(state: TabState): void;
  saved(): void;
}

/** `script`: the reader's 简/繁 choice, in which the article's title and outlet are shown. */
export async function showCurrentTab(card: HTMLElement, tabId: number, actions: CurrentTabActions, script: ScriptConversion): Promise<void> {
  card.hidden = false;
  card.replaceChildren(h('p', { class: 'checking' }, t('checkingPage')));
  const [state, convert] = await Promise.all([send({ type: 'get-tab-state', tabId }).catch(() => null), scriptConverter(script)]);
  // An index page gets the batch card's offer ("Save all N articles") instead.
  if (state?.index) {
    card.hidden = true;
    card.replaceChildren();
    return;
  }
  if (!state?.article) return offerReadingAnyway(card, tabId, actions);
  const { article } = state;
  const shown = { ...article, title: convert(article.title), outlet: article.outlet && convert(article.outlet), lang: scriptLang(article.lang, script) };
  render(card, tabId, state, shown, actions);
}

/** No mirrored article here: say so, and let the reader read the page anyway (the generic reader). */
function offerReadingAnyway(card: HTMLElement, tabId: number, actions: CurrentTabActions): void {
  const button = h('button', { type: 'button', id: 'read-anyway' }, t('readAnyway'));
  const status = h('p', { class: 'current-meta', 'aria-live': 'polite' });
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = t('checkingPage');
    const state = await send({ type: 'read-tab-anyway', tabId }).catch(() => null);
    button.disabled = false;
    if (state?.article) {
      status.textContent = '';
      return actions.read(state);
    }
    status.textContent = t(state?.error ?? 'errorNothingToRead');
  });
  card.replaceChildren(h('p', { class: 'current-label' }, t('noArticleHere')), h('div', { class: 'current-actions' }, button), status);
}

function render(card: HTMLElement, tabId: number, state: TabState, article: Article, actions: CurrentTabActions): void {
  const problem = (key: string): HTMLElement => h('p', { class: 'error', role: 'alert' }, t(key));
  const read = h('button', { type: 'button', class: 'primary', id: 'read-current' }, t('read'));
  const save = h('button', { type: 'button', id: 'save-current', disabled: state.savedId !== null }, state.savedId ? t('savedCheck') : t('save'));
  read.addEventListener('click', () => actions.read(state));
  save.addEventListener('click', async () => {
    save.disabled = true;
    save.textContent = t('saving');
    const response = await send({ type: 'save-tab', tabId });
    if (response.ok) {
      render(card, tabId, { ...state, status: 'saved', savedId: response.id }, article, actions);
      actions.saved();
    } else {
      save.disabled = false;
      save.textContent = t('save');
      card.querySelector('.error')?.remove();
      card.append(problem(response.error ?? 'errorSaveFailed'));
    }
  });
  const meta = [article.outlet, formatPublished(article.published)].filter(Boolean).join(' · ');
  card.replaceChildren(
    h('p', { class: 'current-label' }, t('onThisPage')),
    h('h2', { class: 'current-title', lang: article.lang === 'und' ? null : article.lang }, article.title),
    h('p', { class: 'current-meta' }, meta),
    h('div', { class: 'current-actions' }, read, save),
  );
  // An auto-save that failed says why (no storage in this window, disk full); reading still works.
  if (state.status === 'failed') card.append(problem(state.error ?? 'errorSaveFailed'));
}
