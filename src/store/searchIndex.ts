// The full-text index: an inverted index of postings, written in segments (a small LSM tree).
//
// Writing every token of every article as its own record would cost ~2,000 writes per save, and
// rewriting one postings list per token would rewrite megabytes. Instead a saved document first
// lands in `pending` (one record: its folded title and text, see terms.ts). When PENDING_LIMIT
// documents have gathered they are flushed into a segment: their postings, split by token hash into
// bucket records keyed [slot, segment] (see postings.ts). When MERGE_FACTOR segments of one size
// tier have gathered they are merged into one of the next tier, a few buckets per step (mergeStep),
// each step its own short transaction after the save that called for it: a merge into an
// 8,192-document segment took 23 s in one piece, and every save and search waited behind it. Between
// steps a token's postings are wholly in its old bucket or wholly in its new one, so a query finds each
// document once throughout (the merge's progress in `meta` says which). A query reads, per token, its bucket
// across all segments with one key-range read per slot space (see slotOf), plus the few pending
// documents; never the articles.
//
// A segment is named after its highest docNo and covers the docNos from `first` to it; segments
// never overlap and everything pending is newer than every segment. Deleting or re-indexing an
// article removes its document from the pending store or rewrites the records of its segment that
// hold its tokens without it, so the index never holds the words of an article that is gone.
import { decodePostings, encodePostings, forEachPosting, tokenHash, type PostingLists, type PostingsRecord } from './postings';
import type { IndexCounters, MergeProgress, PendingDoc, ReadTransaction, SegmentRecord, WriteTransaction } from './schema';
import { foldText } from './fold';
import { forEachTerm, termWeight } from './terms';
import { eachOf, together } from './transaction';

export const PENDING_LIMIT = 32;
export const MERGE_FACTOR = 4;
/**
 * Segments stop growing at PENDING_LIMIT × MERGE_FACTOR⁴ = 8,192 documents: a 100,000-article
 * library keeps a token's postings in ~25 records (12 full segments and up to 3 of each smaller tier).
 */
const MAX_TIER = 4;
/**
 * Buckets of a small segment (tiers 0 to SHARED_SLOT_TIER): slots 0–127, shared by those tiers, as
 * every version of the index wrote them. A bigger segment has more buckets (1,024 at tier 3, 2,048 at
 * tier 4, in slots of their own), so that a record holds about as many postings at every tier: a query
 * reads a token's postings and little else, and deleting a document rewrites only the records of its
 * tokens, never a whole 8,192-document segment.
 */
const SMALL_BUCKETS = 128;
const SHARED_SLOT_TIER = 2;
/**
 * About this many documents' postings are moved by one step of a merge: a step of the biggest merge
 * is ~1/32 of it, a short transaction, and what it holds in memory stays small.
 */
const MERGE_STEP_DOCS = 256;

export const COUNTERS = 'counters';
/** The merge under way, under this key of `meta` (a MergeProgress); none when the key is absent. */
export const MERGE_PROGRESS = 'merge';

// BM25-style saturation of term frequency, and how much more a title hit counts than a body hit.
const SATURATION = 1.2;
const TITLE_BOOST = 2;

/** How many buckets a segment of `tier` splits its tokens into; each multiple of the one before. */
function bucketsOf(tier: number): number {
  return tier <= SHARED_SLOT_TIER ? SMALL_BUCKETS : SMALL_BUCKETS << tier;
}

/** Where a tier's slots start: 0 for the small tiers, else `bucketsOf(tier)` (tier 3: 1,024–2,047; tier 4: 2,048–4,095). */
function slotBase(tier: number): number {
  return tier <= SHARED_SLOT_TIER ? 0 : bucketsOf(tier);
}

/** The slot (first key part of a postings record) of a token's bucket in a segment of `tier`. */
function slotOf(hash: number, tier: number): number {
  return slotBase(tier) + (hash % bucketsOf(tier));
}

/** Documents in a full segment of `tier`. */
function docsOf(tier: number): number {
  return PENDING_LIMIT * MERGE_FACTOR ** tier;
}

