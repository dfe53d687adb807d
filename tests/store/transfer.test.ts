import { describe, expect, test } from 'vitest';
import { LIBRARY_FORMAT, LibraryError } from '../../src/store';
import { articleImage, dumpDatabase, freshLibrary, imageFile, makeArticle } from './fixtures';

async function sampleLibrary() {
  const test = await freshLibrary();
  const url = 'https://i.epochtimes.com/a.jpg';
  const a = await test.library.save(makeArticle({ text: '第一篇，有图。', images: [articleImage(url)] }), [imageFile(url, 5, 100)]);
  const b = await test.library.save(makeArticle({ text: '第二篇。', originalUrl: null }));
  await test.library.update(a.id, { starred: true, tags: ['图片'], position: 0.3 });
  await test.library.update(b.id, { read: true, archived: true });
  return { ...test, a, b, url };
}

describe('export and import of the whole library', () => {
  test('round-trips articles, reader state and images into an empty library', async () => {
    const source = await sampleLibrary();
    const json = await source.library.exportLibrary();
    const file = JSON.parse(json);
    expect(file).toMatchObject({ format: LIBRARY_FORMAT, version: 1, exportedAt: expect.any(String) });
    expect(file.images).toEqual([{ url: source.url, type: 'image/jpeg', base64: btoa(String.fromCharCode(...new Uint8Array(100).fill(5))) }]);

    const { library } = await freshLibrary();
    expect(await library.importLibrary(json)).toEqual({ added: 2, merged: 0, images: 1 });
    for (const id of [source.a.id, source.b.id]) expect(await library.get(id)).toEqual(await source.library.get(id));
    expect(new Uint8Array(await (await library.getImage(source.url))!.arrayBuffer())).toEqual(new Uint8Array(100).fill(5));
    expect((await library.search('有图')).map((hit) => hit.summary.id)).toEqual([source.a.id]);
    expect((await library.list({ archived: true })).items.map((item) => item.id)).toEqual([source.b.id]);
  });

  test('importing the same file twice adds nothing', async () => {
    const source = await sampleLibrary();
    const json = await source.library.exportLibrary();
    const { library, factory, name } = await freshLibrary();
    await library.importLibrary(json);
    const once = await dumpDatabase(factory, name);
    expect(await library.importLibrary(json)).toEqual({ added: 0, merged: 2, images: 0 });
    expect(await dumpDatabase(factory, name)).toEqual(once);
  });

  test('merges into an existing library: the same words merge (tags and mirrors of both), other words are kept beside', async () => {
    const source = await sampleLibrary();
    const json = await source.library.exportLibrary();
    // The same article saved elsewhere, through another mirror, tagged differently.
    const { library } = await freshLibrary(Date.UTC(2030, 0, 1));
    const local = await library.save({ ...source.a.article, mirrorUrl: 'https://github.com/other/djy/blob/master/a.md' });
    await library.update(local.id, { tags: ['本地'] });
    expect(await library.importLibrary(json)).toEqual({ added: 1, merged: 1, images: 1 });
    const merged = await library.get(local.id);
    expect(merged?.tags.sort()).toEqual(['图片', '本地'].sort());
    expect(merged?.mirrorUrls).toEqual(['https://github.com/other/djy/blob/master/a.md', source.a.article.mirrorUrl]);
  });

  test('an imported copy with other words never replaces the saved one: it is kept beside it', async () => {
    const source = await sampleLibrary();
    const json = await source.library.exportLibrary();
    const { library } = await freshLibrary(Date.UTC(2030, 0, 1));
    const local = await library.save({ ...source.a.article, mirrorUrl: 'https://github.com/other/djy/blob/master/a.md', text: '本地保存的版本。' });
    expect(await library.importLibrary(json)).toEqual({ added: 2, merged: 0, images: 1 });
    expect((await library.get(local.id))?.article.text).toBe('本地保存的版本。');
    expect((await library.get(source.a.id))?.variantOf).toBe(local.id);
  });

  describe('rejects bad files with a clear message and leaves the library unchanged', () => {
    const cases: [string, (json: string) => string, RegExp][] = [
      ['not JSON', () => 'hello', /not complete JSON/],
      ['truncated', (json) => json.slice(0, json.length / 2), /not complete JSON/],
      ['foreign JSON', () => JSON.stringify({ bookmarks: [] }), /not a Mirror Reader library export/],
      ['a newer format', (json) => JSON.stringify({ ...JSON.parse(json), version: 2 }), /newer Mirror Reader/],
      ['prototype pollution', (json) => json.replace('"articles":[{', '"articles":[{"__proto__":{"polluted":true},'), /forbidden key "__proto__"/],
      ['a script in the body', (json) => json.replace('<p>第一篇', '<script>alert(1)</script><p>第一篇'), /contentHtml/],
      ['an event handler', (json) => json.replace('<p>第一篇', '<p onclick=\\"alert(1)\\">第一篇'), /contentHtml/],
      ['a javascript: link', (json) => json.replace('<p>第一篇', '<a href=\\"java&#x09;script:alert(1)\\">x</a><p>第一篇'), /contentHtml/],
      ['a javascript: mirror URL', (json) => json.replace(/"mirrorUrls":\["[^"]+"/, '"mirrorUrls":["javascript:alert(1)"'), /mirrorUrls\[0\] should be an http\(s\) address/],
      ['a wrong type', (json) => json.replace('"starred":true', '"starred":"yes"'), /articles\[\d\]\.starred should be true or false/],
      ['a bad date', (json) => json.replace('"published":"2022-01-01"', '"published":"yesterday"'), /published should be a date/],
      ['an id with odd characters', (json) => json.replace(/"id":"[^"]+"/, '"id":"../../etc"'), /id should be an id/],
      ['bad base64', (json) => json.replace(/"base64":"[^"]+"/, '"base64":"@@@@"'), /images\[0\]\.base64 is not base64/],
      ['a non-image type', (json) => json.replace('"type":"image/jpeg"', '"type":"text/html"'), /images\[0\]\.type should be an image type/],
      ['an oversized title', (json) => json.replace(/"title":"[^"]+"/, `"title":"${'长'.repeat(5000)}"`), /title should be text of at most 1000 characters/],
    ];
    test.each(cases)('%s', async (_name, damage, message) => {
      const source = await sampleLibrary();
      const json = await source.library.exportLibrary();
      const { library, factory, name } = await freshLibrary();
      await library.save(makeArticle({ text: '原有的文章。' }));
      const before = await dumpDatabase(factory, name);
      const error = await library.importLibrary(damage(json)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LibraryError);
      expect(error).toMatchObject({ code: 'bad-import', message: expect.stringMatching(message) });
      expect((error as Error).message).toMatch(/The library was not changed\.$/);
      expect(await dumpDatabase(factory, name)).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });
});
