import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/core';
import { looksLikeLatin1Mojibake, repairLatin1Mojibake } from '../../src/core/source/mojibake';
import { SHARED } from '../helpers/corpus';

const CORPUS = join(SHARED, 'corpus/dev');
const isValidUtf8 = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

describe('decodeBytes', () => {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.md'));
  const gbkFiles = files.filter((f) => !isValidUtf8(new Uint8Array(readFileSync(join(CORPUS, f)))));

  it('finds the GBK files of the corpus (2019–2020 djy/ntdtv)', () => {
    expect(gbkFiles.length).toBeGreaterThan(0);
  });

  it.each(gbkFiles)('decodes %s as GBK into readable Chinese', (file) => {
    const text = decodeBytes(new Uint8Array(readFileSync(join(CORPUS, file))));
    expect(text).not.toContain('\uFFFD');
    expect(text).toMatch(/大纪元|新唐人|中国|美国/);
  });

  it('keeps UTF-8 files as they are, with or without a BOM', () => {
    const bytes = new TextEncoder().encode('【看中国2023年2月22日讯】');
    expect(decodeBytes(bytes)).toBe('【看中国2023年2月22日讯】');
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toBe('【看中国2023年2月22日讯】');
  });
});

describe('Latin-1 mojibake repair', () => {
  const original = '中非合作论坛领导人开圆桌会议，讨论债务、投资与贸易失衡。美国之音报道，中国国家主席习近平在北京主持会议。'.repeat(2);
  const garbled = Array.from(new TextEncoder().encode(original), (b) => String.fromCharCode(b)).join('');

  it('recognises UTF-8 read as Latin-1', () => {
    expect(looksLikeLatin1Mojibake(garbled)).toBe(true);
    expect(looksLikeLatin1Mojibake(original)).toBe(false);
    expect(looksLikeLatin1Mojibake('Café crème, naïve façade — ordinary Latin text with accents.'.repeat(5))).toBe(false);
  });

  it('repairs it and leaves markup alone', () => {
    expect(repairLatin1Mojibake(`<p>${garbled}</p>`)).toBe(`<p>${original}</p>`);
  });
});
