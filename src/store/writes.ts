// Writing and deleting one article inside a caller's transaction: dedupe, merge of reader state,
// shared images, search index. Everything here only awaits IndexedDB requests, so the caller's
// transaction stays alive and commits or aborts as a whole.
import type { Article } from '../core/article';
import { LibraryError } from './errors';
import {
  INITIAL_STATE,
  imageUrlsOf,
  lookupKeys,
  normalizeTags,
  savedArticleOf,
  stateOf,
  summaryOf,
} from './records';
import type { ArticleRecord, ImageRecord, SummaryRecord, WriteTransaction } from './schema';
import { indexDocument, mergeSegments, readIndexState, unindexDocument } from './searchIndex';
import { eachOf, together } from './transaction';
import type { ImageFile, ReaderState, SavedArticle } from './types';

/** What an import or an undo brings along besides the article: who it was and what the reader did. */
export interface KeptIdentity {
  id: string;
  state: ReaderState;
  savedAt: number;
  updatedAt: number;
}

export interface IncomingArticle {
  article: Article;
  mirrorUrls: readonly string[];
  images: readonly ImageFile[];
  kept?: KeptIdentity;
}

/**
 * 'refresh' — a new save: its content replaces the stored one, the reader's state stays.
 * 'newer-wins' — import and undo: the more recently updated copy gives content and state;
 * tags and mirror URLs of both are kept.
 */
export type MergePolicy = 'refresh' | 'newer-wins';

export interface UpsertResult {
  saved: SavedArticle;
  merged: boolean;
  newImages: number;
  /** The search index flushed its pending documents: a merge of its segments may be due (searchIndex.ts, mergeStep). */
  indexFlushed: boolean;
}

function union<T>(...lists: (readonly T[] | undefined)[]): T[] {
  return [...new Set(lists.flatMap((list) => list ?? []))];
}

/** Differing copies of one article kept at most (the first and its variants): no page can flood the library. */
export const MAX_COPIES = 4;

/** Same words: what a reader would call the same text (whitespace aside). */
function sameContent(a: Article, b: Article): boolean {
  const words = (text: string): string => text.replace(/\s+/g, ' ').trim();
  return words(a.title) === words(b.title) && words(a.text) === words(b.text);
}

/**
 * The stored copies of the same article: same id, else same original URL, mirror file or outlet +
 * title + date. Two different original URLs are two articles, even in the same mirror file slot.
 */
async function findCopies(tx: WriteTransaction, id: string | undefined, keys: ReturnType<typeof lookupKeys>): Promise<{ byId?: ArticleRecord; copies: ArticleRecord[] }> {
  const articles = tx.objectStore('articles');
  const { originalKey, identityKey } = keys;
  const [byId, byOriginal, byMirror, byIdentity] = await together(
    () => (id ? articles.get(id) : undefined),
    () => (originalKey ? articles.index('originalKey').getAll(originalKey, MAX_COPIES * 4) : []),
    () => eachOf(keys.mirrorKeys, (key) => articles.index('mirrorKeys').getAll(key, MAX_COPIES * 4)),
    () => (identityKey ? articles.index('identityKey').getAll(identityKey, MAX_COPIES * 4) : []),
  );
  const compatible = (record: ArticleRecord): boolean => !record.originalKey || !keys.originalKey || record.originalKey === keys.originalKey;
  const found = new Map<string, ArticleRecord>();
  for (const record of [...byOriginal, ...byMirror.flat(), ...byIdentity]) if (compatible(record)) found.set(record.id, record);
  return { byId, copies: [...found.values()] };
}

/** Drops `id` from the image's users; deletes and returns the image when nobody uses it any more. */
async function releaseImage(tx: WriteTransaction, url: string, id: string): Promise<ImageRecord | undefined> {
  const images = tx.objectStore('images');
  const image = await images.get(url);
  if (!image?.users.includes(id)) return undefined;
  const users = image.users.filter((user) => user !== id);
  if (users.length) {
    await images.put({ ...image, users });
    return undefined;
  }
  await images.delete(url);
  return image;
}

async function readImages(tx: WriteTransaction, urls: readonly string[]): Promise<Map<string, ImageRecord>> {
  const images = await eachOf(urls, (url) => tx.objectStore('images').get(url));
  return new Map(images.flatMap((image) => (image ? [[image.url, image]] : [])));
}

/** Stores the incoming images and adds `id` to the users of every used image already stored. Returns how many are new. */
async function attachImages(tx: WriteTransaction, id: string, usedUrls: readonly string[], incoming: readonly ImageFile[], stored: ReadonlyMap<string, ImageRecord>) {
  const images = tx.objectStore('images');
  const incomingByUrl = new Map(incoming.map((image) => [image.url, image]));
  const writes: ImageRecord[] = [];
  let added = 0;
  for (const url of usedUrls) {
    const existing = stored.get(url);
    const fresh = incomingByUrl.get(url);
    const users = union(existing?.users, [id]);
    // Stored bytes are never written over: a page that names another article's picture (the same URL)
    // gets that article's bytes, and cannot change them.
    if (fresh && !existing) writes.push({ url, type: fresh.type, bytes: fresh.bytes, users });
    else if (existing && users.length !== existing.users.length) writes.push({ ...existing, users });
    if (fresh && !existing) added++;
  }
  await eachOf(writes, (image) => images.put(image));
  return added;
}

/**
 * Requests go out in as few rounds as possible (each round costs a browser IPC): the lookups, the
 * index counters and the images are read together, then everything is written together. In
 * Chromium a write costs ~0.15–0.3 ms, more for big values such as images; a read far less.
 */
