// Deleting is immediate and undoable: the library's remove() hands back what restore() needs.
import { t } from '../../shared/i18n';
import { library } from './library';
import { send } from '../../shared/send';
import { showToast } from './toast';

type Removed = Awaited<ReturnType<Awaited<ReturnType<typeof library>>['remove']>>;

let lastRemoved: Removed | null = null;
let afterUndo: (() => void) | null = null;

export async function deleteWithUndo(id: string, onUndone: () => void): Promise<void> {
  lastRemoved = await (await library()).remove(id);
  afterUndo = onUndone;
  notifyLibraryChanged();
  showToast(t('deleted'), { label: t('undo'), run: () => void undo() });
}

/** Restores the last deleted article (toast button or Ctrl+Z). */
export async function undo(): Promise<void> {
  if (!lastRemoved) return;
  const removed = lastRemoved;
  lastRemoved = null;
  await (await library()).restore(removed);
  notifyLibraryChanged();
  afterUndo?.();
  document.querySelector('.toast')?.remove();
}

/** Tells the background to bring the toolbar badges up to date. */
export function notifyLibraryChanged(): void {
  void send({ type: 'library-changed' }).catch(() => undefined);
}
