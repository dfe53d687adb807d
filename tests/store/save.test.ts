import { describe, expect, test } from 'vitest';
import { MAX_COPIES } from '../../src/store/writes';
import { articleImage, freshLibrary, imageFile, makeArticle } from './fixtures';

describe('save', () => {
  test('stores the article with a stable id and an initial reader state', async () => {
    const { library } = await freshLibrary();
    const article = makeArticle();
    const saved = await library.save(article);
    expect(saved).toMatchObject({ article, mirrorUrls: [article.mirrorUrl], read: false, starred: false, archived: false, tags: [], position: 0 });
    expect(await library.get(saved.id)).toEqual(saved);
    expect(await library.get('no-such-id')).toBeUndefined();
  });

  test('finds a saved article by its original URL and by any form of a mirror URL', async () => {
    const { library } = await freshLibrary();
    const saved = await library.save(
      makeArticle({ originalUrl: 'https://www.epochtimes.com/gb/22/1/1/n13473292.htm', mirrorUrl: 'https://github.com/Kantas82/djy/blob/master/gb/22/1/1/n13473292.md' }),
    );
    for (const url of [
      'http://epochtimes.com/gb/22/1/1/n13473292.htm#comments',
      'https://github.com/Kantas82/djy/blob/master/gb/22/1/1/n13473292.md?plain=1',
      'https://raw.githubusercontent.com/Kantas82/djy/master/gb/22/1/1/n13473292.md',
      'https://github.com/Kantas82/djy/raw/master/gb/22/1/1/n13473292.md',
    ]) {
      expect((await library.findByUrl(url))?.id, url).toBe(saved.id);
    }
    expect(await library.findByUrl('https://github.com/Kantas82/djy/blob/master/gb/other.md')).toBeUndefined();
  });

  test('the same article through two mirror accounts is one record keeping both mirror URLs', async () => {
    const { library } = await freshLibrary();
    const words = { title: '同一篇文章', text: '同一篇文章的正文。' };
    const first = await library.save(makeArticle({ ...words, originalUrl: 'https://www.epochtimes.com/gb/a.htm', mirrorUrl: 'https://github.com/one/djy/blob/master/a.md' }));
    const second = await library.save(makeArticle({ ...words, text: '同一篇文章的正文。\n', originalUrl: 'https://epochtimes.com/gb/a.htm', mirrorUrl: 'https://github.com/two/djy/blob/master/a.md' }));
    expect(second.id).toBe(first.id);
    expect(second.mirrorUrls).toEqual(['https://github.com/one/djy/blob/master/a.md', 'https://github.com/two/djy/blob/master/a.md']);
    expect((await library.list()).items).toHaveLength(1);
    expect((await library.findByUrl('https://github.com/two/djy/blob/master/a.md'))?.id).toBe(first.id);
  });

  test('without an original URL, outlet + title + date decide; a different date is another article', async () => {
    const { library } = await freshLibrary();
    const base = { originalUrl: null, title: '加拿大纪念新疆七五事件', outlet: '自由亚洲电台', published: '2021-07-06', text: '纪念活动的报道。' };
    const first = await library.save(makeArticle({ ...base, mirrorUrl: 'https://github.com/a/rfa/blob/main/1.md' }));
    const again = await library.save(makeArticle({ ...base, title: ' 加拿大纪念新疆七五事件 ', mirrorUrl: 'https://github.com/b/rfa/blob/main/x.md' }));
    const other = await library.save(makeArticle({ ...base, published: '2022-07-06', mirrorUrl: 'https://github.com/c/rfa/blob/main/y.md' }));
    expect(again.id).toBe(first.id);
    expect(other.id).not.toBe(first.id);
  });

  test('raw and blob views of one mirror file are one article even when only one names the original', async () => {
    const { library } = await freshLibrary();
    const words = { title: '一个镜像文件', text: '一个镜像文件的正文。' };
    const raw = await library.save(makeArticle({ ...words, form: 'raw', originalUrl: null, outlet: null, published: null, mirrorUrl: 'https://github.com/o/r/blob/master/p.md' }));
    const blob = await library.save(makeArticle({ ...words, form: 'blob', originalUrl: 'https://www.ntdtv.com/gb/p.html', mirrorUrl: 'https://github.com/o/r/blob/master/p.md' }));
    expect(blob.id).toBe(raw.id);
    expect((await library.findByUrl('https://www.ntdtv.com/gb/p.html'))?.id).toBe(raw.id);
  });

  test('two articles with different original URLs stay apart even with the same title', async () => {
    const { library } = await freshLibrary();
    const a = await library.save(makeArticle({ title: '新闻', originalUrl: 'https://www.voachinese.com/a/1.html' }));
    const b = await library.save(makeArticle({ title: '新闻', originalUrl: 'https://www.voachinese.com/a/2.html' }));
    expect(b.id).not.toBe(a.id);
  });

  test('re-saving the same words refreshes the record and keeps the reader state and the first save time', async () => {
    const { library } = await freshLibrary();
    const words = { originalUrl: 'https://www.dw.com/zh/a/1', title: '标题', text: '正文' };
    const first = await library.save(makeArticle(words));
    await library.update(first.id, { read: true, starred: true, archived: true, tags: ['间谍'], position: 0.4 });
    const refreshed = await library.save(makeArticle({ ...words, mirrorUrl: 'https://github.com/other/dw/blob/main/1.md' }));
    expect(refreshed).toMatchObject({ id: first.id, read: true, starred: true, archived: true, tags: ['间谍'], position: 0.4, savedAt: first.savedAt });
    expect(refreshed.updatedAt).toBeGreaterThan(first.updatedAt);
    expect((await library.list()).items).toHaveLength(1);
  });

  test('a copy with other words, from another mirror or the same one later, never replaces what was saved: both are kept and the copy says so', async () => {
    const { library } = await freshLibrary();
    const original = { originalUrl: 'https://www.epochtimes.com/gb/21/7/1/n1.htm', title: '原来的标题', text: '原来的正文，记者亲见。' };
    const first = await library.save(makeArticle({ ...original, mirrorUrl: 'https://github.com/one/djy/blob/master/n1.md' }));
    await library.update(first.id, { starred: true });
    // A stranger republishes it with the same "from:" line and doctored words.
    const doctored = await library.save(makeArticle({ ...original, text: '被篡改的正文，完全相反。', mirrorUrl: 'https://github.com/stranger/djy/blob/master/n1.md' }));
    expect(doctored.id).not.toBe(first.id);
    expect(doctored.variantOf).toBe(first.id);
    expect(await library.get(first.id)).toMatchObject({ starred: true, article: { text: original.text } });
    expect((await library.list()).items.find((item) => item.id === doctored.id)?.variantOf).toBe(first.id);
    expect((await library.search('记者亲见')).map((hit) => hit.summary.id)).toEqual([first.id]);
    // The same doctored copy again is that copy, not a third.
    expect((await library.save(makeArticle({ ...original, text: '被篡改的正文，完全相反。', mirrorUrl: 'https://github.com/stranger/djy/blob/master/n1.md' }))).id).toBe(doctored.id);
    expect((await library.findByUrl('https://github.com/stranger/djy/blob/master/n1.md'))?.id).toBe(doctored.id);
    expect((await library.findByUrl('https://github.com/one/djy/blob/master/n1.md'))?.id).toBe(first.id);
  });

  test('no page floods the library with copies: past the bound a differing copy is not saved and nothing changes', async () => {
    const { library } = await freshLibrary();
    const originalUrl = 'https://www.epochtimes.com/gb/21/7/1/n2.htm';
    const first = await library.save(makeArticle({ originalUrl, text: '第一份。' }));
    const outcomes = [];
    for (let i = 0; i < 10; i++) outcomes.push(await library.save(makeArticle({ originalUrl, text: `第${i}份改过的。`, mirrorUrl: `https://github.com/s${i}/djy/blob/master/n2.md` })).then(() => 'saved', (error: { code: string }) => error.code));
    expect(outcomes.filter((outcome) => outcome === 'saved')).toHaveLength(MAX_COPIES - 1);
    expect(outcomes.at(-1)).toBe('too-many-copies');
    const items = (await library.list()).items;
    expect(items.length).toBe(MAX_COPIES);
    expect((await library.get(first.id))?.article.text).toBe('第一份。');
  });

  test('a site\'s bare root is no original: articles crediting the same root are different articles', async () => {
    const { library } = await freshLibrary();
    const originalUrl = 'http://206.189.252.32:8088/';
    for (let i = 0; i < MAX_COPIES + 2; i++) {
      await library.save(makeArticle({ originalUrl, title: `第${i}篇`, text: `第${i}篇的正文。`, mirrorUrl: `https://github.com/archive/posts/blob/master/${i}.md` }));
    }
    expect((await library.list()).items).toHaveLength(MAX_COPIES + 2);
    expect(await library.findByUrl('http://206.189.252.32:8088')).toBeUndefined();
  });

  test('stored image bytes are never written over: a page naming another article\'s picture cannot change it', async () => {
    const { library } = await freshLibrary();
    const url = 'https://i.epochtimes.com/assets/photo.jpg';
    const victim = await library.save(makeArticle({ images: [articleImage(url)] }), [imageFile(url, 7)]);
    await library.save(makeArticle({ images: [articleImage(url)] }), [imageFile(url, 66, 64, 'image/svg+xml')]);
    const blob = await library.getImage(url);
    expect(blob?.type).toBe('image/jpeg');
    expect(new Uint8Array(await blob!.arrayBuffer())[0]).toBe(7);
    expect(await library.get(victim.id)).toBeDefined();
  });

  test('images are stored under their canonical URL, shared, and dropped with their last user', async () => {
    const { library } = await freshLibrary();
    const shared = 'https://i.epochtimes.com/shared.jpg';
    const own = 'https://i.epochtimes.com/own.png';
    const a = await library.save(makeArticle({ images: [articleImage(shared), articleImage(own)] }), [imageFile(shared, 1), imageFile(own, 2, 32, 'image/png')]);
    const b = await library.save(makeArticle({ images: [articleImage(shared)] }));

    const blob = await library.getImage(own);
    expect(blob?.type).toBe('image/png');
    expect(new Uint8Array(await blob!.arrayBuffer())).toEqual(new Uint8Array(32).fill(2));
    expect((await library.usage()).images).toBe(2);

    await library.remove(a.id);
    expect(await library.getImage(own)).toBeUndefined();
    expect(await library.getImage(shared)).toBeDefined(); // b still uses it
    await library.remove(b.id);
    expect(await library.getImage(shared)).toBeUndefined();
    expect((await library.usage()).images).toBe(0);
  });

  test('a re-save without an image the article no longer shows releases that image', async () => {
    const { library } = await freshLibrary();
    const url = 'https://i.ntdtv.com/old.jpg';
    const article = makeArticle({ images: [articleImage(url)] });
    await library.save(article, [imageFile(url, 7)]);
    await library.save({ ...article, images: [] });
    expect(await library.getImage(url)).toBeUndefined();
  });

  test('stores only images with a web address and bytes', async () => {
    const { library } = await freshLibrary();
    const web = 'https://i.ntdtv.com/a.jpg';
    const images = [imageFile(web, 1), imageFile('javascript:alert(1)', 2), { url: 'https://i.ntdtv.com/b.jpg', type: 'image/jpeg', bytes: 'not bytes' as never }];
    await library.save(makeArticle({ images: [articleImage(web), articleImage('https://i.ntdtv.com/b.jpg')] }), images);
    expect((await library.usage()).images).toBe(1);
    expect(await library.getImage(web)).toBeDefined();
  });

  test('refuses what is not an article', async () => {
    const { library } = await freshLibrary();
    await expect(library.save({ kind: 'index' } as never)).rejects.toMatchObject({ code: 'invalid-argument' });
  });
});
