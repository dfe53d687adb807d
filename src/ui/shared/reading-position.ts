// Remembers how far the reader got in an article (a fraction of the scrollable height, so that a
// different window size or font size lands near the same place).
const SAVE_DELAY_MS = 400;
/** How long a restore waits for the article's images to take their size. */
const IMAGE_WAIT_MS = 3000;

function scrollToFraction(scroller: HTMLElement, fraction: number): void {
  scroller.scrollTop = fraction * Math.max(0, scroller.scrollHeight - scroller.clientHeight);
}

/** What a reader does to move through a page; a restore never overrides it. */
const READER_MOVES = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;

/**
 * Puts the reader back at `fraction`, and once more when the images under `content` have decoded:
 * until then they have no height, so the first jump lands short. The second jump is skipped if the
 * reader moved in between. (Not judged by scrollTop: the browser's scroll anchoring moves it too.)
 */
export async function restorePosition(scroller: HTMLElement, content: ParentNode, fraction: number): Promise<void> {
  scrollToFraction(scroller, fraction);
  const images = Array.from(content.querySelectorAll('img')).filter((img) => !img.complete && typeof img.decode === 'function');
  if (fraction === 0 || images.length === 0) return;
  let readerMoved = false;
  const listening = new AbortController();
  for (const type of READER_MOVES) scroller.ownerDocument.addEventListener(type, () => (readerMoved = true), { passive: true, signal: listening.signal });
  const decoded = Promise.all(images.map((img) => img.decode().catch(() => undefined)));
  await Promise.race([decoded, new Promise((resolve) => setTimeout(resolve, IMAGE_WAIT_MS))]);
  listening.abort();
  if (!readerMoved) scrollToFraction(scroller, fraction);
}

export function trackPosition(scroller: HTMLElement, eventTarget: EventTarget, save: (fraction: number) => void, signal: AbortSignal): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  eventTarget.addEventListener(
    'scroll',
    () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const range = scroller.scrollHeight - scroller.clientHeight;
        save(range > 0 ? Math.min(1, scroller.scrollTop / range) : 0);
      }, SAVE_DELAY_MS);
    },
    { passive: true, signal },
  );
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
}
