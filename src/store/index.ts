// The offline library. Used by the background, popup, reader and options pages — never by content
// scripts: IndexedDB opened there would belong to the web page's origin, not the extension.
export { openLibrary, type EpubExportOptions, type Library, type LibraryOptions, type TransferOptions } from './library';
export type { ArchivedImages, DroppedImages } from './archivedImages';
export { LibraryError, type LibraryErrorCode } from './errors';
export { LIBRARY_FILE_TYPE, LIBRARY_FORMAT, LIBRARY_FORMAT_VERSION } from './libraryFile';
export { DEFAULT_DB_NAME } from './schema';
export type * from './types';
