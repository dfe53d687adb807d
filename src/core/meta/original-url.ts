import { linksIn } from '../dom';

// Where the mirrored article was first published, as the mirror pages credit it.

// 本文转自…浏览原文, 原文地址（需翻墙访问）：URL, 原文链接：URL, 原文：URL
// Found in two steps, each linear: the labels, then (sticky, from each label's end) an optional note, a
// colon and the URL, every run bounded. As one pattern with unbounded runs, "原文（" repeated 30,000
// times froze a tab for 24 s.
const CREDIT_TEXT_LABEL = /原文地址|原文链接|原文網址|原文连结|原文|浏览原文|瀏覽原文|来源|來源/gu;
const CREDIT_TEXT_URL = /\s{0,8}(?:[（(][^）)]{0,40}[）)])?\s{0,8}[：:]?\s{0,8}(https?:\/\/\S{1,2048})/uy;
/** Closing punctuation a credited URL runs into in Chinese text. */
const URL_TRAILER = new Set(['）', ')', '】', '」', '》', ',', '，', '。', ';', '；']);

export function isHttpUrl(value: string): boolean {
  return /^https?:\/\/[^\s/]+\.[^\s/]+/i.test(value);
}

function creditedUrl(text: string): string | undefined {
  for (const label of text.matchAll(CREDIT_TEXT_LABEL)) {
    CREDIT_TEXT_URL.lastIndex = label.index + label[0].length;
    const url = CREDIT_TEXT_URL.exec(text)?.[1];
    if (url) return url;
  }
  return undefined;
}

/** The credited original URL in a text such as "原文地址（需翻墙访问）：https://…". */
export function originalUrlInText(text: string): string | null {
  const url = creditedUrl(text);
  if (!url) return null;
  let end = url.length;
  while (end > 0 && URL_TRAILER.has(url[end - 1]!)) end--;
  return url.slice(0, end);
}

/** The link of an element whose text credits the original ("浏览原文", "原文链接"…). */
export function originalUrlInLinks(root: Element): string | null {
  for (const link of linksIn(root)) {
    const label = `${link.textContent ?? ''} ${link.parentElement?.textContent?.slice(0, 40) ?? ''}`;
    const href = link.getAttribute('href') ?? '';
    if (/原文|浏览原文|瀏覽原文|本文转自|本文轉自/.test(label) && isHttpUrl(href)) return href;
  }
  return null;
}

// The label right before a credit link: "原文：<a>", "浏览原文：<a>", "原文地址： <a>url</a>".
const CREDIT_LABEL = /原文(?:地址|链接|鏈接|網址|网址|连结|連結)?\s{0,8}(?:[（(][^）)]{0,40}[）)])?\s{0,8}[：:]\s{0,8}$/u;
/** More text before a link than any credit label: only the end of a long text node is read. */
const LABEL_WINDOW = 80;

/**
 * The link that directly follows a "原文：" label. Stricter than originalUrlInLinks: credit blocks also
 * link the outlet's home page and circumvention downloads, and only the labelled link is the article.
 */
export function originalUrlAfterLabel(root: Element): string | null {
  for (const link of linksIn(root)) {
    const before = link.previousSibling;
    const href = link.getAttribute('href') ?? '';
    if (before !== null && before.nodeType === before.TEXT_NODE && CREDIT_LABEL.test((before.textContent ?? '').slice(-LABEL_WINDOW)) && isHttpUrl(href)) return href;
  }
  return null;
}
