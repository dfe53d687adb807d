// A small zip reader for tests: the entries of an archive in their order, with method and bytes.
import { crc32, inflateRawSync } from 'node:zlib';

export interface UnzippedEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  bytes: Uint8Array;
  /** Length of the local header's extra field. */
  extra: number;
}

/** Reads the central directory and every local entry; throws on a CRC or size mismatch. */
export function unzip(archive: Uint8Array): UnzippedEntry[] {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  const end = archive.byteLength - 22;
  if (view.getUint32(end, true) !== 0x06054b50) throw new Error('no end of central directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: UnzippedEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`bad central record ${i}`);
    const nameLength = view.getUint16(at + 28, true);
    const offset = view.getUint32(at + 42, true);
    const local = new DataView(archive.buffer, archive.byteOffset + offset);
    if (local.getUint32(0, true) !== 0x04034b50) throw new Error(`bad local header ${i}`);
    const method = local.getUint16(8, true);
    const crc = local.getUint32(14, true);
    const packedSize = local.getUint32(18, true);
    const size = local.getUint32(22, true);
    const extra = local.getUint16(28, true);
    const name = new TextDecoder().decode(archive.subarray(offset + 30, offset + 30 + nameLength));
    const start = offset + 30 + nameLength + extra;
    const packed = archive.subarray(start, start + packedSize);
    const bytes = method === 8 ? new Uint8Array(inflateRawSync(packed)) : packed;
    if (bytes.length !== size) throw new Error(`${name}: size ${bytes.length}, header says ${size}`);
    if (crc32(bytes) !== crc) throw new Error(`${name}: CRC mismatch`);
    entries.push({ name, method, bytes, extra });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}
