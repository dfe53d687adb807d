// "Save images from …": a saved article's images that were not stored (their host needed the reader's
// permission) are fetched and stored once the permission is there, even when the page that asked closed
// under the browser's dialog; never from a host the extension may not reach.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { articleImage, freshLibrary, makeArticle } from '../store/fixtures';
import type { Library } from '../../src/store/library';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./browser-fake')).browserFake }));
const current = vi.hoisted(() => ({ library: null as Library | null }));
vi.mock('../../src/shared/library', () => ({ library: async () => current.library! }));
const { browserFake, resetBrowserFake } = await import('./browser-fake');
const { onPermissionsAdded, saveMissingImages } = await import('../../src/background/missing-images');

const DW = 'https://pic.dw.com';
const asked: string[] = [];

beforeEach(async () => {
  resetBrowserFake();
  asked.length = 0;
  current.library = (await freshLibrary()).library;
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url);
    return new Response(new Uint8Array([1, 2, 3]), { headers: { 'content-type': 'image/jpeg' } });
  });
});

async function savedWithoutImages(): Promise<string> {
  const article = makeArticle({ images: [articleImage(`${DW}/a.jpg`, '一'), articleImage(`${DW}/b.jpg`, '二')] });
  return (await current.library!.save(article)).id;
}

describe('saveMissingImages', () => {
  it('fetches nothing from a host without permission, then everything once the permission arrives', async () => {
    const id = await savedWithoutImages();
    expect(await saveMissingImages(id)).toEqual({ added: 0, missing: 2 });
    expect(asked).toEqual([]);
    browserFake._.permissions.add(`${DW}/*`);
    onPermissionsAdded();
    await vi.waitFor(async () => expect(await current.library!.getImage(`${DW}/b.jpg`)).toBeDefined());
    expect(asked.sort()).toEqual([`${DW}/a.jpg`, `${DW}/b.jpg`]);
    expect(await saveMissingImages(id)).toEqual({ added: 0, missing: 0 });
    expect(asked).toHaveLength(2);
  });

  it('stores only the article\'s own images, and never writes over stored bytes', async () => {
    const id = await savedWithoutImages();
    const library = current.library!;
    expect(await library.addImages(id, [{ url: 'https://elsewhere.example/x.jpg', type: 'image/jpeg', bytes: new Uint8Array([9]).buffer }])).toBe(0);
    expect(await library.getImage('https://elsewhere.example/x.jpg')).toBeUndefined();
    expect(await library.addImages(id, [{ url: `${DW}/a.jpg`, type: 'image/jpeg', bytes: new Uint8Array([1]).buffer }])).toBe(1);
    expect(await library.addImages(id, [{ url: `${DW}/a.jpg`, type: 'image/jpeg', bytes: new Uint8Array([2]).buffer }])).toBe(0);
    const stored = await library.getImage(`${DW}/a.jpg`);
    expect([...new Uint8Array(await stored!.arrayBuffer())]).toEqual([1]);
  });
});
