// The add-on's language follows Firefox's: `intl.locale.requested` asks for a UI language, and
// Firefox grants it only when that language is installed (Debian: the firefox-esr-l10n-* packages,
// which bring the language pack). Screenshots of the popup and the tab reader in each language.
import { isArticleGold } from '../helpers/corpus';
import { assert, test } from '../e2e/harness';
import type { FirefoxContext } from './context';
import type { AddonSession } from './session';

const LANGUAGES = [
  ['en-US', 'en'],
  ['zh-CN', 'zh'],
] as const;

export function registerLocaleTests(ctx: FirefoxContext): void {
  const article = ctx.server.pages.find((page) => page.url.includes('/blob/') && isArticleGold(page.gold))!;
  for (const [requested, tag] of LANGUAGES) {
    test(`Firefox in ${requested}: the popup and the tab reader speak the browser's language`, async () => {
      const s: AddonSession = await ctx.launch({ prefs: { 'intl.locale.requested': requested } });
      const appLocale = await s.inChrome<string>(`return Services.locale.appLocaleAsBCP47`);
      const uiLanguage = await s.exec<string>(`return browser.i18n.getUILanguage()`);
      ctx.report[`Firefox locale ${requested}`] = `app locale ${appLocale}, add-on UI language ${uiLanguage}`;
      const tab = await s.openTab(article.url);
      await s.waitForBadge(article.url, '✓');
      const popup = await s.openPopupFor(article.url);
      const [record] = await s.savedArticles();
      await s.switchTo(popup);
      await s.screenshot(`popup-${requested}`);
      const lang = await s.exec<string>(`return document.documentElement.lang`);
      await s.closeTab(popup);
      const reader = await s.openTab(`${s.base}/reader.html?id=${encodeURIComponent(record!.id)}`);
      await s.waitFor(`return !!document.querySelector('.article-body')`, 'the tab reader');
      await s.screenshot(`tab-reader-${requested}`);
      await s.closeTab(reader);
      await s.closeTab(tab);
      assert(appLocale.startsWith(tag), `Firefox did not switch to ${requested} (app locale ${appLocale}): its language pack is not installed`);
      assert(uiLanguage.startsWith(tag) && lang.startsWith(tag), `the add-on speaks ${uiLanguage} (<html lang="${lang}">) in a ${appLocale} Firefox`);
    });
  }
}