/** How many source buckets of `tier` one step of a merge into `tier + 1` moves. */
function bucketsPerStep(tier: number): number {
  return Math.max(1, Math.min(bucketsOf(tier), Math.floor((bucketsOf(tier) * MERGE_STEP_DOCS) / docsOf(tier + 1))));
}

/** One tier of each slot space: what a query reads a token from. */
const SLOT_SPACES = Array.from({ length: MAX_TIER + 1 }, (_, tier) => tier).filter((tier) => tier >= SHARED_SLOT_TIER);

/** A token's postings records of every segment in one slot: [slot, any segment]. */
function acrossSegments(slot: number): IDBKeyRange {
  return IDBKeyRange.bound([slot, 0], [slot, Infinity]);
}

function readCounters(tx: ReadTransaction): Promise<IndexCounters | undefined> {
  return tx.objectStore('meta').get(COUNTERS) as Promise<IndexCounters | undefined>;
}

/** What indexing one more document needs to know; read alongside the caller's other first reads. */
export interface IndexState {
  docNo: number;
  documents: number;
  pendingCount: number;
}

export async function readIndexState(tx: WriteTransaction): Promise<IndexState> {
  const [counters, pendingCount] = await together(
    () => readCounters(tx),
    () => tx.objectStore('pending').count(),
  );
  return { docNo: counters?.nextDocNo ?? 1, documents: counters?.documents ?? 0, pendingCount };
}

/** What the index reads of an article. */
export type IndexedText = { title: string; text: string };

/** A document in the index: its number and the content it was indexed with (what says where its postings are). */
export interface IndexedDocument {
  docNo: number;
  article: IndexedText;
}

/** What the pending store keeps of an article until the flush. */
export function pendingDocOf(docNo: number, article: IndexedText): PendingDoc {
  return { docNo, title: foldText(article.title), text: foldText(article.text) };
}

/**
 * Makes document `state.docNo` (the article's content) findable now, in place of `replaced` (the
 * same article's previous document and content) if given. Flushes when enough documents have gathered,
 * and then says so: a merge may be due (mergeStep), which the caller runs in this transaction or in later ones.
 */
export async function indexDocument(tx: WriteTransaction, state: IndexState, article: IndexedText, replaced?: IndexedDocument): Promise<boolean> {
  const counters: IndexCounters = { nextDocNo: state.docNo + 1, documents: state.documents + (replaced === undefined ? 1 : 0) };
  await together(
    () => tx.objectStore('pending').put(pendingDocOf(state.docNo, article)),
    () => tx.objectStore('meta').put(counters, COUNTERS),
    () => (replaced === undefined ? undefined : removeFromIndex(tx, replaced.docNo, replaced.article)),
  );
  if (state.pendingCount + 1 < PENDING_LIMIT) return false;
  await flushPending(tx);
  return true;
}

/** Forgets a document: the article was deleted. */
export async function unindexDocument(tx: WriteTransaction, { docNo, article }: IndexedDocument): Promise<void> {
  const meta = tx.objectStore('meta');
  const [counters] = await together(
    () => readCounters(tx),
    () => removeFromIndex(tx, docNo, article),
  );
  if (counters) await meta.put({ ...counters, documents: Math.max(counters.documents - 1, 0) }, COUNTERS);
}

/** The key of the postings record that holds a token of document `docNo` of `segment` (a merge may have moved it). */
function recordKeyOf(hash: number, segment: SegmentRecord, merging: MergeProgress | undefined): [number, number] {
  if (merging && merging.first <= segment.first && segment.id <= merging.id && hash % bucketsOf(merging.tier) < merging.nextBucket) {
    return [slotOf(hash, merging.tier + 1), merging.id];
  }
  return [slotOf(hash, segment.tier), segment.id];
}

/** The postings records that hold the document's tokens, by key. */
function recordKeysOfDocument(doc: PendingDoc, segment: SegmentRecord, merging: MergeProgress | undefined): [number, number][] {
  const keys = new Map<string, [number, number]>();
  forEachTerm(doc, (token) => {
    const key = recordKeyOf(tokenHash(token), segment, merging);
    keys.set(key.join(), key);
  });
  return [...keys.values()];
}

