// 简/繁: converts the text of a rendered article between Simplified and Traditional Chinese with
// opencc-js, loaded only when first asked for (the Traditional tables are over a megabyte).
import type { ScriptConversion } from '../../shared/settings';

type Convert = (text: string) => string;

const converters: Record<Exclude<ScriptConversion, 'original'>, () => Promise<Convert>> = {
  simplified: async () => (await import('opencc-js/t2cn')).Converter({ from: 'tw', to: 'cn' }),
  traditional: async () => (await import('opencc-js/cn2t')).Converter({ from: 'cn', to: 'tw' }),
};
const loaded = new Map<ScriptConversion, Promise<Convert>>();
/** Each text node's original text, so that switching back or across needs no re-render. */
const originals = new WeakMap<Text, string>();

export async function convertScript(roots: readonly Node[], mode: ScriptConversion): Promise<void> {
  let convert: Convert = (text) => text;
  if (mode !== 'original') {
    if (!loaded.has(mode)) loaded.set(mode, converters[mode]());
    convert = await loaded.get(mode)!;
  }
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      if (!originals.has(node)) originals.set(node, node.data);
      node.data = convert(originals.get(node)!);
    }
  }
}
