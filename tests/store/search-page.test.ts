// A search with filters reaches every match: the filters apply before the page is cut (a search
// once stopped at 100 hits and filtered those, so "香港" + Starred showed 6 of 9), and it says how
// many match in all.
import { describe, expect, test } from 'vitest';
import { freshLibrary, makeArticle } from './fixtures';

describe('searchPage', () => {
  test('filters before the cut, counts every match, and pages through all of them', async () => {
    const { library } = await freshLibrary();
    const starred: string[] = [];
    for (let i = 0; i < 130; i++) {
      const saved = await library.save(makeArticle({ text: `香港新闻第${i}篇，今日报道。` }));
      // The starred ones rank last: they are the oldest saves of the most common word.
      if (i < 9) {
        await library.update(saved.id, { starred: true });
        starred.push(saved.id);
      }
    }
    await library.save(makeArticle({ text: '与此无关的文章。' }));

    const all = await library.searchPage('香港', { limit: 50 });
    expect(all.total).toBe(130);
    expect(all.hits).toHaveLength(50);

    const first = await library.searchPage('香港', { starred: true, limit: 5 });
    expect(first.total).toBe(9);
    expect(first.hits).toHaveLength(5);
    const second = await library.searchPage('香港', { starred: true, limit: 5, cursor: first.cursor });
    expect(second.cursor).toBeNull();
    expect([...first.hits, ...second.hits].map((hit) => hit.summary.id).sort()).toEqual(starred.sort());
  });

  test('counts matches up to countUpTo and then says "at least"; More still reaches every match', async () => {
    const { library } = await freshLibrary();
    for (let i = 0; i < 60; i++) await library.save(makeArticle({ text: `香港新闻第${i}篇，今日报道。` }));
    const first = await library.searchPage('香港', { limit: 20, countUpTo: 25 });
    expect(first).toMatchObject({ total: 25, totalIsAtLeast: true });
    expect(first.hits).toHaveLength(20);
    const ids = first.hits.map((hit) => hit.summary.id);
    for (let cursor = first.cursor; cursor !== null; ) {
      const next = await library.searchPage('香港', { limit: 20, countUpTo: 25, cursor });
      ids.push(...next.hits.map((hit) => hit.summary.id));
      cursor = next.cursor;
    }
    expect(new Set(ids).size).toBe(60);
    expect(await library.searchPage('香港', { limit: 20, countUpTo: 100 })).toMatchObject({ total: 60, totalIsAtLeast: false });
  });

  test('a cursor that is not the library\'s is refused with a clear error', async () => {
    const { library } = await freshLibrary();
    await library.save(makeArticle({ text: '香港。' }));
    await expect(library.searchPage('香港', { cursor: 'x' })).rejects.toMatchObject({ code: 'invalid-argument' });
  });
});
