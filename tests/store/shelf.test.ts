// Erase means gone: deleting an article is followed by shred(), which rewrites the library into a new
// generation and discards the old one (the files that still held the deleted records); erase-all
// discards every generation. The bytes on disk are checked in real Chromium (tests/e2e/erase.e2e.ts);
// here, what the rotations must keep and what they must drop.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { openLibrary } from '../../src/store';
import { bucketShelf, databaseShelf, realmPointer, type StorageBuckets } from '../../src/store/shelf';
import { articleImage, freshLibrary, imageFile, makeArticle } from './fixtures';

const names = async (factory: IDBFactory): Promise<string[]> => (await factory.databases()).map((db) => db.name ?? '').sort();

describe('shred after delete', () => {
  test('a delete leaves residue until shred, which moves every kept record to a new database and drops the old one', async () => {
    const { library, factory, name } = await freshLibrary();
    const url = 'https://i.epochtimes.com/kept.jpg';
    const kept = await library.save(makeArticle({ text: '保留的文章正文。', images: [articleImage(url)] }), [imageFile(url, 7)]);
    const gone = await library.save(makeArticle({ text: '要删除的文章正文。' }));
    await library.update(kept.id, { starred: true, tags: ['香港'], position: 0.5 });
    await library.remove(gone.id);
    expect(await names(factory)).toEqual([name]);

    expect(await library.shred()).toBe(true);
    expect(await names(factory)).toEqual([`${name}-1`]);
    expect(await library.shred()).toBe(false); // nothing deleted since

    expect((await library.list()).items.map((item) => item.id)).toEqual([kept.id]);
    expect(await library.get(kept.id)).toMatchObject({ starred: true, tags: ['香港'], position: 0.5 });
    expect((await library.search('保留')).map((hit) => hit.summary.id)).toEqual([kept.id]);
    expect(await library.search('删除')).toEqual([]);
    expect(new Uint8Array(await (await library.getImage(url))!.arrayBuffer())[0]).toBe(7);
    const later = await library.save(makeArticle({ text: '之后的文章。' }));
    expect((await library.search('之后')).map((hit) => hit.summary.id)).toEqual([later.id]);
  });

  test('another page with the library open follows the rotation', async () => {
    const { library, factory, name } = await freshLibrary();
    const other = await openLibrary({ factory, name });
    const a = await library.save(makeArticle());
    const b = await library.save(makeArticle());
    await other.remove(b.id);
    await library.shred();
    expect((await other.list()).items.map((item) => item.id)).toEqual([a.id]);
    const c = await other.save(makeArticle());
    expect((await library.list()).items.map((item) => item.id).sort()).toEqual([a.id, c.id].sort());
  });

  test('saves racing a shred are all kept', async () => {
    const { library } = await freshLibrary();
    const first = await library.save(makeArticle());
    await library.remove(first.id);
    const racing = Array.from({ length: 12 }, (_, i) => library.save(makeArticle({ text: `并发保存第${i}篇。` })));
    const [, ...saved] = await Promise.all([library.shred(), ...racing]);
    expect((await library.list({ limit: 50 })).items.map((item) => item.id).sort()).toEqual(saved.map((article) => article.id).sort());
  });

  test('a rotation interrupted before its pointer moved leaves a stray generation, discarded at the next open', async () => {
    const factory = new IDBFactory();
    const name = 'interrupted';
    const library = await openLibrary({ factory, name });
    const kept = await library.save(makeArticle());
    // What a worker killed mid-copy leaves: a half-written next generation, the pointer unmoved.
    const stray = await openLibrary({ factory, name: `${name}-1`, shelf: databaseShelf(factory, `${name}-1`) });
    await stray.save(makeArticle());
    stray.close();
    library.close();
    const reopened = await openLibrary({ factory, name });
    expect((await reopened.list()).items.map((item) => item.id)).toEqual([kept.id]);
    expect(await names(factory)).toEqual([name]);
  });
});

/** Storage Buckets on fake-indexeddb: each bucket its own factory, gone when deleted. */
function fakeBuckets(): StorageBuckets & { factories: Map<string, IDBFactory> } {
  const factories = new Map<string, IDBFactory>();
  return {
    factories,
    open: async (bucket) => {
      if (!factories.has(bucket)) factories.set(bucket, new IDBFactory());
      return { indexedDB: factories.get(bucket)! };
    },
    delete: async (bucket) => void factories.delete(bucket),
    keys: async () => [...factories.keys()],
  };
}

describe('Storage Buckets (Chromium)', () => {
  test('a library of older versions moves from the default database into a bucket, and erase deletes the bucket', async () => {
    const legacy = new IDBFactory();
    const name = 'mirror-reader-library';
    const old = await openLibrary({ factory: legacy, name });
    const saved = await old.save(makeArticle({ text: '旧版本保存的文章。' }));
    old.close();

    const buckets = fakeBuckets();
    const shelf = bucketShelf(buckets, legacy, name, realmPointer(legacy, 'buckets'));
    const library = await openLibrary({ factory: legacy, name, shelf });
    expect(await names(legacy)).toEqual([]);
    expect([...buckets.factories.keys()]).toEqual(['library-1']);
    expect((await library.search('旧版本')).map((hit) => hit.summary.id)).toEqual([saved.id]);

    await library.remove(saved.id);
    await library.shred();
    expect([...buckets.factories.keys()]).toEqual(['library-2']);

    await library.save(makeArticle());
    await library.eraseAll();
    expect([...buckets.factories.keys()]).toEqual([]);
    expect((await library.list()).items).toEqual([]);
    expect([...buckets.factories.keys()]).toEqual(['library-3']);
  });
});
