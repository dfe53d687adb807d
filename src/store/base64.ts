// Base64 without Buffer (not in browsers).
import { stringOfUnits } from './codeUnits';

export function bytesToBase64(bytes: ArrayBuffer): string {
  return btoa(stringOfUnits(new Uint8Array(bytes)));
}

/** The decoded bytes, or null when the text is not base64. */
export function base64ToBytes(base64: string): ArrayBuffer | null {
  if (base64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) return null;
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}
