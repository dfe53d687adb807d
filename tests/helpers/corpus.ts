// The real pages the product is specified from: ../shared/corpus/dev (with MANIFEST.tsv and gold files)
// and ../shared/seeds (gold files kept here in tests/gold/seeds, with the page's blob URL).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');
const CORPUS = join(SHARED, 'corpus/dev');
const SEEDS = join(SHARED, 'seeds');
const SEED_GOLD = resolve(dirname(fileURLToPath(import.meta.url)), '../gold/seeds');

export interface ArticleGold {
  title: string;
  published: string | null;
  outlet: string | null;
  originalUrl: string | null;
  firstParagraphStart: string;
  lastParagraphStart: string;
  paragraphs?: number;
  images?: number;
  mustNotContain: string[];
  note?: string;
}

export type Gold = ArticleGold | { kind: 'index' | 'other' };

export interface CorpusPage {
  name: string;
  family: string;
  /** github.com blob URL of the file. */
  url: string;
  bytes: Uint8Array;
  gold: Gold;
}

export function isArticleGold(gold: Gold): gold is ArticleGold {
  return !('kind' in gold);
}

function readGold(path: string): Gold {
  return JSON.parse(readFileSync(path, 'utf8')) as Gold;
}

export function loadCorpus(): CorpusPage[] {
  const rows = readFileSync(join(CORPUS, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1);
  return rows.map((row) => {
    const [file = '', family = '', , , , , url = ''] = row.split('\t');
    return {
      name: file,
      family,
      url,
      bytes: new Uint8Array(readFileSync(join(CORPUS, file))),
      gold: readGold(join(CORPUS, `${file}.gold.json`)),
    };
  });
}

export function loadSeeds(): CorpusPage[] {
  if (!existsSync(SEED_GOLD)) return [];
  return readdirSync(SEEDS)
    .filter((file) => existsSync(join(SEED_GOLD, `${file}.gold.json`)))
    .map((file) => {
      const { family, url, ...gold } = JSON.parse(readFileSync(join(SEED_GOLD, `${file}.gold.json`), 'utf8')) as ArticleGold & {
        family: string;
        url: string;
      };
      return { name: `seed/${file}`, family, url, bytes: new Uint8Array(readFileSync(join(SEEDS, file))), gold };
    });
}

/** The raw.githubusercontent.com address of a github.com blob URL. */
export function rawUrlOf(blobUrl: string): string {
  const url = new URL(blobUrl);
  const [owner, repo, , ...rest] = url.pathname.split('/').filter(Boolean);
  return `https://raw.githubusercontent.com/${owner}/${repo}/${rest.join('/')}`;
}

/** A Pages address for the same file (project site, .md → .html), on GitHub Pages or another Pages host. */
export function pagesUrlOf(blobUrl: string, pagesDomain = 'github.io'): string {
  const url = new URL(blobUrl);
  const [owner = '', repo, , , ...path] = url.pathname.split('/').filter(Boolean);
  return `https://${owner.toLowerCase()}.${pagesDomain}/${repo}/${path.join('/').replace(/\.md$/i, '.html')}`;
}

/** The codeberg.org file page of a github.com blob URL (the same repository mirrored on Codeberg). */
export function codebergUrlOf(blobUrl: string): string {
  const url = new URL(blobUrl);
  const [owner, repo, , branch, ...path] = url.pathname.split('/').filter(Boolean);
  return `https://codeberg.org/${owner}/${repo}/src/branch/${branch}/${path.join('/')}`;
}
