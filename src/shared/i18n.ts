// Every user-facing string comes from _locales (en, zh_CN, zh_TW), in the browser's language.
import browser from 'webextension-polyfill';

export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * Fills static markup: `data-i18n` sets the text, `data-i18n-title` / `data-i18n-placeholder` /
 * `data-i18n-aria-label` set those attributes.
 */
export function localize(root: ParentNode): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) element.textContent = t(element.dataset.i18n!);
  for (const attribute of ['title', 'placeholder', 'aria-label'] as const) {
    const dataKey = `i18n${attribute.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase())}`;
    for (const element of root.querySelectorAll<HTMLElement>(`[data-i18n-${attribute}]`)) {
      element.setAttribute(attribute, t(element.dataset[dataKey]!));
    }
  }
}

/** The UI language for <html lang> and date formatting. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
