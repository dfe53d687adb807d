// Shows an article's images from the library's stored copies (blob: URLs, so reading works
// offline). An image without a stored copy becomes a placeholder button — or, only when the user
// allowed remote images, loads from the address the page used. Pressing a placeholder asks for its
// images (`fetchMissing`: a saved article's are fetched and stored, an unsaved one's loaded), and the
// placeholders that then have an image show it.
import { t } from '../../shared/i18n';
import { PENDING_SRC } from './article-body';
import { h } from './dom';

export interface ImageSource {
  /** The stored copy of the image at `canonicalUrl`, if any. */
  stored(canonicalUrl: string): Promise<Blob | undefined>;
  loadRemote: boolean;
  /**
   * The reader pressed a placeholder (called straight from the click, so that it may ask for a permission):
   * `'stored'` when `stored` may now have them, `'remote'` to load them from the page's addresses.
   */
  fetchMissing?(loadedUrls: string[]): Promise<'stored' | 'remote' | 'none'>;
}

interface Missing {
  loaded: string;
  canonical: string;
  alt: string;
}

/** Resolves every disarmed image under `root`; returns a function releasing the blob URLs. */
export async function showImages(root: ParentNode, source: ImageSource): Promise<() => void> {
  const objectUrls: string[] = [];
  const placeholders = new Map<HTMLElement, { img: HTMLImageElement; missing: Missing }>();

  /** Puts the stored copy in `img`; false when there is none. */
  const showStored = async (img: HTMLImageElement, canonical: string): Promise<boolean> => {
    const blob = await source.stored(canonical).catch(() => undefined);
    if (!blob) return false;
    const url = URL.createObjectURL(blob);
    objectUrls.push(url);
    img.src = url;
    return true;
  };
  const showRemote = (img: HTMLImageElement, loaded: string): void => {
    img.referrerPolicy = 'no-referrer';
    img.src = loaded;
  };

  const fillPlaceholders = async (): Promise<void> => {
    const loadedUrls = [...placeholders.values()].map(({ missing }) => missing.loaded);
    const outcome = source.fetchMissing ? await source.fetchMissing(loadedUrls).catch(() => 'none' as const) : 'none';
    for (const [placeholder, { img, missing }] of placeholders) {
      const shown = outcome === 'remote' ? (showRemote(img, missing.loaded), true) : outcome === 'stored' && (await showStored(img, missing.canonical));
      if (!shown) continue;
      placeholder.replaceWith(img);
      placeholders.delete(placeholder);
    }
    for (const placeholder of placeholders.keys()) placeholder.setAttribute('aria-busy', 'false');
  };

  await Promise.all(
    Array.from(root.querySelectorAll<HTMLImageElement>(`img[${PENDING_SRC}]`), async (img) => {
      const loaded = img.getAttribute(PENDING_SRC)!;
      const canonical = img.getAttribute('data-canonical-src') || loaded;
      img.removeAttribute(PENDING_SRC);
      img.decoding = 'async'; // not loading=lazy: blob: URLs are local, and lazy images would be missing from print
      if (await showStored(img, canonical)) return;
      if (source.loadRemote) return showRemote(img, loaded);
      const missing = { loaded, canonical, alt: img.alt };
      const placeholder = placeholderFor(img, missing, Boolean(source.fetchMissing));
      placeholders.set(placeholder, { img, missing });
      img.replaceWith(placeholder);
    }),
  );
  for (const placeholder of placeholders.keys()) {
    placeholder.addEventListener('click', () => {
      for (const each of placeholders.keys()) each.setAttribute('aria-busy', 'true');
      void fillPlaceholders();
    });
  }
  return () => objectUrls.forEach((url) => URL.revokeObjectURL(url));
}

/**
 * A box where the image would be: its description (unless the caption right below says the same), and,
 * where the reader can ask for it, which host the image would come from.
 */
function placeholderFor(img: HTMLImageElement, missing: Missing, canFetch: boolean): HTMLElement {
  const caption = img.closest('figure')?.querySelector('figcaption')?.textContent?.trim() ?? '';
  const description = missing.alt && missing.alt.trim() !== caption ? missing.alt : t('imageNotSaved');
  const host = hostOf(missing.loaded);
  const label = h('span', { class: 'image-placeholder-label' }, description);
  if (!canFetch || !host) return h('span', { class: 'image-placeholder', role: 'img', 'aria-label': description }, label);
  return h(
    'button',
    { type: 'button', class: 'image-placeholder', 'aria-busy': 'false' },
    label,
    h('span', { class: 'image-placeholder-action' }, t('imageFetchFrom', host)),
  );
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}
