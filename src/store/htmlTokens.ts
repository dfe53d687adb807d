// A tokenizer for serialised, already-sanitised article HTML (DOMPurify output), usable where there
// is no DOM (the background service worker). It is not a general HTML parser: anything outside the
// simple shape the DOM serialiser writes makes it give up (null), and callers treat that as unsafe.

export type HtmlToken =
  | { kind: 'text'; text: string }
  | { kind: 'start'; name: string; attributes: [string, string][] }
  | { kind: 'end'; name: string };

const TEXT = /[^<]+/y;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/y;
const ATTRIBUTE = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes character references; null if one is unknown (so a URL check can't be fooled). */
export function decodeEntities(text: string): string | null {
  let unknown = false;
  const decoded = text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (_match, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    }
    const named = NAMED_ENTITIES[ref.toLowerCase()];
    if (named === undefined) unknown = true;
    return named ?? '';
  });
  return unknown ? null : decoded;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function tokenizeHtml(html: string): HtmlToken[] | null {
  const tokens: HtmlToken[] = [];
  let at = 0;
  while (at < html.length) {
    TEXT.lastIndex = at;
    const text = TEXT.exec(html);
    if (text) {
      tokens.push({ kind: 'text', text: text[0] });
      at = TEXT.lastIndex;
      continue;
    }
    TAG.lastIndex = at;
    const tag = TAG.exec(html);
    if (!tag) return null;
    const name = tag[2]!.toLowerCase();
    if (tag[1]) tokens.push({ kind: 'end', name });
    else {
      const attributes: [string, string][] = [];
      for (const attribute of (tag[3] ?? '').matchAll(ATTRIBUTE)) {
        attributes.push([attribute[1]!.toLowerCase(), attribute[2] ?? attribute[3] ?? attribute[4] ?? '']);
      }
      tokens.push({ kind: 'start', name, attributes });
    }
    at = TAG.lastIndex;
  }
  return tokens;
}

/** Writes tokens back as HTML; attribute values are raw (still escaped) source text. */
export function serializeHtml(tokens: readonly HtmlToken[]): string {
  return tokens
    .map((token) => {
      if (token.kind === 'text') return token.text;
      if (token.kind === 'end') return `</${token.name}>`;
      const attributes = token.attributes.map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`).join('');
      return `<${token.name}${attributes}>`;
    })
    .join('');
}
