import { describe, expect, test } from 'vitest';
import { foldText } from '../../src/store/fold';
import { forEachToken, queryTokens, unpackToken } from '../../src/store/tokenize';

function tokens(text: string): string[] {
  const all: string[] = [];
  forEachToken(foldText(text), {
    packed: (code) => all.push(unpackToken(code)),
    other: (token) => all.push(token),
  });
  return all;
}

describe('foldText', () => {
  test('folds Traditional to Simplified, so either form finds both', () => {
    expect(foldText('臺灣與中國的關係')).toBe(foldText('台湾与中国的关系'));
    expect(foldText('發展')).toBe('发展');
    expect(foldText('頭髮')).toBe('头发');
  });

  test('folds case and fullwidth Latin, keeps length so positions carry over', () => {
    const text = 'ＢｉｏＮＴｅｃｈ與BioNTech，疫苗。';
    expect(foldText(text)).toBe('biontech与biontech,疫苗。');
    expect(foldText(text)).toHaveLength(text.length);
  });

  test('is idempotent and leaves characters outside the BMP alone', () => {
    const text = '𠮷野家與國際新聞 ÀÉÎ';
    expect(foldText(foldText(text))).toBe(foldText(text));
    expect(foldText('𠮷')).toBe('𠮷');
  });
});

describe('tokens', () => {
  test('Han runs give unigrams and bigrams, Latin words give lowercase words', () => {
    expect(tokens('中共暴政')).toEqual(['中', '中共', '共', '共暴', '暴', '暴政', '政']);
    expect(tokens('BioNTech 疫苗, a 2021')).toEqual(['biontech', '疫', '疫苗', '苗', '2021']);
  });

  test('characters beyond the BMP are tokens of their own and pair with their neighbours', () => {
    expect(tokens('𠮷野家')).toEqual(['𠮷', '𠮷野', '野', '野家', '家']);
    expect(tokens('吉𠮷')).toEqual(['吉', '吉𠮷', '𠮷']);
  });

  test('punctuation and spaces break runs: no bigram across them', () => {
    expect(tokens('美国，中国')).not.toContain('国中');
  });

  test('a query needs the unigram of a lone character, else the bigrams of the run', () => {
    expect(queryTokens(foldText('黨'))).toEqual(['党']);
    expect(queryTokens(foldText('民主運動'))).toEqual(['民主', '主运', '运动']);
    expect(queryTokens(foldText('Hong Kong 香港'))).toEqual(['hong', 'kong', '香港']);
    expect(queryTokens(foldText('，。！'))).toEqual([]);
  });
});
