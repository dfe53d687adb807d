// Firefox suspends an idle event page (extensions.background.idle.timeout, 30 s by default) and
// counts neither fetch() nor IndexedDB work as activity: a save that waits on slow image hosts must
// keep the page alive itself. Here the timeout is 1 s and every image host answers after 5 s.
import { isArticleGold, type ArticleGold, type CorpusPage } from '../helpers/corpus';
import { assert, test } from '../e2e/harness';
import type { FirefoxContext } from './context';

/** The hosts of pages (not images), which the proxy serves without delay. */
export const PAGE_HOSTS = /^(github\.com|raw\.githubusercontent\.com|[a-z0-9-]+\.github\.io|mirror\.example\.org)$/i;
export const SLOW_IMAGE_MS = 5_000;

export function registerIdleTests(ctx: FirefoxContext): void {
  test('Firefox: a save waiting on slow image hosts finishes although the event page idles out after 1 s', async () => {
    const s = await ctx.launch({ prefs: { 'extensions.background.idle.timeout': 1000 } });
    const article = ctx.server.pages.find((page) => isArticleGold(page.gold) && (page.gold.images ?? 0) > 0 && page.url.includes('/blob/')) as CorpusPage & { gold: ArticleGold };
    const tab = await s.openTab(article.url);
    await s.waitForBadge(article.url, '✓', SLOW_IMAGE_MS * 4);
    const [saved] = await s.savedArticles();
    assert(saved && (await s.isSaved(article.gold.title)), 'not saved');
    await s.closeTab(tab);
  });
}
