// npm run bench:extract — our extraction against Readability's parse() on the same pages, same process.
// Each corpus page and seed is rendered once as a github.com blob page (the form readers meet most);
// every round parses it (untimed) and times both on fresh clones of that DOM, interleaved so machine
// noise falls on both alike. Figures: median and p95 per page, peak memory, median of the per-page ratios.
// A round parses anew, and the event loop turns between rounds: jsdom keeps every document that ran a
// selector query alive as long as its window (the selector engine listens on the window), and a window
// lives at least until the task that used it ends. Clones of pages parsed once, in one long task, piled
// up to gigabytes, and collecting that heap slowed both sides.
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { decodeBytes, extract } from '../src/core';
import { loadCorpus, loadSeeds } from '../tests/helpers/corpus';
import { renderGithubBlobPage } from '../tests/helpers/github-page';
import { ascending, median, quantile } from './stats';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const WARMUP = 3;

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const pages = [...loadSeeds(), ...loadCorpus()].map((page) => ({
  name: page.name,
  url: page.url,
  html: renderGithubBlobPage(decodeBytes(page.bytes), page.url),
}));

let peakRss = process.memoryUsage().rss;
const rows: { name: string; ours: number[]; readability: number[] }[] = pages.map((p) => ({ name: p.name, ours: [], readability: [] }));

for (let round = 0; round < WARMUP + ROUNDS; round++) {
  pages.forEach((page, i) => {
    const row = rows[i]!;
    const { window } = new JSDOM(page.html, { url: page.url });
    const doc = window.document;
    const ours = time(() => extract(doc.cloneNode(true) as Document, page.url, { window: window as unknown as Window }));
    const theirs = time(() => new Readability(doc.cloneNode(true) as Document).parse());
    if (round >= WARMUP) {
      row.ours.push(ours);
      row.readability.push(theirs);
    }
  });
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  await new Promise((resolve) => setImmediate(resolve));
}

const fmt = (ms: number) => ms.toFixed(2).padStart(8);
console.log(`extraction benchmark: ${pages.length} pages (github.com blob form), ${ROUNDS} rounds after ${WARMUP} warm-up`);
console.log(`${'page'.padEnd(60)} ${'ours med'.padStart(8)} ${'ours p95'.padStart(8)} ${'rdb med'.padStart(8)} ${'rdb p95'.padStart(8)}  ratio`);
const ratios: number[] = [];
for (const row of rows) {
  const ours = ascending(row.ours);
  const theirs = ascending(row.readability);
  const ratio = quantile(ours, 0.5) / quantile(theirs, 0.5);
  ratios.push(ratio);
  console.log(
    `${row.name.slice(0, 60).padEnd(60)} ${fmt(quantile(ours, 0.5))} ${fmt(quantile(ours, 0.95))} ${fmt(quantile(theirs, 0.5))} ${fmt(quantile(theirs, 0.95))}  ${ratio.toFixed(2)}`,
  );
}
const allOurs = rows.flatMap((r) => r.ours);
const allTheirs = rows.flatMap((r) => r.readability);
console.log(`all pages: ours median ${median(allOurs).toFixed(2)} ms, readability median ${median(allTheirs).toFixed(2)} ms`);
console.log(`peak memory (rss): ${(peakRss / 2 ** 20).toFixed(0)} MiB`);
console.log(`median ratio vs readability: ${median(ratios).toFixed(2)}`);
