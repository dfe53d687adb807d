// Deleting is immediate and undoable: the library's remove() hands back what restore() needs. A bulk
// delete is undone as a whole.
import { t } from '../../shared/i18n';
import { library } from './library';
import { send } from '../../shared/send';
import { showToast } from './toast';

type Removed = Awaited<ReturnType<Awaited<ReturnType<typeof library>>['remove']>>;

let lastRemoved: Removed[] = [];
let afterUndo: (() => void) | null = null;

export function deleteWithUndo(id: string, onUndone: () => void): Promise<void> {
  return deleteManyWithUndo([id], onUndone);
}

export async function deleteManyWithUndo(ids: readonly string[], onUndone: () => void): Promise<void> {
  const lib = await library();
  const removed: Removed[] = [];
  for (const id of ids) removed.push(await lib.remove(id));
  lastRemoved = removed;
  afterUndo = onUndone;
  notifyLibraryChanged();
  showToast(removed.length === 1 ? t('deleted') : t('deletedMany', String(removed.length)), { label: t('undo'), run: () => void undo() });
}

/** Restores what the last delete removed (toast button or Ctrl+Z). */
export async function undo(): Promise<void> {
  if (!lastRemoved.length) return;
  const removed = lastRemoved;
  lastRemoved = [];
  const lib = await library();
  for (const each of removed) await lib.restore(each);
  notifyLibraryChanged();
  afterUndo?.();
  document.querySelector('.toast')?.remove();
}

/** Tells the background to bring the toolbar badges up to date. */
export function notifyLibraryChanged(): void {
  void send({ type: 'library-changed' }).catch(() => undefined);
}
