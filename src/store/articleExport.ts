// One article as a file to keep or pass on: Markdown with front matter, clean HTML, or a single
// self-contained HTML file with its images inlined. Every piece of metadata is escaped; the body
// is the stored (sanitised) contentHtml, re-serialised token by token where images are swapped.
import { bytesToBase64 } from './base64';
import { decodeEntities, escapeHtml, serializeHtml, tokenizeHtml, type HtmlToken } from './htmlTokens';
import { htmlToMarkdown } from './markdown';
import type { ImageFile, SavedArticle } from './types';

const STYLE =
  'body{max-width:42em;margin:2em auto;padding:0 1em;font:18px/1.8 system-ui,sans-serif;color:#222;background:#fff}' +
  'img{max-width:100%;height:auto}figure{margin:1em 0}figcaption,.meta{color:#666;font-size:.85em}' +
  'blockquote{margin:1em 0;padding-left:1em;border-left:3px solid #ccc}';

/** YAML front matter; JSON strings are valid YAML scalars, so every value is quoted safely. */
function frontMatter(saved: SavedArticle): string {
  const { article } = saved;
  const fields: [string, unknown][] = [
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
  return ['---', ...fields.map(([key, value]) => `${key}: ${JSON.stringify(value)}`), '---'].join('\n');
}

export function articleToMarkdown(saved: SavedArticle): string {
  const { article } = saved;
  const lead = article.leadImage && !article.contentHtml.includes(escapeHtml(article.leadImage.canonicalUrl))
    ? `![${article.leadImage.alt.replace(/[[\]\\]/g, '\\$&')}](<${article.leadImage.canonicalUrl}>)\n\n`
    : '';
  return `${frontMatter(saved)}\n\n# ${article.title.replace(/\s+/g, ' ')}\n\n${lead}${htmlToMarkdown(article.contentHtml)}\n`;
}

/** The image for an <img> (by src, data-canonical-src, or the loaded→canonical pairs of the article). */
function imageFor(token: Extract<HtmlToken, { kind: 'start' }>, saved: SavedArticle, images: ReadonlyMap<string, ImageFile>) {
  const urls = token.attributes.filter(([name]) => name === 'src' || name === 'data-canonical-src').map(([, value]) => decodeEntities(value) ?? value);
  for (const url of urls) {
    const canonical = saved.article.images.find((image) => image.loadedUrl === url)?.canonicalUrl ?? url;
    const image = images.get(canonical);
    if (image) return image;
  }
  return undefined;
}

function dataUrl(image: ImageFile): string {
  return `data:${image.type};base64,${bytesToBase64(image.bytes)}`;
}

/**
 * Images become data: URLs; images that were not stored lose their src, so that opening the file
 * offline or in a hostile network fetches nothing (the CSP forbids it too).
 */
function inlineImages(html: string, saved: SavedArticle, images: ReadonlyMap<string, ImageFile>): string {
  const tokens = tokenizeHtml(html);
  if (!tokens) return escapeHtml(saved.article.text);
  return serializeHtml(
    tokens.map((token) => {
      if (token.kind !== 'start' || token.name !== 'img') return token;
      const image = imageFor(token, saved, images);
      const attributes = token.attributes.filter(([name]) => name !== 'src' && name !== 'data-canonical-src');
      if (image) attributes.unshift(['src', dataUrl(image)]);
      return { ...token, attributes };
    }),
  );
}

/** Clean HTML (images stay remote) or, given the stored images, a self-contained file. */
export function articleToHtml(saved: SavedArticle, inlined?: ReadonlyMap<string, ImageFile>): string {
  const { article } = saved;
  const imageSources = inlined ? 'data:' : 'https: data:';
  const csp = `default-src 'none'; img-src ${imageSources}; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'`;
  const meta = [article.outlet, article.published, article.author].filter(Boolean).map((part) => escapeHtml(part!)).join(' · ');
  const links = [
    article.originalUrl ? `<a href="${escapeHtml(article.originalUrl)}" rel="noopener noreferrer">Original</a>` : '',
    `<a href="${escapeHtml(article.mirrorUrl)}" rel="noopener noreferrer">Mirror</a>`,
  ].filter(Boolean);
  const leadImage = article.leadImage;
  const lead =
    leadImage && !article.contentHtml.includes(escapeHtml(leadImage.canonicalUrl))
      ? `<figure><img src="${escapeHtml(leadImage.canonicalUrl)}" alt="${escapeHtml(leadImage.alt)}">${
          leadImage.caption ? `<figcaption>${escapeHtml(leadImage.caption)}</figcaption>` : ''
        }</figure>\n`
      : '';
  const body = inlined ? inlineImages(lead + article.contentHtml, saved, inlined) : lead + article.contentHtml;
  const lang = article.lang === 'und' ? '' : ` lang="${article.lang}"`;
  return `<!doctype html>
<html${lang}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<article>
<header>
<h1>${escapeHtml(article.title)}</h1>
${meta ? `<p class="meta">${meta}</p>\n` : ''}<p class="meta">${links.join(' · ')}</p>
</header>
${body}
</article>
</body>
</html>
`;
}
