// Where the library's files live, and how they are made to disappear.
//
// Deleting records does not remove them from disk: Chromium's IndexedDB (LevelDB) keeps old values in
// its log and table files until it compacts them, which it does when it likes, and even
// `deleteDatabase` only writes tombstones into the origin's one LevelDB. What does remove the bytes is
// deleting the files. So the library lives in a *generation*: a container whose files are its own
// (a Storage Bucket in Chromium, a database — one SQLite file — in Firefox). Erase all discards the
// generation; deleting an article is followed by a *rotation* (`rotateLibrary`): the live records are
// copied into a new generation and the old one is discarded, taking every deleted record's bytes
// with it. Writes of every context and the rotation are serialised by a shared/exclusive lock, so no
// write lands in a generation that is being copied.
import { unwrap } from 'idb';
import { toLibraryError } from './errors';
import type { LibraryDatabase } from './schema';
import { together } from './transaction';

export interface ShelfState {
  generation: number;
  /** Records were deleted since the generation was written: its files may still hold them. */
  residue: boolean;
}

/** Where one generation's database is opened. */
export interface GenerationPlace {
  factory: IDBFactory;
  name: string;
}

/** A place for generations of the library, and the pointer to the live one. */
export interface LibraryShelf {
  /** Generation 0 is the library as versions before shelves kept it (the default IndexedDB). */
  place(generation: number): Promise<GenerationPlace>;
  /** Removes the generation's files. */
  discard(generation: number): Promise<void>;
  /** The generations that exist (some may be leftovers of an interrupted rotation). */
  generations(): Promise<number[]>;
  /** The first generation of a new library. */
  readonly fresh: number;
  /** The live generation and whether deleted records may linger in it; undefined before the first open. */
  readState(): Promise<ShelfState | undefined>;
  writeState(state: ShelfState): Promise<void>;
  /** Runs `work` while no exclusive holder runs (every write and every open takes this). */
  shared<T>(work: () => Promise<T>): Promise<T>;
  /** Runs `work` alone (rotation and erase). */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
}

type Locking = Pick<LibraryShelf, 'shared' | 'exclusive'>;
type Pointer = Pick<LibraryShelf, 'readState' | 'writeState'>;

const LOCK_NAME = 'mirror-reader-library';

/** The Web Locks API where the context has it (every extension context does), so that the popup, the
 * reader, the options page and the background see one lock; otherwise this realm's lock (Node). */
export function defaultLocking(locks: LockManager | undefined = globalThis.navigator?.locks): Locking {
  if (!locks) return (REALM_LOCKING ??= realmLocking());
  return {
    shared: (work) => locks.request(LOCK_NAME, { mode: 'shared' }, work),
    exclusive: (work) => locks.request(LOCK_NAME, { mode: 'exclusive' }, work),
  };
}

let REALM_LOCKING: Locking | undefined;

/** A shared/exclusive lock within one JavaScript realm. */
export function realmLocking(): Locking {
  let exclusiveTurn: Promise<unknown> = Promise.resolve();
  const running = new Set<Promise<unknown>>();
  return {
    async shared(work) {
      await exclusiveTurn;
      const task = work();
      running.add(task);
      try {
        return await task;
      } finally {
        running.delete(task);
      }
    },
    async exclusive(work) {
      const previous = exclusiveTurn;
      let release!: () => void;
      exclusiveTurn = new Promise<void>((resolve) => (release = resolve));
      try {
        await previous;
        await Promise.allSettled([...running]);
        return await work();
      } finally {
        release();
      }
    },
  };
}

const REALM_POINTERS = new WeakMap<IDBFactory, Map<string, ShelfState>>();

/** A pointer kept in memory for every library of this realm on `factory` (Node, tests). */
export function realmPointer(factory: IDBFactory, name: string): Pointer {
  const states = REALM_POINTERS.get(factory) ?? new Map<string, ShelfState>();
  REALM_POINTERS.set(factory, states);
  return { readState: async () => states.get(name), writeState: async (state) => void states.set(name, { ...state }) };
}

function deleteNamedDatabase(factory: IDBFactory, name: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    // Other connections close on the versionchange event and the deletion completes then.
    request.onblocked = () => resolve();
    request.onerror = () => reject(toLibraryError(request.error, 'erase the library'));
  });
}

/** Generations as databases of one IDBFactory: `baseName` is generation 0, `baseName-N` generation N.
 * Where each database is its own file (Firefox), discarding one removes its bytes. */
