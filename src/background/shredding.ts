// Erase means gone: after articles are deleted, the library is rewritten into new files and the old
// ones are deleted (store/shelf.ts), so that nothing of a deleted article stays readable on disk.
// Done by the background, shortly after the pages say the library changed, so that a run of deletes
// costs one rewrite and no page waits for it; and at startup, for deletes the browser closed on.
import { library } from '../shared/library';

/** Deletes in a row within this time are shredded together; well inside the worker's 30 s of life
 * after the message that woke it. */
export const SHRED_DELAY_MS = 2_000;

let timer: ReturnType<typeof setTimeout> | undefined;
let running: Promise<void> = Promise.resolve();

/** Shreds once no delete has come for SHRED_DELAY_MS; resolves when that shred is done. */
export function shredSoon(delayMs = SHRED_DELAY_MS): Promise<void> {
  clearTimeout(timer);
  return new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      running = running.then(shredNow).finally(resolve);
    }, delayMs);
  });
}

async function shredNow(): Promise<void> {
  try {
    await (await library()).shred();
  } catch (error) {
    // Left for the next change or startup; the deleted records stay hidden from every view meanwhile.
    console.warn('Mirror Reader: could not shred deleted articles', error);
  }
}
