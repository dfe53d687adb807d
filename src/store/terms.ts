// The weights of a document's tokens: (term frequency in the body << 1) | (1 if in the title).
//
// A saved document waits in `pending` as its folded title and text (see searchIndex.ts), not as
// tokens: tokenising is most of a save's script, and a save's code runs cold (the browser keeps
// little optimised code for a page that saves now and then). So a search weighs a pending
// document by counting the query's tokens in its text with the browser's own string search, and
// the flush into a segment tokenises 32 documents at once, in a loop that is hot by the second.
import type { PendingDoc } from './schema';
import { countToken, forEachToken, unpackToken, type TokenSink } from './tokenize';

const MAX_TERM_FREQUENCY = 0x7fff;

function weightOf(frequency: number, inTitle: boolean): number {
  return (Math.min(frequency, MAX_TERM_FREQUENCY) << 1) | Number(inTitle);
}

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

function countTokens(folded: string): TokenCounts {
  const counts = new TokenCounts(folded.length);
  forEachToken(folded, counts);
  return counts;
}

/** Every token of a document with its weight, title-only tokens included. */
export function forEachTerm(doc: PendingDoc, visit: (token: string, weight: number) => void): void {
  const body = countTokens(doc.text);
  const title = countTokens(doc.title);
  body.codes.forEach((code, slot) => {
    if (code !== 0) visit(unpackToken(code), weightOf(body.counts[slot]!, title.hasPacked(code)));
  });
  for (const [token, count] of body.others) visit(token, weightOf(count, title.others.has(token)));
  title.codes.forEach((code) => {
    if (code !== 0 && !body.hasPacked(code)) visit(unpackToken(code), weightOf(0, true));
  });
  for (const token of title.others.keys()) if (!body.others.has(token)) visit(token, weightOf(0, true));
}

/** The weight forEachTerm gives `token` in the document, found without tokenising it; undefined if absent. */
export function termWeight(doc: PendingDoc, token: string): number | undefined {
  const frequency = countToken(doc.text, token);
  const inTitle = countToken(doc.title, token) > 0;
  return frequency > 0 || inTitle ? weightOf(frequency, inTitle) : undefined;
}
