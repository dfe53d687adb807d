import { collapseWhitespace } from '../text';

// Decorations generators add to titles: (图), （组图）, [World] section tags, " | site" suffixes.
const PICTURE_MARK = /\s*[（(](?:组|組)?[图圖](?:\/视频|\/視頻)?[）)]\s*$/u;
const SECTION_PREFIX = /^\s*\[[A-Za-z][\w &-]{0,24}\]\s*/;
const SITE_SUFFIX = /\s+[|｜·–—-]\s+[^|｜·–—-]{1,30}$/u;

export function cleanTitle(raw: string): string {
  let title = collapseWhitespace(raw);
  title = title.replace(SECTION_PREFIX, '').replace(PICTURE_MARK, '');
  // A suffix is cut only when the rest is still a title of its own.
  const withoutSuffix = title.replace(SITE_SUFFIX, '');
  if (withoutSuffix.length >= 6 && withoutSuffix !== title && /\p{Script=Han}/u.test(withoutSuffix)) title = withoutSuffix;
  return title.trim();
}
