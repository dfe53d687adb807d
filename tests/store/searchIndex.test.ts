import { describe, expect, test } from 'vitest';
import { UPGRADE_STEPS } from '../../src/store/migrate';
import { ALL_STORES, DB_VERSION, openDatabase, type MergeProgress, type SegmentRecord } from '../../src/store/schema';
import { COUNTERS, MERGE_FACTOR, MERGE_PROGRESS, mergeStep, PENDING_LIMIT } from '../../src/store/searchIndex';
import { writeTransaction } from '../../src/store/transaction';
import { upsertArticle, upsertInBulk } from '../../src/store/writes';
import type { Article } from '../../src/core/article';
import { dumpDatabase, freshLibrary, makeArticle } from './fixtures';

async function segmentsOf(factory: IDBFactory, name: string): Promise<SegmentRecord[]> {
  return ((await dumpDatabase(factory, name)).segments ?? []).map((entry) => (entry as [number, SegmentRecord])[1]);
}

describe('search index segments', () => {
  test('flushes pending documents into segments and merges a full tier, finding every document throughout', async () => {
    const { library, factory, name } = await freshLibrary();
    const count = PENDING_LIMIT * MERGE_FACTOR ** 2 + 5; // two tiers of merges
    const ids: string[] = [];
    for (let i = 0; i < count; i++) ids.push((await library.save(makeArticle({ text: `代号 k${i}k 的报道，关于选举。` }))).id);
    await library.indexMerged();

    const segments = await segmentsOf(factory, name);
    const merged = PENDING_LIMIT * MERGE_FACTOR ** 2;
    expect(segments).toEqual([{ id: merged, first: 1, docCount: merged, tier: 2 }]);
    expect((await library.search('选举', { limit: 200 })).length).toBe(200);
    for (const i of [0, PENDING_LIMIT - 1, PENDING_LIMIT, merged - 1, merged, count - 1]) {
      expect((await library.search(`k${i}k`)).map((hit) => hit.summary.id), `article ${i}`).toEqual([ids[i]]);
    }
  });

  test('deleting an article rewrites its segment without it: no word of it is left in the index', async () => {
    const { library, factory, name } = await freshLibrary();
    const secret = await library.save(makeArticle({ title: '机密', text: '独一无二的敏感词汇。' }));
    for (let i = 0; i < PENDING_LIMIT; i++) await library.save(makeArticle());
    expect(await segmentsOf(factory, name)).toHaveLength(1);
    const before = JSON.stringify((await dumpDatabase(factory, name)).postings);
    expect(before).toContain('敏感');

    await library.remove(secret.id);
    const after = await dumpDatabase(factory, name);
    expect(JSON.stringify(after.postings)).not.toContain('敏感');
    expect(JSON.stringify(after.postings)).not.toContain('机密');
    expect(await segmentsOf(factory, name)).toMatchObject([{ first: 1, docCount: PENDING_LIMIT - 1 }]);
    expect(await library.search('敏感')).toEqual([]);
  });

  test('changed content of the same article (an undo, a library file) replaces the old document in place', async () => {
    const { library, factory, name } = await freshLibrary();
    const saved = await library.save(makeArticle({ text: '最初的说法。' }));
    for (let i = 0; i < PENDING_LIMIT; i++) await library.save(makeArticle());
    const removed = await library.remove(saved.id);
    await library.restore({ ...removed, saved: { ...removed.saved, article: { ...removed.saved.article, text: '更正后的说法。' } } });
    expect(JSON.stringify((await dumpDatabase(factory, name)).postings)).not.toContain('最初');
    expect((await library.search('更正')).length).toBe(1);
    expect((await dumpDatabase(factory, name)).meta).toEqual([['counters', { nextDocNo: PENDING_LIMIT + 3, documents: PENDING_LIMIT + 1 }]]);
  });
});

