// Reads a closed browser profile the way someone searching the device would: every file's bytes, plus
// what LevelDB keeps compressed (Chromium's IndexedDB and extension storage: table blocks are Snappy-
// compressed, the write-ahead log is split into 32 KiB blocks), and looks for text in UTF-8 and UTF-16LE
// (V8 writes strings with characters past Latin-1 as UTF-16LE).
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Snappy's raw format (what LevelDB uses): a varint length, then literals and back-copies. */
export function snappyDecompress(input: Uint8Array): Uint8Array {
  let pos = 0;
  let length = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = input[pos++]!;
    length |= (byte & 0x7f) << shift;
    if (byte < 0x80) break;
  }
  const out = new Uint8Array(length);
  let written = 0;
  while (pos < input.length && written < length) {
    const tag = input[pos++]!;
    const kind = tag & 3;
    if (kind === 0) {
      let size = (tag >> 2) + 1;
      if (size > 60) {
        const bytes = size - 60;
        size = 1;
        for (let i = 0; i < bytes; i++) size += input[pos + i]! << (8 * i);
        pos += bytes;
      }
      out.set(input.subarray(pos, pos + size), written);
      pos += size;
      written += size;
      continue;
    }
    let size: number;
    let offset: number;
    if (kind === 1) {
      size = ((tag >> 2) & 7) + 4;
      offset = ((tag >> 5) << 8) | input[pos++]!;
    } else if (kind === 2) {
      size = (tag >> 2) + 1;
      offset = input[pos]! | (input[pos + 1]! << 8);
      pos += 2;
    } else {
      size = (tag >> 2) + 1;
      offset = (input[pos]! | (input[pos + 1]! << 8) | (input[pos + 2]! << 16) | (input[pos + 3]! << 24)) >>> 0;
      pos += 4;
    }
    if (offset === 0 || offset > written) throw new Error('bad snappy copy');
    for (let i = 0; i < size; i++, written++) out[written] = out[written - offset]!;
  }
  return out.subarray(0, written);
}

function varint(bytes: Uint8Array, at: number): [value: number, next: number] {
  let value = 0;
  let pos = at;
  for (let shift = 0; ; shift += 7) {
    const byte = bytes[pos++]!;
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, pos];
  }
}

const FOOTER = 48;

/** A table block's contents, decompressed when its trailer says Snappy. */
function tableBlock(file: Uint8Array, offset: number, size: number): Uint8Array {
  const contents = file.subarray(offset, offset + size);
  return file[offset + size] === 1 ? snappyDecompress(contents) : contents;
}

/** Every data block of a LevelDB table file (.ldb/.sst), decompressed, found through its index block. */
export function leveldbTableBlocks(file: Uint8Array): Uint8Array[] {
  if (file.length < FOOTER) return [];
  let [, pos] = varint(file, file.length - FOOTER); // metaindex offset
  [, pos] = varint(file, pos); // metaindex size
  const [indexOffset, afterOffset] = varint(file, pos);
  const [indexSize] = varint(file, afterOffset);
  const index = tableBlock(file, indexOffset, indexSize);
  const restarts = new DataView(index.buffer, index.byteOffset, index.byteLength).getUint32(index.length - 4, true);
  const end = index.length - 4 - 4 * restarts;
  const blocks: Uint8Array[] = [];
  for (let at = 0; at < end; ) {
    const [, a] = varint(index, at); // shared key bytes
    const [unshared, b] = varint(index, a);
    const [valueLength, c] = varint(index, b);
    const value = c + unshared;
    const [blockOffset, d] = varint(index, value);
    const [blockSize] = varint(index, d);
    blocks.push(tableBlock(file, blockOffset, blockSize));
    at = value + valueLength;
  }
  return blocks;
}

const LOG_BLOCK = 32 * 1024;
const LOG_HEADER = 7;

/** The records of a LevelDB log file, with the block headers that may split a value taken out. */
export function leveldbLogRecords(file: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  for (let block = 0; block < file.length; block += LOG_BLOCK) {
    const end = Math.min(block + LOG_BLOCK, file.length);
    for (let at = block; at + LOG_HEADER <= end; ) {
      const length = file[at + 4]! | (file[at + 5]! << 8);
      if (length === 0 && file[at + 6] === 0) break; // zero padding
      parts.push(file.subarray(at + LOG_HEADER, Math.min(at + LOG_HEADER + length, end)));
      at += LOG_HEADER + length;
    }
  }
  return Buffer.concat(parts);
}

/** What each file of the profile can show: its bytes, and for LevelDB files their decoded contents. */
function readable(path: string): Uint8Array[] {
  const bytes = readFileSync(path);
  const views: Uint8Array[] = [bytes];
  try {
    if (/\.(ldb|sst)$/.test(path)) views.push(...leveldbTableBlocks(bytes));
    else if (/\/\d+\.log$/.test(path)) views.push(leveldbLogRecords(bytes));
  } catch {
    // Not a well-formed LevelDB file: its raw bytes are still searched.
  }
  return views;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const stat = lstatSync(path, { throwIfNoEntry: false });
    if (!stat) return [];
    if (stat.isDirectory()) return filesUnder(path);
    return stat.isFile() ? [path] : []; // sockets and links of a running profile
  });
}

/** For each needle, the profile files (relative paths) in which it can be read. */
export function scanProfile(profile: string, needles: readonly string[]): Map<string, string[]> {
  const patterns = needles.map((needle) => [needle, Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')] as const);
  const found = new Map<string, string[]>(needles.map((needle) => [needle, []]));
  for (const path of filesUnder(profile)) {
    const views = readable(path).map((view) => Buffer.from(view.buffer, view.byteOffset, view.byteLength));
    for (const [needle, utf8, utf16] of patterns) {
      if (views.some((view) => view.includes(utf8) || view.includes(utf16))) found.get(needle)!.push(relative(profile, path));
    }
  }
  return found;
}
