// Every kind of the host registry (src/core/hosts.ts) through what is derived from it: where an address
// sits (locateMirror), the detector's URL gate, the raw test and the source of a linked file. Addresses
// have the real hosts' shapes (docs/extension.md, "Hosts: one registry").
import { describe, expect, it } from 'vitest';
import { isRawSourceUrl, locateMirror, looksLikeMirrorUrl, sourceUrlFor } from '../../src/core/detect';
import { ALL_CONTENT_ROOTS, mirrorHostOf, THEME_CONTENT_ROOTS } from '../../src/core/hosts';

const FILE = 'gb/19/7/21/n11398898.md';

describe.each([
  {
    kind: 'github',
    blob: `https://github.com/kevelena/djy/blob/master/${FILE}`,
    raw: `https://github.com/kevelena/djy/raw/master/${FILE}`,
    source: `https://raw.githubusercontent.com/kevelena/djy/master/${FILE}`,
    file: `https://github.com/kevelena/djy/blob/master/${FILE}`,
    owner: 'kevelena',
  },
  {
    kind: 'gitlab',
    blob: `https://gitlab.com/mirrors/news/djy/-/blob/main/${FILE}`,
    raw: `https://gitlab.com/mirrors/news/djy/-/raw/main/${FILE}`,
    source: `https://gitlab.com/mirrors/news/djy/-/raw/main/${FILE}`,
    file: `https://gitlab.com/mirrors/news/djy/-/blob/main/${FILE}`,
    owner: 'mirrors/news',
  },
  {
    kind: 'codeberg',
    blob: `https://codeberg.org/kevelena/djy/src/branch/main/${FILE}`,
    raw: `https://codeberg.org/kevelena/djy/raw/branch/main/${FILE}`,
    source: `https://codeberg.org/kevelena/djy/raw/branch/main/${FILE}`,
    file: `https://codeberg.org/kevelena/djy/src/branch/main/${FILE}`,
    owner: 'kevelena',
  },
])('$kind', ({ kind, blob, raw, source, file, owner }) => {
  it('locates the file view and the raw file as one file', () => {
    for (const [url, form] of [[blob, 'blob'], [raw, 'raw']] as const) {
      expect(locateMirror(`${url}?plain=1#L3`)).toEqual({ host: kind, form, owner, repo: 'djy', branch: kind === 'github' ? 'master' : 'main', path: FILE, blobUrl: file });
    }
  });
  it('lets the detector read the file view; the raw file is fetched instead', () => {
    expect(looksLikeMirrorUrl(blob)).toBe(true);
    expect(isRawSourceUrl(blob)).toBe(false);
    expect(looksLikeMirrorUrl(raw)).toBe(true);
    expect(isRawSourceUrl(raw)).toBe(true);
  });
  it('maps a linked file view to its raw source, and keeps a raw address', () => {
    expect(sourceUrlFor(`${blob}?plain=1#L3`)).toBe(source);
    expect(sourceUrlFor(`${raw}#L3`)).toBe(raw);
  });
});

describe('raw.githubusercontent.com and jsDelivr', () => {
  it.each([
    [`https://raw.githubusercontent.com/kevelena/djy/master/${FILE}`, 'githubusercontent', 'raw'],
    [`https://cdn.jsdelivr.net/gh/kevelena/djy@master/${FILE}`, 'jsdelivr', 'cdn'],
  ])('%s: a raw file of the github.com blob', (url, kind, form) => {
    expect(locateMirror(url)).toMatchObject({ host: kind, form, owner: 'kevelena', repo: 'djy', branch: 'master', path: FILE, blobUrl: `https://github.com/kevelena/djy/blob/master/${FILE}` });
    expect(looksLikeMirrorUrl(url)).toBe(true);
    expect(isRawSourceUrl(url)).toBe(true);
    expect(sourceUrlFor(url)).toBe(url);
  });
});

describe.each([
  ['github-pages', 'https://nodebe4.github.io/news-beyond-wall/2021/07/01/post.html', 'nodebe4'],
  ['gitlab-pages', 'https://mirrors.gitlab.io/news/2021/07/01/%E6%96%B0%E9%97%BB.html', 'mirrors'],
  ['codeberg-pages', 'https://kevelena.codeberg.page/djy/gb/19/7/21/n11398898.html', 'kevelena'],
])('%s', (kind, url, owner) => {
  it('locates every path of the site as a page, fetched as it is', () => {
    const location = locateMirror(`${url}#top`);
    expect(location).toMatchObject({ host: kind, form: 'pages', owner, blobUrl: url });
    expect(location.path).toBe(decodeURIComponent(new URL(url).pathname));
    expect(looksLikeMirrorUrl(url)).toBe(true);
    expect(isRawSourceUrl(url)).toBe(false);
    expect(sourceUrlFor(`${url}#top`)).toBe(url);
  });
  it('reads the page with the Jekyll themes\' content roots', () => {
    expect(mirrorHostOf(new URL(url).hostname)?.contentRoots).toEqual(THEME_CONTENT_ROOTS);
  });
});

describe('what is no mirrored file', () => {
  it.each([
    'https://gitlab.com/mirrors/news/djy/-/issues/3',
    'https://gitlab.com/mirrors/news/djy',
    'https://gitlab.com/mirrors/-/blob/main/a.md',
    'https://codeberg.org/kevelena/djy',
    'https://codeberg.org/kevelena/djy/src/branch/main',
    'https://codeberg.org/kevelena/djy/issues/3',
    'https://github.com/kevelena/djy/tree/master/gb',
    'https://github.io/news.html',
    'https://gitlab.io/news.html',
    'https://codeberg.page/news.html',
    'https://evilcodeberg.org/kevelena/djy/src/branch/main/a.md',
    'https://codeberg.org.example.com/kevelena/djy/src/branch/main/a.md',
  ])('%s', (url) => {
    expect(looksLikeMirrorUrl(url)).toBe(false);
    expect(isRawSourceUrl(url)).toBe(false);
    expect(sourceUrlFor(url)).toBe(url);
  });
  it.each(['https://gitlab.com/mirrors/news/djy/-/blob/main/src/index.ts', 'https://codeberg.org/kevelena/djy/src/branch/main/gb/19'])('%s: a file view, of no article', (url) => {
    expect(locateMirror(url).form).toBe('blob');
    expect(looksLikeMirrorUrl(url)).toBe(false);
  });
  it('keeps a forge page that is no file as a page of its host', () => {
    expect(locateMirror('https://gitlab.com/mirrors/news/djy/-/issues/3')).toMatchObject({ host: 'gitlab', form: 'other', owner: '', blobUrl: 'https://gitlab.com/mirrors/news/djy/-/issues/3' });
    expect(locateMirror('https://example.com/news/a.md')).toMatchObject({ host: 'other', form: 'other', path: '/news/a.md' });
  });
});

describe('content roots', () => {
  it('looks in the forges\' rendered files, then in their code views, before the themes\' roots', () => {
    expect(ALL_CONTENT_ROOTS.slice(0, 3)).toEqual(['article.markdown-body', 'div.file-content.md', 'div.file-view.markup']);
    expect(ALL_CONTENT_ROOTS.slice(3, 5)).toEqual(['textarea#read-only-cursor-text-area', 'div.file-view.code-view']);
    expect(ALL_CONTENT_ROOTS.slice(5)).toEqual(THEME_CONTENT_ROOTS);
  });
});
