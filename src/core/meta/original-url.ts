import { linksIn } from '../dom';

// Where the mirrored article was first published, as the mirror pages credit it.

// 本文转自…浏览原文, 原文地址（需翻墙访问）：URL, 原文链接：URL, 原文：URL
const CREDIT_TEXT = /(?:原文地址|原文链接|原文網址|原文连结|原文|浏览原文|瀏覽原文|来源|來源)\s*(?:[（(][^）)]*[）)])?\s*[：:]?\s*(https?:\/\/\S+)/u;

export function isHttpUrl(value: string): boolean {
  return /^https?:\/\/[^\s/]+\.[^\s/]+/i.test(value);
}

/** The credited original URL in a text such as "原文地址（需翻墙访问）：https://…". */
export function originalUrlInText(text: string): string | null {
  const url = CREDIT_TEXT.exec(text)?.[1];
  return url ? url.replace(/[）)】」》,，。;；]+$/u, '') : null;
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
const CREDIT_LABEL = /原文(?:地址|链接|鏈接|網址|网址|连结|連結)?\s*(?:[（(][^）)]*[）)])?\s*[：:]\s*$/u;

/**
 * The link that directly follows a "原文：" label. Stricter than originalUrlInLinks: credit blocks also
 * link the outlet's home page and circumvention downloads, and only the labelled link is the article.
 */
export function originalUrlAfterLabel(root: Element): string | null {
  for (const link of linksIn(root)) {
    const before = link.previousSibling;
    const href = link.getAttribute('href') ?? '';
    if (before !== null && before.nodeType === before.TEXT_NODE && CREDIT_LABEL.test(before.textContent ?? '') && isHttpUrl(href)) return href;
  }
  return null;
}
