import type { IndexPage, RelatedLink } from '../article';
import { indexPage, repositoryLinkUrl } from '../classify';
import { withoutQuery } from '../detect';
import { descendantsByTag, linksIn } from '../dom';
import { readMirrorSignals } from '../meta/mirror-signals';
import type { SourcePage } from '../page';
import { isLinkLine, textOf } from '../clean/clutter';
import { openingBlocks } from './archive-markers';
import { readerFamily } from './generic';

// Markdown archives of a news site's posts and transcripts (GNews-style): every page opens with a navigation
// heading of emoji links ("### [:house:返回](README.md)", on lists "[:house:首页] | [:newspaper:GNews] | …",
// which github.com shows as 🏠 pictures). An article follows with its headline, a line with its timestamp
// ("4/2/2024 3:41 PM UTC") and credit ("[轉載自GNews](原文)"), and text full of wiki markers ("[[zh:白宫]]").
// A list page follows with entries: a headline linking to the entry's page, a summary, a timestamp; or
// pages of link lines ("頁面 10/113" with a pager).
const NAVIGATION_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'p']);
/** A link's text opening with an emoji: a GitHub shortcode (":house:") or the picture github.com renders for it. */
const EMOJI_LINK = /^(?::[a-z_]{1,30}:|\p{Extended_Pictographic})/u;
const ENTRY_TAGS = ['h2', 'h3', 'h4', 'h5', 'p', 'li'];
const PAGE_FILE = /\.(?:md|html?)(?:[?#]|$)/i;
/** A list holds at least this many entries. */
const MIN_LIST_ENTRIES = 5;

function opensWithEmojiNavigation(page: SourcePage): boolean {
  const first = openingBlocks(page)[0];
  const firstLink = first && NAVIGATION_TAGS.has(first.localName) ? linksIn(first)[0] : undefined;
  return !!firstLink && EMOJI_LINK.test(textOf(firstLink));
}

/** The folder a path or link is in ("gnews" for /content/gnews/README.md): the same in every form's addresses. */
const folderOf = (path: string): string => withoutQuery(path).split('/').slice(0, -1).pop() ?? '';

/**
 * A list is named by the navigation link into its own folder ("[:newspaper:GNews](/content/gnews/README.md)" on
 * content/gnews/README.md, "[:books:視頻文字]" on every page of content/transcript/), its emoji aside.
 */
function sectionName(page: SourcePage): string | null {
  const navigation = openingBlocks(page)[0];
  const here = folderOf(page.location.path);
  const link = navigation ? linksIn(navigation).find((a) => folderOf(a.getAttribute('href') ?? '') === here) : undefined;
  return (link && textOf(link).replace(EMOJI_LINK, '').trim()) || null;
}

/** The archive's list: lines or headings that are one link each to another page of the archive. */
function archiveList(page: SourcePage): IndexPage | null {
  const seen = new Set<string>();
  const links: RelatedLink[] = [];
  for (const block of descendantsByTag(page.body, ENTRY_TAGS)) {
    if (!isLinkLine(block)) continue;
    const link = linksIn(block)[0]!;
    const href = link.getAttribute('href') ?? '';
    const url = PAGE_FILE.test(href) ? repositoryLinkUrl(href, page) : null;
    if (!url || seen.has(url) || EMOJI_LINK.test(textOf(link))) continue;
    seen.add(url);
    links.push({ title: textOf(link), url });
  }
  if (links.length < MIN_LIST_ENTRIES) return null;
  const name = sectionName(page);
  return name ? indexPage(page, 'gnews-archive', links, name) : indexPage(page, 'gnews-archive', links);
}

export const gnewsArchive = readerFamily({
  id: 'gnews-archive',
  recognise: (page) => (opensWithEmojiNavigation(page) ? readMirrorSignals(page.body) : null),
  // An article is framed by its navigation line over a headline; a page without that frame is a list.
  classify: (page, signals) => (signals.marks.has('navigation') ? null : archiveList(page)),
});
