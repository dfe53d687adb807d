// "Save the images" of a saved article that was stored without some of them (their host needed the
// reader's permission, or the fetch failed). The reader asks from the reader page: its click asks the
// browser for access to the images' hosts and tells the background at once, so the images are saved
// when the permission arrives even if the asking page (a popup) closed under the browser's dialog.
// The request rule holds as for any save (images.ts): only the addresses the page loaded, from hosts
// the extension may reach, without credentials, referrer or an Origin naming the extension.
import { library } from '../shared/library';
import { refreshListSnapshot } from '../shared/list-snapshot';
import type { AnswerOf } from '../shared/messages';
import { fetchImages } from './images';
import { keepingAlive } from './keep-alive';

/** Articles whose reader asked for their images while the permission was still being asked for. */
const waitingForPermission = new Set<string>();
/** One fetch per article at a time (the click and the permission's arrival may both ask). */
const running = new Map<string, Promise<AnswerOf<'save-missing-images'>>>();

export function saveMissingImages(id: string): Promise<AnswerOf<'save-missing-images'>> {
  let run = running.get(id);
  if (!run) {
    run = keepingAlive(() => fetchAndStore(id)).finally(() => running.delete(id));
    running.set(id, run);
  }
  return run;
}

async function fetchAndStore(id: string): Promise<AnswerOf<'save-missing-images'>> {
  const lib = await library();
  const saved = await lib.get(id);
  if (!saved) return { added: 0, missing: 0 };
  const stored = await Promise.all(saved.article.images.map((image) => lib.getImage(image.canonicalUrl)));
  const missing = saved.article.images.filter((_, index) => !stored[index]);
  const added = missing.length ? await lib.addImages(id, await fetchImages(missing)) : 0;
  if (added < missing.length) waitingForPermission.add(id);
  else waitingForPermission.delete(id);
  if (added) void refreshListSnapshot(lib);
  return { added, missing: missing.length - added };
}

/** A host permission arrived: the articles whose reader asked for it get their images now. */
export function onPermissionsAdded(): void {
  for (const id of waitingForPermission) void saveMissingImages(id);
}