/**
 * Removes document `docNo` (whose content was `article`) from the index. The article's own tokens say
 * which records hold it, so a document of a big segment costs the rewrite of those records only. (The
 * tokenizer must stay the one the index was built with: a change to it needs a rebuild, which queries
 * need as much.)
 */
async function removeFromIndex(tx: WriteTransaction, docNo: number, article: { title: string; text: string }): Promise<void> {
  const segments = tx.objectStore('segments');
  const [segment, merging] = await together(
    () => segments.get(IDBKeyRange.lowerBound(docNo)),
    () => readMergeProgress(tx),
  );
  if (!segment || segment.first > docNo) {
    await tx.objectStore('pending').delete(docNo);
    return;
  }
  const postings = tx.objectStore('postings');
  const keys = recordKeysOfDocument(pendingDocOf(docNo, article), segment, merging);
  const records = await eachOf(keys, (key) => postings.get(key));
  const rewrites: [[number, number], PostingLists][] = [];
  records.forEach((record, i) => {
    if (!record) return;
    const lists = decodePostings(record);
    let changed = false;
    for (const [token, list] of lists) {
      const at = list.findIndex((value, j) => j % 2 === 0 && value === docNo);
      if (at < 0) continue;
      list.splice(at, 2);
      if (list.length === 0) lists.delete(token);
      changed = true;
    }
    if (changed) rewrites.push([keys[i]!, lists]);
  });
  await together(
    () => eachOf(rewrites, ([key, lists]) => (lists.size ? postings.put(encodePostings(lists), key) : postings.delete(key))),
    () => segments.put({ ...segment, docCount: segment.docCount - 1 }),
  );
}

/** Adds `list` (docNos ascending, after every docNo already there) to the token's list in its slot's lists. */
function addPostings(bySlot: Map<number, PostingLists>, slot: number, token: string, list: number[]): void {
  let lists = bySlot.get(slot);
  if (!lists) bySlot.set(slot, (lists = new Map()));
  const into = lists.get(token);
  if (!into) lists.set(token, list);
  else for (const value of list) into.push(value);
}

function writePostings(tx: WriteTransaction, segmentId: number, bySlot: ReadonlyMap<number, PostingLists>): Promise<unknown> {
  const postings = tx.objectStore('postings');
  return eachOf([...bySlot], ([slot, lists]) => postings.put(encodePostings(lists), [slot, segmentId]));
}

async function flushPending(tx: WriteTransaction): Promise<void> {
  const pending = tx.objectStore('pending');
  const docs = await pending.getAll(); // ascending docNo, so every list below is sorted
  const first = docs[0];
  const last = docs.at(-1);
  if (!first || !last) return;
  const bySlot = new Map<number, PostingLists>();
  for (const doc of docs) forEachTerm(doc, (token, weight) => addPostings(bySlot, slotOf(tokenHash(token), 0), token, [doc.docNo, weight]));
  await together(
    () => writePostings(tx, last.docNo, bySlot),
    () => tx.objectStore('segments').put({ id: last.docNo, first: first.docNo, docCount: docs.length, tier: 0 }),
    () => pending.clear(),
  );
}

function readMergeProgress(tx: WriteTransaction): Promise<MergeProgress | undefined> {
  return tx.objectStore('meta').get(MERGE_PROGRESS) as Promise<MergeProgress | undefined>;
}

/**
 * The next merge: the oldest MERGE_FACTOR neighbouring segments of one tier below MAX_TIER. Segments
 * stay contiguous and ordered, their tiers never growing from older to newer, so that the oldest run
 * merges first even when steps fell behind the flushes.
 */
function nextMerge(segments: readonly SegmentRecord[]): MergeProgress | undefined {
  for (let at = 0; at + MERGE_FACTOR <= segments.length; at++) {
    const run = segments.slice(at, at + MERGE_FACTOR);
    const tier = run[0]!.tier;
    if (tier < MAX_TIER && run.every((segment) => segment.tier === tier)) return { id: run.at(-1)!.id, first: run[0]!.first, tier, nextBucket: 0 };
  }
  return undefined;
}

/**
 * Moves the next few buckets of the merge under way (starting the next merge if none is), bucket by
 * bucket: each bucket of a tier splits into buckets of the next. Returns whether work may be left.
 */