export async function upsertArticle(tx: WriteTransaction, incoming: IncomingArticle, policy: MergePolicy, now: number): Promise<UpsertResult> {
  const { kept } = incoming;
  const keys = lookupKeys(incoming.article, incoming.mirrorUrls);
  const incomingImageUrls = union(imageUrlsOf(incoming.article), incoming.images.map((image) => image.url));
  const [{ byId, copies }, indexState, prefetched] = await together(
    () => findCopies(tx, kept?.id, keys),
    () => readIndexState(tx),
    () => readImages(tx, incomingImageUrls),
  );
  // The same article by id (undo, a library file of this library) merges as before. Otherwise a copy
  // with the same words is the one saved; a copy that differs never replaces it: it is kept beside the
  // first as a variant, and the reader is told (summary.variantOf).
  const existing = byId ?? copies.find((copy) => sameContent(copy.article, incoming.article));
  const first = existing ? undefined : copies.find((copy) => !copy.variantOf) ?? copies[0];
  const id = existing?.id ?? kept?.id ?? crypto.randomUUID();
  const firstId = first ? (first.variantOf ?? first.id) : existing?.variantOf;
  const variantOf = firstId === id ? undefined : firstId;
  if (first && copies.length >= MAX_COPIES) {
    // Enough differing copies: this one is not saved, nothing saved changes, and the reader is told.
    throw new LibraryError('too-many-copies', `${MAX_COPIES} copies of this article with differing words are saved already; this one was not saved.`);
  }

  const incomingWins = !existing || policy === 'refresh' || (kept?.updatedAt ?? now) > existing.updatedAt;
  const article = incomingWins ? incoming.article : existing.article;
  const usedUrls = incomingWins ? incomingImageUrls : union(existing.imageUrls, incoming.images.map((image) => image.url));
  const notPrefetched = usedUrls.filter((url) => !incomingImageUrls.includes(url));
  const [existingSummary, more] = existing
    ? await together(
        () => tx.objectStore('summaries').get(existing.id),
        () => readImages(tx, notPrefetched),
      )
    : [undefined, new Map<string, ImageRecord>()];
  const existingState = existingSummary ? stateOf(existingSummary) : undefined;
  let state: ReaderState;
  if (policy === 'refresh') state = existingState ?? INITIAL_STATE;
  else {
    const winner = incomingWins ? (kept?.state ?? existingState) : existingState;
    state = { ...INITIAL_STATE, ...winner, tags: normalizeTags(union(existingState?.tags, kept?.state.tags)) };
  }

  const contentChanged = !existing || existing.article.title !== article.title || existing.article.text !== article.text;
  const mirrorUrls = union(existing?.mirrorUrls, incoming.mirrorUrls);
  const record: ArticleRecord = {
    id,
    article,
    mirrorUrls,
    savedAt: Math.min(existing?.savedAt ?? Infinity, kept?.savedAt ?? now),
    updatedAt: policy === 'refresh' ? now : Math.max(existing?.updatedAt ?? 0, kept?.updatedAt ?? now),
    imageUrls: usedUrls,
    docNo: contentChanged ? indexState.docNo : existing.docNo,
    ...lookupKeys(article, mirrorUrls),
    ...(variantOf ? { variantOf } : {}),
  };
  const summary = summaryOf(record, state);
  const released = (existing?.imageUrls ?? []).filter((url) => !usedUrls.includes(url));
  const [newImages, , , , indexFlushed] = await together(
    () => attachImages(tx, id, usedUrls, incoming.images, new Map([...prefetched, ...more])),
    () => eachOf(released, (url) => releaseImage(tx, url, id)),
    () => tx.objectStore('articles').put(record),
    () => tx.objectStore('summaries').put(summary),
    () => (contentChanged ? indexDocument(tx, indexState, article, existing) : false),
  );
  return { saved: savedArticleOf(record, summary), merged: Boolean(existing), newImages, indexFlushed };
}

/** upsertArticle for a writer of many articles in one transaction (an import): merges the index as it goes, in that transaction. */
export async function upsertInBulk(tx: WriteTransaction, incoming: IncomingArticle, policy: MergePolicy, now: number): Promise<UpsertResult> {
  const result = await upsertArticle(tx, incoming, policy, now);
  if (result.indexFlushed) await mergeSegments(tx);
  return result;
}

/**
 * Stores images of a saved article that it had no copy of (an image fetched later, at the reader's
 * request). Only the article's own images: a file for any other address is ignored; stored bytes are
 * never written over. Returns how many were added.
 */
export async function addArticleImages(tx: WriteTransaction, id: string, files: readonly ImageFile[]): Promise<number> {
  const record = await tx.objectStore('articles').get(id);
  if (!record) throw new LibraryError('not-found', `No saved article ${id}.`);
  const own = files.filter((file) => record.imageUrls.includes(file.url));
  return attachImages(tx, id, own.map((file) => file.url), own, await readImages(tx, own.map((file) => file.url)));
}

export interface DeletedArticle {
  record: ArticleRecord;
  summary: SummaryRecord;
  /** Images nobody else used, now gone too. */
  freedImages: ImageRecord[];
}

export async function deleteArticle(tx: WriteTransaction, id: string): Promise<DeletedArticle | undefined> {
  const [record, summary] = await together(
    () => tx.objectStore('articles').get(id),
    () => tx.objectStore('summaries').get(id),
  );
  if (!record || !summary) return undefined;
  const [freed] = await together(
    () => eachOf(record.imageUrls, (url) => releaseImage(tx, url, id)),
    () => tx.objectStore('articles').delete(id),
    () => tx.objectStore('summaries').delete(id),
    () => unindexDocument(tx, record),
  );
  return { record, summary, freedImages: freed.filter((image) => image !== undefined) };
}
