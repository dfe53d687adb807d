// Every attack vector (vectors.ts), put into a real mirror page of every family, in every form the
// extension reads (raw source, github.com blob view, GitHub Pages post, user-added site): the
// extraction's output must be inert (safe-html.ts), must fire no sentinel when rendered in a window
// that runs scripts, must not make the reader load anything from the attacker's server, and must stay
// inert through the reader's own rendering (second sanitiser, images loaded).
// Vectors share pages in batches (vectorBatches); a batch that fails is taken apart vector by vector,
// so that the failure names the vectors that got through.
import { afterAll, describe, expect, test } from 'vitest';
import type { ExtractResult } from '../../src/core';
import { articleBody, PENDING_SRC } from '../../src/ui/shared/article-body';
import { extractHostile, familyPages, FORMS, hostileCases, injectIntoSource, vectorBatches, type FamilyPage, type HostileForm } from './hostile-pages';
import { autoLoadedUrls, unsafeHtmlFindings, unsafeResultFindings } from './safe-html';
import { renderWithSentinel } from './sentinel-window';
import { ATTACKER_HOST, probeText, VECTORS, type AttackVector } from './vectors';

const FAMILIES = familyPages();
const BATCH_SIZE = 8;
const BATCHES = vectorBatches(VECTORS, BATCH_SIZE);

interface Outcome {
  result: ExtractResult;
  /** Everything wrong with what the reader would be given; empty when it is inert. */
  problems: string[];
  /** Ids of vectors whose sentinel fired. */
  executed: string[];
}

/** The reader's own rendering of a body: its second sanitiser, then every held-back image loaded. */
function readerRendering(html: string): string {
  const rendered = articleBody(html);
  for (const img of Array.from(rendered.querySelectorAll(`img[${PENDING_SRC}]`))) {
    img.setAttribute('src', img.getAttribute(PENDING_SRC)!);
    img.removeAttribute(PENDING_SRC);
  }
  const holder = document.createElement('div');
  holder.append(rendered);
  return holder.innerHTML;
}

async function attack(vectors: readonly AttackVector[], { page, source }: FamilyPage, form: HostileForm): Promise<Outcome> {
  const result = extractHostile(injectIntoSource(source, page.gold, vectors), form, page);
  const html = result.kind === 'article' ? result.contentHtml : '';
  const sentinel = await renderWithSentinel(html);
  const attackerLoads = [...autoLoadedUrls(html), ...sentinel.requests].filter((url) => url.includes(ATTACKER_HOST));
  const problems = [
    ...unsafeResultFindings(result),
    ...attackerLoads.map((url) => `loads ${url}`),
    ...unsafeHtmlFindings(readerRendering(html)).map((finding) => `in the reader: ${finding}`),
  ];
  return { result, problems, executed: sentinel.executed };
}

interface Tally {
  tried: number;
  executed: number;
  unsafe: number;
  reachedBody: number;
}

const tallies = new Map<HostileForm, Tally>(FORMS.map((form) => [form, { tried: 0, executed: 0, unsafe: 0, reachedBody: 0 }]));

test('the corpus gives an article page for every mirror family, and there are 150+ distinct vectors', () => {
  expect(FAMILIES.map((f) => f.family).sort()).toEqual(['djy', 'feedx', 'gfwbreaker', 'gfwbreaker2018', 'minghui', 'ntdtv']);
  expect(VECTORS.length).toBeGreaterThanOrEqual(150);
  expect(new Set(VECTORS.map((v) => v.id)).size).toBe(VECTORS.length);
  expect(BATCHES.flat()).toHaveLength(VECTORS.length);
});

describe('the checks can fail', () => {
  const family = FAMILIES[0]!;

  test('the sentinel fires for a script, a handler and a load, and the checker names them', async () => {
    const report = await renderWithSentinel(`<script>__xss('a')</script><img src=x onerror="__xss('b')"><iframe src="https://${ATTACKER_HOST}/c"></iframe>`);
    expect(report.executed).toEqual(['a', 'b']);
    expect(report.requests).toEqual([`https://${ATTACKER_HOST}/c`]);
    expect(unsafeHtmlFindings(`<p style="x" id="content"><a href="javascript:x">a</a><svg><a xlink:href="#"></a></svg></p>`)).toEqual([
      'style attribute on <p>',
      'id="content" on <p> can clobber the page\'s globals',
      'unsafe address href="javascript:x" on <a>',
      'foreign element <svg> (http://www.w3.org/2000/svg)',
      'foreign element <a> (http://www.w3.org/2000/svg)',
      'attribute xlink:href on <a>',
    ]);
  });

  test('a raw vector, unsanitised, is caught by the checker and fires the sentinel', async () => {
    const handlers = VECTORS.filter((vector) => vector.category === 'event-handler');
    const raw = handlers.map((vector) => vector.payload).join('\n');
    expect(unsafeHtmlFindings(raw).length).toBeGreaterThan(handlers.length);
    expect((await renderWithSentinel(raw)).executed.length).toBeGreaterThan(handlers.length / 2);
  });

  test('an injected vector reaches the extracted body (so the product, not the page, decides its fate)', () => {
    const probe = { id: 'probe-00', category: 'markdown', syntax: 'markdown', payload: '**加粗的探针**' } as const;
    const result = extractHostile(injectIntoSource(family.source, family.page.gold, [probe]), 'raw', family.page);
    expect(result.kind).toBe('article');
    expect(result.kind === 'article' && result.text).toContain(probeText('probe-00'));
    expect(result.kind === 'article' && result.contentHtml).toContain('<strong>加粗的探针</strong>');
  });
});

describe.each(FORMS)('%s form', (form) => {
  test.each(hostileCases(BATCHES, FAMILIES, form))('%s', async (_name, batch, family) => {
    const tally = tallies.get(form)!;
    const outcome = await attack(batch, family, form);
    tally.tried += batch.length;
    tally.executed += new Set(outcome.executed).size;
    const text = outcome.result.kind === 'article' ? outcome.result.text : '';
    tally.reachedBody += batch.filter((vector) => text.includes(probeText(vector.id))).length;
    if (outcome.problems.length === 0 && outcome.executed.length === 0) return;

    // Something got through: find which vectors, each alone on the page.
    const culprits: Record<string, string[]> = {};
    for (const vector of batch) {
      const alone = batch.length === 1 ? outcome : await attack([vector], family, form);
      if (alone.problems.length > 0 || alone.executed.length > 0) culprits[`${vector.id}: ${vector.payload}`] = [...alone.problems, ...alone.executed.map((id) => `executed ${id}`)];
    }
    tally.unsafe += Math.max(1, Object.keys(culprits).length);
    expect(culprits).toEqual({});
    expect(outcome.problems).toEqual([]); // the batch failed only together: still a failure
  });
});

afterAll(() => {
  console.log('\nXSS vectors in Node (jsdom): tried / executed / unsafe output / probe reached the body');
  for (const [form, t] of tallies) console.log(`  ${form.padEnd(10)} ${t.tried} / ${t.executed} / ${t.unsafe} / ${t.reachedBody}`);
});
