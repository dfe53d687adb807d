import { closestByTag, descendantsByTag } from '../dom';
import { textOf } from './clutter';

// Pictures a site or its feed adds to every item, which are no pictures of the article: a WordPress theme's own
// image (Bitter Winter's banner under /wp-content/themes/), the default card a site gives links shared on social
// media (RFI's /meta_og_twcards/RFI_FB.png, set by its feed over each item), a site's logo a saved page kept, and a feed's badge closing each item
// (Solidot's topic icon after the last sentence). Known by where they live and where they sit, never by one site's
// addresses.

/** A site's own assets: a WordPress theme's or plugin's files, the core's emoji and icons. */
const SITE_ASSET_PATH = /\/wp-(?:content\/(?:themes|plugins)|includes)\//i;
/** The default picture for shared links: a directory or file named for Open Graph or Twitter cards. */
const SHARE_CARD_PATH = /(?:^|[/_-])(?:meta[_-]?og|og[_-]?(?:image|default)|default[_-]?og|tw(?:itter)?[_-]?cards?|social[_-]?(?:card|share))(?=[/_.-])/i;
/** A site's logo, named so ("sinalogo.png", "logo_ntd_amp.png", "sohu_logo2.gif"): the site's mark, printed on every page. */
const LOGO_FILE = /(?:^|\/)[a-z]{0,12}[_-]?logo[\w-]{0,30}\.(?:png|gif|svg|webp|jpe?g)$/i;
/** A badge is drawn icon-sized: a declared height no taller than this, no width. */
const MAX_BADGE_HEIGHT_PX = 120;

function pathOf(src: string): string {
  try {
    return new URL(src, 'https://invalid.example/').pathname;
  } catch {
    return '';
  }
}

/** Where the image comes from: the original a blob view proxied, else its address. */
function sourceOf(img: Element): string {
  return img.getAttribute('data-canonical-src') || (img.getAttribute('src') ?? '');
}

/** A link around the image that leads somewhere else than the image itself (GitHub links each image to itself). */
function isLinked(img: Element): boolean {
  const href = closestByTag(img, ['a'])?.getAttribute('href');
  return !!href && href !== img.getAttribute('src') && href !== sourceOf(img);
}

/** An image the site serves for every page: a theme's file, a share card, its logo. */
function isSiteImage(img: Element): boolean {
  const path = pathOf(sourceOf(img));
  return SITE_ASSET_PATH.test(path) || SHARE_CARD_PATH.test(path) || LOGO_FILE.test(path);
}

/** Whether nothing with text or another image comes after `img` in `root`. */
function endsTheText(img: Element, root: Element): boolean {
  for (let node: Node | null = img; node && node !== root; node = node.parentNode) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if ((next.textContent ?? '').trim() !== '') return false;
      if (next.nodeType === 1 && ((next as Element).localName === 'img' || descendantsByTag(next as Element, ['img']).length > 0)) return false;
    }
  }
  return true;
}

/**
 * A feed's badge closing the item: the last thing in the text, either set inline after the last sentence of
 * its paragraph (no picture of the article shares a line with its words) or in a block of its own and drawn
 * icon-sized (a declared height, no width).
 */
function isClosingBadge(img: Element, root: Element): boolean {
  if (closestByTag(img, ['figure']) || isLinked(img) || (img.getAttribute('alt') ?? '').trim() !== '' || !endsTheText(img, root)) return false;
  // The paragraph it sits in, if any: an image in none (raw HTML <img> lines straight in the body, whose
  // container <div> holds the whole text) shares no line with words.
  const line = closestByTag(img, ['p', 'li', 'td']);
  if (line && textOf(line) !== '') return true;
  const height = Number.parseInt(img.getAttribute('height') ?? '', 10);
  return !img.hasAttribute('width') && height > 0 && height <= MAX_BADGE_HEIGHT_PX;
}

/** Take out the site's and the feed's own pictures. */
export function removeSiteImages(root: Element): void {
  const images = descendantsByTag(root, ['img']);
  for (const img of images) if (isSiteImage(img)) img.remove();
  const last = images.filter((img) => root.contains(img)).pop();
  if (last && isClosingBadge(last, root)) last.remove();
}
