// The tab reader's related links, as a reader behind a firewall can use them: a copy saved in the
// library opens in the reader; a mirror link stays a mirror link; a link to a news outlet's own site
// is marked, since that is the site the mirrors exist to get around. Saved first, then mirrors, then
// originals, each in the page's order.
import type { RelatedLink } from '../../core/article';
import { looksLikeMirrorUrl } from '../../core/detect';
import { outletOfUrl } from '../../core/meta/outlet';
import { t } from '../../shared/i18n';
import { h } from '../shared/dom';
import { library } from '../shared/library';

/** Enough for any article's own list; a page that names hundreds costs no more than this many lookups. */
const MAX_RELATED = 30;

type Reach = 'saved' | 'mirror' | 'original';
const ORDER: readonly Reach[] = ['saved', 'mirror', 'original'];

interface ShownLink {
  title: string;
  href: string;
  reach: Reach;
  /** The link leads to a news outlet's own site, likely blocked where mirrors are read. */
  likelyBlocked: boolean;
}

export async function relatedLinks(related: readonly RelatedLink[], readerUrl: (id: string) => string): Promise<ShownLink[]> {
  const lib = await library();
  const unique = [...new Map(related.map((link) => [link.url, link])).values()].slice(0, MAX_RELATED);
  const shown = await Promise.all(
    unique.map(async ({ title, url }): Promise<ShownLink> => {
      const saved = await lib.findByUrl(url).catch(() => undefined);
      if (saved) return { title, href: readerUrl(saved.id), reach: 'saved', likelyBlocked: false };
      if (looksLikeMirrorUrl(url)) return { title, href: url, reach: 'mirror', likelyBlocked: false };
      return { title, href: url, reach: 'original', likelyBlocked: outletOfUrl(url) !== null };
    }),
  );
  return ORDER.flatMap((reach) => shown.filter((link) => link.reach === reach));
}

export function relatedItem(link: ShownLink): HTMLElement {
  const external = link.reach !== 'saved';
  const anchor = h('a', { href: link.href, target: external ? '_blank' : null, rel: external ? 'noopener noreferrer' : null }, link.title);
  const note = link.reach === 'saved' ? t('relatedSaved') : link.likelyBlocked ? t('relatedLikelyBlocked') : null;
  return h('li', { class: `related-${link.reach}` }, anchor, note ? h('span', { class: 'related-note' }, ` · ${note}`) : null);
}
