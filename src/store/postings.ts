// The encoding of one postings record: for every token of one hash bucket in one segment, the
// documents that contain it and how strongly. In Chromium every record read costs ~10–40 µs and
// every record written ~100 µs, while bytes are cheap: so records are few and hold many tokens.
//
//   directory: "\ntoken\tstart\tend" per token, then "\n"
//   pairs:     varints; a token's slice [start, end) holds (docNo − previous docNo, weight) pairs

/** FNV-1a over UTF-16 code units: which bucket of a segment holds the token (see searchIndex.ts, slotOf). */
export function tokenHash(token: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) hash = Math.imul(hash ^ token.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export interface PostingsRecord {
  directory: string;
  pairs: Uint8Array;
}

class VarintWriter {
  bytes = new Uint8Array(256);
  length = 0;

  write(value: number): void {
    if (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    while (value >= 0x80) {
      this.bytes[this.length++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    this.bytes[this.length++] = value;
  }
}

/** token → [docNo, weight, docNo, weight, …], docNos ascending. */
export type PostingLists = Map<string, number[]>;

/** `lists`: token → [docNo, weight, docNo, weight, …] with docNos ascending. */
export function encodePostings(lists: ReadonlyMap<string, readonly number[]>): PostingsRecord {
  const writer = new VarintWriter();
  let directory = '\n';
  for (const [token, list] of lists) {
    const start = writer.length;
    let previous = 0;
    for (let i = 0; i < list.length; i += 2) {
      writer.write(list[i]! - previous);
      writer.write(list[i + 1]!);
      previous = list[i]!;
    }
    directory += `${token}\t${start}\t${writer.length}\n`;
  }
  return { directory, pairs: writer.bytes.slice(0, writer.length) };
}

/** Calls `visit(docNo, weight)` for each document of `token` in the record. */
export function forEachPosting(record: PostingsRecord, token: string, visit: (docNo: number, weight: number) => void): void {
  const { directory } = record;
  const at = directory.indexOf(`\n${token}\t`);
  if (at < 0) return;
  const startAt = at + token.length + 2;
  const endAt = directory.indexOf('\t', startAt) + 1;
  decodeRange(record.pairs, Number(directory.slice(startAt, endAt - 1)), Number(directory.slice(endAt, directory.indexOf('\n', endAt))), visit);
}

function decodeRange(pairs: Uint8Array, start: number, end: number, visit: (docNo: number, weight: number) => void): void {
  let position = start;
  let docNo = 0;
  let readingWeight = false;
  let value = 0;
  let shift = 0;
  while (position < end) {
    const byte = pairs[position++]!;
    value += (byte & 0x7f) * 2 ** shift;
    if (byte & 0x80) {
      shift += 7;
      continue;
    }
    if (readingWeight) visit(docNo, value);
    else docNo += value;
    readingWeight = !readingWeight;
    value = 0;
    shift = 0;
  }
}

/** Every token's list in the record. */
export function decodePostings(record: PostingsRecord): PostingLists {
  const lists: PostingLists = new Map();
  for (const line of record.directory.split('\n')) {
    const [token, start, end] = line.split('\t');
    if (!token || start === undefined || end === undefined) continue;
    const list: number[] = [];
    decodeRange(record.pairs, Number(start), Number(end), (docNo, weight) => list.push(docNo, weight));
    lists.set(token, list);
  }
  return lists;
}
