import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LIBRARY_FORMAT, LibraryError, type Library } from '../../src/store';
import { LIMITS } from '../../src/store/libraryFile';
import { articleImage, dumpDatabase, editLibraryFile, fileOf as file, freshLibrary, imageFile, makeArticle, readLibraryFile } from './fixtures';

async function sampleLibrary() {
  const test = await freshLibrary();
  const url = 'https://i.epochtimes.com/a.jpg';
  const a = await test.library.save(makeArticle({ text: '第一篇，有图。', images: [articleImage(url)] }), [imageFile(url, 5, 100)]);
  const b = await test.library.save(makeArticle({ text: '第二篇。', originalUrl: null }));
  await test.library.update(a.id, { starred: true, tags: ['图片'], position: 0.3 });
  await test.library.update(b.id, { read: true, archived: true });
  return { ...test, a, b, url };
}

async function exportedText(library: Library): Promise<string> {
  return (await library.exportLibrary()).text();
}

/** A library file written by version 0.1 (one JSON object): two articles, one image, reader state. */
const VERSION_1_FILE = readFileSync(join(import.meta.dirname, '../fixtures/library/library-v1.json'), 'utf8');

describe('export and import of the whole library', () => {
  test('round-trips articles, reader state and images into an empty library', async () => {
    const source = await sampleLibrary();
    const text = await exportedText(source.library);
    const lines = text.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines[0]).toEqual({ format: LIBRARY_FORMAT, version: 2, exportedAt: expect.any(String) });
    expect(lines.at(-1)).toEqual({ end: { articles: 2, images: 1 } });
    // The image comes right before the article that shows it.
    const imageLine = lines.findIndex((line) => 'image' in line);
    expect(lines[imageLine]).toEqual({ image: { url: source.url, type: 'image/jpeg', base64: btoa(String.fromCharCode(...new Uint8Array(100).fill(5))) } });
    expect(lines[imageLine + 1].article.id).toBe(source.a.id);

    const { library } = await freshLibrary();
    expect(await library.importLibrary(file(text))).toEqual({ added: 2, merged: 0, images: 1 });
    for (const id of [source.a.id, source.b.id]) expect(await library.get(id)).toEqual(await source.library.get(id));
    expect(new Uint8Array(await (await library.getImage(source.url))!.arrayBuffer())).toEqual(new Uint8Array(100).fill(5));
    expect((await library.search('有图')).map((hit) => hit.summary.id)).toEqual([source.a.id]);
    expect((await library.list({ archived: true })).items.map((item) => item.id)).toEqual([source.b.id]);
  });

  test('an image two articles show is written once, before the first, and both have it after import', async () => {
    const { library } = await freshLibrary();
    const url = 'https://i.epochtimes.com/shared.jpg';
    for (const text of ['第一篇共用图片。', '第二篇共用图片。']) await library.save(makeArticle({ text, images: [articleImage(url)] }), [imageFile(url, 3)]);
    const text = await exportedText(library);
    expect(readLibraryFile(text).images).toHaveLength(1);
    const target = await freshLibrary();
    expect(await target.library.importLibrary(file(text))).toEqual({ added: 2, merged: 0, images: 1 });
    const [image] = (await dumpDatabase(target.factory, target.name)).images as [string, { users: string[] }][];
    expect(image![1].users).toHaveLength(2);
  });

  test('an article longer than the pieces the file is read in comes through whole', async () => {
    const { library } = await freshLibrary();
    const long = `${'很长的正文。'.repeat(60_000)}结尾。`; // 360,003 characters, over 1 MB of UTF-8
    const saved = await library.save(makeArticle({ text: long }));
    const target = await freshLibrary();
    await target.library.importLibrary(await library.exportLibrary());
    expect((await target.library.get(saved.id))?.article.text).toBe(long);
  });

  test('reports progress: articles written of all, bytes read of the file', async () => {
    const { library } = await freshLibrary();
    for (let i = 0; i < 1050; i++) await library.save(makeArticle({ text: `进度测试第${i}篇。` }));
    const exported: [number, number][] = [];
    const blob = await library.exportLibrary({ onProgress: (done, total) => exported.push([done, total]) });
    expect(exported.length).toBe(3); // one report per slice of 500 articles
    expect(exported.at(-1)).toEqual([1050, 1050]);
    expect(exported.map(([done]) => done)).toEqual([...exported.map(([done]) => done)].sort((x, y) => x - y));
    const read: [number, number][] = [];
    const target = await freshLibrary();
    expect(await target.library.importLibrary(blob, { onProgress: (done, total) => read.push([done, total]) })).toMatchObject({ added: 1050 });
    expect(read.at(-1)).toEqual([blob.size, blob.size]);
  });

  test('importing the same file twice adds nothing', async () => {
    const source = await sampleLibrary();
    const text = await exportedText(source.library);
    const { library, factory, name } = await freshLibrary();
    await library.importLibrary(file(text));
    const once = await dumpDatabase(factory, name);
    expect(await library.importLibrary(file(text))).toEqual({ added: 0, merged: 2, images: 0 });
    expect(await dumpDatabase(factory, name)).toEqual(once);
  });

  test('merges into an existing library: the same words merge (tags and mirrors of both), other words are kept beside', async () => {
    const source = await sampleLibrary();
    const text = await exportedText(source.library);
    // The same article saved elsewhere, through another mirror, tagged differently.
    const { library } = await freshLibrary(Date.UTC(2030, 0, 1));
    const local = await library.save({ ...source.a.article, mirrorUrl: 'https://github.com/other/djy/blob/master/a.md' });
    await library.update(local.id, { tags: ['本地'] });
    expect(await library.importLibrary(file(text))).toEqual({ added: 1, merged: 1, images: 1 });
    const merged = await library.get(local.id);
    expect(merged?.tags.sort()).toEqual(['图片', '本地'].sort());
    expect(merged?.mirrorUrls).toEqual(['https://github.com/other/djy/blob/master/a.md', source.a.article.mirrorUrl]);
  });

  test('an imported copy with other words never replaces the saved one: it is kept beside it', async () => {
    const source = await sampleLibrary();
    const text = await exportedText(source.library);
    const { library } = await freshLibrary(Date.UTC(2030, 0, 1));
    const local = await library.save({ ...source.a.article, mirrorUrl: 'https://github.com/other/djy/blob/master/a.md', text: '本地保存的版本。' });
    expect(await library.importLibrary(file(text))).toEqual({ added: 2, merged: 0, images: 1 });
    expect((await library.get(local.id))?.article.text).toBe('本地保存的版本。');
    expect((await library.get(source.a.id))?.variantOf).toBe(local.id);
  });

  describe('a file of version 1 (one JSON object, written before 0.2)', () => {
    const old = JSON.parse(VERSION_1_FILE) as { articles: Array<{ id: string; starred: boolean; tags: string[]; archived: boolean; article: { title: string } }> };

    test('imports whole, reader state and image included; twice adds nothing', async () => {
      const { library, factory, name } = await freshLibrary();
      expect(await library.importLibrary(file(VERSION_1_FILE))).toEqual({ added: 2, merged: 0, images: 1 });
      const first = old.articles.find((entry) => entry.starred)!;
      expect(await library.get(first.id)).toMatchObject({ starred: true, tags: ['图片'], article: { title: first.article.title } });
      expect((await library.list({ archived: true })).items.map((item) => item.title)).toEqual([old.articles.find((entry) => entry.archived)!.article.title]);
      expect(new Uint8Array(await (await library.getImage('https://i.epochtimes.com/a.jpg'))!.arrayBuffer())).toEqual(new Uint8Array(100).fill(5));
      const once = await dumpDatabase(factory, name);
      expect(await library.importLibrary(file(VERSION_1_FILE))).toEqual({ added: 0, merged: 2, images: 0 });
      expect(await dumpDatabase(factory, name)).toEqual(once);
    });

    test('exported again, it is a version 2 file that imports to the same library', async () => {
      const first = await freshLibrary();
      await first.library.importLibrary(file(VERSION_1_FILE));
      const again = await first.library.exportLibrary();
      const second = await freshLibrary();
      expect(await second.library.importLibrary(again)).toEqual({ added: 2, merged: 0, images: 1 });
      for (const { id } of old.articles) expect(await second.library.get(id)).toEqual(await first.library.get(id));
    });
  });

  describe('rejects bad files with a clear message and leaves the library unchanged', () => {
    async function expectRejected(text: string, message: RegExp): Promise<void> {
      const { library, factory, name } = await freshLibrary();
      await library.save(makeArticle({ text: '原有的文章。' }));
      const before = await dumpDatabase(factory, name);
      const error = await library.importLibrary(file(text)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LibraryError);
      expect(error).toMatchObject({ code: 'bad-import', message: expect.stringMatching(message) });
      expect((error as Error).message).toMatch(/The library was not changed\.$/);
      expect(await dumpDatabase(factory, name)).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }

    /** How the file writes `<p>第一篇`: no markup character in it. */
    const FIRST_PARAGRAPH = '\\u003cp\\u003e第一篇';
    const cases: [string, (text: string) => string, RegExp][] = [
      ['not JSON', () => 'hello', /not complete JSON/],
      ['foreign JSON', () => JSON.stringify({ bookmarks: [] }), /not a Mirror Reader library export/],
      ['foreign JSON lines', () => '{"bookmarks":[]}\n{"end":{}}\n', /not a Mirror Reader library export/],
      ['a newer format', (text) => text.replace('"version":2', '"version":3'), /newer Mirror Reader \(format version 3\)/],
      ['the end line missing', (text) => text.slice(0, text.lastIndexOf('{"end"')), /cut short \(its end line is missing\)/],
      ['an article line missing', (text) => text.split('\n').filter((line) => !line.includes('第二篇')).join('\n'), /end line counts 2 articles and 1 images, it holds 1 and 1/],
      ['a line after the end', (text) => `${text}{"article":{}}\n`, /line 6 comes after the end line/],
      ['a line of something else', (text) => text.replace('{"end"', '{"bookmark":{}}\n{"end"'), /line \d should be an object with one key/],
      ['prototype pollution in the header', (text) => text.replace('{"format"', '{"__proto__":{"polluted":true},"format"'), /forbidden key "__proto__"/],
      ['prototype pollution in an article', (text) => editLibraryFile(text, (f) => void (f.articles[0]!.article = { __proto__x: 1, ...f.articles[0]!.article })).replace('"__proto__x"', '"__proto__"'), /line \d contains the forbidden key "__proto__"/],
      ['a script in the body', (text) => text.replace(FIRST_PARAGRAPH, '<script>alert(1)</script><p>第一篇'), /line \d: article\.article\.contentHtml/],
      ['an event handler', (text) => text.replace(FIRST_PARAGRAPH, '<p onclick=\\"alert(1)\\">第一篇'), /contentHtml/],
      ['a javascript: link', (text) => text.replace(FIRST_PARAGRAPH, '<a href=\\"java&#x09;script:alert(1)\\">x</a><p>第一篇'), /contentHtml/],
      ['a javascript: mirror URL', (text) => text.replace(/"mirrorUrls":\["[^"]+"/, '"mirrorUrls":["javascript:alert(1)"'), /mirrorUrls\[0\] should be an http\(s\) address/],
      ['a wrong type', (text) => text.replace('"starred":true', '"starred":"yes"'), /line \d: article\.starred should be true or false/],
      ['a bad date', (text) => text.replace('"published":"2022-01-01"', '"published":"yesterday"'), /published should be a date/],
      ['an id with odd characters', (text) => text.replace(/"id":"[^"]+"/, '"id":"../../etc"'), /id should be an id/],
      ['bad base64', (text) => text.replace(/"base64":"[^"]+"/, '"base64":"@@@@"'), /line \d: image\.base64 is not base64/],
      ['a non-image type', (text) => text.replace('"type":"image/jpeg"', '"type":"text/html"'), /image\.type should be an image type/],
      ['an oversized title', (text) => text.replace(/"title":"[^"]+"/, `"title":"${'长'.repeat(5000)}"`), /title should be text of at most 1000 characters/],
    ];
    test.each(cases)('%s', async (_name, damage, message) => {
      const source = await sampleLibrary();
      await expectRejected(damage(await exportedText(source.library)), message);
    });

    test('bytes that are not UTF-8', async () => {
      const source = await sampleLibrary();
      const bytes = new TextEncoder().encode(await exportedText(source.library));
      const at = bytes.indexOf(0xe7, bytes.length / 2); // a lead byte of a Chinese character
      bytes[at + 1] = 0xff;
      const { library, factory, name } = await freshLibrary();
      const before = await dumpDatabase(factory, name);
      await expect(library.importLibrary(file(bytes))).rejects.toMatchObject({ code: 'bad-import', message: expect.stringMatching(/line \d is not UTF-8 text/) });
      expect(await dumpDatabase(factory, name)).toEqual(before);
    });

    test('cut short anywhere: at every line end and inside every line', async () => {
      const source = await sampleLibrary();
      const text = await exportedText(source.library);
      const ends = [...text.matchAll(/\n/g)].map((match) => match.index + 1).slice(0, -1);
      const cuts = [...ends, ...ends.map((end) => end - 7), 20];
      for (const cut of cuts) await expectRejected(text.slice(0, cut), /cut short/);
    });

    test('a line longer than any a file may hold is refused without being read whole', async () => {
      const source = await sampleLibrary();
      const [header] = (await exportedText(source.library)).split('\n');
      await expectRejected(`${header}\n{"article":"${'长'.repeat(LIMITS.line + 1)}"}\n`, /line 2 is longer than 13000000 characters/);
    });

    test('version 1 files: cut short, or of a newer version', async () => {
      await expectRejected(VERSION_1_FILE.slice(0, VERSION_1_FILE.length / 2), /not complete JSON \(cut short or damaged\)/);
      await expectRejected(JSON.stringify({ ...JSON.parse(VERSION_1_FILE), version: 3 }), /newer Mirror Reader/);
      await expectRejected(VERSION_1_FILE.replace('"starred":true', '"starred":1'), /articles\[\d\]\.starred should be true or false/);
    });
  });
});
