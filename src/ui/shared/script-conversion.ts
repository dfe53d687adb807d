// 简/繁 in a rendered article: converts its text nodes in place, remembering each one's original text so
// that switching back or across needs no re-render.
import { scriptConverter } from '../../shared/script';
import type { ScriptConversion } from '../../shared/settings';

const originals = new WeakMap<Text, string>();

export async function convertScript(roots: readonly Node[], mode: ScriptConversion): Promise<void> {
  const convert = await scriptConverter(mode);
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      if (!originals.has(node)) originals.set(node, node.data);
      node.data = convert(originals.get(node)!);
    }
  }
}
