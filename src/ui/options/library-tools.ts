// The options page's library tools: storage usage, export (a library file, or an EPUB book of every
// article), import, and erase-all (confirmed).
import { formatBytes, t, uiLanguage } from '../../shared/i18n';
import { library } from '../shared/library';
import { libraryErrorKey } from '../../shared/library-errors';
import { send } from '../../shared/send';
import { byId, h } from '../shared/dom';
import { download } from '../shared/download';
import { downloadEpub } from '../shared/exports';
import { notifyLibraryChanged } from '../shared/undo';

export function wireLibraryTools(): void {
  const status = byId('library-status');
  byId('export-library').addEventListener('click', async () => {
    const exported = await (await library()).exportLibrary();
    download(new Blob([exported], { type: 'application/json' }), `mirror-reader-${new Date().toISOString().slice(0, 10)}.json`);
  });
  wireEpubExport(status);
  byId<HTMLInputElement>('import-library').addEventListener('change', async (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    try {
      const report = await (await library()).importLibrary(await file.text());
      status.textContent = t('importDone', [String(report.added), String(report.merged), String(report.images)]);
      notifyLibraryChanged();
    } catch (error) {
      showError(status, error, 'errorImportFailed');
    }
    await showUsage();
  });
  const dialog = byId<HTMLDialogElement>('erase-dialog');
  byId('erase-all').addEventListener('click', () => dialog.showModal());
  dialog.addEventListener('close', async () => {
    if (dialog.returnValue !== 'erase') return;
    // A batch save still running would save articles into the emptied library (and keeps its queue).
    await send({ type: 'cancel-batch' }).catch(() => null);
    await (await library()).eraseAll();
    status.textContent = t('erased');
    notifyLibraryChanged();
    await showUsage();
  });
  void showUsage();
}

/** The reason in the reader's language; the store's own (English) detail is there for a bug report. */
function showError(status: HTMLElement, error: unknown, fallback: 'errorImportFailed' | 'errorLibraryFailed'): void {
  status.replaceChildren(t(libraryErrorKey(error, fallback)));
  if (error instanceof Error) status.append(' ', h('small', { lang: 'en', class: 'error-detail' }, error.message));
}

/** The whole library as one EPUB; a large library takes a while, so the status counts the articles written. */
function wireEpubExport(status: HTMLElement): void {
  const button = byId<HTMLButtonElement>('export-library-epub');
  button.addEventListener('click', async () => {
    const date = new Date().toISOString().slice(0, 10);
    const count = new Intl.NumberFormat(uiLanguage());
    let written = 0;
    button.disabled = true;
    try {
      await downloadEpub('all', `mirror-reader-${date}`, {
        title: t('epubLibraryTitle', date),
        onProgress: (done, total) => {
          written = done;
          status.textContent = t('epubProgress', [count.format(done), count.format(total)]);
        },
      });
      status.textContent = t('epubDone', count.format(written));
    } catch (error) {
      showError(status, error, 'errorLibraryFailed');
    } finally {
      await showUsage();
    }
  });
}

async function showUsage(): Promise<void> {
  const usage = await (await library()).usage();
  // A book needs at least one article.
  byId<HTMLButtonElement>('export-library-epub').disabled = usage.articles === 0;
  const size = (bytes: number | null): string => (bytes === null ? '?' : formatBytes(bytes));
  const count = new Intl.NumberFormat(uiLanguage());
  byId('usage').textContent = t('usage', [count.format(usage.articles), count.format(usage.images), size(usage.bytesUsed), size(usage.bytesQuota)]);
}
