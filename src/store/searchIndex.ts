// The full-text index: an inverted index of postings, written in segments (a small LSM tree).
//
// Writing every token of every article as its own record would cost ~2,000 writes per save, and
// rewriting one postings list per token would rewrite megabytes. Instead a saved document first
// lands in `pending` (one record: its folded title and text, see terms.ts). When PENDING_LIMIT
// documents have gathered they are flushed into a segment: their postings, split by token hash into BUCKETS
// records keyed [bucket, segment] (see postings.ts). When MERGE_FACTOR segments of one size tier
// have gathered they are merged into one of the next tier, so a token's bucket lives in a few
// dozen records at most. A query reads, per token, its bucket across all segments with one
// key-range read, plus the few pending documents; never the articles.
//
// A segment is named after its highest docNo and covers the docNos from `first` to it; segments
// never overlap and everything pending is newer than every segment. Deleting or re-indexing an
// article removes its document from the pending store or rewrites its segment without it, so the
// index never holds the words of an article that is gone.
import { BUCKETS, bucketOf, decodePostings, encodePostings, forEachPosting, type PostingLists, type PostingsRecord } from './postings';
import type { IndexCounters, PendingDoc, ReadTransaction, SegmentRecord, WriteTransaction } from './schema';
import { foldText } from './fold';
import { forEachTerm, termWeight } from './terms';
import { eachOf, together } from './transaction';

export const PENDING_LIMIT = 32;
export const MERGE_FACTOR = 4;
/**
 * Segments stop growing at PENDING_LIMIT × MERGE_FACTOR² = 512 documents: deleting an article
 * rewrites its segment, which must stay quick, while a 10,000-article library still keeps a token's
 * postings in ~25 records.
 */
const MAX_TIER = 2;

export const COUNTERS = 'counters';

// BM25-style saturation of term frequency, and how much more a title hit counts than a body hit.
const SATURATION = 1.2;
const TITLE_BOOST = 2;

const ALL_BUCKETS = Array.from({ length: BUCKETS }, (_, bucket) => bucket);

/** What indexing one more document needs to know; read alongside the caller's other first reads. */
export interface IndexState {
  docNo: number;
  documents: number;
  pendingCount: number;
}

export async function readIndexState(tx: WriteTransaction): Promise<IndexState> {
  const [counters, pendingCount] = await together(
    () => tx.objectStore('meta').get(COUNTERS),
    () => tx.objectStore('pending').count(),
  );
  return { docNo: counters?.nextDocNo ?? 1, documents: counters?.documents ?? 0, pendingCount };
}

/** What the pending store keeps of an article until the flush. */
export function pendingDocOf(docNo: number, article: { title: string; text: string }): PendingDoc {
  return { docNo, title: foldText(article.title), text: foldText(article.text) };
}

/**
 * Makes document `state.docNo` (the article's content) findable now, in place of `replacedDocNo`
 * (the same article's previous content) if given. Flushes and merges when enough documents have gathered.
 */
export async function indexDocument(tx: WriteTransaction, state: IndexState, article: { title: string; text: string }, replacedDocNo?: number): Promise<void> {
  const counters: IndexCounters = { nextDocNo: state.docNo + 1, documents: state.documents + (replacedDocNo === undefined ? 1 : 0) };
  await together(
    () => tx.objectStore('pending').put(pendingDocOf(state.docNo, article)),
    () => tx.objectStore('meta').put(counters, COUNTERS),
    () => (replacedDocNo === undefined ? undefined : removeFromIndex(tx, replacedDocNo)),
  );
  if (state.pendingCount + 1 >= PENDING_LIMIT) {
    await flushPending(tx);
    await mergeSegments(tx);
  }
}

/** Forgets a document: the article was deleted. */
export async function unindexDocument(tx: WriteTransaction, docNo: number): Promise<void> {
  const meta = tx.objectStore('meta');
  const [counters] = await together(
    () => meta.get(COUNTERS),
    () => removeFromIndex(tx, docNo),
  );
  if (counters) await meta.put({ ...counters, documents: Math.max(counters.documents - 1, 0) }, COUNTERS);
}

async function removeFromIndex(tx: WriteTransaction, docNo: number): Promise<void> {
  const segments = tx.objectStore('segments');
  const segment = await segments.get(IDBKeyRange.lowerBound(docNo));
  if (!segment || segment.first > docNo) {
    await tx.objectStore('pending').delete(docNo);
    return;
  }
  const postings = tx.objectStore('postings');
  const records = await eachOf(ALL_BUCKETS, (bucket) => postings.get([bucket, segment.id]));
  const rewrites: [number, PostingLists][] = [];
  records.forEach((record, bucket) => {
    if (!record) return;
    const lists = decodePostings(record);
    let changed = false;
    for (const [token, list] of lists) {
      const at = list.findIndex((value, i) => i % 2 === 0 && value === docNo);
      if (at < 0) continue;
      list.splice(at, 2);
      if (list.length === 0) lists.delete(token);
      changed = true;
    }
    if (changed) rewrites.push([bucket, lists]);
  });
  await together(
    () => eachOf(rewrites, ([bucket, lists]) => (lists.size ? postings.put(encodePostings(lists), [bucket, segment.id]) : postings.delete([bucket, segment.id]))),
    () => segments.put({ ...segment, docCount: segment.docCount - 1 }),
  );
}

