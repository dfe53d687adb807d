import { JSDOM } from 'jsdom';
import { decodeBytes } from '../src/core';
import { readServedPage } from '../src/core/forms';
import { FAMILIES } from '../src/core/families';
import { finalizeArticle } from '../src/core/finalize';
import { loadCorpus } from '../tests/helpers/corpus';
import { renderGithubBlobPage } from '../tests/helpers/github-page';
const name = process.argv[2] ?? 'djy__kevelena__djy__gb_19_4_30';
const page = loadCorpus().find((p) => p.name.startsWith(name))!;
const { window } = new JSDOM(renderGithubBlobPage(decodeBytes(page.bytes), page.url), { url: page.url });
const t: Record<string, number[]> = {};
const lap = (k: string, s: number) => (t[k] ??= []).push(performance.now() - s);
for (let i = 0; i < 40; i++) {
  const doc = window.document.cloneNode(true) as Document;
  let s = performance.now();
  const r = readServedPage(doc, page.url, window as any);
  lap('read', s);
  if (!('page' in r)) throw new Error('no page');
  s = performance.now();
  let fam; for (const f of FAMILIES) if (f.matches(r.page)) { fam = f; break; }
  lap('match', s); s = performance.now();
  const d = fam!.extract(r.page)!;
  lap('family:' + fam!.id, s); s = performance.now();
  finalizeArticle(r.page, fam!.id, d);
  lap('finalize', s);
}
for (const [k, v] of Object.entries(t)) { v.sort((a, b) => a - b); console.log(k.padEnd(20), v[20]!.toFixed(2)); }
