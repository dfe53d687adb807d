// The options page's library tools: export (a library file, or an EPUB book of every article), import,
// and erase-all (confirmed). Export and import go a piece at a time and count their progress.
import { formatBytes, t, tCount, uiLanguage } from '../../shared/i18n';
import { library } from '../shared/library';
import { libraryErrorKey } from '../../shared/library-errors';
import { send } from '../../shared/send';
import { byId, h } from '../shared/dom';
import { download } from '../shared/download';
import { downloadEpub } from '../shared/exports';
import { notifyLibraryChanged } from '../shared/undo';

/** The share of the quota from which the page warns that space runs out. */
const NEAR_QUOTA = 0.9;

/** The buttons that read or change the whole library: one such task at a time. */
const LIBRARY_BUTTONS = ['export-library', 'export-library-epub', 'import-library', 'erase-all', 'free-space'];

/** Runs `work` with the library's buttons disabled and the status marked busy. */
export async function exclusively(status: HTMLElement, work: () => Promise<void>): Promise<void> {
  const buttons = LIBRARY_BUTTONS.map((id) => byId<HTMLButtonElement | HTMLInputElement>(id));
  for (const button of buttons) button.disabled = true;
  status.setAttribute('aria-busy', 'true');
  try {
    await work();
  } finally {
    for (const button of buttons) button.disabled = false;
    status.setAttribute('aria-busy', 'false');
    await showUsage();
  }
}

export function wireLibraryTools(): void {
  const status = byId('library-status');
  const count = (n: number): string => new Intl.NumberFormat(uiLanguage()).format(n);
  byId('export-library').addEventListener('click', () =>
    exclusively(status, async () => {
      let written = 0;
      try {
        const file = await (await library()).exportLibrary({
          onProgress: (done, total) => {
            written = done;
            status.textContent = t('exportProgress', [count(done), count(total)]);
          },
        });
        download(file, `mirror-reader-${new Date().toISOString().slice(0, 10)}.jsonl`);
        status.textContent = tCount('exportDone', written);
      } catch (error) {
        showError(status, error, 'errorLibraryFailed');
      }
    }),
  );
  wireEpubExport(status);
  const input = byId<HTMLInputElement>('import-library');
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again
    if (!file) return;
    void exclusively(status, async () => {
      try {
        const report = await (await library()).importLibrary(file, {
          onProgress: (read, total) => {
            status.textContent = t('importProgress', [String(Math.floor((read * 100) / Math.max(total, 1))), formatBytes(read), formatBytes(total)]);
          },
        });
        status.textContent = t('importDone', [String(report.added), String(report.merged), String(report.images)]);
        notifyLibraryChanged();
      } catch (error) {
        showError(status, error, 'errorImportFailed');
      }
    });
  });
  const dialog = byId<HTMLDialogElement>('erase-dialog');
  byId('erase-all').addEventListener('click', () => dialog.showModal());
  dialog.addEventListener('close', () => {
    if (dialog.returnValue !== 'erase') return;
    void exclusively(status, async () => {
      // A batch save still running would save articles into the emptied library (and keeps its queue).
      await send({ type: 'cancel-batch' }).catch(() => null);
      await (await library()).eraseAll();
      status.textContent = t('erased');
      notifyLibraryChanged();
    });
  });
  void showUsage();
}

/** The reason in the reader's language; the store's own (English) detail is there for a bug report. */
export function showError(status: HTMLElement, error: unknown, fallback: 'errorImportFailed' | 'errorLibraryFailed'): void {
  status.replaceChildren(t(libraryErrorKey(error, fallback)));
  if (error instanceof Error) status.append(' ', h('small', { lang: 'en', class: 'error-detail' }, error.message));
}

/** The whole library as one EPUB; a large library takes a while, so the status counts the articles written. */
function wireEpubExport(status: HTMLElement): void {
  byId<HTMLButtonElement>('export-library-epub').addEventListener('click', () =>
    exclusively(status, async () => {
      const date = new Date().toISOString().slice(0, 10);
      const count = new Intl.NumberFormat(uiLanguage());
      let written = 0;
      try {
        await downloadEpub('all', `mirror-reader-${date}`, {
          title: t('epubLibraryTitle', date),
          onProgress: (done, total) => {
            written = done;
            status.textContent = t('epubProgress', [count.format(done), count.format(total)]);
          },
        });
        status.textContent = tCount('epubDone', written);
      } catch (error) {
        showError(status, error, 'errorLibraryFailed');
      }
    }),
  );
}

/** Counts, the space used of what the browser allows, and a warning colour when little is left. */
export async function showUsage(): Promise<void> {
  const usage = await (await library()).usage();
  // A book needs at least one article.
  byId<HTMLButtonElement>('export-library-epub').disabled = usage.articles === 0;
  const size = (bytes: number | null): string => (bytes === null ? '?' : formatBytes(bytes));
  const count = new Intl.NumberFormat(uiLanguage());
  byId('usage').textContent = t('usage', [count.format(usage.articles), count.format(usage.images), size(usage.bytesUsed), size(usage.bytesQuota)]);
  const nearQuota = usage.bytesUsed !== null && usage.bytesQuota !== null && usage.bytesUsed >= usage.bytesQuota * NEAR_QUOTA;
  byId('storage-near-quota').classList.toggle('warning', nearQuota);
}
