// Why the library refused, as the _locales key of a message a reader can act on. Kept apart from
// shared/library.ts so that the popup can name the reason without loading the store.
import { LibraryError } from '../store/errors';

export type LibraryErrorKey = 'errorStorageUnavailable' | 'errorStorageFull' | 'errorSaveFailed' | 'errorLibraryFailed' | 'errorBadImport' | 'errorImportFailed' | 'errorTooManyCopies';

/** `fallback` names a failure that is neither "no storage here", "storage full" nor a refused import file. */
export function libraryErrorKey(error: unknown, fallback: 'errorSaveFailed' | 'errorLibraryFailed' | 'errorImportFailed'): LibraryErrorKey {
  if (!(error instanceof LibraryError)) return fallback;
  if (error.code === 'unavailable') return 'errorStorageUnavailable';
  if (error.code === 'quota') return 'errorStorageFull';
  if (error.code === 'bad-import') return 'errorBadImport';
  if (error.code === 'too-many-copies') return 'errorTooManyCopies';
  return fallback;
}
