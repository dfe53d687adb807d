import { descendantsWhere, textNodesIn } from '../dom';

// One family of 2018 pages was UTF-8 read as Latin-1 (or Windows-1252) and saved again as UTF-8:
// "ä¸­å›½" instead of "中国". Re-encoding those characters to single bytes and decoding as UTF-8 repairs it.

const CP1252_EXTRAS: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89,
  'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95,
  '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

// A UTF-8 lead byte of a 3-byte sequence (Han characters) read as Latin-1, followed by two continuation bytes.
const MOJIBAKE_RUN = /(?:[\u00e0-\u00ef][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2026\u2030\u2039\u203a\u20ac\u2122]{2})+/g;

function toSingleByte(ch: string): number | null {
  const code = ch.charCodeAt(0);
  if (code <= 0xff) return code;
  return CP1252_EXTRAS[ch] ?? null;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/** True when the text looks like Han text that went through a Latin-1 misreading. */
export function looksLikeLatin1Mojibake(text: string): boolean {
  const runs = text.match(MOJIBAKE_RUN);
  if (!runs) return false;
  const mojibakeChars = runs.reduce((n, run) => n + run.length, 0);
  const hanChars = (text.match(/\p{Script=Han}/gu) ?? []).length;
  return mojibakeChars > 60 && mojibakeChars > hanChars * 3;
}

/** Repair each mojibake run that decodes as valid UTF-8; leave everything else as it is. */
export function repairLatin1Mojibake(text: string): string {
  return text.replace(MOJIBAKE_RUN, (run) => {
    const bytes: number[] = [];
    for (const ch of run) {
      const byte = toSingleByte(ch);
      if (byte === null) return run;
      bytes.push(byte);
    }
    try {
      return utf8Strict.decode(new Uint8Array(bytes));
    } catch {
      return run;
    }
  });
}

/**
 * The same repair on a rendered page: github.com and GitHub Pages render the misread file as it is, so
 * the blob and HTML forms get the mojibake as text nodes (and alt/title attributes), not as source.
 */
export function repairLatin1MojibakeInTree(root: Element): void {
  if (!looksLikeLatin1Mojibake(root.textContent ?? '')) return;
  for (const node of textNodesIn(root)) {
    const repaired = repairLatin1Mojibake(node.data);
    if (repaired !== node.data) node.data = repaired;
  }
  for (const el of descendantsWhere(root, (el) => el.hasAttribute('alt') || el.hasAttribute('title'))) {
    for (const name of ['alt', 'title']) {
      const value = el.getAttribute(name);
      if (value) el.setAttribute(name, repairLatin1Mojibake(value));
    }
  }
}
