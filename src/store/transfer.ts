// Whole-library export to a library file and import back (merge: importing twice adds nothing),
// both a record at a time so that the memory they take does not grow with the library.
//
// Export: a ReadableStream of the file's lines (libraryFile.ts), read from the library in slices of
// articles, each slice in its own read transaction; every image goes out once, just before the first
// article that uses it. The page turns the stream into a Blob, which the browser keeps outside the
// page's heap.
//
// Import: all in one write transaction, fed by the file as it is read. The transaction is kept alive
// across the reads of the file (which are not IndexedDB requests) by `whileReading` (transaction.ts),
// so that a file found cut short or damaged at its last line still aborts everything it wrote: the
// library is unchanged, whatever the file's size. Images wait in memory only from their line to the
// line of the article that uses them.
import { LibraryError } from './errors';
import {
  LIMITS,
  isLineFileHeader,
  libraryFileLines,
  parseLibraryLine,
  parseWholeLibraryFile,
  type LibraryFileArticle,
  type LibraryFileCounts,
} from './libraryFile';
import type { PageWindow } from './pageWindow';
import { imageUrlsOf, savedArticleOf } from './records';
import type { ArticleRecord, ReadTransaction, SummaryRecord, WriteTransaction } from './schema';
import { eachOf, together, whileReading } from './transaction';
import type { ImageFile, ImportReport } from './types';
import { upsertInBulk } from './writes';

/** Articles read per export transaction. */
const EXPORT_SLICE = 500;
/** A slice ends early once its images reach this many bytes, so that one slice stays a few MB. */
const EXPORT_SLICE_IMAGE_BYTES = 16 * 1024 * 1024;
/** How much of a file is read to find its first line. */
const HEADER_PEEK = 4096;
/**
 * Image bytes an import holds while waiting for the article that uses them: an export writes an
 * article's images right before it. Four times what one save downloads for an article (24 MB,
 * background/images.ts), for images added later; a file that holds more for one article is refused.
 */
const MAX_WAITING_IMAGE_BYTES = 96 * 1024 * 1024;

export interface ExportSlice {
  /** The slice's lines. */
  text: string;
  counts: LibraryFileCounts;
  /** The id of the last article written: the next slice starts after it. */
  last: string | null;
  done: boolean;
}

/** The articles after `after` (by id) with the images none of the earlier ones used (`written`). */
export async function readExportSlice(tx: ReadTransaction, after: string | null, written: Set<string>): Promise<ExportSlice> {
  const range = after === null ? undefined : IDBKeyRange.lowerBound(after, true);
  const [records, states]: [ArticleRecord[], SummaryRecord[]] = await together(
    () => tx.objectStore('articles').getAll(range, EXPORT_SLICE),
    () => tx.objectStore('summaries').getAll(range, EXPORT_SLICE),
  );
  const stateById = new Map<string, SummaryRecord>(states.map((summary) => [summary.id, summary]));
  const lines: string[] = [];
  const counts: LibraryFileCounts = { articles: 0, images: 0 };
  let imageBytes = 0;
  let last: string | null = null;
  for (const record of records) {
    last = record.id;
    const summary = stateById.get(record.id) ?? (await tx.objectStore('summaries').get(record.id));
    if (!summary) continue; // not an article any more (a half-written record of an older version)
    const images = await eachOf(
      record.imageUrls.filter((url) => !written.has(url)),
      (url) => tx.objectStore('images').get(url),
    );
    for (const image of images) {
      if (!image) continue;
      written.add(image.url);
      lines.push(libraryFileLines.image(image));
      counts.images++;
      imageBytes += image.bytes.byteLength;
    }
    lines.push(libraryFileLines.article(savedArticleOf(record, summary)));
    counts.articles++;
    if (imageBytes >= EXPORT_SLICE_IMAGE_BYTES) break;
  }
  return { text: lines.join(''), counts, last, done: records.length < EXPORT_SLICE && last === (records.at(-1)?.id ?? null) };
}

/**
 * The library file as a stream of UTF-8 bytes; `readSlice` reads the slice after an article id (each
 * in its own transaction), `onArticles` hears how many articles are written so far.
 */
