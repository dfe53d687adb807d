import { describe, expect, it } from 'vitest';
import { siteOfSavedFile } from '../../../src/core/meta/metadata-table';

// project-polymorph/news-website names each saved page's file by the page's title, the site's name after its last " - ".
describe('siteOfSavedFile', () => {
  it.each([
    ['www_“日有所思，夜有所梦”_戏剧人专访_-_ELLE中文网.md', 'ELLE中文网'],
    ['www_表演藝術新潮流不為人知的變裝藝術家_-_PeoPo_公民新聞.md', 'PeoPo 公民新聞'],
    // An underscore read as emphasis by the renderer.
    ['www_“某某”戏剧人某某专访-_ELLE中文网.md', 'ELLE中文网'],
    ['www_某某报道_-_ETtoday.md', 'ETtoday'],
    ['www_某某报道_-_芋傳媒.md', '芋傳媒'],
  ])('%s names %s', (file, site) => expect(siteOfSavedFile(file)).toBe(site));

  it.each([
    // A section, a headline's second half, no suffix at all.
    'www_韩国男星某某扮演跨性别女性引争议-_人物.md',
    'www_香港某某_-_香港法律保障不足變性跨性別人士被視作精神病.md',
    'zh_买激素比买毒药难中国跨女掀自杀潮.md',
  ])('%s names no site', (file) => expect(siteOfSavedFile(file)).toBeNull());
});
