// One article as a file to keep or pass on: Markdown with front matter, clean HTML, or a single
// self-contained HTML file with its images inlined. Whatever the stored article holds, the file is
// inert: the body is sanitised again by the HTML policy (core/htmlPolicy.ts) into a DOM, from which
// both formats are written; every piece of metadata is escaped; and nothing in a file loads from the
// network when it is opened (images are inlined from the library or become links; the HTML carries a
// CSP that allows nothing but inline images and styles).
import { webAddress } from '../core/htmlPolicy';
import { articleFragment } from '../core/sanitize';
import { bytesToBase64 } from './base64';
import { bodyToMarkdown, imageLink, markdownHeading } from './markdown';
import type { PageWindow } from './pageWindow';
import type { ExportLabels, ImageFile, SavedArticle } from './types';

/** The style of an exported article's content (the EPUB's chapters have it too; their reader sets the page). */
export const CONTENT_STYLE =
  'img{max-width:100%;height:auto}figure{margin:1em 0}figcaption,.meta{color:#666;font-size:.85em}' +
  'blockquote{margin:1em 0;padding-left:1em;border-left:3px solid #ccc}';
const STYLE = `body{max-width:42em;margin:2em auto;padding:0 1em;font:18px/1.8 system-ui,sans-serif;color:#222;background:#fff}${CONTENT_STYLE}`;

/** Nothing from the network: no script, frame, font, fetch or remote image; only data: images and the inline style. */
const EXPORT_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'";

/** The labels of a file exported where the reader's language is not known (the command line, tests). */
export const ENGLISH_LABELS: ExportLabels = { original: 'Original', mirror: 'Mirror', image: (alt) => (alt ? `Image: ${alt}` : 'Image') };

const LANG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

