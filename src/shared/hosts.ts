// Where mirrored sources are served as raw text. A content script on such a page sees only a
// <pre> of possibly mis-decoded text (GBK served as UTF-8), and Firefox refuses to inject into
// their sandboxed documents at all, so the extension fetches these URLs itself.

const RAW_SOURCE_PATTERNS: readonly RegExp[] = [
  /^https:\/\/raw\.githubusercontent\.com\/[^/]+\/[^/]+\/.+/,
  /^https:\/\/cdn\.jsdelivr\.net\/gh\/[^/]+\/[^/]+@?[^/]*\/.+/,
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
  const blob = /^https:\/\/github\.com\/([^/]+)\/([^/]+)\/blob\/(.+?)(?:[?#].*)?$/.exec(url);
  if (blob) return `https://raw.githubusercontent.com/${blob[1]}/${blob[2]}/${blob[3]}`;
  const gitlabBlob = /^https:\/\/gitlab\.com\/(.+?)\/-\/blob\/(.+?)(?:[?#].*)?$/.exec(url);
  if (gitlabBlob) return `https://gitlab.com/${gitlabBlob[1]}/-/raw/${gitlabBlob[2]}`;
  return url.replace(/#.*$/, '');
}
