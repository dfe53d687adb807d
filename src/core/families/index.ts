import { registerFamily, type RegisteredFamily } from '../family';
import { djyTable } from './djy-table';
import { feedArchive } from './feed-archive';
import { feedDump } from './feed-dump';
import { feedx } from './feedx';
import { anyPage, generic } from './generic';
import { gfwbreaker, gfwbreakerIndexes } from './gfwbreaker';
import { gfwbreaker2018 } from './gfwbreaker2018';
import { gnewsArchive } from './gnews-archive';
import { minghui } from './minghui';
import { wechatArchive } from './wechat-archive';

/**
 * Families in the order they are tried; the first that recognises a page and reads it (or classifies it)
 * has it. The order is the markers' specificity:
 * - djy-table first: its pages also carry the generator's "手机上长按并复制" share line, which would make them
 *   gfw-breaker pages;
 * - minghui before gfwbreaker: the same generator and footer, plus 明慧's own dateline or site;
 * - gfwbreaker2018 and gfwbreaker: the generator's two footers (each version rejects the other's);
 * - the generator's indexes after its articles: an article page links to the generator's pages too;
 * - feedx: a link-line heading over a feed item, a list page, or a feed post's front matter;
 * - the archives read by the generic reader with their own markers: gnews-archive (an emoji navigation line;
 *   its articles also carry a 轉載自 credit), feed-archive (a headline link line over a date line: a feedx
 *   post's line is over the feed item instead), feed-dump (a feed library's content list printed around the
 *   item), wechat-archive (a 原文来自 credit among the first lines);
 * - generic last: it recognises every page.
 */
export const FAMILIES: readonly RegisteredFamily[] = [
  registerFamily(djyTable),
  registerFamily(minghui),
  registerFamily(gfwbreaker2018),
  registerFamily(gfwbreaker),
  registerFamily(gfwbreakerIndexes),
  registerFamily(feedx),
  registerFamily(gnewsArchive),
  registerFamily(feedArchive),
  registerFamily(feedDump),
  registerFamily(wechatArchive),
  registerFamily(generic),
];

/** The generic reader of a page the reader asked to read anyway, whatever it looks like. */
export const ANY_PAGE: RegisteredFamily = registerFamily(anyPage);
