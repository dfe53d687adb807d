import { describe, expect, test } from 'vitest';
import { articleImage, freshLibrary, imageFile, makeArticle } from './fixtures';

describe('edit', () => {
  test('star, archive, tag, mark read and reading position', async () => {
    const { library } = await freshLibrary();
    const saved = await library.save(makeArticle());
    const summary = await library.update(saved.id, { starred: true, archived: true, tags: [' 香港 ', '香港', '选举', ''], read: true, position: 0.25 });
    expect(summary).toMatchObject({ id: saved.id, starred: true, archived: true, tags: ['香港', '选举'], read: true, position: 0.25 });
    expect(await library.get(saved.id)).toMatchObject({ starred: true, archived: true, tags: ['香港', '选举'], read: true, position: 0.25 });
    await library.update(saved.id, { position: 7 });
    expect((await library.get(saved.id))?.position).toBe(1);
    await library.update(saved.id, { starred: false });
    expect(await library.get(saved.id)).toMatchObject({ starred: false, archived: true });
  });

  test('refuses a malformed patch and an unknown id with typed errors', async () => {
    const { library } = await freshLibrary();
    const saved = await library.save(makeArticle());
    await expect(library.update(saved.id, { read: 'yes' as never })).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(library.update(saved.id, { position: Number.NaN })).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(library.update('missing', { read: true })).rejects.toMatchObject({ code: 'not-found' });
    await expect(library.remove('missing')).rejects.toMatchObject({ code: 'not-found' });
    await expect(library.exportArticle('missing', 'markdown')).rejects.toMatchObject({ code: 'not-found' });
  });

  test('delete, then undo: the article, its state, its images and its search entry come back', async () => {
    const { library } = await freshLibrary();
    const url = 'https://i.ntdtv.com/photo.jpg';
    const saved = await library.save(makeArticle({ text: '海瑞之孙造巨船。', images: [articleImage(url)] }), [imageFile(url, 9)]);
    await library.update(saved.id, { starred: true, tags: ['传统文化'], position: 0.5 });
    const before = await library.get(saved.id);

    const removed = await library.remove(saved.id);
    expect(await library.get(saved.id)).toBeUndefined();
    expect(await library.getImage(url)).toBeUndefined();
    expect(await library.search('巨船')).toEqual([]);
    expect((await library.list()).items).toEqual([]);
    expect(removed.images.map((image) => image.url)).toEqual([url]);

    const restored = await library.restore(removed);
    expect(restored).toEqual(before);
    expect(await library.get(saved.id)).toEqual(before);
    expect(new Uint8Array(await (await library.getImage(url))!.arrayBuffer())).toEqual(new Uint8Array(64).fill(9));
    expect((await library.search('巨船')).map((hit) => hit.summary.id)).toEqual([saved.id]);
    expect((await library.list({ starred: true })).items.map((item) => item.id)).toEqual([saved.id]);
  });

  test('undo after the article was saved again merges instead of duplicating', async () => {
    const { library } = await freshLibrary();
    const article = makeArticle();
    const saved = await library.save(article);
    await library.update(saved.id, { tags: ['旧'] });
    const removed = await library.remove(saved.id);
    const again = await library.save(article);
    await library.update(again.id, { tags: ['新'] });
    const restored = await library.restore(removed);
    expect(restored.id).toBe(again.id);
    expect(restored.tags.sort()).toEqual(['新', '旧'].sort());
    expect((await library.list()).items).toHaveLength(1);
  });
});

describe('erase and usage', () => {
  test('usage counts articles and images', async () => {
    const { library } = await freshLibrary();
    const url = 'https://i.epochtimes.com/x.jpg';
    await library.save(makeArticle({ images: [articleImage(url)] }), [imageFile(url, 1)]);
    await library.save(makeArticle());
    expect(await library.usage()).toEqual({ articles: 2, images: 1, bytesUsed: null, bytesQuota: null });
  });

  test('eraseAll wipes articles, images, search index and settings, deletes the database, and the library still works', async () => {
    const { library, factory, name } = await freshLibrary();
    const url = 'https://i.epochtimes.com/y.jpg';
    await library.save(makeArticle({ text: '要抹去的文章。', images: [articleImage(url)] }), [imageFile(url, 1)]);
    await library.eraseAll();
    expect(await factory.databases()).toEqual([]);

    expect(await library.usage()).toMatchObject({ articles: 0, images: 0 });
    expect(await library.search('抹去')).toEqual([]);
    expect(await library.getImage(url)).toBeUndefined();
    expect((await library.list()).items).toEqual([]);
    const after = await library.save(makeArticle({ text: '新的开始。' }));
    expect((await library.search('开始')).map((hit) => hit.summary.id)).toEqual([after.id]);
    // A new generation: the erased one's files are gone, not reused.
    expect((await factory.databases()).map((db) => db.name)).toEqual([`${name}-1`]);
  });

  test('eraseAll from one page closes the others, which reopen the empty library', async () => {
    const { library, factory, name } = await freshLibrary();
    const { openLibrary } = await import('../../src/store');
    const other = await openLibrary({ factory, name });
    await library.save(makeArticle());
    expect((await other.list()).items).toHaveLength(1);
    await library.eraseAll();
    expect((await other.list()).items).toEqual([]);
  });
});
