import { parse } from 'yaml';

export type FrontMatter = Record<string, unknown>;

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

/** A front-matter value as a trimmed string ('' when absent); dates from YAML come back as ISO strings. */
export function frontMatterString(data: FrontMatter | null, key: string): string {
  const value = data?.[key];
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string').join(', ');
  return '';
}
