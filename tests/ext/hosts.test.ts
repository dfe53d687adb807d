import { describe, expect, it } from 'vitest';
import { isRawSourceUrl, sourceUrlFor } from '../../src/core/detect';

describe('raw source URLs (fetched by the extension itself)', () => {
  it.each([
    ['https://raw.githubusercontent.com/kevelena/djy/master/gb/19/4/30/n11223652.md', true],
    ['https://cdn.jsdelivr.net/gh/kevelena/djy@master/README.md', true],
    ['https://gitlab.com/a/b/-/raw/main/x.md', true],
    ['https://github.com/kevelena/djy/blob/master/README.md', false],
    ['https://kevelena.github.io/djy/x.html', false],
  ])('%s → %s', (url, expected) => expect(isRawSourceUrl(url)).toBe(expected));
});

describe('the source behind a linked mirror', () => {
  it('maps a github.com blob link to its raw file, dropping query and fragment', () => {
    expect(sourceUrlFor('https://github.com/o/r/blob/master/gb/a%20b.md?plain=1#L3')).toBe('https://raw.githubusercontent.com/o/r/master/gb/a%20b.md');
  });
  it('maps a GitLab blob link to its raw file', () => {
    expect(sourceUrlFor('https://gitlab.com/g/sub/r/-/blob/main/a.md')).toBe('https://gitlab.com/g/sub/r/-/raw/main/a.md');
  });
  it('keeps other pages as they are, without the fragment', () => {
    expect(sourceUrlFor('https://o.github.io/r/a.html#top')).toBe('https://o.github.io/r/a.html');
  });
});
