// Freeing space: the stored images only archived articles show are deleted; the articles keep their
// text and image addresses (the readers show placeholders); images others show are kept.
import { describe, expect, test } from 'vitest';
import { articleImage, dumpDatabase, freshLibrary, imageFile, makeArticle } from './fixtures';

const ONLY_ARCHIVED = 'https://i.epochtimes.com/only-archived.jpg';
const SHARED = 'https://i.epochtimes.com/shared.jpg';
const UNARCHIVED = 'https://i.epochtimes.com/unarchived.jpg';

async function libraryWithArchive() {
  const test = await freshLibrary();
  const { library } = test;
  const archived = await library.save(makeArticle({ text: '归档的文章，独有图片。', images: [articleImage(ONLY_ARCHIVED), articleImage(SHARED)] }), [imageFile(ONLY_ARCHIVED, 1, 300), imageFile(SHARED, 2, 200)]);
  const alsoShowsShared = await library.save(makeArticle({ text: '未归档的文章，共用图片。', images: [articleImage(SHARED)] }), [imageFile(SHARED, 2, 200)]);
  const kept = await library.save(makeArticle({ text: '未归档的文章，自己的图片。', images: [articleImage(UNARCHIVED)] }), [imageFile(UNARCHIVED, 3, 100)]);
  const archivedWithout = await library.save(makeArticle({ text: '归档的文章，没有图片。' }));
  for (const { id } of [archived, archivedWithout]) await library.update(id, { archived: true });
  return { ...test, archived, alsoShowsShared, kept };
}

describe('dropping the stored images of archived articles', () => {
  test('counts first, then deletes the images only archived articles show, and says what it freed', async () => {
    const { library, factory, name, archived } = await libraryWithArchive();
    // The archived article shows two stored images; one of them another article shows too.
    expect(await library.archivedImages()).toEqual({ articles: 1, images: 2 });
    expect(await library.dropArchivedImages()).toEqual({ articles: 1, images: 1, bytes: 300 });

    expect(await library.getImage(ONLY_ARCHIVED)).toBeUndefined();
    const images = (await dumpDatabase(factory, name)).images!.map((entry) => (entry as [string])[0]);
    expect(images.sort()).toEqual([SHARED, UNARCHIVED].sort());
    // The article itself is untouched: its text, and the addresses its placeholders show.
    const after = await library.get(archived.id);
    expect(after).toEqual({ ...archived, archived: true });
    expect(after!.article.images.map((image) => image.canonicalUrl)).toEqual([ONLY_ARCHIVED, SHARED]);
    expect(await library.archivedImages()).toEqual({ articles: 1, images: 1 });
    expect(await library.dropArchivedImages()).toEqual({ articles: 0, images: 0, bytes: 0 });
  });

  test('the freed bytes leave the disk: the library is marked for a shred, which rewrites it', async () => {
    const { library } = await libraryWithArchive();
    expect(await library.shred()).toBe(false);
    await library.dropArchivedImages();
    expect(await library.shred()).toBe(true);
    expect(await library.getImage(ONLY_ARCHIVED)).toBeUndefined();
    expect(await library.getImage(UNARCHIVED)).toBeDefined();
  });

  test('with nothing archived, nothing is dropped and nothing needs shredding', async () => {
    const { library } = await freshLibrary();
    await library.save(makeArticle({ images: [articleImage(UNARCHIVED)] }), [imageFile(UNARCHIVED, 3)]);
    expect(await library.archivedImages()).toEqual({ articles: 0, images: 0 });
    expect(await library.dropArchivedImages()).toEqual({ articles: 0, images: 0, bytes: 0 });
    expect(await library.shred()).toBe(false);
  });

  test('an image is dropped once every article that shows it is archived', async () => {
    const { library, alsoShowsShared } = await libraryWithArchive();
    await library.update(alsoShowsShared.id, { archived: true });
    expect(await library.dropArchivedImages()).toEqual({ articles: 2, images: 2, bytes: 500 });
    expect(await library.getImage(SHARED)).toBeUndefined();
  });
});
