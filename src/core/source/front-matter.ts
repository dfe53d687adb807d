export type FrontMatter = Record<string, unknown>;

/** A front-matter value as a trimmed string ('' when absent); dates from YAML come back as ISO strings. */
export function frontMatterString(data: FrontMatter | null, key: string): string {
  const value = data?.[key];
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string').join(', ');
  return '';
}
