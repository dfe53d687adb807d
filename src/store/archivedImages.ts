// Freeing space: the stored images of archived articles can go. The articles keep their text and the
// addresses of their images, so the readers show placeholders (and can fetch an image again at the
// reader's request). An image that an article outside the archive also shows is kept.
import { listSummaries } from './listing';
import type { ReadTransaction, WriteTransaction } from './schema';
import { eachOf } from './transaction';

/** Archived articles listed per transaction (the list's largest page). */
export const ARCHIVED_PAGE = 500;

/** The archived articles with stored images, and how many distinct images they show (some may be shared with other articles). */
export interface ArchivedImages {
  articles: number;
  images: number;
}

/** What dropping freed. */
export interface DroppedImages extends ArchivedImages {
  bytes: number;
}

export interface ArchivedPage {
  ids: string[];
  cursor: string | null;
}

/** A page of the ids of archived articles. */
export async function archivedPage(tx: ReadTransaction, cursor: string | null): Promise<ArchivedPage> {
  const page = await listSummaries(tx, { archived: true, limit: ARCHIVED_PAGE, cursor });
  return { ids: page.items.map((item) => item.id), cursor: page.cursor };
}

/** Counts into `found` the stored images of the articles `ids` (keys only: no image is read); `seen` holds the image addresses counted before. */
export async function countArchivedImages(tx: ReadTransaction, ids: readonly string[], seen: Set<string>, found: ArchivedImages): Promise<void> {
  const records = await eachOf(ids, (id) => tx.objectStore('articles').get(id));
  for (const record of records) {
    if (!record) continue;
    const stored = await eachOf(record.imageUrls, (url) => tx.objectStore('images').getKey(url));
    const urls = stored.filter((key): key is string => key !== undefined);
    if (urls.length) found.articles++;
    for (const url of urls) {
      if (!seen.has(url)) found.images++;
      seen.add(url);
    }
  }
}

/**
 * Deletes the stored images of the articles `ids` that only archived articles show; returns what was
 * freed. `archived` remembers the state of every article looked up in this run.
 */
export async function dropArchivedImages(tx: WriteTransaction, ids: readonly string[], archived: Map<string, boolean>): Promise<DroppedImages> {
  const dropped: DroppedImages = { articles: 0, images: 0, bytes: 0 };
  const isArchived = async (id: string): Promise<boolean> => {
    if (!archived.has(id)) archived.set(id, (await tx.objectStore('summaries').get(id))?.archived ?? true);
    return archived.get(id)!;
  };
  for (const id of ids) {
    const record = (await isArchived(id)) ? await tx.objectStore('articles').get(id) : undefined;
    let freed = false;
    for (const url of record?.imageUrls ?? []) {
      const image = await tx.objectStore('images').get(url);
      if (!image) continue;
      const users = await eachOf(image.users, isArchived);
      if (!users.every(Boolean)) continue;
      await tx.objectStore('images').delete(url);
      dropped.images++;
      dropped.bytes += image.bytes.byteLength;
      freed = true;
    }
    if (freed) dropped.articles++;
  }
  return dropped;
}
