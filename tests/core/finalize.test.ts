// The shared finalisation of a family's draft: the fallbacks it applies when a family leaves a field
// empty, and the measures it derives from the sanitised body.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article';
import { locateMirror } from '../../src/core/detect';
import { finalizeArticle } from '../../src/core/finalize';
import { pageFromSource } from '../../src/core/forms/raw';

const URL = 'https://github.com/some-mirror/news/blob/master/pages/a/1.md';
const PARAGRAPH = '这是一段足够长的新闻正文，用来组成一篇文章的内容，读者在列表里首先看到的应当是它。';

/** A page read from `source`, finalised with a draft whose body is the whole page and whose fields are empty. */
function finalised(source: string, title = '标题'): Article {
  const reading = pageFromSource(source, locateMirror(URL), window as unknown as Window & typeof globalThis);
  if (!('page' in reading)) throw new Error(reading.reason);
  const { page } = reading;
  return finalizeArticle(page, 'test', { title, body: page.body, originalUrl: null });
}

describe('finalizeArticle', () => {
  it('finds the credited original in the body when the family found none', () => {
    const linked = finalised(`${PARAGRAPH}\n\n本文转自大纪元，<a href="https://www.epochtimes.com/gb/21/7/30/n13128021.htm">浏览原文</a>`);
    expect(linked.originalUrl).toBe('https://www.epochtimes.com/gb/21/7/30/n13128021.htm');
    const written = finalised(`${PARAGRAPH}\n\n原文地址（需翻墙访问）：https://www.epochtimes.com/gb/21/7/30/n13128022.htm`);
    expect(written.originalUrl).toBe('https://www.epochtimes.com/gb/21/7/30/n13128022.htm');
  });

  it('opens the excerpt with the article text, not the lead image caption', () => {
    const article = finalised(`<p><img src="https://i.epochtimes.com/a.jpg"><br>市议会听证现场。（大纪元）</p>\n\n${PARAGRAPH}`);
    expect(article.images[0]?.caption).toBe('市议会听证现场。（大纪元）');
    expect(article.text.startsWith('市议会听证现场')).toBe(true); // the caption stays in the text, under its image
    expect(article.excerpt.startsWith(PARAGRAPH.slice(0, 12))).toBe(true);
  });

  // A post without a headline (tests/pages/gnews-archive/post-without-headline is one in its archive's layout).
  it('titles a page the family found no headline for by its first sentence, cut short, without a list marker', () => {
    expect(finalised(`短的第一句。${PARAGRAPH}`, '').title).toBe('短的第一句。');
    expect(finalised(`\\- ${PARAGRAPH}`, '').title).toBe(`${Array.from(PARAGRAPH).slice(0, 30).join('')}…`);
  });
});
