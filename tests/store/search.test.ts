import { describe, expect, test } from 'vitest';
import { PENDING_LIMIT } from '../../src/store/searchIndex';
import { freshLibrary, makeArticle } from './fixtures';

const VACCINE = makeArticle({
  title: '台湾与BioNTech达成疫苗购买协议',
  text: '台湾与德国BioNTech公司达成协议，购买一千万剂疫苗。\n\n此前数月，双方的谈判陷入僵局。',
});
const DEMOCRACY = makeArticle({
  title: '红二代纷纷起来反抗中共暴政',
  text: '海内外有识之士反思百年中共。\n\n他们纷纷站出来，反抗中共暴政，支持民主运动。',
});
const TRADITIONAL = makeArticle({
  title: '香港民主運動的歷史',
  lang: 'zh-Hant',
  text: '香港的民主運動經歷了許多挫折。\n\n人們仍然堅持爭取普選。',
});

function snippetText(snippet: { text: string; mark: boolean }[]): string {
  return snippet.map((part) => (part.mark ? `[${part.text}]` : part.text)).join('');
}

async function libraryWithNews() {
  const { library } = await freshLibrary();
  const ids = {
    vaccine: (await library.save(VACCINE)).id,
    democracy: (await library.save(DEMOCRACY)).id,
    traditional: (await library.save(TRADITIONAL)).id,
  };
  return { library, ids };
}

describe('search', () => {
  test('a two-character word', async () => {
    const { library, ids } = await libraryWithNews();
    const hits = await library.search('疫苗');
    expect(hits.map((hit) => hit.summary.id)).toEqual([ids.vaccine]);
    expect(snippetText(hits[0]!.snippet)).toContain('[疫苗]');
  });

  test('a four-character word needs all of it, not just some characters', async () => {
    const { library, ids } = await libraryWithNews();
    expect((await library.search('中共暴政')).map((hit) => hit.summary.id)).toEqual([ids.democracy]);
    expect(await library.search('中共政府')).toEqual([]);
  });

  test('a Traditional query finds a Simplified article and the reverse, snippets in the article’s own script', async () => {
    const { library, ids } = await libraryWithNews();
    const simplifiedHits = await library.search('民主運動');
    expect(new Set(simplifiedHits.map((hit) => hit.summary.id))).toEqual(new Set([ids.democracy, ids.traditional]));
    const democracyHit = simplifiedHits.find((hit) => hit.summary.id === ids.democracy)!;
    expect(snippetText(democracyHit.snippet)).toContain('[民主运动]');

    const traditionalHits = await library.search('民主运动');
    const traditionalHit = traditionalHits.find((hit) => hit.summary.id === ids.traditional)!;
    expect(snippetText(traditionalHit.snippet)).toContain('[民主運動]');
  });

  test('Latin words, any case, whole words only', async () => {
    const { library, ids } = await libraryWithNews();
    expect((await library.search('biontech')).map((hit) => hit.summary.id)).toEqual([ids.vaccine]);
    expect((await library.search('BIONTECH 疫苗')).map((hit) => hit.summary.id)).toEqual([ids.vaccine]);
    expect(await library.search('bion')).toEqual([]);
  });

  test('one character finds every article that has it', async () => {
    const { library, ids } = await libraryWithNews();
    expect(new Set((await library.search('港')).map((hit) => hit.summary.id))).toEqual(new Set([ids.traditional]));
  });

  test('ranks title matches and frequent matches first', async () => {
    const { library } = await freshLibrary();
    const passing = await library.save(makeArticle({ title: '经济新闻', text: '今天谈到了香港一次。' }));
    const often = await library.save(makeArticle({ title: '社会新闻', text: '香港。香港。香港的街头，香港的人。' }));
    const titled = await library.save(makeArticle({ title: '香港局势', text: '今天的香港。' }));
    const hits = await library.search('香港');
    expect(hits.map((hit) => hit.summary.id)).toEqual([titled.id, often.id, passing.id]);
    expect(hits[0]!.score).toBeGreaterThan(hits[2]!.score);
  });

  test('empty or punctuation-only queries find nothing; the limit is kept', async () => {
    const { library } = await libraryWithNews();
    expect(await library.search('')).toEqual([]);
    expect(await library.search('，。')).toEqual([]);
    expect(await library.search('的', { limit: 1 })).toHaveLength(1);
  });

  test('stays current across index flushes, deletes and restores', async () => {
    const { library } = await freshLibrary();
    const first = await library.save(makeArticle({ text: '维吾尔族的故事。' }));
    for (let i = 0; i < PENDING_LIMIT + 5; i++) await library.save(makeArticle({ text: `第${i}条普通新闻。` }));
    const last = await library.save(makeArticle({ text: '另一个维吾尔族的故事。' }));
    expect(new Set((await library.search('维吾尔族')).map((hit) => hit.summary.id))).toEqual(new Set([first.id, last.id]));

    const removed = await library.remove(first.id); // its postings are in a flushed segment
    await library.remove(last.id); // its postings are still pending
    expect(await library.search('维吾尔族')).toEqual([]);
    await library.restore(removed);
    expect((await library.search('维吾尔族')).map((hit) => hit.summary.id)).toEqual([first.id]);
  });
});
