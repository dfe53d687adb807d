// The popup's batch save (background/batch-save.ts): on an index page "Save all N articles"; while a
// batch runs, its progress wherever the popup opens (done / failed / left, a progress bar, Cancel); at
// the end its summary. Progress arrives as changes of storage.session, which the background writes after
// every link; the popup sends nothing while it watches.
import browser from 'webextension-polyfill';
import { t, tCount } from '../../shared/i18n';
import { BATCH_PROGRESS_KEY, type BatchOffer, type BatchProgress, type BatchView } from '../../shared/messages';
import { send } from '../../shared/send';
import { h } from '../shared/dom';

/** `onSaved` runs when articles were added, to refresh the list. */
export async function showBatch(section: HTMLElement, tabId: number, onSaved: () => void): Promise<void> {
  let view: BatchView = (await send({ type: 'get-batch', tabId }).catch(() => null)) ?? { progress: null, offer: null };
  let updateRunning: ((progress: BatchProgress) => void) | null = null;

  const reload = async (): Promise<void> => {
    const fresh = await send({ type: 'get-batch', tabId }).catch(() => null);
    // The summary the popup watched stays, even when the tab shows another page.
    if (fresh) view = { progress: fresh.progress ?? view.progress, offer: fresh.offer };
    render();
  };

  const start = async (button: HTMLButtonElement): Promise<void> => {
    button.disabled = true;
    const response = await send({ type: 'start-batch', tabId });
    if (response.ok) {
      view = { ...view, progress: response.progress };
      render();
    } else {
      await reload();
      section.append(h('p', { class: 'error', role: 'alert' }, t(response.error ?? 'errorBatchEmpty')));
    }
  };

  const cancel = async (button: HTMLButtonElement): Promise<void> => {
    button.disabled = true;
    button.textContent = t('batchCancelling');
    const progress = await send({ type: 'cancel-batch' });
    view = { ...view, progress };
    await reload();
  };

  const render = (): void => {
    const { progress, offer } = view;
    updateRunning = null;
    const parts: HTMLElement[] = [];
    if (progress?.status === 'running') {
      const running = runningBlock(progress, (button) => void cancel(button));
      updateRunning = running.update;
      parts.push(...running.elements);
    } else if (offer || progress) {
      // The index's title once: the last batch's summary, then what is left to save.
      parts.push(...heading(t('batchIndexLabel'), offer?.title ?? progress?.title ?? ''));
      if (progress) parts.push(summaryOf(progress, progress.status));
      if (offer) parts.push(...offerBlock(offer, (button) => void start(button)));
    }
    section.replaceChildren(...parts);
    section.hidden = parts.length === 0;
  };

  browser.storage.onChanged.addListener((changes, area) => {
    const progress = changes[BATCH_PROGRESS_KEY]?.newValue as BatchProgress | undefined;
    if (area !== 'session' || !progress) return;
    if (progress.done !== view.progress?.done) onSaved();
    const wasRunning = view.progress?.status === 'running';
    view = { ...view, progress };
    if (progress.status === 'running' && updateRunning) updateRunning(progress);
    else if (wasRunning && progress.status !== 'running') void reload(); // the offer changed with it
    else render();
  });
  render();
}

function heading(label: string, title: string): HTMLElement[] {
  return [h('p', { class: 'current-label' }, label), h('h2', { class: 'current-title' }, title)];
}

function offerBlock(offer: BatchOffer, start: (button: HTMLButtonElement) => void): HTMLElement[] {
  if (offer.count === 0) return [h('p', { class: 'current-meta' }, tCount('batchAllSaved', offer.alreadySaved))];
  const notes = [offer.alreadySaved > 0 && t('batchAlreadySaved', String(offer.alreadySaved)), offer.beyondCap > 0 && t('batchBeyondCap', [String(offer.beyondCap), String(offer.count)])].filter(Boolean);
  const button = h('button', { type: 'button', class: 'primary', id: 'batch-start' }, tCount('batchSaveAll', offer.count));
  button.addEventListener('click', () => start(button));
  return [...(notes.length > 0 ? [h('p', { class: 'current-meta' }, notes.join(' · '))] : []), h('div', { class: 'current-actions' }, button)];
}

function countsOf(progress: BatchProgress): string {
  return t('batchCounts', [progress.done, progress.failed, progress.skipped, progress.left].map(String));
}

function runningBlock(progress: BatchProgress, cancel: (button: HTMLButtonElement) => void): { elements: HTMLElement[]; update: (progress: BatchProgress) => void } {
  const fill = h('div', { class: 'batch-bar-fill' });
  const bar = h('div', { class: 'batch-bar', role: 'progressbar', 'aria-label': t('batchProgressLabel'), 'aria-valuemin': 0 }, fill);
  const counts = h('p', { class: 'batch-counts' });
  const button = h('button', { type: 'button', id: 'batch-cancel' }, t('cancel'));
  button.addEventListener('click', () => cancel(button));
  const update = (next: BatchProgress): void => {
    const answered = next.total - next.left;
    bar.setAttribute('aria-valuemax', String(next.total));
    bar.setAttribute('aria-valuenow', String(answered));
    bar.setAttribute('aria-valuetext', countsOf(next));
    fill.style.width = `${next.total > 0 ? (100 * answered) / next.total : 0}%`;
    counts.textContent = countsOf(next);
  };
  update(progress);
  return { elements: [...heading(t('batchSavingLabel'), progress.title || progress.source), bar, counts, h('div', { class: 'current-actions' }, button)], update };
}

type Ended = Exclude<BatchProgress['status'], 'running'>;

const SUMMARY_KEYS: Record<Ended, string> = {
  finished: 'batchFinished',
  cancelled: 'batchCancelled',
  stopped: 'batchStopped',
};

function summaryOf(progress: BatchProgress, status: Ended): HTMLElement {
  const counts = [progress.done, progress.skipped, progress.failed, progress.left].map(String);
  return h('div', { class: 'batch-summary', role: 'status' }, h('p', {}, t(SUMMARY_KEYS[status], counts)), progress.error && h('p', { class: 'error' }, t(progress.error)));
}
