import { describe, expect, test } from 'vitest';
import { MERGE_FACTOR, PENDING_LIMIT } from '../../src/store/searchIndex';
import type { SegmentRecord } from '../../src/store/schema';
import { dumpDatabase, freshLibrary, makeArticle } from './fixtures';

async function segmentsOf(factory: IDBFactory, name: string): Promise<SegmentRecord[]> {
  return ((await dumpDatabase(factory, name)).segments ?? []).map((entry) => (entry as [number, SegmentRecord])[1]);
}

describe('search index segments', () => {
  test('flushes pending documents into segments and merges a full tier, finding every document throughout', async () => {
    const { library, factory, name } = await freshLibrary();
    const count = PENDING_LIMIT * MERGE_FACTOR ** 2 + 5; // two tiers of merges
    const ids: string[] = [];
    for (let i = 0; i < count; i++) ids.push((await library.save(makeArticle({ text: `代号 k${i}k 的报道，关于选举。` }))).id);

    const segments = await segmentsOf(factory, name);
    const merged = PENDING_LIMIT * MERGE_FACTOR ** 2;
    expect(segments).toEqual([{ id: merged, first: 1, docCount: merged, tier: 2 }]);
    expect((await library.search('选举', { limit: 200 })).length).toBe(200);
    for (const i of [0, PENDING_LIMIT - 1, PENDING_LIMIT, merged - 1, merged, count - 1]) {
      expect((await library.search(`k${i}k`)).map((hit) => hit.summary.id), `article ${i}`).toEqual([ids[i]]);
    }
  });

  test('deleting an article rewrites its segment without it: no word of it is left in the index', async () => {
    const { library, factory, name } = await freshLibrary();
    const secret = await library.save(makeArticle({ title: '机密', text: '独一无二的敏感词汇。' }));
    for (let i = 0; i < PENDING_LIMIT; i++) await library.save(makeArticle());
    expect(await segmentsOf(factory, name)).toHaveLength(1);
    const before = JSON.stringify((await dumpDatabase(factory, name)).postings);
    expect(before).toContain('敏感');

    await library.remove(secret.id);
    const after = await dumpDatabase(factory, name);
    expect(JSON.stringify(after.postings)).not.toContain('敏感');
    expect(JSON.stringify(after.postings)).not.toContain('机密');
    expect(await segmentsOf(factory, name)).toMatchObject([{ first: 1, docCount: PENDING_LIMIT - 1 }]);
    expect(await library.search('敏感')).toEqual([]);
  });

  test('changed content of the same article (an undo, a library file) replaces the old document in place', async () => {
    const { library, factory, name } = await freshLibrary();
    const saved = await library.save(makeArticle({ text: '最初的说法。' }));
    for (let i = 0; i < PENDING_LIMIT; i++) await library.save(makeArticle());
    const removed = await library.remove(saved.id);
    await library.restore({ ...removed, saved: { ...removed.saved, article: { ...removed.saved.article, text: '更正后的说法。' } } });
    expect(JSON.stringify((await dumpDatabase(factory, name)).postings)).not.toContain('最初');
    expect((await library.search('更正')).length).toBe(1);
    expect((await dumpDatabase(factory, name)).meta).toEqual([['counters', { nextDocNo: PENDING_LIMIT + 3, documents: PENDING_LIMIT + 1 }]]);
  });
});
