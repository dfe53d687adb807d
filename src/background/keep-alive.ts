// Firefox suspends an idle event page (extensions.background.idle.timeout, 30 s) and counts neither
// fetch() nor IndexedDB work as activity, so a save waiting on slow image hosts could be cut off: the
// article stays at "+", never saved. An extension API call resets Firefox's idle timer, so a cheap one
// runs every half second while a save is in flight (in Chromium it just returns).
import browser from 'webextension-polyfill';

export const KEEP_ALIVE_MS = 500;

let inFlight = 0;
let timer: ReturnType<typeof setInterval> | undefined;

/** Runs `work`, keeping the event page alive until it settles. */
export async function keepingAlive<T>(work: () => Promise<T>): Promise<T> {
  if (inFlight++ === 0) timer = setInterval(() => void browser.runtime.getPlatformInfo().catch(() => undefined), KEEP_ALIVE_MS);
  try {
    return await work();
  } finally {
    if (--inFlight === 0) clearInterval(timer);
  }
}
