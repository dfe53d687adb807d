// Helpers of the classification of pages no family claims; the pages themselves (a tool's README, a generator
// script, an about page, a link list, an issue thread, a mirror's index) are page folders in tests/pages/generic.
import { describe, expect, it } from 'vitest';
import { repositoryLinkUrl } from '../../src/core/classify';
import type { SourcePage } from '../../src/core/page';

describe('repositoryLinkUrl', () => {
  const blobPage = { form: 'blob', location: { host: 'github', form: 'blob', owner: 'o', repo: 'r', branch: 'main', path: 'lists/a.md', blobUrl: 'https://github.com/o/r/blob/main/lists/a.md' } } as SourcePage;
  const rawPage = { ...blobPage, form: 'raw' } as SourcePage;
  const pagesPage = { form: 'html', location: { host: 'github-pages', form: 'pages', owner: 'o', repo: '', branch: '', path: '/r/lists/a.html', blobUrl: 'https://o.github.io/r/lists/a.html' } } as SourcePage;

  it('resolves "/path" in a file from the repository root', () => {
    expect(repositoryLinkUrl('/lists/b.md', rawPage)).toBe('https://github.com/o/r/blob/main/lists/b.md');
    expect(repositoryLinkUrl('/lists/b.md', blobPage)).toBe('https://github.com/o/r/blob/main/lists/b.md');
  });

  it('keeps github.com’s own rewriting of such links, and relative links, as they are', () => {
    expect(repositoryLinkUrl('/o/r/blob/main/lists/b.md', blobPage)).toBe('https://github.com/o/r/blob/main/lists/b.md');
    expect(repositoryLinkUrl('b.md', rawPage)).toBe('https://github.com/o/r/blob/main/lists/b.md');
  });

  it('resolves an HTML page’s links as a browser does', () => {
    expect(repositoryLinkUrl('/lists/b.html', pagesPage)).toBe('https://o.github.io/lists/b.html');
  });
});
