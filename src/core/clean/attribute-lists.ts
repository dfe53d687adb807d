import { descendantsByTag, HEADING_TAGS, textNodesIn } from '../dom';

// Attribute lists of the Markdown a wiki or site engine renders (Wiki.js, kramdown, markdown-it-attrs, Python-Markdown's
// attr_list under MkDocs): a class after a block's text, "# Tabs {.tabset}", "> 以下文本为音频转录结果… {.is-warning}",
// "- [链接](…) {.links-list}", an anchor or an attribute, "## 正文 { data-search-exclude }" (MkDocs Material's mark of a
// block its search leaves out), "{ #lead }", "{ width=\"300\" }". The engine reads them as markup; GitHub and our
// renderer show them as text.

/** One entry of a list: a class or an id, a bare data-* attribute, or a name=value pair; every run bounded. */
const ATTRIBUTE = '(?:[.#][A-Za-z][\\w-]{0,40}|data-[\\w-]{1,40}|[A-Za-z][\\w-]{0,20}=(?:"[^"\\n]{0,80}"|\'[^\'\\n]{0,80}\'|[^\\s"\'{}]{1,80}))';
/**
 * "{.tabset}", "{: .is-warning}", "{.a .b}", "{ data-search-exclude }": a block's text from its last brace on. Anchored
 * at that brace, so that the pattern runs once, from one place.
 */
const ATTRIBUTE_LIST = new RegExp(`^\\{:?\\s{0,4}${ATTRIBUTE}(?:\\s{1,4}${ATTRIBUTE}){0,4}\\s{0,4}\\}$`, 'u');
/** A heading whose sub-headings the engine shows as tabs ("# Tabs {.tabset}", then "## B站", "## YouTube"…). */
const TABSET = /\{:?\s{0,4}\.tabset\s{0,4}\}\s{0,8}$/;
/** Only this much of a block's end is read for an attribute list. */
const TAIL_CHARS = 300;

const BLOCKS = [...HEADING_TAGS, 'p', 'li', 'blockquote', 'dd', 'dt', 'td', 'th'];

function headingLevel(el: Element): number {
  return HEADING_TAGS.indexOf(el.localName) + 1;
}

/** The last text node under `el` that holds more than whitespace. */
function lastText(el: Element): Text | null {
  return textNodesIn(el).findLast((node) => node.data.trim() !== '') ?? null;
}

/**
 * A tabset's tabs whose panels hold no text (a video player, a podcast box: gone with their embeds) are labels
 * of nothing: the tabset heading goes, and each such tab with its empty panel, up to the first tab with text or
 * the empty heading that closes the tabset. Levels are not compared: a host may shift the article's headings.
 */
function removeEmptyTabs(tabset: Element): void {
  let tab = tabset.nextElementSibling;
  tabset.remove();
  while (tab && headingLevel(tab) > 0 && tab.textContent?.trim()) {
    const panel: Element[] = [];
    let next = tab.nextElementSibling;
    while (next && headingLevel(next) === 0) {
      panel.push(next);
      next = next.nextElementSibling;
    }
    if (panel.some((block) => block.textContent?.trim())) return;
    for (const gone of [tab, ...panel]) gone.remove();
    tab = next;
  }
}

/** `text` without the attribute list closing it ("行政院「…」委託研究報告 { data-search-exclude }"). */
export function withoutAttributeList(text: string): string {
  const tail = text.trimEnd().slice(-TAIL_CHARS);
  const open = tail.lastIndexOf('{');
  return open >= 0 && ATTRIBUTE_LIST.test(tail.slice(open)) ? text.trimEnd().slice(0, -(tail.length - open)).trimEnd() : text;
}

/** Remove tabsets' empty tabs, then every attribute list left at the end of a block's text. */
export function removeAttributeLists(root: Element): void {
  if (!root.textContent?.includes('{')) return;
  for (const heading of descendantsByTag(root, HEADING_TAGS)) {
    if (root.contains(heading) && TABSET.test((heading.textContent ?? '').slice(-TAIL_CHARS))) removeEmptyTabs(heading);
  }
  for (const block of descendantsByTag(root, BLOCKS)) {
    const text = lastText(block);
    // Braces in code are the code's.
    if (!text || text.parentElement?.closest('code, pre')) continue;
    const kept = withoutAttributeList(text.data);
    if (kept !== text.data) text.data = kept;
  }
}

