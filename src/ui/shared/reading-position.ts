// Remembers how far the reader got in an article (a fraction of the scrollable height, so that a
// different window size or font size lands near the same place).
const SAVE_DELAY_MS = 400;

export function restorePosition(scroller: HTMLElement, fraction: number): void {
  scroller.scrollTop = fraction * Math.max(0, scroller.scrollHeight - scroller.clientHeight);
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
