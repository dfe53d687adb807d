// Splits folded text into search tokens. Chinese has no spaces, so CJK runs are indexed as every
// character (unigram) and every pair of neighbours (bigram); other letters and digits form words.
// A query of one CJK character looks up its unigram; a longer run looks up its bigrams, which
// all have to be present: "民主运动" needs 民主, 主运 and 运动.

export type RunKind = 'cjk' | 'word';

export interface Run {
  start: number;
  end: number;
  kind: RunKind;
}

/** Longer "words" (hashes, base64, URLs run together) are noise for a reader's search. */
const MAX_WORD_LENGTH = 40;
const MIN_WORD_LENGTH = 2;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isCjkUnit(unit: number): boolean {
  return (
    (unit >= 0x4e00 && unit <= 0x9fff) || // CJK unified ideographs
    (unit >= 0x3400 && unit <= 0x4dbf) || // extension A
    (unit >= 0xf900 && unit <= 0xfaff) || // compatibility ideographs
    (unit >= 0x3040 && unit <= 0x30ff) || // kana
    (unit >= 0xac00 && unit <= 0xd7af) // hangul syllables
  );
}

/** High surrogates of planes 2–3, where the CJK extensions B–H live. */
function isCjkHighSurrogate(unit: number): boolean {
  return unit >= 0xd840 && unit <= 0xd8bf;
}

function isWordUnit(unit: number): boolean {
  if (unit < 0x80) return (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39);
  return unit < 0x3000 && WORD_CHAR.test(String.fromCharCode(unit));
}

/** Maximal CJK and word runs of a folded text, in order. */
export function runsOf(folded: string): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < folded.length) {
    const unit = folded.charCodeAt(i);
    const kind: RunKind | null = isCjkUnit(unit) || isCjkHighSurrogate(unit) ? 'cjk' : isWordUnit(unit) ? 'word' : null;
    if (!kind) {
      i++;
      continue;
    }
    const start = i;
    while (i < folded.length) {
      const next = folded.charCodeAt(i);
      if (kind === 'cjk' && isCjkHighSurrogate(next)) i += 2;
      else if (kind === 'cjk' ? isCjkUnit(next) : isWordUnit(next)) i++;
      else break;
    }
    runs.push({ start, end: i, kind });
  }
  return runs;
}

function cjkChars(run: string): string[] {
  return Array.from(run);
}

function wordToken(word: string): string | null {
  return word.length >= MIN_WORD_LENGTH && word.length <= MAX_WORD_LENGTH ? word : null;
}

/** Where forEachToken hands its tokens. */
export interface TokenSink {
  /** A CJK token of the BMP, packed (see packToken; unpackToken gives the string back). */
  packed(code: number): void;
  /** Any other token: a word, or CJK beyond the BMP. */
  other(token: string): void;
}

/**
 * A CJK character of the BMP as its code unit, a pair of them as first × 0x10000 + second. Nearly
 * every token is one of these, and indexing would otherwise spend its time making and hashing a
 * string for each.
 */
function packToken(first: number, second?: number): number {
  return second === undefined ? first : first * 0x10000 + second;
}

export function unpackToken(code: number): string {
  return code > 0xffff ? String.fromCharCode(code >>> 16, code & 0xffff) : String.fromCharCode(code);
}

/** Hands `sink` every token of a folded text in order, repeats included. */
export function forEachToken(folded: string, sink: TokenSink): void {
  for (const run of runsOf(folded)) {
    if (run.kind === 'word') {
      const token = wordToken(folded.slice(run.start, run.end));
      if (token) sink.other(token);
      continue;
    }
    let previous = 0;
    let previousWide: string | null = null;
    for (let i = run.start; i < run.end; ) {
      const point = folded.codePointAt(i)!;
      const wide = point > 0xffff ? folded.slice(i, i + 2) : null;
      if (i > run.start) {
        if (wide === null && previousWide === null) sink.packed(packToken(previous, point));
        else sink.other((previousWide ?? String.fromCharCode(previous)) + (wide ?? String.fromCharCode(point)));
      }
      if (wide === null) sink.packed(packToken(point));
      else sink.other(wide);
      previous = point;
      previousWide = wide;
      i += wide === null ? 1 : 2;
    }
  }
}

/**
 * How often `token`, as forEachToken hands it out, occurs in a folded text, without tokenising
 * the text: CJK tokens wherever they stand (overlapping: 哈哈 is twice in 哈哈哈), words only as
 * whole runs.
 */
export function countToken(folded: string, token: string): number {
  const first = token.charCodeAt(0);
  const cjk = isCjkUnit(first) || isCjkHighSurrogate(first);
  let count = 0;
  for (let at = folded.indexOf(token); at >= 0; at = folded.indexOf(token, at + 1)) {
    if (cjk || (!isWordUnit(folded.charCodeAt(at - 1)) && !isWordUnit(folded.charCodeAt(at + token.length)))) count++;
  }
  return count;
}

/** The tokens a query needs, without repeats: unigram for a lone CJK character, else bigrams. */
export function queryTokens(foldedQuery: string): string[] {
  const tokens = new Set<string>();
  for (const run of runsOf(foldedQuery)) {
    const text = foldedQuery.slice(run.start, run.end);
    if (run.kind === 'word') {
      const token = wordToken(text);
      if (token) tokens.add(token);
      continue;
    }
    const chars = cjkChars(text);
    if (chars.length === 1) tokens.add(chars[0]!);
    for (let c = 0; c + 1 < chars.length; c++) tokens.add(chars[c]! + chars[c + 1]!);
  }
  return [...tokens];
}