async function writeSegment(tx: WriteTransaction, segment: SegmentRecord, buckets: readonly PostingLists[]): Promise<void> {
  const postings = tx.objectStore('postings');
  const filled = ALL_BUCKETS.filter((bucket) => buckets[bucket]!.size > 0);
  await together(
    () => eachOf(filled, (bucket) => postings.put(encodePostings(buckets[bucket]!), [bucket, segment.id])),
    () => tx.objectStore('segments').put(segment),
  );
}

async function flushPending(tx: WriteTransaction): Promise<void> {
  const pending = tx.objectStore('pending');
  const docs = await pending.getAll(); // ascending docNo, so every list below is sorted
  const first = docs[0];
  const last = docs.at(-1);
  if (!first || !last) return;
  const buckets = ALL_BUCKETS.map((): PostingLists => new Map());
  for (const doc of docs) {
    const { docNo } = doc;
    forEachTerm(doc, (token, weight) => {
      const lists = buckets[bucketOf(token)]!;
      let list = lists.get(token);
      if (!list) lists.set(token, (list = []));
      list.push(docNo, weight);
    });
  }
  await together(
    () => writeSegment(tx, { id: last.docNo, first: first.docNo, docCount: docs.length, tier: 0 }, buckets),
    () => pending.clear(),
  );
}

/** Merges the newest MERGE_FACTOR segments while they share a tier; segments stay contiguous and ordered. */
async function mergeSegments(tx: WriteTransaction): Promise<void> {
  const segmentStore = tx.objectStore('segments');
  for (;;) {
    const segments = await segmentStore.getAll();
    const tier = segments.at(-1)?.tier ?? MAX_TIER;
    const run = segments.slice(-MERGE_FACTOR);
    if (tier >= MAX_TIER || run.length < MERGE_FACTOR || run.some((segment) => segment.tier !== tier)) return;
    const range = (bucket: number) => IDBKeyRange.bound([bucket, run[0]!.id], [bucket, run.at(-1)!.id]);
    const postings = tx.objectStore('postings');
    const parts = await eachOf(ALL_BUCKETS, (bucket) => postings.getAll(range(bucket)));
    const buckets = parts.map((records) => {
      const merged: PostingLists = new Map();
      for (const record of records) {
        for (const [token, list] of decodePostings(record)) {
          const into = merged.get(token);
          if (!into) merged.set(token, list);
          else for (const value of list) into.push(value);
        }
      }
      return merged;
    });
    // Requests run in order: the old records and segments go before the merged ones are written.
    await together(
      () => eachOf(ALL_BUCKETS, (bucket) => postings.delete(range(bucket))),
      () => eachOf(run, (segment) => segmentStore.delete(segment.id)),
    );
    const docCount = run.reduce((sum, segment) => sum + segment.docCount, 0);
    await writeSegment(tx, { id: run.at(-1)!.id, first: run[0]!.first, docCount, tier: tier + 1 }, buckets);
  }
}

/** docNo → weight for one token, across its postings records and the pending documents. */
function weightsOf(token: string, records: readonly PostingsRecord[], pendingDocs: readonly PendingDoc[]): Map<number, number> {
  const weights = new Map<number, number>();
  for (const record of records) forEachPosting(record, token, (docNo, weight) => weights.set(docNo, weight));
  for (const doc of pendingDocs) {
    const weight = termWeight(doc, token);
    if (weight !== undefined) weights.set(doc.docNo, weight);
  }
  return weights;
}

function tokenScore(weight: number, idf: number): number {
  const frequency = weight >>> 1;
  const body = (frequency * (SATURATION + 1)) / (frequency + SATURATION);
  return idf * (body + (weight & 1 ? TITLE_BOOST : 0));
}

/** Documents that contain every token, best first. */
export async function rankDocuments(tx: ReadTransaction, tokens: readonly string[]) {
  const postings = tx.objectStore('postings');
  const [pendingDocs, counters, records] = await together(
    () => tx.objectStore('pending').getAll(),
    () => tx.objectStore('meta').get(COUNTERS),
    () => eachOf(tokens, (token) => postings.getAll(IDBKeyRange.bound([bucketOf(token), 0], [bucketOf(token), Infinity]))),
  );
  const lists = tokens.map((token, i) => weightsOf(token, records[i]!, pendingDocs));
  lists.sort((a, b) => a.size - b.size);
  const [rarest, ...others] = lists;
  if (!rarest) return [];
  const total = Math.max(counters?.documents ?? 0, lists.at(-1)!.size);
  const idfs = lists.map((list) => Math.log(1 + (total - list.size + 0.5) / (list.size + 0.5)));
  const ranked: { docNo: number; score: number }[] = [];
  for (const [docNo, weight] of rarest) {
    let score = tokenScore(weight, idfs[0]!);
    let inAll = true;
    for (let i = 0; i < others.length && inAll; i++) {
      const other = others[i]!.get(docNo);
      if (other === undefined) inAll = false;
      else score += tokenScore(other, idfs[i + 1]!);
    }
    if (inAll) ranked.push({ docNo, score });
  }
  return ranked.sort((a, b) => b.score - a.score || b.docNo - a.docNo);
}
