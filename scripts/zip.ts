// Writes a zip archive of a directory with Node alone (deflate via zlib), for the store uploads. The
// CRC-32 and the headers are the extension's zip writer's (src/store/zip.ts).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { centralHeader, crc32, endOfCentralDirectory, localHeader, type ZipEntry } from '../src/store/zip';

export function zipDirectory(dir: string, output: string): void {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const file of files) {
    const data = readFileSync(file);
    const packed = deflateRawSync(data, { level: 9 });
    const entry: ZipEntry = { name: Buffer.from(relative(dir, file).split('\\').join('/')), crc: crc32(data), method: 8, packedSize: packed.length, size: data.length };
    const local = localHeader(entry);
    locals.push(local, packed);
    centrals.push(centralHeader(entry, offset));
    offset += local.length + packed.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  writeFileSync(output, Buffer.concat([...locals, ...centrals, endOfCentralDirectory(files.length, centralSize, offset)]));
}
