// After "Free space" dropped the stored images of archived articles, the reader shows placeholders
// where those images were, and still shows the images other articles keep.
import { describe, expect, it, vi } from 'vitest';
import { articleImage, freshLibrary, imageFile, makeArticle } from '../store/fixtures';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./browser-fake')).browserFake }));
const { articleBody } = await import('../../src/ui/shared/article-body');
const { showImages } = await import('../../src/ui/shared/article-images');

const DROPPED = 'https://i.epochtimes.com/dropped.jpg';
const KEPT = 'https://i.epochtimes.com/kept.jpg';

describe('an archived article whose images were dropped', () => {
  it('shows a placeholder for each; an article outside the archive still shows its stored image', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:stored');
    const { library } = await freshLibrary();
    const figure = (url: string, alt: string) => `<p><img src="${url}" data-canonical-src="${url}" alt="${alt}"></p>`;
    const archived = await library.save(makeArticle({ contentHtml: `<p>归档。</p>${figure(DROPPED, '被删的图')}`, images: [articleImage(DROPPED, '被删的图')] }), [imageFile(DROPPED, 1)]);
    const current = await library.save(makeArticle({ contentHtml: `<p>留着。</p>${figure(KEPT, '留下的图')}`, images: [articleImage(KEPT, '留下的图')] }), [imageFile(KEPT, 2)]);
    await library.update(archived.id, { archived: true });
    expect(await library.dropArchivedImages()).toMatchObject({ images: 1 });

    const rendered = async (id: string): Promise<HTMLElement> => {
      const root = document.createElement('div');
      root.append(articleBody((await library.get(id))!.article.contentHtml));
      await showImages(root, { stored: (url) => library.getImage(url), loadRemote: false });
      return root;
    };
    const dropped = await rendered(archived.id);
    expect(dropped.querySelector('.image-placeholder')?.textContent).toContain('被删的图');
    expect(dropped.querySelector('img[src]')).toBeNull();
    const kept = await rendered(current.id);
    expect(kept.querySelector('.image-placeholder')).toBeNull();
    expect(kept.querySelector('img')?.getAttribute('src')).toBe('blob:stored');
  });
});
