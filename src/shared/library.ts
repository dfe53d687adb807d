// One library connection per extension context (background, popup, reader, options).
// Never imported by content scripts: IndexedDB opened there would belong to the web page's origin.
import { openLibrary } from '../store';

export type Library = Awaited<ReturnType<typeof openLibrary>>;

let opening: Promise<Library> | null = null;

export function library(): Promise<Library> {
  opening ??= openLibrary().catch((error: unknown) => {
    opening = null; // let the next caller try again (e.g. after a blocked upgrade)
    throw error;
  });
  return opening;
}
