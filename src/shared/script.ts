// 简/繁 as a reading preference: one converter per direction (opencc-js, loaded only when first asked
// for: the Traditional tables are over a megabyte) and the language tag of the converted text, so that
// every surface and every export that shows an article's words shows them in the reader's script.
import type { ScriptConversion } from './settings';

export type ConvertText = (text: string) => string;

const LOADERS: Record<Exclude<ScriptConversion, 'original'>, () => Promise<ConvertText>> = {
  simplified: async () => (await import('opencc-js/t2cn')).Converter({ from: 'tw', to: 'cn' }),
  traditional: async () => (await import('opencc-js/cn2t')).Converter({ from: 'cn', to: 'tw' }),
};
const IDENTITY: ConvertText = (text) => text;
const loaded = new Map<ScriptConversion, Promise<ConvertText>>();

/** The text converter for a script choice ('original' converts nothing). */
export function scriptConverter(mode: ScriptConversion): Promise<ConvertText> {
  if (mode === 'original') return Promise.resolve(IDENTITY);
  let converter = loaded.get(mode);
  if (!converter) loaded.set(mode, (converter = LOADERS[mode]()));
  return converter;
}

/** The language tag of Chinese text shown in `mode` (other languages keep theirs; 'und' stays untagged). */
export function scriptLang<Lang extends string>(lang: Lang, mode: ScriptConversion): Lang | 'zh-Hans' | 'zh-Hant' {
  if (mode === 'original' || !/^zh(?:-|$)/i.test(lang)) return lang;
  return mode === 'simplified' ? 'zh-Hans' : 'zh-Hant';
}
