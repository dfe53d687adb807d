// A document's terms: its tokens with their weights, as one string that the pending store keeps
// and search reads without parsing it ("\ntoken\tweight\n…", see searchIndex.ts). Tokenising is
// the largest part of a save after IndexedDB itself, so the counting avoids a string per token.
import { stringOfUnits } from './codeUnits';
import { foldText } from './fold';
import { forEachToken, type TokenSink } from './tokenize';

// A weight is (term frequency in the body << 1) | (1 if the token is in the title).
const MAX_TERM_FREQUENCY = 0x7fff;
const TAB = 0x09;
const NEWLINE = 0x0a;

/** Token counts: packed tokens in an open-addressing table of typed arrays, the rare others in a Map. */
class TokenCounts implements TokenSink {
  /** Packed tokens by slot; 0 is an empty slot (no token packs to 0). */
  codes: Uint32Array;
  counts: Uint32Array;
  size = 0;
  readonly others = new Map<string, number>();

  /** Sized for a text of `length` units: about one distinct token per unit, the table kept under half full. */
  constructor(length: number) {
    let slots = 64;
    while (slots < length * 2) slots *= 2;
    this.codes = new Uint32Array(slots);
    this.counts = new Uint32Array(slots);
  }

  #slotOf(code: number): number {
    const mask = this.codes.length - 1;
    let slot = (Math.imul(code, 0x9e3779b1) >>> 0) & mask;
    while (this.codes[slot] !== 0 && this.codes[slot] !== code) slot = (slot + 1) & mask;
    return slot;
  }

  packed(code: number): void {
    const slot = this.#slotOf(code);
    if (this.codes[slot] === code) {
      this.counts[slot]!++;
      return;
    }
    this.codes[slot] = code;
    this.counts[slot] = 1;
    if (++this.size * 2 > this.codes.length) this.#grow();
  }

  other(token: string): void {
    this.others.set(token, (this.others.get(token) ?? 0) + 1);
  }

  hasPacked(code: number): boolean {
    return this.codes[this.#slotOf(code)] === code;
  }

  #grow(): void {
    const { codes, counts } = this;
    this.codes = new Uint32Array(codes.length * 2);
    this.counts = new Uint32Array(codes.length * 2);
    for (let slot = 0; slot < codes.length; slot++) {
      if (codes[slot] === 0) continue;
      const to = this.#slotOf(codes[slot]!);
      this.codes[to] = codes[slot]!;
      this.counts[to] = counts[slot]!;
    }
  }
}

function countTokens(text: string): TokenCounts {
  const counts = new TokenCounts(text.length);
  forEachToken(foldText(text), counts);
  return counts;
}

/** Builds the terms string in code units: a string per line would cost as much as the counting. */
class TermsWriter {
  units = new Uint16Array(4096);
  length = 0;

  constructor() {
    this.#unit(NEWLINE);
  }

  #unit(unit: number): void {
    if (this.length === this.units.length) {
      const grown = new Uint16Array(this.units.length * 2);
      grown.set(this.units);
      this.units = grown;
    }
    this.units[this.length++] = unit;
  }

  line(token: number | string, weight: number): void {
    if (typeof token === 'string') for (let i = 0; i < token.length; i++) this.#unit(token.charCodeAt(i));
    else if (token > 0xffff) {
      this.#unit(token >>> 16);
      this.#unit(token & 0xffff);
    } else this.#unit(token);
    this.#unit(TAB);
    const digits = String(weight);
    for (let i = 0; i < digits.length; i++) this.#unit(digits.charCodeAt(i));
    this.#unit(NEWLINE);
  }

  toString(): string {
    return stringOfUnits(this.units, this.length);
  }
}

/** Tokens of an article with their weights, as the pending record's `terms`. */
export function documentTerms(title: string, text: string): string {
  const body = countTokens(text);
  const inTitle = countTokens(title);
  const weight = (count: number, titled: boolean) => (Math.min(count, MAX_TERM_FREQUENCY) << 1) | Number(titled);
  const writer = new TermsWriter();
  for (let slot = 0; slot < body.codes.length; slot++) {
    const code = body.codes[slot]!;
    if (code !== 0) writer.line(code, weight(body.counts[slot]!, inTitle.hasPacked(code)));
  }
  for (const [token, count] of body.others) writer.line(token, weight(count, inTitle.others.has(token)));
  for (let slot = 0; slot < inTitle.codes.length; slot++) {
    const code = inTitle.codes[slot]!;
    if (code !== 0 && !body.hasPacked(code)) writer.line(code, weight(0, true));
  }
  for (const token of inTitle.others.keys()) if (!body.others.has(token)) writer.line(token, weight(0, true));
  return writer.toString();
}

/** The weight of `token` in a document's terms, if it has the token. */
export function weightIn(terms: string, token: string): number | undefined {
  const at = terms.indexOf(`\n${token}\t`);
  if (at < 0) return undefined;
  const from = at + token.length + 2;
  return Number(terms.slice(from, terms.indexOf('\n', from)));
}

/** Every token of a document's terms with its weight. */
export function forEachTerm(terms: string, visit: (token: string, weight: number) => void): void {
  for (const line of terms.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab >= 0) visit(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
}
