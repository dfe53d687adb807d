// The baseline: the library file export as versions before 0.2 wrote it (format version 1), the whole
// library built as one string in the page's memory. Kept only to measure the streamed export against.
import { bytesToBase64 } from '../../src/store/base64';
import { LIBRARY_FORMAT, WHOLE_FILE_VERSION, type LibraryFileImage } from '../../src/store/libraryFile';
import { savedArticleOf } from '../../src/store/records';
import type { ArticleRecord, ReadTransaction, SummaryRecord } from '../../src/store/schema';
import { together } from '../../src/store/transaction';

const EXPORT_SLICE = 500;

export async function legacyExportJson(tx: ReadTransaction, now: number): Promise<string> {
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
  const head = JSON.stringify({ format: LIBRARY_FORMAT, version: WHOLE_FILE_VERSION, exportedAt: new Date(now).toISOString() });
  return `${head.slice(0, -1)},"articles":[${articleParts.join(',')}],"images":[${imageParts.join(',')}]}`;
}