describe('a merge in steps (each its own transaction after the save that called for it)', () => {
  const TIER_2 = PENDING_LIMIT * MERGE_FACTOR ** 2;

  test('between steps every document is found once, and a deleted one leaves no word in moved or unmoved buckets', { timeout: 120_000 }, async () => {
    const { library, factory, name } = await freshLibrary();
    const db = await openDatabase({ factory, name, version: DB_VERSION, steps: UPGRADE_STEPS, onClosed: () => undefined });
    const step = () => writeTransaction(db, ALL_STORES, 'merge', mergeStep);
    // Articles of many distinct words, so that each has tokens in buckets of both halves of the merge.
    const articles = Array.from({ length: TIER_2 }, (_, i) => makeArticle({ title: `报道 ${i}`, text: `代号 k${i}k 的报道，关于选举。${'天地玄黄宇宙洪荒日月盈昃辰宿列张'.slice(i % 8, (i % 8) + 8)}` }));
    articles[300] = makeArticle({ title: '机密', text: '代号 k300k 的独一无二敏感词汇，关于选举：甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥。' });
    let time = Date.UTC(2024, 0, 1);
    await writeTransaction(db, ALL_STORES, 'save', async (tx) => {
      for (const article of articles) await upsertArticle(tx, { article, mirrorUrls: [article.mirrorUrl], images: [] }, 'refresh', (time += 1000));
    });
    expect(await segmentsOf(factory, name)).toHaveLength(TIER_2 / PENDING_LIMIT); // flushed, nothing merged yet

    // Four merges of tier 0 (a step each), then the first step of the merge into tier 2.
    for (let i = 0; i < MERGE_FACTOR + 1; i++) expect(await step()).toBe(true);
    expect((await segmentsOf(factory, name)).map((segment) => segment.tier)).toEqual([1, 1, 1, 1]);
    const meta = ((await dumpDatabase(factory, name)).meta ?? []) as [string, unknown][];
    const progress = meta.find(([key]) => key === MERGE_PROGRESS)?.[1] as MergeProgress;
    expect(progress).toMatchObject({ id: TIER_2, first: 1, tier: 1 });
    expect(progress.nextBucket).toBeGreaterThan(0);
    expect(progress.nextBucket).toBeLessThan(128);

    for (const i of [0, 1, 127, 128, 299, 301, 511]) expect((await library.search(`k${i}k`)).map((hit) => hit.summary.title), `article ${i}`).toEqual([`报道 ${i}`]);
    expect((await library.searchPage('选举', { limit: 1, countUpTo: TIER_2 })).total).toBe(TIER_2);

    const secret = (await library.search('敏感'))[0]!.summary;
    await library.remove(secret.id);
    const postings = JSON.stringify((await dumpDatabase(factory, name)).postings);
    for (const word of ['敏感', '机密', '甲乙', '申酉', '戌亥']) expect(postings, word).not.toContain(word);

    while (await step());
    expect(await segmentsOf(factory, name)).toEqual([{ id: TIER_2, first: 1, docCount: TIER_2 - 1, tier: 2 }]);
    expect(((await dumpDatabase(factory, name)).meta as [string, unknown][]).map(([key]) => key)).toEqual([COUNTERS]);
    for (const i of [0, 299, 301, 511]) expect((await library.search(`k${i}k`)).map((hit) => hit.summary.title), `article ${i}`).toEqual([`报道 ${i}`]);
    expect((await library.searchPage('选举', { limit: 1, countUpTo: TIER_2 })).total).toBe(TIER_2 - 1);
    expect(await library.search('敏感')).toEqual([]);
    db.close();
  });
});