export async function mergeStep(tx: WriteTransaction): Promise<boolean> {
  const segmentStore = tx.objectStore('segments');
  const postings = tx.objectStore('postings');
  const [progress, segments] = await together(
    () => readMergeProgress(tx),
    () => segmentStore.getAll(),
  );
  const merge = progress ?? nextMerge(segments);
  if (!merge) return false;
  const range = (slot: number) => IDBKeyRange.bound([slot, merge.first], [slot, merge.id]);
  const end = Math.min(bucketsOf(merge.tier), merge.nextBucket + bucketsPerStep(merge.tier));
  const sources = Array.from({ length: end - merge.nextBucket }, (_, i) => slotBase(merge.tier) + merge.nextBucket + i);
  const parts = await eachOf(sources, (slot) => postings.getAll(range(slot)));
  const bySlot = new Map<number, PostingLists>();
  // Records come in segment order, so appending keeps every list's docNos ascending.
  for (const records of parts) {
    for (const record of records) for (const [token, list] of decodePostings(record)) addPostings(bySlot, slotOf(tokenHash(token), merge.tier + 1), token, list);
  }
  // Requests run in order: the old records go before the merged ones (which may share their keys) are written.
  await eachOf(sources, (slot) => postings.delete(range(slot)));
  await writePostings(tx, merge.id, bySlot);
  const meta = tx.objectStore('meta');
  if (end < bucketsOf(merge.tier)) {
    await meta.put({ ...merge, nextBucket: end }, MERGE_PROGRESS);
    return true;
  }
  const run = segments.filter((segment) => segment.id >= merge.first && segment.id <= merge.id);
  const merged: SegmentRecord = { id: merge.id, first: merge.first, docCount: run.reduce((sum, segment) => sum + segment.docCount, 0), tier: merge.tier + 1 };
  await together(
    () => eachOf(run, (segment) => segmentStore.delete(segment.id)),
    () => segmentStore.put(merged),
    () => meta.delete(MERGE_PROGRESS),
  );
  return true;
}

/** Every merge due, in this transaction (an import, an upgrade: writers of many articles at once). */
export async function mergeSegments(tx: WriteTransaction): Promise<void> {
  while (await mergeStep(tx));
}

function tokenScore(weight: number, idf: number): number {
  const frequency = weight >>> 1;
  const body = (frequency * (SATURATION + 1)) / (frequency + SATURATION);
  return idf * (body + (weight & 1 ? TITLE_BOOST : 0));
}

/** One token's documents, in no particular order (each docNo once). */
interface TokenPostings {
  docNos: number[];
  weights: number[];
}

function postingsOf(token: string, records: readonly PostingsRecord[], pendingDocs: readonly PendingDoc[]): TokenPostings {
  const found: TokenPostings = { docNos: [], weights: [] };
  const visit = (docNo: number, weight: number): void => {
    found.docNos.push(docNo);
    found.weights.push(weight);
  };
  for (const record of records) forEachPosting(record, token, visit);
  for (const doc of pendingDocs) {
    const weight = termWeight(doc, token);
    if (weight !== undefined) visit(doc.docNo, weight);
  }
  return found;
}

/** Up to this many best documents are picked without ordering them all: the pages a search shows first. */
const PICK_LIMIT = 256;