export function libraryFileStream(exportedAt: string, readSlice: (after: string | null) => Promise<ExportSlice>, onArticles: (written: number) => void): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const counts: LibraryFileCounts = { articles: 0, images: 0 };
  let after: string | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(libraryFileLines.header(exportedAt)));
          return;
        }
        const slice = await readSlice(after);
        counts.articles += slice.counts.articles;
        counts.images += slice.counts.images;
        if (slice.text) controller.enqueue(encoder.encode(slice.text));
        onArticles(counts.articles);
        after = slice.last;
        if (slice.done) {
          controller.enqueue(encoder.encode(libraryFileLines.end(counts)));
          controller.close();
        }
      },
    },
    // The next slice is read while the consumer writes the last one; never more than that.
    { highWaterMark: 2 },
  );
}

function reject(reason: string): never {
  throw new LibraryError('bad-import', `This file cannot be imported: ${reason}. The library was not changed.`);
}

/** An article of the file with the images of it that the file holds. */
export interface ImportEntry {
  saved: LibraryFileArticle;
  images: ImageFile[];
}

/** Reports how many of the file's bytes were read, and of how many. */
export type ReadProgress = (read: number, total: number) => void;

/**
 * The articles of a library file, checked as they come. `take` works on what was read so far and
 * never waits; only `read` waits for the file, so that an import's transaction is kept alive only then.
 */
export interface ImportSource {
  /** The next article, or undefined when more of the file must be read first or none is left. */
  take(): ImportEntry | undefined;
  readonly finished: boolean;
  /** Reads the next piece of the file. */
  read(): Promise<void>;
  /** Lets go of the file. */
  close(): void;
}

/** The text of a file, line by line as it is read (the newlines dropped). */
class LineReader {
  readonly #reader: ReadableStreamDefaultReader<Uint8Array>;
  readonly #decoder = new TextDecoder('utf-8', { fatal: true });
  #text = '';
  #at = 0;
  /** The start of a line longer than the text read: its pieces so far. */
  #pieces: string[] = [];
  #piecesLength = 0;
  #bytesRead = 0;
  #ended = false;
  /** The number of the line `next` returns next (1-based). */
  lineNo = 1;

  constructor(
    private readonly file: Blob,
    private readonly onProgress: ReadProgress,
  ) {
    this.#reader = file.stream().getReader();
  }

  /** Every line was returned. */
  get done(): boolean {
    return this.#ended && this.#at >= this.#text.length && this.#pieces.length === 0;
  }

