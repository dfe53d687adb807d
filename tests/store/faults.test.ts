import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { LibraryError, openLibrary } from '../../src/store';
import { articleImage, dumpDatabase, freshLibrary, imageFile, makeArticle } from './fixtures';

/** Makes `put` on one object store fail the way a full disk does. */
function failPutsOn(storeName: string, error = new DOMException('The quota has been exceeded.', 'QuotaExceededError')) {
  const put = IDBObjectStore.prototype.put;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (this.name === storeName) throw error;
    return put.apply(this, args);
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a failure in the middle of a save', () => {
  test.each(['images', 'summaries', 'pending'])('when writing %s leaves no article, image, summary or postings behind', async (storeName) => {
    const { library, factory, name } = await freshLibrary();
    await library.save(makeArticle({ text: '已经保存的文章。' }));
    const before = await dumpDatabase(factory, name);

    failPutsOn(storeName);
    const url = 'https://i.epochtimes.com/a.jpg';
    const article = makeArticle({ text: '半途失败的文章。', images: [articleImage(url)] });
    await expect(library.save(article, [imageFile(url, 3)])).rejects.toBeInstanceOf(LibraryError);
    vi.restoreAllMocks();

    expect(await dumpDatabase(factory, name)).toEqual(before);
    expect(await library.findByUrl(article.mirrorUrl)).toBeUndefined();
    expect(await library.getImage(url)).toBeUndefined();
    expect(await library.search('半途')).toEqual([]);
  });
});

describe('quota', () => {
  test('a full disk gives a typed error with a clear message, and what was saved before stays intact', async () => {
    const { library } = await freshLibrary();
    const kept = await library.save(makeArticle({ text: '之前保存的新闻。' }));
    failPutsOn('articles');
    const error = await library.save(makeArticle({ text: '存不下的新闻。' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryError);
    expect(error).toMatchObject({ code: 'quota', message: expect.stringMatching(/no storage space left.*Nothing saved before was changed/) });

    vi.restoreAllMocks();
    expect(await library.get(kept.id)).toEqual(kept);
    expect((await library.list()).items.map((item) => item.id)).toEqual([kept.id]);
    expect((await library.search('之前')).map((hit) => hit.summary.id)).toEqual([kept.id]);
    await expect(library.save(makeArticle({ text: '空间释放后再存。' }))).resolves.toBeDefined();
  });

  test('a failure while flushing the search index loses nothing either', async () => {
    const { library, factory, name } = await freshLibrary();
    const { PENDING_LIMIT } = await import('../../src/store/searchIndex');
    for (let i = 0; i < PENDING_LIMIT - 1; i++) await library.save(makeArticle());
    const before = await dumpDatabase(factory, name);
    failPutsOn('postings');
    await expect(library.save(makeArticle())).rejects.toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();
    expect(await dumpDatabase(factory, name)).toEqual(before);
  });
});

describe('a failure in a step of a search-index merge (after the save that called for it)', () => {
  test('leaves every article found once, and the merge is done after the next save', async () => {
    const { library, factory, name } = await freshLibrary();
    const { MERGE_FACTOR, PENDING_LIMIT } = await import('../../src/store/searchIndex');
    const count = PENDING_LIMIT * MERGE_FACTOR;
    const put = IDBObjectStore.prototype.put;
    // Only the merge's transactions fail: a save's includes the articles.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'postings' && !this.transaction.objectStoreNames.contains('articles')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    for (let i = 0; i < count; i++) await library.save(makeArticle({ text: `代号 k${i}k 的报道。` }));
    await library.indexMerged();
    const segments = async () => ((await dumpDatabase(factory, name)).segments as [number, { tier: number }][]).map(([, segment]) => segment.tier);
    expect(await segments()).toEqual([0, 0, 0, 0]);
    for (const i of [0, count >> 1, count - 1]) expect(await library.search(`k${i}k`)).toHaveLength(1);

    vi.restoreAllMocks();
    await library.save(makeArticle({ text: '磁盘腾出空间后的报道。' }));
    await library.indexMerged();
    expect(await segments()).toEqual([1]);
    for (const i of [0, count >> 1, count - 1]) expect(await library.search(`k${i}k`)).toHaveLength(1);
  });
});

describe('unavailable storage', () => {
  test('no IndexedDB at all', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expect(openLibrary()).rejects.toMatchObject({ code: 'unavailable' });
    vi.unstubAllGlobals();
  });

  test('IndexedDB that refuses to open (some private windows)', async () => {
    const refusing = {
      open() {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      },
    } as unknown as IDBFactory;
    await expect(openLibrary({ factory: refusing })).rejects.toMatchObject({ code: 'unavailable', message: expect.stringMatching(/private windows/) });
  });

  test('a database from a newer version of the extension is not touched', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve) => {
      const request = factory.open('newer', 99);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    await expect(openLibrary({ factory, name: 'newer' })).rejects.toMatchObject({ code: 'unavailable', message: expect.stringMatching(/newer version/) });
  });
});
