import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { openLibrary } from '../../src/store';
import { UPGRADE_STEPS } from '../../src/store/migrate';
import { ALL_STORES, DB_VERSION, openDatabase, type ArticleRecordV1, type PendingDoc } from '../../src/store/schema';
import { COUNTERS, PENDING_LIMIT } from '../../src/store/searchIndex';
import { articleImage, dumpDatabase, makeArticle, upgradeToVersion2 } from './fixtures';

const NAME = 'upgrade-test';
const IMAGE_URL = 'https://i.epochtimes.com/v1.jpg';

/** A version 1 database, created by the real first step of the upgrade chain, full of data. */
async function version1Library(factory: IDBFactory, count: number): Promise<ArticleRecordV1[]> {
  const db = await openDatabase({ factory, name: NAME, version: 1, steps: UPGRADE_STEPS, onClosed: () => undefined });
  expect([...db.objectStoreNames].sort()).toEqual(['articles', 'images', 'settings']);
  const records: ArticleRecordV1[] = Array.from({ length: count }, (_, i) => {
    const article = makeArticle({
      text: i === 7 ? '第一版里的维吾尔族新闻。' : `第一版的第${i}篇新闻。`,
      images: i === 3 ? [articleImage(IMAGE_URL)] : [],
      outlet: i % 2 ? '新唐人' : '看中国',
    });
    return {
      id: `v1-${i}`,
      article,
      mirrorUrls: [article.mirrorUrl],
      savedAt: 1_600_000_000_000 + i * 1000,
      updatedAt: 1_600_000_000_000 + i * 1000,
      read: i % 2 === 0,
      starred: i % 5 === 0,
      archived: i % 7 === 0,
      tags: i % 3 === 0 ? ['旧标签'] : [],
      position: (i % 10) / 10,
      imageUrls: article.images.map((image) => image.canonicalUrl),
    };
  });
  const tx = db.transaction(['articles', 'images', 'settings'], 'readwrite');
  for (const record of records) void tx.objectStore('articles').put(record as never);
  void tx.objectStore('images').put({ url: IMAGE_URL, type: 'image/gif', bytes: new Uint8Array([1, 2, 3]).buffer, users: ['v1-3'] });
  void tx.objectStore('settings').put('dark', 'theme');
  await tx.done;
  db.close();
  return records;
}

describe('schema versions', () => {
  test('a version 1 library full of data upgrades with every record intact', async () => {
    const factory = new IDBFactory();
    const records = await version1Library(factory, PENDING_LIMIT + 30);
    const library = await openLibrary({ factory, name: NAME });

    for (const { imageUrls: _imageUrls, ...saved } of records) expect(await library.get(saved.id)).toEqual(saved);
    expect(await library.usage()).toMatchObject({ articles: records.length, images: 1 });
    expect(new Uint8Array(await (await library.getImage(IMAGE_URL))!.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect((await library.findByUrl(records[5]!.article.originalUrl!))?.id).toBe('v1-5');

    // Version 1 could not filter by state (booleans are not index keys); the summaries can.
    const starred = records.filter((record) => record.starred).map((record) => record.id).reverse();
    expect((await library.list({ starred: true, limit: 500 })).items.map((item) => item.id)).toEqual(starred);
    expect((await library.list({ limit: 1 })).items[0]?.id).toBe(records.at(-1)!.id);
    expect((await library.search('维吾尔族')).map((hit) => hit.summary.id)).toEqual(['v1-7']);
    expect(await library.outlets()).toHaveLength(2);

    // Settings came through untouched; removing the image's only user still frees it.
    const dump = await dumpDatabase(factory, NAME);
    expect(dump.settings).toEqual([['theme', 'dark']]);
    await library.remove('v1-3');
    expect(await library.getImage(IMAGE_URL)).toBeUndefined();
    library.close();
  });

  test('a version 2 library (tokens in pending, two counters) upgrades with search intact', async () => {
    const factory = new IDBFactory();
    const records = await version1Library(factory, PENDING_LIMIT + 30);
    const { pending, counters } = await upgradeToVersion2(factory, NAME);
    expect(pending).toHaveLength(30);

    const library = await openLibrary({ factory, name: NAME });
    const dump = await dumpDatabase(factory, NAME);
    expect(dump.meta).toEqual([[COUNTERS, counters]]);
    expect((dump.pending as [number, PendingDoc][]).map(([, doc]) => doc)).toEqual(pending);
    const last = records.at(-1)!;
    expect((await library.search(`第${records.length - 1}篇`)).map((hit) => hit.summary.id)).toEqual([last.id]);
    expect((await library.search('维吾尔族')).map((hit) => hit.summary.id)).toEqual(['v1-7']);
    // The counters go on from where version 2 left them.
    await library.save(makeArticle({ text: '第三版的新文章。' }));
    expect((await dumpDatabase(factory, NAME)).meta).toEqual([[COUNTERS, { nextDocNo: counters.nextDocNo + 1, documents: counters.documents + 1 }]]);
    expect((await library.search('第三版')).length).toBe(1);
    library.close();
  });

  test('an empty database is created at the current version with every store', async () => {
    const factory = new IDBFactory();
    const library = await openLibrary({ factory, name: NAME });
    library.close();
    const dump = await dumpDatabase(factory, NAME);
    expect(Object.keys(dump).sort()).toEqual([...ALL_STORES].sort());
    expect((await factory.databases())[0]?.version).toBe(DB_VERSION);
  });

  test('reopening a current library changes nothing', async () => {
    const factory = new IDBFactory();
    const first = await openLibrary({ factory, name: NAME });
    await first.save(makeArticle({ text: '重新打开。' }));
    first.close();
    const before = await dumpDatabase(factory, NAME);
    const second = await openLibrary({ factory, name: NAME });
    expect((await second.search('重新')).length).toBe(1);
    second.close();
    expect(await dumpDatabase(factory, NAME)).toEqual(before);
  });
});