  /** The next whole line; undefined when the rest of it is still to be read (or the file is done). */
  next(): string | undefined {
    const newline = this.#text.indexOf('\n', this.#at);
    if (newline < 0) {
      if (!this.#ended) return undefined;
      if (this.done) return undefined;
      // The last line has no newline: it is whatever is left.
      return this.#line(this.#text.length, this.#text.length);
    }
    return this.#line(newline, newline + 1);
  }

  #line(end: number, next: number): string {
    const tail = this.#text.slice(this.#at, end);
    if (this.#piecesLength + tail.length > LIMITS.line) this.#tooLong();
    const line = this.#pieces.length ? this.#pieces.join('') + tail : tail;
    this.#pieces = [];
    this.#piecesLength = 0;
    this.#at = next;
    this.lineNo++;
    return line;
  }

  async read(): Promise<void> {
    const { value, done } = await this.#reader.read();
    let text: string;
    try {
      text = done ? this.#decoder.decode() : this.#decoder.decode(value, { stream: true });
    } catch {
      return reject(`line ${this.lineNo} is not UTF-8 text (cut short or damaged)`);
    }
    if (value) this.onProgress((this.#bytesRead += value.byteLength), this.file.size);
    const rest = this.#text.slice(this.#at);
    if (rest && !text.includes('\n')) {
      // Still inside one long line: keep its pieces rather than copy them into every new text.
      this.#pieces.push(rest);
      this.#piecesLength += rest.length;
      this.#text = text;
    } else this.#text = rest + text;
    this.#at = 0;
    this.#ended = done;
    // A line is never held longer than a file may have one (plus the piece just read).
    if (this.#piecesLength > LIMITS.line) this.#tooLong();
  }

  #tooLong(): never {
    return reject(`line ${this.lineNo} is longer than ${LIMITS.line} characters`);
  }

  close(): void {
    void this.#reader.cancel().catch(() => undefined);
  }
}

/** The articles of a version 2 file, each with its images, checked line by line. */
class LineFileSource implements ImportSource {
  readonly #lines: LineReader;
  readonly #waiting = new Map<string, ImageFile>();
  #waitingBytes = 0;
  readonly #counts: LibraryFileCounts = { articles: 0, images: 0 };
  #end: LibraryFileCounts | null = null;
  finished = false;

  constructor(
    file: Blob,
    private readonly win: PageWindow,
    onProgress: ReadProgress,
  ) {
    this.#lines = new LineReader(file, onProgress);
  }

  read(): Promise<void> {
    return this.#lines.read();
  }

  close(): void {
    this.#lines.close();
  }

  take(): ImportEntry | undefined {
    for (;;) {
      const lineNo = this.#lines.lineNo;
      const line = this.#lines.next();
      if (line === undefined) {
        if (this.#lines.done) this.#finish();
        return undefined;
      }
      if (lineNo === 1) continue; // the header, checked before
      if (this.#end) reject(`line ${lineNo} comes after the end line`);
      const parsed = parseLibraryLine(line, lineNo, this.win);
      if (parsed.kind === 'end') this.#end = parsed.counts;
      else if (parsed.kind === 'image') this.#wait(parsed.image, lineNo);
      else {
        if (++this.#counts.articles > LIMITS.articles) reject(`it holds more than ${LIMITS.articles} articles`);
        return { saved: parsed.entry, images: imageUrlsOf(parsed.entry.article).flatMap((url) => this.#release(url)) };
      }
    }
  }

  #wait(image: ImageFile, lineNo: number): void {
    if (++this.#counts.images > LIMITS.images) reject(`it holds more than ${LIMITS.images} images`);
    if (this.#waiting.has(image.url)) return;
    this.#waiting.set(image.url, image);
    this.#waitingBytes += image.bytes.byteLength;
    if (this.#waitingBytes > MAX_WAITING_IMAGE_BYTES) reject(`the images up to line ${lineNo} are more than ${MAX_WAITING_IMAGE_BYTES / 1048576} MB for one article`);
  }

  #release(url: string): ImageFile[] {
    const image = this.#waiting.get(url);
    if (!image) return [];
    this.#waiting.delete(url);
    this.#waitingBytes -= image.bytes.byteLength;
    return [image];
  }

  #finish(): void {
    const end = this.#end ?? reject('it is cut short (its end line is missing)');
    const counts = this.#counts;
    if (end.articles !== counts.articles || end.images !== counts.images) {
      reject(`it is damaged: its end line counts ${end.articles} articles and ${end.images} images, it holds ${counts.articles} and ${counts.images}`);
    }
    this.finished = true;
  }
}

/** The articles of a version 1 file (one JSON object, read and checked whole), each with its images. */
async function wholeFileSource(file: Blob, win: PageWindow, onProgress: ReadProgress): Promise<ImportSource> {
  const whole = parseWholeLibraryFile(await file.text(), win);
  onProgress(file.size, file.size);
  const images = new Map(whole.images.map((image) => [image.url, image]));
  const entries = whole.articles.map((saved) => ({ saved, images: imageUrlsOf(saved.article).flatMap((url) => images.get(url) ?? []) }));
  let next = 0;
  return {
    take: () => entries[next++],
    get finished() {
      return next >= entries.length;
    },
    read: async () => undefined,
    close: () => undefined,
  };
}

/** A library file of either version as an import source (throws LibraryError('bad-import') for a bad header or version 1 file). */
export async function importSource(file: Blob, win: PageWindow, onProgress: ReadProgress): Promise<ImportSource> {
  const head = await file.slice(0, HEADER_PEEK).text();
  const newline = head.indexOf('\n');
  return newline >= 0 && isLineFileHeader(head.slice(0, newline)) ? new LineFileSource(file, win, onProgress) : wholeFileSource(file, win, onProgress);
}

/** Writes every article of `source` in `tx`, reading the file meanwhile; throws (and the caller aborts `tx`) at the first bad line. */
export async function importEntries(tx: WriteTransaction, source: ImportSource, now: number): Promise<ImportReport> {
  const report: ImportReport = { added: 0, merged: 0, images: 0 };
  for (;;) {
    const entry = source.take();
    if (!entry) {
      if (source.finished) return report;
      await whileReading(tx, source.read());
      continue;
    }
    const { id, article, mirrorUrls, savedAt, updatedAt, ...state } = entry.saved;
    const result = await upsertInBulk(tx, { article, mirrorUrls: [article.mirrorUrl, ...mirrorUrls], images: entry.images, kept: { id, state, savedAt, updatedAt } }, 'newer-wins', now);
    if (result.merged) report.merged++;
    else report.added++;
    report.images += result.newImages;
  }
}
