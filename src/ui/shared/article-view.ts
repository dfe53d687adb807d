// The reader's article: title, outlet, author, date, links to the original and to the mirror, and
// the body with its images and captions. Shared by the popup and the full-tab reader.
import type { Article } from '../../core/article';
import { t } from '../../shared/i18n';
import type { ScriptConversion } from '../../shared/settings';
import { articleBody } from './article-body';
import { showImages, type ImageSource } from './article-images';
import { formatPublished } from './dates';
import { h } from './dom';
import { convertScript } from './script-conversion';
import { scriptLang } from '../../shared/script';

export interface ArticleView {
  element: HTMLElement;
  /** Re-renders the text in another script (简/繁) without losing the scroll position. */
  setScript(mode: ScriptConversion): Promise<void>;
  /** The title as shown (in the reader's script). */
  title(): string;
  dispose(): void;
}

export async function renderArticle(article: Article, images: ImageSource, script: ScriptConversion): Promise<ArticleView> {
  // The article's own words (outlet, author) follow the reader's script; the UI's words stay in the UI's language.
  const byline = [article.outlet, article.author].filter(Boolean).join(' · ');
  const when = [formatPublished(article.published), t('readingMinutes', String(article.readingMinutes))].filter(Boolean).join(' · ');
  const title = h('h1', { class: 'article-title' }, article.title);
  const bylineText = h('span', { class: 'article-byline' }, byline);
  const meta = h('p', { class: 'article-meta' }, byline ? bylineText : null, byline ? ' · ' : null, when);
  const links = h(
    'p',
    { class: 'article-links' },
    article.originalUrl ? h('a', { href: article.originalUrl, target: '_blank', rel: 'noopener noreferrer' }, t('originalLink')) : null,
    h('a', { href: article.mirrorUrl, target: '_blank', rel: 'noopener noreferrer' }, t('mirrorLink')),
  );
  const header = h('header', { class: 'article-header' }, title, meta, links);
  const body = h('div', { class: 'article-body' });
  body.append(articleBody(article.contentHtml));
  const element = h('article', { class: 'article', lang: article.lang === 'und' ? null : article.lang }, header, body);
  const releaseImages = await showImages(body, images);
  const setScript = async (mode: ScriptConversion): Promise<void> => {
    await convertScript([title, bylineText, body], mode);
    // The converted text's own tag: glyph forms and punctuation follow it.
    if (article.lang !== 'und') element.lang = scriptLang(article.lang, mode);
  };
  if (script !== 'original') await setScript(script);
  return { element, setScript, title: () => title.textContent ?? '', dispose: releaseImages };
}
