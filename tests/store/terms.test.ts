import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { foldText } from '../../src/store/fold';
import { pendingDocOf } from '../../src/store/searchIndex';
import { forEachTerm, termWeight } from '../../src/store/terms';

const SEEDS = join(__dirname, '../../../shared/seeds');

function termsOf(title: string, text: string): Map<string, number> {
  const terms = new Map<string, number>();
  forEachTerm(pendingDocOf(1, { title, text }), (token, weight) => terms.set(token, weight));
  return terms;
}

function seedTexts(): [string, string][] {
  return readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .map((file) => [file, readFileSync(join(SEEDS, file), 'utf8').replace(/<[^>]*>|[#*_[\]()>`|-]/g, ' ')]);
}

const CJK = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u3040-\\u30ff\\uac00-\\ud7af\\u{20000}-\\u{3ffff}';
const RUN = new RegExp(`[${CJK}]+|(?:(?![\\u3000-\\u{10ffff}])[\\p{L}\\p{N}])+`, 'gu');

/** Every token, the plain way: runs by regular expression, strings counted in a Map. */
function expectedCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (token: string) => counts.set(token, (counts.get(token) ?? 0) + 1);
  for (const [run] of foldText(text).matchAll(RUN)) {
    if (!new RegExp(`^[${CJK}]`, 'u').test(run)) {
      if (run.length >= 2 && run.length <= 40) add(run);
      continue;
    }
    const chars = Array.from(run);
    chars.forEach((char, i) => {
      add(char);
      if (i + 1 < chars.length) add(char + chars[i + 1]);
    });
  }
  return counts;
}

describe('forEachTerm', () => {
  test('weighs body frequency and marks title tokens, title-only tokens included', () => {
    const terms = termsOf('中共 BioNTech', '中共中共的疫苗。BioNTech 𠮷野家');
    expect(terms.get('中共')).toBe((2 << 1) | 1);
    expect(terms.get('共中')).toBe(1 << 1);
    expect(terms.get('疫苗')).toBe(1 << 1);
    expect(terms.get('biontech')).toBe((1 << 1) | 1);
    expect(terms.get('𠮷野')).toBe(1 << 1);
    expect(terms.get('𠮷')).toBe(1 << 1);
    expect(termsOf('台灣', '正文').get('台湾')).toBe(1);
  });

  test('counts every token of real articles as a plain string count does', () => {
    for (const [file, text] of seedTexts()) {
      const expected = expectedCounts(text);
      const terms = termsOf('', text);
      expect(terms.size, file).toBe(expected.size);
      for (const [token, count] of expected) expect(terms.get(token), `${file}: ${token}`).toBe(count << 1);
    }
  });

  test('keeps count in a text of thousands of distinct tokens (the table grows)', () => {
    const text = Array.from({ length: 6000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000))).join('');
    const expected = expectedCounts(text);
    const terms = termsOf('', text);
    expect(terms.size).toBe(expected.size);
    for (const [token, count] of expected) expect(terms.get(token)).toBe(count << 1);
  });

});

describe('termWeight', () => {
  test('weighs a pending document exactly as the flush will, without tokenising it', () => {
    for (const [file, text] of seedTexts()) {
      const title = text.slice(0, 40);
      const doc = pendingDocOf(1, { title, text });
      forEachTerm(doc, (token, weight) => expect(termWeight(doc, token), `${file}: ${token}`).toBe(weight));
    }
  });

  test('finds words only whole, CJK tokens anywhere, and nothing that is absent', () => {
    const doc = pendingDocOf(1, { title: '香港', text: 'HongKong 哈哈哈 kong' });
    expect(termWeight(doc, 'kong')).toBe(1 << 1);
    expect(termWeight(doc, 'hong')).toBeUndefined();
    expect(termWeight(doc, '哈哈')).toBe(2 << 1);
    expect(termWeight(doc, '香港')).toBe(1);
    expect(termWeight(doc, '台湾')).toBeUndefined();
  });
});
