// The add-on's language follows Firefox's: `intl.locale.requested` asks for a UI language, and
// Firefox grants it only when that language is installed (Debian: the firefox-esr-l10n-* packages,
// which bring the language pack). Screenshots of the popup and the tab reader in each language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isArticleGold } from '../helpers/corpus';
import { assert, test } from '../e2e/harness';
import type { FirefoxContext } from './context';
import type { AddonSession } from './session';

/** The language Firefox is asked for, the add-on's UI language it should give, and the _locales folder. */
const LANGUAGES = [
  ['en-US', 'en', 'en'],
  ['zh-CN', 'zh-CN', 'zh_CN'],
] as const;

/** The messages of one _locales folder of the build. */
function messages(dist: string, folder: string): Record<string, { message: string }> {
  return JSON.parse(readFileSync(join(dist, '_locales', folder, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
}

export function registerLocaleTests(ctx: FirefoxContext): void {
  const article = ctx.server.pages.find((page) => page.url.includes('/blob/') && isArticleGold(page.gold))!;
  for (const [requested, tag, folder] of LANGUAGES) {
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
      // Every localised label of the popup, with the text it shows.
      const labels = await s.exec<Array<[string, string]>>(`return [...document.querySelectorAll('[data-i18n]')].filter((e) => e.textContent.trim()).map((e) => [e.dataset.i18n, e.textContent.trim()])`);
      await s.closeTab(popup);
      const reader = await s.openTab(`${s.base}/reader.html?id=${encodeURIComponent(record!.id)}`);
      await s.waitFor(`return !!document.querySelector('.article-body')`, 'the tab reader');
      await s.screenshot(`tab-reader-${requested}`);
      await s.closeTab(reader);
      await s.closeTab(tab);
      assert(appLocale.startsWith(tag), `Firefox did not switch to ${requested} (app locale ${appLocale}): its language pack is not installed`);
      assert(uiLanguage.startsWith(tag), `the add-on speaks ${uiLanguage} in a ${appLocale} Firefox`);
      const expected = messages(ctx.dist, folder);
      const wrong = labels.filter(([key, text]) => expected[key] && expected[key].message !== text);
      assert(labels.length > 0 && wrong.length === 0, `popup labels not in ${folder}: ${JSON.stringify(wrong.slice(0, 3))}`);
    });
  }
}
