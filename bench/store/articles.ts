// Deterministic generator of realistic articles from the corpus material: runs in Node and in the
// Chromium bench page alike, so both measure the same library.
import type { Article } from '../../src/core/article';

export interface BenchMaterial {
  paragraphs: string[];
  titles: string[];
  outlets: string[];
  /** Every Han character of the corpus, for the vocabulary noise below. */
  hanChars: string;
}

/**
 * The corpus has ~600 paragraphs; 10,000 articles recombined from them would share a far smaller
 * vocabulary than 10,000 real articles, flattering the search index. Swapping ~2% of characters
 * for random corpus characters gives the long tail of rare bigrams real text has.
 */
const NOISE_RATE = 0.02;

function withNoise(paragraph: string, material: BenchMaterial, rand: () => number): string {
  let noisy = '';
  for (const char of paragraph) noisy += rand() < NOISE_RATE ? material.hanChars[Math.floor(rand() * material.hanChars.length)] : char;
  return noisy;
}

/** mulberry32: small, fast, seeded. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], rand: () => number): T {
  return items[Math.floor(rand() * items.length)]!;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export const IMAGE_HOST = 'https://i.epochtimes.com/assets/uploads';

/** Article number `n`: 16–40 corpus paragraphs (≈1,000–3,000 characters), `imageCount` images. */
export function benchArticle(n: number, material: BenchMaterial, imageCount: number): Article {
  const rand = random(n * 7919 + 17);
  const paragraphs = Array.from({ length: 16 + Math.floor(rand() * 25) }, () => withNoise(pick(material.paragraphs, rand), material, rand));
  const baseTitle = pick(material.titles, rand);
  const clause = pick(material.paragraphs, rand);
  const start = Math.floor(rand() * Math.max(1, clause.length - 12));
  const title = `${baseTitle.slice(0, 14)}：${clause.slice(start, start + 6 + Math.floor(rand() * 8))}`;
  const images = Array.from({ length: imageCount }, (_, i) => {
    const url = `${IMAGE_HOST}/${2015 + (n % 10)}/${n}-${i}.jpg`;
    return { canonicalUrl: url, loadedUrl: url, alt: title, caption: pick(material.paragraphs, rand).slice(0, 30) };
  });
  const figures = images.map((image) => `<figure><img src="${image.canonicalUrl}" alt="${escape(image.alt)}"><figcaption>${escape(image.caption)}</figcaption></figure>`);
  const text = paragraphs.join('\n\n');
  const year = 2015 + Math.floor(rand() * 10);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const published = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return {
    kind: 'article',
    family: 'djy',
    form: rand() < 0.5 ? 'blob' : 'raw',
    title,
    outlet: pick(material.outlets, rand),
    published,
    author: rand() < 0.5 ? '记者' : null,
    editor: null,
    originalUrl: `https://www.epochtimes.com/gb/${year % 100}/${month}/${day}/n${10_000_000 + n}.htm`,
    mirrorUrl: `https://github.com/mirror${n % 50}/djy/blob/master/gb/${year % 100}/${month}/${day}/n${10_000_000 + n}.md`,
    lang: 'zh-Hans',
    leadImage: images[0] ?? null,
    images,
    contentHtml: figures.slice(0, 1).join('') + paragraphs.map((p) => `<p>${escape(p)}</p>`).join('') + figures.slice(1).join(''),
    text,
    excerpt: text.slice(0, 160),
    length: text.replace(/\s+/g, '').length,
    readingMinutes: Math.max(1, Math.round(text.length / 400)),
    related: [],
  };
}

/** Image bytes of a plausible size (random, so nothing compresses them away). */
export function imageBytes(seed: number, size: number): Uint8Array {
  const rand = random(seed);
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i += 4) {
    const word = Math.floor(rand() * 4294967296);
    bytes[i] = word & 255;
    bytes[i + 1] = (word >>> 8) & 255;
    bytes[i + 2] = (word >>> 16) & 255;
    bytes[i + 3] = word >>> 24;
  }
  return bytes;
}
