// The upgrade chain, version by version. Each step is the real code that brought every earlier
// database forward, so a library from any version opens intact (tests/store/upgrade.test.ts).
import { lookupKeys, summaryOf } from './records';
import {
  createVersion1,
  createVersion2,
  type ArticleRecord,
  type ArticleRecordV1,
  type IndexCounters,
  type PendingDoc,
  type PendingDocV2,
  type UpgradeStep,
  type WriteTransaction,
} from './schema';
import { COUNTERS, indexDocument, mergeSegments, pendingDocOf, readIndexState } from './searchIndex';
import { together } from './transaction';

/** Version 1 → 2: split each article into record + summary (state moves to the summary), index it for search. */
const upgradeToVersion2: UpgradeStep = async (db, upgradeTx) => {
  createVersion2(db, upgradeTx);
  const tx = upgradeTx as unknown as WriteTransaction;
  let cursor = await tx.objectStore('articles').openCursor();
  while (cursor) {
    const { read, starred, archived, tags, position, ...old } = cursor.value as unknown as ArticleRecordV1;
    const indexState = await readIndexState(tx);
    const docNo = indexState.docNo;
    const record: ArticleRecord = {
      id: old.id,
      article: old.article,
      mirrorUrls: old.mirrorUrls,
      savedAt: old.savedAt,
      updatedAt: old.updatedAt,
      imageUrls: old.imageUrls,
      docNo,
      ...lookupKeys(old.article, old.mirrorUrls),
    };
    const current = cursor;
    const [, , flushed] = await together(
      () => current.update(record),
      () => tx.objectStore('summaries').put(summaryOf(record, { read, starred, archived, tags, position })),
      () => indexDocument(tx, indexState, old.article),
    );
    if (flushed) await mergeSegments(tx);
    cursor = await cursor.continue();
  }
};

/**
 * Version 2 → 3: the index counters become one record, and pending documents keep their folded
 * title and text instead of their tokens (see terms.ts), rebuilt from their articles. (A database
 * that came through version 2 in the same upgrade has both in the new form already.)
 */
const upgradeToVersion3: UpgradeStep = async (_db, upgradeTx) => {
  const meta = upgradeTx.objectStore('meta');
  const [nextDocNo, documents] = (await together(
    () => meta.get('nextDocNo'),
    () => meta.get('documents'),
  )) as (number | undefined)[];
  if (nextDocNo !== undefined) await meta.put({ nextDocNo, documents: documents ?? 0 } satisfies IndexCounters, COUNTERS);
  await together(
    () => meta.delete('nextDocNo'),
    () => meta.delete('documents'),
  );

  const tx = upgradeTx as unknown as WriteTransaction;
  const pending = tx.objectStore('pending');
  for (const doc of (await pending.getAll()) as (PendingDoc | PendingDocV2)[]) {
    if (!('terms' in doc)) continue;
    const summary = await tx.objectStore('summaries').index('docNo').get(doc.docNo);
    const record = summary && (await tx.objectStore('articles').get(summary.id));
    // A pending document no article points to any more would never be found: it goes.
    await (record ? pending.put(pendingDocOf(doc.docNo, record.article)) : pending.delete(doc.docNo));
  }
};

/** UPGRADE_STEPS[v - 1] brings a database from version v - 1 to v. */
export const UPGRADE_STEPS: readonly UpgradeStep[] = [createVersion1, upgradeToVersion2, upgradeToVersion3];
