// The tab reader's related links: saved copies open in the reader, mirrors stay mirrors, links to an
// outlet's own site are marked as likely blocked; saved, mirrors, originals, each in the page's order.
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./browser-fake')).browserFake }));
const library = vi.hoisted(() => ({ findByUrl: vi.fn() }));
vi.mock('../../src/ui/shared/library', () => ({ library: async () => library }));
const { relatedItem, relatedLinks } = await import('../../src/ui/reader/related');

const readerUrl = (id: string): string => `reader.html?id=${id}`;
const ORIGINAL = 'https://www.epochtimes.com/gb/22/1/31/n1.htm';
const SAVED_ORIGINAL = 'https://www.epochtimes.com/gb/22/1/30/n2.htm';
const MIRROR = 'https://github.com/some-account/djy/blob/master/gb/22/1/29/n3.md';
const ELSEWHERE = 'https://example.org/post';

beforeEach(() => {
  library.findByUrl.mockReset().mockImplementation(async (url: string) => (url === SAVED_ORIGINAL ? { id: 'saved-2' } : undefined));
});

describe('relatedLinks', () => {
  it('puts saved copies first (opening in the reader), then mirrors, then originals, marking outlets\' own sites', async () => {
    const links = await relatedLinks(
      [
        { title: '原站', url: ORIGINAL },
        { title: '别处', url: ELSEWHERE },
        { title: '镜像', url: MIRROR },
        { title: '已存', url: SAVED_ORIGINAL },
      ],
      readerUrl,
    );
    expect(links.map(({ title, href, reach, likelyBlocked }) => [title, href, reach, likelyBlocked])).toEqual([
      ['已存', 'reader.html?id=saved-2', 'saved', false],
      ['镜像', MIRROR, 'mirror', false],
      ['原站', ORIGINAL, 'original', true],
      ['别处', ELSEWHERE, 'original', false],
    ]);
    const [saved, , blocked] = links.map(relatedItem);
    expect(saved!.querySelector('a')!.hasAttribute('target')).toBe(false);
    expect(saved!.textContent).toBe('已存 · relatedSaved');
    expect(blocked!.querySelector('a')!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(blocked!.textContent).toBe('原站 · relatedLikelyBlocked');
  });

  it('looks up a bounded number of links, each once', async () => {
    const many = Array.from({ length: 200 }, (_, i) => ({ title: `第${i}篇`, url: `${ELSEWHERE}/${i % 100}` }));
    const links = await relatedLinks(many, readerUrl);
    expect(links).toHaveLength(30);
    expect(library.findByUrl).toHaveBeenCalledTimes(30);
  });
});
