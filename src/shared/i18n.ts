// Every user-facing string comes from _locales (en, zh_CN, zh_TW), in the browser's language.
import browser from 'webextension-polyfill';

export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * A message that counts one kind of thing, its first substitution the count in the UI language's digits.
 * chrome.i18n has no plural rules, so where a language's singular differs (English: "1 article") the
 * message has a `…One` twin, used for a count of 1; a message counting two kinds names them as labels
 * ("new: 2, images: 1") instead.
 */
export function tCount(key: string, count: number, ...rest: string[]): string {
  const substitutions = [new Intl.NumberFormat(uiLanguage()).format(count), ...rest];
  return t(count === 1 ? `${key}One` : key, substitutions);
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

const SIZE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** A storage size as the UI's language writes it, in the unit that keeps it short: "0.9 MB", "73.7 GB". */
export function formatBytes(bytes: number, language = uiLanguage()): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < SIZE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(language, { style: 'unit', unit: SIZE_UNITS[unit], unitDisplay: 'short', maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
}

/** The UI language for <html lang> and date formatting. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
