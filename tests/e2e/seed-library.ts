// Fills the library with many articles through the product's own import (options page), to
// measure the popup against a large library.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../src/core/article';
import type { SavedArticle } from '../../src/store/types';
import type { ExtensionBrowser } from './browser';

const OUTLETS = ['大纪元', '新唐人', '看中国', '美国之音', '自由亚洲电台', '希望之声'];
const PHRASES = ['香港', '台湾', '疫苗', '人权', '经济', '选举', '新疆', '言论自由', '房市', '贸易'];

function seedArticle(n: number): SavedArticle {
  const day = new Date(Date.UTC(2020, 0, 1) + n * 3_600_000);
  const topic = PHRASES[n % PHRASES.length]!;
  const text = `【测试${n}】关于${topic}的第${n}篇报道。${topic}问题持续受到关注，各方人士发表看法。`.repeat(6);
  const article: Article = {
    kind: 'article',
    family: 'generic',
    form: 'blob',
    title: `第${n}篇：${topic}新闻测试标题`,
    outlet: OUTLETS[n % OUTLETS.length]!,
    published: day.toISOString().slice(0, 10),
    author: null,
    editor: null,
    originalUrl: `https://news.example.net/${n}.html`,
    mirrorUrl: `https://github.com/seed/news/blob/master/${n}.md`,
    lang: 'zh-Hans',
    leadImage: null,
    images: [],
    contentHtml: `<p>${text}</p><p>${text}</p>`,
    text: `${text}\n\n${text}`,
    excerpt: text.slice(0, 120),
    length: text.length * 2,
    readingMinutes: 1,
    related: [],
  };
  return {
    id: `seed-${n}`,
    article,
    mirrorUrls: [article.mirrorUrl],
    savedAt: day.getTime(),
    updatedAt: day.getTime(),
    read: n % 3 === 0,
    starred: n % 17 === 0,
    archived: false,
    tags: [],
    position: 0,
  };
}

export async function seedLibrary(browser: ExtensionBrowser, count: number): Promise<void> {
  const file = {
    format: 'mirror-reader-library',
    version: 1,
    exportedAt: new Date().toISOString(),
    articles: Array.from({ length: count }, (_, n) => seedArticle(n)),
    images: [],
  };
  const path = join(mkdtempSync(join(tmpdir(), 'mirror-reader-seed-')), 'seed.json');
  writeFileSync(path, JSON.stringify(file));
  const options = await browser.openExtensionPage('options.html');
  await options.setInputFiles('#import-library', path);
  // Done when the status is no longer busy (it counts the bytes read meanwhile) and says how many came in.
  await options.waitForFunction(
    () => {
      const status = document.getElementById('library-status');
      return status?.getAttribute('aria-busy') === 'false' && /\d/.test(status.textContent ?? '');
    },
    undefined,
    { timeout: 240_000 },
  );
  await options.close();
}