describe('big segments (tier 3: 2,048 documents in 1,024 buckets of their own)', () => {
  const TIER_3 = PENDING_LIMIT * MERGE_FACTOR ** 3;

  /** Writes the articles as saves would, in one transaction (thousands of separate saves would take minutes here). */
  async function saveAll(factory: IDBFactory, name: string, articles: Article[]): Promise<void> {
    const db = await openDatabase({ factory, name, version: DB_VERSION, steps: UPGRADE_STEPS, onClosed: () => undefined });
    let time = Date.UTC(2024, 0, 1);
    await writeTransaction(db, ALL_STORES, 'save', async (tx) => {
      for (const article of articles) await upsertInBulk(tx, { article, mirrorUrls: [article.mirrorUrl], images: [] }, 'refresh', (time += 1000));
    });
    db.close();
  }

  test('merge into a big segment, search across it, and delete from it without leaving a word behind', { timeout: 120_000 }, async () => {
    const { library, factory, name } = await freshLibrary();
    const articles = Array.from({ length: TIER_3 + PENDING_LIMIT + 3 }, (_, i) => makeArticle({ title: `报道 ${i}`, text: `代号 k${i}k 的报道，关于选举。${i % 7 === 0 ? '独立调查。' : ''}` }));
    articles[100] = makeArticle({ title: '机密', text: '代号 k100k 的独一无二敏感词汇，关于选举。' });
    await saveAll(factory, name, articles);

    expect(await segmentsOf(factory, name)).toEqual([
      { id: TIER_3, first: 1, docCount: TIER_3, tier: 3 },
      { id: TIER_3 + PENDING_LIMIT, first: TIER_3 + 1, docCount: PENDING_LIMIT, tier: 0 },
    ]);
    const postingKeys = ((await dumpDatabase(factory, name)).postings ?? []).map((entry) => (entry as [[number, number]])[0]);
    // The big segment's records sit in its own slots, the small one's in the shared ones.
    expect(postingKeys.filter(([, segment]) => segment === TIER_3).every(([slot]) => slot >= 1024 && slot < 2048)).toBe(true);
    expect(postingKeys.filter(([, segment]) => segment !== TIER_3).every(([slot]) => slot < 128)).toBe(true);

    // Found in the big segment, the small one and pending alike; a word in every seventh article, all of them.
    for (const i of [0, 1, TIER_3 - 1, TIER_3, TIER_3 + PENDING_LIMIT + 2]) expect((await library.search(`k${i}k`)).map((hit) => hit.summary.title), `article ${i}`).toEqual([`报道 ${i}`]);
    const independent = await library.searchPage('独立调查', { limit: 1, countUpTo: articles.length });
    expect(independent.total).toBe(articles.filter((article) => article.text.includes('独立调查')).length);

    const secret = (await library.search('敏感'))[0]!.summary;
    await library.remove(secret.id);
    const postings = JSON.stringify((await dumpDatabase(factory, name)).postings);
    expect(postings).not.toContain('敏感');
    expect(postings).not.toContain('机密');
    expect(await library.search('敏感')).toEqual([]);
    expect((await segmentsOf(factory, name))[0]).toMatchObject({ id: TIER_3, docCount: TIER_3 - 1 });
    // Its neighbours in the same records are still found.
    for (const i of [99, 101]) expect((await library.search(`k${i}k`)).map((hit) => hit.summary.title)).toEqual([`报道 ${i}`]);
    expect((await library.searchPage('选举', { limit: 1, countUpTo: articles.length })).total).toBe(articles.length - 1);
  });
});

describe('ranking order', () => {
  test('the first pages (picked by a heap) and a far walk (a full sort) both come best first, ties newest first', async () => {
    const { RankedDocuments } = await import('../../src/store/searchIndex');
    const docNos = Array.from({ length: 1000 }, (_, i) => 3 * i + 1);
    // Few distinct scores, so that most documents tie.
    const scores = docNos.map((docNo) => ((docNo * 7919) % 13) / 3);
    const expected = docNos.map((docNo, i) => ({ docNo, score: scores[i]! })).sort((a, b) => b.score - a.score || b.docNo - a.docNo);
    expect(new RankedDocuments(docNos, scores).slice(0, 20)).toEqual(expected.slice(0, 20));
    const walked = new RankedDocuments(docNos, scores);
    expect([...walked.slice(0, 200), ...walked.slice(200, 1000)]).toEqual(expected);
  });
});
