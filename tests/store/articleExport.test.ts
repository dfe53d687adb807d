import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { describe, expect, test } from 'vitest';
import { articleFragment, sanitizeArticleHtml, sanitizeForeignArticleHtml } from '../../src/core/sanitize';
import { ENGLISH_LABELS } from '../../src/store/articleExport';
import { bodyToMarkdown } from '../../src/store/markdown';
import { CAMO, exportSample, freshLibrary, HOSTILE_TITLE, imageFile, makeArticle, MISSING, STORED } from './fixtures';

async function savedSample() {
  const { library } = await freshLibrary();
  const saved = await library.save(exportSample(), [imageFile(STORED, 4, 3, 'image/png')]);
  await library.update(saved.id, { tags: ['经济'] });
  return { library, id: saved.id };
}

describe('one article as a file, as the reader reads it', () => {
  const CHINESE_LABELS = { original: '原文', mirror: '镜像', image: (alt: string) => (alt ? `图片：${alt}` : '图片') };

  test('in the reader\'s script (简→繁): title, outlet, author, body and captions converted, lang to match; addresses untouched', async () => {
    const { library, id } = await savedSample();
    const html = await library.exportArticle(id, 'single-html', { script: 'traditional', labels: CHINESE_LABELS });
    const doc = new JSDOM(html).window.document;
    expect(doc.documentElement.lang).toBe('zh-Hant');
    expect(doc.querySelector('h1')?.textContent).toBe(HOSTILE_TITLE.replace('标题', '標題'));
    expect(doc.querySelector('.meta')?.textContent).toBe('大紀元 · 2022-01-01 · 記者 <b>王</b>');
    expect(doc.querySelector('article h2')?.textContent).toBe('小標題');
    expect(doc.querySelector('figcaption')?.textContent).toBe('說明');
    const link = (href: string) => [...doc.querySelectorAll('article a')].find((a) => a.getAttribute('href') === href)?.textContent;
    expect(link('https://example.org/x?a=1&b=2')).toBe('鏈接');
    expect(link(MISSING)).toBe('图片：圖二');
    expect(doc.querySelector('img')?.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    const markdown = await library.exportArticle(id, 'markdown', { script: 'traditional', labels: CHINESE_LABELS });
    expect(markdown).toContain('outlet: "大紀元"');
    expect(markdown).toContain('第一段，**重點**和[鏈接](https://example.org/x?a=1\\&b=2)。');
  });

  test('its labels in the reader\'s language: original, mirror and image links', async () => {
    const { library, id } = await savedSample();
    const doc = new JSDOM(await library.exportArticle(id, 'html', { labels: CHINESE_LABELS })).window.document;
    expect([...doc.querySelectorAll('header a')].map((a) => a.textContent)).toEqual(['原文', '镜像']);
    expect(doc.querySelector(`a[href="${MISSING}"]`)?.textContent).toBe('图片：图二');
    expect(doc.documentElement.lang).toBe('zh-Hans');
    const markdown = await library.exportArticle(id, 'markdown', { labels: CHINESE_LABELS });
    expect(markdown).toContain(`[图片：图一](${CAMO})`);
  });
});

describe('one article as a file', () => {
  test('Markdown with YAML front matter', async () => {
    const { library, id } = await savedSample();
    const markdown = await library.exportArticle(id, 'markdown');
    const [, frontMatter, body] = markdown.split(/^---$/m);
    // YAML double-quoted strings (JSON), with every character Markdown or HTML would read as syntax as a \u escape.
    const field = (key: string) => JSON.parse(new RegExp(`^${key}: (.*)$`, 'm').exec(frontMatter!)![1]!);
    expect(field('title')).toBe(HOSTILE_TITLE);
    expect(frontMatter).not.toMatch(/[<>]/);
    expect(frontMatter).toContain('outlet: "大纪元"');
    expect(frontMatter).toContain('published: "2022-01-01"');
    expect(frontMatter).toContain('author: "记者 \\u003cb\\u003e王\\u003c/b\\u003e"');
    expect(frontMatter).toContain('original: "https://www.epochtimes.com/gb/22/1/1/n1.htm?a=1&b=2"');
    expect(frontMatter).toMatch(/mirror: "https:\/\/github.com\/.+"/);
    expect(frontMatter).toContain('tags: ["经济"]');
    expect(body).toContain('## 小标题');
    expect(body).toContain('# \\</title\\>\\<script\\>alert(1)\\</script\\>"标题"');
    expect(body).toContain('第一段，**重点**和[链接](https://example.org/x?a=1\\&b=2)。');
    // Images are links: opening the file loads nothing.
    expect(body).toContain(`[Image: 图一](${CAMO})`);
    expect(body).not.toContain('![');
    expect(body).toContain('- 一');
    expect(body).toContain('> 引文');
  });

  test('clean HTML: a strict CSP, every piece of metadata escaped, the body as stored, images as links', async () => {
    const { library, id } = await savedSample();
    const html = await library.exportArticle(id, 'html');
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toMatch(/^default-src 'none'; img-src data:;/);
    expect(doc.title).toBe(HOSTILE_TITLE);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelector('h1')?.textContent).toBe(HOSTILE_TITLE);
    expect(doc.querySelector('.meta')?.textContent).toBe('大纪元 · 2022-01-01 · 记者 <b>王</b>');
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('https://www.epochtimes.com/gb/22/1/1/n1.htm?a=1&b=2');
    expect(doc.querySelector('article strong')?.textContent).toBe('重点');
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    const imageLinks = [...doc.querySelectorAll('article > a, figure > a, p > a')].filter((a) => a.textContent!.startsWith('Image'));
    expect(imageLinks.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([['Image: 图一', CAMO], ['Image: 图二', MISSING]]);
  });

  test('single-file HTML: stored images inlined, nothing left to fetch', async () => {
    const { library, id } = await savedSample();
    const html = await library.exportArticle(id, 'single-html');
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toMatch(/img-src data:;/);
    const [stored, ...others] = [...doc.querySelectorAll('img')];
    expect(stored?.getAttribute('src')).toBe(`data:image/png;base64,${btoa('\x04\x04\x04')}`);
    expect(stored?.getAttribute('alt')).toBe('图一');
    expect(others).toHaveLength(0);
    expect(doc.querySelector(`a[href="${MISSING}"]`)?.textContent).toBe('Image: 图二');
    expect(html).not.toContain(CAMO);
  });
});

describe('article HTML checks', () => {
  const win = new JSDOM('').window as unknown as Window & typeof globalThis;

  test("the core sanitiser's output passes the import check unchanged", () => {
    const dirty =
      '<h1 onclick="x()">T</h1><p style="color:red">a &amp; b &lt; c<br>d</p><a href="https://a.org/?q=1&x=2">l</a><img src="https://a.org/i.jpg" data-canonical-src="https://a.org/c.jpg" alt="a &quot;b&quot; >">' +
      '<table><tr><td colspan="2">t</td></tr></table><ruby>漢<rt>hàn</rt></ruby><script>alert(1)</script><iframe src="https://evil"></iframe><a href="javascript:alert(1)">x</a>';
    const clean = sanitizeArticleHtml(dirty, win);
    expect(sanitizeForeignArticleHtml(clean, win)).toBe(clean);
    expect(clean).toContain('<td colspan="2">');
  });

  test.each([
    '<script>alert(1)</script>',
    '<img src="x" onerror="alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
    '<a href=" JaVaScRiPt:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href="java&Tab;script:alert(1)">x</a>',
    '<iframe src="https://evil.example"></iframe>',
    '<svg><script>alert(1)</script></svg>',
    '<p style="background:url(https://tracker.example)">x</p>',
    '<!-- comment --><p>x</p>',
    '<p <img src=x onerror=alert(1)>',
    '<a href="https://ok.example" target="_top">x</a>',
    '<p title\u00a0=\u00a0"x><meta http-equiv=refresh content=0;url=https://attacker.example/>">x</p>',
  ])('refuses %s', (html) => {
    expect(sanitizeForeignArticleHtml(html, win)).toBeNull();
  });

  test('Markdown escapes what would become formatting', () => {
    expect(bodyToMarkdown(articleFragment('<p>1*2*3 [x](y) <b>粗</b></p><pre><code>a*b</code></pre>', win), ENGLISH_LABELS)).toBe('1\\*2\\*3 \\[x\\](y) **粗**\n\n```\na*b\n```');
  });
});

describe('Markdown is inert by construction (rendered by markdown-it with raw HTML on)', () => {
  const live = (markdown: string): string[] => {
    const holder = document.createElement('div');
    holder.innerHTML = new MarkdownIt({ html: true }).render(markdown);
    return Array.from(holder.querySelectorAll('*')).flatMap((el) => [
      ...(['img', 'script', 'iframe', 'meta', 'svg', 'style', 'link'].includes(el.localName) ? [`<${el.localName}>`] : []),
      ...Array.from(el.attributes, (a) => a.name).filter((name) => /^on/i.test(name)).map((name) => `${name} on <${el.localName}>`),
      ...(el.localName === 'a' && !/^https?:/.test(el.getAttribute('href') ?? '') ? [`link to ${el.getAttribute('href')}`] : []),
    ]);
  };
  const HANDLER = '<img src=x onerror=alert(1)>';

  async function exported(overrides: Parameters<typeof makeArticle>[0]): Promise<string> {
    const { library } = await freshLibrary();
    const saved = await library.save(makeArticle(overrides));
    return library.exportArticle(saved.id, 'markdown');
  }

  test.each([
    ['the title', { title: `标题${HANDLER}` }],
    ['the metadata', { author: HANDLER, outlet: `![x](https://attacker.example/pixel.gif)` }],
    ['a line of ``` inside <pre>', { contentHtml: `<pre>代码\n\`\`\`\n${HANDLER}\n\`\`\`\n</pre><p>后文</p>` }],
    ['backticks inside inline code', { contentHtml: `<p><code>a\`\` \`${HANDLER}</code> 与 <code>\`</code>${HANDLER.replace(/</g, '&lt;')}\`</p>` }],
    ['"!" before a link', { contentHtml: '<p>看!<a href="https://attacker.example/pixel.gif">图</a></p>' }],
    ['a javascript: link', { contentHtml: '<p><a href="javascript:alert(1)">点</a></p>' }],
    ['the lead image URL and alt', {
      leadImage: { canonicalUrl: `https://a.example/x.jpg>${HANDLER}`, loadedUrl: 'https://a.example/x.jpg', alt: `](javascript:alert(1)) ${HANDLER}`, caption: '' },
    }],
    ['an image in the body', { contentHtml: '<p><img src="https://attacker.example/pixel.gif" alt="]) <img src=x onerror=alert(1)>"></p>' }],
  ])('%s', async (_name, overrides) => {
    const markdown = await exported(overrides);
    expect(live(markdown)).toEqual([]);
    expect(markdown).not.toMatch(/(?<!\\)!\[/); // "!" before a link only escaped
  });

  test('the checks can fail', () => {
    expect(live(`# ${HANDLER}\n\n![a](https://x.example/a.gif) [b](javascript:x)`)).toEqual(['<img>', 'onerror on <img>', '<img>']);
  });

  test('code keeps its text: the fence and the span are longer than any backtick run inside', async () => {
    const markdown = await exported({ contentHtml: '<pre>a\n````\nb</pre><p><code>x``y</code></p>' });
    expect(markdown).toContain('`````\na\n````\nb\n`````');
    expect(markdown).toContain('```x``y```');
    const holder = document.createElement('div');
    holder.innerHTML = new MarkdownIt({ html: true }).render(markdown);
    expect(holder.querySelector('pre')?.textContent).toBe('a\n````\nb\n');
    expect(holder.querySelector('p code')?.textContent).toBe('x``y');
  });
});
