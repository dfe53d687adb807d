import { replacementCharShare } from '../source/decode';
import { onlyChildElement } from '../dom';

/** A browser shows a text/plain file as one <pre> in the body. */
export function rawTextOf(doc: Document): string | null {
  const body = doc.body;
  if (!body) return null;
  const pre = onlyChildElement(body);
  if (pre?.localName !== 'pre') return null;
  return pre.textContent ?? '';
}

/** Text that went through a GBK-as-UTF-8 read has lost its bytes: only a refetch of the bytes can recover it. */
export function isUndecodable(text: string): boolean {
  return replacementCharShare(text) > 0.05;
}
