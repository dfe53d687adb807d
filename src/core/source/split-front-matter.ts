// Apart from front-matter.ts, which the rendered forms use too: only a raw source has YAML to parse,
// and the parser should load with it alone (src/content/extractor.ts).
import { parse } from 'yaml';
import type { FrontMatter } from './front-matter';

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Split Jekyll-style YAML front matter from a source file. Malformed YAML is treated as no front matter. */
export function splitFrontMatter(source: string): { data: FrontMatter | null; body: string } {
  const match = FRONT_MATTER.exec(source);
  if (!match) return { data: null, body: source };
  const body = source.slice(match[0].length);
  try {
    const data: unknown = parse(match[1] ?? '', { maxAliasCount: 10 });
    if (data && typeof data === 'object' && !Array.isArray(data)) return { data: data as FrontMatter, body };
  } catch {}
  return { data: null, body };
}
