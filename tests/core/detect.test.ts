import { describe, expect, it } from 'vitest';
import { locateMirror, looksLikeMirrorUrl } from '../../src/core/detect';

describe('looksLikeMirrorUrl', () => {
  it.each([
    'https://github.com/kevelena/djy/blob/master/gb/19/7/21/n11398898.md',
    'https://raw.githubusercontent.com/kevelena/djy/master/gb/19/7/21/n11398898.md',
    'https://github.com/kevelena/djy/raw/master/gb/19/7/21/n11398898.md',
    'https://cdn.jsdelivr.net/gh/kevelena/djy@master/gb/19/7/21/n11398898.md',
    'https://nodebe4.github.io/news-beyond-wall/2021/07/01/post.html',
    'https://gitlab.com/someone/news/-/blob/main/pages/a.md',
    // The manifest ran the detector on these hosts, but their addresses were not known (issue #10).
    'https://codeberg.org/someone/news/src/branch/main/pages/a.md',
    'https://someone.gitlab.io/news/2021/07/01/post.html',
    // Archives keep transcripts and articles as plain text, which the forges show as code.
    'https://github.com/some-mirror/txt/blob/master/2019/10/20191009.txt',
    'https://raw.githubusercontent.com/some-mirror/show-subtitles/master/legacy/201906/t007.srt',
  ])('accepts %s', (url) => expect(looksLikeMirrorUrl(url)).toBe(true));

  it.each([
    'https://github.com/kevelena/djy',
    'https://github.com/kevelena/djy/issues/3',
    'https://github.com/kevelena/djy/blob/master/src/index.ts',
    'https://github.com/kevelena/djy/blob/master/requirements.txt.orig',
    'https://example.com/news/a.md',
    'not a url',
  ])('rejects %s', (url) => expect(looksLikeMirrorUrl(url)).toBe(false));
});

describe('locateMirror', () => {
  it('maps every raw form to the canonical blob URL', () => {
    const blob = 'https://github.com/NodeBE4/news-beyond-wall/blob/master/_posts/2021-07-01-%5BWorld%5D%20%E7%BE%8E.md';
    for (const url of [
      'https://raw.githubusercontent.com/NodeBE4/news-beyond-wall/master/_posts/2021-07-01-%5BWorld%5D%20%E7%BE%8E.md',
      'https://github.com/NodeBE4/news-beyond-wall/raw/master/_posts/2021-07-01-[World] 美.md',
      'https://cdn.jsdelivr.net/gh/NodeBE4/news-beyond-wall@master/_posts/2021-07-01-%5BWorld%5D%20%E7%BE%8E.md',
      `${blob}#heading`,
    ]) {
      const location = locateMirror(url);
      expect(location.blobUrl).toBe(blob);
      expect(location.path).toBe('_posts/2021-07-01-[World] 美.md');
    }
  });
});
