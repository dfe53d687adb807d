// Shows an article's images from the library's stored copies (blob: URLs, so reading works
// offline). An image without a stored copy becomes a placeholder — or, only when the user allowed
// remote images, loads from the address the page used.
import { t } from '../../shared/i18n';
import { PENDING_SRC } from './article-body';
import { h } from './dom';

export interface ImageSource {
  /** The stored copy of the image at `canonicalUrl`, if any. */
  stored(canonicalUrl: string): Promise<Blob | undefined>;
  loadRemote: boolean;
}

/** Resolves every disarmed image under `root`; returns a function releasing the blob URLs. */
export async function showImages(root: ParentNode, source: ImageSource): Promise<() => void> {
  const objectUrls: string[] = [];
  await Promise.all(
    Array.from(root.querySelectorAll<HTMLImageElement>(`img[${PENDING_SRC}]`), async (img) => {
      const loaded = img.getAttribute(PENDING_SRC)!;
      const canonical = img.getAttribute('data-canonical-src') || loaded;
      img.removeAttribute(PENDING_SRC);
      img.decoding = 'async'; // not loading=lazy: blob: URLs are local, and lazy images would be missing from print
      const blob = await source.stored(canonical).catch(() => undefined);
      if (blob) {
        const url = URL.createObjectURL(blob);
        objectUrls.push(url);
        img.src = url;
      } else if (source.loadRemote) {
        img.referrerPolicy = 'no-referrer';
        img.src = loaded;
      } else {
        img.replaceWith(placeholder(img.alt));
      }
    }),
  );
  return () => objectUrls.forEach((url) => URL.revokeObjectURL(url));
}

function placeholder(alt: string): HTMLElement {
  return h('span', { class: 'image-placeholder', role: 'img', 'aria-label': alt || t('imageNotSaved') }, alt || t('imageNotSaved'));
}
