import { registerFamily, type RegisteredFamily } from '../family';
import { djyTable } from './djy-table';
import { feedx } from './feedx';
import { anyPage, generic } from './generic';
import { gfwbreaker, gfwbreakerIndexes } from './gfwbreaker';
import { gfwbreaker2018 } from './gfwbreaker2018';
import { minghui } from './minghui';

/**
 * Families in the order they are tried; the first that recognises a page and reads it (or classifies it)
 * has it. The order is the markers' specificity:
 * - djy-table first: its pages also carry the generator's "手机上长按并复制" share line, which would make them
 *   gfw-breaker pages;
 * - minghui before gfwbreaker: the same generator and footer, plus 明慧's own dateline or site;
 * - gfwbreaker2018 and gfwbreaker: the generator's two footers (each version rejects the other's);
 * - the generator's indexes after its articles: an article page links to the generator's pages too;
 * - feedx: a link-line heading over a feed item, a list page, or a feed post's front matter;
 * - generic last: it recognises every page.
 */
export const FAMILIES: readonly RegisteredFamily[] = [
  registerFamily(djyTable),
  registerFamily(minghui),
  registerFamily(gfwbreaker2018),
  registerFamily(gfwbreaker),
  registerFamily(gfwbreakerIndexes),
  registerFamily(feedx),
  registerFamily(generic),
];

/** The generic reader of a page the reader asked to read anyway, whatever it looks like. */
export const ANY_PAGE: RegisteredFamily = registerFamily(anyPage);