/** The article's language as a tag a file can carry, or null ('und', or anything malformed). */
export function languageTag(lang: string): string | null {
  return LANG.test(lang) && lang !== 'und' ? lang : null;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A YAML double-quoted scalar. JSON strings are valid YAML, and every character that could make raw
 * HTML, an autolink, a link, an image or a code span is written as a \u escape: a renderer that does
 * not know front matter shows it as text, and text it stays.
 */
function yamlString(value: string): string {
  return JSON.stringify(value).replace(/[<>`[\]!]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function yamlValue(value: string | readonly string[] | null): string {
  if (value === null) return 'null';
  return typeof value === 'string' ? yamlString(value) : `[${value.map(yamlString).join(', ')}]`;
}

/** YAML front matter; every value is quoted safely. */
function frontMatter(saved: SavedArticle): string {
  const { article } = saved;
  const fields: [string, string | readonly string[] | null][] = [
    ['title', article.title],
    ['outlet', article.outlet],
    ['published', article.published],
    ['author', article.author],
    ['original', article.originalUrl],
    ['mirror', article.mirrorUrl],
    ['mirrors', saved.mirrorUrls],
    ['saved', new Date(saved.savedAt).toISOString()],
    ['tags', saved.tags],
  ];
  return ['---', ...fields.map(([key, value]) => `${key}: ${yamlValue(value)}`), '---'].join('\n');
}

/** The lead image, when the body does not show it already. */
function leadImageOf(saved: SavedArticle): SavedArticle['article']['leadImage'] {
  const { leadImage, contentHtml } = saved.article;
  return leadImage && !contentHtml.includes(escapeHtml(leadImage.canonicalUrl)) ? leadImage : null;
}

export function articleToMarkdown(saved: SavedArticle, win: PageWindow, labels: ExportLabels = ENGLISH_LABELS): string {
  const { article } = saved;
  const leadImage = leadImageOf(saved);
  const lead = leadImage ? `${imageLink(leadImage.canonicalUrl, leadImage.alt, labels)}\n\n` : '';
  const body = bodyToMarkdown(articleFragment(article.contentHtml, win), labels);
  return `${frontMatter(saved)}\n\n${markdownHeading(article.title)}\n\n${lead}${body}\n`;
}

/** The stored image for an <img> (by src, data-canonical-src, or the loaded→canonical pairs of the article). */
function imageFor(img: Element, saved: SavedArticle, images: ReadonlyMap<string, ImageFile>): ImageFile | undefined {
  for (const url of [img.getAttribute('src'), img.getAttribute('data-canonical-src')]) {
    if (!url) continue;
    const canonical = saved.article.images.find((image) => image.loadedUrl === url)?.canonicalUrl ?? url;
    const image = images.get(canonical);
    if (image) return image;
  }
  return undefined;
}

/** A data: URL for an image of a plain image type (an <img> runs nothing, whatever the type). */
function dataUrl(image: ImageFile): string | null {
  return /^image\/[a-z0-9.+-]{1,50}$/i.test(image.type) ? `data:${image.type};base64,${bytesToBase64(image.bytes)}` : null;
}

/** Where an image the library holds goes in an export: its address there, or null to make it a link. */
export type StoredImageSrc = (image: ImageFile) => string | null;

/**
 * Images stored in the library (`stored`) get the address `storedSrc` gives them; every other image
 * becomes a link to its address, so that opening the file offline or in a hostile network fetches nothing.
 */
function settleImages(body: DocumentFragment, saved: SavedArticle, stored: ReadonlyMap<string, ImageFile> | undefined, storedSrc: StoredImageSrc, labels: ExportLabels): void {
  const doc = body.ownerDocument;
  for (const img of Array.from(body.querySelectorAll('img'))) {
    const image = stored && imageFor(img, saved, stored);
    const src = image && storedSrc(image);
    if (src) {
      img.setAttribute('src', src);
      img.removeAttribute('data-canonical-src');
      continue;
    }
    const alt = img.getAttribute('alt')?.trim() ?? '';
    const address = webAddress(img.getAttribute('src') ?? img.getAttribute('data-canonical-src'));
    if (!address || img.closest('a')) {
      img.replaceWith(alt);
      continue;
    }
    const link = doc.createElement('a');
    link.href = address.href;
    link.rel = 'noopener noreferrer nofollow';
    link.target = '_blank';
    link.textContent = labels.image(alt);
    img.replaceWith(link);
  }
}

function linkTo(url: string | null, label: string): string {
  const address = webAddress(url);
  return address ? `<a href="${escapeHtml(address.href)}" rel="noopener noreferrer">${label}</a>` : '';
}

/**
 * The body of an export as an inert DOM: the lead image first (when the body does not show it), all
 * sanitised again by the HTML policy, and every image settled (see settleImages).
 */
export function exportBody(saved: SavedArticle, win: PageWindow, stored: ReadonlyMap<string, ImageFile> | undefined, storedSrc: StoredImageSrc, labels: ExportLabels): DocumentFragment {
  const leadImage = leadImageOf(saved);
  const lead = leadImage
    ? `<figure><img src="${escapeHtml(leadImage.canonicalUrl)}" alt="${escapeHtml(leadImage.alt)}">${
        leadImage.caption ? `<figcaption>${escapeHtml(leadImage.caption)}</figcaption>` : ''
      }</figure>\n`
    : '';
  const body = articleFragment(lead + saved.article.contentHtml, win);
  settleImages(body, saved, stored, storedSrc, labels);
  return body;
}

/** Clean HTML or, given the stored images, a self-contained file; either way nothing in it loads from the network. */
export function articleToHtml(saved: SavedArticle, win: PageWindow, inlined?: ReadonlyMap<string, ImageFile>, labels: ExportLabels = ENGLISH_LABELS): string {
  const { article } = saved;
  const meta = [article.outlet, article.published, article.author].filter(Boolean).map((part) => escapeHtml(part!)).join(' · ');
  const links = [linkTo(article.originalUrl, escapeHtml(labels.original)), linkTo(article.mirrorUrl, escapeHtml(labels.mirror))].filter(Boolean);
  const body = exportBody(saved, win, inlined, dataUrl, labels);
  const holder = body.ownerDocument.createElement('div');
  holder.append(body);
  const tag = languageTag(article.lang);
  const lang = tag ? ` lang="${escapeHtml(tag)}"` : '';
  return `<!doctype html>
<html${lang}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<article>
<header>
<h1>${escapeHtml(article.title)}</h1>
${meta ? `<p class="meta">${meta}</p>\n` : ''}${links.length ? `<p class="meta">${links.join(' · ')}</p>\n` : ''}</header>
${holder.innerHTML}
</article>
</body>
</html>
`;
}