/** The `count` largest keys, largest first, through a min-heap of that size: O(n log count), no sort of all n. */
function largestKeys(keys: Float64Array, count: number): Float64Array {
  const heap = new Float64Array(count);
  let size = 0;
  const siftDown = (from: number): void => {
    for (let at = from; ; ) {
      const left = 2 * at + 1;
      const right = left + 1;
      let least = at;
      if (left < size && heap[left]! < heap[least]!) least = left;
      if (right < size && heap[right]! < heap[least]!) least = right;
      if (least === at) return;
      [heap[at], heap[least]] = [heap[least]!, heap[at]!];
      at = least;
    }
  };
  for (const key of keys) {
    if (size < count) {
      let at = size++;
      heap[at] = key;
      while (at > 0 && heap[(at - 1) >> 1]! > heap[at]!) {
        const parent = (at - 1) >> 1;
        [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
        at = parent;
      }
    } else if (key > heap[0]!) {
      heap[0] = key;
      siftDown(0);
    }
  }
  return heap.subarray(0, size).sort().reverse();
}

/**
 * Documents ranked by score, best first, ties newest first. Each is keyed by one number: its score
 * scaled to the bits a double has left above its place in docNo order (scores closer than ~1e-9 of the
 * best count as equal). The first pages come from a heap of PICK_LIMIT keys; only a walk past them
 * (a count of every match, a far page) orders all. Sorting objects with a comparator took tens of
 * milliseconds for a word in every one of 100,000 articles, and even a numeric sort of all keys ~10.
 */
export class RankedDocuments {
  readonly size: number;
  readonly #docNos: readonly number[];
  readonly #scores: readonly number[];
  readonly #keys: Float64Array;
  readonly #places: number;
  /** Keys best first, as many as were asked for so far. */
  #ordered: Float64Array<ArrayBufferLike> = new Float64Array(0);

  /** `docNos` ascending, `scores[i]` the score of `docNos[i]`. */
  constructor(docNos: readonly number[], scores: readonly number[]) {
    this.size = docNos.length;
    this.#docNos = docNos;
    this.#scores = scores;
    const placeBits = Math.max(1, Math.ceil(Math.log2(this.size + 1)));
    this.#places = 2 ** placeBits;
    const best = scores.reduce((max, score) => Math.max(max, score), 0);
    const scale = best > 0 ? 2 ** (52 - placeBits) / (best * (1 + 1e-9)) : 0;
    this.#keys = new Float64Array(this.size);
    for (let place = 0; place < this.size; place++) this.#keys[place] = Math.floor(scores[place]! * scale) * this.#places + place;
  }

  /** The documents ranked `start` to `end` − 1. */
  slice(start: number, end: number): { docNo: number; score: number }[] {
    const wanted = Math.min(end, this.size);
    if (this.#ordered.length < wanted) {
      this.#ordered = wanted <= PICK_LIMIT ? largestKeys(this.#keys, Math.min(PICK_LIMIT, this.size)) : this.#keys.slice().sort().reverse();
    }
    return Array.from(this.#ordered.subarray(start, wanted), (key) => {
      const place = key % this.#places;
      return { docNo: this.#docNos[place]!, score: this.#scores[place]! };
    });
  }
}

/** Documents that contain every token (at least one), best first. */
export async function rankDocuments(tx: ReadTransaction, tokens: readonly string[]): Promise<RankedDocuments> {
  if (tokens.length === 0) return new RankedDocuments([], []);
  const postings = tx.objectStore('postings');
  const [pendingDocs, counters, records] = await together(
    () => tx.objectStore('pending').getAll(),
    () => readCounters(tx),
    () => eachOf(tokens, (token) => eachOf(SLOT_SPACES, (tier) => postings.getAll(acrossSegments(slotOf(tokenHash(token), tier))))),
  );
  const lists = tokens.map((token, i) => postingsOf(token, records[i]!.flat(), pendingDocs));
  const total = Math.max(counters?.documents ?? 0, ...lists.map((list) => list.docNos.length));
  // Scores summed per docNo in arrays as long as the docNos handed out: no hashing per posting.
  let size = counters?.nextDocNo ?? 0;
  for (const list of lists) for (const docNo of list.docNos) if (docNo >= size) size = docNo + 1;
  const sums = new Float64Array(size);
  const matched = new Uint32Array(size);
  for (const { docNos, weights } of lists) {
    const idf = Math.log(1 + (total - docNos.length + 0.5) / (docNos.length + 0.5));
    for (let i = 0; i < docNos.length; i++) {
      sums[docNos[i]!]! += tokenScore(weights[i]!, idf);
      matched[docNos[i]!]!++;
    }
  }
  // In docNo order, as rankByScore wants them.
  const inAll: number[] = [];
  const scores: number[] = [];
  for (let docNo = 0; docNo < size; docNo++) {
    if (matched[docNo] !== lists.length) continue;
    inAll.push(docNo);
    scores.push(sums[docNo]!);
  }
  return new RankedDocuments(inAll, scores);
}
