// The family contract's promise to the families after it: reading a page, whatever the outcome, leaves the
// page as served. Each family cleans its own copy, so one that recognises a page and then gives up (a
// generator page with no text, say) hands the next family the page it was given.
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/core';
import { locateMirror } from '../../src/core/detect';
import { FAMILIES } from '../../src/core/families';
import { pageFromSource } from '../../src/core/forms/raw';
import type { SourcePage } from '../../src/core/page';
import { loadCorpus, loadSeeds, rawUrlOf } from '../helpers/corpus';

const win = window as unknown as Window & typeof globalThis;

function pageOf(source: string, url: string): SourcePage {
  const reading = pageFromSource(source, locateMirror(url), win);
  if (!('page' in reading)) throw new Error(reading.reason);
  return reading.page;
}

// The gfw-breaker generator's page when it found no article on the site: its title, a "-", its footer.
const EMPTY_GENERATOR_PAGE = [
  '### 习近平会见外宾',
  '------------------------',
  '',
  '-',
  '<hr/>',
  '手机上长按并复制下列链接或二维码分享本文章：<br/>',
  'https://github.com/some-mirror/banned-news/blob/master/pages/p1/1.md <br/>',
  '原文地址（需翻墙访问）：https://www.secretchina.com/news/gb/2021/12/16/1.html',
].join('\n');

describe('every family', () => {
  it('leaves a page it recognises and gives up on as it was', () => {
    const page = pageOf(EMPTY_GENERATOR_PAGE, 'https://raw.githubusercontent.com/some-mirror/banned-news/master/pages/p1/1.md');
    const served = page.body.innerHTML;
    const gfwbreaker = FAMILIES.find((family) => family.id === 'gfwbreaker');
    expect(gfwbreaker?.read(page)).toEqual({ kind: 'draft', draft: null });
    expect(page.body.innerHTML).toBe(served);
  });

  const pages = [...loadSeeds(), ...loadCorpus()];
  it.each(pages.map((page) => [page.name, page] as const))('leaves %s as served, whatever it reads there', (_name, corpusPage) => {
    const page = pageOf(decodeBytes(corpusPage.bytes), rawUrlOf(corpusPage.url));
    const served = page.body.innerHTML;
    for (const family of FAMILIES) {
      family.read(page);
      expect(page.body.innerHTML, family.id).toBe(served);
    }
  });
});
