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

export interface ArticleView {
  element: HTMLElement;
  /** Re-renders the text in another script (简/繁) without losing the scroll position. */
  setScript(mode: ScriptConversion): Promise<void>;
  dispose(): void;
}

export async function renderArticle(article: Article, images: ImageSource, script: ScriptConversion): Promise<ArticleView> {
  const meta = [article.outlet, article.author, formatPublished(article.published), t('readingMinutes', String(article.readingMinutes))].filter(Boolean);
  const links = h(
    'p',
    { class: 'article-links' },
    article.originalUrl ? h('a', { href: article.originalUrl, target: '_blank', rel: 'noopener noreferrer' }, t('originalLink')) : null,
    h('a', { href: article.mirrorUrl, target: '_blank', rel: 'noopener noreferrer' }, t('mirrorLink')),
  );
  const header = h('header', { class: 'article-header' }, h('h1', { class: 'article-title' }, article.title), h('p', { class: 'article-meta' }, meta.join(' · ')), links);
  const body = h('div', { class: 'article-body' });
  body.append(articleBody(article.contentHtml));
  const element = h('article', { class: 'article', lang: article.lang === 'und' ? null : article.lang }, header, body);
  const releaseImages = await showImages(body, images);
  const setScript = (mode: ScriptConversion): Promise<void> => convertScript([header.querySelector('h1')!, body], mode);
  if (script !== 'original') await setScript(script);
  return { element, setScript, dispose: releaseImages };
}