export function databaseShelf(factory: IDBFactory, baseName: string, pointer: Pointer = realmPointer(factory, baseName), locking: Locking = defaultLocking()): LibraryShelf {
  const nameOf = (generation: number): string => (generation === 0 ? baseName : `${baseName}-${generation}`);
  return {
    ...pointer,
    ...locking,
    // Generation 0 keeps the name versions before shelves used: nothing to migrate.
    fresh: 0,
    place: async (generation) => ({ factory, name: nameOf(generation) }),
    discard: (generation) => deleteNamedDatabase(factory, nameOf(generation)),
    async generations() {
      const names = (await factory.databases?.()) ?? [];
      return names.flatMap(({ name }) => {
        if (name === baseName) return [0];
        const suffix = name?.startsWith(`${baseName}-`) ? name.slice(baseName.length + 1) : '';
        return /^[1-9]\d{0,8}$/.test(suffix) ? [Number(suffix)] : [];
      });
    },
  };
}

/** The part of the Storage Buckets API the shelf uses (Chromium; no types in lib.dom yet). */
export interface StorageBuckets {
  open(name: string, options?: { durability?: 'strict' | 'relaxed'; persisted?: boolean }): Promise<{ indexedDB: IDBFactory }>;
  delete(name: string): Promise<void>;
  keys(): Promise<string[]>;
}

const BUCKET_PREFIX = 'library-';

/** Generations as Storage Buckets: each bucket has a directory of its own, removed when the bucket is
 * deleted. Generation 0 is the default bucket's database (libraries saved before buckets), which can
 * only be emptied, never removed: it is rotated into bucket 1 on the first open. */
export function bucketShelf(buckets: StorageBuckets, defaultFactory: IDBFactory, dbName: string, pointer: Pointer, locking: Locking = defaultLocking()): LibraryShelf {
  return {
    ...pointer,
    ...locking,
    fresh: 1,
    async place(generation) {
      if (generation === 0) return { factory: defaultFactory, name: dbName };
      const bucket = await buckets.open(`${BUCKET_PREFIX}${generation}`, { durability: 'strict' });
      return { factory: bucket.indexedDB, name: dbName };
    },
    discard: (generation) => (generation === 0 ? deleteNamedDatabase(defaultFactory, dbName) : buckets.delete(`${BUCKET_PREFIX}${generation}`)),
    async generations() {
      const legacy = ((await defaultFactory.databases?.()) ?? []).some(({ name }) => name === dbName) ? [0] : [];
      const inBuckets = (await buckets.keys()).flatMap((key) => {
        const suffix = key.startsWith(BUCKET_PREFIX) ? key.slice(BUCKET_PREFIX.length) : '';
        return /^[1-9]\d{0,8}$/.test(suffix) ? [Number(suffix)] : [];
      });
      return [...legacy, ...inBuckets];
    },
  };
}

/** Records copied per transaction: small enough that a batch of images stays a few MB. */
const COPY_BATCH = 200;

/** Copies every record of every store of `from` into `to` (same schema, `to` empty). */
export async function copyDatabase(from: LibraryDatabase, to: LibraryDatabase): Promise<void> {
  try {
    await copyStores(from, to);
  } catch (error) {
    // A request refused at once (its transaction already ended) throws instead of failing.
    throw toLibraryError(error, 'shred deleted articles');
  }
}

async function copyStores(from: LibraryDatabase, to: LibraryDatabase): Promise<void> {
  const raw = (db: LibraryDatabase): IDBDatabase => unwrap(db);
  for (const store of Array.from(raw(from).objectStoreNames)) {
    let after: IDBValidKey | undefined;
    for (;;) {
      const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
      const reading = raw(from).transaction(store, 'readonly').objectStore(store);
      const [keys, values] = await together(
        () => request(reading.getAllKeys(range, COPY_BATCH)),
        () => request(reading.getAll(range, COPY_BATCH)),
      );
      if (keys.length === 0) break;
      await new Promise<void>((resolve, reject) => {
        const writing = raw(to).transaction(store, 'readwrite');
        writing.oncomplete = () => resolve();
        writing.onerror = writing.onabort = () => reject(writing.error);
        try {
          const target = writing.objectStore(store);
          values.forEach((value, i) => (target.keyPath === null ? target.put(value, keys[i]) : target.put(value)));
        } catch (error) {
          reject(error);
        }
      });
      after = keys[keys.length - 1];
      if (keys.length < COPY_BATCH) break;
    }
  }
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}
