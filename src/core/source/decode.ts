// Mirror files are served as "UTF-8" whatever they hold; many 2019–2020 djy/ntdtv files are GBK.
// Decode strictly as UTF-8 first and fall back to GB18030 (a superset of GBK) only when that fails.

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** Decode the bytes of a mirrored file: UTF-8 when valid, else GB18030; never throws. */
export function decodeBytes(bytes: Uint8Array): string {
  if (hasUtf8Bom(bytes)) return utf8Lenient.decode(bytes.subarray(3));
  try {
    return utf8Strict.decode(bytes);
  } catch {}
  const utf8 = utf8Lenient.decode(bytes);
  const gb = decodeGb18030(bytes);
  // Broken UTF-8 stays UTF-8 unless GB18030 reads the bytes with fewer losses.
  return gb !== null && replacementCount(gb) < replacementCount(utf8) ? gb : utf8;
}

function decodeGb18030(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('gb18030').decode(bytes);
  } catch {
    // Runtimes built without full ICU have no GB decoders.
    return null;
  }
}

function replacementCount(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) count++;
  return count;
}

/** Share of U+FFFD in a text: a page the browser decoded as UTF-8 although it was GBK is full of them. */
export function replacementCharShare(text: string): number {
  return text ? replacementCount(text) / text.length : 0;
}
