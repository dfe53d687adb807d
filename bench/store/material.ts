// Reads the real mirrored pages (../shared/corpus/dev, ../shared/seeds) into a pool of paragraphs,
// titles and outlets that the generator (articles.ts) recombines into many realistic articles.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchMaterial } from './articles';

const HAN = /\p{Script=Han}/gu;
const MIN_HAN_PER_PARAGRAPH = 15;

function plainParagraphs(source: string): string[] {
  return source
    .replace(/<\/(?:p|div|h\d|li|tr|blockquote)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/&nbsp;/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, '')
    .split(/\n+/)
    .map((line) => line.replace(/^[#>*\-\s|]+/, '').replace(/\s+/g, ' ').trim())
    .filter((line) => (line.match(HAN)?.length ?? 0) >= MIN_HAN_PER_PARAGRAPH && !/https?:\/\//.test(line));
}

export function loadMaterial(sharedDir: string): BenchMaterial {
  const corpus = join(sharedDir, 'corpus/dev');
  const seeds = join(sharedDir, 'seeds');
  const paragraphs = new Set<string>();
  const titles = new Set<string>();
  const outlets = new Set<string>();
  for (const file of readdirSync(corpus)) {
    const path = join(corpus, file);
    if (file.endsWith('.gold.json')) {
      const gold = JSON.parse(readFileSync(path, 'utf8')) as { title?: string | null; outlet?: string | null };
      if (gold.title) titles.add(gold.title);
      if (gold.outlet) outlets.add(gold.outlet);
    } else if (/\.(md|html?)$/.test(file)) {
      for (const paragraph of plainParagraphs(readFileSync(path, 'utf8'))) paragraphs.add(paragraph);
    }
  }
  for (const file of readdirSync(seeds)) {
    for (const paragraph of plainParagraphs(readFileSync(join(seeds, file), 'utf8'))) paragraphs.add(paragraph);
  }
  const hanChars = [...new Set([...paragraphs].join('').match(HAN))].join('');
  return { paragraphs: [...paragraphs], titles: [...titles], outlets: [...outlets], hanChars };
}
