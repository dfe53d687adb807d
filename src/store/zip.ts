// A small zip writer that runs in extension pages and in Node: entries are stored, or deflated with
// CompressionStream('deflate-raw') where the runtime has it. The CRC-32 and the header layouts are
// shared with the packaging script (scripts/zip.ts), which deflates with zlib instead.

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (zip, PNG) of `bytes`. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A fixed timestamp (1 Jan 2000, 00:00) so that the same content zips to the same bytes. */
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;

/** Classic zip (no Zip64): at most this many entries, and sizes and offsets below 4 GiB. */
const MAX_ENTRIES = 0xffff;
const MAX_OFFSET = 0xffffffff;

export interface ZipEntry {
  /** The path inside the archive, UTF-8 encoded. */
  name: Uint8Array;
  crc: number;
  /** 0 stored, 8 deflated. */
  method: 0 | 8;
  packedSize: number;
  size: number;
}

/** The fields local and central headers share, from "version needed" to "name length". */
function writeCommon(view: DataView, at: number, entry: ZipEntry): void {
  view.setUint16(at, 20, true); // version needed: 2.0
  view.setUint16(at + 2, 0x0800, true); // names are UTF-8
  view.setUint16(at + 4, entry.method, true);
  view.setUint16(at + 6, 0, true); // time 00:00
  view.setUint16(at + 8, DOS_DATE, true);
  view.setUint32(at + 10, entry.crc, true);
  view.setUint32(at + 14, entry.packedSize, true);
  view.setUint32(at + 18, entry.size, true);
  view.setUint16(at + 22, entry.name.length, true);
}

function header(size: number, signature: number, fill: (view: DataView) => void, name?: Uint8Array): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size + (name?.length ?? 0));
  const view = new DataView(bytes.buffer);
  view.setUint32(0, signature, true);
  fill(view);
  if (name) bytes.set(name, size);
  return bytes;
}

/** Local file header with the name; the entry's data follows it. */
export function localHeader(entry: ZipEntry): Uint8Array<ArrayBuffer> {
  return header(30, 0x04034b50, (view) => writeCommon(view, 4, entry), entry.name);
}

/** Central directory record with the name, for the entry whose local header is at `offset`. */
export function centralHeader(entry: ZipEntry, offset: number): Uint8Array<ArrayBuffer> {
  return header(
    46,
    0x02014b50,
    (view) => {
      view.setUint16(4, 20, true); // made by: version 2.0
      writeCommon(view, 6, entry);
      view.setUint32(42, offset, true);
    },
    entry.name,
  );
}

/** End of central directory: `count` entries whose records take `size` bytes from `offset`. */
export function endOfCentralDirectory(count: number, size: number, offset: number): Uint8Array<ArrayBuffer> {
  return header(22, 0x06054b50, (view) => {
    view.setUint16(8, count, true);
    view.setUint16(10, count, true);
    view.setUint32(12, size, true);
    view.setUint32(16, offset, true);
  });
}

function canDeflate(): boolean {
  try {
    new CompressionStream('deflate-raw');
    return true;
  } catch {
    return false; // no CompressionStream, or one without raw deflate (Firefox before 113): store
  }
}

async function deflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const { readable, writable } = new CompressionStream('deflate-raw');
  const writer = writable.getWriter();
  void writer.write(bytes).then(() => writer.close(), () => undefined); // a failure surfaces on the readable side
  return new Uint8Array(await new Response(readable).arrayBuffer());
}

/**
 * Writes entries one after the other. What has been written is kept as Blob parts (`flush`), so
 * the caller's buffers can go and a browser may keep a large archive out of the page's memory.
 */
export class ZipWriter {
  readonly #deflate = canDeflate();
  readonly #central: Uint8Array<ArrayBuffer>[] = [];
  #parts: BlobPart[] = [];
  #written: Blob = new Blob([]);
  #offset = 0;

  /** Adds a file; `compress` deflates it where the runtime can (text, not images that are compressed already). */
  async add(path: string, data: Uint8Array<ArrayBuffer> | string, compress: boolean): Promise<void> {
    if (this.#central.length >= MAX_ENTRIES) throw new Error('Too many files for a zip archive.');
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    const packed = compress && this.#deflate ? await deflateRaw(bytes) : bytes;
    const method = packed === bytes ? 0 : 8;
    const entry: ZipEntry = { name: new TextEncoder().encode(path), crc: crc32(bytes), method, packedSize: packed.length, size: bytes.length };
    const local = localHeader(entry);
    if (this.#offset + local.length + packed.length > MAX_OFFSET) throw new Error('Too large for a zip archive.');
    this.#central.push(centralHeader(entry, this.#offset));
    this.#parts.push(local, packed);
    this.#offset += local.length + packed.length;
  }

  /** Folds what was added since the last flush into one Blob. */
  flush(): void {
    if (this.#parts.length === 0) return;
    this.#written = new Blob([this.#written, ...this.#parts]);
    this.#parts = [];
  }

  /** The archive, with its central directory. */
  finish(type: string): Blob {
    const size = this.#central.reduce((sum, record) => sum + record.length, 0);
    const end = endOfCentralDirectory(this.#central.length, size, this.#offset);
    return new Blob([this.#written, ...this.#parts, ...this.#central, end], { type });
  }
}
