// The library for extension pages, loaded on first use: the store's code (search tables included)
// stays off the popup's first paint, which comes from the list snapshot (shared/list-snapshot.ts).
// The background imports shared/library directly: a service worker cannot import() lazily.
import type { Library } from '../../shared/library';

export async function library(): Promise<Library> {
  return (await import('../../shared/library')).library();
}
