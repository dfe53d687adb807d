import { isLinkLine } from '../clean/clutter';
import { openingBlocks, signalsWithMarks } from './archive-markers';
import { readerFamily } from './generic';

// duty-machine's archives of a site's WordPress feed (chinadigitaltimes and the like), one Markdown file per
// item:   [标题](原文)  /  ------  /  日期：Tue, 30 Jun 2020 21:03:47 +0000  /  the item's HTML, as the feed
// carried it, ending in the feed's footer ("© 作者 for 中国数字时代 | Permalink | … Feed enhanced by …").
// The headline line gives title and original, the date line the date, the footer the site; all three go.
const TITLE_TAGS = new Set(['h1', 'h2', 'h3', 'p']);

export const feedArchive = readerFamily({
  id: 'feed-archive',
  recognise(page) {
    const first = openingBlocks(page)[0];
    const opensWithHeadlineLink = !!first && TITLE_TAGS.has(first.localName) && isLinkLine(first);
    return signalsWithMarks(page, opensWithHeadlineLink, ['headline-link', 'labelled-date']);
  },
});
