// Whole-library export to one JSON file and import back (merge: importing twice adds nothing).
import { base64ToBytes, bytesToBase64 } from './base64';
import { LibraryError } from './errors';
import { LIBRARY_FORMAT, LIBRARY_FORMAT_VERSION, parseLibraryFile, type LibraryFileImage } from './libraryFile';
import type { PageWindow } from './pageWindow';
import { imageUrlsOf, savedArticleOf } from './records';
import type { ArticleRecord, ReadTransaction, SummaryRecord, WriteTransaction } from './schema';
import { together } from './transaction';
import type { ImageFile, ImportReport } from './types';
import { upsertArticle } from './writes';

/** Records are read in slices so no single IndexedDB response has to carry the whole library. */
const EXPORT_SLICE = 500;

export async function exportLibraryJson(tx: ReadTransaction, now: number): Promise<string> {
  const articles = tx.objectStore('articles');
  const summaries = tx.objectStore('summaries');
  const articleParts: string[] = [];
  let after: string | null = null;
  for (;;) {
    const range: IDBKeyRange | undefined = after === null ? undefined : IDBKeyRange.lowerBound(after, true);
    const [records, states]: [ArticleRecord[], SummaryRecord[]] = await together(
      () => articles.getAll(range, EXPORT_SLICE),
      () => summaries.getAll(range, EXPORT_SLICE),
    );
    const stateById = new Map<string, SummaryRecord>(states.map((summary) => [summary.id, summary]));
    for (const record of records) {
      const summary = stateById.get(record.id) ?? (await summaries.get(record.id));
      if (summary) articleParts.push(JSON.stringify(savedArticleOf(record, summary)));
    }
    if (records.length < EXPORT_SLICE) break;
    after = records.at(-1)!.id;
  }
  const imageParts: string[] = [];
  let imageCursor = await tx.objectStore('images').openCursor();
  while (imageCursor) {
    const { url, type, bytes } = imageCursor.value;
    imageParts.push(JSON.stringify({ url, type, base64: bytesToBase64(bytes) } satisfies LibraryFileImage));
    imageCursor = await imageCursor.continue();
  }
  const head = JSON.stringify({ format: LIBRARY_FORMAT, version: LIBRARY_FORMAT_VERSION, exportedAt: new Date(now).toISOString() });
  return `${head.slice(0, -1)},"articles":[${articleParts.join(',')}],"images":[${imageParts.join(',')}]}`;
}

/**
 * Checks the whole file first (throws LibraryError('bad-import')), article bodies sanitised in `win`'s
 * DOM; returns a writer for one transaction.
 */
export function prepareImport(json: string, win: PageWindow): (tx: WriteTransaction, now: number) => Promise<ImportReport> {
  const file = parseLibraryFile(json, win);
  const images = new Map<string, ImageFile>();
  file.images.forEach(({ url, type, base64 }, i) => {
    const bytes = base64ToBytes(base64);
    if (!bytes) throw new LibraryError('bad-import', `This file cannot be imported: images[${i}].base64 is not base64. The library was not changed.`);
    images.set(url, { url, type, bytes });
  });
  return async (tx, now) => {
    const report: ImportReport = { added: 0, merged: 0, images: 0 };
    for (const { id, article, mirrorUrls, savedAt, updatedAt, ...state } of file.articles) {
      const used = imageUrlsOf(article).flatMap((url) => images.get(url) ?? []);
      const result = await upsertArticle(
        tx,
        { article, mirrorUrls: [article.mirrorUrl, ...mirrorUrls], images: used, kept: { id, state, savedAt, updatedAt } },
        'newer-wins',
        now,
      );
      if (result.merged) report.merged++;
      else report.added++;
      report.images += result.newImages;
    }
    return report;
  };
}
