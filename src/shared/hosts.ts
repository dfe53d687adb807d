// Where mirrored sources are served as raw text. A content script on such a page sees only a
// <pre> of possibly mis-decoded text (GBK served as UTF-8), and Firefox refuses to inject into
// their sandboxed documents at all, so the extension fetches these URLs itself.

import { withoutQuery } from '../core/detect';

const RAW_SOURCE_PATTERNS: readonly RegExp[] = [
  /^https:\/\/raw\.githubusercontent\.com\/[^/]+\/[^/]+\/.+/,
  /^https:\/\/cdn\.jsdelivr\.net\/gh\/[^/]+\/[^/@]+(?:@[^/]*)?\/.+/,
  /^https:\/\/gitlab\.com\/[^/]+\/[^/]+\/-\/raw\/.+/,
  /^https:\/\/codeberg\.org\/[^/]+\/[^/]+\/raw\/.+/,
];

/** Whether `url` serves a source file as raw text. */
export function isRawSourceUrl(url: string): boolean {
  return RAW_SOURCE_PATTERNS.some((pattern) => pattern.test(url));
}

/**
 * The address of the raw source behind a mirror page, for fetching a linked article without
 * opening it: github.com blob → raw.githubusercontent.com; raw addresses and HTML pages as is.
 */
export function sourceUrlFor(url: string): string {
  const address = withoutQuery(url);
  const blob = /^https:\/\/github\.com\/([^/]+)\/([^/]+)\/blob\/(.+)$/.exec(address);
  if (blob) return `https://raw.githubusercontent.com/${blob[1]}/${blob[2]}/${blob[3]}`;
  const gitlabBlob = address.startsWith('https://gitlab.com/') ? address.indexOf('/-/blob/') : -1;
  if (gitlabBlob > 'https://gitlab.com'.length && address.length > gitlabBlob + '/-/blob/'.length) return `${address.slice(0, gitlabBlob)}/-/raw/${address.slice(gitlabBlob + '/-/blob/'.length)}`;
  return url.split('#', 1)[0]!;
}
