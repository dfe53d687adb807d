// The extraction bundle injected on rendered pages (blob views, Pages posts) leaves out what only a raw
// Markdown source needs: the Markdown renderer and the YAML parser, most of the core's weight, whose
// evaluation blocked the page's thread for a frame (issue #12). The source reader carries them.
import { describe, expect, it } from 'vitest';
import { build, type Rolldown } from 'vite';

const SOURCE_ONLY_PACKAGES = ['markdown-it', 'yaml', 'linkify-it', 'mdurl'];

/** The node_modules packages a content script entry bundles, as vite.config.ts builds it. */
async function packagesBundledBy(entry: string): Promise<Set<string>> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, target: 'es2022', lib: { entry, formats: ['iife'], name: 'mirrorReader', fileName: () => 'bundle.js' } },
  })) as Rolldown.RolldownOutput[];
  const chunk = output[0]?.output[0];
  if (!chunk || chunk.type !== 'chunk') throw new Error(`${entry} was not built`);
  return new Set(chunk.moduleIds.flatMap((id) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1] ?? []));
}

describe('content script bundles', () => {
  it('the extraction bundle for rendered pages has no Markdown renderer nor YAML parser; the source reader has both', async () => {
    const extractor = await packagesBundledBy('src/content/extractor.ts');
    expect(extractor).toContain('dompurify');
    expect(SOURCE_ONLY_PACKAGES.filter((name) => extractor.has(name))).toEqual([]);
    const sourceReader = await packagesBundledBy('src/content/source-reader.ts');
    expect(SOURCE_ONLY_PACKAGES.filter((name) => !sourceReader.has(name))).toEqual([]);
  }, 60_000);
});
