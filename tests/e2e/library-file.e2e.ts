// The options page's library tools in real Chromium: a library file imported (with progress), the
// library exported as a version 2 file, "Free space" counting, confirming and dropping the stored
// images of archived articles; the Storage section is photographed in English and 简体.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Article } from '../../src/core/article';
import { launchWithExtension } from './browser';
import type { E2eContext } from './extension.e2e';
import { assert, test } from './harness';

const IMAGE_URL = 'https://i.epochtimes.com/assets/archived.jpg';
/** A small JPEG-typed image: its bytes only need to come back the same. */
const IMAGE_BASE64 = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7) % 256)).toString('base64');

function article(n: number, images: boolean): Article {
  const text = `第${n}篇导入测试文章的正文，内容普通。`;
  return {
    kind: 'article',
    family: 'djy',
    form: 'blob',
    title: `导入测试文章 ${n}`,
    outlet: '大纪元',
    published: '2024-01-01',
    author: null,
    editor: null,
    originalUrl: `https://www.epochtimes.com/gb/24/1/1/n${n}.htm`,
    mirrorUrl: `https://github.com/owner/djy/blob/master/gb/n${n}.md`,
    lang: 'zh-Hans',
    leadImage: null,
    images: images ? [{ canonicalUrl: IMAGE_URL, loadedUrl: IMAGE_URL, alt: '图', caption: '' }] : [],
    contentHtml: `<p>${text}</p>${images ? `<p><img src="${IMAGE_URL}" alt="图"></p>` : ''}`,
    text,
    excerpt: text,
    length: text.length,
    readingMinutes: 1,
    related: [],
  };
}

/** A version 2 library file: two articles, the first archived and showing one stored image (`imageBase64`). */
export function libraryFile(dir: string, imageBase64 = IMAGE_BASE64): string {
  const saved = (n: number, archived: boolean) => ({ id: `e2e-${n}`, article: article(n, archived), mirrorUrls: [], savedAt: Date.UTC(2024, 0, n), updatedAt: Date.UTC(2024, 0, n), read: false, starred: false, archived, tags: [], position: 0 });
  const lines = [
    { format: 'mirror-reader-library', version: 2, exportedAt: new Date().toISOString() },
    { image: { url: IMAGE_URL, type: 'image/jpeg', base64: imageBase64 } },
    { article: saved(1, true) },
    { article: saved(2, false) },
    { end: { articles: 2, images: 1 } },
  ];
  const path = join(dir, 'library.jsonl');
  writeFileSync(path, lines.map((line) => JSON.stringify(line)).join('\n') + '\n');
  return path;
}

/** The status line `id` once its task is done. */
export async function statusOf(options: Page, id: string): Promise<string> {
  await options.waitForFunction((element) => document.getElementById(element)?.getAttribute('aria-busy') === 'false' && document.getElementById(element)!.textContent !== '', id, { timeout: 60_000 });
  return options.locator(`#${id}`).innerText();
}

export function registerLibraryFileTests(ctx: E2eContext): void {
  test('options page: import a library file, export it, "Free space" drops the archived article\'s image (screenshots)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mirror-reader-library-file-'));
    const file = libraryFile(dir);
    for (const language of ['en', 'zh_CN']) {
      const browser = language === 'en' ? ctx.browser : await launchWithExtension(ctx.dist, ctx.server.port, { language });
      try {
        const options = await browser.openExtensionPage('options.html');
        await options.setInputFiles('#import-library', file);
        const imported = await statusOf(options, 'library-status');
        if (language === 'en') assert(imported === 'Imported — new: 2, merged: 0, images: 1.', `import said: ${imported}`);

        if (language === 'en') {
          const [download] = await Promise.all([options.waitForEvent('download'), options.click('#export-library')]);
          assert(/^mirror-reader-\d{4}-\d{2}-\d{2}\.jsonl$/.test(download.suggestedFilename()), `export named ${download.suggestedFilename()}`);
          const lines = readFileSync((await download.path())!, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line));
          assert(lines[0].version === 2 && JSON.stringify(lines.at(-1)) === '{"end":{"articles":2,"images":1}}', `exported ${lines.length} lines, ending ${JSON.stringify(lines.at(-1))}`);
          assert(lines.some((line) => line.image?.base64 === IMAGE_BASE64), 'the stored image is not in the export');
          assert((await statusOf(options, 'library-status')) === 'Library file written: 2 articles.', 'no export summary');
        }

        await options.click('#free-space');
        await options.waitForSelector('#free-space-dialog[open]');
        const question = await options.locator('#free-space-confirm').innerText();
        assert(/1/.test(question), `the confirmation does not count the article: ${question}`);
        await options.screenshot({ path: join(ctx.artifacts, `screen-options-free-space-${language}.png`) });
        await options.click('#free-space-dialog button[value="drop"]');
        const dropped = await statusOf(options, 'storage-status');
        if (language === 'en') assert(/^Dropped the stored images of archived articles \(images: 1, articles: 1\): .+ freed\.$/.test(dropped), `drop said: ${dropped}`);
        await options.click('#free-space');
        const again = await statusOf(options, 'storage-status');
        if (language === 'en') assert(again === 'No archived article has stored images: there is nothing to drop.', `after the drop: ${again}`);
        const persisted = await options.locator('#storage-persisted').innerText();
        ctx.report[`options storage (${language})`] = `${await options.locator('#usage').innerText()} ${persisted}`;
        await options.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await options.waitForTimeout(300);
        await options.screenshot({ path: join(ctx.artifacts, `screen-options-storage-${language}.png`), fullPage: true });
        await options.close();
      } finally {
        if (language !== 'en') await browser.close();
      }
    }
  });
}
