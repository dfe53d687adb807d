// The options page's storage tools: whether the browser keeps the library when the disk runs low
// (persistent storage, and a request for it), and "Free space": dropping the stored images of
// archived articles, counted and confirmed first.
import { formatBytes, t, uiLanguage } from '../../shared/i18n';
import { byId } from '../shared/dom';
import { library } from '../shared/library';
import { notifyLibraryChanged } from '../shared/undo';
import { exclusively, showError } from './library-tools';

export function wireStorage(): void {
  const status = byId('storage-status');
  void showPersistence();
  byId('persist-storage').addEventListener('click', async () => {
    const granted = await navigator.storage.persist().catch(() => false);
    await showPersistence();
    if (!granted) status.textContent = t('persistRefused');
  });
  const dialog = byId<HTMLDialogElement>('free-space-dialog');
  const count = (n: number): string => new Intl.NumberFormat(uiLanguage()).format(n);
  byId('free-space').addEventListener('click', () =>
    exclusively(status, async () => {
      const found = await (await library()).archivedImages();
      if (found.images === 0) {
        status.textContent = t('freeSpaceNone');
        return;
      }
      byId('free-space-confirm').textContent = t('freeSpaceConfirm', [count(found.articles), count(found.images)]);
      status.textContent = '';
      dialog.returnValue = '';
      dialog.showModal();
    }),
  );
  dialog.addEventListener('close', () => {
    if (dialog.returnValue !== 'drop') return;
    void exclusively(status, async () => {
      try {
        const dropped = await (await library()).dropArchivedImages();
        status.textContent = t('freeSpaceDone', [count(dropped.images), count(dropped.articles), formatBytes(dropped.bytes)]);
        // The background then rewrites the library's files without the dropped images (shred).
        notifyLibraryChanged();
      } catch (error) {
        showError(status, error, 'errorLibraryFailed');
      }
    });
  });
}

/** Says whether the browser keeps the library when the disk runs low; offers to ask when it does not. */
async function showPersistence(): Promise<void> {
  const persisted = await globalThis.navigator?.storage?.persisted?.().catch(() => undefined);
  byId('storage-persisted').textContent = t(persisted === undefined ? 'storagePersistUnknown' : persisted ? 'storagePersisted' : 'storageNotPersisted');
  byId('persist-storage').hidden = persisted !== false;
}
