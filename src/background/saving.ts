// Saving an article: its images first (bounded, see images.ts), then one write to the library.
import type { Article } from '../core/article';
import { library } from '../shared/library';
import { refreshListSnapshot } from '../shared/list-snapshot';
import { loadSettings } from '../shared/settings';
import { fetchImages } from './images';
import { keepingAlive } from './keep-alive';

export function saveArticle(article: Article): Promise<string> {
  return keepingAlive(async () => {
    const settings = await loadSettings();
    const images = settings.saveImages ? await fetchImages(article.images) : [];
    const lib = await library();
    const saved = await lib.save(article, images);
    void refreshListSnapshot(lib);
    return saved.id;
  });
}

/**
 * The id of the saved copy of the article at `urls` (its mirror URL, the page URL), if any. A library
 * that cannot be read has none: the page is still shown as detected, and saving it says why it fails.
 */
export async function findSaved(urls: readonly string[]): Promise<string | null> {
  try {
    const lib = await library();
    for (const url of new Set(urls)) {
      const saved = await lib.findByUrl(url);
      if (saved) return saved.id;
    }
  } catch (error) {
    console.warn('Mirror Reader: library unreadable', error);
  }
  return null;
}
