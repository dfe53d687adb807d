// Every string the extension shows exists in en, zh_CN and zh_TW.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const LOCALES = ['en', 'zh_CN', 'zh_TW'];
const messages = Object.fromEntries(LOCALES.map((locale) => [locale, JSON.parse(readFileSync(join(ROOT, '_locales', locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>]));

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|html)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Keys used literally: t('key'), data-i18n*="key", __MSG_key__, and the key tables of the UI. */
function usedKeys(): Set<string> {
  const keys = new Set<string>();
  const files = [...sourceFiles('src/ui'), ...sourceFiles('src/background'), ...sourceFiles('src/shared'), join(ROOT, 'manifest.json')];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bt(?:Count)?\('([A-Za-z_]+)'|data-i18n(?:-[a-z-]+)?="([A-Za-z_]+)"|__MSG_([A-Za-z_]+)__|title: '(badge[A-Za-z]+)'|'(error[A-Z][A-Za-z]+)'/g)) {
      keys.add(match.slice(1).find(Boolean)!);
    }
  }
  return keys;
}

describe('_locales', () => {
  it('has the same keys in every language', () => {
    const [first, ...others] = LOCALES.map((locale) => Object.keys(messages[locale]!).sort());
    for (const other of others) expect(other).toEqual(first);
  });

  it('has every key the code uses', () => {
    const missing = [...usedKeys()].filter((key) => !(key in messages.en!));
    expect(missing).toEqual([]);
  });

  it('has the keys built from parts (filters, reader choices, steppers)', () => {
    const built = [
      ...['all', 'unread', 'starred', 'archived'].map((filter) => `filter_${filter}`),
      ...['serif', 'sans', 'kai', 'system'].map((font) => `font_${font}`),
      ...['system', 'light', 'sepia', 'dark'].map((theme) => `theme_${theme}`),
      ...['original', 'simplified', 'traditional'].map((script) => `script_${script}`),
      ...['fontSize', 'lineHeight', 'width'].flatMap((key) => [`${key}Less`, `${key}More`]),
      'archiveAction',
      'unarchiveAction',
    ];
    expect(built.filter((key) => !(key in messages.en!))).toEqual([]);
  });

  it('translates: no Chinese message is left in English', () => {
    for (const locale of ['zh_CN', 'zh_TW']) {
      const untranslated = Object.entries(messages[locale]!).filter(([key, { message }]) => /^[A-Za-z][a-z]+ [a-z]+/.test(message) && message === messages.en![key]!.message);
      expect(untranslated.map(([key]) => key)).toEqual([]);
    }
  });
});
