// Imports and exports sanitise article HTML with DOMPurify, which needs a DOM: they run in extension
// pages (options, reader), never in the background service worker, which has none.
import { LibraryError } from './errors';

export type PageWindow = Window & typeof globalThis;

export function pageWindow(action: string): PageWindow {
  const win = (globalThis as { window?: PageWindow }).window;
  if (!win?.document) throw new LibraryError('failed', `Could not ${action}: this needs an extension page (there is no DOM here).`);
  return win;
}
