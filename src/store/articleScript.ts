// An article in the reader's script (简/繁) for an export: every word a reader sees — title, outlet,
// author, excerpt, captions, image descriptions and the body's text nodes — converted, and its language tag to match.
// Markup and addresses are left alone (the body is converted node by node, never as a string).
import { articleFragment } from '../core/sanitize';
import { scriptConverter, scriptLang } from '../shared/script';
import type { ScriptConversion } from '../shared/settings';
import type { PageWindow } from './pageWindow';
import type { SavedArticle } from './types';

export async function articleInScript(saved: SavedArticle, mode: ScriptConversion, win: PageWindow): Promise<SavedArticle> {
  if (mode === 'original') return saved;
  const convert = await scriptConverter(mode);
  const optional = (text: string | null): string | null => (text === null ? null : convert(text));
  const { article } = saved;
  const body = articleFragment(article.contentHtml, win);
  const walker = body.ownerDocument.createTreeWalker(body, win.NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    node.data = convert(node.data);
  }
  for (const img of Array.from(body.querySelectorAll('img[alt]'))) img.setAttribute('alt', convert(img.getAttribute('alt')!));
  // A passage tagged as Chinese is now in the other script too.
  for (const el of Array.from(body.querySelectorAll('[lang]'))) el.setAttribute('lang', scriptLang(el.getAttribute('lang')!, mode));
  const holder = body.ownerDocument.createElement('div');
  holder.append(body);
  const { leadImage } = article;
  return {
    ...saved,
    article: {
      ...article,
      title: convert(article.title),
      outlet: optional(article.outlet),
      author: optional(article.author),
      excerpt: convert(article.excerpt),
      contentHtml: holder.innerHTML,
      leadImage: leadImage && { ...leadImage, alt: convert(leadImage.alt), caption: convert(leadImage.caption) },
      lang: scriptLang(article.lang, mode),
    },
  };
}
