// Folds text for search: Traditional → Simplified, fullwidth → ASCII, upper → lower case.
// Every mapping is one UTF-16 code unit to one, so a folded string has the same length as the
// original and a match found in folded text points at the same place in the original text.
import simplifiedToTraditional from 'opencc-js/dict/STCharacters';
import traditionalToSimplified from 'opencc-js/dict/TSCharacters';
import { stringOfUnits } from './codeUnits';

const FULLWIDTH_FIRST = 0xff01; // ！ … ～ map onto ! … ~
const FULLWIDTH_LAST = 0xff5e;
const FULLWIDTH_OFFSET = 0xff01 - 0x21;
const IDEOGRAPHIC_SPACE = 0x3000;
/** Scripts with case (Latin, Greek, Cyrillic, Armenian…) all sit below this code point. */
const CASED_SCRIPTS_END = 0x0590;

let table: Uint16Array | null = null;

function entries(dictionary: string): string[][] {
  return dictionary.split('|').map((entry) => entry.split(' '));
}

function buildTable(): Uint16Array {
  const map = new Uint16Array(0x10000);
  for (let unit = 0; unit < map.length; unit++) map[unit] = unit;
  for (let unit = 0; unit < CASED_SCRIPTS_END; unit++) {
    const lower = String.fromCharCode(unit).toLowerCase();
    if (lower.length === 1) map[unit] = lower.charCodeAt(0);
  }
  for (let unit = FULLWIDTH_FIRST; unit <= FULLWIDTH_LAST; unit++) {
    map[unit] = map[unit - FULLWIDTH_OFFSET]!;
  }
  map[IDEOGRAPHIC_SPACE] = 0x20;

  // Traditional → its first Simplified form; then the Traditional forms only the S→T table knows.
  // Characters outside the BMP (rare extension-B forms) are left alone to keep lengths equal.
  const toSimplified = new Map<number, number>();
  const addPair = (from: string, to: string): void => {
    if (from.length !== 1 || to.length !== 1) return;
    const code = from.charCodeAt(0);
    if (!toSimplified.has(code)) toSimplified.set(code, to.charCodeAt(0));
  };
  for (const [traditional, simplified] of entries(traditionalToSimplified)) {
    if (traditional && simplified) addPair(traditional, simplified);
  }
  for (const [simplified, ...traditionals] of entries(simplifiedToTraditional)) {
    if (simplified) for (const traditional of traditionals) addPair(traditional, simplified);
  }
  // Follow chains (A→B, B→C) to their end so that folding twice changes nothing.
  for (const [from, to] of toSimplified) {
    let target = to;
    for (let hops = 0; hops < 4 && toSimplified.has(target) && toSimplified.get(target) !== target; hops++) {
      target = toSimplified.get(target)!;
    }
    map[from] = target;
  }
  return map;
}

export function foldText(text: string): string {
  table ??= buildTable();
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = table[text.charCodeAt(i)]!;
  return stringOfUnits(units);
}
