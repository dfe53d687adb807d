import { isBlockElement } from '../clean/blocks';
import { childElements, descendantsByTag, firstDescendant } from '../dom';
import type { Step } from '../family';
import { isDateOnly, parseChineseDate, parseLooseDate } from '../meta/date';
import { collapseWhitespace } from '../text';
import { generatorArticleFamily } from './gfw-breaker-generator';

// The generator's 2018 version (banned-news): 美国之音, 路透, 大纪元, 新唐人. No share block: the article
// ends with 原文链接：URL. 美国之音 pages open with the site's "published" block (a date and time, China
// time) and a dateline span ("华盛顿 —") before the first paragraph; 路透 pages scatter empty <h3>s and
// date their dateline without a year ("路透华盛顿8月31日"), which leaves them undated.

// "华盛顿 —": a place and a dash, ahead of the first paragraph.
const DATELINE_RUN = /^[\p{Script=Han}A-Za-z·.\s]{1,20}[—–-]{1,2}$/u;

/** The leading block that holds only the publication date ("2018年9月5日 07:45"): read it, then drop it. */
function takeDateBlock(body: Element): string | null {
  for (const block of childElements(body)) {
    const text = collapseWhitespace(block.textContent ?? '');
    if (!text) continue;
    if (!isDateOnly(text)) return null;
    const published = parseLooseDate(descendantsByTag(block, ['time']).find((time) => time.hasAttribute('datetime'))?.getAttribute('datetime') ?? '') ?? parseChineseDate(text);
    block.remove();
    return published;
  }
  return null;
}

/** Move a loose dateline ("华盛顿 —") into the paragraph it opens, as the site shows it. */
function mergeDatelineIntoFirstParagraph(body: Element): void {
  const first = firstDescendant(body, 'p');
  if (!first) return;
  const run: ChildNode[] = [];
  for (let node = first.previousSibling; node && !isBlockElement(node); node = node.previousSibling) run.unshift(node);
  const text = collapseWhitespace(run.map((n) => n.textContent ?? '').join(''));
  if (!text || !DATELINE_RUN.test(text)) return;
  for (const node of run) node.remove();
  first.prepend(`${text} `);
}

const reshape: readonly Step<unknown>[] = [
  ({ body, notes }) => {
    notes.published = takeDateBlock(body);
  },
  ({ body }) => mergeDatelineIntoFirstParagraph(body),
];

export const gfwbreaker2018 = generatorArticleFamily('gfwbreaker2018', {
  footerMarkers: [/^\s*原文链接\s*[：:]/u],
  // The later generator's share block means a later page that merely quotes a 原文链接.
  rejectFooter: /手机上长按并复制|原文地址（需翻墙访问）/,
  reshape,
});
