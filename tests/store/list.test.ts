import { describe, expect, test } from 'vitest';
import type { Library, ListQuery } from '../../src/store';
import { freshLibrary, makeArticle } from './fixtures';

/** Saves `count` articles: i % 2 read, i % 3 starred, i % 4 archived, outlets alternate, tag on i % 5. */
async function filledLibrary(count: number) {
  const { library } = await freshLibrary();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const published = `20${String(10 + ((i * 7) % 13)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`;
    const saved = await library.save(makeArticle({ outlet: i % 2 ? '美国之音' : '大纪元', published }));
    await library.update(saved.id, { read: i % 2 === 0, starred: i % 3 === 0, archived: i % 4 === 0, tags: i % 5 === 0 ? ['香港'] : [] });
    ids.push(saved.id);
  }
  return { library, ids };
}

async function allPages(library: Library, query: ListQuery): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await library.list({ ...query, cursor });
    expect(page.items.length).toBeLessThanOrEqual(query.limit ?? 50);
    ids.push(...page.items.map((item) => item.id));
    cursor = page.cursor;
  } while (cursor);
  return ids;
}

describe('list', () => {
  test('is newest saved first by default, with summaries only', async () => {
    const { library, ids } = await filledLibrary(5);
    const page = await library.list();
    expect(page.items.map((item) => item.id)).toEqual([...ids].reverse());
    expect(page.cursor).toBeNull();
    expect(page.items[0]).not.toHaveProperty('article');
    expect(page.items[0]).toMatchObject({ title: expect.any(String), outlet: expect.any(String), excerpt: expect.any(String), tags: expect.any(Array) });
  });

  test('pages with cursors: every article exactly once, in order', async () => {
    const { library, ids } = await filledLibrary(23);
    expect(await allPages(library, { limit: 5 })).toEqual([...ids].reverse());
  });

  test('orders by published date, newest first, undated last', async () => {
    const { library } = await filledLibrary(12);
    const undated = await library.save(makeArticle({ published: null }));
    const summaries = (await library.list({ order: 'published', limit: 100 })).items;
    const dates = summaries.map((summary) => summary.published);
    expect(dates.slice(0, -1)).toEqual([...dates.slice(0, -1)].sort().reverse());
    expect(summaries.at(-1)?.id).toBe(undated.id);
    const paged = await allPages(library, { order: 'published', limit: 4 });
    expect(paged).toEqual(summaries.map((summary) => summary.id));
  });

  test.each<[string, ListQuery, (i: number) => boolean]>([
    ['unread', { unread: true }, (i) => i % 2 !== 0],
    ['read', { unread: false }, (i) => i % 2 === 0],
    ['starred', { starred: true }, (i) => i % 3 === 0],
    ['not archived', { archived: false }, (i) => i % 4 !== 0],
    ['archived', { archived: true }, (i) => i % 4 === 0],
    ['outlet', { outlet: '美国之音' }, (i) => i % 2 !== 0],
    ['tag', { tag: '香港' }, (i) => i % 5 === 0],
    ['unread and not archived', { unread: true, archived: false }, (i) => i % 2 !== 0 && i % 4 !== 0],
    ['outlet, starred and tag', { outlet: '大纪元', starred: true, tag: '香港' }, (i) => i % 2 === 0 && i % 3 === 0 && i % 5 === 0],
    ['starred by published date', { starred: true, order: 'published' }, (i) => i % 3 === 0],
  ])('filters: %s', async (_name, query, expected) => {
    const { library, ids } = await filledLibrary(31);
    const listed = await allPages(library, { ...query, limit: 4 });
    expect(new Set(listed)).toEqual(new Set(ids.filter((_, i) => expected(i))));
    expect(listed).toHaveLength(new Set(listed).size);
  });

  test('an edit moves the article between filters at once', async () => {
    const { library } = await freshLibrary();
    const saved = await library.save(makeArticle());
    expect((await library.list({ unread: true })).items).toHaveLength(1);
    await library.update(saved.id, { read: true });
    expect((await library.list({ unread: true })).items).toHaveLength(0);
    expect((await library.list({ unread: false })).items).toHaveLength(1);
  });

  test('outlets and tags for the filter menus, most used first', async () => {
    const { library } = await filledLibrary(7);
    expect(await library.outlets()).toEqual([
      { value: '大纪元', count: 4 },
      { value: '美国之音', count: 3 },
    ]);
    expect(await library.tags()).toEqual([{ value: '香港', count: 2 }]);
  });

  test('a damaged cursor is a typed error', async () => {
    const { library } = await freshLibrary();
    await expect(library.list({ cursor: 'garbage' })).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(library.list({ cursor: JSON.stringify(['published', 1, 'x']) })).rejects.toMatchObject({ code: 'invalid-argument' });
  });
});
