// The upgrade chain, version by version. Each step is the real code that brought every earlier
// database forward, so a library from any version opens intact (tests/store/upgrade.test.ts).
import { lookupKeys, summaryOf } from './records';
import { createVersion1, createVersion2, type ArticleRecord, type ArticleRecordV1, type UpgradeStep, type WriteTransaction } from './schema';
import { indexDocument, readIndexState } from './searchIndex';
import { documentTerms } from './terms';
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
    await together(
      () => current.update(record),
      () => tx.objectStore('summaries').put(summaryOf(record, { read, starred, archived, tags, position })),
      () => indexDocument(tx, indexState, documentTerms(old.article.title, old.article.text)),
    );
    cursor = await cursor.continue();
  }
};

/** UPGRADE_STEPS[v - 1] brings a database from version v - 1 to v. */
export const UPGRADE_STEPS: readonly UpgradeStep[] = [createVersion1, upgradeToVersion2];
