// The options page's library tools: storage usage, export, import, and erase-all (confirmed).
import { t } from '../../shared/i18n';
import { library } from '../shared/library';
import { byId } from '../shared/dom';
import { download } from '../shared/download';
import { notifyLibraryChanged } from '../shared/undo';

export function wireLibraryTools(): void {
  const status = byId('library-status');
  byId('export-library').addEventListener('click', async () => {
    const exported = await (await library()).exportLibrary();
    download(new Blob([exported], { type: 'application/json' }), `mirror-reader-${new Date().toISOString().slice(0, 10)}.json`);
  });
  byId<HTMLInputElement>('import-library').addEventListener('change', async (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    try {
      const report = await (await library()).importLibrary(await file.text());
      status.textContent = t('importDone', [String(report.added), String(report.merged), String(report.images)]);
      notifyLibraryChanged();
    } catch (error) {
      status.textContent = error instanceof Error ? error.message : String(error);
    }
    await showUsage();
  });
  const dialog = byId<HTMLDialogElement>('erase-dialog');
  byId('erase-all').addEventListener('click', () => dialog.showModal());
  dialog.addEventListener('close', async () => {
    if (dialog.returnValue !== 'erase') return;
    await (await library()).eraseAll();
    status.textContent = t('erased');
    notifyLibraryChanged();
    await showUsage();
  });
  void showUsage();
}

async function showUsage(): Promise<void> {
  const usage = await (await library()).usage();
  const mb = (bytes: number | null): string => (bytes === null ? '?' : (bytes / 1024 / 1024).toFixed(1));
  byId('usage').textContent = t('usage', [String(usage.articles), String(usage.images), mb(usage.bytesUsed), mb(usage.bytesQuota)]);
}
